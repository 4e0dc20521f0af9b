#include "chaos/faults.h"
#include "chaos/proxyfault.h"
#include "coretext.h"

#include "db/connection.h"
#include "db/embeddedcluster.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <unistd.h>

#include <algorithm>

namespace backroom::chaos {
namespace {


// Random backends of this database by application_name prefix, never our own nor the spared ones.
constexpr const char *kTerminate =
    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM ("
    "  SELECT pid FROM pg_stat_activity"
    "  WHERE datname = current_database() AND pid <> pg_backend_pid()"
    "    AND application_name LIKE $1 || '%' AND NOT (pid = ANY ($2::int[]))"
    "  ORDER BY random() LIMIT CASE WHEN $3::int > 0 THEN $3::int END) chosen";

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString pidArray(const QList<int> &pids)
{
    QStringList parts;
    for (int pid : pids)
        parts << QString::number(pid);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

// ---- TerminateBackendsFault ----

TerminateBackendsFault::TerminateBackendsFault(QString conninfo, QString applicationPrefix, int count, QList<int> spared)
    : m_conninfo(std::move(conninfo)), m_prefix(std::move(applicationPrefix)), m_count(count), m_spared(std::move(spared))
{
}

QString TerminateBackendsFault::describe() const
{
    return m_count > 0 ? ChaosText::tr("terminate %1 random '%2' database connections").arg(m_count).arg(m_prefix)
                       : ChaosText::tr("terminate every '%1' database connection").arg(m_prefix);
}

Status TerminateBackendsFault::inject()
{
    auto conn = db::Connection::open(m_conninfo);
    if (!conn)
        return conn.error();
    auto done = (*conn)->exec(kTerminate, {m_prefix, pidArray(m_spared), m_count});
    if (!done)
        return done.error();
    m_terminated = int(done->toInt64(0, 0));
    m_injected = true;
    return Done{};
}

Status TerminateBackendsFault::rollback()
{
    m_injected = false;   // clients reconnect by themselves; nothing stays broken
    return Done{};
}

// ---- RestartDatabaseFault ----

// The embedded cluster picks a new port on every start(), which would strand every connection string
// the shop holds. pg_ctl restart reuses the options the server last ran with (postmaster.opts): the same
// port and socket, so clients reconnect to the address they know; it starts a stopped server too.
RestartDatabaseFault::RestartDatabaseFault(db::EmbeddedCluster &cluster) : m_cluster(&cluster)
{
    const auto bindir = db::EmbeddedCluster::findServerBinaries();
    const QString asPostgres = ::geteuid() == 0 ? QStringLiteral("runuser -u postgres -- ") : QString();
    const QString pgCtl = asPostgres + shellQuoted((bindir ? *bindir : QString()) + QStringLiteral("/pg_ctl"))
                          + QStringLiteral(" -D ") + shellQuoted(cluster.dataDir());
    const QString log = QFileInfo(cluster.dataDir()).absolutePath() + QStringLiteral("/server.log");
    m_stopCommand = pgCtl + QStringLiteral(" -m fast -w stop");
    m_startCommand = pgCtl + QStringLiteral(" -w -t 60 -l ") + shellQuoted(log) + QStringLiteral(" -m fast restart");
}

RestartDatabaseFault::RestartDatabaseFault(QString stopCommand, QString startCommand)
    : m_stopCommand(std::move(stopCommand)), m_startCommand(std::move(startCommand))
{
}

QString RestartDatabaseFault::describe() const
{
    return m_cluster ? ChaosText::tr("stop the embedded PostgreSQL (started again on rollback)")
                     : ChaosText::tr("stop PostgreSQL with `%1` (started again with `%2`)").arg(m_stopCommand, m_startCommand);
}

Status RestartDatabaseFault::runCommand(const QString &command)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!shell.waitForFinished(120000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
        return Error::make(Error::Kind::Query, ChaosText::tr("`%1` failed: %2")
                                                   .arg(command, QString::fromUtf8(shell.readAllStandardError()).trimmed()));
    return Done{};
}

Status RestartDatabaseFault::inject()
{
    m_injected = true;   // even a half-done stop must be started again
    return runCommand(m_stopCommand);
}

Status RestartDatabaseFault::rollback()
{
    if (!m_injected)
        return Done{};
    Status started = runCommand(m_startCommand);
    if (started)
        m_injected = false;
    return started;
}

// ---- SandboxFault ----

SandboxFault::SandboxFault(sandbox::Sandbox &box, QString target, QJsonObject changes)
    : m_box(box), m_target(std::move(target)), m_changes(std::move(changes))
{
}

QString SandboxFault::describe() const
{
    if (m_changes.value(QStringLiteral("down")).toBool())
        return ChaosText::tr("%1 down").arg(m_target);
    if (m_changes.contains(QStringLiteral("latency_ms")))
        return ChaosText::tr("%1 slow: +%2 ms per call").arg(m_target).arg(m_changes.value(QStringLiteral("latency_ms")).toInt());
    QStringList keys = m_changes.keys();
    return ChaosText::tr("%1 faults: %2").arg(m_target, keys.join(QStringLiteral(", ")));
}

Status SandboxFault::inject()
{
    Status changed = m_box.changeFaults(m_target, m_changes);
    if (changed)
        m_injected = true;
    return changed;
}

Status SandboxFault::rollback()
{
    if (!m_injected)
        return Done{};
    Status reset = m_box.changeFaults(m_target, QJsonObject{{QStringLiteral("reset"), true}});
    if (reset)
        m_injected = false;
    return reset;
}

// ---- KillProcessFault ----

KillProcessFault::KillProcessFault(QProcess &process) : m_process(process), m_pid(process.processId()) {}

QString KillProcessFault::describe() const
{
    return ChaosText::tr("kill `serve` (pid %1), started again on rollback").arg(m_pid);   // the pid it had when killed
}

Status KillProcessFault::inject()
{
    if (m_process.state() != QProcess::Running)
        return Error::make(Error::Kind::NotFound, ChaosText::tr("The serve instance to kill is not running."));
    m_injected = true;
    m_pid = m_process.processId();
    m_process.kill();
    m_process.waitForFinished(10000);
    return Done{};
}

Status KillProcessFault::rollback()
{
    if (!m_injected)
        return Done{};
    if (m_process.state() == QProcess::NotRunning) {
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return Error::make(Error::Kind::Connection, ChaosText::tr("Could not start `serve` again: %1").arg(m_process.errorString()));
    }
    m_injected = false;
    return Done{};
}

// ---- FaultGuard ----

FaultGuard::~FaultGuard()
{
    rollbackAll();
}

Fault &FaultGuard::add(std::unique_ptr<Fault> fault)
{
    m_faults.push_back(std::move(fault));
    return *m_faults.back();
}

QList<FaultGuard::Outcome> FaultGuard::rollbackAll()
{
    QList<Outcome> outcomes;
    for (auto it = m_faults.rbegin(); it != m_faults.rend(); ++it) {
        if ((*it)->isInjected())
            outcomes.append({(*it)->describe(), (*it)->rollback()});
    }
    return outcomes;
}

bool FaultGuard::anyInjected() const
{
    return std::any_of(m_faults.begin(), m_faults.end(), [](const auto &f) { return f->isInjected(); });
}

// ---- makeFault ----

Result<std::unique_ptr<Fault>> makeFault(const QJsonObject &spec, const FaultContext &context)
{
    const QString type = spec.value(QStringLiteral("type")).toString();
    auto missing = [&](const QString &what) {
        return Error::make(Error::Kind::NotFound, ChaosText::tr("The fault '%1' needs %2, which this run does not have.").arg(type, what));
    };
    if (type == QLatin1String("sandbox")) {
        if (!context.sandbox)
            return missing(ChaosText::tr("the sandbox (gateways and marketplace stand-ins)"));
        return std::unique_ptr<Fault>(std::make_unique<SandboxFault>(*context.sandbox, spec.value(QStringLiteral("target")).toString(),
                                                                     spec.value(QStringLiteral("changes")).toObject()));
    }
    if (type == QLatin1String("terminate_backends")) {
        const QString prefix = spec.value(QStringLiteral("application_name")).toString(QStringLiteral("backroom"));
        return std::unique_ptr<Fault>(std::make_unique<TerminateBackendsFault>(context.conninfo, prefix,
                                                                               spec.value(QStringLiteral("count")).toInt(0)));
    }
    if (type == QLatin1String("restart_database")) {
        if (context.cluster)
            return std::unique_ptr<Fault>(std::make_unique<RestartDatabaseFault>(*context.cluster));
        if (context.restartStopCommand.isEmpty() || context.restartStartCommand.isEmpty())
            return missing(ChaosText::tr("the embedded cluster or the operator's stop and start commands"));
        return std::unique_ptr<Fault>(std::make_unique<RestartDatabaseFault>(context.restartStopCommand, context.restartStartCommand));
    }
    if (type == QLatin1String("kill_serve")) {
        if (!context.serve)
            return missing(ChaosText::tr("a `serve` instance started by this run"));
        return std::unique_ptr<Fault>(std::make_unique<KillProcessFault>(*context.serve));
    }
    if (type == QLatin1String("proxy")) {
        const QString upstream = spec.value(QStringLiteral("upstream")).toString();
        FaultProxy *proxy = context.proxies.value(upstream);
        if (!proxy)
            return missing(ChaosText::tr("a fault proxy in front of '%1' (postgres, or a sandbox gateway or marketplace "
                                         "stand-in that `drill chaos` started)").arg(upstream));
        auto toxics = parseProxyToxics(spec);
        if (!toxics)
            return toxics.error();
        return std::unique_ptr<Fault>(std::make_unique<ProxyFault>(*proxy, upstream, *toxics));
    }
    if (context.extraFaults)
        return context.extraFaults(spec);
    return Error::make(Error::Kind::BadInput, ChaosText::tr("Unknown fault type '%1': sandbox, terminate_backends, restart_database, "
                                                 "kill_serve or proxy.").arg(type));
}

} // namespace backroom::chaos
