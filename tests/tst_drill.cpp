// The load drill against the real test PostgreSQL: closed and open runs whose counts add up and pass the
// verdict, a verdict that catches a broken database, the open model's latency rising with a stalled
// target (a stock row locked from another connection), prompt cancel, and refusal of remote targets.
// The HTTP target against an in-process store server (checkout, browse, search, cancel), staged arrival
// rates, 2,000 thinking buyers on one timer, the xmin-retry strategy and the per-second samples.
#include "testdb.h"
#include "drills/loaddrill.h"
#include "drills/verdict.h"
#include "store/storeserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace backroom;
using namespace backroom::drills;
using backroom::test::must;

namespace {

constexpr const char *kAddProduct =
    "INSERT INTO backroom_data.product (sku, name, price_satang) VALUES ($1, $1, 2500) RETURNING id";
constexpr const char *kAddBin =
    "INSERT INTO backroom_data.bin (code, zone, pick_seq) VALUES ($1, 'A', $2) RETURNING id";

using Ms = std::chrono::milliseconds;

QStringList kindsOf(const Verdict &verdict)
{
    QStringList kinds;
    for (const auto &v : verdict.violations)
        kinds << v.kind;
    return kinds;
}

QString describe(const Verdict &verdict)
{
    QStringList lines;
    for (const auto &v : verdict.violations)
        lines << v.kind + QStringLiteral(": ") + v.detail;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstDrill : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_conn;
    int m_bins = 0;

    qint64 addProduct(const QString &sku, int onHand)
    {
        const qint64 id = must(*m_conn, kAddProduct, {sku}).toInt64(0, 0);
        ++m_bins;
        const int bin = must(*m_conn, kAddBin, {QStringLiteral("D%1").arg(m_bins), m_bins}).toInt(0, 0);
        must(*m_conn, "SELECT set_config('backroom.reason', 'receive', false)");
        must(*m_conn, "INSERT INTO backroom_data.stock (product_id, bin_id, on_hand) VALUES ($1, $2, $3)", {id, bin, onHand});
        return id;
    }

    LoadDrillConfig config(LoadDrillConfig::Model model, const QStringList &skus)
    {
        LoadDrillConfig c;
        c.conninfo = m_db;
        c.model = model;
        c.skus = skus;
        c.connections = 3;
        c.buyers = 6;
        c.ratePerSecond = 150;
        c.duration = Ms(1200);
        return c;
    }

    // Runs a drill to its end; the report, or a test failure.
    LoadDrillReport run(LoadDrill &drill, int timeoutMs = 15000)
    {
        QSignalSpy finished(&drill, &LoadDrill::finished);
        auto started = drill.start();
        if (!started)
            qFatal("drill did not start: %s", qPrintable(started.error().message));
        if (!finished.wait(timeoutMs))
            qFatal("drill did not finish in %d ms", timeoutMs);
        return drill.report();
    }

    Verdict judge(const LoadDrillReport &report, qint64 watermark)
    {
        auto verdict = judgeRun(*m_conn, report, watermark);
        if (!verdict)
            qFatal("verdict: %s", qPrintable(verdict.error().message));
        return *verdict;
    }

    qint64 watermark() { return *orderWatermark(*m_conn); }

    // A store API on this thread's event loop, over the test database (as `backroom serve` runs it).
    std::unique_ptr<store::StoreServer> m_server;
    QUrl startStore()
    {
        store::StoreServer::Options options;
        options.conninfo = m_db;
        options.version = QStringLiteral("test");
        options.browseMaxConcurrent = 256;
        options.checkoutMaxConcurrent = 256;
        m_server = std::make_unique<store::StoreServer>(options);
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        if (!port)
            qFatal("store server: %s", qPrintable(port.error().message));
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

    LoadDrillConfig httpConfig(const QUrl &url, const QStringList &skus)
    {
        LoadDrillConfig c = config(LoadDrillConfig::Model::Closed, skus);
        c.conninfo.clear();
        c.target = LoadDrillConfig::Target::Http;
        c.storeUrl = url;
        c.sockets = 4;
        c.buyers = 8;
        return c;
    }

    // The shoot-out's xmin functions (migration 009) as small stand-ins when this tree does not have them
    // yet: same signatures and the same 40001 refusal when the row changed since it was read.
    void ensureXminFunctions()
    {
        if (!must(*m_conn, "SELECT to_regproc('public.drill_place_order_xmin') IS NULL").toBool(0, 0))
            return;
        must(*m_conn, R"(CREATE FUNCTION public.drill_stock_version(p_sku text, OUT bin_id integer, OUT version xid,
                                                                  OUT available integer) LANGUAGE sql AS $$
            SELECT s.bin_id, s.xmin, s.on_hand - s.reserved FROM backroom_data.stock s
            JOIN backroom_data.product p ON p.id = s.product_id WHERE p.sku = p_sku ORDER BY 3 DESC LIMIT 1 $$)");
        must(*m_conn, R"(CREATE FUNCTION public.drill_place_order_xmin(p_lines jsonb, p_bin integer, p_version xid)
            RETURNS bigint LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM 1 FROM backroom_data.stock s JOIN backroom_data.product p ON p.id = s.product_id
               WHERE p.sku = p_lines->0->>'sku' AND s.bin_id = p_bin AND s.xmin = p_version FOR UPDATE OF s;
              IF NOT FOUND THEN RAISE EXCEPTION 'stock row changed' USING ERRCODE = '40001'; END IF;
              RETURN (SELECT order_id FROM place_order(p_lines, NULL, 'drill', 15, 'drill'));
            END $$)");
    }

    // Locks the product's stock rows from another connection until release() (a stalled checkout).
    struct Stall {
        std::unique_ptr<db::Connection> conn;
        void release() { must(*conn, "COMMIT"); }
    };
    Stall stall(qint64 productId)
    {
        Stall s{test::connectOrDie(m_db)};
        must(*s.conn, "BEGIN");
        must(*s.conn, "SELECT 1 FROM backroom_data.stock WHERE product_id = $1 FOR UPDATE", {productId});
        return s;
    }

    int runCli(const QStringList &args, QByteArray *stdoutText, QByteArray *stderrText = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(BACKROOM_BIN), args);
        if (!p.waitForFinished(60000))
            qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        *stdoutText = p.readAllStandardOutput();
        if (stderrText)
            *stderrText = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void init()
    {
        m_server.reset();
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = test::connectOrDie(m_db);
        m_bins = 0;
    }

    void cleanup() { m_server.reset(); }

    void closedRunPassesTheVerdictAndSellsOutExactly()
    {
        const qint64 hot = addProduct(QStringLiteral("HOT"), 25);
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const qint64 mark = watermark();
        LoadDrill drill(config(LoadDrillConfig::Model::Closed, {QStringLiteral("HOT"), QStringLiteral("PLENTY")}));
        const LoadDrillReport r = run(drill);

        QVERIFY2(r.countsAddUp(), "intended/started/answers do not add up");
        QVERIFY(r.acknowledged > 50);
        QVERIFY2(r.outOfStock > 0, "HOT holds 25 units: later buyers must be refused");
        QCOMPARE(r.errors(), 0);
        QCOMPARE(r.dropped, 0);
        QCOMPARE(r.latency.count, r.acknowledged + r.outOfStock);
        QVERIFY(r.throughput() > 0);
        const Verdict v = judge(r, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
        QCOMPARE(v.drillOrdersInDatabase, r.acknowledged);
        QCOMPARE(must(*m_conn, "SELECT sum(reserved) FROM backroom_data.stock WHERE product_id = $1", {hot}).toInt(0, 0), 25);
    }

    void openRunPassesTheVerdictAtTheIntendedRate()
    {
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const qint64 mark = watermark();
        LoadDrill drill(config(LoadDrillConfig::Model::Open, {QStringLiteral("PLENTY")}));
        const LoadDrillReport r = run(drill);

        QVERIFY2(r.countsAddUp(), "intended/started/answers do not add up");
        // 150/s for 1.2 s: 180 arrivals (the first at t = 0), give or take the last timer tick.
        QVERIFY2(r.intended >= 170 && r.intended <= 182, qPrintable(QString::number(r.intended)));
        QCOMPARE(r.dropped, 0);
        QCOMPARE(r.acknowledged, r.started);
        const Verdict v = judge(r, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
        QCOMPARE(v.drillOrdersInDatabase, r.acknowledged);
    }

    void verdictCatchesBrokenState()
    {
        const qint64 plenty = addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const qint64 mark = watermark();
        auto c = config(LoadDrillConfig::Model::Open, {QStringLiteral("PLENTY")});
        c.duration = Ms(300);
        LoadDrill drill(c);
        LoadDrillReport r = run(drill);
        QVERIFY(r.acknowledged > 0);
        QVERIFY(judge(r, mark).passed());

        // An acknowledged order that does not exist, and one acknowledged twice.
        LoadDrillReport lying = r;
        lying.acknowledgedIds.push_back(999'999'999);
        lying.acknowledgedIds.push_back(r.acknowledgedIds.front());
        Verdict v = judge(lying, mark);
        QVERIFY(!v.passed());
        QVERIFY2(kindsOf(v).contains(QStringLiteral("missing")), qPrintable(describe(v)));
        QVERIFY2(kindsOf(v).contains(QStringLiteral("duplicate")), qPrintable(describe(v)));

        // A drill order the drill was never told about.
        LoadDrillReport forgetful = r;
        forgetful.acknowledgedIds.pop_back();
        v = judge(forgetful, mark);
        QVERIFY2(kindsOf(v).contains(QStringLiteral("unexpected")), qPrintable(describe(v)));

        // As superuser, change stock behind the ledger's back (replica role: no triggers fire).
        must(*m_conn, "SET session_replication_role = replica");
        must(*m_conn, "UPDATE backroom_data.stock SET on_hand = on_hand + 5 WHERE product_id = $1", {plenty});
        must(*m_conn, "SET session_replication_role = origin");
        v = judge(r, mark);
        QVERIFY2(kindsOf(v).contains(QStringLiteral("ledger")), qPrintable(describe(v)));

        // The command line runs a healthy drill on the broken database and fails on the verdict.
        QByteArray output;
        const int code = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--rate"), QStringLiteral("50"),
                                 QStringLiteral("--duration"), QStringLiteral("300ms"), QStringLiteral("--connections"),
                                 QStringLiteral("2"), QStringLiteral("--sku"), QStringLiteral("PLENTY"), QStringLiteral("--json"),
                                 QStringLiteral("--db"), m_db},
                                &output);
        QCOMPARE(code, 1);
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QVERIFY(json.value(QStringLiteral("acknowledged")).toInt() > 0);
        QVERIFY(QString::fromUtf8(output).contains(QStringLiteral("\"ledger\"")));
    }

    void cliPassesAHealthyRun()
    {
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        QByteArray output;
        const int code = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--buyers"), QStringLiteral("4"),
                                 QStringLiteral("--duration"), QStringLiteral("400ms"), QStringLiteral("--connections"),
                                 QStringLiteral("2"), QStringLiteral("--db"), m_db},
                                &output);
        QVERIFY2(code == 0, output.constData());
        QVERIFY2(output.contains("Verdict: PASS"), output.constData());
        QVERIFY(output.contains("p99.9"));
    }

    void openModelLatencyRisesWhileTheTargetStalls()
    {
        const qint64 hot = addProduct(QStringLiteral("HOT"), 1'000'000);
        auto c = config(LoadDrillConfig::Model::Open, {QStringLiteral("HOT")});
        c.ratePerSecond = 100;
        c.duration = Ms(1500);
        c.dropAfter = Ms(5000);

        LoadDrill calm(c);
        const LoadDrillReport before = run(calm);

        qint64 mark = watermark();
        Stall held = stall(hot);
        QTimer::singleShot(Ms(700), this, [&held] { held.release(); });
        LoadDrill stalled(c);
        const LoadDrillReport during = run(stalled);

        QVERIFY2(during.countsAddUp(), "counts do not add up");
        QCOMPARE(during.dropped, 0);
        QCOMPARE(during.errors(), 0);
        // Every arrival in the first 0.7 s waited for the lock: about half the run, so p90 and p99 carry
        // the stall (up to 700 ms), far above the calm run's.
        const auto beforeP99 = before.latency.p99, duringP99 = during.latency.p99;
        QVERIFY2(duringP99 >= Ms(400), qPrintable(QString::number(duringP99.count() / 1e6)));
        QVERIFY2(duringP99 > beforeP99 * 4, qPrintable(QStringLiteral("%1 vs %2 ms").arg(duringP99.count() / 1e6)
                                                          .arg(beforeP99.count() / 1e6)));
        QVERIFY2(during.latency.p90 >= Ms(300), qPrintable(QString::number(during.latency.p90.count() / 1e6)));
        qInfo("open model p99: calm %.1f ms, stalled 700 ms %.1f ms", beforeP99.count() / 1e6, duringP99.count() / 1e6);
        Verdict v = judge(during, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
        QCOMPARE(v.drillOrdersInDatabase, during.acknowledged);

        // A closed model through the same stall: its buyers simply wait, so it records only a handful of
        // slow orders and its p90 stays low -- the queue the open model sees is hidden.
        mark = watermark();
        Stall again = stall(hot);
        QTimer::singleShot(Ms(700), this, [&again] { again.release(); });
        auto closedConfig = c;
        closedConfig.model = LoadDrillConfig::Model::Closed;
        closedConfig.buyers = 3;
        LoadDrill closed(closedConfig);
        const LoadDrillReport closedRun = run(closed);
        QVERIFY(closedRun.countsAddUp());
        QVERIFY2(closedRun.latency.p90 * 3 < during.latency.p90,
                 qPrintable(QStringLiteral("closed p90 %1 ms, open p90 %2 ms").arg(closedRun.latency.p90.count() / 1e6)
                                .arg(during.latency.p90.count() / 1e6)));
        qInfo("same stall, p90: open %.1f ms, closed %.1f ms", during.latency.p90.count() / 1e6,
              closedRun.latency.p90.count() / 1e6);
        v = judge(closedRun, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
    }

    void cancelStopsPromptlyAndLeavesConsistentData()
    {
        const qint64 hot = addProduct(QStringLiteral("HOT"), 1'000'000);
        const qint64 mark = watermark();
        Stall held = stall(hot);   // every order is in flight, waiting for the lock, when cancel comes
        auto c = config(LoadDrillConfig::Model::Closed, {QStringLiteral("HOT")});
        c.duration = Ms(60000);
        LoadDrill drill(c);
        QSignalSpy finished(&drill, &LoadDrill::finished);
        QVERIFY(drill.start());
        QTRY_COMPARE_WITH_TIMEOUT(drill.report().started, qint64(c.connections), 2000);
        // Sent is not yet running: wait until every order waits on the held lock, so each has something to cancel.
        QTRY_COMPARE_WITH_TIMEOUT(must(*m_conn, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                "AND datname = current_database()").toInt64(0, 0),
                                  qint64(c.connections), 5000);
        QElapsedTimer clock;
        clock.start();
        drill.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        held.release();
        const LoadDrillReport r = drill.report();
        QVERIFY(r.wasCancelled);
        QCOMPARE(r.cancelled, qint64(c.connections));
        QVERIFY(r.countsAddUp());
        const Verdict v = judge(r, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
        QCOMPARE(v.drillOrdersInDatabase, r.acknowledged);
    }

    void orderCapEndsTheRunEarly()
    {
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const qint64 mark = watermark();
        auto c = config(LoadDrillConfig::Model::Open, {QStringLiteral("PLENTY")});
        c.ratePerSecond = 1000;
        c.duration = Ms(60000);
        c.maxOrders = 50;
        LoadDrill drill(c);
        const LoadDrillReport r = run(drill, 5000);   // long before the 60 s duration
        QCOMPARE(r.intended, qint64(50));
        QVERIFY(r.countsAddUp());
        QVERIFY(r.seconds < 5);
        QCOMPARE(judge(r, mark).drillOrdersInDatabase, r.acknowledged);
    }

    void httpTargetChecksOutBrowsesAndSearches()
    {
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const qint64 hot = addProduct(QStringLiteral("HOT"), 20);
        for (int i = 0; i < 45; ++i)
            addProduct(QStringLiteral("SHIRT-%1").arg(i, 2, 10, QLatin1Char('0')), 5);
        const QUrl url = startStore();
        const qint64 mark = watermark();
        auto c = httpConfig(url, {QStringLiteral("PLENTY"), QStringLiteral("HOT")});
        c.mix = OperationMix{50, 30, 20};
        c.searchTerms = {QStringLiteral("shirt"), QStringLiteral("plenty")};
        LoadDrill drill(c);
        QSignalSpy samples(&drill, &LoadDrill::progressed);
        const LoadDrillReport r = run(drill);

        QVERIFY2(r.countsAddUp(), "intended/started/answers do not add up");
        QCOMPARE(r.target, LoadDrillConfig::Target::Http);
        QCOMPARE(r.connections, 4);
        QVERIFY2(r.errors() == 0, qPrintable(QStringList(r.otherErrors.keys()).join(QLatin1Char(','))));
        QCOMPARE(r.indeterminate, 0);
        const auto &checkout = r.operations[int(Operation::Checkout)];
        const auto &browse = r.operations[int(Operation::Browse)];
        const auto &search = r.operations[int(Operation::Search)];
        QVERIFY(checkout.ok > 20 && browse.ok > 10 && search.ok > 5);
        QCOMPARE(checkout.ok, r.acknowledged);
        QVERIFY2(checkout.refused > 0, "HOT holds 20 units: later checkouts must be refused (409)");
        QCOMPARE(checkout.refused, r.outOfStock);
        QCOMPARE(r.attempts, r.acknowledged + r.outOfStock);
        QCOMPARE(browse.latency.count, browse.ok);
        QCOMPARE(r.latency.count, checkout.ok + checkout.refused + browse.ok + search.ok);
        QCOMPARE(r.started, checkout.ok + checkout.refused + browse.ok + search.ok);
        // Roughly the mix asked for (50/30/20), with room for chance.
        const double browseShare = double(browse.ok) / double(r.started);
        QVERIFY2(browseShare > 0.2 && browseShare < 0.4, qPrintable(QString::number(browseShare)));

        const Verdict v = judge(r, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
        QCOMPARE(v.drillOrdersInDatabase, r.acknowledged);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders WHERE channel <> 'drill' AND id > $1", {mark}).toInt(0, 0), 0);
        QCOMPARE(must(*m_conn, "SELECT sum(reserved) FROM backroom_data.stock WHERE product_id = $1", {hot}).toInt(0, 0), 20);
        QVERIFY(samples.count() >= 1);
        QCOMPARE(qsizetype(r.timeline.size()), samples.count());
        QVERIFY(r.peakMemoryBytes > 1'000'000);
    }

    void httpBrowseCanBePinnedToOneProduct()
    {
        addProduct(QStringLiteral("PLENTY"), 10);
        LoadDrillConfig c = httpConfig(startStore(), {});
        c.mix = OperationMix{0, 1, 0};
        c.browseSku = QStringLiteral("PLENTY");
        c.duration = Ms(500);
        LoadDrill drill(c);
        const LoadDrillReport r = run(drill);
        QVERIFY(r.countsAddUp());
        QVERIFY(r.operations[int(Operation::Browse)].ok > 10);
        QCOMPARE(r.errors(), 0);
        QCOMPARE(r.acknowledged, 0);

        // A product that does not exist is an error by HTTP status, not a success.
        c.browseSku = QStringLiteral("NO-SUCH-SKU");
        LoadDrill missing(c);
        const LoadDrillReport m = run(missing);
        QVERIFY(m.countsAddUp());
        QVERIFY(m.otherErrors.value(QStringLiteral("http_404")) > 0);
        QCOMPARE(m.operations[int(Operation::Browse)].ok, 0);
    }

    void stagesRampTheArrivalRate()
    {
        // 0 -> 200/s over 1 s (100 arrivals), then 200/s for 0.5 s (100 more).
        const std::vector<Stage> stages{{Ms(1000), 200}, {Ms(500), 200}};
        QCOMPARE(qRound(expectedArrivals(0, stages, std::chrono::milliseconds(500))), 25);
        QCOMPARE(qRound(expectedArrivals(0, stages, std::chrono::milliseconds(1000))), 100);
        QCOMPARE(qRound(expectedArrivals(0, stages, std::chrono::milliseconds(1500))), 200);
        QCOMPARE(qRound(expectedArrivals(0, stages, std::chrono::milliseconds(9000))), 200);
        QCOMPARE(qRound(expectedArrivals(100, {{Ms(1000), 0}}, std::chrono::milliseconds(1000))), 50);

        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const qint64 mark = watermark();
        auto c = config(LoadDrillConfig::Model::Open, {QStringLiteral("PLENTY")});
        c.stages = stages;
        c.startRate = 0;
        c.duration = Ms(60000);   // ignored: the stages set the length
        LoadDrill drill(c);
        const LoadDrillReport r = run(drill);
        QVERIFY2(r.countsAddUp(), "counts do not add up");
        QVERIFY2(r.intended >= 190 && r.intended <= 202, qPrintable(QString::number(r.intended)));
        QVERIFY2(r.seconds >= 1.45 && r.seconds < 3, qPrintable(QString::number(r.seconds)));
        QCOMPARE(r.dropped, 0);
        // The first second carries the ramp (about 100 arrivals), the samples say what rate was asked.
        QVERIFY(!r.timeline.empty());
        const LoadDrillSample &first = r.timeline.front();
        QVERIFY2(first.atSeconds > 0.9 && first.atSeconds < 1.3, qPrintable(QString::number(first.atSeconds)));
        QVERIFY2(first.targetRate > 170 && first.targetRate <= 200, qPrintable(QString::number(first.targetRate)));
        const double firstSecondAnswers = first.answeredPerSecond * first.atSeconds;
        QVERIFY2(firstSecondAnswers > 80 && firstSecondAnswers < 135, qPrintable(QString::number(firstSecondAnswers)));
        QVERIFY(judge(r, mark).passed());
    }

    void twoThousandThinkingBuyersFinishWithSaneCounts()
    {
        addProduct(QStringLiteral("PLENTY"), 1'000'000);
        const qint64 mark = watermark();
        auto c = config(LoadDrillConfig::Model::Closed, {QStringLiteral("PLENTY")});
        c.buyers = 2000;
        c.thinkTime = Ms(1000);
        c.connections = 4;
        c.duration = Ms(3000);
        LoadDrill drill(c);
        const LoadDrillReport r = run(drill, 30000);
        QVERIFY2(r.countsAddUp(), "counts do not add up");
        QCOMPARE(r.peakBuyers, 2000);
        // Every buyer is ready at once, then thinks a second between orders: at most 3 orders each in 3 s.
        QVERIFY2(r.intended >= 2000 && r.intended <= 6000, qPrintable(QString::number(r.intended)));
        QCOMPARE(r.errors(), 0);
        QVERIFY(r.acknowledged > 0);
        QVERIFY(!r.timeline.empty());
        QVERIFY(r.peakMemoryBytes > 0);
        const Verdict v = judge(r, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
        QCOMPARE(v.drillOrdersInDatabase, r.acknowledged);
    }

    void xminRetryStrategyCountsConflictsAndRetries()
    {
        ensureXminFunctions();
        const qint64 hot = addProduct(QStringLiteral("HOT"), 1'000'000);
        const qint64 mark = watermark();
        auto c = config(LoadDrillConfig::Model::Closed, {QStringLiteral("HOT")});
        c.strategy = StockStrategy::XminRetry;
        c.connections = 4;
        c.buyers = 8;
        c.duration = Ms(800);
        LoadDrill drill(c);
        const LoadDrillReport r = run(drill);
        QVERIFY2(r.countsAddUp(), "counts do not add up");
        QCOMPARE(r.strategy, StockStrategy::XminRetry);
        QVERIFY(r.acknowledged > 0);
        QVERIFY2(r.conflicts > 0, "four connections on one stock row must collide");
        QVERIFY(r.attempts > r.started - r.cancelled);
        // Every write either collided (and was retried or given up) or was answered.
        QCOMPARE(r.attempts, r.acknowledged + r.conflicts + r.outOfStock);
        QVERIFY(judge(r, mark).passed());
        QCOMPARE(must(*m_conn, "SELECT sum(reserved) FROM backroom_data.stock WHERE product_id = $1", {hot}).toInt64(0, 0),
                 r.acknowledged);

        // With no retries allowed, a conflict ends the iteration as an error of its own kind.
        auto strict = c;
        strict.xminMaxRetries = 0;
        LoadDrill once(strict);
        const LoadDrillReport s = run(once);
        QVERIFY(s.countsAddUp());
        QCOMPARE(s.otherErrors.value(QStringLiteral("conflict_retries_exhausted")), s.conflicts);
        QVERIFY(s.conflicts > 0);
    }

    void cancelOnTheHttpTargetStopsPromptly()
    {
        const qint64 hot = addProduct(QStringLiteral("HOT"), 1'000'000);
        const QUrl url = startStore();
        const qint64 mark = watermark();
        Stall held = stall(hot);   // every checkout waits in the store for the lock when cancel comes
        auto c = httpConfig(url, {QStringLiteral("HOT")});
        c.sockets = 3;
        c.buyers = 6;
        c.duration = Ms(60000);
        LoadDrill drill(c);
        QSignalSpy finished(&drill, &LoadDrill::finished);
        QVERIFY(drill.start());
        QTRY_COMPARE_WITH_TIMEOUT(drill.report().started, qint64(c.sockets), 5000);
        // The three checkouts are in the store, each on a checkout connection waiting for the lock.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->checkoutMetrics().busyConnections, c.sockets, 5000);
        QElapsedTimer clock;
        clock.start();
        drill.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const LoadDrillReport r = drill.report();
        QVERIFY(r.wasCancelled);
        // The store may still commit them once the lock goes: given up, not cancelled, and said so.
        QCOMPARE(r.indeterminate, qint64(c.sockets));
        QVERIFY(r.countsAddUp());
        held.release();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->checkoutMetrics().busyConnections, 0, 10000);
        const Verdict v = judge(r, mark);
        QVERIFY2(v.passed(), qPrintable(describe(v)));
        QVERIFY(v.drillOrdersInDatabase <= r.acknowledged + r.indeterminate);
    }

    void remoteStoreUrlRefusedWithoutConfirmation()
    {
        for (const QString &remote : {QStringLiteral("http://192.0.2.10:8080"), QStringLiteral("http://shop.example.com")}) {
            auto c = httpConfig(QUrl(remote), {QStringLiteral("X")});
            LoadDrill drill(c);
            auto started = drill.start();
            QVERIFY(!started);
            QCOMPARE(started.error().kind, Error::Kind::Permission);
        }
        auto c = httpConfig(QUrl(QStringLiteral("https://127.0.0.1:8443")), {QStringLiteral("X")});
        LoadDrill tls(c);
        QCOMPARE(tls.start().error().kind, Error::Kind::BadInput);
    }

    void remoteTargetRefusedWithoutConfirmation_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("default socket") << QStringLiteral("dbname=shop") << true;
        QTest::newRow("socket dir") << QStringLiteral("host=/tmp dbname=shop") << true;
        QTest::newRow("localhost") << QStringLiteral("host=localhost dbname=shop") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("host=127.0.0.1") << true;
        QTest::newRow("::1") << QStringLiteral("host=::1") << true;
        QTest::newRow("uri loopback") << QStringLiteral("postgresql://127.0.0.1:5433/shop") << true;
        QTest::newRow("remote name") << QStringLiteral("host=db.example.com dbname=shop") << false;
        QTest::newRow("remote address") << QStringLiteral("host=192.0.2.10") << false;
        QTest::newRow("hostaddr wins") << QStringLiteral("host=localhost hostaddr=192.0.2.10") << false;
        QTest::newRow("one remote in a list") << QStringLiteral("host=localhost,192.0.2.10") << false;
        QTest::newRow("remote uri") << QStringLiteral("postgresql://192.0.2.10/shop") << false;
    }

    void remoteTargetRefusedWithoutConfirmation()
    {
        QFETCH(QString, conninfo);
        QFETCH(bool, loopback);
        qunsetenv("PGHOST");
        QCOMPARE(isLoopbackTarget(conninfo), loopback);
        if (loopback)
            return;
        LoadDrillConfig c;
        c.conninfo = conninfo;
        c.skus = {QStringLiteral("X")};
        LoadDrill drill(c);
        auto started = drill.start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::Permission);

        QByteArray output, errors;
        const int code = runCli({QStringLiteral("drill"), QStringLiteral("load"), QStringLiteral("--rate"), QStringLiteral("10"),
                                 QStringLiteral("--db"), conninfo},
                                &output, &errors);
        QCOMPARE(code, 5);   // NotAllowed, before any connection is tried
        QVERIFY2(errors.contains("--yes"), errors.constData());
    }

    void limitsAreEnforced()
    {
        LoadDrillConfig c;
        c.conninfo = m_db;
        c.skus = {QStringLiteral("X")};
        c.buyers = LoadDrillLimits::maxBuyers + 1;
        QCOMPARE(LoadDrill(c).start().error().kind, Error::Kind::BadInput);
        c.buyers = 1;
        c.duration = LoadDrillLimits::maxDuration + Ms(1);
        QCOMPARE(LoadDrill(c).start().error().kind, Error::Kind::BadInput);
        c.duration = Ms(100);
        c.maxOrders = LoadDrillLimits::maxOrders + 1;
        QCOMPARE(LoadDrill(c).start().error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TstDrill)
#include "tst_drill.moc"
