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

OrdersModel::OrdersModel(DbGate *db, QObject *parent) : OrdersPagedModel(db, kPageSize, parent), m_db(db)
{
    m_filter.limit = kPageSize;
    m_ageTick.setInterval(kAgeTickMs);
    connect(&m_ageTick, &QTimer::timeout, this, [this] {
        if (!rows().isEmpty())
            emit dataChanged(index(0, Age), index(int(rows().size()) - 1, Age), {Qt::DisplayRole});
    });
    m_ageTick.start();
}

int OrdersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

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
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const Row &r = rowAt(index.row());
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

OrdersModel::PageJob OrdersModel::pageAfter(const Row *last) const
{
    orders::OrderFilter f = m_filter;
    f.limit = kPageSize;
    f.beforeId = last ? last->order.id : 0;
    return [f](db::Connection &conn) { return fetchPage(conn, f); };
}

void OrdersModel::setFilter(const orders::OrderFilter &filter)
{
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.beforeId = 0;
    reload();
}

void OrdersModel::listingCleared()
{
    m_fetchingNewer = false;
    m_newerAgain = false;
}

void OrdersModel::refreshIds(const QList<qint64> &ids)
{
    if (rows().isEmpty()) {
        if (!isFetching())
            reload();
        return;
    }
    const qint64 top = rows().first().order.id;
    QList<qint64> loaded;
    bool newer = false;
    for (qint64 id : ids) {
        if (id > top)
            newer = true;
        else if (hasKey(id))
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
    using Orders = Result<QList<Order>>;
    runForCurrentListing<Orders>(
        m_db,
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
        [this](Orders got) {
            if (reportedFailure(got))
                return;
            QList<Row> rows;
            for (const Order &o : std::as_const(*got))
                rows.append(Row{o, countLines(o)});
            applyRows(rows);
        });
}

void OrdersModel::refreshAll()
{
    if (rows().isEmpty()) {
        reload();
        return;
    }
    orders::OrderFilter f = m_filter;
    f.beforeId = rows().first().order.id + 1;
    f.limit = std::min<int>(int(rows().size()), kMaxRangeReread);
    runForCurrentListing<Page>(
        m_db, [f](db::Connection &conn) { return fetchPage(conn, f); },
        [this](Page page) {
            if (!reportedFailure(page))
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
    runForCurrentListing<Page>(
        m_db, [f](db::Connection &conn) { return fetchPage(conn, f); },
        [this](Page page) {
            m_fetchingNewer = false;
            if (reportedFailure(page))
                return;
            const qint64 top = rows().isEmpty() ? 0 : rows().first().order.id;
            QList<Row> fresh;
            for (const Row &r : std::as_const(*page))
                if (r.order.id > top)
                    fresh << r;
            if (fresh.size() == kPageSize && top > 0) {
                reload();   // more new orders than a page: a gap would hide some, so start over
                return;
            }
            if (!fresh.isEmpty()) {
                prependRows(fresh);
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
        const std::optional<int> at = rowOfKey(r.order.id);
        if (!at)
            continue;
        Row &mine = mutableRow(*at);
        const bool keepCounts = r.items.lines == 0 && mine.items.lines > 0;   // e.g. an answer without lines
        mine.order = r.order;
        if (!keepCounts)
            mine.items = r.items;
        top = std::min(top, *at);
        bottom = std::max(bottom, *at);
        ids << r.order.id;
    }
    if (bottom >= 0)
        emit dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    if (!ids.isEmpty())
        emit ordersChanged(ids);
}

} // namespace backroom::ui
