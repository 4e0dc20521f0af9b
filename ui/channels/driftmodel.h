#pragma once
// DriftModel: the Channels screen's per-product table: SKU, our available, and for each enabled
// marketplace what it shows now against what it should show (available minus its buffer). A drifting
// cell (shown differs, or never pushed) carries a text marker "⚠" and words, and a colour; a product
// whose push is queued says so. "Drifting only" hides the products every channel agrees on.
// Filled from core's readProductDrift (the view never queries). GUI thread.

#include "channels/channelstatus.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace backroom::ui {

class DriftModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Available, FirstChannel };
    enum Role { DriftingRole = Qt::UserRole + 1 };   // bool: this cell (or, on SKU, this row) drifts

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<channels::ProductDrift> &rows);
    void setDriftingOnly(bool only);
    bool driftingOnly() const { return m_driftingOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QStringList channels() const { return m_channels; }
    int columnOf(const QString &channel) const;
    int rowOf(const QString &sku) const;
    int driftingProducts() const;

private:
    struct Product {
        qint64 id = 0;
        QString sku;
        int available = 0;
        QHash<QString, channels::ProductDrift> perChannel;
        bool drifting() const;
    };
    QString cellText(const channels::ProductDrift &d) const;
    void rebuildVisible();

    QList<Product> m_all;
    QList<int> m_visible;   // indexes into m_all
    QStringList m_channels;
    bool m_driftingOnly = false;
};

} // namespace backroom::ui
