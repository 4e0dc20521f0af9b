#include "ordersmodel.h"

#include "dbgate.h"
#include "timeformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>
#include <climits>

namespace backroom::ui {

using orders::Order;
using orders::OrderStatus;

namespace {
constexpr int kAgeTickMs = 30'000;
constexpr int kMaxSingleRereads = 50;     // beyond this, one range query re-reads the loaded orders
constexpr int kMaxRangeReread = 5000;

orders::OrderItemCount countLines(const Order &order)
{
    orders::OrderItemCount c;
    for (const auto &line : order.lines) {
        ++c.lines;
        c.units += line.qty;
    }
    return c;
}
} // namespace

OrdersModel::OrdersModel(DbGate *db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    m_filter.limit = kPageSize;
    m_ageTick.setInterval(kAgeTickMs);
    connect(&m_ageTick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Age), index(int(m_rows.size()) - 1, Age), {Qt::DisplayRole});
    });
    m_ageTick.start();
}

int OrdersModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int OrdersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void OrdersModel::beginJob()
{
    if (m_pending++ == 0)
        emit loadingChanged(true);
}

void OrdersModel::endJob()
{
    if (--m_pending == 0)
        emit loadingChanged(false);
}

QString OrdersModel::statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Reserved: return tr("Reserved");
    case OrderStatus::Paid: return tr("Paid");
    case OrderStatus::Picked: return tr("Picked");
    case OrderStatus::Packed: return tr("Packed");
    case OrderStatus::Shipped: return tr("Shipped");
    case OrderStatus::Cancelled: return tr("Cancelled");
    case OrderStatus::Expired: return tr("Expired");
    }
    return {};
}

QString OrdersModel::moneyText(qint64 satang)
{
    const qint64 baht = satang / 100;
    const int rest = int(std::abs(satang % 100));
    return tr("฿%1.%2").arg(QLocale().toString(baht)).arg(rest, 2, 10, QLatin1Char('0'));
}

QString OrdersModel::ageText(const QDateTime &createdUtc, const QDateTime &nowUtc)
{
    const qint64 secs = std::max<qint64>(0, createdUtc.secsTo(nowUtc));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("%n h", nullptr, int(secs / 3600));
    return tr("%n d", nullptr, int(secs / 86400));
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Order &o = r.order;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return QStringLiteral("#%1").arg(o.id);
        case Status: return statusText(o.status);
        case Channel: return o.channel;
        case Items: return r.items.units;
        case Total: return moneyText(o.totalSatang);
        case Age: return ageText(o.createdAt, QDateTime::currentDateTimeUtc());
        case Created: return localDateTimeText(o.createdAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Items)
            return tr("%n line(s)", nullptr, r.items.lines);
        if (index.column() == Status && o.status == OrderStatus::Reserved && o.expiresAt.isValid())
            return tr("Reservation expires at %1").arg(localDateTimeText(o.expiresAt));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Items || index.column() == Total || index.column() == Id)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != Status)
            break;
        switch (o.status) {
        case OrderStatus::Reserved: return QBrush(QColor(0x9a, 0x5b, 0x00));
        case OrderStatus::Paid: return QBrush(QColor(0x1e, 0x6f, 0x2c));
        case OrderStatus::Cancelled:
        case OrderStatus::Expired: return QBrush(QColor(0x80, 0x80, 0x80));
        default: break;
        }
        break;
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Items || section == Total || section == Id ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Order");
    case Status: return tr("Status");
    case Channel: return tr("Channel");
    case Items: return tr("Items");
    case Total: return tr("Total");
    case Age: return tr("Age");
    case Created: return tr("Created");
    }
    return {};
}

OrdersModel::Page OrdersModel::fetchPage(db::Connection &conn, const orders::OrderFilter &filter)
{
    auto list = orders::listOrders(conn, filter);
    if (!list)
        return list.error();
    QList<qint64> ids;
    for (const Order &o : std::as_const(*list))
        ids << o.id;
    auto counts = orders::orderItemCounts(conn, ids);
    if (!counts)
        return counts.error();
    QList<Row> rows;
    rows.reserve(list->size());
    for (const Order &o : std::as_const(*list))
        rows.append(Row{o, counts->value(o.id)});
    return rows;
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    orders::OrderFilter f = m_filter;
    f.limit = kPageSize;
    f.beforeId = m_rows.isEmpty() ? 0 : m_rows.last().order.id;
    const quint64 generation = m_generation;
    beginJob();
    m_db->run<Page>(
        this, [f](db::Connection &conn) { return fetchPage(conn, f); },
        [this, generation](Page page) {
            endJob();
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page) {
                emit loadFailed(page.error().message);
                return;
            }
            m_atEnd = page->size() < kPageSize;
            if (!page->isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(page->size()) - 1);
                for (const Row &r : std::as_const(*page)) {
                    m_rowById.insert(r.order.id, int(m_rows.size()));
                    m_rows.append(r);
                }
                endInsertRows();
            }
            emit pageLoaded(int(page->size()));
        });
}

void OrdersModel::setFilter(const orders::OrderFilter &filter)
{
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.beforeId = 0;
    reload();
}

void OrdersModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_rowById.clear();
    m_fetching = false;
    m_fetchingNewer = false;
    m_newerAgain = false;
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

std::optional<int> OrdersModel::rowOfId(qint64 id) const
{
    auto it = m_rowById.constFind(id);
    if (it == m_rowById.constEnd())
        return std::nullopt;
    return *it;
}

void OrdersModel::refreshIds(const QList<qint64> &ids)
{
    if (m_rows.isEmpty()) {
        if (!m_fetching)
            reload();
        return;
    }
    const qint64 top = m_rows.first().order.id;
    QList<qint64> loaded;
    bool newer = false;
    for (qint64 id : ids) {
        if (id > top)
            newer = true;
        else if (m_rowById.contains(id))
            loaded << id;
    }
    if (newer)
        fetchNewer();
    if (loaded.isEmpty())
        return;
    if (loaded.size() > kMaxSingleRereads) {
        refreshAll();
        return;
    }
    const quint64 generation = m_generation;
    using Orders = Result<QList<Order>>;
    beginJob();
    m_db->run<Orders>(
        this,
        [loaded](db::Connection &conn) -> Orders {
            QList<Order> out;
            for (qint64 id : loaded) {
                auto o = orders::getOrder(conn, id);
                if (o)
                    out << *o;
                else if (o.error().kind != Error::Kind::NotFound)
                    return o.error();
            }
            return out;
        },
        [this, generation](Orders got) {
            endJob();
            if (generation != m_generation)
                return;
            if (!got) {
                emit loadFailed(got.error().message);
                return;
            }
            QList<Row> rows;
            for (const Order &o : std::as_const(*got))
                rows.append(Row{o, countLines(o)});
            applyRows(rows);
        });
}

void OrdersModel::refreshAll()
{
    if (m_rows.isEmpty()) {
        reload();
        return;
    }
    orders::OrderFilter f = m_filter;
    f.beforeId = m_rows.first().order.id + 1;
    f.limit = std::min<int>(int(m_rows.size()), kMaxRangeReread);
    const quint64 generation = m_generation;
    beginJob();
    m_db->run<Page>(
        this, [f](db::Connection &conn) { return fetchPage(conn, f); },
        [this, generation](Page page) {
            endJob();
            if (generation != m_generation)
                return;
            if (!page) {
                emit loadFailed(page.error().message);
                return;
            }
            applyRows(*page);
        });
    fetchNewer();
}

void OrdersModel::fetchNewer()
{
    if (m_fetchingNewer) {
        m_newerAgain = true;
        return;
    }
    m_fetchingNewer = true;
    orders::OrderFilter f = m_filter;
    f.beforeId = 0;
    f.limit = kPageSize;
    const quint64 generation = m_generation;
    beginJob();
    m_db->run<Page>(
        this, [f](db::Connection &conn) { return fetchPage(conn, f); },
        [this, generation](Page page) {
            endJob();
            if (generation != m_generation)
                return;
            m_fetchingNewer = false;
            if (!page) {
                emit loadFailed(page.error().message);
                return;
            }
            const qint64 top = m_rows.isEmpty() ? 0 : m_rows.first().order.id;
            QList<Row> fresh;
            for (const Row &r : std::as_const(*page))
                if (r.order.id > top)
                    fresh << r;
            if (fresh.size() == kPageSize && top > 0) {
                reload();   // more new orders than a page: a gap would hide some, so start over
                return;
            }
            if (!fresh.isEmpty()) {
                beginInsertRows({}, 0, int(fresh.size()) - 1);
                m_rows = fresh + m_rows;
                m_rowById.clear();
                for (int i = 0; i < m_rows.size(); ++i)
                    m_rowById.insert(m_rows.at(i).order.id, i);
                endInsertRows();
                QList<qint64> ids;
                for (const Row &r : std::as_const(fresh))
                    ids << r.order.id;
                emit ordersChanged(ids);
            }
            if (m_newerAgain) {
                m_newerAgain = false;
                fetchNewer();
            }
        });
}

void OrdersModel::updateOrder(const Order &order)
{
    applyRows({Row{order, countLines(order)}});
}

void OrdersModel::applyRows(const QList<Row> &rows)
{
    int top = INT_MAX, bottom = -1;
    QList<qint64> ids;
    for (const Row &r : rows) {
        auto it = m_rowById.constFind(r.order.id);
        if (it == m_rowById.constEnd())
            continue;
        Row &mine = m_rows[*it];
        const bool keepCounts = r.items.lines == 0 && mine.items.lines > 0;   // e.g. an answer without lines
        mine.order = r.order;
        if (!keepCounts)
            mine.items = r.items;
        top = std::min(top, *it);
        bottom = std::max(bottom, *it);
        ids << r.order.id;
    }
    if (bottom >= 0)
        emit dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    if (!ids.isEmpty())
        emit ordersChanged(ids);
}

} // namespace backroom::ui
