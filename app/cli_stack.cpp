// `backroom stack up|down|status`: several `serve` instances behind HAProxy, optionally through
// PgBouncer, on this machine (docs/stack.md).
#include "cli.h"

#include "db/embeddedcluster.h"
#include "stack/stack.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace backroom::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

QString defaultStackDir() { return QFileInfo(db::EmbeddedCluster::defaultRoot()).path() + QStringLiteral("/stack"); }

QString stackDir(const Parser &p)
{
    return p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : defaultStackDir();
}

void addDirOption(Parser &p)
{
    p.addOption(QStringLiteral("dir"), tr("The stack's directory: configs, pid files, logs (default %1).")
                                           .arg(defaultStackDir()), QStringLiteral("DIR"));
}

stack::Stack::Say sayOnStderr()
{
    return [](const QString &line) {
        err() << line << "\n";
        err().flush();
    };
}

// Reads --name as a whole number within [low, high] into *value (left as is when not given).
bool boundedOption(const Parser &p, const QString &name, int low, int high, int *value)
{
    if (!p.isSet(name))
        return true;
    qint64 v = 0;
    if (!p.intValue(name, &v))
        return false;
    if (v < low || v > high) {
        err() << tr("backroom stack: --%1 must be between %2 and %3.").arg(name).arg(low).arg(high) << "\n";
        err().flush();
        return false;
    }
    *value = int(v);
    return true;
}

QJsonObject statusJson(const stack::StackStatus &s)
{
    QJsonArray parts;
    for (const stack::PartStatus &part : s.parts) {
        QJsonObject o{{QStringLiteral("name"), part.name}, {QStringLiteral("running"), part.running},
                      {QStringLiteral("pid"), part.pid}, {QStringLiteral("port"), part.port},
                      {QStringLiteral("health"), part.health}};
        if (part.slot > 0) {
            o.insert(QStringLiteral("slot"), part.slot);
            o.insert(QStringLiteral("server"), stack::haproxyBackend() + QLatin1Char('/') + stack::haproxyServerName(part.slot));
            o.insert(QStringLiteral("requests"), part.requests);
        }
        parts.append(o);
    }
    return QJsonObject{{QStringLiteral("dir"), s.dir}, {QStringLiteral("url"), s.url},
                       {QStringLiteral("all_up"), s.allUp()}, {QStringLiteral("parts"), parts}};
}

void printStatus(const Parser &p, const stack::StackStatus &s)
{
    if (p.json()) {
        printJson(statusJson(s));
        return;
    }
    out() << tr("Stack in %1, store API on %2").arg(s.dir, s.url) << "\n";
    for (const stack::PartStatus &part : s.parts) {
        out() << tr("  %1 %2 pid %3 port %4")
                     .arg(part.name, -10).arg(part.running ? tr("up") : tr("down"), -5)
                     .arg(part.pid, -8).arg(part.port, -6);
        if (!part.health.isEmpty())
            out() << "  " << part.health;
        if (part.slot > 0)
            out() << "  " << tr("(%1 requests)").arg(part.requests);
        out() << "\n";
    }
    out().flush();
}

int up(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stack up [--instances N] [--pgbouncer] [--dir DIR] [--db CONNINFO] "
                            "[--listen 127.0.0.1:8088] [--slots N] [--rate-limit N] [--check-interval MS] [--no-channels]"),
             tr("Starts N `backroom serve` instances behind HAProxy (and PgBouncer with --pgbouncer) "
                            "and returns once HAProxy sends traffic to every one. Run it again to restart parts "
                            "that died."));
    addDirOption(p);
    p.addOption(QStringLiteral("instances"), tr("serve instances to start (default 2)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("pgbouncer"), tr("Put PgBouncer (transaction mode) between the instances and PostgreSQL."));
    p.addOption(QStringLiteral("no-channels"), tr("No instance runs the marketplace sync (another process does, e.g. the demo)."));
    p.addOption(QStringLiteral("database"), tr("Same as --db."), QStringLiteral("CONNINFO"));
    p.addOption(QStringLiteral("listen"), tr("HAProxy's address and port (default 127.0.0.1:8088)."), QStringLiteral("host:port"));
    p.addOption(QStringLiteral("slots"), tr("HAProxy server slots, room to scale out (default 8)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("rate-limit"), tr("Requests per client address per 10 s before 429 (default 300, 0 = off)."),
                tr("N"));
    p.addOption(QStringLiteral("check-interval"), tr("HAProxy's health check period in ms (default 1000)."),
                tr("MS"));
    p.addOption(QStringLiteral("haproxy"), tr("The haproxy program (default: haproxy on PATH)."), QStringLiteral("path"));
    p.addOption(QStringLiteral("pgbouncer-program"), tr("The pgbouncer program (default: on PATH)."), QStringLiteral("path"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;

    stack::StackOptions options;
    options.dir = stackDir(p);
    options.pgbouncer = p.isSet(QStringLiteral("pgbouncer"));
    options.channels = !p.isSet(QStringLiteral("no-channels"));
    options.conninfo = p.isSet(QStringLiteral("database")) ? p.value(QStringLiteral("database")) : p.conninfo();
    options.backroomProgram = QCoreApplication::applicationFilePath();
    if (p.isSet(QStringLiteral("haproxy")))
        options.haproxyProgram = p.value(QStringLiteral("haproxy"));
    if (p.isSet(QStringLiteral("pgbouncer-program")))
        options.pgbouncerProgram = p.value(QStringLiteral("pgbouncer-program"));
    if (!boundedOption(p, QStringLiteral("instances"), 1, 64, &options.instances)
        || !boundedOption(p, QStringLiteral("slots"), 1, 64, &options.haproxySlots)
        || !boundedOption(p, QStringLiteral("rate-limit"), 0, 1000000, &options.rateLimitPer10s)
        || !boundedOption(p, QStringLiteral("check-interval"), 100, 60000, &options.checkIntervalMs))
        return BadInput;
    options.haproxySlots = qMax(options.haproxySlots, options.instances);
    if (p.isSet(QStringLiteral("listen"))
        && !parseListen(p.value(QStringLiteral("listen")), &options.listenAddress, &options.listenPort)) {
        err() << tr("backroom stack up: --listen wants host:port, e.g. 127.0.0.1:8088.") << "\n";
        err().flush();
        return BadInput;
    }
    stack::Stack stack(options.dir, sayOnStderr());
    auto started = stack.up(options);
    if (!started)
        return fail(p, started.error());
    printStatus(p, *started);
    return Ok;
}

int down(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stack down [--dir DIR]"),
             tr("Stops HAProxy, the serve instances and PgBouncer that `stack up` started."));
    addDirOption(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    stack::Stack stack(stackDir(p), sayOnStderr());
    auto stopped = stack.down();
    return stopped ? Ok : fail(p, stopped.error());
}

int status(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stack status [--dir DIR] [--json]"),
             tr("Each part of the stack: running or not, pid, port, and HAProxy's view of each instance. "
                            "Exit 1 unless every part is up."));
    addDirOption(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    stack::Stack stack(stackDir(p));
    auto now = stack.status();
    if (!now)
        return fail(p, now.error());
    printStatus(p, *now);
    return now->allUp() ? Ok : Failed;
}

int stackCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("stack"),
                    {{QStringLiteral("up"), tr("start serve instances behind HAProxy (and PgBouncer)"), up},
                     {QStringLiteral("down"), tr("stop everything `stack up` started"), down},
                     {QStringLiteral("status"), tr("show each part: up/down, pid, port, health"), status}},
                    args);
}

const bool registered = registerCommand(QStringLiteral("stack"),
                                        tr("up, down, status: serve instances behind HAProxy and PgBouncer"),
                                        stackCommand);

} // namespace
} // namespace backroom::cli
