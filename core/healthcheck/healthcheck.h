#pragma once
// The shop health check: the seed's 10 questions (store API fast, flash-sale stability, real-time sync,
// payment fallback, super-wallet, mobile-first, API-first, typo-tolerant search, scaling, regular load
// testing), each answered Yes / No / Unknown from what Backroom measured: saved drill runs (drill_run),
// component health published by `serve` instances, channel lag history, and searches and store-API
// payloads run here and now. Never self-declared: nothing measured is Unknown, never Yes.
// Blocking calls on a Connection whose login is the owner (drill_run, component_health_read and
// channel_lag_history are owner-only): call them from a worker thread, never from the GUI thread.
// Errors: Connection, Permission (not an owner), Query.

#include "db/connection.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace backroom::healthcheck {

enum class Answer { Yes, No, Unknown };

QString answerName(Answer answer);   // "yes", "no", "unknown" (JSON, exit codes)
QString answerText(Answer answer);   // translated "Yes", "No", "Unknown"

// The 10 items, in the seed's order.
enum class Item {
    StoreApiFast = 1,
    FlashSaleStability,
    RealTimeSync,
    PaymentFallback,
    SuperWallet,
    MobileFirst,
    ApiFirst,
    TypoTolerantSearch,
    Scaling,
    RegularLoadTesting,
};
constexpr int kItemCount = 10;

QString itemKey(Item item);        // "store_api_fast", ... (JSON)
QString itemTitle(Item item);      // translated question

struct ItemResult {
    Item item = Item::StoreApiFast;
    Answer answer = Answer::Unknown;
    QString figure;          // what was measured, in words and numbers ("browse p95 12 ms, search p95 30 ms")
    QDateTime measuredAt;    // UTC; invalid when nothing was measured
    QString advice;          // what to do; empty when the answer is Yes
};

struct HealthCheckOptions {
    QDateTime now;                   // UTC; invalid = the current time (tests pass a fixed moment)
    int staleDrillDays = 30;         // item 10: the last drill must be younger than this
    double pageBudgetMs = 2500;      // item 1: p95 of browse and search against this
    double syncLagBudgetMs = 1000;   // item 3: lag p95 against this
    int lagWindowHours = 24;         // item 3: lag history read over this window
};

// Runs all 10 checks, in order. Each check that cannot read its source answers Unknown with the reason
// in `figure`; the whole call fails only when the connection is unusable.
Result<QList<ItemResult>> runHealthCheck(db::Connection &conn, const HealthCheckOptions &options = {});

bool allYes(const QList<ItemResult> &results);
QJsonObject resultJson(const ItemResult &result);
QJsonObject healthCheckJson(const QList<ItemResult> &results);   // {"all_yes", "items": [...]}

// The fixed misspellings item 8 searches for, each with the correct word whose products it must find.
struct Misspelling {
    QString typed;
    QString correct;
};
QList<Misspelling> fixedMisspellings();

} // namespace backroom::healthcheck
