#include "stockmodel.h"

#include "dbgate.h"

#include <QBrush>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <climits>
#include <memory>

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
    : QAbstractTableModel(parent), m_listing(listing), m_db(rows)
{
    m_query.limit = kPageSize;
}

int StockModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int StockModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StockLevel &l = m_rows.at(index.row());
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

bool StockModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void StockModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    StockQuery q = m_query;
    if (!m_rows.isEmpty())
        q.after = m_rows.last();
    const quint64 generation = m_generation;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    beginJob();
    m_listing->run<LevelsResult>(
        this,
        [q, generation, live = m_liveGeneration](db::Connection &conn) -> LevelsResult {
            if (live->load() != generation)
                return Error::make(Error::Kind::Cancelled, QStringLiteral("replaced by a newer listing"));
            return inventory::listStock(conn, q);
        },
        [this, generation, clock](LevelsResult page) {
            endJob();
            if (generation != m_generation)
                return;   // a newer listing replaced the one this page belonged to
            m_fetching = false;
            if (!page) {
                emit loadFailed(page.error().message);
                return;   // m_atEnd stays false: scrolling or F5 tries again
            }
            m_atEnd = page->size() < m_query.limit;
            if (!page->isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(page->size()) - 1);
                for (const StockLevel &l : std::as_const(*page)) {
                    m_rowByKey.insert(pairOf(l.key), int(m_rows.size()));
                    m_rows.append(l);
                }
                endInsertRows();
            }
            emit pageLoaded(int(page->size()), clock->elapsed());
        });
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
    if (sort == m_query.sort && descending == m_query.descending && (!m_rows.isEmpty() || m_fetching))
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void StockModel::setSearch(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_query.search && (!m_rows.isEmpty() || m_fetching))
        return;
    m_query.search = trimmed;
    reload();
}

void StockModel::reload()
{
    beginResetModel();
    m_liveGeneration->store(++m_generation);
    m_rows.clear();
    m_rowByKey.clear();
    m_gone.clear();
    m_fetching = false;
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

std::optional<int> StockModel::rowOf(const StockKey &key) const
{
    auto it = m_rowByKey.constFind(pairOf(key));
    if (it == m_rowByKey.constEnd())
        return std::nullopt;
    return *it;
}

bool StockModel::isGone(int row) const
{
    return !m_gone.isEmpty() && m_gone.contains(pairOf(m_rows.at(row).key));
}

void StockModel::refreshKeys(const QList<StockKey> &keys)
{
    QList<StockKey> loaded;
    bool unknown = false;
    for (const StockKey &k : keys) {
        if (m_rowByKey.contains(pairOf(k)))
            loaded.append(k);
        else
            unknown = true;
    }
    // A row we have not loaded may be a new one that sorts after everything loaded so far: let the
    // view fetch past the end again. Rows that would sort in the middle appear on F5.
    if (unknown && m_atEnd) {
        m_atEnd = false;
        if (!m_fetching)
            fetchMore({});
    }
    for (int from = 0; from < loaded.size(); from += kRefreshChunk) {
        const QList<StockKey> chunk = loaded.mid(from, kRefreshChunk);
        const quint64 generation = m_generation;
        beginJob();
        m_db->run<LevelsResult>(
            this, [chunk](db::Connection &conn) { return inventory::readLevels(conn, chunk); },
            [this, chunk, generation](LevelsResult levels) {
                endJob();
                if (generation != m_generation)
                    return;
                if (!levels) {
                    emit loadFailed(levels.error().message);
                    return;
                }
                applyLevels(chunk, *levels);
            });
    }
}

void StockModel::refreshAll()
{
    QList<StockKey> keys;
    keys.reserve(m_rows.size());
    for (const StockLevel &l : std::as_const(m_rows))
        keys.append(l.key);
    const bool wasAtEnd = m_atEnd;
    m_atEnd = false;   // rows added at the tail since the last page show up with the next fetch
    refreshKeys(keys);
    if (wasAtEnd || m_rows.isEmpty())
        fetchMore({});
}

void StockModel::updateLevel(const StockLevel &level)
{
    applyLevels({level.key}, {level});
}

void StockModel::applyLevels(const QList<StockKey> &asked, const QList<StockLevel> &levels)
{
    QSet<KeyPair> found;
    int top = INT_MAX, bottom = -1;
    auto touch = [&](int row) {
        top = std::min(top, row);
        bottom = std::max(bottom, row);
    };
    for (const StockLevel &l : levels) {
        const KeyPair key = pairOf(l.key);
        found.insert(key);
        auto it = m_rowByKey.constFind(key);
        if (it == m_rowByKey.constEnd())
            continue;
        StockLevel &row = m_rows[*it];
        if (row.onHand == l.onHand && row.reserved == l.reserved && row.version == l.version
            && row.name == l.name && row.nameTh == l.nameTh && !m_gone.contains(key))
            continue;
        row = l;
        m_gone.remove(key);
        touch(*it);
    }
    for (const StockKey &k : asked) {
        const KeyPair key = pairOf(k);
        auto it = m_rowByKey.constFind(key);
        if (found.contains(key) || it == m_rowByKey.constEnd() || m_gone.contains(key))
            continue;
        m_gone.insert(key);
        touch(*it);
    }
    // One signal over the touched span keeps the view's selection and scroll position as they are.
    if (bottom >= 0)
        emit dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    emit levelsRefreshed(asked);
}

void StockModel::beginJob()
{
    if (m_pending++ == 0)
        emit loadingChanged(true);
}

void StockModel::endJob()
{
    if (--m_pending == 0)
        emit loadingChanged(false);
}

} // namespace backroom::ui
