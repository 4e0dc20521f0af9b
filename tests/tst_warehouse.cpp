// The warehouse flow against a real PostgreSQL (migration 012, core/warehouse): a full day from payment
// to shipping with a wrong scan and a short pick, keeping ledger == stock for every row; two pickers
// racing for one task on two connections; a double confirm counting once; packing that blocks on a
// missing or extra unit; cancelling a picked order; a short pick nobody can cover; role checks; the CLI.
#include "testdb.h"

#include "orders/checkout.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace backroom;
using namespace backroom::warehouse;
using backroom::test::connectOrDie;
using backroom::test::must;

namespace {

// Releases every waiting thread at once, so the pickers really race (no sleeps).
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

int g_loginCounter = 0;

// A login granted `group`, unique in the cluster (roles are cluster-wide). Names are generated here.
QString createLogin(db::Connection &admin, const QString &group)
{
    const QString name = QStringLiteral("tw%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_loginCounter);
    const QByteArray sql = QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, group).toUtf8();
    must(admin, sql.constData());
    return name;
}

QString asLogin(const QString &conninfo, const QString &login)
{
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + login);
    return out;
}

// The shop of every test: two SKUs, three bins in two zones.
//   TEE: A-01 holds 6, A-02 holds 4, B-01 holds 3.   MUG: A-01 holds 5.
void stockShop(db::Connection &admin)
{
    must(admin, "INSERT INTO product (sku, name, name_th, barcode, price_satang) VALUES "
                "('TEE', 'Cotton T-Shirt', 'เสื้อยืดผ้าฝ้าย', '8850000000011', 19900), "
                "('MUG', 'Mug', NULL, '8850000000028', 9900)");
    must(admin, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 10), ('A-02', 'A', 20), ('B-01', 'B', 30)");
    must(admin, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, v.n FROM "
                "(VALUES ('TEE', 'A-01', 6), ('TEE', 'A-02', 4), ('TEE', 'B-01', 3), ('MUG', 'A-01', 5)) v(sku, bin, n) "
                "JOIN product p ON p.sku = v.sku JOIN bin b ON b.code = v.bin");
}

qint64 placeAndPay(db::Connection &conn, const QList<orders::OrderLineRequest> &lines,
                   const QString &channel = QStringLiteral("web"))
{
    orders::PlaceOrderRequest request;
    request.lines = lines;
    request.channel = channel;
    auto order = orders::placeOrder(conn, request);
    if (!order)
        qFatal("placeOrder: %s", qPrintable(order.error().message));
    if (auto paid = orders::payOrder(conn, order->id); !paid)
        qFatal("payOrder: %s", qPrintable(paid.error().message));
    return order->id;
}

int scalar(db::Connection &conn, const char *sql, const QVariantList &params = {})
{
    return must(conn, sql, params).toInt(0, 0);
}

// Rows where on_hand differs from the sum of the row's ledger deltas (must stay 0).
int ledgerMismatches(db::Connection &conn)
{
    return scalar(conn, "SELECT count(*) FROM stock s LEFT JOIN (SELECT product_id, bin_id, sum(delta) AS total "
                        "FROM stock_ledger GROUP BY 1, 2) l USING (product_id, bin_id) "
                        "WHERE s.on_hand <> coalesce(l.total, 0)");
}

int totalOnHand(db::Connection &conn) { return scalar(conn, "SELECT coalesce(sum(on_hand), 0) FROM stock"); }

QString statusOf(db::Connection &conn, qint64 order)
{
    return must(conn, "SELECT status FROM orders WHERE id = $1", {order}).text(0, 0);
}

// Picks every task of a wave as one picker, confirming each task whole.
void pickAll(db::Connection &conn, qint64 wave, const QString &picker)
{
    for (;;) {
        auto list = pickListDocument(conn, wave);
        QVERIFY(list.ok());
        const PickTaskLine *next = nullptr;
        for (const auto &line : list->lines)
            if (line.status == QLatin1String("open") || line.status == QLatin1String("claimed")) {
                next = &line;
                break;
            }
        if (!next)
            return;
        QVERIFY(claimTask(conn, next->taskId, picker).ok());
        auto done = confirmPick(conn, {next->taskId, next->binCode, next->sku,
                                       next->qty - next->picked - next->missing, {}, picker});
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    }
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run runBackroom(const QStringList &args, const QString &conninfo)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("BACKROOM_DB"), conninfo);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BACKROOM_BIN), args);
    if (!p.waitForFinished(120000))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TstWarehouse : public QObject {
    Q_OBJECT

private:
    QString m_info;
    std::unique_ptr<db::Connection> m_admin;

private slots:
    void init()
    {
        m_info = test::TestCluster::instance().freshDatabase();
        m_admin = connectOrDie(m_info);
        stockShop(*m_admin);
    }

    void cleanup() { m_admin.reset(); }

    // The "Must hold": orders placed and paid -> wave -> pick (one wrong scan, one short pick)
    // -> pack -> ship; ledger == stock for every row, every shipped unit left exactly one bin, and the
    // short pick shows in the ledger with its reason.
    void fullDayFromPaymentToShipping()
    {
        db::Connection &c = *m_admin;
        const int unitsAtStart = totalOnHand(c);
        QList<qint64> orderIds;
        orderIds << placeAndPay(c, {{QStringLiteral("TEE"), 3}, {QStringLiteral("MUG"), 1}});
        orderIds << placeAndPay(c, {{QStringLiteral("TEE"), 2}});
        orderIds << placeAndPay(c, {{QStringLiteral("MUG"), 2}}, QStringLiteral("shopee"));
        orderIds << placeAndPay(c, {{QStringLiteral("TEE"), 1}, {QStringLiteral("MUG"), 1}}, QStringLiteral("lazada"));

        auto wave = createWave(c, {});
        QVERIFY2(wave.ok(), qPrintable(wave.ok() ? QString() : wave.error().message));
        QCOMPARE(scalar(c, "SELECT count(*) FROM wave_order WHERE wave_id = $1", {*wave}), 4);
        auto released = releaseWave(c, *wave, {QStringLiteral("ann"), QStringLiteral("bob")});
        QVERIFY(released.ok());

        // One line per bin and SKU, in walking order, units of several orders together.
        auto list = pickListDocument(c, *wave);
        QVERIFY(list.ok());
        QCOMPARE(list->lines.size(), 2);
        QCOMPARE(list->lines[0].binCode, QStringLiteral("A-01"));
        const PickTaskLine tees = list->lines[0].sku == QLatin1String("TEE") ? list->lines[0] : list->lines[1];
        QCOMPARE(tees.qty, 6);
        QCOMPARE(tees.orderIds.size(), 3);
        QCOMPARE(tees.nameTh, QStringLiteral("เสื้อยืดผ้าฝ้าย"));
        QCOMPARE(tees.barcode, QStringLiteral("8850000000011"));
        QCOMPARE(list->wave.unitsToPick, 10);

        QVERIFY(claimTask(c, tees.taskId, QStringLiteral("ann")).ok());
        // A wrong bin is refused at once, and nothing is counted.
        auto wrong = confirmPick(c, {tees.taskId, QStringLiteral("A-02"), QStringLiteral("TEE"), 1, {}, QStringLiteral("ann")});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::BadInput);
        QCOMPARE(wrong.error().sqlState, QString::fromLatin1(kWrongBinState));
        QVERIFY(wrong.error().message.contains(QStringLiteral("A-01")));
        auto wrongItem = confirmPick(c, {tees.taskId, QStringLiteral("A-01"), QStringLiteral("8850000000028"), 1, {},
                                         QStringLiteral("ann")});
        QCOMPARE(wrongItem.error().sqlState, QString::fromLatin1(kWrongItemState));
        QCOMPARE(scalar(c, "SELECT picked FROM pick_task WHERE id = $1", {tees.taskId}), 0);

        // Found 4 of 6 (scanned by barcode); 2 are missing and come from A-02 instead.
        auto four = confirmPick(c, {tees.taskId, QStringLiteral("A-01"), QStringLiteral("8850000000011"), 4, {},
                                    QStringLiteral("ann")});
        QVERIFY(four.ok());
        QCOMPARE(four->left, 2);
        auto shortPick = recordShortPick(c, tees.taskId, 2, {}, QStringLiteral("ann"));
        QVERIFY2(shortPick.ok(), qPrintable(shortPick.ok() ? QString() : shortPick.error().message));
        QCOMPARE(shortPick->reallocated, 2);
        QVERIFY(shortPick->flaggedOrders.isEmpty());
        QCOMPARE(must(c, "SELECT status FROM pick_task WHERE id = $1", {tees.taskId}).text(0, 0), QStringLiteral("short"));
        pickAll(c, *wave, QStringLiteral("bob"));
        for (qint64 id : orderIds)
            QCOMPARE(statusOf(c, id), QStringLiteral("picked"));

        // Pack each order with exactly its units, then ship.
        for (qint64 id : orderIds) {
            auto slip = packingSlipDocument(c, id);
            QVERIFY(slip.ok());
            QCOMPARE(slip->waveId, *wave);
            QStringList items;
            for (const auto &line : slip->lines)
                for (int i = 0; i < line.qty; ++i)
                    items << line.sku;
            QVERIFY(packOrder(c, id, items).ok());
            QVERIFY(shipOrder(c, id, QStringLiteral("TH%1").arg(id)).ok());
            QCOMPARE(statusOf(c, id), QStringLiteral("shipped"));
        }
        QVERIFY(closeWave(c, *wave).ok());

        // Ledger == stock for every row, and the checkout invariants hold.
        QCOMPARE(ledgerMismatches(c), 0);
        QCOMPARE(scalar(c, "SELECT count(*) FROM checkout_violations()"), 0);
        // Every shipped unit left exactly one bin: per order and SKU, the order's ledger rows net to the
        // units ordered, and its allocations (one bin each) add up to them too.
        QCOMPARE(scalar(c, "SELECT count(*) FROM order_line l JOIN orders o ON o.id = l.order_id "
                           "LEFT JOIN (SELECT substr(ref, 7)::bigint AS order_id, product_id, -sum(delta) AS left_bins "
                           "             FROM stock_ledger WHERE ref LIKE 'order:%' GROUP BY 1, 2) g "
                           "       ON g.order_id = l.order_id AND g.product_id = l.product_id "
                           "LEFT JOIN (SELECT order_id, product_id, sum(qty) AS allocated FROM order_allocation "
                           "            GROUP BY 1, 2) a ON a.order_id = l.order_id AND a.product_id = l.product_id "
                           "WHERE o.status = 'shipped' AND (g.left_bins IS DISTINCT FROM l.qty "
                           "                                OR a.allocated IS DISTINCT FROM l.qty)"),
                 0);
        // Nothing created or lost: what is left = what was there - shipped - missing.
        const int shipped = scalar(c, "SELECT sum(qty) FROM order_line");
        QCOMPARE(totalOnHand(c), unitsAtStart - shipped - 2);
        // The short pick shows in the ledger with its reason: sale moved A-01 -> A-02, missing written off.
        // (The 2 come off the newest orders' shares, one row per order and bin.)
        QCOMPARE(scalar(c, "SELECT sum(g.delta) FROM stock_ledger g JOIN bin b ON b.id = g.bin_id "
                           "WHERE g.reason = 'short pick' AND b.code = 'A-01'"),
                 2);
        QCOMPARE(scalar(c, "SELECT sum(g.delta) FROM stock_ledger g JOIN bin b ON b.id = g.bin_id "
                           "WHERE g.reason = 'short pick' AND b.code = 'A-02'"),
                 -2);
        QCOMPARE(scalar(c, "SELECT count(*) FROM stock_ledger WHERE reason = 'stocktake' AND delta = -2 AND ref = $1",
                        {QStringLiteral("short-pick:task:%1").arg(tees.taskId)}),
                 1);
        QCOMPARE(must(c, "SELECT tracking FROM fulfilment WHERE order_id = $1", {orderIds[0]}).text(0, 0),
                 QStringLiteral("TH%1").arg(orderIds[0]));
    }

    // Two pickers on two connections claim the same task at the same moment: one wins, the other is
    // told who has it, and the task's units are counted once.
    void twoPickersRacingOnOneTask()
    {
        placeAndPay(*m_admin, {{QStringLiteral("TEE"), 2}});
        auto wave = createWave(*m_admin, {});
        QVERIFY(wave.ok());
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        const qint64 task = must(*m_admin, "SELECT id FROM pick_task WHERE wave_id = $1", {*wave}).toInt64(0, 0);

        const QString ann = createLogin(*m_admin, QStringLiteral("backroom_warehouse"));
        const QString bob = createLogin(*m_admin, QStringLiteral("backroom_warehouse"));
        auto annConn = connectOrDie(asLogin(m_info, ann));
        auto bobConn = connectOrDie(asLogin(m_info, bob));

        // Both claim at once; then both scan and confirm at once.
        StartGate claimGate(2), confirmGate(2);
        std::optional<Result<QString>> annClaim, bobClaim;
        std::optional<Result<ConfirmOutcome>> annConfirm, bobConfirm;
        auto picker = [&](db::Connection *conn, std::optional<Result<QString>> *claim,
                          std::optional<Result<ConfirmOutcome>> *confirm) {
            claimGate.arriveAndWait();
            claim->emplace(claimTask(*conn, task));
            confirmGate.arriveAndWait();
            confirm->emplace(confirmPick(*conn, {task, QStringLiteral("A-01"), QStringLiteral("TEE"), 2, {}, {}}));
        };
        std::thread a(picker, annConn.get(), &annClaim, &annConfirm);
        std::thread b(picker, bobConn.get(), &bobClaim, &bobConfirm);
        a.join();
        b.join();

        QVERIFY(annClaim->ok() != bobClaim->ok());
        const auto &lost = annClaim->ok() ? *bobClaim : *annClaim;
        const QString winner = annClaim->ok() ? ann : bob;
        QCOMPARE(lost.error().kind, Error::Kind::Conflict);
        QCOMPARE(lost.error().sqlState, QString::fromLatin1(kTakenState));
        QVERIFY2(lost.error().message.contains(winner), qPrintable(lost.error().message));
        // The loser cannot confirm either; the winner's confirm counts once.
        QVERIFY(annConfirm->ok() != bobConfirm->ok());
        QCOMPARE(scalar(*m_admin, "SELECT picked FROM pick_task WHERE id = $1", {task}), 2);
        QCOMPARE(scalar(*m_admin, "SELECT sum(picked) FROM pick_task_order WHERE task_id = $1", {task}), 2);
        QCOMPARE(must(*m_admin, "SELECT claimed_by FROM pick_task WHERE id = $1", {task}).text(0, 0), winner);
    }

    // A claim that waits for another picker's open transaction re-reads the task and is refused.
    void claimWaitingForAnotherPickerIsRefusedAfterItCommits()
    {
        placeAndPay(*m_admin, {{QStringLiteral("MUG"), 1}});
        auto wave = createWave(*m_admin, {});
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        const qint64 task = must(*m_admin, "SELECT id FROM pick_task WHERE wave_id = $1", {*wave}).toInt64(0, 0);
        auto first = connectOrDie(m_info);
        auto second = connectOrDie(m_info);
        must(*first, "BEGIN");
        QVERIFY(claimTask(*first, task, QStringLiteral("ann")).ok());
        std::optional<Result<QString>> waited;
        std::thread t([&] { waited.emplace(claimTask(*second, task, QStringLiteral("bob"))); });
        QTRY_VERIFY_WITH_TIMEOUT(scalar(*m_admin, "SELECT count(*) FROM pg_stat_activity WHERE pid = $1 "
                                                  "AND wait_event_type = 'Lock'", {second->backendPid()}) == 1,
                                 20000);
        must(*first, "COMMIT");
        t.join();
        QVERIFY(!waited->ok());
        QCOMPARE(waited->error().sqlState, QString::fromLatin1(kTakenState));
    }

    // A double scan or a retry after a dropped connection (the same scan id) counts once, also when
    // both arrive at once on two connections.
    void doubleConfirmCountsOnce()
    {
        placeAndPay(*m_admin, {{QStringLiteral("TEE"), 4}});
        auto wave = createWave(*m_admin, {});
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        const qint64 task = must(*m_admin, "SELECT id FROM pick_task WHERE wave_id = $1", {*wave}).toInt64(0, 0);
        QVERIFY(claimTask(*m_admin, task, QStringLiteral("ann")).ok());
        const PickScan scan{task, QStringLiteral("A-01"), QStringLiteral("TEE"), 1, QStringLiteral("scan-1"),
                            QStringLiteral("ann")};
        auto once = confirmPick(*m_admin, scan);
        auto twice = confirmPick(*m_admin, scan);
        QVERIFY(once.ok() && twice.ok());
        QVERIFY(!once->replayed);
        QVERIFY(twice->replayed);
        QCOMPARE(twice->picked, 1);

        auto c1 = connectOrDie(m_info);
        auto c2 = connectOrDie(m_info);
        StartGate gate(2);
        PickScan racing = scan;
        racing.scanId = QStringLiteral("scan-2");
        std::optional<Result<ConfirmOutcome>> r1, r2;
        std::thread a([&] { gate.arriveAndWait(); r1.emplace(confirmPick(*c1, racing)); });
        std::thread b([&] { gate.arriveAndWait(); r2.emplace(confirmPick(*c2, racing)); });
        a.join();
        b.join();
        QVERIFY(r1->ok() && r2->ok());
        QVERIFY((*r1)->replayed != (*r2)->replayed);
        QCOMPARE(scalar(*m_admin, "SELECT picked FROM pick_task WHERE id = $1", {task}), 2);
        QCOMPARE(scalar(*m_admin, "SELECT count(*) FROM pick_scan WHERE task_id = $1", {task}), 2);
    }

    // The scan path is prepared once per connection and survives the server forgetting it.
    void confirmIsPreparedOncePerConnection()
    {
        placeAndPay(*m_admin, {{QStringLiteral("TEE"), 3}});
        auto wave = createWave(*m_admin, {});
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        const qint64 task = must(*m_admin, "SELECT id FROM pick_task WHERE wave_id = $1", {*wave}).toInt64(0, 0);
        auto station = connectOrDie(m_info);
        const char *prepared = "SELECT count(*) FROM pg_prepared_statements WHERE name = 'backroom_pick_confirm'";
        QCOMPARE(scalar(*station, prepared), 0);
        QVERIFY(claimTask(*station, task, QStringLiteral("ann")).ok());
        QVERIFY(confirmPick(*station, {task, QStringLiteral("A-01"), QStringLiteral("TEE"), 1, {}, QStringLiteral("ann")}).ok());
        QCOMPARE(scalar(*station, prepared), 1);
        must(*station, "DEALLOCATE ALL");
        QVERIFY(confirmPick(*station, {task, QStringLiteral("A-01"), QStringLiteral("TEE"), 1, {}, QStringLiteral("ann")}).ok());
        QCOMPARE(scalar(*station, prepared), 1);
        // Errors from the prepared statement are typed like any other.
        auto wrong = confirmPick(*station, {task, QStringLiteral("B-01"), QStringLiteral("TEE"), 1, {}, QStringLiteral("ann")});
        QCOMPARE(wrong.error().kind, Error::Kind::BadInput);
        QCOMPARE(wrong.error().sqlState, QString::fromLatin1(kWrongBinState));
        QCOMPARE(scalar(*m_admin, "SELECT picked FROM pick_task WHERE id = $1", {task}), 2);
    }

    // Packing blocks on a missing or an extra unit and names it; nothing changes until it matches.
    void packingBlocksOnMissingOrExtraItem()
    {
        const qint64 order = placeAndPay(*m_admin, {{QStringLiteral("TEE"), 2}, {QStringLiteral("MUG"), 1}});
        auto wave = createWave(*m_admin, {});
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        pickAll(*m_admin, *wave, QStringLiteral("ann"));
        QCOMPARE(statusOf(*m_admin, order), QStringLiteral("picked"));

        auto missing = packOrder(*m_admin, order, {QStringLiteral("TEE"), QStringLiteral("MUG")});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().sqlState, QString::fromLatin1(kPackMismatchState));
        QCOMPARE(missing.error().kind, Error::Kind::Conflict);
        QVERIFY2(missing.error().message.contains(QStringLiteral("missing 1 x TEE")), qPrintable(missing.error().message));
        auto extra = packOrder(*m_admin, order, {QStringLiteral("TEE"), QStringLiteral("TEE"), QStringLiteral("MUG"),
                                                 QStringLiteral("8850000000028")});
        QVERIFY(!extra.ok());
        QVERIFY2(extra.error().message.contains(QStringLiteral("extra 1 x MUG")), qPrintable(extra.error().message));
        auto unknown = packOrder(*m_admin, order, {QStringLiteral("TEE"), QStringLiteral("TEE"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.error().sqlState, QString::fromLatin1(kWrongItemState));
        QCOMPARE(statusOf(*m_admin, order), QStringLiteral("picked"));
        // Shipping before packing is refused.
        QCOMPARE(shipOrder(*m_admin, order, QStringLiteral("TH1")).error().sqlState, QString::fromLatin1(kWrongStepState));

        QVERIFY(packOrder(*m_admin, order, {QStringLiteral("8850000000011"), QStringLiteral("TEE"), QStringLiteral("MUG")}).ok());
        QCOMPARE(statusOf(*m_admin, order), QStringLiteral("packed"));
        QVERIFY(shipOrder(*m_admin, order, QStringLiteral("TH1")).ok());
        QVERIFY(shipOrder(*m_admin, order, QStringLiteral("TH1")).ok());   // a retry
        QCOMPARE(shipOrder(*m_admin, order, QStringLiteral("TH2")).error().kind, Error::Kind::Conflict);
    }

    // Cancelling a picked order puts its units back into a bin, each with a ledger row.
    void cancellingPickedOrderReturnsUnitsWithLedgerRow()
    {
        const qint64 order = placeAndPay(*m_admin, {{QStringLiteral("TEE"), 2}});
        const qint64 other = placeAndPay(*m_admin, {{QStringLiteral("TEE"), 1}});
        const int before = totalOnHand(*m_admin);
        auto wave = createWave(*m_admin, {});
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        pickAll(*m_admin, *wave, QStringLiteral("ann"));
        QCOMPARE(statusOf(*m_admin, order), QStringLiteral("picked"));
        // The wave cannot close while picked units wait for packing.
        QCOMPARE(closeWave(*m_admin, *wave).error().sqlState, QString::fromLatin1(kWrongStepState));

        auto back = cancelHeldOrder(*m_admin, order, QStringLiteral("customer cancelled"), QStringLiteral("B-01"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(*back, 2);
        QCOMPARE(statusOf(*m_admin, order), QStringLiteral("cancelled"));
        QCOMPARE(totalOnHand(*m_admin), before + 2);
        QCOMPARE(scalar(*m_admin, "SELECT count(*) FROM stock_ledger g JOIN bin b ON b.id = g.bin_id "
                                  "WHERE g.reason = 'return' AND g.delta = 2 AND b.code = 'B-01' AND g.ref = $1",
                        {QStringLiteral("order:%1").arg(order)}),
                 1);
        QCOMPARE(ledgerMismatches(*m_admin), 0);
        QCOMPARE(scalar(*m_admin, "SELECT count(*) FROM checkout_violations()"), 0);
        // Again: nothing more comes back.
        QCOMPARE(*cancelHeldOrder(*m_admin, order), 0);
        QCOMPARE(totalOnHand(*m_admin), before + 2);
        // A paid order not yet picked goes back where it is, and leaves the wave's tasks.
        QCOMPARE(statusOf(*m_admin, other), QStringLiteral("picked"));
    }

    // A short pick no other bin can cover flags the order for the lead; the order cannot be packed, and
    // cancelling it returns what was picked. No unit is created or lost.
    void uncoveredShortPickFlagsOrderForLead()
    {
        const qint64 order = placeAndPay(*m_admin, {{QStringLiteral("MUG"), 3}});
        const int before = totalOnHand(*m_admin);
        auto wave = createWave(*m_admin, {});
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        const qint64 task = must(*m_admin, "SELECT id FROM pick_task WHERE wave_id = $1", {*wave}).toInt64(0, 0);
        QVERIFY(claimTask(*m_admin, task).ok());
        QVERIFY(confirmPick(*m_admin, {task, QStringLiteral("A-01"), QStringLiteral("MUG"), 1, {}, {}}).ok());
        // A-01 had 5 MUG, 3 sold: 2 free, so 2 missing with 2 free in the same bin but nowhere else.
        auto shortPick = recordShortPick(*m_admin, task, 2, QStringLiteral("short-1"));
        QVERIFY2(shortPick.ok(), qPrintable(shortPick.ok() ? QString() : shortPick.error().message));
        QCOMPARE(shortPick->reallocated, 0);
        QCOMPARE(shortPick->flaggedOrders, QList<qint64>{order});
        auto again = recordShortPick(*m_admin, task, 2, QStringLiteral("short-1"));
        QVERIFY(again.ok() && again->replayed);
        QCOMPARE(statusOf(*m_admin, order), QStringLiteral("paid"));
        QVERIFY(!must(*m_admin, "SELECT flag FROM wave_order WHERE order_id = $1", {order}).text(0, 0).isEmpty());
        // The sale of the 2 missing units left the bin (+2, 'short pick') and the 2 were written off
        // (-2, 'stocktake'): on_hand is where it was, and the order keeps only what exists.
        QCOMPARE(totalOnHand(*m_admin), before);
        QCOMPARE(scalar(*m_admin, "SELECT count(*) FROM stock_ledger WHERE reason IN ('short pick', 'stocktake') "
                                  "AND abs(delta) = 2"),
                 2);
        QCOMPARE(packOrder(*m_admin, order, {QStringLiteral("MUG")}).error().sqlState, QString::fromLatin1(kWrongStepState));

        auto back = cancelHeldOrder(*m_admin, order);
        QVERIFY(back.ok());
        QCOMPARE(*back, 1);   // the one picked unit; the missing ones were never sold
        QCOMPARE(totalOnHand(*m_admin), before + 1);
        QCOMPARE(ledgerMismatches(*m_admin), 0);
        QCOMPARE(scalar(*m_admin, "SELECT count(*) FROM checkout_violations()"), 0);
        QVERIFY(closeWave(*m_admin, *wave).ok());
    }

    // An order is in at most one open wave; closing a wave gives its unpicked orders back.
    void orderIsInAtMostOneOpenWave()
    {
        placeAndPay(*m_admin, {{QStringLiteral("TEE"), 1}}, QStringLiteral("shopee"));
        const qint64 lazada = placeAndPay(*m_admin, {{QStringLiteral("TEE"), 1}}, QStringLiteral("lazada"));
        auto first = createWave(*m_admin, {QDateTime(), QStringLiteral("shopee"), {}, {}});
        QVERIFY(first.ok());
        QCOMPARE(scalar(*m_admin, "SELECT count(*) FROM wave_order WHERE wave_id = $1", {*first}), 1);
        auto second = createWave(*m_admin, {});
        QVERIFY(second.ok());
        QCOMPARE(scalar(*m_admin, "SELECT order_id FROM wave_order WHERE wave_id = $1", {*second}), int(lazada));
        auto none = createWave(*m_admin, {});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
        auto back = closeWave(*m_admin, *second);
        QVERIFY(back.ok());
        QCOMPARE(*back, 1);
        QVERIFY(createWave(*m_admin, {}).ok());
        // Zone: only orders whose units all sit in the zone.
        QCOMPARE(createWave(*m_admin, {QDateTime(), {}, QStringLiteral("B"), {}}).error().kind, Error::Kind::NotFound);
    }

    // Statuses move paid -> picked -> packed -> shipped only forward, even for the migration owner.
    void statusesOnlyMoveThroughTheFlow()
    {
        const qint64 order = placeAndPay(*m_admin, {{QStringLiteral("TEE"), 1}});
        auto skip = m_admin->exec("UPDATE orders SET status = 'shipped' WHERE id = $1", {order});
        QVERIFY(!skip.ok());
        QCOMPARE(skip.error().sqlState, QString::fromLatin1(kWrongStepState));
        QCOMPARE(packOrder(*m_admin, order, {QStringLiteral("TEE")}).error().kind, Error::Kind::Conflict);
    }

    // Staff cannot pick (the database refuses); a warehouse login can; store cannot wave.
    void rolesDecideWhoPicks()
    {
        placeAndPay(*m_admin, {{QStringLiteral("TEE"), 1}});
        auto wave = createWave(*m_admin, {});
        QVERIFY(releaseWave(*m_admin, *wave).ok());
        const qint64 task = must(*m_admin, "SELECT id FROM pick_task WHERE wave_id = $1", {*wave}).toInt64(0, 0);
        auto staff = connectOrDie(asLogin(m_info, createLogin(*m_admin, QStringLiteral("backroom_staff"))));
        auto store = connectOrDie(asLogin(m_info, createLogin(*m_admin, QStringLiteral("backroom_store"))));
        auto picker = connectOrDie(asLogin(m_info, createLogin(*m_admin, QStringLiteral("backroom_warehouse"))));
        QCOMPARE(claimTask(*staff, task).error().kind, Error::Kind::Permission);
        QCOMPARE(createWave(*store, {}).error().kind, Error::Kind::Permission);
        QVERIFY(pickListDocument(*staff, *wave).ok());   // staff may look
        QVERIFY(claimTask(*picker, task).ok());
        QVERIFY(confirmPick(*picker, {task, QStringLiteral("A-01"), QStringLiteral("TEE"), 1, {}, {}}).ok());
    }

    // The command line drives the same flow; exit codes say what went wrong.
    void commandLineDrivesTheFlow()
    {
        const qint64 order = placeAndPay(*m_admin, {{QStringLiteral("MUG"), 2}});
        Run created = runBackroom({QStringLiteral("warehouse"), QStringLiteral("wave"), QStringLiteral("create"),
                                   QStringLiteral("--json")}, m_info);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const qint64 wave = created.json().object().value(QStringLiteral("id")).toInteger();
        QVERIFY(wave > 0);
        QCOMPARE(runBackroom({QStringLiteral("warehouse"), QStringLiteral("wave"), QStringLiteral("release"),
                              QString::number(wave)}, m_info).exitCode, 0);
        Run list = runBackroom({QStringLiteral("warehouse"), QStringLiteral("pick"), QStringLiteral("list"),
                                QString::number(wave), QStringLiteral("--json")}, m_info);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray lines = list.json().object().value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        const QString task = QString::number(lines[0].toObject().value(QStringLiteral("task")).toInteger());
        QCOMPARE(runBackroom({QStringLiteral("warehouse"), QStringLiteral("pick"), QStringLiteral("claim"), task}, m_info)
                     .exitCode, 0);
        Run wrongBin = runBackroom({QStringLiteral("warehouse"), QStringLiteral("pick"), QStringLiteral("confirm"), task,
                                    QStringLiteral("--bin"), QStringLiteral("A-02"), QStringLiteral("--item"),
                                    QStringLiteral("MUG"), QStringLiteral("--qty"), QStringLiteral("2")}, m_info);
        QCOMPARE(wrongBin.exitCode, 2);
        QVERIFY2(wrongBin.err.contains(QStringLiteral("Wrong bin")), qPrintable(wrongBin.err));
        const QStringList confirm = {QStringLiteral("warehouse"), QStringLiteral("pick"), QStringLiteral("confirm"), task,
                                     QStringLiteral("--bin"), QStringLiteral("A-01"), QStringLiteral("--item"),
                                     QStringLiteral("8850000000028"), QStringLiteral("--qty"), QStringLiteral("2"),
                                     QStringLiteral("--scan-id"), QStringLiteral("cli-1"), QStringLiteral("--json")};
        QCOMPARE(runBackroom(confirm, m_info).exitCode, 0);
        Run retry = runBackroom(confirm, m_info);
        QCOMPARE(retry.exitCode, 0);
        QVERIFY(retry.json().object().value(QStringLiteral("replayed")).toBool());
        Run extra = runBackroom({QStringLiteral("warehouse"), QStringLiteral("pack"), QString::number(order),
                                 QStringLiteral("--items"), QStringLiteral("MUG,MUG,MUG")}, m_info);
        QCOMPARE(extra.exitCode, 3);
        QVERIFY2(extra.err.contains(QStringLiteral("extra 1 x MUG")), qPrintable(extra.err));
        QCOMPARE(runBackroom({QStringLiteral("warehouse"), QStringLiteral("pack"), QString::number(order),
                              QStringLiteral("--items"), QStringLiteral("MUG,MUG")}, m_info).exitCode, 0);
        QCOMPARE(runBackroom({QStringLiteral("warehouse"), QStringLiteral("ship"), QString::number(order),
                              QStringLiteral("--tracking"), QStringLiteral("TH77")}, m_info).exitCode, 0);
        Run show = runBackroom({QStringLiteral("warehouse"), QStringLiteral("wave"), QStringLiteral("show"),
                                QString::number(wave), QStringLiteral("--json")}, m_info);
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json().object().value(QStringLiteral("units_picked")).toInt(), 2);
        QCOMPARE(statusOf(*m_admin, order), QStringLiteral("shipped"));
        QCOMPARE(runBackroom({QStringLiteral("warehouse"), QStringLiteral("wave"), QStringLiteral("close"),
                              QString::number(wave)}, m_info).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TstWarehouse)
#include "tst_warehouse.moc"
