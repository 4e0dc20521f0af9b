// The load drill against the real test PostgreSQL: closed and open runs whose counts add up and pass the
// verdict, a verdict that catches a broken database, the open model's latency rising with a stalled
// target (a stock row locked from another connection), prompt cancel, and refusal of remote targets.
#include "testdb.h"
#include "drills/loaddrill.h"
#include "drills/verdict.h"

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
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = test::connectOrDie(m_db);
        m_bins = 0;
    }

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
