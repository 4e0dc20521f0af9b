#pragma once
// ChaosRun: runs one chaos experiment against the shop and judges it. The load is a checkout stream at a
// fixed open-model rate on the load-drill engine (ExperimentLoad: database links that reconnect after a
// terminated backend or a restarted server, or a `serve` over HTTP; latency from each checkout's intended
// start; drill orders tagged 'drill'), each acknowledged order optionally paid through the PaymentRouter.
// Phases:
//   1. guardrails: a target that is not this machine needs confirmedRemote; a shop that is not the demo
//      needs a backup younger than a day (backup_run, or the operator's marker file);
//      a `proxy` fault on "postgres" sends the load through a FaultProxy the run starts (TCP only);
//   2. at rest: the load without faults; the steady-state probes must hold, else the method is skipped;
//   3. method: faults injected and pauses, in order, while the load runs; then every fault is rolled back
//      (FaultGuard: also on cancel, failure, abort and destruction) and the load runs `recovery` longer;
//      a second of the method answering below the abort limit rolls back at once and ends the run;
//   4. verdict: the drill verdict (no oversell, ledger == stock, no acknowledged order lost), money at
//      risk (gateway charges against saved payments), the probes over the method, time to recover.
// The report (JSON and text) has a timeline: phases, faults in and out, breaker transitions read from the
// health registry, rejected payment calls, lost and re-established connections, recovery. Saved in
// drill_run with kind 'chaos'.
//
// Thread: lives on one thread with an event loop (the CLI's main thread, a test); the sandbox and the
// router, when given, must live there too. Blocks that thread for a few ms per checkout and for a
// database restart: never the GUI thread.

#include "chaos/experiment.h"
#include "chaos/faultproxy.h"
#include "chaos/proxyfault.h"
#include "chaos/faults.h"
#include "chaos/moneyatrisk.h"
#include "db/connection.h"
#include "drills/loaddrill.h"
#include "drills/verdict.h"
#include "net/clock.h"
#include "resilience/latencyhistogram.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <array>
#include <memory>
#include <random>
#include <vector>

namespace backroom::payments {
class PaymentRouter;
}
namespace backroom::resilience {
class HealthRegistry;
}

namespace backroom::chaos {

struct TimelineEvent {
    double atSeconds = 0;   // since the run started
    QString kind;           // phase, fault_in, fault_out, fault_error, breaker, rejected, lost, reconnect,
                            // recovered, abort, rollback
    QString detail;
    QJsonObject toJson() const;
};

// The windows a run measures separately. Method = Fault + Recovery.
enum class Window { Rest, Fault, Recovery, Method };
constexpr int kWindowCount = 4;
QString windowName(Window w);

// One second of the load, for the timeline and time to recover.
struct LoadSecond {
    double atSeconds = 0;
    qint64 checkouts = 0, checkoutsOk = 0, payments = 0, paymentsOk = 0, rejected = 0;
};

// The experiment's load: a load drill (core/drills/loaddrill.h) in the open model at the experiment's
// rate against the database (place_order, links that reconnect after a terminated backend or a restarted
// server) or a `serve` over HTTP (POST /orders), running until stop(). It sorts every answer into the
// run's current window and into seconds, and pays each acknowledged order through the PaymentRouter when
// the experiment pays. A checkout counts as answered well when it was acknowledged or refused for stock;
// an error, a lost answer or an iteration dropped after waiting `dropAfter` counts as failed.
class ExperimentLoad : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString conninfo;                            // the load's way to the shop (through a proxy, maybe)
        QString lookupConninfo;                      // SKUs and order totals, direct; empty: conninfo
        double ratePerSecond = 20;
        LoadSpec::Target target = LoadSpec::Target::Database;
        QUrl storeUrl;                               // Http
        int connections = 4;
        QStringList skus;
        bool pay = false;
        QString paymentMethod = QStringLiteral("promptpay");
        payments::PaymentRouter *router = nullptr;   // needed when pay
        std::chrono::milliseconds dropAfter{2000};   // an arrival this late is counted failed, not run
        bool confirmedRemote = false;
        net::Clock *clock = nullptr;
        quint32 seed = 1;
    };
    explicit ExperimentLoad(Config config, QObject *parent = nullptr);
    ~ExperimentLoad() override;

    Status start();                  // opens the drill's links; the first arrival is at once
    void stop();                     // no new arrivals; checkouts and payments in flight still finish
    bool idle() const;
    void setWindow(Window w) { m_window = w; }
    Measurements measurements(Window w) const;
    const std::vector<LoadSecond> &seconds() const { return m_seconds; }
    const drills::LoadDrillReport &drillReport() const;   // for judgeRun (acknowledged ids, lost answers)
    // The report so far while the load runs: orders on the wire may be committed and not yet
    // acknowledged, so they count as answers not known yet, not as lost or unexpected orders.
    drills::LoadDrillReport drillReportSoFar() const;

signals:
    void event(const QString &kind, const QString &detail);
    void becameIdle();

private:
    struct Counters {
        qint64 checkouts = 0, checkoutsOk = 0, payments = 0, paymentsOk = 0;
        std::unique_ptr<resilience::LatencyHistogram> latency;
    };
    void onIteration(const drills::IterationOutcome &outcome);
    void onLinkEvent(const QString &kind, const QString &detail);
    qint64 orderTotal(qint64 orderId);
    void pay(qint64 orderId, qint64 amountSatang, Window window);
    void record(Window w, bool ok, std::optional<net::Clock::Duration> latency);
    void recordPayment(Window w, bool ok, bool rejected);
    void maybeIdle();
    LoadSecond &currentSecond();
    double secondsSinceStart() const;

    Config m_config;
    net::Clock *m_clock;
    std::unique_ptr<drills::LoadDrill> m_drill;
    std::unique_ptr<db::Connection> m_lookup;   // SKUs at start, order totals to pay
    net::Clock::TimePoint m_startedAt{};
    bool m_stopped = false;
    int m_paymentsInFlight = 0;
    Window m_window = Window::Rest;
    std::array<Counters, kWindowCount> m_counters;
    std::vector<LoadSecond> m_seconds;
};

struct ChaosEnvironment {
    QString conninfo;
    bool confirmedRemote = false;    // --yes
    bool demoShop = false;           // the demo's own database: no backup needed
    QString backupMarker;            // a pg_dump (or other) file the operator made; younger than a day counts
    FaultContext faults;             // sandbox, cluster, serve process, operator commands, proxies
    QUrl storeUrl;                   // the `serve` an HTTP load checks out through (the experiment's store_url wins)
    payments::PaymentRouter *router = nullptr;
    resilience::HealthRegistry *registry = nullptr;
    net::Clock *clock = nullptr;     // null: Clock::system()
    bool save = true;                // drill_run
};

struct ChaosReport {
    QString title;
    QDateTime startedAt, finishedAt;
    bool steadyAtRest = false;
    bool methodRun = false;
    bool aborted = false;
    bool cancelled = false;
    QString failure;                 // why the run could not go on (a fault could not be injected, ...)
    std::array<Measurements, kWindowCount> windows{};
    QList<ProbeResult> atRest, duringMethod;
    QList<TimelineEvent> timeline;
    std::vector<LoadSecond> seconds;
    double timeToRecoverSeconds = -1;   // -1: did not recover within the run (or no fault)
    drills::Verdict verdict;
    bool verdictRead = false;
    MoneyAtRisk money;
    QStringList rollbackErrors;
    qint64 savedRunId = 0;
    bool passed() const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Checks the guardrails (phase 1). Permission says which one refused and what to do. checkTarget is
// the first of them (loopback or confirmed), which needs no connection.
Status checkTarget(const ChaosEnvironment &env);
Status checkGuardrails(const ChaosEnvironment &env, db::Connection &conn);

class ChaosRun : public QObject {
    Q_OBJECT
public:
    ChaosRun(Experiment experiment, ChaosEnvironment env, QObject *parent = nullptr);
    ~ChaosRun() override;   // rolls back whatever is still injected

    // Guardrails, the verdict's connection, the load. An error means nothing was injected or loaded.
    Status start();
    void cancel();          // rolls back at once, then finishes
    const ChaosReport &report() const { return m_report; }
    bool isRunning() const { return m_running; }
    // The load's seconds so far (the last one still filling), for a live chart; empty before start().
    std::vector<LoadSecond> secondsSoFar() const { return m_load ? m_load->seconds() : std::vector<LoadSecond>{}; }

signals:
    void timelineEvent(const backroom::chaos::TimelineEvent &event);
    void finished(const backroom::chaos::ChaosReport &report);

private:
    void addEvent(const QString &kind, const QString &detail);
    void restDone();
    void runNextStep();
    void endMethod();
    void rollbackEverything();
    void recoveryDone();
    void finishRun();
    void judge();
    void watchSecond();
    void checkBreakers();
    void sampleSyncLag();
    Measurements measureNow(Window w);
    double secondsSinceStart() const;
    double requiredSuccessRate(ProbeKind kind) const;
    bool usesProxyTo(const QString &upstream) const;
    Result<QString> routeLoadThroughProxy();

    Experiment m_experiment;
    ChaosEnvironment m_env;
    net::Clock *m_clock;
    std::unique_ptr<db::Connection> m_conn;   // the verdict's, spared by terminate_backends
    std::unique_ptr<ProxyThread> m_databaseProxy;  // between the load and PostgreSQL, when a fault asks
    std::unique_ptr<ExperimentLoad> m_load;
    FaultGuard m_guard;
    qint64 m_watermark = 0;
    int m_nextStep = 0;
    QTimer m_phaseTimer;
    QTimer m_secondTimer;
    net::Clock::TimePoint m_startedAt{};
    double m_lastRollbackAt = -1;
    bool m_running = false;
    bool m_inMethod = false;
    bool m_finishing = false;
    int m_registrySubscription = 0;
    QHash<QString, QString> m_breakerStates;
    QMap<QString, double> m_worstLagInMethod;   // per channel, sampled each second of the method
    ChaosReport m_report;
};

} // namespace backroom::chaos

Q_DECLARE_METATYPE(backroom::chaos::TimelineEvent)
Q_DECLARE_METATYPE(backroom::chaos::ChaosReport)
