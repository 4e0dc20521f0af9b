// Chaos experiments on the real test PostgreSQL with the sandbox in-process: each fault is seen by a
// probe while it is in and not after its rollback; a fragile payment setup (one gateway, no fallback)
// fails the gateway-outage experiment the normal setup passes; cutting connections and restarting
// PostgreSQL during checkout loses no acknowledged order and oversells nothing; rollbacks run after a
// failure and a cancel; the guardrails refuse a remote target and a shop without a fresh backup; a
// steady state that fails at rest skips the method. Runs are short (seconds) and use the system clock:
// the load is real time by nature; waits are QSignalSpy::wait, never sleeps.
#include "testdb.h"

#include "chaos/chaosrun.h"
#include "chaos/experiment.h"
#include "chaos/faults.h"
#include "chaos/moneyatrisk.h"
#include "net/httpclient.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "payments/paymentstore.h"
#include "resilience/healthregistry.h"
#include "sandbox/sandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QtTest>

using namespace backroom;
using backroom::test::must;
using std::chrono::milliseconds;

namespace {

// A shop with two products and plenty of stock.
QString freshShop()
{
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    auto conn = test::connectOrDie(conninfo);
    must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1)");
    must(*conn, "INSERT INTO product (sku, name, price_satang) VALUES ('TS-RED', 'T-Shirt Red', 19900), "
                "('RICE-5KG', 'Jasmine Rice 5kg', 25050)");
    must(*conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 100000 FROM product p, bin b");
    return conninfo;
}

chaos::Experiment shipped(const QString &name)
{
    auto e = chaos::loadExperiment(QStringLiteral(":/experiments/%1.json").arg(name));
    if (!e)
        qFatal("shipped experiment %s: %s", qPrintable(name), qPrintable(e.error().message));
    return *e;
}

// Shortens an experiment's phases for a test run.
void shorten(chaos::Experiment &e, milliseconds atRest, milliseconds pause, milliseconds recovery)
{
    e.load.atRest = atRest;
    e.load.recovery = recovery;
    for (auto &step : e.method)
        if (step.type == chaos::MethodStep::Type::Pause)
            step.pause = pause;
}

const chaos::ProbeResult *probeNamed(const QList<chaos::ProbeResult> &results, const QString &kind)
{
    for (const auto &r : results)
        if (r.kind == kind)
            return &r;
    return nullptr;
}

bool timelineHas(const chaos::ChaosReport &report, const QString &kind)
{
    return std::any_of(report.timeline.begin(), report.timeline.end(), [&](const auto &e) { return e.kind == kind; });
}

// Runs to the end (or fails the wait).
chaos::ChaosReport runToEnd(chaos::ChaosRun &run, int timeoutMs = 60000)
{
    QSignalSpy finished(&run, &chaos::ChaosRun::finished);
    const Status started = run.start();
    if (!started)
        qWarning("chaos run did not start: %s", qPrintable(started.error().message));
    else if (!finished.wait(timeoutMs))
        qWarning("chaos run did not finish in time");
    return run.report();
}

// The sandbox, a payment router over it (recording on its own connection) and a health registry.
struct Payments {
    std::unique_ptr<sandbox::Sandbox> box;
    std::unique_ptr<db::Connection> ledgerConn;
    std::unique_ptr<payments::ConnectionLedger> ledger;
    std::unique_ptr<net::HttpClient> http;
    resilience::HealthRegistry registry;
    std::unique_ptr<payments::PaymentRouter> router;

    bool start(const QString &conninfo, bool fragile)
    {
        sandbox::Sandbox::Options options;
        options.tickMs = 0;
        box = std::make_unique<sandbox::Sandbox>(options);
        if (!box->start().ok())
            return false;
        ledgerConn = test::connectOrDie(conninfo);
        ledger = std::make_unique<payments::ConnectionLedger>(*ledgerConn);
        http = std::make_unique<net::HttpClient>();
        payments::PaymentRouter::Options routing;
        if (fragile)
            routing.routes = {{payments::PaymentMethod::PromptPay, {QStringLiteral("opn")}}};
        router = std::make_unique<payments::PaymentRouter>(routing, *ledger);
        payments::PaymentsConfig config;
        config.opnUrl = box->baseUrl(QStringLiteral("opn"));
        config.gbpUrl = box->baseUrl(QStringLiteral("gbp"));
        config.timeout = milliseconds(3000);
        if (fragile)
            config.routes = routing.routes;
        payments::GatewayPolicy policy;
        policy.breaker.slidingWindowSize = 6;
        policy.breaker.minimumNumberOfCalls = 4;
        // Short, so that the recovery window sees the gateway again once its outage is rolled back.
        policy.breaker.breakDuration = resilience::CircuitBreakerConfig::fixedBreak(milliseconds(300));
        policy.bulkhead.maxConcurrentCalls = 32;
        if (!payments::addConfiguredGateways(*router, config, *http, payments::sandboxSecrets(), policy).ok())
            return false;
        router->publishHealthTo(registry);
        return true;
    }
};

chaos::ChaosEnvironment demoEnvironment(const QString &conninfo)
{
    chaos::ChaosEnvironment env;
    env.conninfo = conninfo;
    env.demoShop = true;
    return env;
}

} // namespace

class TestChaos : public QObject {
    Q_OBJECT

private slots:
    void shipsThreeExperimentsThatParse()
    {
        const QStringList paths = chaos::shippedExperiments();
        QCOMPARE(paths.size(), 3);
        for (const QString &path : paths) {
            auto e = chaos::loadExperiment(path);
            QVERIFY2(e.ok(), qPrintable(path + QStringLiteral(": ") + (e ? QString() : e.error().message)));
            QVERIFY(!e->probes.isEmpty());
            QVERIFY(!e->method.isEmpty());
        }
    }

    void refusesABadExperimentNamingTheField()
    {
        auto e = chaos::parseExperiment(QJsonObject{
            {QStringLiteral("title"), QStringLiteral("x")},
            {QStringLiteral("steady-state-hypothesis"),
             QJsonObject{{QStringLiteral("probes"), QJsonArray{QJsonObject{{QStringLiteral("probe"), QStringLiteral("vibes")}}}}}}});
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, Error::Kind::BadInput);
        QVERIFY(e.error().message.contains(QStringLiteral("probes[0]")));
    }

    void probeWithNothingMeasuredNeverPasses()
    {
        chaos::Probe lag{QStringLiteral("lag"), chaos::ProbeKind::SyncLagSeconds, std::nullopt, 60.0, QString()};
        chaos::Measurements nothing;
        QVERIFY(!chaos::judgeProbe(lag, nothing).passed);
        nothing.syncLagSeconds.insert(QStringLiteral("shopee"), 5);
        QVERIFY(chaos::judgeProbe(lag, nothing).passed);
        nothing.syncLagSeconds.insert(QStringLiteral("lazada"), 61);
        QVERIFY(!chaos::judgeProbe(lag, nothing).passed);   // the worst channel counts
    }

    void moneyAtRiskNamesEachKind()
    {
        using chaos::GatewayCharge;
        using chaos::SavedAttempt;
        const QList<GatewayCharge> charges{
            {QStringLiteral("opn"), QStringLiteral("k1"), QStringLiteral("successful"), 10000},   // fine
            {QStringLiteral("opn"), QStringLiteral("k2"), QStringLiteral("successful"), 20000},   // no record
            {QStringLiteral("opn"), QStringLiteral("k3"), QStringLiteral("pending"), 30000},      // order 3, first
            {QStringLiteral("gbp"), QStringLiteral("k3b"), QStringLiteral("successful"), 30000},  // order 3 again
            {QStringLiteral("opn"), QStringLiteral("k5"), QStringLiteral("failed"), 50000},       // took nothing
        };
        const QList<SavedAttempt> attempts{
            {1, QStringLiteral("opn"), QStringLiteral("k1"), QStringLiteral("successful"), 10000},
            {3, QStringLiteral("opn"), QStringLiteral("k3"), QStringLiteral("pending"), 30000},
            {3, QStringLiteral("gbp"), QStringLiteral("k3b"), QStringLiteral("successful"), 30000},
            {4, QStringLiteral("gbp"), QStringLiteral("k4"), QStringLiteral("successful"), 40000},   // never charged
        };
        const chaos::MoneyAtRisk risk = chaos::reconcileMoney(charges, attempts);
        QCOMPARE(risk.chargedButNotSaved.size(), 1);
        QCOMPARE(risk.chargedButNotSaved.first().idempotencyKey, QStringLiteral("k2"));
        QCOMPARE(risk.chargedTwice.size(), 1);
        QCOMPARE(risk.chargedTwice.first().orderId, qint64(3));
        QCOMPARE(risk.savedButNotCharged.size(), 1);
        QCOMPARE(risk.savedButNotCharged.first().orderId, qint64(4));
        QVERIFY(!risk.clean());
        QVERIFY(risk.plainWords().contains(QStringLiteral("200.00")));
        QVERIFY(chaos::reconcileMoney(charges.mid(0, 1), attempts.mid(0, 1)).clean());
    }

    void refusesARemoteTargetUnlessConfirmed()
    {
        const QString conninfo = freshShop();
        auto conn = test::connectOrDie(conninfo);
        chaos::ChaosEnvironment env = demoEnvironment(QStringLiteral("host=10.20.30.40 dbname=shop"));
        auto refused = chaos::checkGuardrails(env, *conn);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        env.confirmedRemote = true;
        QVERIFY(chaos::checkGuardrails(env, *conn).ok());

        // A whole run against the remote string is refused before anything is loaded or injected.
        chaos::ChaosEnvironment remote = demoEnvironment(conninfo + QStringLiteral(" host=10.20.30.40"));
        chaos::ChaosRun remoteRun(shipped(QStringLiteral("database-restart-checkout")), remote);
        auto started = remoteRun.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().kind, Error::Kind::Permission);
        QVERIFY(!remoteRun.isRunning());
    }

    void refusesAShopWithoutAFreshBackup()
    {
        const QString conninfo = freshShop();
        auto conn = test::connectOrDie(conninfo);
        chaos::ChaosEnvironment env = demoEnvironment(conninfo);
        env.demoShop = false;
        auto refused = chaos::checkGuardrails(env, *conn);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);

        QTemporaryFile dump;   // the operator's own pg_dump, made just now
        QVERIFY(dump.open());
        env.backupMarker = dump.fileName();
        QVERIFY(chaos::checkGuardrails(env, *conn).ok());

        must(*conn, "INSERT INTO backroom_data.backup_run (kind, started_at, finished_at, ok) "
                    "VALUES ('base', now() - interval '1 hour', now() - interval '50 minutes', true)");
        env.backupMarker.clear();
        QVERIFY(chaos::checkGuardrails(env, *conn).ok());
    }

    void faultGuardRollsBackWhenItGoes()
    {
        sandbox::Sandbox box(sandbox::Sandbox::Options{});
        QVERIFY(box.start().ok());
        {
            chaos::FaultGuard guard;
            auto &fault = guard.add(std::make_unique<chaos::SandboxFault>(
                box, QStringLiteral("gbp"), QJsonObject{{QStringLiteral("error_rate"), 1.0}}));
            QVERIFY(fault.inject().ok());
            QCOMPARE(box.server(QStringLiteral("gbp"))->faults().errorRate, 1.0);
        }
        QCOMPARE(box.server(QStringLiteral("gbp"))->faults().errorRate, 0.0);
    }

    // A marketplace stand-in's latency fault: a call takes longer while it is in, not after rollback.
    void marketplaceLatencyFaultProvesItself()
    {
        sandbox::Sandbox box(sandbox::Sandbox::Options{});
        QVERIFY(box.start().ok());
        QNetworkAccessManager nam;
        auto timedCall = [&] {
            QElapsedTimer timer;
            timer.start();
            QNetworkRequest request(QUrl(box.baseUrl(QStringLiteral("shopee")).toString() + QStringLiteral("/api/v2/shop/get_shop_info")));
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(10000);
            return timer.elapsed();
        };
        chaos::SandboxFault slow(box, QStringLiteral("shopee"), QJsonObject{{QStringLiteral("latency_ms"), 400}});
        QVERIFY(slow.inject().ok());
        QVERIFY(timedCall() >= 400);
        QVERIFY(slow.rollback().ok());
        QVERIFY(timedCall() < 400);
    }

    // Terminating backends: a Backroom connection dies while the fault is in; a new one works after.
    void terminateBackendsFaultProvesItself()
    {
        const QString conninfo = freshShop();
        auto victim = test::connectOrDie(conninfo);   // application_name "backroom"
        auto spared = test::connectOrDie(conninfo);
        chaos::TerminateBackendsFault cut(conninfo, QStringLiteral("backroom"), 0, {spared->backendPid()});
        QVERIFY(cut.inject().ok());
        QVERIFY(cut.terminated() >= 1);
        QVERIFY(!victim->exec("SELECT 1").ok());
        QVERIFY(spared->exec("SELECT 1").ok());
        QVERIFY(cut.rollback().ok());
        QVERIFY(test::connectOrDie(conninfo)->exec("SELECT 1").ok());
    }

    void skipsTheMethodWhenTheSteadyStateFailsAtRest()
    {
        const QString conninfo = freshShop();
        Payments pay;
        QVERIFY(pay.start(conninfo, false));
        chaos::Experiment e = shipped(QStringLiteral("gateway-outage-flash-sale"));
        shorten(e, milliseconds(800), milliseconds(500), milliseconds(300));
        e.probes.append(chaos::Probe{QStringLiteral("impossible"), chaos::ProbeKind::CheckoutP95Ms, std::nullopt, -1.0, QString()});
        chaos::ChaosEnvironment env = demoEnvironment(conninfo);
        env.faults.sandbox = pay.box.get();
        env.router = pay.router.get();
        env.save = false;
        chaos::ChaosRun run(e, env);
        const auto report = runToEnd(run);
        QVERIFY(!report.steadyAtRest);
        QVERIFY(!report.methodRun);
        QVERIFY(!timelineHas(report, QStringLiteral("fault_in")));
        QVERIFY(!report.passed());
        QVERIFY(!pay.box->server(QStringLiteral("opn"))->faults().down);
    }

    // The normal setup (opn then gbp for PromptPay) keeps taking payments while opn is down; the fragile
    // one (opn alone) does not, and the payment probe sees it while opn is down and not after.
    void gatewayOutageFailsOnlyTheFragileSetup_data()
    {
        QTest::addColumn<bool>("fragile");
        QTest::newRow("normal: two gateways") << false;
        QTest::newRow("fragile: one gateway, no fallback") << true;
    }

    void gatewayOutageFailsOnlyTheFragileSetup()
    {
        QFETCH(bool, fragile);
        const QString conninfo = freshShop();
        Payments pay;
        QVERIFY(pay.start(conninfo, fragile));
        chaos::Experiment e = shipped(QStringLiteral("gateway-outage-flash-sale"));
        shorten(e, milliseconds(1000), milliseconds(2000), milliseconds(1500));
        e.load.ratePerSecond = 8;
        e.abort.minSuccessRate = 0;
        chaos::ChaosEnvironment env = demoEnvironment(conninfo);
        env.faults.sandbox = pay.box.get();
        env.router = pay.router.get();
        env.registry = &pay.registry;
        chaos::ChaosRun run(e, env);
        const auto report = runToEnd(run);
        qInfo().noquote() << report.toText();
        QVERIFY2(report.steadyAtRest, qPrintable(report.toText()));
        QVERIFY(report.methodRun);
        QVERIFY(timelineHas(report, QStringLiteral("fault_in")));
        QVERIFY(timelineHas(report, QStringLiteral("fault_out")));
        QVERIFY(!pay.box->server(QStringLiteral("opn"))->faults().down);   // rolled back
        QVERIFY(report.verdictRead && report.verdict.passed());
        QVERIFY2(report.money.clean(), qPrintable(report.money.plainWords()));
        QVERIFY(report.savedRunId > 0);

        const auto &during = report.windows[size_t(chaos::Window::Fault)];
        const auto &after = report.windows[size_t(chaos::Window::Recovery)];
        QVERIFY(during.payments > 0 && after.payments > 0);
        // Gone after rollback: a whole second of the recovery back at the tolerance (the breaker may
        // reject a few calls first while it half-opens).
        QVERIFY2(report.timeToRecoverSeconds >= 0, qPrintable(report.toText()));
        const auto *paymentProbe = probeNamed(report.duringMethod, QStringLiteral("payment_success_rate"));
        QVERIFY(paymentProbe);
        if (fragile) {
            QVERIFY2(during.paymentSuccessRate() < 0.5, qPrintable(report.toText()));   // seen while on
            QVERIFY(!paymentProbe->passed);
            QVERIFY(!report.passed());
            QVERIFY(timelineHas(report, QStringLiteral("rejected")));
        } else {
            QVERIFY2(during.paymentSuccessRate() >= 0.95, qPrintable(report.toText()));
            QVERIFY2(report.passed(), qPrintable(report.toText()));
        }
    }

    void rollsBackAfterAFailedInjection()
    {
        const QString conninfo = freshShop();
        sandbox::Sandbox box(sandbox::Sandbox::Options{});
        QVERIFY(box.start().ok());
        chaos::Experiment e = shipped(QStringLiteral("gateway-outage-flash-sale"));
        e.load.pay = false;
        e.probes = {chaos::Probe{QStringLiteral("ok"), chaos::ProbeKind::CheckoutSuccessRate, 0.5, std::nullopt, QString()}};
        e.rollbacks.clear();
        shorten(e, milliseconds(500), milliseconds(300), milliseconds(300));
        chaos::MethodStep broken;
        broken.type = chaos::MethodStep::Type::Action;
        broken.fault = QJsonObject{{QStringLiteral("type"), QStringLiteral("sandbox")}, {QStringLiteral("target"), QStringLiteral("nowhere")},
                                   {QStringLiteral("changes"), QJsonObject{{QStringLiteral("down"), true}}}};
        e.method.insert(1, broken);   // opn down, then a fault that cannot go in
        chaos::ChaosEnvironment env = demoEnvironment(conninfo);
        env.faults.sandbox = &box;
        env.save = false;
        chaos::ChaosRun run(e, env);
        const auto report = runToEnd(run);
        QVERIFY(!report.failure.isEmpty());
        QVERIFY(timelineHas(report, QStringLiteral("fault_error")));
        QVERIFY(timelineHas(report, QStringLiteral("fault_out")));
        QVERIFY(!box.server(QStringLiteral("opn"))->faults().down);
        QVERIFY(!report.passed());
    }

    void rollsBackWhenCancelled()
    {
        const QString conninfo = freshShop();
        sandbox::Sandbox box(sandbox::Sandbox::Options{});
        QVERIFY(box.start().ok());
        chaos::Experiment e = shipped(QStringLiteral("slow-marketplace"));
        e.probes = {chaos::Probe{QStringLiteral("ok"), chaos::ProbeKind::CheckoutSuccessRate, 0.5, std::nullopt, QString()}};
        e.rollbacks.clear();
        shorten(e, milliseconds(500), milliseconds(60000), milliseconds(300));
        chaos::ChaosEnvironment env = demoEnvironment(conninfo);
        env.faults.sandbox = &box;
        env.save = false;
        chaos::ChaosRun run(e, env);
        connect(&run, &chaos::ChaosRun::timelineEvent, &run, [&](const chaos::TimelineEvent &event) {
            if (event.kind == QLatin1String("fault_in")) {
                QCOMPARE(box.server(QStringLiteral("shopee"))->faults().latencyMs, 1500);   // in
                QTimer::singleShot(200, &run, &chaos::ChaosRun::cancel);
            }
        });
        const auto report = runToEnd(run, 20000);
        QVERIFY(report.cancelled);
        QVERIFY(timelineHas(report, QStringLiteral("fault_out")));
        QCOMPARE(box.server(QStringLiteral("shopee"))->faults().latencyMs, 0);
        QVERIFY(!report.passed());
    }

    // Last: it stops and starts the test cluster's PostgreSQL.
    void cuttingConnectionsAndRestartingLosesNoAcknowledgedOrder()
    {
        const QString conninfo = freshShop();
        chaos::Experiment e = shipped(QStringLiteral("database-restart-checkout"));
        shorten(e, milliseconds(1000), milliseconds(1000), milliseconds(2500));
        chaos::ChaosEnvironment env = demoEnvironment(conninfo);
        env.faults.cluster = &test::TestCluster::instance().cluster();
        chaos::ChaosRun run(e, env);
        const auto report = runToEnd(run, 120000);
        qInfo().noquote() << report.toText();
        QVERIFY2(report.methodRun, qPrintable(report.toText()));
        QVERIFY2(report.rollbackErrors.isEmpty(), qPrintable(report.toText()));
        QVERIFY2(report.verdictRead && report.verdict.passed(), qPrintable(report.toText()));
        const auto &during = report.windows[size_t(chaos::Window::Fault)];
        const auto &after = report.windows[size_t(chaos::Window::Recovery)];
        QVERIFY2(during.checkoutsOk < during.checkouts, qPrintable(report.toText()));   // seen while on
        QVERIFY2(after.checkouts > 0 && after.checkoutSuccessRate() >= 0.9, qPrintable(report.toText()));
        QVERIFY(timelineHas(report, QStringLiteral("reconnect")));
        QVERIFY(report.timeToRecoverSeconds >= 0);
        auto conn = test::connectOrDie(conninfo);   // the server is back where it was
        QVERIFY(conn->exec("SELECT 1").ok());
        QVERIFY2(report.passed(), qPrintable(report.toText()));
    }
};

QTEST_MAIN(TestChaos)
#include "tst_chaos.moc"
