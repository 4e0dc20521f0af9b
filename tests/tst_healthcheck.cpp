// The shop health check (core/healthcheck, `backroom health-check`): Unknown where nothing was measured,
// Yes / No from saved drills, component health and searches run for real on seeded products.

#include "testdb.h"

#include "drills/runstore.h"
#include "healthcheck/healthcheck.h"
#include "inventory/demoseed.h"
#include "resilience/componenthealth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace backroom;
using namespace std::chrono_literals;
using healthcheck::Answer;
using healthcheck::Item;
using test::connectOrDie;
using test::must;

namespace {

QDateTime fixedNow() { return QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC); }

healthcheck::ItemResult itemOf(const QList<healthcheck::ItemResult> &results, Item item)
{
    for (const auto &r : results)
        if (r.item == item)
            return r;
    qFatal("item %d missing from the health check", int(item));
}

// A load drill's report as `drill load` saves it: browse and search answered with these p95s.
drills::DrillRun loadRun(const QString &scenario, bool passed, const QDateTime &at, double browseP95Ms, double searchP95Ms)
{
    drills::LoadDrillReport report;
    report.model = drills::LoadDrillConfig::Model::Open;
    report.connections = 8;
    report.seconds = 30;
    report.intended = 3000;
    report.started = 3000;
    report.acknowledged = 1200;
    auto latency = [](qint64 count, double p95Ms) {
        resilience::LatencyHistogram::Summary s;
        s.count = count;
        s.p50 = std::chrono::microseconds(qint64(p95Ms * 300));
        s.p90 = std::chrono::microseconds(qint64(p95Ms * 800));
        s.p95 = std::chrono::microseconds(qint64(p95Ms * 1000));
        s.p99 = s.max = s.p999 = std::chrono::microseconds(qint64(p95Ms * 1500));
        s.mean = s.p50;
        return s;
    };
    report.operations[int(drills::Operation::Checkout)] = {1200, 300, 0, latency(1500, 40)};
    report.operations[int(drills::Operation::Browse)] = {900, 0, 0, latency(900, browseP95Ms)};
    report.operations[int(drills::Operation::Search)] = {600, 0, 0, latency(600, searchP95Ms)};
    report.latency = latency(1500, 40);
    drills::Verdict verdict;
    if (!passed)
        verdict.violations.append({QStringLiteral("oversold"), QStringLiteral("SKU TS-RED-M: sold 12, stocked 10")});

    drills::DrillRun run;
    run.kind = QStringLiteral("load");
    run.scenario = scenario;
    run.startedAt = at;
    run.passed = passed;
    run.params = QJsonObject{{QStringLiteral("scenario"), scenario}, {QStringLiteral("model"), QStringLiteral("open")},
                             {QStringLiteral("rate"), 100}, {QStringLiteral("duration_ms"), 30000}};
    run.report = drills::loadRunReportJson(report, verdict, {});
    return run;
}

} // namespace

class TestHealthCheck : public QObject {
    Q_OBJECT

    QString m_db;
    std::unique_ptr<db::Connection> m_conn;

    QList<healthcheck::ItemResult> check(const QDateTime &now = fixedNow())
    {
        healthcheck::HealthCheckOptions options;
        options.now = now;
        auto results = healthcheck::runHealthCheck(*m_conn, options);
        if (!results)
            qFatal("health check failed: %s", qPrintable(results.error().message));
        return *results;
    }

    void save(const drills::DrillRun &run)
    {
        auto id = drills::saveDrillRun(*m_conn, run);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    }

    void seedProducts()
    {
        inventory::SeedOptions options;
        options.products = 60;
        options.bins = 20;
        auto seeded = inventory::seedDemo(*m_conn, options);
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
    }

    void publishServe(const QList<resilience::ComponentSnapshot> &components)
    {
        auto conn = connectOrDie(m_db);   // a writer prepares its statement once per connection: one per instance
        resilience::ComponentHealthWriter writer(*conn);
        auto written = writer.publish(resilience::HealthInstance::current(QStringLiteral("test")), 5s, components);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    }

    static resilience::ComponentSnapshot gateway(const QString &name, const QString &state, const QStringList &methods)
    {
        resilience::ComponentSnapshot s;
        s.name = QStringLiteral("gateway:") + name;
        s.kind = resilience::ComponentKind::Gateway;
        s.state = state;
        s.stateSince = QDateTime::currentDateTimeUtc();
        s.extra = QJsonObject{{QStringLiteral("methods"), QJsonArray::fromStringList(methods)}};
        return s;
    }

    // A chaos run as ChaosRun saves it: the experiment's id and tags in its params.
    static drills::DrillRun chaosRun(const QString &title, const QStringList &tags, bool passed)
    {
        drills::DrillRun run;
        run.kind = QStringLiteral("chaos");
        run.scenario = title;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.passed = passed;
        run.params = QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
        run.report = QJsonObject{{QStringLiteral("passed"), passed}, {QStringLiteral("method_run"), true}};
        return run;
    }

    static resilience::ComponentSnapshot serve()
    {
        resilience::ComponentSnapshot s;
        s.name = QStringLiteral("serve");
        s.kind = resilience::ComponentKind::Serve;
        s.state = QStringLiteral("UP");
        s.stateSince = QDateTime::currentDateTimeUtc();
        return s;
    }

private slots:
    void init()
    {
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = connectOrDie(m_db);
    }

    void freshDatabaseAnswersUnknownNeverYes()
    {
        const auto results = check();
        QCOMPARE(results.size(), healthcheck::kItemCount);
        for (const auto &r : results) {
            QVERIFY2(r.answer != Answer::Yes, qPrintable(healthcheck::itemKey(r.item) + QStringLiteral(": ") + r.figure));
            QCOMPARE(r.answer, Answer::Unknown);
            QVERIFY(!r.measuredAt.isValid());
            QVERIFY(!r.figure.isEmpty());
            QVERIFY(!r.advice.isEmpty());
        }
        QVERIFY(!healthcheck::allYes(results));
    }

    void passingFlashSaleDrillAnswersItemsOneTwoAndTen()
    {
        const QDateTime at = fixedNow().addDays(-2);
        save(loadRun(QStringLiteral("flash-sale"), true, at, 180, 320));
        const auto results = check();

        const auto fast = itemOf(results, Item::StoreApiFast);
        QCOMPARE(fast.answer, Answer::Yes);
        QVERIFY2(fast.figure.contains(QStringLiteral("180 ms")) && fast.figure.contains(QStringLiteral("320 ms")), qPrintable(fast.figure));
        QCOMPARE(fast.measuredAt.date(), at.date());

        const auto flash = itemOf(results, Item::FlashSaleStability);
        QCOMPARE(flash.answer, Answer::Yes);
        QVERIFY2(flash.figure.contains(QStringLiteral("100 checkouts/s")), qPrintable(flash.figure));
        QCOMPARE(flash.measuredAt.date(), at.date());
        QVERIFY(flash.advice.isEmpty());

        const auto regular = itemOf(results, Item::RegularLoadTesting);
        QCOMPARE(regular.answer, Answer::Yes);
        QVERIFY2(regular.figure.contains(QStringLiteral("2 day")), qPrintable(regular.figure));
        QCOMPARE(regular.measuredAt.date(), at.date());
    }

    void slowPagesAnswerStoreApiNo()
    {
        save(loadRun(QStringLiteral("normal-day"), true, fixedNow().addDays(-1), 2600, 300));
        const auto fast = itemOf(check(), Item::StoreApiFast);
        QCOMPARE(fast.answer, Answer::No);
        QVERIFY(fast.figure.contains(QStringLiteral("2600 ms")));
        QVERIFY(!fast.advice.isEmpty());
        // A normal-day drill says nothing about a flash sale.
        QCOMPARE(itemOf(check(), Item::FlashSaleStability).answer, Answer::Unknown);
    }

    void failingFlashSaleDrillAnswersNoWithAdvice()
    {
        save(loadRun(QStringLiteral("flash-sale"), true, fixedNow().addDays(-5), 100, 100));
        save(loadRun(QStringLiteral("flash-sale"), false, fixedNow().addDays(-1), 100, 100));   // the newest decides
        const auto flash = itemOf(check(), Item::FlashSaleStability);
        QCOMPARE(flash.answer, Answer::No);
        QVERIFY2(flash.figure.contains(QStringLiteral("failed")), qPrintable(flash.figure));
        QVERIFY2(flash.advice.contains(QStringLiteral("drill show")), qPrintable(flash.advice));
    }

    void staleDrillAnswersRegularLoadTestingNo()
    {
        save(loadRun(QStringLiteral("flash-sale"), true, fixedNow().addDays(-31), 100, 100));
        const auto regular = itemOf(check(), Item::RegularLoadTesting);
        QCOMPARE(regular.answer, Answer::No);
        QVERIFY2(regular.figure.contains(QStringLiteral("31 day")), qPrintable(regular.figure));
        QVERIFY(!regular.advice.isEmpty());
        // One day younger and it is Yes again: the boundary is the 30 days.
        QCOMPARE(itemOf(check(fixedNow().addDays(-2)), Item::RegularLoadTesting).answer, Answer::Yes);
    }

    void typoSearchIsMeasuredOnSeededProducts()
    {
        seedProducts();
        const auto typo = itemOf(check(), Item::TypoTolerantSearch);
        QVERIFY2(typo.answer == Answer::Yes, qPrintable(typo.figure));
        QVERIFY2(typo.figure.startsWith(QStringLiteral("3 of 3")), qPrintable(typo.figure));
        QVERIFY(typo.measuredAt.isValid());

        for (const auto &m : healthcheck::fixedMisspellings())
            QVERIFY2(typo.figure.contains(m.typed), qPrintable(typo.figure));
    }

    void mobilePayloadsAreMeasuredAndTheStorefrontNamedOutside()
    {
        seedProducts();
        const auto mobile = itemOf(check(), Item::MobileFirst);
        QCOMPARE(mobile.answer, Answer::Yes);
        QVERIFY2(mobile.figure.contains(QStringLiteral("outside Backroom")), qPrintable(mobile.figure));
        QVERIFY2(mobile.figure.contains(QStringLiteral("KiB")), qPrintable(mobile.figure));
    }

    void publishedGatewaysAnswerPaymentsApiAndScaling()
    {
        const QStringList all{QStringLiteral("promptpay"), QStringLiteral("card"), QStringLiteral("truemoney"), QStringLiteral("shopeepay")};
        publishServe({serve(), gateway(QStringLiteral("opn"), QStringLiteral("CLOSED"), all),
                      gateway(QStringLiteral("gbp"), QStringLiteral("CLOSED"), {QStringLiteral("promptpay"), QStringLiteral("card")})});
        const auto results = check(QDateTime());   // staleness judged now: the heartbeat is fresh
        QCOMPARE(itemOf(results, Item::ApiFirst).answer, Answer::Yes);
        QCOMPARE(itemOf(results, Item::SuperWallet).answer, Answer::Yes);
        const auto fallback = itemOf(results, Item::PaymentFallback);
        QCOMPARE(fallback.answer, Answer::No);   // truemoney and shopeepay have one gateway each
        QVERIFY2(fallback.advice.contains(QStringLiteral("truemoney")), qPrintable(fallback.advice));
        const auto scaling = itemOf(results, Item::Scaling);
        QCOMPARE(scaling.answer, Answer::No);    // one instance
        QVERIFY2(scaling.figure.contains(QStringLiteral("1 healthy")), qPrintable(scaling.figure));

        // Two gateways for every method and a second instance: fallback waits for a chaos drill, scaling is Yes.
        publishServe({serve(), gateway(QStringLiteral("opn"), QStringLiteral("CLOSED"), all),
                      gateway(QStringLiteral("gbp"), QStringLiteral("CLOSED"), all)});
        auto again = check(QDateTime());
        QCOMPARE(itemOf(again, Item::Scaling).answer, Answer::Yes);
        QCOMPARE(itemOf(again, Item::PaymentFallback).answer, Answer::Unknown);
        save(chaosRun(QStringLiteral("Gateway outage during a flash sale"), {QStringLiteral("gateway_outage")}, true));
        QCOMPARE(itemOf(check(QDateTime()), Item::PaymentFallback).answer, Answer::Yes);
    }

    // Item 4 finds the gateway-outage drill by its experiment's tag, not by words in its title: a
    // database-restart run called "gateway ..." proves nothing; a tagged run with any title does; a run
    // whose method was skipped at rest proves nothing either.
    void paymentFallbackMatchesTheGatewayOutageTag()
    {
        const QStringList all{QStringLiteral("promptpay"), QStringLiteral("card"), QStringLiteral("truemoney"), QStringLiteral("shopeepay")};
        publishServe({serve(), gateway(QStringLiteral("opn"), QStringLiteral("CLOSED"), all),
                      gateway(QStringLiteral("gbp"), QStringLiteral("CLOSED"), all)});
        save(chaosRun(QStringLiteral("gateway box reboot"), {QStringLiteral("database_restart")}, true));
        QCOMPARE(itemOf(check(QDateTime()), Item::PaymentFallback).answer, Answer::Unknown);
        drills::DrillRun skipped = chaosRun(QStringLiteral("Fallback test"), {QStringLiteral("gateway_outage")}, false);
        skipped.report.insert(QStringLiteral("method_run"), false);
        save(skipped);
        QCOMPARE(itemOf(check(QDateTime()), Item::PaymentFallback).answer, Answer::Unknown);
        save(chaosRun(QStringLiteral("Card processor unplugged"), {QStringLiteral("gateway_outage")}, false));
        const auto failed = itemOf(check(QDateTime()), Item::PaymentFallback);
        QCOMPARE(failed.answer, Answer::No);
        QVERIFY(!failed.advice.isEmpty());
        save(chaosRun(QStringLiteral("Card processor unplugged"), {QStringLiteral("gateway_outage")}, true));
        QCOMPARE(itemOf(check(QDateTime()), Item::PaymentFallback).answer, Answer::Yes);
    }

    // Item 3 from the push log's lag: Unknown with no successful push, Yes under the budget, No over it.
    void realTimeSyncAnswersFromTheLagOfRealPushes()
    {
        seedProducts();
        must(*m_conn, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, ok, outcome, error) "
                      "SELECT 'shopee', id, 1, false, 'retry', 'timeout' FROM backroom_data.product LIMIT 5");
        QCOMPARE(itemOf(check(QDateTime()), Item::RealTimeSync).answer, Answer::Unknown);   // failures only
        must(*m_conn, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, ok, outcome, lag_ms, latency_ms, at) "
                      "SELECT 'shopee', id, 2, true, 'acked', 150 + id % 100, 40, now() - interval '10 minutes' "
                      "FROM backroom_data.product");
        const auto fine = itemOf(check(QDateTime()), Item::RealTimeSync);
        QCOMPARE(fine.answer, Answer::Yes);
        QVERIFY(fine.measuredAt.isValid());
        QVERIFY2(fine.figure.contains(QStringLiteral("shopee")), qPrintable(fine.figure));
        must(*m_conn, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, ok, outcome, lag_ms, latency_ms, at) "
                      "SELECT 'lazada', id, 3, true, 'acked', 4000, 1500, now() - interval '5 minutes' FROM backroom_data.product");
        const auto slow = itemOf(check(QDateTime()), Item::RealTimeSync);
        QCOMPARE(slow.answer, Answer::No);
        QVERIFY2(slow.figure.contains(QStringLiteral("lazada")), qPrintable(slow.figure));
        QVERIFY(slow.advice.contains(QStringLiteral("lazada")));
        // Older than the window: not measured any more.
        QCOMPARE(itemOf(check(QDateTime::currentDateTimeUtc().addDays(3)), Item::RealTimeSync).answer, Answer::Unknown);
    }

    void cliJsonRoundTrip()
    {
        save(loadRun(QStringLiteral("flash-sale"), true, QDateTime::currentDateTimeUtc().addDays(-1), 150, 250));
        QProcess p;
        p.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("health-check"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);   // not everything is Yes on a test database
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json[QStringLiteral("all_yes")].toBool(true), false);
        const QJsonArray items = json[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), healthcheck::kItemCount);
        QCOMPARE(items[0].toObject()[QStringLiteral("item")].toString(), QStringLiteral("store_api_fast"));
        QCOMPARE(items[0].toObject()[QStringLiteral("answer")].toString(), QStringLiteral("yes"));
        QVERIFY(!items[0].toObject()[QStringLiteral("measured_at")].toString().isEmpty());
        QCOMPARE(items[1].toObject()[QStringLiteral("answer")].toString(), QStringLiteral("yes"));
        QCOMPARE(items[2].toObject()[QStringLiteral("answer")].toString(), QStringLiteral("unknown"));
        QVERIFY(items[2].toObject()[QStringLiteral("measured_at")].isNull());
        QCOMPARE(items[9].toObject()[QStringLiteral("item")].toString(), QStringLiteral("regular_load_testing"));
        QCOMPARE(items[9].toObject()[QStringLiteral("answer")].toString(), QStringLiteral("yes"));

        QProcess text;
        text.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("health-check"), QStringLiteral("--db"), m_db});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 1);
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("YES")) && printed.contains(QStringLiteral("UNKNOWN")), qPrintable(printed));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
