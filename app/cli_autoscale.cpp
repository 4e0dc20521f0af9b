// `backroom stack autoscale --dir DIR --min A --max B ...`: runs the auto-scaling supervisor against the
// HAProxy that `backroom stack up` started in DIR (its runtime socket DIR/haproxy.sock, backend "serve"
// with server-template slots app1..appN): keeps A..B `serve` instances, adds one under load and removes one when
// it is gone (docs/autoscale.md). With a database (--db or BACKROOM_DB) each scale event is recorded in
// scale_event and the instances are published as health components, for the desktop's Health screen.
// Runs until SIGINT/SIGTERM, then takes its instances out of HAProxy and stops them.

#include "cli.h"
#include "resilience/healthpublisher.h"
#include "resilience/healthregistry.h"
#include "stack/scaleevents.h"
#include "stack/supervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace backroom::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

bool doubleOption(const Parser &p, const QString &name, double *value)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok) {
        err() << tr("backroom stack autoscale: --%1 wants a number, got '%2'.").arg(name, p.value(name)) << '\n';
        err().flush();
        return false;
    }
    *value = v;
    return true;
}

bool intOption(const Parser &p, const QString &name, int *value)
{
    if (!p.isSet(name))
        return true;
    qint64 v = 0;
    if (!p.intValue(name, &v))
        return false;
    *value = int(v);
    return true;
}

void addOptions(Parser &p)
{
    p.addOption(QStringLiteral("dir"), tr("The stack's folder (its HAProxy socket is DIR/haproxy.sock)."), QStringLiteral("DIR"));
    p.addOption(QStringLiteral("socket"), tr("HAProxy's runtime socket, if not DIR/haproxy.sock."), QStringLiteral("PATH"));
    p.addOption(QStringLiteral("backend"), tr("HAProxy backend with the server-template slots (default serve, the one `stack up` writes)."), QStringLiteral("NAME"));
    p.addOption(QStringLiteral("min"), tr("Fewest instances (default 1)."), QStringLiteral("A"));
    p.addOption(QStringLiteral("max"), tr("Most instances (default 4)."), QStringLiteral("B"));
    p.addOption(QStringLiteral("up"), tr("Scale up at this mean bulkhead saturation, 0..1 (default 0.75)."), QStringLiteral("S"));
    p.addOption(QStringLiteral("down"), tr("Scale down at or below this saturation (default 0.20)."), QStringLiteral("S"));
    p.addOption(QStringLiteral("latency-up-ms"), tr("Scale up at this probe latency p95 (default 500)."), QStringLiteral("MS"));
    p.addOption(QStringLiteral("latency-down-ms"), tr("Scale down at or below this latency (default 100)."), QStringLiteral("MS"));
    p.addOption(QStringLiteral("up-ticks"), tr("Ticks in a row above before scaling up (default 3)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("down-ticks"), tr("Ticks in a row below before scaling down (default 10)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("cooldown-s"), tr("Seconds without change after a scale event (default 30)."), QStringLiteral("S"));
    p.addOption(QStringLiteral("tick-ms"), tr("Milliseconds between probe rounds (default 2000)."), QStringLiteral("MS"));
    p.addOption(QStringLiteral("serve-args"), tr("Extra arguments for each `serve`, space separated (e.g. \"--browse-limit 16 --no-channels\")."),
                QStringLiteral("ARGS"));
    p.addOption(QStringLiteral("name"), tr("This supervisor's name in scale events (default: the backend's)."), QStringLiteral("NAME"));
}

bool readConfig(const Parser &p, stack::Supervisor::Config *c)
{
    int cooldownS = int(c->policy.cooldown.count() / 1000);
    int tickMs = int(c->tickInterval.count());
    if (!intOption(p, QStringLiteral("min"), &c->policy.minInstances) || !intOption(p, QStringLiteral("max"), &c->policy.maxInstances)
        || !doubleOption(p, QStringLiteral("up"), &c->policy.saturationUp)
        || !doubleOption(p, QStringLiteral("down"), &c->policy.saturationDown)
        || !doubleOption(p, QStringLiteral("latency-up-ms"), &c->policy.latencyUpMs)
        || !doubleOption(p, QStringLiteral("latency-down-ms"), &c->policy.latencyDownMs)
        || !intOption(p, QStringLiteral("up-ticks"), &c->policy.ticksAboveToScaleUp)
        || !intOption(p, QStringLiteral("down-ticks"), &c->policy.ticksBelowToScaleDown)
        || !intOption(p, QStringLiteral("cooldown-s"), &cooldownS) || !intOption(p, QStringLiteral("tick-ms"), &tickMs))
        return false;
    c->policy.cooldown = std::chrono::seconds(cooldownS);
    c->tickInterval = std::chrono::milliseconds(std::max(100, tickMs));
    c->backend = p.isSet(QStringLiteral("backend")) ? p.value(QStringLiteral("backend")) : QStringLiteral("serve");
    c->name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : c->backend;
    const QString problem = c->policy.problem();
    if (!problem.isEmpty()) {
        fail(p, Error::make(Error::Kind::BadInput, problem));
        return false;
    }
    return true;
}

void printEvent(const Parser &p, const stack::Supervisor::ScaleEvent &e)
{
    if (p.json()) {
        printJson(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)}, {QStringLiteral("from"), e.from},
                              {QStringLiteral("to"), e.to}, {QStringLiteral("slot"), e.slot}, {QStringLiteral("reason"), e.reason}});
        return;
    }
    out() << e.at.toLocalTime().toString(Qt::ISODate) << "  " << e.from << " -> " << e.to << "  "
          << (e.slot.isEmpty() ? QStringLiteral("-") : e.slot) << "  " << e.reason << '\n';
    out().flush();
}

int autoscale(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stack autoscale --dir DIR [--min A] [--max B] [--up S] [--down S] "
                            "[--latency-up-ms MS] [--latency-down-ms MS] [--up-ticks N] [--down-ticks N] "
                            "[--cooldown-s S] [--tick-ms MS] [--serve-args ARGS] [--db conninfo] [--json]"),
             tr("Keeps between --min and --max `serve` instances behind the stack's HAProxy, adding one when their "
                "bulkheads stay saturated or slow and removing one when the load is well below (docs/autoscale.md)."));
    addOptions(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    if (!p.isSet(QStringLiteral("dir")) && !p.isSet(QStringLiteral("socket")))
        return fail(p, Error::make(Error::Kind::BadInput, tr("Say where the stack is: --dir DIR (or --socket PATH).")));
    stack::Supervisor::Config config;
    if (!readConfig(p, &config))
        return BadInput;
    const QString dir = p.value(QStringLiteral("dir"));
    const QString socket = p.isSet(QStringLiteral("socket")) ? p.value(QStringLiteral("socket"))
                                                             : QDir(dir).filePath(QStringLiteral("haproxy.sock"));

    // Scale events go to the database when there is one; instances need it anyway (BACKROOM_DB).
    std::unique_ptr<db::Connection> conn;
    if (!p.conninfo().isEmpty()) {
        conn = connect(p);
        if (!conn)
            return p.failCode();
    }
    stack::HaproxyRuntime haproxy(socket);
    stack::ServeLauncher launcher({QCoreApplication::applicationFilePath(), p.conninfo(),
                                   p.value(QStringLiteral("serve-args")).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                                   dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("logs")),
                                   std::chrono::milliseconds(10000)});
    resilience::HealthRegistry health;
    stack::Supervisor supervisor(config, haproxy, launcher);
    QObject::connect(&supervisor, &stack::Supervisor::scaled, &supervisor, [&](const stack::Supervisor::ScaleEvent &e) {
        printEvent(p, e);
        if (!conn)
            return;
        auto recorded = stack::recordScaleEvent(*conn, {0, config.name, e.at, e.from, e.to, e.slot, e.reason, {}});
        if (!recorded && !conn->isOk() && conn->reset())   // the database restarted meanwhile
            recorded = stack::recordScaleEvent(*conn, {0, config.name, e.at, e.from, e.to, e.slot, e.reason, {}});
        if (!recorded)
            err() << tr("backroom stack autoscale: could not record the scale event: %1").arg(recorded.error().message) << '\n';
    });
    QObject::connect(&supervisor, &stack::Supervisor::problem, &supervisor, [](const QString &message) {
        err() << "backroom stack autoscale: " << message << '\n';
        err().flush();
    });
    std::unique_ptr<resilience::HealthPublisher> publisher;
    if (conn) {
        supervisor.publishHealthTo(health);
        resilience::HealthPublisher::Config pc;
        pc.conninfo = p.conninfo();
        pc.instance = resilience::HealthInstance::current(QCoreApplication::applicationVersion());
        publisher = std::make_unique<resilience::HealthPublisher>(health, pc);
        publisher->start();
    }
    if (auto started = supervisor.start(); !started)
        return fail(p, started.error());
    if (!p.json()) {
        out() << tr("backroom stack autoscale: %1 to %2 instances in HAProxy backend %3 (%4); Ctrl+C stops them.")
                     .arg(config.policy.minInstances).arg(config.policy.maxInstances).arg(config.backend, socket)
              << '\n';
        out().flush();
    }
    quitOnSignals();
    const int code = QCoreApplication::exec();
    supervisor.stop();
    return code;
}

const bool registered = registerCommand(QStringLiteral("stack autoscale"),
                                        QStringLiteral("keep A..B serve instances behind the stack's HAProxy, by load"),
                                        autoscale);

} // namespace
} // namespace backroom::cli
