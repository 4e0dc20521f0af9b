#pragma once
// OrderLinesModel: the lines of the order shown in the orders tab's detail pane (read-only values
// handed over by the screen). Lives on the GUI thread.

#include "orders/checkout.h"

#include <QAbstractTableModel>

namespace backroom::ui {

class OrderLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, Qty, UnitPrice, LineTotal, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(const QList<orders::OrderLine> &lines);

private:
    QList<orders::OrderLine> m_lines;
};

} // namespace backroom::ui
