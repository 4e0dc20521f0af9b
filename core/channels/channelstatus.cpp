#include "channels/channelstatus.h"

namespace backroom::channels {
namespace {

constexpr const char *kStatus =
    "SELECT channel, remote, enabled, buffer_qty, base_url, shop_id, partner_id, queue_depth, oldest_change, "
    "lag_seconds, last_push_at, pushes_last_hour, errors_last_hour, last_error, last_error_at, flagged_orders, "
    "breaker_state FROM channel_status()";
constexpr const char *kDrift =
    "SELECT product_id, sku, channel, available, expected, shown, shown_at, pending FROM channel_drift($1)";
constexpr const char *kLag =
    "SELECT channel, minute, pushes, errors, coalesce(lag_p50_ms, 0), coalesce(lag_p95_ms, 0), coalesce(lag_max_ms, 0) "
    "FROM channel_lag_history($1)";

QDateTime timeOrNull(const db::PgResult &r, int row, int col)
{
    if (r.isNull(row, col))
        return {};
    return QDateTime::fromString(r.text(row, col), Qt::ISODateWithMs).toUTC();
}

} // namespace

Result<QList<ChannelStatus>> readChannelStatus(db::Connection &conn)
{
    auto r = conn.exec(kStatus);
    if (!r)
        return r.error();
    QList<ChannelStatus> out;
    for (int i = 0; i < r->rows(); ++i) {
        ChannelStatus s;
        s.channel = r->text(i, 0);
        s.remote = r->toBool(i, 1);
        s.enabled = r->toBool(i, 2);
        s.bufferQty = r->toInt(i, 3);
        s.baseUrl = r->text(i, 4);
        s.shopId = r->text(i, 5);
        s.partnerId = r->text(i, 6);
        s.queueDepth = r->toInt64(i, 7);
        s.oldestChangeUtc = timeOrNull(*r, i, 8);
        s.lagSeconds = r->toDouble(i, 9);
        s.lastPushUtc = timeOrNull(*r, i, 10);
        s.pushesLastHour = r->toInt64(i, 11);
        s.errorsLastHour = r->toInt64(i, 12);
        s.lastError = r->text(i, 13);
        s.lastErrorUtc = timeOrNull(*r, i, 14);
        s.flaggedOrders = r->toInt64(i, 15);
        s.breakerState = r->text(i, 16);
        out.append(s);
    }
    return out;
}

Result<QList<ProductDrift>> readProductDrift(db::Connection &conn, int limit)
{
    auto r = conn.exec(kDrift, {limit});
    if (!r)
        return r.error();
    QList<ProductDrift> out;
    for (int i = 0; i < r->rows(); ++i) {
        ProductDrift d;
        d.productId = r->toInt64(i, 0);
        d.sku = r->text(i, 1);
        d.channel = r->text(i, 2);
        d.available = r->toInt(i, 3);
        d.expected = r->toInt(i, 4);
        if (!r->isNull(i, 5))
            d.shown = r->toInt(i, 5);
        d.shownAtUtc = timeOrNull(*r, i, 6);
        d.pending = r->toBool(i, 7);
        out.append(d);
    }
    return out;
}

Result<QList<LagPoint>> readLagHistory(db::Connection &conn, const QDateTime &sinceUtc)
{
    auto r = conn.exec(kLag, {sinceUtc.toUTC().toString(Qt::ISODateWithMs)});
    if (!r)
        return r.error();
    QList<LagPoint> out;
    for (int i = 0; i < r->rows(); ++i) {
        LagPoint p;
        p.channel = r->text(i, 0);
        p.minuteUtc = timeOrNull(*r, i, 1);
        p.pushes = r->toInt64(i, 2);
        p.errors = r->toInt64(i, 3);
        p.lagP50Ms = r->toDouble(i, 4);
        p.lagP95Ms = r->toDouble(i, 5);
        p.lagMaxMs = r->toInt(i, 6);
        out.append(p);
    }
    return out;
}

} // namespace backroom::channels
