// The drill's plan around the engine, against the real test PostgreSQL: k6-style thresholds (parse and
// evaluate), scenarios set up and undone (flash sale on then off, hot SKU units exact), saved runs
// (save / list / load), the shoot-out runner (rows with verdicts, prompt cancel), and `backroom drill`
// end to end (healthy run saved, missed threshold, broken checkout caught, cleanup, remote refused, Ctrl-C).
#include "testdb.h"
#include "drills/runstore.h"
#include "drills/scenario.h"
#include "drills/shootout.h"
#include "drills/threshold.h"
#include "drills/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>
#include <csignal>

using namespace backroom;
using namespace backroom::drills;
using backroom::test::must;
using Ms = std::chrono::milliseconds;

namespace {

constexpr const char *kAddProduct =
    "INSERT INTO backroom_data.product (sku, name, price_satang) VALUES ($1, $2, 2500) RETURNING id";
constexpr const char *kAddBin = "INSERT INTO backroom_data.bin (code, zone, pick_seq) VALUES ($1, 'A', $2) RETURNING id";

// Minimal stand-ins for migration 009's drill functions, created ONLY where the real ones are missing
// (before the buckets branch is merged); with 009 in place the tests run against the real ones.
constexpr const char *kHasDrillFunctions =
    "SELECT to_regprocedure('drill_hot_skus(integer,integer)') IS NOT NULL, "
    "       to_regprocedure('drill_cleanup()') IS NOT NULL, "
    "       to_regprocedure('drill_run_save(text,text,jsonb,jsonb,boolean,timestamptz)') IS NOT NULL";
constexpr const char *kFixtureHotSkus = R"SQL(
CREATE FUNCTION public.drill_hot_skus(p_count integer, p_units integer) RETURNS SETOF text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_sku text; v_product bigint; v_bin integer; v_order bigint;
BEGIN
    INSERT INTO bin (code, zone, pick_seq) VALUES ('DRILL', 'DRILL', 1000000) ON CONFLICT (code) DO NOTHING;
    SELECT id INTO v_bin FROM bin WHERE code = 'DRILL';
    PERFORM set_config('backroom.reason', 'drill', true);
    FOR i IN 1 .. p_count LOOP
        v_sku := format('DRILL-HOT-%s', lpad(i::text, 2, '0'));
        INSERT INTO product (sku, name, price_satang) VALUES (v_sku, format('Drill hot item %s', i), 100)
            ON CONFLICT (sku) DO NOTHING;
        SELECT id INTO v_product FROM product WHERE sku = v_sku;
        PERFORM flash_sale_off(v_sku);
        FOR v_order IN SELECT DISTINCT o.id FROM orders o JOIN order_line l ON l.order_id = o.id
                        WHERE o.channel = 'drill' AND o.status = 'reserved' AND l.product_id = v_product ORDER BY 1 LOOP
            PERFORM cancel_order(v_order, 'drill reset');
        END LOOP;
        INSERT INTO stock (product_id, bin_id, on_hand) VALUES (v_product, v_bin, p_units)
            ON CONFLICT (product_id, bin_id) DO UPDATE SET on_hand = stock.reserved + p_units;
        RETURN NEXT v_sku;
    END LOOP;
END $$;
)SQL";
constexpr const char *kFixtureCleanup = R"SQL(
CREATE FUNCTION public.drill_cleanup() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_order bigint; v_ids bigint[];
BEGIN
    FOR v_order IN SELECT id FROM orders WHERE channel = 'drill' AND status = 'reserved' ORDER BY id LOOP
        PERFORM cancel_order(v_order, 'drill cleanup');
    END LOOP;
    SELECT array_agg(id) INTO v_ids FROM orders WHERE channel = 'drill' AND paid_at IS NULL;
    IF v_ids IS NULL THEN RETURN 0; END IF;
    DELETE FROM payment_attempt WHERE order_id = ANY (v_ids);
    DELETE FROM order_allocation WHERE order_id = ANY (v_ids);
    DELETE FROM order_line WHERE order_id = ANY (v_ids);
    DELETE FROM orders WHERE id = ANY (v_ids);
    RETURN cardinality(v_ids);
END $$;
)SQL";
constexpr const char *kFixtureRunStore = R"SQL(
CREATE TABLE backroom_data.drill_run (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('load', 'shootout', 'chaos')),
    scenario text, started_at timestamptz, finished_at timestamptz NOT NULL DEFAULT now(),
    passed boolean, actor text NOT NULL DEFAULT session_user, params jsonb, report jsonb);
CREATE VIEW public.drill_run AS SELECT * FROM backroom_data.drill_run;
CREATE FUNCTION public.drill_run_save(p_kind text, p_scenario text, p_params jsonb, p_report jsonb, p_passed boolean,
                                      p_started timestamptz) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    INSERT INTO backroom_data.drill_run (kind, scenario, params, report, passed, started_at)
    VALUES (p_kind, p_scenario, p_params, p_report, p_passed, coalesce(p_started, now())) RETURNING id
$$;
)SQL";

// A checkout that skips the guard: it records the allocation but never reserves the units, so a SKU
// with 5 units "sells" as many as are asked for. The CHECK on stock cannot see it; the verdict must.
constexpr const char *kBreakCheckout = R"SQL(
CREATE OR REPLACE FUNCTION backroom_data.reserve_line(p_order bigint, p_product bigint, p_sku text, p_qty integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO backroom_data.order_allocation (order_id, product_id, bin_id, qty)
    SELECT p_order, p_product, s.bin_id, p_qty FROM backroom_data.stock s
     WHERE s.product_id = p_product ORDER BY s.bin_id LIMIT 1;
END $$;
)SQL";

LoadDrillReport handMadeReport()
{
    LoadDrillReport r;
    r.seconds = 10;
    r.acknowledged = 900;
    r.outOfStock = 80;
    r.otherErrors.insert(QStringLiteral("40P01"), 15);
    r.indeterminate = 5;           // errors: 20 of 1000 answers = 2 %
    r.dropped = 3;
    r.conflicts = 7;
    r.latency.count = 980;
    r.latency.p50 = Ms(4);
    r.latency.p90 = Ms(20);
    r.latency.p95 = Ms(40);
    r.latency.p99 = Ms(250);
    r.latency.p999 = Ms(900);
    r.latency.max = Ms(1500);
    r.latency.mean = Ms(9);
    return r;                      // throughput: (900 + 80) / 10 = 98 per second
}

} // namespace

class TstDrillPlan : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_conn;
    int m_bins = 0;

    qint64 addProduct(const QString &sku, int onHand)
    {
        const qint64 id = must(*m_conn, kAddProduct, {sku, sku}).toInt64(0, 0);
        ++m_bins;
        const int bin = must(*m_conn, kAddBin, {QStringLiteral("P%1").arg(m_bins), m_bins}).toInt(0, 0);
        must(*m_conn, "SELECT set_config('backroom.reason', 'receive', false)");
        must(*m_conn, "INSERT INTO backroom_data.stock (product_id, bin_id, on_hand) VALUES ($1, $2, $3)", {id, bin, onHand});
        return id;
    }

    void script(const char *sql)
    {
        auto done = m_conn->execScript(QString::fromUtf8(sql));
        if (!done)
            qFatal("script failed: %s", qPrintable(done.error().message));
    }

    void installMissingDrillFunctions()
    {
        const auto present = must(*m_conn, kHasDrillFunctions);
        if (!present.toBool(0, 0))
            script(kFixtureHotSkus);
        if (!present.toBool(0, 1))
            script(kFixtureCleanup);
        if (!present.toBool(0, 2))
            script(kFixtureRunStore);
    }

    // Units a buyer can still get of the SKU: free on the stock rows plus free in its flash-sale buckets.
    qint64 availableUnits(const QString &sku)
    {
        return must(*m_conn,
                    "SELECT coalesce(sum(s.on_hand - s.reserved), 0) "
                    "     + coalesce((SELECT sum(b.allotted - b.taken) FROM backroom_data.stock_bucket b "
                    "                  JOIN backroom_data.product p ON p.id = b.product_id WHERE p.sku = $1), 0) "
                    "FROM backroom_data.stock s JOIN backroom_data.product p ON p.id = s.product_id WHERE p.sku = $1",
                    {sku})
            .toInt64(0, 0);
    }

    qint64 flashSalesOn()
    {
        return must(*m_conn, "SELECT count(*) FROM backroom_data.flash_sale").toInt64(0, 0);
    }

    qint64 drillOrders()
    {
        return must(*m_conn, "SELECT count(*) FROM backroom_data.orders WHERE channel = 'drill'").toInt64(0, 0);
    }

    struct CliRun {
        int code = -1;
        QByteArray out, err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    CliRun runCli(QStringList args, const QByteArray &input = {})
    {
        if (!args.contains(QStringLiteral("--db")))
            args << QStringLiteral("--db") << m_db;
        QProcess p;
        p.start(QStringLiteral(BACKROOM_BIN), args);
        if (!input.isNull())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        CliRun run;
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    static QString describe(const CliRun &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(run.code).arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
    }

private slots:
    void init()
    {
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = test::connectOrDie(m_db);
        m_bins = 0;
        installMissingDrillFunctions();
    }

    // ---- thresholds ----

    void parsesThresholds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("op");
        QTest::addColumn<double>("value");
        QTest::newRow("p95 ms") << "p95<500ms" << "p95" << int(Threshold::Op::Less) << 500.0;
        QTest::newRow("p99.9 s") << "p99.9<=1s" << "p99.9" << int(Threshold::Op::LessOrEqual) << 1000.0;
        QTest::newRow("bare ms") << " max < 2000 " << "max" << int(Threshold::Op::Less) << 2000.0;
        QTest::newRow("us") << "p50<250us" << "p50" << int(Threshold::Op::Less) << 0.25;
        QTest::newRow("percent") << "errors<1%" << "errors" << int(Threshold::Op::Less) << 0.01;
        QTest::newRow("fraction") << "error_rate<0.01" << "errors" << int(Threshold::Op::Less) << 0.01;
        QTest::newRow("rate") << "rate>=1000" << "rate" << int(Threshold::Op::GreaterOrEqual) << 1000.0;
        QTest::newRow("rate per s") << "rate>50/s" << "rate" << int(Threshold::Op::Greater) << 50.0;
        QTest::newRow("dropped") << "dropped==0" << "dropped" << int(Threshold::Op::Equal) << 0.0;
        QTest::newRow("upper case") << "P99<1s" << "p99" << int(Threshold::Op::Less) << 1000.0;
        QTest::newRow("p999") << "p999<800ms" << "p99.9" << int(Threshold::Op::Less) << 800.0;
    }

    void parsesThresholds()
    {
        QFETCH(QString, text);
        QFETCH(QString, metric);
        QFETCH(int, op);
        QFETCH(double, value);
        auto parsed = parseThreshold(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->metric, metric);
        QCOMPARE(int(parsed->op), op);
        QCOMPARE(parsed->value, value);
        QCOMPARE(parsed->text, text.trimmed());
    }

    void refusesBadThresholds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << "p95<500ms";
        QTest::newRow("no operator") << "p95 500ms" << "p95<500ms";
        QTest::newRow("unknown metric") << "p42<5ms" << "unknown metric";
        QTest::newRow("latency unit") << "p95<5kg" << "p95<500ms";
        QTest::newRow("percent on latency") << "p95<5%" << "ms, s or us";
        QTest::newRow("error rate above 1") << "errors<5" << "fraction";
        QTest::newRow("error rate above 100%") << "errors<150%" << "100%";
        QTest::newRow("unit on count") << "dropped<5ms" << "no unit";
        QTest::newRow("negative") << "p95<-5ms" << "p95<500ms";
        QTest::newRow("single =") << "dropped=0" << "p95<500ms";
    }

    void refusesBadThresholds()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto parsed = parseThreshold(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::BadInput);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(text), qPrintable(parsed.error().message));
    }

    void evaluatesThresholdsOnAReport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("actual");
        QTest::addColumn<bool>("passed");
        QTest::newRow("p95 under") << "p95<500ms" << 40.0 << true;
        QTest::newRow("p95 over") << "p95<30ms" << 40.0 << false;
        QTest::newRow("p99 in s") << "p99<0.2s" << 250.0 << false;
        QTest::newRow("p99.9 at limit, <=") << "p99.9<=900ms" << 900.0 << true;
        QTest::newRow("p99.9 at limit, <") << "p99.9<900ms" << 900.0 << false;
        QTest::newRow("max") << "max<2s" << 1500.0 << true;
        QTest::newRow("mean") << "mean<5ms" << 9.0 << false;
        QTest::newRow("errors 2% < 5%") << "errors<5%" << 0.02 << true;
        QTest::newRow("errors 2% < 1%") << "errors<1%" << 0.02 << false;
        QTest::newRow("rate") << "rate>=98" << 98.0 << true;
        QTest::newRow("rate too low") << "rate>100" << 98.0 << false;
        QTest::newRow("dropped") << "dropped==0" << 3.0 << false;
        QTest::newRow("conflicts") << "conflicts<10" << 7.0 << true;
    }

    void evaluatesThresholdsOnAReport()
    {
        QFETCH(QString, text);
        QFETCH(double, actual);
        QFETCH(bool, passed);
        const auto threshold = parseThreshold(text);
        QVERIFY(threshold);
        const ThresholdResult result = evaluateThreshold(*threshold, handMadeReport());
        QVERIFY2(qAbs(result.actual - actual) < 1e-9, qPrintable(QString::number(result.actual)));
        QCOMPARE(result.passed, passed);
    }

    void thresholdListPassesOnlyWhenEveryOnePasses()
    {
        const auto report = handMadeReport();
        const QList<Threshold> good{*parseThreshold(QStringLiteral("p95<500ms")), *parseThreshold(QStringLiteral("errors<5%"))};
        QVERIFY(allPassed(evaluateThresholds(good, report)));
        QList<Threshold> mixed = good;
        mixed << *parseThreshold(QStringLiteral("p50<0.001ms"));
        const auto results = evaluateThresholds(mixed, report);
        QCOMPARE(results.size(), 3);
        QVERIFY(!allPassed(results));
        const QJsonArray json = thresholdResultsJson(results);
        QCOMPARE(json.at(2)[QStringLiteral("passed")].toBool(), false);
        QCOMPARE(json.at(2)[QStringLiteral("actual")].toDouble(), 4.0);
        QCOMPARE(json.at(1)[QStringLiteral("unit")].toString(), QStringLiteral("fraction"));
        QVERIFY(allPassed({}));
    }

    // ---- scenarios ----

    void flashSaleScenarioSetsUpExactUnitsAndUndoes()
    {
        ScenarioOptions options;
        options.hotSkus = 2;
        options.hotUnits = 37;
        options.buckets = 4;
        LoadDrillConfig config;
        config.buyers = 77;
        auto setup = prepareScenario(*m_conn, Scenario::FlashSale, options, &config);
        QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().message));
        QCOMPARE(config.skus, QStringList({QStringLiteral("DRILL-HOT-01"), QStringLiteral("DRILL-HOT-02")}));
        QCOMPARE(setup->flashSaleSkus, config.skus);
        QCOMPARE(config.buyers, 77);                       // the caller's load model is kept
        QCOMPARE(config.mix.checkout, 80);
        QCOMPARE(config.mix.browse, 20);
        QCOMPARE(config.mix.search, 0);
        QCOMPARE(flashSalesOn(), qint64(2));
        for (const QString &sku : config.skus) {
            QCOMPARE(availableUnits(sku), qint64(37));
            QCOMPARE(must(*m_conn, "SELECT count(*) FROM backroom_data.stock_bucket b JOIN backroom_data.product p "
                                   "ON p.id = b.product_id WHERE p.sku = $1", {sku}).toInt(0, 0), 4);
        }

        // A buyer takes 3 units; the scenario ends; the sale is off and the units stay where they are.
        must(*m_conn, "SELECT place_order('[{\"sku\": \"DRILL-HOT-01\", \"qty\": 3}]'::jsonb, NULL, 'drill')");
        QVERIFY(finishScenario(*m_conn, *setup));
        QCOMPARE(flashSalesOn(), qint64(0));
        QCOMPARE(availableUnits(QStringLiteral("DRILL-HOT-01")), qint64(34));
        QCOMPARE(availableUnits(QStringLiteral("DRILL-HOT-02")), qint64(37));
        QVERIFY(finishScenario(*m_conn, *setup));          // twice is fine
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM checkout_violations()").toInt(0, 0), 0);

        // The next flash sale starts from exactly its units again, the earlier drill order released.
        options.hotUnits = 5;
        auto again = prepareScenario(*m_conn, Scenario::FlashSale, options, &config);
        QVERIFY(again);
        QCOMPARE(availableUnits(QStringLiteral("DRILL-HOT-01")), qint64(5));
        QVERIFY(finishScenario(*m_conn, *again));
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM checkout_violations()").toInt(0, 0), 0);
    }

    void normalDayScenarioUsesTheBusiestRealProducts()
    {
        addProduct(QStringLiteral("TEA"), 50);
        addProduct(QStringLiteral("RICE"), 500);
        must(*m_conn, "UPDATE backroom_data.product SET name = 'Jasmine rice 5 kg' WHERE sku = 'RICE'");
        addProduct(QStringLiteral("EMPTY"), 0);
        ScenarioOptions options;
        options.hotSkus = 1;
        LoadDrillConfig hot;   // a drill SKU with more stock than TEA exists, and must not be picked
        auto flash = prepareScenario(*m_conn, Scenario::FlashSale, options, &hot);
        QVERIFY(flash);
        QVERIFY(finishScenario(*m_conn, *flash));
        LoadDrillConfig config;
        auto setup = prepareScenario(*m_conn, Scenario::NormalDay, options, &config);
        QVERIFY(setup);
        QCOMPARE(config.skus, QStringList({QStringLiteral("RICE"), QStringLiteral("TEA")}));   // no drill SKU, none empty
        QCOMPARE(config.mix.checkout, 10);
        QCOMPARE(config.mix.browse, 70);
        QCOMPARE(config.mix.search, 20);
        QCOMPARE(config.searchTerms, QStringList({QStringLiteral("jasmine"), QStringLiteral("tea")}));
        QVERIFY(setup->flashSaleSkus.isEmpty());
        QVERIFY(finishScenario(*m_conn, *setup));
    }

    void shootoutIsNotASingleRunScenario()
    {
        LoadDrillConfig config;
        auto setup = prepareScenario(*m_conn, Scenario::Shootout, {}, &config);
        QVERIFY(!setup);
        QCOMPARE(setup.error().kind, Error::Kind::BadInput);
        QVERIFY(scenarioFromName(QStringLiteral("flash-sale")) == Scenario::FlashSale);
        QVERIFY(!scenarioFromName(QStringLiteral("black-friday")));
        QVERIFY(!scenarioDescription(Scenario::NormalDay).isEmpty());
    }

    // ---- saved runs ----

    void savedRunsRoundTrip()
    {
        DrillRun first;
        first.kind = QStringLiteral("load");
        first.scenario = QStringLiteral("flash-sale");
        first.startedAt = QDateTime::currentDateTimeUtc().addSecs(-12);
        first.passed = true;
        first.params = QJsonObject{{QStringLiteral("buyers"), 64}};
        first.report = QJsonObject{{QStringLiteral("acknowledged"), 1234}, {QStringLiteral("verdict"), QStringLiteral("pass")}};
        auto firstId = saveDrillRun(*m_conn, first);
        QVERIFY2(firstId, qPrintable(firstId ? QString() : firstId.error().message));
        DrillRun second = first;
        second.kind = QStringLiteral("shootout");
        second.passed = false;
        auto secondId = saveDrillRun(*m_conn, second);
        QVERIFY(secondId);
        QVERIFY(*secondId > *firstId);

        auto list = listDrillRuns(*m_conn);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, *secondId);               // newest first
        QCOMPARE(list->at(1).id, *firstId);
        QCOMPARE(listDrillRuns(*m_conn, 1)->size(), 1);

        auto loaded = loadDrillRun(*m_conn, *firstId);
        QVERIFY(loaded);
        QCOMPARE(loaded->kind, first.kind);
        QCOMPARE(loaded->scenario, first.scenario);
        QCOMPARE(loaded->passed, true);
        QCOMPARE(loaded->params, first.params);
        QCOMPARE(loaded->report, first.report);
        QCOMPARE(loaded->startedAt, first.startedAt);
        QVERIFY(loaded->finishedAt >= loaded->startedAt);
        QCOMPARE(loaded->finishedAt.timeSpec(), Qt::UTC);
        QVERIFY(!loaded->actor.isEmpty());

        auto missing = loadDrillRun(*m_conn, *secondId + 100);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    // ---- the shoot-out ----

    void shootoutProducesARowWithAVerdictPerStrategy()
    {
        ShootoutConfig config;
        config.conninfo = m_db;
        config.buyerCounts = {4};
        config.maxConnections = 2;
        config.durationPerRun = Ms(400);
        config.strategies = {StockStrategy::GuardedUpdate, StockStrategy::Buckets};
        config.buckets = 4;
        config.hotUnits = 100000;
        ShootoutRunner runner(config, *m_conn);
        QCOMPARE(runner.totalRuns(), 2);
        QSignalSpy started(&runner, &ShootoutRunner::runStarted);
        QSignalSpy rowDone(&runner, &ShootoutRunner::rowFinished);
        QSignalSpy finished(&runner, &ShootoutRunner::finished);
        auto ok = runner.start();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!runner.isRunning());
        QCOMPARE(started.count(), 2);
        QCOMPARE(rowDone.count(), 2);
        QCOMPARE(runner.rows().size(), 2);
        QCOMPARE(runner.rows().at(0).strategy, StockStrategy::GuardedUpdate);
        QCOMPARE(runner.rows().at(1).strategy, StockStrategy::Buckets);
        for (const ShootoutRow &row : runner.rows()) {
            QVERIFY2(row.verdictPassed, qPrintable(row.violations.join(QLatin1Char('\n'))));
            QCOMPARE(row.buyers, 4);
            QCOMPARE(row.connections, 2);
            QVERIFY(row.successes > 0);
            QVERIFY(row.attempts >= row.successes);
            QVERIFY(row.ordersPerSecond > 0);
            QVERIFY(row.latency.p99 > Ms(0));
            const QJsonObject json = shootoutRowJson(row);
            QCOMPARE(json[QStringLiteral("verdict")].toString(), QStringLiteral("pass"));
            QCOMPARE(json[QStringLiteral("successes")].toInteger(), row.successes);
        }
        QCOMPARE(flashSalesOn(), qint64(0));               // the Buckets run turned its sale off
        QVERIFY(!runner.start());                          // once per runner
    }

    void shootoutCancelStopsPromptlyAndSkipsTheRest()
    {
        ShootoutConfig config;
        config.conninfo = m_db;
        config.buyerCounts = {4, 8};
        config.maxConnections = 2;
        config.durationPerRun = Ms(60000);
        config.strategies = {StockStrategy::Buckets, StockStrategy::GuardedUpdate};
        config.buckets = 4;
        config.hotUnits = 100000;
        ShootoutRunner runner(config, *m_conn);
        QSignalSpy finished(&runner, &ShootoutRunner::finished);
        QVERIFY(runner.start());
        QTRY_VERIFY_WITH_TIMEOUT(drillOrders() > 0, 10000);
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(runner.rows().size(), 1);                 // the cancelled run, judged; the other three skipped
        QVERIFY2(runner.rows().at(0).verdictPassed, qPrintable(runner.rows().at(0).violations.join(QLatin1Char('\n'))));
        QCOMPARE(flashSalesOn(), qint64(0));
    }

    void shootoutRefusesBadConfig()
    {
        ShootoutConfig config;
        config.conninfo = m_db;
        config.strategies.clear();
        QCOMPARE(ShootoutRunner(config, *m_conn).start().error().kind, Error::Kind::BadInput);
        config = ShootoutConfig{};
        config.conninfo = QStringLiteral("host=192.0.2.10 dbname=shop");
        QCOMPARE(ShootoutRunner(config, *m_conn).start().error().kind, Error::Kind::Permission);
        config.conninfo = m_db;
        config.buyerCounts = {0};
        QCOMPARE(ShootoutRunner(config, *m_conn).start().error().kind, Error::Kind::BadInput);
    }

    // ---- the command line ----

    void cliHealthyDrillExitsZeroAndSavesTheRun()
    {
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const CliRun run = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--buyers"), QStringLiteral("4"),
                                   QStringLiteral("--duration"), QStringLiteral("400ms"), QStringLiteral("--connections"),
                                   QStringLiteral("2"), QStringLiteral("--sku"), QStringLiteral("PLENTY"),
                                   QStringLiteral("--threshold"), QStringLiteral("p99<30s"), QStringLiteral("--threshold"),
                                   QStringLiteral("errors<1%"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(describe(run)));
        const QJsonObject json = run.json();
        QCOMPARE(json[QStringLiteral("verdict")].toString(), QStringLiteral("pass"));
        QVERIFY(json[QStringLiteral("acknowledged")].toInteger() > 0);
        QCOMPARE(json[QStringLiteral("thresholds")].toArray().size(), 2);
        QVERIFY(json[QStringLiteral("thresholds_passed")].toBool());
        const qint64 id = json[QStringLiteral("run_id")].toInteger();
        QVERIFY2(id > 0, qPrintable(describe(run)));

        auto saved = loadDrillRun(*m_conn, id);
        QVERIFY(saved);
        QCOMPARE(saved->kind, QStringLiteral("load"));
        QCOMPARE(saved->scenario, QStringLiteral("custom"));
        QVERIFY(saved->passed);
        QCOMPARE(saved->report[QStringLiteral("acknowledged")].toInteger(), json[QStringLiteral("acknowledged")].toInteger());
        QCOMPARE(saved->params[QStringLiteral("buyers")].toInt(), 4);

        const CliRun list = runCli({QStringLiteral("drill"), QStringLiteral("runs"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray runs = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0)[QStringLiteral("id")].toInteger(), id);
        const CliRun text = runCli({QStringLiteral("drill"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(text.code == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.contains("Verdict: PASS") && text.out.contains("threshold p99<30s: passed"), text.out.constData());
        QCOMPARE(runCli({QStringLiteral("drill"), QStringLiteral("show"), QString::number(id + 1)}).code, 2);

        // --no-save: a report, no new run.
        const CliRun unsaved = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--rate"), QStringLiteral("40"),
                                       QStringLiteral("--duration"), QStringLiteral("300ms"), QStringLiteral("--sku"),
                                       QStringLiteral("PLENTY"), QStringLiteral("--no-save")});
        QVERIFY2(unsaved.code == 0, qPrintable(describe(unsaved)));
        QVERIFY(unsaved.out.contains("Verdict: PASS"));
        QVERIFY(!unsaved.out.contains("Saved as run"));
        QCOMPARE(listDrillRuns(*m_conn)->size(), 1);
    }

    void cliMissedThresholdExitsSix()
    {
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const CliRun run = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--buyers"), QStringLiteral("2"),
                                   QStringLiteral("--duration"), QStringLiteral("300ms"), QStringLiteral("--sku"),
                                   QStringLiteral("PLENTY"), QStringLiteral("--threshold"), QStringLiteral("p50<0.001ms")});
        QVERIFY2(run.code == 6, qPrintable(describe(run)));
        QVERIFY2(run.out.contains("threshold p50<0.001ms: MISSED (actual"), run.out.constData());
        QVERIFY(run.out.contains("Verdict: PASS"));        // the database is fine; the speed is not
        auto runs = listDrillRuns(*m_conn);
        QCOMPARE(runs->size(), 1);
        QVERIFY(!runs->at(0).passed);

        const CliRun bad = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--buyers"), QStringLiteral("2"),
                                   QStringLiteral("--threshold"), QStringLiteral("p95<fast")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("p95<fast"), bad.err.constData());
    }

    void cliVerdictCatchesABrokenCheckout()
    {
        addProduct(QStringLiteral("SCARCE"), 5);
        script(kBreakCheckout);
        const CliRun run = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--buyers"), QStringLiteral("4"),
                                   QStringLiteral("--duration"), QStringLiteral("400ms"), QStringLiteral("--connections"),
                                   QStringLiteral("2"), QStringLiteral("--sku"), QStringLiteral("SCARCE"), QStringLiteral("--json")});
        QVERIFY2(run.code == 1, qPrintable(describe(run)));
        const QJsonObject json = run.json();
        QCOMPARE(json[QStringLiteral("verdict")].toString(), QStringLiteral("fail"));
        QVERIFY2(json[QStringLiteral("acknowledged")].toInteger() > 5, qPrintable(describe(run)));   // sold more than stocked
        QStringList kinds;
        for (const QJsonValue &v : json[QStringLiteral("violations")].toArray())
            kinds << v[QStringLiteral("kind")].toString();
        QVERIFY2(kinds.contains(QStringLiteral("reserved")), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY(!listDrillRuns(*m_conn)->at(0).passed);
    }

    void cliCleanupRemovesDrillOrdersAndKeepsAWebOrder()
    {
        const qint64 product = addProduct(QStringLiteral("PLENTY"), 1000);
        const qint64 webOrder =
            must(*m_conn, "SELECT order_id FROM place_order('[{\"sku\": \"PLENTY\", \"qty\": 7}]'::jsonb, NULL, 'web')").toInt64(0, 0);
        const CliRun drill = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--rate"), QStringLiteral("50"),
                                     QStringLiteral("--duration"), QStringLiteral("300ms"), QStringLiteral("--sku"),
                                     QStringLiteral("PLENTY"), QStringLiteral("--no-save")});
        QVERIFY2(drill.code == 0, qPrintable(describe(drill)));
        const qint64 created = drillOrders();
        QVERIFY(created > 0);

        // Not confirmed: nothing removed.
        const CliRun declined = runCli({QStringLiteral("drill"), QStringLiteral("cleanup")}, QByteArray("n\n"));
        QCOMPARE(declined.code, 5);
        QVERIFY2(declined.err.contains(QByteArray::number(created)), declined.err.constData());   // says how many first
        QCOMPARE(drillOrders(), created);

        const CliRun cleaned = runCli({QStringLiteral("drill"), QStringLiteral("cleanup"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(cleaned.code == 0, qPrintable(describe(cleaned)));
        QCOMPARE(cleaned.json()[QStringLiteral("removed")].toInteger(), created);
        QCOMPARE(drillOrders(), qint64(0));
        QCOMPARE(must(*m_conn, "SELECT status FROM backroom_data.orders WHERE id = $1", {webOrder}).text(0, 0),
                 QStringLiteral("reserved"));
        QCOMPARE(must(*m_conn, "SELECT reserved FROM backroom_data.stock WHERE product_id = $1", {product}).toInt(0, 0), 7);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM checkout_violations()").toInt(0, 0), 0);

        const CliRun confirmed = runCli({QStringLiteral("drill"), QStringLiteral("cleanup")}, QByteArray("y\n"));
        QVERIFY2(confirmed.code == 0 && confirmed.out.contains("Removed 0 drill orders"), qPrintable(describe(confirmed)));
    }

    void cliRefusesARemoteTargetWithoutYes()
    {
        const CliRun http = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--rate"), QStringLiteral("10"),
                                    QStringLiteral("--target"), QStringLiteral("http://192.0.2.10:8080")});
        QCOMPARE(http.code, 5);
        QVERIFY2(http.err.contains("--yes"), http.err.constData());
        const CliRun shootout = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--scenario"),
                                        QStringLiteral("shootout"), QStringLiteral("--db"),
                                        QStringLiteral("host=192.0.2.10 dbname=shop")});
        QCOMPARE(shootout.code, 5);
        const CliRun badTarget = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--rate"), QStringLiteral("10"),
                                         QStringLiteral("--target"), QStringLiteral("ftp://127.0.0.1")});
        QCOMPARE(badTarget.code, 2);
        const CliRun badStages = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--stages"),
                                         QStringLiteral("30s-100")});
        QCOMPARE(badStages.code, 2);
        QCOMPARE(listDrillRuns(*m_conn)->size(), 0);
    }

    void cliShootoutPrintsTheTableAndSavesIt()
    {
        const CliRun run = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--scenario"), QStringLiteral("shootout"),
                                   QStringLiteral("--buyers"), QStringLiteral("2,4"), QStringLiteral("--strategy"),
                                   QStringLiteral("guarded_update,buckets"), QStringLiteral("--duration"), QStringLiteral("300ms"),
                                   QStringLiteral("--connections"), QStringLiteral("2"), QStringLiteral("--hot-units"),
                                   QStringLiteral("50000")});
        QVERIFY2(run.code == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains("strategy") && run.out.contains("orders/s") && run.out.contains("p99.9"), run.out.constData());
        QCOMPARE(run.out.count("PASS"), 4);
        auto runs = listDrillRuns(*m_conn);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->at(0).kind, QStringLiteral("shootout"));
        QCOMPARE(runs->at(0).report[QStringLiteral("rows")].toArray().size(), 4);
        QVERIFY(runs->at(0).passed);
        const CliRun shown = runCli({QStringLiteral("drill"), QStringLiteral("show"), QString::number(runs->at(0).id)});
        QVERIFY2(shown.code == 0 && shown.out.count("PASS") == 4, qPrintable(describe(shown)));
    }

    void cliCtrlCCancelsAndStillReports()
    {
#ifdef Q_OS_UNIX
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        QProcess p;
        p.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--buyers"),
                                               QStringLiteral("2"), QStringLiteral("--duration"), QStringLiteral("60s"),
                                               QStringLiteral("--sku"), QStringLiteral("PLENTY"), QStringLiteral("--db"), m_db});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(drillOrders() > 10, 20000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 130, qPrintable(QString::number(p.exitCode()) + QString::fromUtf8(out + p.readAllStandardError())));
        QVERIFY2(out.contains("cancelled") && out.contains("Verdict: PASS"), out.constData());
        auto runs = listDrillRuns(*m_conn);
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->at(0).report[QStringLiteral("was_cancelled")].toBool());
#else
        QSKIP("Ctrl-C is a POSIX signal here");
#endif
    }
};

QTEST_GUILESS_MAIN(TstDrillPlan)
#include "tst_drillplan.moc"
