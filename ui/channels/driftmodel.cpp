#include "driftmodel.h"

#include "channelcard.h"

#include <QBrush>
#include <QColor>

namespace backroom::ui {

bool DriftModel::Product::drifting() const
{
    for (const channels::ProductDrift &d : perChannel)
        if (d.drifting())
            return true;
    return false;
}

void DriftModel::setRows(const QList<channels::ProductDrift> &rows)
{
    beginResetModel();
    m_all.clear();
    m_channels.clear();
    QHash<qint64, int> byProduct;
    for (const channels::ProductDrift &d : rows) {
        if (!m_channels.contains(d.channel))
            m_channels.append(d.channel);
        int at = byProduct.value(d.productId, -1);
        if (at < 0) {
            at = int(m_all.size());
            byProduct.insert(d.productId, at);
            m_all.append(Product{d.productId, d.sku, d.available, {}});
        }
        m_all[at].perChannel.insert(d.channel, d);
    }
    m_channels.sort();
    // Drifting products first (the SQL orders rows that way; a product drifts if any channel does), then SKU.
    std::stable_sort(m_all.begin(), m_all.end(), [](const Product &a, const Product &b) {
        if (a.drifting() != b.drifting())
            return a.drifting();
        return a.sku < b.sku;
    });
    rebuildVisible();
    endResetModel();
}

void DriftModel::setDriftingOnly(bool only)
{
    if (only == m_driftingOnly)
        return;
    beginResetModel();
    m_driftingOnly = only;
    rebuildVisible();
    endResetModel();
}

void DriftModel::rebuildVisible()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (!m_driftingOnly || m_all[i].drifting())
            m_visible.append(i);
}

int DriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstChannel + int(m_channels.size());
}

int DriftModel::columnOf(const QString &channel) const
{
    const int i = int(m_channels.indexOf(channel));
    return i < 0 ? -1 : FirstChannel + i;
}

int DriftModel::rowOf(const QString &sku) const
{
    for (int r = 0; r < m_visible.size(); ++r)
        if (m_all[m_visible[r]].sku == sku)
            return r;
    return -1;
}

int DriftModel::driftingProducts() const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [](const Product &p) { return p.drifting(); }));
}

QString DriftModel::cellText(const channels::ProductDrift &d) const
{
    QString text;
    if (!d.shown)
        text = tr("⚠ never pushed (should be %1)").arg(d.expected);
    else if (*d.shown != d.expected)
        text = tr("⚠ %1 (should be %2)").arg(*d.shown).arg(d.expected);
    else
        text = QString::number(*d.shown);
    if (d.pending)
        text += tr(" · queued");
    return text;
}

QVariant DriftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Product &p = m_all[m_visible[index.row()]];
    if (index.column() == Sku) {
        if (role == Qt::DisplayRole)
            return p.drifting() ? tr("⚠ %1").arg(p.sku) : p.sku;
        if (role == DriftingRole)
            return p.drifting();
        return {};
    }
    if (index.column() == Available) {
        if (role == Qt::DisplayRole)
            return p.available;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const QString channel = m_channels.value(index.column() - FirstChannel);
    if (!p.perChannel.contains(channel))
        return {};
    const channels::ProductDrift &d = p.perChannel[channel];
    switch (role) {
    case Qt::DisplayRole: return cellText(d);
    case DriftingRole: return d.drifting();
    case Qt::BackgroundRole: return d.drifting() ? QBrush(QColor(0xfd, 0xe0, 0xdc)) : QVariant();
    case Qt::ForegroundRole: return d.drifting() ? QBrush(QColor(0x8c, 0x1d, 0x18)) : QVariant();
    case Qt::ToolTipRole:
        return d.shown ? tr("%1 acknowledged %2 at %3; it should show %4 (available %5 minus its buffer).")
                             .arg(ChannelCard::displayName(channel))
                             .arg(*d.shown)
                             .arg(d.shownAtUtc.toLocalTime().toString(Qt::ISODate))
                             .arg(d.expected)
                             .arg(d.available)
                       : tr("Never pushed to %1; it should show %2.").arg(ChannelCard::displayName(channel)).arg(d.expected);
    default: return {};
    }
}

QVariant DriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Sku)
        return tr("SKU");
    if (section == Available)
        return tr("Available here");
    return tr("%1 shows").arg(ChannelCard::displayName(m_channels.value(section - FirstChannel)));
}

} // namespace backroom::ui
