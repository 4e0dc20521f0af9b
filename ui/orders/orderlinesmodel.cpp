#include "orderlinesmodel.h"

#include "ordersmodel.h"

namespace backroom::ui {

int OrderLinesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }
int OrderLinesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const orders::OrderLine &l = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sku: return l.sku;
        case Name: return l.name;
        case Qty: return l.qty;
        case UnitPrice: return OrdersModel::moneyText(l.unitPriceSatang);
        case LineTotal: return OrdersModel::moneyText(l.unitPriceSatang * l.qty);
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int((index.column() >= Qty ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        return l.name;
    }
    return {};
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= Qty ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku: return tr("SKU");
    case Name: return tr("Product");
    case Qty: return tr("Qty");
    case UnitPrice: return tr("Unit price");
    case LineTotal: return tr("Line total");
    }
    return {};
}

void OrderLinesModel::setLines(const QList<orders::OrderLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

} // namespace backroom::ui
