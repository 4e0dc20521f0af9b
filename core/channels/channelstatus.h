#pragma once
// What the owner watches on the Channels screen and in `backroom channels status`: per channel its
// configuration, queue, lag, recent pushes and errors and the breaker state a live `serve` published;
// per product what each marketplace shows now against our available. Read through the owner-only SQL
// functions channel_status(), channel_drift() and channel_lag_history() (migration 011).
//
// Blocking calls on one db::Connection: use them from a worker thread or the CLI, never the GUI thread
// (the screen runs them through AsyncDb or a worker). Errors: Connection, Permission (not an owner), Query.

#include "db/connection.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace backroom::channels {

struct ChannelStatus {
    QString channel;             // "web", "shopee", "lazada"
    bool remote = false;         // false for web: it reads this database, nothing is pushed
    bool enabled = false;
    int bufferQty = 0;           // the channel's buffer (products may override it)
    QString baseUrl;
    QString shopId;
    QString partnerId;           // Shopee partner_id / Lazada app_key
    qint64 queueDepth = 0;       // products waiting to be pushed
    QDateTime oldestChangeUtc;   // the oldest change the channel has not seen; null when none waits
    double lagSeconds = 0;       // age of that change, 0 when in sync
    QDateTime lastPushUtc;       // the last successful push; null if never
    qint64 pushesLastHour = 0;
    qint64 errorsLastHour = 0;
    QString lastError;
    QDateTime lastErrorUtc;
    qint64 flaggedOrders = 0;    // marketplace orders that could not be reserved (need the owner)
    QString breakerState;        // CLOSED, OPEN, ... as a live `serve` published it; empty when none does
};

struct ProductDrift {
    qint64 productId = 0;
    QString sku;
    QString channel;
    int available = 0;              // free to sell here (flash-sale buckets included)
    int expected = 0;               // what the channel should show: available - buffer, never below zero
    std::optional<int> shown;       // what the channel acknowledged last; empty if never pushed
    QDateTime shownAtUtc;
    bool pending = false;           // a push is queued
    bool drifting() const { return !shown || *shown != expected; }
};

struct LagPoint {
    QString channel;
    QDateTime minuteUtc;
    qint64 pushes = 0;
    qint64 errors = 0;
    double lagP50Ms = 0;
    double lagP95Ms = 0;
    int lagMaxMs = 0;
};

Result<QList<ChannelStatus>> readChannelStatus(db::Connection &conn);
// Drifting rows first (shown != expected), then by SKU; at most `limit` rows.
Result<QList<ProductDrift>> readProductDrift(db::Connection &conn, int limit);
// Per channel and minute since `sinceUtc`: pushes, errors, lag p50/p95/max.
Result<QList<LagPoint>> readLagHistory(db::Connection &conn, const QDateTime &sinceUtc);

} // namespace backroom::channels
