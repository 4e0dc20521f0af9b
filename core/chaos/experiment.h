#pragma once
// A chaos experiment as the owner writes it (JSON, shaped like Chaos Toolkit's): a title, the load to
// run (checkouts at a fixed open-model rate, optionally each paid through the gateways), a steady-state
// hypothesis (probes with tolerances), a method (faults to inject and pauses, while the load runs),
// rollbacks (faults to reset at the end, on top of each injected fault undoing itself) and an abort
// limit. Parsing and probe judging are pure; any thread.
//
// Probes: checkout_success_rate, checkout_p95_ms, payment_success_rate, no_oversell (the drill verdict:
// no oversell, ledger == stock, no acknowledged order lost), no_charged_but_not_saved, no_double_charge,
// no_saved_but_not_charged, sync_lag_seconds (channel_status, worst channel or the one named).

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace backroom::chaos {

enum class ProbeKind {
    CheckoutSuccessRate, CheckoutP95Ms, PaymentSuccessRate, NoOversell,
    NoChargedButNotSaved, NoDoubleCharge, NoSavedButNotCharged, SyncLagSeconds,
};
QString probeKindName(ProbeKind kind);
std::optional<ProbeKind> probeKindFromName(const QString &name);

struct Probe {
    QString name;                 // shown in the report; the kind's name when the file gives none
    ProbeKind kind = ProbeKind::CheckoutSuccessRate;
    std::optional<double> min;    // tolerance: value >= min
    std::optional<double> max;    // tolerance: value <= max
    QString channel;              // sync_lag_seconds: one channel (empty: the worst)
};

struct MethodStep {
    enum class Type { Action, Pause };
    Type type = Type::Pause;
    QString name;
    QJsonObject fault;            // Action: the fault's spec (faults.h makeFault)
    std::chrono::milliseconds pause{0};
};

// The load runs on the load-drill engine (core/drills/loaddrill.h): open model at ratePerSecond, latency
// from each checkout's intended start, database links that reconnect after the server cut them.
struct LoadSpec {
    enum class Target { Database, Http };
    double ratePerSecond = 20;    // checkouts per second, open model
    Target target = Target::Database;   // "target": "database" (place_order) or "http" (a `serve`'s POST /orders)
    QString storeUrl;             // http: the store API's base URL ("store_url"); empty: the run's serve URL
    int connections = 4;          // database connections or HTTP sockets
    QStringList skus;             // empty: the run picks the SKUs with most stock
    bool pay = false;             // pay each acknowledged order through the payment router
    QString paymentMethod = QStringLiteral("promptpay");
    std::chrono::milliseconds atRest{2000};     // load without faults before the method
    std::chrono::milliseconds recovery{3000};   // load after the rollbacks
};

struct AbortLimit {
    double minSuccessRate = 0;    // abort when a whole second of the method answers below this (0: never)
};

// Tags say what an experiment is about, for the health check and comparisons: the file's "tags" plus
// what its method does ("gateway_outage" when it takes a payment gateway down, "database_restart",
// "marketplace_slow", "serve_killed", "proxy"). The health check finds gateway-outage runs by the tag.
QString tagGatewayOutage();   // "gateway_outage"

struct Experiment {
    QString id;                   // "id" in the file, else the file's base name, else a slug of the title
    QStringList tags;             // declared and derived (above), sorted, no duplicates
    QString title;
    QString description;
    LoadSpec load;
    QList<Probe> probes;
    QList<MethodStep> method;
    QList<QJsonObject> rollbacks; // fault specs reset at the end
    AbortLimit abort;
    QJsonObject source;           // the file as read, saved with the run
};

// BadInput names the offending field ("method[2].pause: a duration such as 3s").
Result<Experiment> parseExperiment(const QJsonObject &json);
Result<Experiment> loadExperiment(const QString &path);   // a file, or ":/experiments/<name>.json"
QStringList shippedExperiments();                         // resource paths of the ready experiments

// "10s", "500ms", "2m", or a number of seconds.
std::optional<std::chrono::milliseconds> parseDuration(const QJsonValue &value);

// What a window of the run measured; a probe reads one figure.
struct Measurements {
    qint64 checkouts = 0;         // answered or lost
    qint64 checkoutsOk = 0;       // acknowledged or refused for stock (a correct answer)
    double checkoutP95Ms = -1;
    qint64 payments = 0;
    qint64 paymentsOk = 0;        // the gateway took the charge (pending or successful)
    std::optional<bool> verdictPassed;
    std::optional<int> chargedButNotSaved, chargedTwice, savedButNotCharged;
    QMap<QString, double> syncLagSeconds;   // per channel; empty: not measured
    double checkoutSuccessRate() const { return checkouts ? double(checkoutsOk) / double(checkouts) : -1; }
    double paymentSuccessRate() const { return payments ? double(paymentsOk) / double(payments) : -1; }
};

struct ProbeResult {
    QString name;
    QString kind;
    std::optional<double> value;  // empty: nothing was measured (never a pass)
    bool passed = false;
    QString tolerance;            // ">= 0.95", "<= 500", "== 0"
    QJsonObject toJson() const;
};

ProbeResult judgeProbe(const Probe &probe, const Measurements &m);
QList<ProbeResult> judgeProbes(const QList<Probe> &probes, const Measurements &m);
bool allPassed(const QList<ProbeResult> &results);

} // namespace backroom::chaos
