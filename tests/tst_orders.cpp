// Checkout against a real PostgreSQL: reservations never oversell under concurrency (with and without
// flash-sale buckets), multi-line orders are all-or-nothing, pay/cancel/expiry keep stock and ledger
// exact, idempotency keys create one order, and the CLI's exit codes.
#include "testdb.h"

#include "inventory/stock.h"
#include "orders/checkout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/select.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace backroom;
using namespace backroom::orders;
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

constexpr const char *kAddProduct = "INSERT INTO product (sku, name, price_satang) VALUES ($1, $1, $2) RETURNING id";
constexpr const char *kAddBin =
    "INSERT INTO bin (code, zone, pick_seq) VALUES ($1, 'A', $2) ON CONFLICT (code) DO UPDATE SET zone = 'A' RETURNING id";
constexpr const char *kExpireNow = "UPDATE orders SET expires_at = now() - interval '1 minute' WHERE id = $1";

struct Totals {
    int onHand = 0;
    int reserved = 0;   // as people see it (bucket-free units count as available)
    int available() const { return onHand - reserved; }
};

class TstOrders : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_conn;

    // A product with `qtyPerBin` units in each of the given bins (codes).
    void addProduct(const QString &sku, const QList<int> &qtyPerBin, qint64 priceSatang = 2500)
    {
        const qint64 id = must(*m_conn, kAddProduct, {sku, priceSatang}).toInt64(0, 0);
        for (int i = 0; i < qtyPerBin.size(); ++i) {
            const int bin = must(*m_conn, kAddBin, {QStringLiteral("B%1").arg(i + 1), i + 1}).toInt(0, 0);
            must(*m_conn, "SELECT set_config('backroom.reason', 'receive', false)");
            must(*m_conn, "INSERT INTO stock (product_id, bin_id, on_hand) VALUES ($1, $2, $3)", {id, bin, qtyPerBin[i]});
        }
    }

    Totals totals(const QString &sku)
    {
        auto levels = inventory::readStock(*m_conn, sku);
        if (!levels)
            qFatal("readStock: %s", qPrintable(levels.error().message));
        Totals t;
        for (const auto &l : *levels) {
            t.onHand += l.onHand;
            t.reserved += l.reserved;
        }
        return t;
    }

    void expectHealthy()
    {
        auto v = checkoutViolations(*m_conn);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QVERIFY2(v->isEmpty(), qPrintable(v->join(QLatin1Char('\n'))));
    }

    static PlaceOrderRequest request(const QList<OrderLineRequest> &lines, const QString &key = {})
    {
        PlaceOrderRequest r;
        r.lines = lines;
        r.idempotencyKey = key;
        return r;
    }

    struct RaceOutcome {
        int placed = 0;
        int outOfStock = 0;
        QStringList other;
    };

    // `buyers` threads, each with its own connection, place `lines` at the same moment.
    RaceOutcome race(int buyers, const QList<OrderLineRequest> &lines, const QString &sharedKey = {},
                     QList<qint64> *orderIds = nullptr)
    {
        std::vector<std::unique_ptr<db::Connection>> conns;
        for (int i = 0; i < buyers; ++i)
            conns.push_back(connectOrDie(m_db));
        StartGate gate(buyers);
        std::mutex mutex;
        RaceOutcome outcome;
        std::vector<std::thread> threads;
        for (int i = 0; i < buyers; ++i) {
            threads.emplace_back([&, i] {
                gate.arriveAndWait();
                auto r = placeOrder(*conns[size_t(i)], request(lines, sharedKey));
                std::lock_guard lock(mutex);
                if (r) {
                    ++outcome.placed;
                    if (orderIds)
                        orderIds->append(r->id);
                } else if (r.error().kind == Error::Kind::OutOfStock) {
                    ++outcome.outOfStock;
                } else {
                    outcome.other << r.error().message;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        return outcome;
    }

    // Waits (on the socket, no sleeping) for the next NOTIFY on conn; empty payload after 10 s.
    static QString nextNotification(db::Connection &conn)
    {
        PGconn *raw = conn.raw();
        for (int waits = 0; waits < 100; ++waits) {
            PQconsumeInput(raw);
            if (PGnotify *n = PQnotifies(raw)) {
                const QString payload = QString::fromUtf8(n->extra);
                PQfreemem(n);
                return payload;
            }
            fd_set fds;
            FD_ZERO(&fds);
            FD_SET(PQsocket(raw), &fds);
            timeval timeout{0, 100000};
            select(PQsocket(raw) + 1, &fds, nullptr, nullptr, &timeout);
        }
        return {};
    }

    struct CliRun {
        int exitCode = -1;
        QByteArray out, err;
    };
    CliRun cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(BACKROOM_BIN), args + QStringList{QStringLiteral("--db"), m_db});
        if (!p.waitForFinished(60000))
            qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void init()
    {
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = connectOrDie(m_db);
    }
    void cleanup() { m_conn.reset(); }

    void placesThenPaysWithSaleLedgerRow()
    {
        addProduct(QStringLiteral("TEE"), {5}, 19900);
        auto order = placeOrder(*m_conn, request({{QStringLiteral("TEE"), 2}}));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->status, OrderStatus::Reserved);
        QCOMPARE(order->totalSatang, 39800);
        QCOMPARE(order->lines.size(), 1);
        QVERIFY(order->expiresAt.isValid());
        QCOMPARE(totals(QStringLiteral("TEE")).available(), 3);

        auto paid = payOrder(*m_conn, order->id);
        QVERIFY(paid.ok());
        QCOMPARE(paid->status, OrderStatus::Paid);
        QVERIFY(!paid->expiresAt.isValid());
        const Totals t = totals(QStringLiteral("TEE"));
        QCOMPARE(t.onHand, 3);
        QCOMPARE(t.reserved, 0);
        auto sale = must(*m_conn, "SELECT delta, reason, ref FROM stock_ledger ORDER BY id DESC LIMIT 1");
        QCOMPARE(sale.toInt(0, 0), -2);
        QCOMPARE(sale.text(0, 1), QStringLiteral("sale"));
        QCOMPARE(sale.text(0, 2), QStringLiteral("order:%1").arg(order->id));
        expectHealthy();
    }

    void splitsALineAcrossBins()
    {
        addProduct(QStringLiteral("MUG"), {3, 4});
        auto order = placeOrder(*m_conn, request({{QStringLiteral("MUG"), 6}}));
        QVERIFY(order.ok());
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM order_allocation WHERE order_id = $1", {order->id}).toInt(0, 0), 2);
        QCOMPARE(totals(QStringLiteral("MUG")).available(), 1);
        QVERIFY(payOrder(*m_conn, order->id).ok());
        QCOMPARE(totals(QStringLiteral("MUG")).onHand, 1);
        expectHealthy();
    }

    void mergesDuplicateLinesAndRejectsBadInput()
    {
        addProduct(QStringLiteral("CAP"), {10});
        auto order = placeOrder(*m_conn, request({{QStringLiteral("CAP"), 2}, {QStringLiteral("CAP"), 3}}));
        QVERIFY(order.ok());
        QCOMPARE(order->lines.size(), 1);
        QCOMPARE(order->lines.first().qty, 5);

        QCOMPARE(placeOrder(*m_conn, request({})).error().kind, Error::Kind::BadInput);
        QCOMPARE(placeOrder(*m_conn, request({{QStringLiteral("CAP"), 0}})).error().kind, Error::Kind::BadInput);
        auto unknown = placeOrder(*m_conn, request({{QStringLiteral("NOPE"), 1}}));
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QVERIFY(unknown.error().message.contains(QLatin1String("NOPE")));
        auto tooMany = placeOrder(*m_conn, request({{QStringLiteral("CAP"), 6}}));
        QCOMPARE(tooMany.error().kind, Error::Kind::OutOfStock);
        QVERIFY(tooMany.error().message.contains(QLatin1String("CAP")));
        QCOMPARE(totals(QStringLiteral("CAP")).available(), 5);
        expectHealthy();
    }

    void refusesPayingTwiceAndCancellingPaid()
    {
        addProduct(QStringLiteral("BAG"), {3});
        auto order = placeOrder(*m_conn, request({{QStringLiteral("BAG"), 1}}));
        QVERIFY(payOrder(*m_conn, order->id).ok());
        auto again = payOrder(*m_conn, order->id);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY(again.error().message.contains(QLatin1String("already paid")));
        QCOMPARE(cancelOrder(*m_conn, order->id).error().kind, Error::Kind::Conflict);
        QCOMPARE(totals(QStringLiteral("BAG")).onHand, 2);
        QCOMPARE(payOrder(*m_conn, 999999).error().kind, Error::Kind::NotFound);
        expectHealthy();
    }

    void cancelGivesStockBackAndCannotThenBePaid()
    {
        addProduct(QStringLiteral("PEN"), {4});
        auto order = placeOrder(*m_conn, request({{QStringLiteral("PEN"), 4}}));
        QCOMPARE(totals(QStringLiteral("PEN")).available(), 0);
        auto cancelled = cancelOrder(*m_conn, order->id, QStringLiteral("customer changed mind"));
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->status, OrderStatus::Cancelled);
        QCOMPARE(totals(QStringLiteral("PEN")).available(), 4);
        QVERIFY(cancelOrder(*m_conn, order->id).ok());   // again: no-op
        QCOMPARE(totals(QStringLiteral("PEN")).available(), 4);
        QCOMPARE(payOrder(*m_conn, order->id).error().kind, Error::Kind::Conflict);
        expectHealthy();
    }

    void expiryReleasesStock()
    {
        addProduct(QStringLiteral("HAT"), {5});
        auto stale = placeOrder(*m_conn, request({{QStringLiteral("HAT"), 3}}));
        auto fresh = placeOrder(*m_conn, request({{QStringLiteral("HAT"), 1}}));
        must(*m_conn, kExpireNow, {stale->id});
        auto n = expireReservations(*m_conn);
        QVERIFY(n.ok());
        QCOMPARE(*n, 1);
        QCOMPARE(getOrder(*m_conn, stale->id)->status, OrderStatus::Expired);
        QCOMPARE(getOrder(*m_conn, fresh->id)->status, OrderStatus::Reserved);
        QCOMPARE(totals(QStringLiteral("HAT")).available(), 4);
        QCOMPARE(*expireReservations(*m_conn), 0);
        expectHealthy();
    }

    void expiredReservationCannotBePaidBeforeTheSweep()
    {
        addProduct(QStringLiteral("SCARF"), {2});
        auto order = placeOrder(*m_conn, request({{QStringLiteral("SCARF"), 2}}));
        QVERIFY(order.ok());
        must(*m_conn, kExpireNow, {order->id});
        auto paid = payOrder(*m_conn, order->id);
        QVERIFY(!paid.ok());
        QCOMPARE(paid.error().kind, Error::Kind::Conflict);
        QVERIFY2(paid.error().message.contains(QLatin1String("expired")), qPrintable(paid.error().message));
        QCOMPARE(totals(QStringLiteral("SCARF")).onHand, 2);   // nothing sold
        QCOMPARE(*expireReservations(*m_conn), 1);
        QCOMPARE(totals(QStringLiteral("SCARF")).available(), 2);
        expectHealthy();
    }

    void idempotencyKeyReturnsTheSameOrder()
    {
        addProduct(QStringLiteral("SOCK"), {10});
        auto first = placeOrder(*m_conn, request({{QStringLiteral("SOCK"), 2}}, QStringLiteral("cart-1")));
        auto second = placeOrder(*m_conn, request({{QStringLiteral("SOCK"), 2}}, QStringLiteral("cart-1")));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second->id, first->id);
        QVERIFY(!first->replayed);
        QVERIFY(second->replayed);
        QCOMPARE(totals(QStringLiteral("SOCK")).available(), 8);
    }

    void idempotencyKeyReusedForOtherLinesIsRefused()
    {
        addProduct(QStringLiteral("MUG"), {10});
        addProduct(QStringLiteral("CAP"), {10});
        auto first = placeOrder(*m_conn, request({{QStringLiteral("MUG"), 2}, {QStringLiteral("CAP"), 1}}, QStringLiteral("cart-9")));
        QVERIFY(first.ok());
        // The same lines in another order, one split in two, is the same order: a replay.
        auto same = placeOrder(*m_conn, request({{QStringLiteral("CAP"), 1}, {QStringLiteral("MUG"), 1},
                                                 {QStringLiteral("MUG"), 1}}, QStringLiteral("cart-9")));
        QVERIFY(same.ok());
        QVERIFY(same->replayed);
        QCOMPARE(same->id, first->id);
        for (const auto &other : {QList<OrderLineRequest>{{QStringLiteral("MUG"), 3}, {QStringLiteral("CAP"), 1}},
                                  QList<OrderLineRequest>{{QStringLiteral("MUG"), 2}},
                                  QList<OrderLineRequest>{{QStringLiteral("MUG"), 2}, {QStringLiteral("CAP"), 1},
                                                             {QStringLiteral("SOCK"), 1}}}) {
            auto reused = placeOrder(*m_conn, request(other, QStringLiteral("cart-9")));
            QVERIFY(!reused.ok());
            QCOMPARE(reused.error().kind, Error::Kind::Conflict);
            QVERIFY2(reused.error().message.contains(QLatin1String("already used")), qPrintable(reused.error().message));
        }
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders").toInt(0, 0), 1);
        QCOMPARE(totals(QStringLiteral("MUG")).available(), 8);
        expectHealthy();
    }

    void concurrentSameKeyCreatesOneOrder()
    {
        addProduct(QStringLiteral("KEYED"), {100});
        QList<qint64> ids;
        const RaceOutcome o = race(16, {{QStringLiteral("KEYED"), 1}}, QStringLiteral("same-key"), &ids);
        QVERIFY2(o.other.isEmpty(), qPrintable(o.other.join(QLatin1Char('\n'))));
        QCOMPARE(o.placed, 16);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 1);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders").toInt(0, 0), 1);
        QCOMPARE(totals(QStringLiteral("KEYED")).available(), 99);
        expectHealthy();
    }

    void concurrentBuyersNeverOversell_data()
    {
        QTest::addColumn<int>("buckets");
        QTest::newRow("single row") << 0;
        QTest::newRow("flash sale, 8 buckets") << 8;
        QTest::newRow("flash sale, 3 buckets (bigger than 1 unit)") << 3;
    }
    void concurrentBuyersNeverOversell()
    {
        QFETCH(int, buckets);
        addProduct(QStringLiteral("HOT"), {10});
        if (buckets > 0)
            QVERIFY(flashSaleOn(*m_conn, QStringLiteral("HOT"), buckets).ok());
        QCOMPARE(totals(QStringLiteral("HOT")).available(), 10);

        const RaceOutcome o = race(64, {{QStringLiteral("HOT"), 1}});
        QVERIFY2(o.other.isEmpty(), qPrintable(o.other.join(QLatin1Char('\n'))));
        QCOMPARE(o.placed, 10);
        QCOMPARE(o.outOfStock, 54);
        QCOMPARE(totals(QStringLiteral("HOT")).available(), 0);
        QCOMPARE(totals(QStringLiteral("HOT")).reserved, 10);
        expectHealthy();

        // Paying all of them sells exactly what was stocked; the ledger follows.
        auto ids = must(*m_conn, "SELECT id FROM orders WHERE status = 'reserved'");
        for (int i = 0; i < ids.rows(); ++i)
            QVERIFY(payOrder(*m_conn, ids.toInt64(i, 0)).ok());
        QCOMPARE(totals(QStringLiteral("HOT")).onHand, 0);
        QCOMPARE(must(*m_conn, "SELECT -sum(delta)::int FROM stock_ledger WHERE reason = 'sale'").toInt(0, 0), 10);
        if (buckets > 0)
            QVERIFY(flashSaleOff(*m_conn, QStringLiteral("HOT")).ok());
        expectHealthy();
    }

    void multiLineOrdersAreAllOrNothing_data()
    {
        QTest::addColumn<int>("buckets");
        QTest::newRow("single row") << 0;
        QTest::newRow("flash sale on the scarce SKU") << 4;
    }
    void multiLineOrdersAreAllOrNothing()
    {
        QFETCH(int, buckets);
        addProduct(QStringLiteral("PLENTY"), {10});
        addProduct(QStringLiteral("SCARCE"), {2, 3});
        if (buckets > 0)
            QVERIFY(flashSaleOn(*m_conn, QStringLiteral("SCARCE"), buckets).ok());
        QList<qint64> ids;
        const RaceOutcome o = race(64, {{QStringLiteral("PLENTY"), 1}, {QStringLiteral("SCARCE"), 1}}, {}, &ids);
        QVERIFY2(o.other.isEmpty(), qPrintable(o.other.join(QLatin1Char('\n'))));
        QCOMPARE(o.placed, 5);
        QCOMPARE(o.outOfStock, 59);
        // No partial reservation: PLENTY holds exactly one unit per placed order.
        QCOMPARE(totals(QStringLiteral("PLENTY")).reserved, 5);
        QCOMPARE(totals(QStringLiteral("SCARCE")).available(), 0);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders").toInt(0, 0), 5);
        expectHealthy();
        // Cancelling gives both SKUs back.
        for (qint64 id : ids)
            QVERIFY(cancelOrder(*m_conn, id).ok());
        QCOMPARE(totals(QStringLiteral("PLENTY")).available(), 10);
        QCOMPARE(totals(QStringLiteral("SCARCE")).available(), 5);
        expectHealthy();
    }

    // Buyers keep buying while the flash sale is switched on and off under them: whatever the
    // interleaving, nothing oversells and every invariant holds at the end.
    void invariantsHoldWhileFlashSaleToggles()
    {
        addProduct(QStringLiteral("TOGGLE"), {25, 15});
        constexpr int buyers = 24;
        constexpr int ordersEach = 4;
        std::vector<std::unique_ptr<db::Connection>> conns;
        for (int i = 0; i < buyers + 1; ++i)
            conns.push_back(connectOrDie(m_db));
        StartGate gate(buyers + 1);
        std::atomic<int> unitsPlaced{0};
        std::mutex mutex;
        QStringList unexpected;
        std::vector<std::thread> threads;
        for (int i = 0; i < buyers; ++i) {
            threads.emplace_back([&, i] {
                gate.arriveAndWait();
                for (int k = 0; k < ordersEach; ++k) {
                    const int qty = 1 + (i + k) % 2;
                    auto r = placeOrder(*conns[size_t(i)], request({{QStringLiteral("TOGGLE"), qty}}));
                    if (r) {
                        unitsPlaced += qty;
                    } else if (r.error().kind != Error::Kind::OutOfStock) {
                        std::lock_guard lock(mutex);
                        unexpected << r.error().message;
                    }
                }
            });
        }
        threads.emplace_back([&] {
            db::Connection &admin = *conns[size_t(buyers)];
            gate.arriveAndWait();
            for (int k = 0; k < 12; ++k) {
                const Status s = k % 2 == 0 ? flashSaleOn(admin, QStringLiteral("TOGGLE"), 2 + k % 5)
                                            : flashSaleOff(admin, QStringLiteral("TOGGLE"));
                if (!s) {
                    std::lock_guard lock(mutex);
                    unexpected << s.error().message;
                }
            }
        });
        for (auto &t : threads)
            t.join();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
        QVERIFY(unitsPlaced.load() <= 40);
        QCOMPARE(totals(QStringLiteral("TOGGLE")).reserved, unitsPlaced.load());
        QCOMPARE(totals(QStringLiteral("TOGGLE")).available(), 40 - unitsPlaced.load());
        expectHealthy();

        // Settle everything (pay odd ids, cancel even ones) with the sale on again.
        QVERIFY(flashSaleOn(*m_conn, QStringLiteral("TOGGLE"), 3).ok());
        auto ids = must(*m_conn, "SELECT id FROM orders WHERE status = 'reserved' ORDER BY id");
        for (int i = 0; i < ids.rows(); ++i) {
            const qint64 id = ids.toInt64(i, 0);
            QVERIFY(id % 2 ? payOrder(*m_conn, id).ok() : cancelOrder(*m_conn, id).ok());
        }
        QVERIFY(flashSaleOff(*m_conn, QStringLiteral("TOGGLE")).ok());
        const int sold = must(*m_conn, "SELECT coalesce(-sum(delta), 0)::int FROM stock_ledger WHERE reason = 'sale'").toInt(0, 0);
        QCOMPARE(totals(QStringLiteral("TOGGLE")).onHand, 40 - sold);
        QCOMPARE(totals(QStringLiteral("TOGGLE")).reserved, 0);
        expectHealthy();
    }

    void flashSaleShowsOneTotalAndRefusesStaffEdits()
    {
        addProduct(QStringLiteral("FLASH"), {7, 5});
        auto before = placeOrder(*m_conn, request({{QStringLiteral("FLASH"), 2}}));   // reserved before the sale
        QVERIFY(flashSaleOn(*m_conn, QStringLiteral("FLASH"), 4).ok());
        auto state = flashSaleState(*m_conn, QStringLiteral("FLASH"));
        QVERIFY(state->on);
        QCOMPARE(state->buckets, 8);
        QCOMPARE(state->freeInBuckets, 10);
        Totals t = totals(QStringLiteral("FLASH"));
        QCOMPARE(t.onHand, 12);
        QCOMPARE(t.reserved, 2);
        QCOMPARE(t.available(), 10);

        auto during = placeOrder(*m_conn, request({{QStringLiteral("FLASH"), 3}}));
        QVERIFY(during.ok());
        QCOMPARE(totals(QStringLiteral("FLASH")).available(), 7);

        // Staff edits are refused with a message saying what to do.
        auto levels = inventory::readStock(*m_conn, QStringLiteral("FLASH"));
        auto edit = inventory::setOnHand(*m_conn, levels->first().key, 20, levels->first().version, QStringLiteral("recount"));
        QVERIFY(!edit.ok());
        QVERIFY2(edit.error().message.contains(QLatin1String("flash-sale")), qPrintable(edit.error().message));

        // Pay one taken from buckets and the one from before; cancel nothing; turn the sale off.
        QVERIFY(payOrder(*m_conn, during->id).ok());
        // One sale row per stock row, however many buckets the units came from.
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM stock_ledger WHERE ref = $1 GROUP BY bin_id ORDER BY 1 DESC LIMIT 1",
                      {QStringLiteral("order:%1").arg(during->id)}).toInt(0, 0), 1);
        QCOMPARE(must(*m_conn, "SELECT -sum(delta)::int FROM stock_ledger WHERE ref = $1",
                      {QStringLiteral("order:%1").arg(during->id)}).toInt(0, 0), 3);
        QVERIFY(payOrder(*m_conn, before->id).ok());
        expectHealthy();
        auto open = placeOrder(*m_conn, request({{QStringLiteral("FLASH"), 4}}));   // stays open across --off
        QVERIFY(flashSaleOff(*m_conn, QStringLiteral("FLASH")).ok());
        QVERIFY(!flashSaleState(*m_conn, QStringLiteral("FLASH"))->on);
        t = totals(QStringLiteral("FLASH"));
        QCOMPARE(t.onHand, 7);
        QCOMPARE(t.reserved, 4);
        expectHealthy();
        QVERIFY(cancelOrder(*m_conn, open->id).ok());
        QCOMPARE(totals(QStringLiteral("FLASH")).available(), 7);
        QCOMPARE(must(*m_conn, "SELECT sum(reserved)::int FROM stock").toInt(0, 0), 0);
        expectHealthy();

        levels = inventory::readStock(*m_conn, QStringLiteral("FLASH"));
        edit = inventory::setOnHand(*m_conn, levels->first().key, 20, levels->first().version, QStringLiteral("recount"));
        QVERIFY2(edit.ok() && edit->applied, "editing is allowed again after --off");
    }

    void notifiesEveryOrderChangeUnlessQuiet()
    {
        addProduct(QStringLiteral("NOTE"), {10});
        // Every notifying commit notifies (no coalescing): migration 009's gate is tested in tst_buckets.
        must(*m_conn, "UPDATE backroom_data.notify_gate SET min_gap = '0'");
        auto listener = connectOrDie(m_db);
        must(*listener, "LISTEN orders_changed");
        auto placed = placeOrder(*m_conn, request({{QStringLiteral("NOTE"), 1}}));
        QCOMPARE(nextNotification(*listener), QString::number(placed->id));
        QVERIFY(payOrder(*m_conn, placed->id).ok());
        QCOMPARE(nextNotification(*listener), QString::number(placed->id));

        // Quiet (bulk loads, drills): nothing is sent; the next loud change is the next one heard.
        must(*m_conn, "SELECT set_config('backroom.quiet', 'on', false)");
        auto quiet = placeOrder(*m_conn, request({{QStringLiteral("NOTE"), 1}}));
        must(*m_conn, "SELECT set_config('backroom.quiet', '', false)");
        auto cancelled = cancelOrder(*m_conn, quiet->id);
        QVERIFY(cancelled.ok());
        auto loud = placeOrder(*m_conn, request({{QStringLiteral("NOTE"), 1}}));
        QCOMPARE(nextNotification(*listener), QString::number(quiet->id));   // from the cancel
        QCOMPARE(nextNotification(*listener), QString::number(loud->id));
    }

    void listsAndFiltersOrders()
    {
        addProduct(QStringLiteral("LIST"), {10});
        auto a = placeOrder(*m_conn, request({{QStringLiteral("LIST"), 1}}));
        PlaceOrderRequest shopee = request({{QStringLiteral("LIST"), 1}});
        shopee.channel = QStringLiteral("shopee");
        auto b = placeOrder(*m_conn, shopee);
        QVERIFY(payOrder(*m_conn, a->id).ok());
        OrderFilter all;
        QCOMPARE(listOrders(*m_conn, all)->size(), 2);
        QCOMPARE(listOrders(*m_conn, all)->first().id, b->id);   // newest first
        OrderFilter paid;
        paid.status = OrderStatus::Paid;
        QCOMPARE(listOrders(*m_conn, paid)->size(), 1);
        OrderFilter channel;
        channel.channel = QStringLiteral("shopee");
        QCOMPARE(listOrders(*m_conn, channel)->first().id, b->id);
        OrderFilter page;
        page.beforeId = b->id;
        QCOMPARE(listOrders(*m_conn, page)->first().id, a->id);
        QCOMPARE(formatBaht(123405), QStringLiteral("1234.05"));
    }

    void cliExitCodes()
    {
        addProduct(QStringLiteral("CLI-1"), {2}, 15050);
        CliRun r = cli({QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--sku"), QStringLiteral("CLI-1"),
                        QStringLiteral("--qty"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject placed = QJsonDocument::fromJson(r.out).object();
        const qint64 id = placed.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(placed.value(QStringLiteral("total")).toString(), QStringLiteral("301.00"));

        r = cli({QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--sku"), QStringLiteral("CLI-1"),
                 QStringLiteral("--qty"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("CLI-1"));
        r = cli({QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--sku"), QStringLiteral("CLI-1"),
                 QStringLiteral("--qty"), QStringLiteral("zero")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--sku"), QStringLiteral("CLI-1")});
        QCOMPARE(r.exitCode, 2);

        r = cli({QStringLiteral("orders"), QStringLiteral("pay"), QString::number(id)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("orders"), QStringLiteral("pay"), QString::number(id)});
        QCOMPARE(r.exitCode, 3);
        r = cli({QStringLiteral("orders"), QStringLiteral("cancel"), QString::number(id)});
        QCOMPARE(r.exitCode, 3);
        r = cli({QStringLiteral("orders"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("301.00"));
        r = cli({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("424242")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("paid")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QByteArray::number(id)));
        r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("nonsense")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("orders"), QStringLiteral("expire")});
        QCOMPARE(r.exitCode, 0);

        addProduct(QStringLiteral("CLI-2"), {9});
        r = cli({QStringLiteral("stock"), QStringLiteral("flash-sale"), QStringLiteral("CLI-2"), QStringLiteral("--buckets"),
                 QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("CLI-2"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("available")).toInt(), 9);
        r = cli({QStringLiteral("stock"), QStringLiteral("flash-sale"), QStringLiteral("CLI-2"), QStringLiteral("--off")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("stock"), QStringLiteral("flash-sale"), QStringLiteral("CLI-2")});
        QCOMPARE(r.exitCode, 2);
        expectHealthy();
    }
};

} // namespace

QTEST_GUILESS_MAIN(TstOrders)
#include "tst_orders.moc"
