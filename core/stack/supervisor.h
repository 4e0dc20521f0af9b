#pragma once
// Supervisor: the auto-scaling supervisor of the store (issue 16, checklist 9). It keeps between min and
// max `serve` instances behind HAProxy: every tick it probes each instance's GET /health (bulkhead
// saturation = in_flight / max_concurrent of browse and checkout, and the probe's round trip), asks its
// ScalePolicy, and adds an instance (launch on a free port, put it in a free `server-template` slot
// through HAProxy's runtime API, state ready once it answers /health) or removes one (drain: slot to
// maint, wait for its in-flight requests to reach 0, then stop it gracefully). Each change is a
// ScaleEvent (signal scaled(); the CLI records it in scale_event, migration 015, for the health screen).
//
// Only the instances it started are its own: slots already up when it starts are left alone.
// Thread: lives on the thread that creates it, which must run a Qt event loop (the CLI's main thread).
// HaproxyRuntime calls and InstanceLauncher::stop block that thread briefly (a local socket round
// trip; a process's graceful exit, bounded): never run a Supervisor on the GUI thread.
//
// Wiring (`backroom stack autoscale`, `stack up --autoscale A-B`):
//     HaproxyRuntime haproxy(dir + "/haproxy.sock");
//     ServeLauncher launcher({program, conninfo, {"--browse-limit", "32"}});
//     Supervisor supervisor(config, haproxy, launcher, net::Clock::system());
//     QObject::connect(&supervisor, &Supervisor::scaled, ...);
//     if (auto started = supervisor.start(); !started) ...;   // launches min instances
//     ... event loop ...; supervisor.stop();

#include "net/clock.h"
#include "result.h"
#include "stack/haproxyruntime.h"
#include "stack/scalepolicy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QTimer>
#include <chrono>
#include <map>
#include <memory>

namespace backroom::net {
class HttpClient;
}
namespace backroom::resilience {
class HealthRegistry;
struct ComponentSnapshot;
}

namespace backroom::stack {

// Starts and stops store instances. The supervisor never knows how: a `serve` process (ServeLauncher),
// a container, or a test's stand-in.
class InstanceLauncher {
public:
    virtual ~InstanceLauncher() = default;
    // Starts an instance answering HTTP on 127.0.0.1:port; returns an id for the calls below. It need
    // not be ready yet: the supervisor waits for /health to answer 200.
    virtual Result<QString> start(quint16 port) = 0;
    virtual bool isRunning(const QString &id) const = 0;
    // Ends it gracefully (SIGTERM, then kill after a grace period); returns when it is gone.
    virtual void stop(const QString &id) = 0;
};

// Runs `backroom serve --listen 127.0.0.1:PORT` processes. The connection string goes through the
// environment (BACKROOM_DB), never the command line. Thread: the supervisor's.
class ServeLauncher : public InstanceLauncher {
public:
    struct Config {
        QString program;              // the backroom executable
        QString conninfo;             // passed as BACKROOM_DB
        QStringList extraArgs;        // e.g. {"--browse-limit", "32", "--no-channels"}
        QString logDir;               // each instance's output goes to logDir/serve-PORT.log; empty: discarded
        std::chrono::milliseconds stopGrace{10000};
    };
    explicit ServeLauncher(Config config);
    ~ServeLauncher() override;   // stops what is still running

    Result<QString> start(quint16 port) override;
    bool isRunning(const QString &id) const override;
    void stop(const QString &id) override;

private:
    Config m_config;
    std::map<QString, std::unique_ptr<QProcess>> m_processes;
};

enum class InstanceState { Starting, Ready, Draining };
QString instanceStateName(InstanceState state);   // "starting", "ready", "draining"

class Supervisor : public QObject {
    Q_OBJECT
public:
    struct Config {
        ScalePolicyConfig policy;
        QString backend = QStringLiteral("store");   // HAProxy backend holding the server-template slots
        QString name = QStringLiteral("store");      // this supervisor in scale events and health components
        std::chrono::milliseconds tickInterval{2000};
        std::chrono::milliseconds probeTimeout{1500};
        std::chrono::milliseconds startTimeout{30000};   // a new instance must answer /health 200 by then
        std::chrono::milliseconds drainTimeout{30000};   // in-flight not at 0 by then: stopped anyway
    };

    struct Instance {
        QString slot;            // HAProxy server name in the backend ("s2")
        quint16 port = 0;
        QString launcherId;
        InstanceState state = InstanceState::Starting;
        double browseSaturation = 0;
        double checkoutSaturation = 0;
        int inFlight = 0;        // browse + checkout, as of the last probe
        double latencyMs = 0;    // the last probe's round trip
        bool reachable = false;  // the last probe got an answer
        net::Clock::TimePoint stateSince{};
    };

    struct ScaleEvent {
        QDateTime at;            // UTC
        int from = 0;
        int to = 0;
        QString reason;          // one line, translated
        QString slot;            // the instance added or removed ("" for none)
    };

    Supervisor(Config config, HaproxyRuntime &haproxy, InstanceLauncher &launcher,
               net::Clock &clock = net::Clock::system(), QObject *parent = nullptr);
    ~Supervisor() override;   // stop()

    // Checks the backend's slots (NotFound: no such backend; BadInput: fewer slots than max, or a bad
    // policy), launches min instances and starts ticking. Connection: HAProxy's socket does not answer.
    Status start();
    // Takes every instance of its own out of HAProxy and stops it. Idempotent.
    void stop();
    // One probe round now (the timer calls it every tickInterval; tests may call it directly). A round
    // still waiting for answers is not doubled: the call is ignored.
    void tick();

    QList<Instance> instances() const;   // ordered by slot
    int instanceCount() const { return int(m_instances.size()); }
    int readyCount() const;
    const ScalePolicy &policy() const { return m_policy; }
    const Config &config() const { return m_config; }
    QList<ScaleEvent> events() const { return m_events; }   // since start, oldest first

    // Components "autoscale:NAME" (the supervisor: instances, bounds, load) and "autoscale:NAME:SLOT"
    // (each instance: state, saturation, latency). The registry must outlive the supervisor.
    void publishHealthTo(resilience::HealthRegistry &registry);

signals:
    void scaled(const backroom::stack::Supervisor::ScaleEvent &event);
    void instanceReady(const QString &slot, quint16 port);
    void instanceStopped(const QString &slot);
    void ticked(const backroom::stack::ScaleDecision &decision);   // after each round's decision
    void problem(const QString &message);   // HAProxy refused, a launch failed, an instance died

private:
    struct Probe;
    void probe(Instance &instance);
    void onProbeAnswer(const QString &slot, bool reachable, int status, double latencyMs,
                       double browse, double checkout, int inFlight);
    void finishRound();
    void settleStarting(Instance &instance);
    void settleDraining(Instance &instance);
    void apply(const ScaleDecision &decision);
    bool launchOne(const QString &reason, int from);
    bool drainOne(const QString &reason, int from);
    void removeInstance(const QString &slot);
    QString freeSlot() const;
    void record(int from, int to, const QString &reason, const QString &slot);
    void announce();
    resilience::ComponentSnapshot supervisorSnapshot() const;
    resilience::ComponentSnapshot instanceSnapshot(const Instance &instance) const;

    Config m_config;
    HaproxyRuntime &m_haproxy;
    InstanceLauncher &m_launcher;
    net::Clock &m_clock;
    ScalePolicy m_policy;
    net::HttpClient *m_http = nullptr;   // child
    QTimer m_timer;
    QStringList m_slots;                 // every slot of the backend that was in maint at start
    std::map<QString, Instance> m_instances;
    QList<ScaleEvent> m_events;
    int m_waiting = 0;                   // probes of this round not answered yet
    quint64 m_round = 0;                 // answers to an older round are dropped
    bool m_running = false;
    QDateTime m_startedAt;
    resilience::HealthRegistry *m_registry = nullptr;
    struct Published;
    std::shared_ptr<Published> m_published;   // what the registry's providers read
    QSet<QString> m_registryNames;
};

} // namespace backroom::stack

Q_DECLARE_METATYPE(backroom::stack::Supervisor::ScaleEvent)
Q_DECLARE_METATYPE(backroom::stack::ScaleDecision)
