// Migration 009 against a real PostgreSQL: flash-sale buckets under 64 concurrent buyers finish without
// lock timeouts or deadlocks and never oversell; a buyer that waited for a bucket and found it emptied
// keeps no lock on it; stock and order notifications are coalesced through the notify gate without
// anyone waiting for it; and the load drill's SQL (hot SKUs, FOR UPDATE and xmin checkouts, cleanup,
// saved runs).
#include "testdb.h"

#include <QtTest>

#include <libpq-fe.h>
#include <sys/select.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace backroom;
using backroom::test::connectOrDie;
using backroom::test::must;

namespace {

// Releases every waiting thread at once, so the buyers really race (no sleeps).
class StartGate {
public:
    explicit StartGate(int parties) : m_waiting(parties) {}
    void arriveAndWait()
    {
        std::unique_lock lock(m_mutex);
        if (--m_waiting == 0) {
            m_cv.notify_all();
            return;
        }
        m_cv.wait(lock, [this] { return m_waiting == 0; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_waiting;
};

constexpr const char *kAddProduct = "INSERT INTO product (sku, name, price_satang) VALUES ($1, $1, 1000) RETURNING id";
constexpr const char *kAddBin =
    "INSERT INTO bin (code, zone, pick_seq) VALUES ($1, 'A', $2) ON CONFLICT (code) DO UPDATE SET zone = 'A' RETURNING id";
constexpr const char *kReceive =
    "INSERT INTO backroom_data.stock AS s (product_id, bin_id, on_hand) "
    "VALUES ((SELECT id FROM product WHERE sku = $1), $2, $3) "
    "ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET on_hand = s.on_hand + EXCLUDED.on_hand";
constexpr const char *kPlace = "SELECT order_id FROM place_order(jsonb_build_array(jsonb_build_object('sku', $1::text, "
                               "'qty', $2::integer)), NULL, 'web', 15, 'test')";
constexpr const char *kAvailable =
    "SELECT coalesce(sum(s.on_hand - s.reserved), 0) + coalesce((SELECT sum(f.free) FROM stock_bucket_free f "
    "WHERE f.product_id = p.id), 0) FROM product p LEFT JOIN stock s ON s.product_id = p.id WHERE p.sku = $1 "
    "GROUP BY p.id";

struct Notice {
    QString channel;
    QString payload;
};

class TstBuckets : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_conn;

    void addProduct(const QString &sku, const QList<int> &qtyPerBin)
    {
        must(*m_conn, kAddProduct, {sku});
        for (int i = 0; i < qtyPerBin.size(); ++i) {
            const int bin = must(*m_conn, kAddBin, {QStringLiteral("B%1").arg(i + 1), i + 1}).toInt(0, 0);
            receive(sku, bin, qtyPerBin[i]);
        }
    }

    void receive(const QString &sku, int bin, int qty)
    {
        must(*m_conn, "SELECT set_config('backroom.reason', 'receive', false)");
        must(*m_conn, kReceive, {sku, bin, qty});
    }

    int available(const QString &sku) { return must(*m_conn, kAvailable, {sku}).toInt(0, 0); }

    void expectHealthy()
    {
        const db::PgResult v = must(*m_conn, "SELECT kind || ': ' || detail FROM checkout_violations()");
        QStringList found;
        for (int i = 0; i < v.rows(); ++i)
            found << v.text(i, 0);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // SQLSTATE of a failed statement, empty when it succeeded.
    static QString stateOf(const Result<db::PgResult> &r) { return r.ok() ? QString() : r.error().sqlState; }

    // Notifications on `conn` up to (not including) a NOTIFY on channel 'sentinel'. A session's
    // notifications arrive in commit order, so a sentinel sent after the commits under test marks the
    // end of theirs. Waits on the socket; gives up (and fails the caller's count) after about 10 s.
    static QList<Notice> noticesUntilSentinel(db::Connection &conn)
    {
        QList<Notice> got;
        PGconn *raw = conn.raw();
        for (int waits = 0; waits < 100; ++waits) {
            PQconsumeInput(raw);
            while (PGnotify *n = PQnotifies(raw)) {
                const Notice notice{QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)};
                PQfreemem(n);
                if (notice.channel == QLatin1String("sentinel"))
                    return got;
                got << notice;
            }
            fd_set fds;
            FD_ZERO(&fds);
            FD_SET(PQsocket(raw), &fds);
            timeval timeout{0, 100000};
            select(PQsocket(raw) + 1, &fds, nullptr, nullptr, &timeout);
        }
        got << Notice{QStringLiteral("timeout"), QString()};
        return got;
    }

    std::unique_ptr<db::Connection> listener()
    {
        auto conn = connectOrDie(m_db);
        must(*conn, "LISTEN stock_changed");
        must(*conn, "LISTEN orders_changed");
        must(*conn, "LISTEN sentinel");
        return conn;
    }

    static QStringList payloadsOn(const QList<Notice> &notices, const char *channel)
    {
        QStringList out;
        for (const Notice &n : notices)
            if (n.channel == QLatin1String(channel))
                out << n.payload;
        return out;
    }

    // Waits (up to 10 s) until backend `pid` is blocked by another backend; returns that backend's pid,
    // 0 if it never blocked.
    int blockerOf(int pid)
    {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            const int blocker = must(*m_conn, "SELECT coalesce((pg_blocking_pids($1))[1], 0)", {pid}).toInt(0, 0);
            if (blocker != 0)
                return blocker;
            QTest::qWait(10);
        }
        return 0;
    }

    // The next transaction notifies whatever came before (tests start with the gate fresh).
    void openGates() { must(*m_conn, "UPDATE backroom_data.notify_gate SET last_sent = '-infinity'"); }

    // Sends a statement without waiting for its answer.
    static void send(db::Connection &conn, const char *sql)
    {
        QVERIFY(PQsendQuery(conn.raw(), sql) == 1);
    }

    // The answer of a statement sent with send(): its SQLSTATE (empty when it succeeded).
    static QString finish(db::Connection &conn)
    {
        QString state;
        while (PGresult *r = PQgetResult(conn.raw())) {
            if (PQresultStatus(r) == PGRES_FATAL_ERROR)
                state = QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE));
            PQclear(r);
        }
        return state;
    }

private slots:
    void init()
    {
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = connectOrDie(m_db);
    }
    void cleanup() { m_conn.reset(); }

    // --- 1. buckets -----------------------------------------------------------------------------

    // 64 buyers, each on its own connection, place, pay and cancel orders of 1 to 5 units on one hot
    // SKU split into 16 buckets, in three rounds (restocked and re-sliced between rounds), until it
    // sells out. Every statement has 15 s: an undetected lock cycle would end in 57014 and fail here,
    // and lock_timeout is no longer set by checkout, so only a real deadlock could end in 40P01/55P03.
    void sixtyFourBuyersOnBucketsNeedNoLockTimeoutAndNeverOversell()
    {
        constexpr int kBuyers = 64, kRounds = 3, kOpsPerRound = 10;
        addProduct(QStringLiteral("HOT"), {300, 60});
        std::vector<std::unique_ptr<db::Connection>> conns;
        for (int i = 0; i < kBuyers; ++i) {
            conns.push_back(connectOrDie(m_db));
            must(*conns.back(), "SET statement_timeout = '15s'");
        }
        std::mutex mutex;
        std::map<QString, int> failures;   // SQLSTATE -> count (BR001 out of stock is expected)
        int placed = 0;
        for (int round = 0; round < kRounds; ++round) {
            if (round > 0) {
                must(*m_conn, "SELECT flash_sale_off('HOT')");
                receive(QStringLiteral("HOT"), must(*m_conn, "SELECT id FROM bin WHERE code = 'B1'").toInt(0, 0), 200);
            }
            must(*m_conn, "SELECT flash_sale_on('HOT', 16)");
            StartGate gate(kBuyers);
            std::vector<std::thread> threads;
            for (int b = 0; b < kBuyers; ++b) {
                threads.emplace_back([&, b] {
                    std::mt19937 random(unsigned(round * 1000 + b));
                    const int sizes[] = {1, 1, 1, 2, 3, 5};
                    db::Connection &conn = *conns[size_t(b)];
                    gate.arriveAndWait();
                    for (int op = 0; op < kOpsPerRound; ++op) {
                        const int qty = sizes[random() % 6];
                        auto order = conn.exec(kPlace, {QStringLiteral("HOT"), qty});
                        QString state = stateOf(order);
                        if (order.ok()) {
                            const qint64 id = order->toInt64(0, 0);
                            const unsigned next = random() % 3;
                            if (next == 0)
                                state = stateOf(conn.exec("SELECT pay_order($1)", {id}));
                            else if (next == 1)
                                state = stateOf(conn.exec("SELECT cancel_order($1, 'changed my mind')", {id}));
                        }
                        std::lock_guard lock(mutex);
                        if (order.ok())
                            ++placed;
                        if (!state.isEmpty())
                            ++failures[state];
                    }
                });
            }
            for (auto &t : threads)
                t.join();
        }
        QStringList unexpected;
        for (const auto &[state, count] : failures)
            if (state != QLatin1String("BR001"))
                unexpected << QStringLiteral("%1 x%2").arg(state).arg(count);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral(", "))));
        QVERIFY2(placed > kBuyers, qPrintable(QStringLiteral("only %1 orders placed").arg(placed)));
        QVERIFY2(failures[QStringLiteral("BR001")] > 0, "the SKU never sold out: the test did not reach exhaustion");
        // Sold + reserved never exceeds what was ever received (300 + 60 + 2 x 200).
        const int committed = must(*m_conn, "SELECT coalesce(sum(l.qty), 0) FROM order_line l JOIN orders o "
                                            "ON o.id = l.order_id WHERE o.status IN ('reserved', 'paid')").toInt(0, 0);
        QVERIFY2(committed <= 760, qPrintable(QString::number(committed)));
        QCOMPARE(committed + available(QStringLiteral("HOT")), 760);
        expectHealthy();
    }

    // Two buckets of one unit, each held by an open order; a third buyer waits for the first holder,
    // who commits (the bucket is now empty), then waits for the second. The emptied bucket must not be
    // locked by the waiting buyer any more: before 009 it was (a cycle's first half).
    void aBuyerThatFindsItsBucketEmptiedKeepsNoLockOnIt()
    {
        addProduct(QStringLiteral("PAIR"), {2});
        must(*m_conn, "SELECT flash_sale_on('PAIR', 2)");
        auto first = connectOrDie(m_db), second = connectOrDie(m_db), waiter = connectOrDie(m_db);
        must(*first, "BEGIN");
        const qint64 firstOrder = must(*first, kPlace, {QStringLiteral("PAIR"), 1}).toInt64(0, 0);
        must(*second, "BEGIN");
        const qint64 secondOrder = must(*second, kPlace, {QStringLiteral("PAIR"), 1}).toInt64(0, 0);
        send(*waiter, "SELECT order_id FROM place_order('[{\"sku\": \"PAIR\", \"qty\": 1}]')");

        const int blocker = blockerOf(waiter->backendPid());
        QVERIFY(blocker == first->backendPid() || blocker == second->backendPid());
        db::Connection &committer = blocker == first->backendPid() ? *first : *second;
        db::Connection &stillOpen = blocker == first->backendPid() ? *second : *first;
        const qint64 emptiedOrder = blocker == first->backendPid() ? firstOrder : secondOrder;
        must(committer, "COMMIT");
        const qint64 emptied = must(*m_conn, "SELECT bucket_id FROM order_allocation WHERE order_id = $1",
                                    {emptiedOrder}).toInt64(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(blockerOf(waiter->backendPid()), stillOpen.backendPid(), 10000);

        // Nobody may hold the emptied bucket now.
        must(*m_conn, "BEGIN");
        auto probe = m_conn->exec("SELECT 1 FROM stock_bucket WHERE id = $1 FOR NO KEY UPDATE NOWAIT", {emptied});
        must(*m_conn, "ROLLBACK");
        QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().message));

        must(stillOpen, "COMMIT");
        QCOMPARE(finish(*waiter), QStringLiteral("BR001"));
        expectHealthy();
    }

    void checkoutNoLongerSetsALockTimeout()
    {
        addProduct(QStringLiteral("FS"), {10});
        must(*m_conn, "SELECT flash_sale_on('FS', 4)");
        must(*m_conn, "BEGIN");
        must(*m_conn, kPlace, {QStringLiteral("FS"), 1});
        QCOMPARE(must(*m_conn, "SELECT current_setting('lock_timeout')").text(0, 0), QStringLiteral("0"));
        must(*m_conn, "ROLLBACK");
    }

    void aLineLargerThanAnyBucketTakesAcrossBuckets()
    {
        addProduct(QStringLiteral("WIDE"), {12});
        must(*m_conn, "SELECT flash_sale_on('WIDE', 4)");   // 3 units each
        const qint64 id = must(*m_conn, kPlace, {QStringLiteral("WIDE"), 7}).toInt64(0, 0);
        QCOMPARE(must(*m_conn, "SELECT count(*), sum(qty) FROM order_allocation WHERE order_id = $1", {id}).toInt(0, 1), 7);
        QVERIFY(must(*m_conn, "SELECT count(*) FROM order_allocation WHERE order_id = $1", {id}).toInt(0, 0) >= 3);
        QCOMPARE(available(QStringLiteral("WIDE")), 5);
        QCOMPARE(stateOf(m_conn->exec(kPlace, {QStringLiteral("WIDE"), 6})), QStringLiteral("BR001"));
        expectHealthy();
    }

    // --- 2. coalesced notifications ----------------------------------------------------------------

    void aSingleStaffEditNotifiesItsRowAtOnce()
    {
        addProduct(QStringLiteral("EDIT"), {5});
        auto listen = listener();
        const db::PgResult row = must(*m_conn, "SELECT product_id, bin_id, xmin FROM stock");
        openGates();
        must(*m_conn, "SELECT * FROM stock_set_guarded($1, $2, 9, $3, 'count', 'tester')",
             {row.toInt64(0, 0), row.toInt(0, 1), row.text(0, 2)});
        must(*m_conn, "SELECT pg_notify('sentinel', '')");
        const QList<Notice> got = noticesUntilSentinel(*listen);
        QCOMPARE(payloadsOn(got, "stock_changed"),
                 QStringList{QStringLiteral("%1:%2").arg(row.toInt64(0, 0)).arg(row.toInt(0, 1))});
    }

    // With a gap far longer than the test, 20 committed orders notify once per channel: the first.
    void aBurstOfCommitsNotifiesOncePerInterval()
    {
        addProduct(QStringLiteral("BURST"), {100});
        must(*m_conn, "UPDATE backroom_data.notify_gate SET min_gap = '1 hour', last_sent = '-infinity'");
        auto listen = listener();
        QList<qint64> ids;
        for (int i = 0; i < 20; ++i)
            ids << must(*m_conn, kPlace, {QStringLiteral("BURST"), 1}).toInt64(0, 0);
        must(*m_conn, "SELECT pg_notify('sentinel', '')");
        const QList<Notice> got = noticesUntilSentinel(*listen);
        QCOMPARE(payloadsOn(got, "orders_changed"), QStringList{QString::number(ids.first())});
        QCOMPARE(payloadsOn(got, "stock_changed").size(), 1);

        // Gap 0: every commit notifies (the old behaviour, per row).
        must(*m_conn, "UPDATE backroom_data.notify_gate SET min_gap = '0'");
        for (int i = 0; i < 3; ++i)
            must(*m_conn, kPlace, {QStringLiteral("BURST"), 1});
        must(*m_conn, "SELECT pg_notify('sentinel', '')");
        QCOMPARE(payloadsOn(noticesUntilSentinel(*listen), "orders_changed").size(), 3);
    }

    void aTransactionChangingManyRowsSendsTwentyKeysThenStar()
    {
        must(*m_conn, "SELECT set_config('backroom.quiet', 'on', false)");
        for (int i = 0; i < 25; ++i)
            addProduct(QStringLiteral("MANY-%1").arg(i), {1});
        must(*m_conn, "SELECT set_config('backroom.quiet', '', false)");
        auto listen = listener();
        must(*m_conn, "SELECT set_config('backroom.reason', 'recount', false)");
        must(*m_conn, "UPDATE stock SET on_hand = on_hand + 1");
        must(*m_conn, "SELECT pg_notify('sentinel', '')");
        const QStringList stock = payloadsOn(noticesUntilSentinel(*listen), "stock_changed");
        QCOMPARE(stock.size(), 21);
        QCOMPARE(stock.last(), QStringLiteral("*"));
        QVERIFY(stock.first().contains(QLatin1Char(':')));
    }

    void flashSaleBucketTakesNotifyStockChanged()
    {
        addProduct(QStringLiteral("LIVE"), {8});
        must(*m_conn, "SELECT flash_sale_on('LIVE', 4)");
        auto listen = listener();
        openGates();
        must(*m_conn, kPlace, {QStringLiteral("LIVE"), 1});
        must(*m_conn, "SELECT pg_notify('sentinel', '')");
        const db::PgResult row = must(*m_conn, "SELECT product_id, bin_id FROM stock");
        QCOMPARE(payloadsOn(noticesUntilSentinel(*listen), "stock_changed"),
                 QStringList{QStringLiteral("%1:%2").arg(row.toInt64(0, 0)).arg(row.toInt(0, 1))});
    }

    void quietSessionsDoNotNotify()
    {
        addProduct(QStringLiteral("QUIET"), {5});
        auto listen = listener();
        must(*m_conn, "SET backroom.quiet = on");
        must(*m_conn, kPlace, {QStringLiteral("QUIET"), 1});
        must(*m_conn, "SELECT pg_notify('sentinel', '')");
        QVERIFY(noticesUntilSentinel(*listen).isEmpty());
    }

    // Whoever holds the gate until its commit makes the others skip, never wait.
    void aHeldGateMakesOthersSkipWithoutWaiting()
    {
        addProduct(QStringLiteral("GATE"), {5});
        addProduct(QStringLiteral("OTHER"), {5});   // another SKU: the buyers share no stock row
        must(*m_conn, "UPDATE backroom_data.notify_gate SET min_gap = '0'");
        auto listen = listener();
        auto holder = connectOrDie(m_db);
        must(*holder, "BEGIN");
        must(*holder, kPlace, {QStringLiteral("GATE"), 1});
        must(*holder, "SET CONSTRAINTS ALL IMMEDIATE");   // fires the deferred notify triggers now
        auto other = connectOrDie(m_db);
        must(*other, "SET statement_timeout = '5s'");
        QCOMPARE(stateOf(other->exec(kPlace, {QStringLiteral("OTHER"), 1})), QString());
        must(*other, "SELECT pg_notify('sentinel', '')");
        QCOMPARE(payloadsOn(noticesUntilSentinel(*listen), "stock_changed"), QStringList());
        must(*holder, "COMMIT");
        must(*m_conn, "SELECT pg_notify('sentinel', '')");
        QCOMPARE(payloadsOn(noticesUntilSentinel(*listen), "stock_changed").size(), 1);
    }

    // --- 3. the drill's SQL -----------------------------------------------------------------------

    void drillHotSkusCreatesProductsWithExactlyTheUnits()
    {
        const db::PgResult skus = must(*m_conn, "SELECT * FROM drill_hot_skus(3, 40)");
        QCOMPARE(skus.rows(), 3);
        QCOMPARE(skus.text(0, 0), QStringLiteral("DRILL-HOT-01"));
        QCOMPARE(skus.text(2, 0), QStringLiteral("DRILL-HOT-03"));
        const db::PgResult p = must(*m_conn, "SELECT name, name_th FROM product WHERE sku = 'DRILL-HOT-02'");
        QCOMPARE(p.text(0, 0), QStringLiteral("Drill hot item 2"));
        QVERIFY(!p.text(0, 1).isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(available(skus.text(i, 0)), 40);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM stock_ledger WHERE reason = 'drill'").toInt(0, 0), 3);
        QCOMPARE(must(*m_conn, "SELECT count(DISTINCT bin_id) FROM stock s JOIN bin b ON b.id = s.bin_id "
                               "WHERE b.code = 'DRILL'").toInt(0, 0), 1);

        // Again, after a flash sale, drill orders and a real order: flash sale off, drill orders
        // cancelled, the real order untouched, exactly 10 available.
        must(*m_conn, "SELECT flash_sale_on('DRILL-HOT-01', 4)");
        const qint64 drill = must(*m_conn, "SELECT drill_place_order_for_update('[{\"sku\": \"DRILL-HOT-02\", \"qty\": 3}]')")
                                 .toInt64(0, 0);
        const qint64 web = must(*m_conn, kPlace, {QStringLiteral("DRILL-HOT-01"), 5}).toInt64(0, 0);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM drill_hot_skus(3, 10)").toInt(0, 0), 3);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM flash_sale").toInt(0, 0), 0);
        QCOMPARE(must(*m_conn, "SELECT status FROM orders WHERE id = $1", {drill}).text(0, 0), QStringLiteral("cancelled"));
        QCOMPARE(must(*m_conn, "SELECT status FROM orders WHERE id = $1", {web}).text(0, 0), QStringLiteral("reserved"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(available(skus.text(i, 0)), 10);
        QCOMPARE(stateOf(m_conn->exec("SELECT * FROM drill_hot_skus(0, 10)")), QStringLiteral("22023"));
        expectHealthy();
    }

    void forUpdateOrdersAreAllOrNothingAndNeverOversell()
    {
        addProduct(QStringLiteral("LOCKED"), {6, 4});
        addProduct(QStringLiteral("SCARCE"), {1});
        QCOMPARE(stateOf(m_conn->exec("SELECT drill_place_order_for_update('[{\"sku\": \"LOCKED\", \"qty\": 1}, "
                                      "{\"sku\": \"SCARCE\", \"qty\": 2}]')")),
                 QStringLiteral("BR001"));
        QCOMPARE(available(QStringLiteral("LOCKED")), 10);

        constexpr int kBuyers = 32;
        std::vector<std::unique_ptr<db::Connection>> conns;
        for (int i = 0; i < kBuyers; ++i)
            conns.push_back(connectOrDie(m_db));
        StartGate gate(kBuyers);
        std::atomic<int> placed{0}, outOfStock{0}, other{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < kBuyers; ++i) {
            threads.emplace_back([&, i] {
                gate.arriveAndWait();
                const QString s = stateOf(conns[size_t(i)]->exec(
                    "SELECT drill_place_order_for_update('[{\"sku\": \"LOCKED\", \"qty\": 1}]')"));
                (s.isEmpty() ? placed : s == QLatin1String("BR001") ? outOfStock : other)++;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(placed.load(), 10);
        QCOMPARE(outOfStock.load(), kBuyers - 10);
        QCOMPARE(other.load(), 0);
        QCOMPARE(available(QStringLiteral("LOCKED")), 0);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders WHERE channel = 'drill' AND status = 'reserved'").toInt(0, 0), 10);
        expectHealthy();
    }

    void xminOrderRefusesWhenTheRowChangedSinceItWasRead()
    {
        addProduct(QStringLiteral("OPT"), {3});
        const db::PgResult v = must(*m_conn, "SELECT bin_id, version, available FROM drill_stock_version('OPT')");
        QCOMPARE(v.toInt(0, 2), 3);
        const QString line = QStringLiteral("[{\"sku\": \"OPT\", \"qty\": 1}]");
        const char *xminOrder = "SELECT drill_place_order_xmin($1::jsonb, $2, $3::xid)";

        // Two buyers read the same version and race: one wins, the other is told to retry (40001).
        auto a = connectOrDie(m_db), b = connectOrDie(m_db);
        must(*a, "BEGIN");
        QVERIFY(a->exec(xminOrder, {line, v.toInt(0, 0), v.text(0, 1)}).ok());
        must(*b, "SET statement_timeout = '10s'");
        const QByteArray bSql = QStringLiteral("SELECT drill_place_order_xmin('%1', %2, '%3')")
                                    .arg(line, v.text(0, 0), v.text(0, 1)).toUtf8();
        send(*b, bSql.constData());
        QCOMPARE(blockerOf(b->backendPid()), a->backendPid());
        must(*a, "COMMIT");
        QCOMPARE(finish(*b), QStringLiteral("40001"));
        QCOMPARE(stateOf(m_conn->exec(xminOrder, {line, v.toInt(0, 0), v.text(0, 1)})), QStringLiteral("40001"));

        // A fresh read works; asking for more than is there is BR001, not a conflict.
        const db::PgResult fresh = must(*m_conn, "SELECT bin_id, version, available FROM drill_stock_version('OPT')");
        QCOMPARE(fresh.toInt(0, 2), 2);
        QCOMPARE(stateOf(m_conn->exec(xminOrder, {QStringLiteral("[{\"sku\": \"OPT\", \"qty\": 5}]"), fresh.toInt(0, 0),
                                                  fresh.text(0, 1)})),
                 QStringLiteral("BR001"));
        QVERIFY(m_conn->exec(xminOrder, {line, fresh.toInt(0, 0), fresh.text(0, 1)}).ok());
        QCOMPARE(available(QStringLiteral("OPT")), 1);
        QCOMPARE(stateOf(m_conn->exec("SELECT * FROM drill_stock_version('NOPE')")), QStringLiteral("P0002"));
        QCOMPARE(stateOf(m_conn->exec(xminOrder, {QStringLiteral("[{\"sku\": \"OPT\", \"qty\": 1}, {\"sku\": \"X\", \"qty\": 1}]"),
                                                  fresh.toInt(0, 0), fresh.text(0, 1)})),
                 QStringLiteral("22023"));
        expectHealthy();
    }

    void drillCleanupRemovesOnlyUnpaidDrillOrders()
    {
        addProduct(QStringLiteral("REAL"), {20});
        must(*m_conn, "SELECT * FROM drill_hot_skus(1, 20)");
        must(*m_conn, "SELECT flash_sale_on('DRILL-HOT-01', 4)");
        const qint64 web = must(*m_conn, kPlace, {QStringLiteral("REAL"), 4}).toInt64(0, 0);
        const char *drillOrder = "SELECT drill_place_order_for_update(jsonb_build_array(jsonb_build_object('sku', $1::text, 'qty', 1)))";
        const qint64 open = must(*m_conn, drillOrder, {QStringLiteral("REAL")}).toInt64(0, 0);
        const qint64 paid = must(*m_conn, drillOrder, {QStringLiteral("REAL")}).toInt64(0, 0);
        must(*m_conn, "SELECT pay_order($1)", {paid});
        const qint64 cancelled = must(*m_conn, drillOrder, {QStringLiteral("REAL")}).toInt64(0, 0);
        must(*m_conn, "SELECT cancel_order($1)", {cancelled});
        // A drill order through the buckets, as the drill places them on hot SKUs.
        const qint64 bucketOrder = must(*m_conn, kPlace, {QStringLiteral("DRILL-HOT-01"), 2}).toInt64(0, 0);
        must(*m_conn, "UPDATE orders SET channel = 'drill' WHERE id = $1", {bucketOrder});
        QCOMPARE(available(QStringLiteral("DRILL-HOT-01")), 18);

        QCOMPARE(must(*m_conn, "SELECT drill_cleanup()").toInt(0, 0), 3);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders WHERE id IN ($1, $2)", {open, cancelled}).toInt(0, 0), 0);
        QCOMPARE(must(*m_conn, "SELECT status FROM orders WHERE id = $1", {paid}).text(0, 0), QStringLiteral("paid"));
        QCOMPARE(must(*m_conn, "SELECT status FROM orders WHERE id = $1", {web}).text(0, 0), QStringLiteral("reserved"));
        QCOMPARE(must(*m_conn, "SELECT sum(qty) FROM order_allocation WHERE order_id = $1", {web}).toInt(0, 0), 4);
        QCOMPARE(must(*m_conn, "SELECT sum(reserved) FROM stock s JOIN product p ON p.id = s.product_id "
                               "WHERE p.sku = 'REAL'").toInt(0, 0), 4);
        QCOMPARE(available(QStringLiteral("REAL")), 15);   // 20 - 4 (web) - 1 (paid drill)
        QCOMPARE(available(QStringLiteral("DRILL-HOT-01")), 20);
        QCOMPARE(must(*m_conn, "SELECT drill_cleanup()").toInt(0, 0), 0);
        expectHealthy();
    }

    void drillRunSaveKeepsTheRunAndRefusesAnUnknownKind()
    {
        const qint64 id = must(*m_conn, "SELECT drill_run_save('shootout', 'hot-sku', '{\"buyers\": 32}', "
                                        "'{\"rows\": []}', true, now() - interval '1 minute')").toInt64(0, 0);
        const db::PgResult run = must(*m_conn, "SELECT kind, scenario, passed, actor = session_user, params->>'buyers', "
                                               "finished_at > started_at FROM drill_run WHERE id = $1", {id});
        QCOMPARE(run.text(0, 0), QStringLiteral("shootout"));
        QCOMPARE(run.text(0, 1), QStringLiteral("hot-sku"));
        QVERIFY(run.toBool(0, 2));
        QVERIFY(run.toBool(0, 3));
        QCOMPARE(run.text(0, 4), QStringLiteral("32"));
        QVERIFY(run.toBool(0, 5));
        QCOMPARE(stateOf(m_conn->exec("SELECT drill_run_save('soak', NULL, NULL, NULL, NULL, NULL)")),
                 QStringLiteral("22023"));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TstBuckets)
#include "tst_buckets.moc"
