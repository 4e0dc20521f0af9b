#include "historymodel.h"

#include "dbgate.h"
#include "timeformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace backroom::ui {

using inventory::LedgerEntry;
using LedgerResult = Result<QList<LedgerEntry>>;

HistoryModel::HistoryModel(DbGate *db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

int HistoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int HistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LedgerEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return localDateTimeText(e.at, TimePrecision::Seconds);
        case Delta: return e.delta > 0 ? QStringLiteral("+%1").arg(e.delta) : QString::number(e.delta);
        case After: return e.onHandAfter;
        case Reason: return e.reason;
        case Actor: return e.who();
        case Ref: return e.ref;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Delta || index.column() == After)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && index.column() == Delta) {
        return QBrush(e.delta < 0 ? QColor(0xc0, 0x1c, 0x28) : QColor(0x26, 0x7a, 0x2e));
    } else if (role == Qt::ToolTipRole && index.column() == Time) {
        return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Delta: return tr("Change");
    case After: return tr("After");
    case Reason: return tr("Reason");
    case Actor: return tr("By");
    case Ref: return tr("Reference");
    }
    return {};
}

void HistoryModel::setKey(const std::optional<inventory::StockKey> &key)
{
    const bool same = key && m_key && *key == *m_key;
    if (same || (!key && !m_key))
        return;
    m_key = key;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    reload();
}

void HistoryModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_key)
        return;
    const inventory::StockKey key = *m_key;
    m_db->run<LedgerResult>(
        this, [key](db::Connection &conn) { return inventory::history(conn, key, 200); },
        [this, generation](LedgerResult entries) {
            if (generation != m_generation)
                return;
            if (!entries) {
                emit loadFailed(entries.error().message);
                return;
            }
            beginResetModel();
            m_entries = std::move(*entries);
            endResetModel();
            emit loaded();
        });
}

} // namespace backroom::ui
