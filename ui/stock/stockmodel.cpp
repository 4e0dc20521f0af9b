#include "stockmodel.h"

#include "dbgate.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <climits>

namespace backroom::ui {

using inventory::StockKey;
using inventory::StockLevel;
using inventory::StockQuery;
using LevelsResult = Result<QList<StockLevel>>;

namespace {
// readLevels takes arrays; keep each statement a reasonable size when many rows are loaded.
constexpr int kRefreshChunk = 2000;
} // namespace

StockModel::StockModel(DbGate *listing, DbGate *rows, QObject *parent)
    : StockPagedModel(listing, kPageSize, parent), m_db(rows)
{
    m_query.limit = kPageSize;
}

int StockModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const StockLevel &l = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sku: return l.sku;
        case Name: return l.name;
        case NameTh: return l.nameTh;
        case Bin: return l.binCode;
        case OnHand: return l.onHand;
        case Reserved: return l.reserved;
        case Available: return l.available();
        }
        break;
    case Qt::ToolTipRole:
        if (isGone(index.row()))
            return tr("This stock row was removed by someone else. Press F5 to reload.");
        if (l.nameTh.isEmpty())
            return l.name;
        return QStringLiteral("%1\n%2").arg(l.name, l.nameTh);
    case Qt::TextAlignmentRole:
        if (index.column() >= OnHand)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isGone(index.row()))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == Available && l.available() <= 0)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        break;
    case Qt::FontRole:
        if (isGone(index.row())) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= OnHand ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku: return tr("SKU");
    case Name: return tr("Name");
    case NameTh: return tr("Thai name");
    case Bin: return tr("Bin");
    case OnHand: return tr("On hand");
    case Reserved: return tr("Reserved");
    case Available: return tr("Available");
    }
    return {};
}

StockModel::PageJob StockModel::pageAfter(const StockLevel *last) const
{
    StockQuery q = m_query;
    if (last)
        q.after = *last;
    return [q](db::Connection &conn) { return inventory::listStock(conn, q); };
}

void StockModel::sort(int column, Qt::SortOrder order)
{
    StockQuery::Sort sort = StockQuery::Sort::Sku;
    switch (column) {
    case Sku: sort = StockQuery::Sort::Sku; break;
    case Name:
    case NameTh: sort = StockQuery::Sort::Name; break;
    case Bin: sort = StockQuery::Sort::Bin; break;
    case OnHand: sort = StockQuery::Sort::OnHand; break;
    case Reserved: sort = StockQuery::Sort::Reserved; break;
    case Available: sort = StockQuery::Sort::Available; break;
    default: return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending && (!rows().isEmpty() || isFetching()))
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void StockModel::setSearch(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_query.search && (!rows().isEmpty() || isFetching()))
        return;
    m_query.search = trimmed;
    reload();
}

bool StockModel::isGone(int row) const
{
    return !m_gone.isEmpty() && m_gone.contains(pairOf(rowAt(row).key));
}

void StockModel::refreshKeys(const QList<StockKey> &keys)
{
    QList<StockKey> loaded;
    bool unknown = false;
    for (const StockKey &k : keys) {
        if (hasKey(pairOf(k)))
            loaded.append(k);
        else
            unknown = true;
    }
    // A row we have not loaded may be a new one that sorts after everything loaded so far: let the
    // view fetch past the end again. Rows that would sort in the middle appear on F5.
    if (unknown && atEnd()) {
        setAtEnd(false);
        if (!isFetching())
            fetchMore({});
    }
    for (int from = 0; from < loaded.size(); from += kRefreshChunk) {
        const QList<StockKey> chunk = loaded.mid(from, kRefreshChunk);
        runForCurrentListing<LevelsResult>(
            m_db, [chunk](db::Connection &conn) { return inventory::readLevels(conn, chunk); },
            [this, chunk](LevelsResult levels) {
                if (!reportedFailure(levels))
                    applyLevels(chunk, *levels);
            });
    }
}

void StockModel::refreshAll()
{
    QList<StockKey> keys;
    keys.reserve(rows().size());
    for (const StockLevel &l : rows())
        keys.append(l.key);
    const bool wasAtEnd = atEnd();
    setAtEnd(false);   // rows added at the tail since the last page show up with the next fetch
    refreshKeys(keys);
    if (wasAtEnd || rows().isEmpty())
        fetchMore({});
}

void StockModel::updateLevel(const StockLevel &level)
{
    applyLevels({level.key}, {level});
}

void StockModel::applyLevels(const QList<StockKey> &asked, const QList<StockLevel> &levels)
{
    QSet<StockRowKey> found;
    int top = INT_MAX, bottom = -1;
    auto touch = [&](int row) {
        top = std::min(top, row);
        bottom = std::max(bottom, row);
    };
    for (const StockLevel &l : levels) {
        const StockRowKey key = pairOf(l.key);
        found.insert(key);
        const std::optional<int> at = rowOfKey(key);
        if (!at)
            continue;
        StockLevel &row = mutableRow(*at);
        if (row.onHand == l.onHand && row.reserved == l.reserved && row.version == l.version
            && row.name == l.name && row.nameTh == l.nameTh && !m_gone.contains(key))
            continue;
        row = l;
        m_gone.remove(key);
        touch(*at);
    }
    for (const StockKey &k : asked) {
        const StockRowKey key = pairOf(k);
        const std::optional<int> at = rowOfKey(key);
        if (found.contains(key) || !at || m_gone.contains(key))
            continue;
        m_gone.insert(key);
        touch(*at);
    }
    // One signal over the touched span keeps the view's selection and scroll position as they are.
    if (bottom >= 0)
        emit dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    emit levelsRefreshed(asked);
}

} // namespace backroom::ui
