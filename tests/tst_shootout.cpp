// The shoot-out between runs, against the real test PostgreSQL: the set-based set-up (drill_hot_skus,
// migration 013) leaves exactly the units asked for and cancels the earlier drill orders of the hot SKU --
// bucket allocations included -- while web orders and drill orders of other SKUs stay as they were; the
// verdict, whose per-order checks read only the run's orders, still catches an oversell anywhere, a
// missing acknowledged order and a broken order of the run, and ignores a broken order of an earlier
// run; a short shoot-out's rows carry p99.9 and the ratio to guarded_update at the same buyer count.
#include "testdb.h"
#include "drills/shootout.h"
#include "drills/verdict.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace backroom;
using namespace backroom::drills;
using backroom::test::must;
using Ms = std::chrono::milliseconds;

namespace {

constexpr const char *kHotSku = "DRILL-HOT-01";
constexpr const char *kPlace =
    "SELECT order_id FROM place_order(jsonb_build_array(jsonb_build_object('sku', $1::text, 'qty', $2::integer)), "
    "NULL, $3::text)";
constexpr const char *kPlaceTwoLines =
    "SELECT order_id FROM place_order(jsonb_build_array(jsonb_build_object('sku', $1::text, 'qty', 1), "
    "jsonb_build_object('sku', $2::text, 'qty', 1)), NULL, 'drill')";
constexpr const char *kAvailable =
    "SELECT coalesce(sum(s.on_hand - s.reserved), 0) FROM backroom_data.stock s "
    "JOIN backroom_data.product p ON p.id = s.product_id WHERE p.sku = $1";
constexpr const char *kStatusOf = "SELECT status, coalesce(close_reason, '') FROM backroom_data.orders WHERE id = $1";
constexpr const char *kAllocatedUnits =
    "SELECT coalesce(sum(qty), 0) FROM backroom_data.order_allocation WHERE order_id = $1";

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

ShootoutRow rowOf(StockStrategy strategy, int buyers, double ordersPerSecond)
{
    ShootoutRow row;
    row.strategy = strategy;
    row.buyers = buyers;
    row.ordersPerSecond = ordersPerSecond;
    return row;
}

} // namespace

class TstShootout : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_conn;

    qint64 place(const QString &sku, int qty, const QString &channel)
    {
        return must(*m_conn, kPlace, {sku, qty, channel}).toInt64(0, 0);
    }

    qint64 available(const QString &sku) { return must(*m_conn, kAvailable, {sku}).toInt64(0, 0); }

    QString statusOf(qint64 order) { return must(*m_conn, kStatusOf, {order}).text(0, 0); }

    void expectNoCheckoutViolations()
    {
        const db::PgResult rows = must(*m_conn, "SELECT kind || ': ' || detail FROM checkout_violations()");
        QStringList found;
        for (int r = 0; r < rows.rows(); ++r)
            found << rows.text(r, 0);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    Verdict judge(const LoadDrillReport &report, qint64 watermark)
    {
        auto verdict = judgeRun(*m_conn, report, watermark);
        if (!verdict)
            qFatal("verdict: %s", qPrintable(verdict.error().message));
        return *verdict;
    }

    // An order of the drill channel with one line of qty units on the SKU, written directly as a checkout
    // that skips the guard would: allocated = the units its allocation claims, NOT reserved on the stock
    // row (the row's CHECK would refuse more than on_hand), so those units are promised twice.
    qint64 writeOrderByHand(const QString &sku, int qty, int allocated)
    {
        const qint64 id = must(*m_conn,
                               "INSERT INTO backroom_data.orders (channel, status, expires_at, actor) "
                               "VALUES ('drill', 'reserved', now() + interval '15 minutes', 'test') RETURNING id")
                              .toInt64(0, 0);
        must(*m_conn,
             "INSERT INTO backroom_data.order_line (order_id, line_no, product_id, qty, unit_price_satang) "
             "SELECT $1, 1, p.id, $3, 100 FROM backroom_data.product p WHERE p.sku = $2",
             {id, sku, qty});
        if (allocated > 0) {
            must(*m_conn,
                 "INSERT INTO backroom_data.order_allocation (order_id, product_id, bin_id, qty) "
                 "SELECT $1, s.product_id, s.bin_id, $3 FROM backroom_data.stock s "
                 "JOIN backroom_data.product p ON p.id = s.product_id WHERE p.sku = $2 LIMIT 1",
                 {id, sku, allocated});
        }
        return id;
    }

private slots:
    void init()
    {
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = test::connectOrDie(m_db);
    }

    // ---- the set-up between runs ----

    void setUpCancelsOldDrillOrdersAndLeavesExactUnits()
    {
        QCOMPARE(must(*m_conn, "SELECT * FROM drill_hot_skus(2, 500)").rows(), 2);
        const QString hot = QString::fromLatin1(kHotSku);
        const QString other = QStringLiteral("DRILL-HOT-02");
        // The earlier run: plain drill orders, bucket orders (a flash sale left on), a two-line order
        // that also holds the other SKU, a web order on the hot SKU and a drill order on the other SKU only.
        QList<qint64> drillOnHot;
        for (int i = 0; i < 40; ++i)
            drillOnHot << place(hot, 1 + i % 3, QStringLiteral("drill"));
        must(*m_conn, "SELECT flash_sale_on($1::text, 4)", {hot});
        for (int i = 0; i < 30; ++i)
            drillOnHot << place(hot, 1, QStringLiteral("drill"));
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM backroom_data.order_allocation WHERE bucket_id IS NOT NULL "
                               "AND order_id = $1",
                      {drillOnHot.last()}).toInt(0, 0),
                 1);                                       // taken from a bucket
        const qint64 twoLines = must(*m_conn, kPlaceTwoLines, {hot, other}).toInt64(0, 0);
        const qint64 web = place(hot, 5, QStringLiteral("web"));
        const qint64 drillOnOther = place(other, 2, QStringLiteral("drill"));

        QCOMPARE(must(*m_conn, "SELECT * FROM drill_hot_skus(1, 1000)").text(0, 0), hot);

        QCOMPARE(available(hot), qint64(1000));            // exactly what was asked, the web order still held
        for (qint64 order : drillOnHot) {
            QCOMPARE(statusOf(order), QStringLiteral("cancelled"));
            QCOMPARE(must(*m_conn, kStatusOf, {order}).text(0, 1), QStringLiteral("drill reset"));
        }
        QCOMPARE(statusOf(twoLines), QStringLiteral("cancelled"));
        QCOMPARE(available(other), qint64(500 - 2));        // its line was released; drillOnOther still holds 2
        QCOMPARE(statusOf(web), QStringLiteral("reserved"));
        QCOMPARE(must(*m_conn, kAllocatedUnits, {web}).toInt(0, 0), 5);
        QCOMPARE(statusOf(drillOnOther), QStringLiteral("reserved"));
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM backroom_data.flash_sale").toInt(0, 0), 0);
        expectNoCheckoutViolations();

        // Again with nothing to cancel: the same exact units, nothing else changes.
        QCOMPARE(must(*m_conn, "SELECT * FROM drill_hot_skus(1, 7)").text(0, 0), hot);
        QCOMPARE(available(hot), qint64(7));
        QCOMPARE(statusOf(web), QStringLiteral("reserved"));
        expectNoCheckoutViolations();
    }

    void setUpStillRefusesBadInputAndFreeUnitsElsewhere()
    {
        QCOMPARE(must(*m_conn, "SELECT * FROM drill_hot_skus(1, 10)").rows(), 1);
        must(*m_conn, "SELECT set_config('backroom.reason', 'receive', false)");
        must(*m_conn, "INSERT INTO backroom_data.bin (code, zone, pick_seq) VALUES ('A-1', 'A', 1)");
        must(*m_conn,
             "INSERT INTO backroom_data.stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 50 "
             "FROM backroom_data.product p, backroom_data.bin b WHERE p.sku = $1 AND b.code = 'A-1'",
             {QString::fromLatin1(kHotSku)});
        auto refused = m_conn->exec("SELECT * FROM drill_hot_skus(1, 10)");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("outside bin DRILL")), qPrintable(refused.error().message));
        QVERIFY(!m_conn->exec("SELECT * FROM drill_hot_skus(0, 10)"));
        QVERIFY(!m_conn->exec("SELECT * FROM drill_hot_skus(1, -1)"));
    }

    // ---- the verdict, scoped to the run's orders ----

    void scopedVerdictPassesAHealthyRunDespiteABrokenEarlierOrder()
    {
        must(*m_conn, "SELECT * FROM drill_hot_skus(1, 100)");
        const QString hot = QString::fromLatin1(kHotSku);
        writeOrderByHand(hot, 3, 0);                       // an earlier run's order without allocations
        const qint64 mark = *orderWatermark(*m_conn);
        LoadDrillReport report;
        for (int i = 0; i < 5; ++i)
            report.acknowledgedIds.push_back(place(hot, 1, QStringLiteral("drill")));
        const Verdict verdict = judge(report, mark);
        QVERIFY2(verdict.passed(), qPrintable(describe(verdict)));
        QCOMPARE(verdict.drillOrdersInDatabase, qint64(5));
        // The same order inside the run is caught.
        const Verdict wider = judge(report, mark - 1);
        QVERIFY2(kindsOf(wider).contains(QStringLiteral("allocation")), qPrintable(describe(wider)));
    }

    void scopedVerdictCatchesAnOversellOutsideTheRun()
    {
        must(*m_conn, "SELECT * FROM drill_hot_skus(1, 4)");
        const QString hot = QString::fromLatin1(kHotSku);
        const qint64 mark = *orderWatermark(*m_conn);
        LoadDrillReport report;
        report.acknowledgedIds.push_back(place(hot, 4, QStringLiteral("drill")));
        QVERIFY2(judge(report, mark).passed(), qPrintable(describe(judge(report, mark))));
        // A fifth unit of four promised by an order of an earlier run (below the watermark)...
        const qint64 sneaky = writeOrderByHand(hot, 1, 1);
        Verdict verdict = judge(report, sneaky);
        QVERIFY2(kindsOf(verdict).contains(QStringLiteral("reserved")), qPrintable(describe(verdict)));
        QVERIFY(!verdict.passed());
        // ...and ten units sold of four ever stocked, written behind the triggers' back.
        must(*m_conn, "SET session_replication_role = replica");
        must(*m_conn,
             "INSERT INTO backroom_data.stock_ledger (product_id, bin_id, delta, on_hand_after, reason, actor) "
             "SELECT s.product_id, s.bin_id, -10, s.on_hand - 10, 'sale', 'test' FROM backroom_data.stock s "
             "JOIN backroom_data.product p ON p.id = s.product_id WHERE p.sku = $1",
             {hot});
        must(*m_conn, "SET session_replication_role = origin");
        verdict = judge(report, sneaky);
        QVERIFY2(kindsOf(verdict).contains(QStringLiteral("oversold")), qPrintable(describe(verdict)));
    }

    void scopedVerdictCatchesAMissingAcknowledgedOrder()
    {
        must(*m_conn, "SELECT * FROM drill_hot_skus(1, 100)");
        const QString hot = QString::fromLatin1(kHotSku);
        const qint64 mark = *orderWatermark(*m_conn);
        LoadDrillReport report;
        for (int i = 0; i < 3; ++i)
            report.acknowledgedIds.push_back(place(hot, 1, QStringLiteral("drill")));
        QVERIFY2(judge(report, mark).passed(), qPrintable(describe(judge(report, mark))));
        report.acknowledgedIds.push_back(report.acknowledgedIds.back() + 1000);   // acknowledged, never stored
        const Verdict verdict = judge(report, mark);
        QVERIFY2(kindsOf(verdict).contains(QStringLiteral("missing")), qPrintable(describe(verdict)));
    }

    // ---- the table: p99.9 and the ratio ----

    void ratiosAreToGuardedUpdateAtTheSameBuyers()
    {
        QList<ShootoutRow> rows{rowOf(StockStrategy::GuardedUpdate, 32, 400), rowOf(StockStrategy::Buckets, 32, 1300),
                                rowOf(StockStrategy::Buckets, 256, 900), rowOf(StockStrategy::GuardedUpdate, 256, 300),
                                rowOf(StockStrategy::XminRetry, 64, 80)};
        fillGuardedUpdateRatios(rows);
        QCOMPARE(rows[0].vsGuardedUpdate, 1.0);
        QCOMPARE(rows[1].vsGuardedUpdate, 3.25);
        QCOMPARE(rows[2].vsGuardedUpdate, 3.0);              // its guarded row came later
        QCOMPARE(rows[4].vsGuardedUpdate, 0.0);              // no guarded_update at 64 buyers
        QCOMPARE(shootoutRowJson(rows[1])[QStringLiteral("vs_guarded_update")].toDouble(), 3.25);
        QVERIFY(!shootoutRowJson(rows[4]).contains(QStringLiteral("vs_guarded_update")));
    }

    void shortShootoutRowsCarryP999AndTheRatio()
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
        QSignalSpy finished(&runner, &ShootoutRunner::finished);
        auto ok = runner.start();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(finished.wait(30000));
        QCOMPARE(runner.rows().size(), 2);
        const ShootoutRow &guarded = runner.rows().at(0);
        const ShootoutRow &buckets = runner.rows().at(1);
        for (const ShootoutRow &row : runner.rows()) {
            QVERIFY2(row.verdictPassed, qPrintable(row.violations.join(QLatin1Char('\n'))));
            QVERIFY(row.latency.p999 >= row.latency.p99);
            QVERIFY(row.latency.p999 > Ms(0));
            QVERIFY(row.setupSeconds > 0);
            QVERIFY(row.verdictSeconds > 0);
            const QJsonObject json = shootoutRowJson(row);
            const QJsonObject latency = json[QStringLiteral("latency_ms")].toObject();
            QVERIFY(latency[QStringLiteral("p99_9")].toDouble() >= latency[QStringLiteral("p99")].toDouble());
            QVERIFY(latency[QStringLiteral("p99_9")].toDouble() > 0);
            QVERIFY(json.contains(QStringLiteral("setup_s")));
            QVERIFY(json.contains(QStringLiteral("verdict_s")));
        }
        QVERIFY(guarded.ordersPerSecond > 0);
        QCOMPARE(guarded.vsGuardedUpdate, 1.0);
        QVERIFY(qFuzzyCompare(buckets.vsGuardedUpdate, buckets.ordersPerSecond / guarded.ordersPerSecond));
        QVERIFY(qFuzzyCompare(shootoutRowJson(buckets)[QStringLiteral("vs_guarded_update")].toDouble(),
                              buckets.vsGuardedUpdate));
        // The second run's set-up cancelled the first run's orders: only the buckets run's are still open.
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM backroom_data.orders WHERE channel = 'drill' AND status = 'reserved'")
                     .toInt64(0, 0),
                 buckets.successes);
    }
};

QTEST_GUILESS_MAIN(TstShootout)
#include "tst_shootout.moc"
