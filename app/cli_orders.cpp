// `backroom orders list|show|pay|cancel|expire` and `backroom order place`
#include "cli.h"

#include "orders/checkout.h"

#include <QJsonArray>
#include <QJsonObject>

namespace backroom::cli {
namespace {

using orders::Order;

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QJsonObject orderJson(const Order &o)
{
    QJsonArray lines;
    for (const auto &l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty"), l.qty},
                                 {QStringLiteral("unit_price"), orders::formatBaht(l.unitPriceSatang)},
                                 {QStringLiteral("unit_price_satang"), l.unitPriceSatang}});
    QJsonObject obj{{QStringLiteral("id"), o.id},
                    {QStringLiteral("status"), orders::statusName(o.status)},
                    {QStringLiteral("channel"), o.channel},
                    {QStringLiteral("total"), orders::formatBaht(o.totalSatang)},
                    {QStringLiteral("total_satang"), o.totalSatang},
                    {QStringLiteral("created_at"), o.createdAt.toString(Qt::ISODate)},
                    {QStringLiteral("expires_at"), o.expiresAt.isValid() ? QJsonValue(o.expiresAt.toString(Qt::ISODate))
                                                                          : QJsonValue()},
                    {QStringLiteral("idempotency_key"), o.idempotencyKey.isEmpty() ? QJsonValue()
                                                                                    : QJsonValue(o.idempotencyKey)},
                    {QStringLiteral("replayed"), o.replayed}};
    if (!o.lines.isEmpty())
        obj.insert(QStringLiteral("lines"), lines);
    return obj;
}

// Only a reserved order can still expire; a closed one shows none.
QDateTime expiry(const Order &o)
{
    return o.status == orders::OrderStatus::Reserved ? o.expiresAt : QDateTime();
}

void printOrderRow(const Order &o)
{
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(o.id, 8).arg(orders::statusName(o.status), -9).arg(o.channel, -8)
                 .arg(orders::formatBaht(o.totalSatang), 12).arg(localTime(o.createdAt), -19)
                 .arg(localTime(expiry(o)));
}

void printOrder(const Order &o)
{
    out() << "order " << o.id << "  " << orders::statusName(o.status) << "  channel " << o.channel
          << "  total " << orders::formatBaht(o.totalSatang) << " THB\n"
          << "created " << localTime(o.createdAt) << "  expires " << localTime(expiry(o));
    if (!o.idempotencyKey.isEmpty())
        out() << "  key " << o.idempotencyKey;
    if (o.replayed)
        out() << "  (existing order for this key; nothing new reserved)";
    out() << "\n";
    for (const auto &l : o.lines)
        out() << QStringLiteral("  %1  x%2  @ %3  %4\n")
                     .arg(l.sku, -14).arg(l.qty, -4).arg(orders::formatBaht(l.unitPriceSatang), 10).arg(l.name);
    out().flush();
}

int report(const Parser &p, const Result<Order> &order)
{
    if (!order)
        return fail(p, order.error());
    if (p.json())
        printJson(orderJson(*order));
    else
        printOrder(*order);
    return Ok;
}

bool orderId(const Parser &p, qint64 *id)
{
    bool ok = false;
    *id = p.positional().at(0).toLongLong(&ok);
    if (!ok || *id <= 0) {
        fail(p, Error::make(Error::Kind::BadInput,
                            QStringLiteral("'%1' is not an order number.").arg(p.positional().at(0))));
        return false;
    }
    return true;
}

int list(const QStringList &args)
{
    Parser p(QStringLiteral("backroom orders list [--status s] [--channel c] [--limit n] [--before id] [--json]"));
    p.addOption(QStringLiteral("status"), QStringLiteral("reserved, paid, cancelled, expired, ..."), QStringLiteral("s"));
    p.addOption(QStringLiteral("channel"), QStringLiteral("web, shopee, lazada, ..."), QStringLiteral("c"));
    p.addOption(QStringLiteral("limit"), QStringLiteral("At most n orders (default 50)."), QStringLiteral("n"));
    p.addOption(QStringLiteral("before"), QStringLiteral("Only orders older than this id (paging)."), QStringLiteral("id"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    orders::OrderFilter filter;
    filter.limit = 50;
    if (p.isSet(QStringLiteral("status"))) {
        orders::OrderStatus s;
        if (!orders::parseStatus(p.value(QStringLiteral("status")), &s))
            return fail(p, Error::make(Error::Kind::BadInput,
                                       QStringLiteral("Unknown status '%1': use reserved, paid, picked, packed, shipped, "
                                                      "cancelled or expired.").arg(p.value(QStringLiteral("status")))));
        filter.status = s;
    }
    filter.channel = p.value(QStringLiteral("channel"));
    qint64 n = 0;
    if (p.isSet(QStringLiteral("limit"))) {
        if (!p.intValue(QStringLiteral("limit"), &n) || n < 1 || n > 10000)
            return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--limit must be from 1 to 10000.")));
        filter.limit = int(n);
    }
    if (p.isSet(QStringLiteral("before"))) {
        if (!p.intValue(QStringLiteral("before"), &n) || n < 1)
            return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--before needs an order number.")));
        filter.beforeId = n;
    }
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto found = orders::listOrders(*conn, filter);
    if (!found)
        return fail(p, found.error());
    if (p.json()) {
        QJsonArray rows;
        for (const auto &o : *found)
            rows.append(orderJson(o));
        printJson(rows);
        return Ok;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(QStringLiteral("ID"), 8).arg(QStringLiteral("STATUS"), -9).arg(QStringLiteral("CHANNEL"), -8)
                 .arg(QStringLiteral("TOTAL THB"), 12).arg(QStringLiteral("CREATED"), -19).arg(QStringLiteral("EXPIRES"));
    for (const auto &o : *found)
        printOrderRow(o);
    out().flush();
    return Ok;
}

// show / pay / cancel: one order id, one call.
int onOrder(const QStringList &args, const QString &usage, Result<Order> (*action)(db::Connection &, qint64))
{
    Parser p(usage);
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    qint64 id = 0;
    if (!orderId(p, &id))
        return BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    return report(p, action(*conn, id));
}

int cancel(const QStringList &args)
{
    Parser p(QStringLiteral("backroom orders cancel <id> [--reason text] [--json]"),
             QStringLiteral("Cancels a reserved order: its units go back on sale. Cancelling an order that is already "
                            "cancelled or expired changes nothing and succeeds, so a retry is safe.\n"
                            "Exit codes: 0 cancelled (or already closed), 2 no such order, 3 paid or later (refund "
                            "it instead)."));
    p.addOption(QStringLiteral("reason"), QStringLiteral("Why (kept on the order)."), QStringLiteral("text"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    qint64 id = 0;
    if (!orderId(p, &id))
        return BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto before = orders::getOrder(*conn, id);
    if (!before)
        return fail(p, before.error());
    const bool alreadyClosed = before->status == orders::OrderStatus::Cancelled
                               || before->status == orders::OrderStatus::Expired;
    if (!alreadyClosed)
        return report(p, orders::cancelOrder(*conn, id, p.value(QStringLiteral("reason"))));
    if (p.json()) {
        QJsonObject o = orderJson(*before);
        o.insert(QStringLiteral("changed"), false);
        printJson(o);
    } else {
        out() << "order " << id << " was already " << orders::statusName(before->status)
              << "; nothing changed (its stock went back when it closed).\n";
        out().flush();
    }
    return Ok;
}

int expire(const QStringList &args)
{
    Parser p(QStringLiteral("backroom orders expire [--json]"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto n = orders::expireReservations(*conn);
    if (!n)
        return fail(p, n.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("expired"), *n}});
    else
        out() << "expired " << *n << " reservation(s); their stock is available again\n";
    out().flush();
    return Ok;
}

int show(const QStringList &args)
{
    return onOrder(args, QStringLiteral("backroom orders show <id> [--json]"), &orders::getOrder);
}

int pay(const QStringList &args)
{
    return onOrder(args, QStringLiteral("backroom orders pay <id> [--json]"), &orders::payOrder);
}

int ordersCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("orders"),
                    {{QStringLiteral("list"), QStringLiteral("orders, newest first, filtered by status or channel"), list},
                     {QStringLiteral("show"), QStringLiteral("one order with its lines"), show},
                     {QStringLiteral("pay"), QStringLiteral("reserved -> paid: the units leave stock"), pay},
                     {QStringLiteral("cancel"), QStringLiteral("reserved -> cancelled: the units go back on sale"), cancel},
                     {QStringLiteral("expire"), QStringLiteral("release reservations past their expiry"), expire}},
                    args);
}

int place(const QStringList &args)
{
    Parser p(QStringLiteral("backroom order place --sku s --qty n [--sku s --qty n ...] [--key k] [--channel c] "
                            "[--minutes m] [--json]"));
    p.addOption(QStringLiteral("sku"), QStringLiteral("SKU of a line (repeatable, paired with --qty)."), QStringLiteral("sku"));
    p.addOption(QStringLiteral("qty"), QStringLiteral("Quantity of that line."), QStringLiteral("n"));
    p.addOption(QStringLiteral("key"), QStringLiteral("Idempotency key: the same key twice gives the same order."),
                QStringLiteral("k"));
    p.addOption(QStringLiteral("channel"), QStringLiteral("web (default), shopee, lazada, pos, ..."), QStringLiteral("c"));
    p.addOption(QStringLiteral("minutes"), QStringLiteral("Reservation lifetime unless paid (default 15)."),
                QStringLiteral("m"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    const QStringList skus = p.qt().values(QStringLiteral("sku"));
    const QStringList qtys = p.qt().values(QStringLiteral("qty"));
    if (skus.isEmpty() || skus.size() != qtys.size())
        return fail(p, Error::make(Error::Kind::BadInput,
                                   QStringLiteral("Give each line as a --sku and a --qty (got %1 SKU(s), %2 quantities).")
                                       .arg(skus.size()).arg(qtys.size())));
    orders::PlaceOrderRequest request;
    for (int i = 0; i < skus.size(); ++i) {
        bool ok = false;
        const int qty = qtys[i].toInt(&ok);
        if (!ok || qty < 1)
            return fail(p, Error::make(Error::Kind::BadInput,
                                       QStringLiteral("--qty for %1 must be a whole number of 1 or more, got '%2'.")
                                           .arg(skus[i], qtys[i])));
        request.lines.append({skus[i], qty});
    }
    request.idempotencyKey = p.value(QStringLiteral("key"));
    if (p.isSet(QStringLiteral("channel")))
        request.channel = p.value(QStringLiteral("channel"));
    if (p.isSet(QStringLiteral("minutes"))) {
        qint64 m = 0;
        if (!p.intValue(QStringLiteral("minutes"), &m) || m < 1 || m > 10080)
            return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--minutes must be from 1 to 10080.")));
        request.reservationMinutes = int(m);
    }
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    return report(p, orders::placeOrder(*conn, request));
}

int orderCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("order"),
                    {{QStringLiteral("place"), QStringLiteral("reserve stock for an order, all lines or none"), place}},
                    args);
}

const bool registeredOrders = registerCommand(QStringLiteral("orders"),
                                              QStringLiteral("list | show | pay | cancel | expire: orders"),
                                              ordersCommand);
const bool registeredOrder =
    registerCommand(QStringLiteral("order"), QStringLiteral("place: a new order, reserving stock for all lines or none"),
                    orderCommand);

} // namespace
} // namespace backroom::cli
