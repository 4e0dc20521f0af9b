#include "checkout.h"
#include "coretext.h"

#include "resilience/retry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backroom::orders {

using db::Connection;
using db::PgResult;

namespace {

// Each call is one statement in autocommit, i.e. one READ COMMITTED transaction (docs/checkout.md).
constexpr const char *kPlaceOrder = "SELECT order_id, replayed FROM place_order($1::jsonb, $2, $3, $4, $5)";
constexpr const char *kPayOrder = "SELECT pay_order($1, $2)";
constexpr const char *kCancelOrder = "SELECT cancel_order($1, $2, $3)";
constexpr const char *kExpire = "SELECT expire_reservations()";
constexpr const char *kFlashOn = "SELECT flash_sale_on($1, $2, $3)";
constexpr const char *kFlashOff = "SELECT flash_sale_off($1)";
constexpr const char *kViolations =
    "SELECT kind || ' ' || product_id || ':' || bin_id || ': ' || detail FROM checkout_violations()";
constexpr const char *kFlashState =
    "SELECT f.product_id IS NOT NULL, (SELECT count(*) FROM stock_bucket b WHERE b.product_id = p.id), "
    "coalesce((SELECT sum(allotted - taken) FROM stock_bucket b WHERE b.product_id = p.id), 0), "
    "coalesce((SELECT sum(taken) FROM stock_bucket b WHERE b.product_id = p.id), 0) "
    "FROM product p LEFT JOIN flash_sale f ON f.product_id = p.id WHERE p.sku = $1";

constexpr const char *kOrderById =
    "SELECT o.id, coalesce(o.idempotency_key, ''), o.channel, o.status, o.total_satang, "
    "(extract(epoch FROM o.created_at) * 1000)::bigint, (extract(epoch FROM o.expires_at) * 1000)::bigint "
    "FROM orders o WHERE o.id = $1";
constexpr const char *kOrderLines =
    "SELECT p.sku, p.name, l.qty, l.unit_price_satang FROM order_line l JOIN product p ON p.id = l.product_id "
    "WHERE l.order_id = $1 ORDER BY l.line_no";
// Newest first, keyset on id; every filter is a parameter that may be NULL (= no filter).
constexpr const char *kListOrders =
    "SELECT o.id, coalesce(o.idempotency_key, ''), o.channel, o.status, o.total_satang, "
    "(extract(epoch FROM o.created_at) * 1000)::bigint, (extract(epoch FROM o.expires_at) * 1000)::bigint "
    "FROM orders o "
    "WHERE ($1::text IS NULL OR o.status = $1) AND ($2::text IS NULL OR o.channel = $2) "
    "AND ($3::timestamptz IS NULL OR o.created_at >= $3) AND ($4::timestamptz IS NULL OR o.created_at < $4) "
    "AND ($5::bigint = 0 OR o.id < $5) "
    "ORDER BY o.id DESC LIMIT $6";

// A checkout call can meet a deadlock (40P01) in rare bucket interleavings between buyers and payers
// (docs/checkout.md), a serialization failure (40001) on a server whose default isolation is stricter, or
// a flash-sale lock wait that hit its bound (55P03). The whole transaction was rolled back, so running it
// again is safe (and idempotent with a key). Up to 4 attempts, at once: the other transaction has gone.
const resilience::RetryPolicy &rolledBackRetryPolicy()
{
    static const resilience::RetryPolicy policy([] {
        resilience::RetryPolicy::Config c;
        c.maxAttempts = 4;
        c.initialBackoff = std::chrono::nanoseconds(0);
        c.retryable = resilience::isRolledBackTransaction;
        return c;
    }());
    return policy;
}

const QList<QPair<OrderStatus, const char *>> &statusNames()
{
    static const QList<QPair<OrderStatus, const char *>> names{
        {OrderStatus::Reserved, "reserved"}, {OrderStatus::Paid, "paid"},           {OrderStatus::Picked, "picked"},
        {OrderStatus::Packed, "packed"},     {OrderStatus::Shipped, "shipped"},     {OrderStatus::Cancelled, "cancelled"},
        {OrderStatus::Expired, "expired"}};
    return names;
}

QDateTime utcFromMs(const PgResult &r, int row, int col)
{
    if (r.isNull(row, col))
        return {};
    return QDateTime::fromMSecsSinceEpoch(r.toInt64(row, col), Qt::UTC);
}

Order orderAt(const PgResult &r, int row)
{
    Order o;
    o.id = r.toInt64(row, 0);
    o.idempotencyKey = r.text(row, 1);
    o.channel = r.text(row, 2);
    parseStatus(r.text(row, 3), &o.status);
    o.totalSatang = r.toInt64(row, 4);
    o.createdAt = utcFromMs(r, row, 5);
    o.expiresAt = utcFromMs(r, row, 6);
    return o;
}

QString actor() { return Connection::defaultActor(); }

Result<PgResult> execRetryingDeadlocks(Connection &conn, const char *sql, const QVariantList &params)
{
    // Only rolled-back transactions are retried, never a lost connection (an in-doubt commit).
    return rolledBackRetryPolicy().run<PgResult>(resilience::Idempotency::Idempotent,
                                                 [&] { return conn.exec(sql, params); });
}

// The same for a statement every checkout runs (the store API's hot path): prepared once per connection.
Result<PgResult> execPreparedRetryingDeadlocks(Connection &conn, const char *name, const char *sql,
                                               const QVariantList &params)
{
    return rolledBackRetryPolicy().run<PgResult>(resilience::Idempotency::Idempotent,
                                                 [&] { return conn.execPrepared(name, sql, params); });
}

} // namespace

Error checkoutError(const Error &error)
{
    Error e = error;
    if (e.sqlState == QLatin1String(kOutOfStockState))
        e.kind = Error::Kind::OutOfStock;
    else if (e.sqlState == QLatin1String(kWrongStateState) || e.sqlState == QLatin1String(kFlashSaleEditState)
             || e.sqlState == QLatin1String(kKeyReusedState))
        e.kind = Error::Kind::Conflict;
    if (!e.message.isEmpty() && !e.message.endsWith(QLatin1Char('.')))
        e.message += QLatin1Char('.');
    return e;
}

QString statusName(OrderStatus s)
{
    for (const auto &[status, name] : statusNames())
        if (status == s)
            return QLatin1String(name);
    return QStringLiteral("unknown");
}

bool parseStatus(const QString &name, OrderStatus *out)
{
    for (const auto &[status, text] : statusNames()) {
        if (name == QLatin1String(text)) {
            *out = status;
            return true;
        }
    }
    return false;
}

QString formatBaht(qint64 satang)
{
    const qint64 absolute = satang < 0 ? -satang : satang;
    return QStringLiteral("%1%2.%3")
        .arg(satang < 0 ? QStringLiteral("-") : QString())
        .arg(absolute / 100)
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

Result<Order> placeOrder(Connection &conn, const PlaceOrderRequest &request)
{
    if (request.lines.isEmpty())
        return Error::make(Error::Kind::BadInput, OrdersText::tr("An order needs at least one line (SKU and "
                                                                 "quantity)."));
    QJsonArray lines;
    for (const auto &line : request.lines) {
        if (line.sku.trimmed().isEmpty())
            return Error::make(Error::Kind::BadInput, OrdersText::tr("Every order line needs a SKU."));
        if (line.qty <= 0)
            return Error::make(Error::Kind::BadInput,
                               OrdersText::tr("Quantity for %1 must be 1 or more (got %2).")
                                   .arg(line.sku).arg(line.qty));
        lines.append(QJsonObject{{QStringLiteral("sku"), line.sku}, {QStringLiteral("qty"), line.qty}});
    }
    const QString json = QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact));
    const QVariant key = request.idempotencyKey.isEmpty() ? QVariant() : QVariant(request.idempotencyKey);
    auto r = execPreparedRetryingDeadlocks(conn, "checkout_place_order", kPlaceOrder,
                                           {json, key, request.channel, request.reservationMinutes, actor()});
    if (!r)
        return checkoutError(r.error());
    auto order = getOrder(conn, r->toInt64(0, 0));
    if (order)
        order->replayed = r->toBool(0, 1);
    return order;
}

Result<Order> payOrder(Connection &conn, qint64 orderId)
{
    if (auto r = execRetryingDeadlocks(conn, kPayOrder, {orderId, actor()}); !r)
        return checkoutError(r.error());
    return getOrder(conn, orderId);
}

Result<Order> cancelOrder(Connection &conn, qint64 orderId, const QString &reason)
{
    if (auto r = execRetryingDeadlocks(conn, kCancelOrder, {orderId, reason.isEmpty() ? QVariant() : QVariant(reason), actor()}); !r)
        return checkoutError(r.error());
    return getOrder(conn, orderId);
}

Result<int> expireReservations(Connection &conn)
{
    auto r = execRetryingDeadlocks(conn, kExpire, {});
    if (!r)
        return checkoutError(r.error());
    return r->toInt(0, 0);
}

Result<Order> getOrder(Connection &conn, qint64 orderId)
{
    auto r = conn.execPrepared("checkout_order_by_id", kOrderById, {orderId});
    if (!r)
        return checkoutError(r.error());
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound, OrdersText::tr("Order %1 does not exist.").arg(orderId));
    Order order = orderAt(*r, 0);
    auto lines = conn.execPrepared("checkout_order_lines", kOrderLines, {orderId});
    if (!lines)
        return checkoutError(lines.error());
    for (int i = 0; i < lines->rows(); ++i)
        order.lines.append(OrderLine{lines->text(i, 0), lines->text(i, 1), lines->toInt(i, 2), lines->toInt64(i, 3)});
    return order;
}

Result<QList<Order>> listOrders(Connection &conn, const OrderFilter &filter)
{
    auto r = conn.exec(kListOrders,
                       {filter.status ? QVariant(statusName(*filter.status)) : QVariant(),
                        filter.channel.isEmpty() ? QVariant() : QVariant(filter.channel),
                        filter.from.isValid() ? QVariant(filter.from) : QVariant(),
                        filter.to.isValid() ? QVariant(filter.to) : QVariant(), filter.beforeId,
                        filter.limit > 0 ? filter.limit : 200});
    if (!r)
        return checkoutError(r.error());
    QList<Order> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out.append(orderAt(*r, i));
    return out;
}

Status flashSaleOn(Connection &conn, const QString &sku, int buckets)
{
    if (buckets < 1 || buckets > 256)
        return Error::make(Error::Kind::BadInput, OrdersText::tr("--buckets must be from 1 to 256 (got %1).")
                                                      .arg(buckets));
    if (auto r = execRetryingDeadlocks(conn, kFlashOn, {sku, buckets, actor()}); !r)
        return checkoutError(r.error());
    return Done{};
}

Result<FlashSaleState> flashSaleState(Connection &conn, const QString &sku)
{
    auto r = conn.exec(kFlashState, {sku});
    if (!r)
        return checkoutError(r.error());
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound, OrdersText::tr("Unknown SKU '%1'.").arg(sku));
    FlashSaleState s;
    s.on = r->toBool(0, 0);
    s.buckets = r->toInt(0, 1);
    s.freeInBuckets = r->toInt(0, 2);
    s.takenFromBuckets = r->toInt(0, 3);
    return s;
}

Result<QStringList> checkoutViolations(Connection &conn)
{
    auto r = conn.exec(kViolations);
    if (!r)
        return r.error();
    QStringList out;
    for (int i = 0; i < r->rows(); ++i)
        out << r->text(i, 0);
    return out;
}

Status flashSaleOff(Connection &conn, const QString &sku)
{
    if (auto r = execRetryingDeadlocks(conn, kFlashOff, {sku}); !r)
        return checkoutError(r.error());
    return Done{};
}

} // namespace backroom::orders
