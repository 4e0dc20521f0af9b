// `backroom drill chaos`: runs a chaos experiment (docs/chaos.md) against the shop with the sandbox's
// gateways and marketplace stand-ins inside this process, prints the timeline and the report, and saves
// the run (drill_run, kind 'chaos'). Exit codes: 0 passed, 1 failed (or the method was skipped), 2 bad
// input, 5 refused by a guardrail (remote target without --yes, no fresh backup), 130 cancelled.
#include "cli.h"

#include "chaos/chaosrun.h"
#include "chaos/experiment.h"
#include "chaos/faultproxy.h"
#include "channels/channelstatus.h"
#include "db/embeddedcluster.h"
#include "net/httpclient.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "payments/paymentstore.h"
#include "resilience/healthregistry.h"
#include "sandbox/sandbox.h"
#include "sandbox/shoplistings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#endif
#include <QJsonArray>

namespace backroom::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

constexpr int kCancelled = 130;

// A file, or the name of a shipped experiment ("gateway-outage-flash-sale").
QString experimentPath(const QString &given)
{
    if (QFileInfo::exists(given) || given.startsWith(QLatin1Char(':')))
        return given;
    return QStringLiteral(":/experiments/%1.json").arg(given.endsWith(QLatin1String(".json")) ? given.chopped(5) : given);
}

// The sandbox names the experiment's proxy faults stand in front of ("opn", "shopee", ...).
QStringList proxiedSandboxTargets(const chaos::Experiment &e)
{
    QStringList targets;
    const QStringList sandboxNames = sandbox::Sandbox::gatewayNames() + sandbox::Sandbox::marketplaceNames();
    for (const auto &step : e.method) {
        const QString upstream = step.fault.value(QStringLiteral("upstream")).toString();
        if (step.fault.value(QStringLiteral("type")).toString() == QLatin1String("proxy") && sandboxNames.contains(upstream)
            && !targets.contains(upstream))
            targets << upstream;
    }
    return targets;
}

bool usesSandbox(const chaos::Experiment &e)
{
    if (e.load.pay || !proxiedSandboxTargets(e).isEmpty())
        return true;
    return std::any_of(e.method.begin(), e.method.end(), [](const chaos::MethodStep &s) {
        return s.fault.value(QStringLiteral("type")).toString() == QLatin1String("sandbox");
    });
}

// Where a marketplace proxy must listen: the port of the channel's configured URL on this machine, so
// that a `serve` syncing the channel goes through it. 0 with a message when the URL is not local.
Result<quint16> channelPort(db::Connection &conn, const QString &channel)
{
    auto statuses = channels::readChannelStatus(conn);
    if (!statuses)
        return statuses.error();
    for (const auto &s : *statuses) {
        const QUrl url(s.baseUrl);
        if (s.channel != channel || !s.enabled)
            continue;
        const QHostAddress host(url.host());
        if ((url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback())) && url.port() > 0)
            return quint16(url.port());
    }
    return Error::make(Error::Kind::BadInput,
                       tr("The proxy to %1 stands on the port of the channel's URL: enable the channel with a local URL "
                          "(`backroom channels set %1 --url http://127.0.0.1:PORT`) and stop any `backroom sandbox` on it.")
                           .arg(channel));
}

int listShipped(const Parser &p)
{
    QJsonArray list;
    for (const QString &path : chaos::shippedExperiments()) {
        auto e = chaos::loadExperiment(path);
        const QString name = QFileInfo(path).completeBaseName();
        list.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("title"), e ? e->title : QString()}});
        if (!p.json())
            out() << QStringLiteral("%1  %2").arg(name, -28).arg(e ? e->title : e.error().message) << '\n';
    }
    if (p.json())
        printJson(list);
    out().flush();
    return Ok;
}

// What the run needs beyond the database: the sandbox, a router over it, the cluster to restart.
struct Harness {
    std::unique_ptr<sandbox::Sandbox> box;
    std::unique_ptr<db::Connection> ledgerConn;
    std::unique_ptr<payments::ConnectionLedger> ledger;
    std::unique_ptr<net::HttpClient> http;
    resilience::HealthRegistry registry;
    std::unique_ptr<payments::PaymentRouter> router;
    std::unique_ptr<db::EmbeddedCluster> cluster;
    std::vector<std::unique_ptr<chaos::FaultProxy>> proxies;   // die with the process, toxics and all

    // A proxy (no toxic yet) in front of a sandbox server; listenPort 0 = any free port.
    Result<chaos::FaultProxy *> proxyInFrontOf(const QString &name, quint16 listenPort)
    {
        const QUrl upstream = box->baseUrl(name);
        chaos::FaultProxy::Options options;
        options.upstreamHost = upstream.host();
        options.upstreamPort = quint16(upstream.port());
        options.listenPort = listenPort;
        auto proxy = std::make_unique<chaos::FaultProxy>(options);
        if (auto started = proxy->start(); !started)
            return started.error();
        proxies.push_back(std::move(proxy));
        return proxies.back().get();
    }

    Status startSandbox(const QString &conninfo, const QStringList &proxied, chaos::FaultContext &faults)
    {
        auto conn = db::Connection::open(conninfo);
        if (!conn)
            return conn.error();
        ledgerConn = std::move(*conn);
        sandbox::Sandbox::Options options;
        if (auto seeds = sandbox::listingSeedsFromShop(*ledgerConn))
            options.listings = *seeds;   // a `serve` syncing through the proxy finds its products listed
        box = std::make_unique<sandbox::Sandbox>(options);
        if (auto started = box->start(); !started)
            return started;
        QHash<QString, QUrl> gatewayUrls;
        for (const QString &name : proxied) {
            const bool marketplace = sandbox::Sandbox::marketplaceNames().contains(name);
            quint16 listenPort = 0;
            if (marketplace) {
                auto port = channelPort(*ledgerConn, name);
                if (!port)
                    return port.error();
                listenPort = *port;
            }
            auto proxy = proxyInFrontOf(name, listenPort);
            if (!proxy)
                return proxy.error();
            faults.proxies.insert(name, *proxy);
            QUrl through = box->baseUrl(name);
            through.setPort((*proxy)->port());
            gatewayUrls.insert(name, through);
        }
        ledger = std::make_unique<payments::ConnectionLedger>(*ledgerConn);
        http = std::make_unique<net::HttpClient>();
        router = std::make_unique<payments::PaymentRouter>(payments::PaymentRouter::Options{}, *ledger);
        payments::PaymentsConfig config;
        config.opnUrl = gatewayUrls.value(QStringLiteral("opn"), box->baseUrl(QStringLiteral("opn")));
        config.gbpUrl = gatewayUrls.value(QStringLiteral("gbp"), box->baseUrl(QStringLiteral("gbp")));
        if (auto added = payments::addConfiguredGateways(*router, config, *http, payments::sandboxSecrets()); !added)
            return added;
        router->publishHealthTo(registry);
        return Done{};
    }
};

// `backroom serve` as a child of this process, answering before the run starts. It dies with the run: the
// child is killed when the QProcess goes, and kill_serve starts it again on rollback.
Status startServe(QProcess &serve, const QString &conninfo, const QString &listen)
{
    serve.setProgram(QCoreApplication::applicationFilePath());
    serve.setArguments({QStringLiteral("serve"), QStringLiteral("--listen"), listen, QStringLiteral("--db"), conninfo,
                        QStringLiteral("--no-channels")});
    serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#if defined(Q_OS_LINUX)
    serve.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });   // gone with us, even after kill -9
#endif
    serve.start();
    if (!serve.waitForStarted(10000))
        return Error::make(Error::Kind::Connection, tr("Could not start `backroom serve`: %1").arg(serve.errorString()));
    const QUrl health(QStringLiteral("http://%1/health").arg(listen));
    for (int attempt = 0; attempt < 100; ++attempt) {   // up to 10 s for it to listen
        QTcpSocket probe;
        probe.connectToHost(health.host(), quint16(health.port()));
        if (probe.waitForConnected(100))
            return Done{};
        if (serve.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    return Error::make(Error::Kind::Connection, tr("`backroom serve` did not start listening on %1.").arg(listen));
}

void printEvent(const chaos::TimelineEvent &e)
{
    err() << QStringLiteral("%1 s  %2  %3").arg(e.atSeconds, 6, 'f', 2).arg(e.kind, -11).arg(e.detail) << Qt::endl;
}

int chaosCommand(const QStringList &args)
{
    Parser p(QStringLiteral("backroom drill chaos --experiment FILE|NAME [--yes] [--backup-marker FILE] "
                            "[--stop-command CMD --start-command CMD] [--store-url URL | --start-serve PORT] [--no-save] [--json] | --list"),
             tr("Breaks the shop on purpose and judges it: checks the steady state at rest, injects the experiment's "
                "faults while checkouts run, rolls every fault back (also on failure or Ctrl-C), then reports the "
                "timeline, time to recover, the verdict per probe and the money at risk. The gateways and marketplaces "
                "are the sandbox's, inside this process. Exit codes: 0 passed, 1 failed, 5 refused by a guardrail, "
                "130 cancelled."));
    p.addOption(QStringLiteral("experiment"), tr("an experiment file, or a shipped one by name (see --list)"), QStringLiteral("FILE"));
    p.addOption(QStringLiteral("list"), tr("list the shipped experiments"));
    p.addOption(QStringLiteral("yes"), tr("confirm a database that is not on this machine"));
    p.addOption(QStringLiteral("backup-marker"), tr("a backup you made yourself (e.g. a pg_dump file) less than a day old"),
                QStringLiteral("FILE"));
    p.addOption(QStringLiteral("stop-command"), tr("restart_database: how to stop your PostgreSQL (not the embedded one)"),
                QStringLiteral("CMD"));
    p.addOption(QStringLiteral("start-command"), tr("restart_database: how to start it again"), QStringLiteral("CMD"));
    p.addOption(QStringLiteral("store-url"), tr("an HTTP load (\"target\": \"http\") checks out through this `serve`"),
                QStringLiteral("URL"));
    p.addOption(QStringLiteral("start-serve"),
                tr("start a `backroom serve` on 127.0.0.1:PORT for this run (the HTTP load's target, what kill_serve kills); "
                   "it is stopped at the end"),
                QStringLiteral("PORT"));
    p.addOption(QStringLiteral("no-save"), tr("do not save the run in the database"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    if (p.isSet(QStringLiteral("list")))
        return listShipped(p);
    if (!p.requireOptions({"experiment"}))
        return p.failCode();
    auto experiment = chaos::loadExperiment(experimentPath(p.value(QStringLiteral("experiment"))));
    if (!experiment)
        return fail(p, experiment.error());

    chaos::ChaosEnvironment env;
    env.conninfo = p.conninfo();
    env.confirmedRemote = p.isSet(QStringLiteral("yes"));
    env.backupMarker = p.value(QStringLiteral("backup-marker"));
    env.save = !p.isSet(QStringLiteral("no-save"));
    env.faults.restartStopCommand = p.value(QStringLiteral("stop-command"));
    env.faults.restartStartCommand = p.value(QStringLiteral("start-command"));
    if (auto target = chaos::checkTarget(env); !target)
        return fail(p, target.error());
    auto conn = connect(p);   // checks the schema before anything is broken
    if (!conn)
        return p.failCode();

    Harness harness;
    auto demoCluster = std::make_unique<db::EmbeddedCluster>(db::EmbeddedCluster::defaultRoot());
    env.demoShop = demoCluster->isInitialised() && conn->host() == demoCluster->socketDir();
    if (env.demoShop && env.faults.restartStopCommand.isEmpty()) {
        harness.cluster = std::move(demoCluster);
        env.faults.cluster = harness.cluster.get();
    }
    if (usesSandbox(*experiment)) {
        if (auto started = harness.startSandbox(env.conninfo, proxiedSandboxTargets(*experiment), env.faults); !started)
            return fail(p, started.error());
        env.faults.sandbox = harness.box.get();
        env.router = harness.router.get();
        env.registry = &harness.registry;
    }

    env.storeUrl = QUrl(p.value(QStringLiteral("store-url")));
    QProcess serve;
    if (p.isSet(QStringLiteral("start-serve"))) {
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(p.value(QStringLiteral("start-serve")).toUInt());
        if (auto started = startServe(serve, env.conninfo, listen); !started)
            return fail(p, started.error());
        env.faults.serve = &serve;
        env.storeUrl = QUrl(QStringLiteral("http://") + listen);
    }

    chaos::ChaosRun run(*experiment, env);
    if (!p.json())
        QObject::connect(&run, &chaos::ChaosRun::timelineEvent, &run, &printEvent);
    QObject::connect(&run, &chaos::ChaosRun::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    if (auto started = run.start(); !started)
        return fail(p, started.error());
    quitOnSignals();
    if (run.isRunning())
        QCoreApplication::exec();
    if (run.isRunning()) {   // Ctrl-C: roll back now, then wait for the report
        run.cancel();
        QEventLoop loop;
        QObject::connect(&run, &chaos::ChaosRun::finished, &loop, &QEventLoop::quit);
        if (run.isRunning())
            loop.exec();
    }
    const chaos::ChaosReport &report = run.report();
    if (p.json()) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("run_id"), report.savedRunId);
        printJson(json);
    } else {
        out() << report.toText();
        if (report.savedRunId > 0)
            out() << tr("Saved as run %1 (`backroom drill show %1`).").arg(report.savedRunId) << '\n';
        out().flush();
    }
    if (report.cancelled)
        return kCancelled;
    return report.passed() ? Ok : Failed;
}

const bool registeredChaos = registerCommand(
    QStringLiteral("drill chaos"), QStringLiteral("break the shop on purpose (an experiment), judge it, say what money was at risk"),
    chaosCommand);

} // namespace
} // namespace backroom::cli
