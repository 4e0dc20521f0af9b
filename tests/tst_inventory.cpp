// Stock levels and the staff edit path: xmin-guarded edits, conflicts that write nothing, a torture run of
// concurrent editors, the ledger invariant, stocktake import and typo-tolerant listing.
#include "db/connection.h"
#include "db/notifylistener.h"
#include "inventory/demoseed.h"
#include "inventory/stock.h"
#include "inventory/stocktake.h"
#include "orders/checkout.h"
#include "testdb.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <thread>

using namespace backroom;
using namespace backroom::inventory;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;

namespace {

// A tiny shop: products A, B, C and "ชาไทย-01" (Thai SKU), bins X1 and X2, stock rows with `qty` each.
void makeShop(db::Connection &conn, int qty = 50)
{
    must(conn, "INSERT INTO product (sku, name, name_th, price_satang) VALUES "
               "('A', 'Alpha T-Shirt', 'เสื้อยืดอัลฟา', 19900), ('B', 'Beta Mug', 'แก้วเบต้า', 9900), "
               "('C', 'Gamma Cap', 'หมวกแกมมา', 14900), ('ชาไทย-01', 'Thai Tea', 'ชาไทย', 5900)");
    must(conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('X1', 'X', 1), ('X2', 'X', 2)");
    must(conn, "SELECT set_config('backroom.reason', 'opening', false)");
    must(conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, $1 FROM product p, bin b", {qty});
    must(conn, "SELECT set_config('backroom.reason', '', false)");
}

StockLevel level(db::Connection &conn, const QString &sku, const QString &bin)
{
    auto r = readStock(conn, sku, bin);
    if (!r || r->isEmpty())
        qFatal("no stock row %s/%s", qPrintable(sku), qPrintable(bin));
    return r->first();
}

int ledgerCount(db::Connection &conn)
{
    return must(conn, "SELECT count(*) FROM stock_ledger").toInt(0, 0);
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT
private slots:
    void editWithCurrentVersionApplies()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn);
        const StockLevel before = level(*conn, QStringLiteral("A"), QStringLiteral("X1"));
        QCOMPARE(before.onHand, 50);
        auto out = setOnHand(*conn, before.key, 42, before.version, QStringLiteral("recount"), QStringLiteral("somchai"));
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message));
        QVERIFY(out->applied);
        QCOMPARE(out->now.onHand, 42);
        QVERIFY(out->now.version != before.version);
        auto h = history(*conn, before.key, 1);
        QVERIFY(h.ok());
        QCOMPARE(h->first().delta, -8);
        QCOMPARE(h->first().onHandAfter, 42);
        QCOMPARE(h->first().reason, QStringLiteral("recount"));
        // The ledger names the login (it cannot be forged); what the caller passed is kept as a note.
        QCOMPARE(h->first().actor, must(*conn, "SELECT session_user").text(0, 0));
        QCOMPARE(h->first().note, QStringLiteral("somchai"));
    }

    void editWithStaleVersionConflictsAndWritesNothing()
    {
        const QString info = TestCluster::instance().freshDatabase();
        auto alice = connectOrDie(info);
        auto bob = connectOrDie(info);
        makeShop(*alice);
        const StockLevel aliceRead = level(*alice, QStringLiteral("B"), QStringLiteral("X2"));
        const StockLevel bobRead = level(*bob, QStringLiteral("B"), QStringLiteral("X2"));
        QCOMPARE(aliceRead.version, bobRead.version);

        auto bobWrite = setOnHand(*bob, bobRead.key, 60, bobRead.version, QStringLiteral("delivery"));
        QVERIFY(bobWrite.ok() && bobWrite->applied);
        const int ledgerAfterBob = ledgerCount(*alice);

        auto aliceWrite = setOnHand(*alice, aliceRead.key, 45, aliceRead.version, QStringLiteral("recount"));
        QVERIFY(aliceWrite.ok());
        QVERIFY(!aliceWrite->applied);
        QCOMPARE(aliceWrite->now.onHand, 60);                    // the other change
        QCOMPARE(aliceWrite->now.version, bobWrite->now.version);
        QCOMPARE(level(*bob, QStringLiteral("B"), QStringLiteral("X2")).onHand, 60);   // nothing written
        QCOMPARE(ledgerCount(*alice), ledgerAfterBob);

        // Re-applying as a delta on the new version works.
        auto retry = setOnHand(*alice, aliceRead.key, 60 + (45 - 50), aliceWrite->now.version, QStringLiteral("recount"));
        QVERIFY(retry.ok() && retry->applied);
        QCOMPARE(retry->now.onHand, 55);
    }

    // A flash sale parks units in buckets (stock.reserved counts them); an edit that loses the race must
    // still report reserved as people see it: what orders hold.
    void conflictDuringFlashSaleReportsReservedAsShown()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn, 10);
        const StockLevel read = level(*conn, QStringLiteral("A"), QStringLiteral("X1"));
        QVERIFY(orders::flashSaleOn(*conn, QStringLiteral("A"), 2).ok());
        QVERIFY(must(*conn, "SELECT max(reserved) FROM stock").toInt(0, 0) > 0);   // allotments are parked
        auto out = setOnHand(*conn, read.key, 12, read.version, QStringLiteral("recount"));
        QVERIFY(out.ok());
        QVERIFY(!out->applied);
        QCOMPARE(out->now.reserved, 0);
        QCOMPARE(out->now.reserved, readLevel(*conn, read.key)->reserved);
        QCOMPARE(out->now.available(), 10);
    }

    void refusesNegativeAndBelowReserved()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn, 10);
        must(*conn, "UPDATE stock SET reserved = 4 WHERE product_id = (SELECT id FROM product WHERE sku = 'C') "
                    "AND bin_id = (SELECT id FROM bin WHERE code = 'X1')");
        const StockLevel c = level(*conn, QStringLiteral("C"), QStringLiteral("X1"));
        const int ledger = ledgerCount(*conn);
        auto below = setOnHand(*conn, c.key, 3, c.version, QStringLiteral("oops"));
        QVERIFY(!below.ok());
        QCOMPARE(below.error().kind, Error::Kind::Constraint);
        QVERIFY2(below.error().message.contains(QLatin1String("reserved")), qPrintable(below.error().message));
        auto negative = setOnHand(*conn, c.key, -1, c.version, QStringLiteral("oops"));
        QCOMPARE(negative.error().kind, Error::Kind::BadInput);
        auto adjust = adjustOnHand(*conn, c.key, -11, QStringLiteral("oops"));
        QVERIFY(!adjust.ok());
        QCOMPARE(adjust.error().kind, Error::Kind::Constraint);
        QVERIFY2(adjust.error().message.contains(QLatin1String("below zero")), qPrintable(adjust.error().message));
        QCOMPARE(level(*conn, QStringLiteral("C"), QStringLiteral("X1")).onHand, 10);
        QCOMPARE(ledgerCount(*conn), ledger);
        // Raw SQL cannot do it either: the CHECK constraint holds for every writer.
        QVERIFY(!conn->exec("UPDATE stock SET on_hand = -5").ok());
    }

    void ledgerIsAppendOnly()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn);
        QVERIFY(!conn->exec("UPDATE stock_ledger SET delta = 0").ok());
        QVERIFY(!conn->exec("DELETE FROM stock_ledger").ok());
        QVERIFY(!conn->exec("DELETE FROM stock").ok());   // rows still holding stock
        auto mismatches = ledgerMismatches(*conn);
        QVERIFY(mismatches.ok());
        QVERIFY(mismatches->isEmpty());
    }

    void editNotifiesOtherClients()
    {
        const QString info = TestCluster::instance().freshDatabase();
        auto conn = connectOrDie(info);
        makeShop(*conn);
        // Every notifying commit notifies (no coalescing): migration 009's gate is tested in tst_buckets.
        must(*conn, "UPDATE backroom_data.notify_gate SET min_gap = '0'");
        db::NotifyListener listener(info, {QStringLiteral("stock_changed")});
        QSignalSpy listening(&listener, &db::NotifyListener::listening);
        QSignalSpy notified(&listener, &db::NotifyListener::notified);
        listener.start();
        QVERIFY(listening.wait(5000));
        const StockLevel a = level(*conn, QStringLiteral("A"), QStringLiteral("X2"));
        QVERIFY(setOnHand(*conn, a.key, 7, a.version, QStringLiteral("x"))->applied);
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("%1:%2").arg(a.key.productId).arg(a.key.binId));
    }

    // 8 editors x 500 read-modify-write edits on 3 rows, retrying on conflict: no update lost, never
    // negative, ledger equals stock.
    void concurrentEditorsLoseNoUpdate()
    {
        const QString info = TestCluster::instance().freshDatabase();
        auto setup = connectOrDie(info);
        makeShop(*setup, 100);
        QList<StockLevel> rows{level(*setup, QStringLiteral("A"), QStringLiteral("X1")),
                               level(*setup, QStringLiteral("B"), QStringLiteral("X1")),
                               level(*setup, QStringLiteral("C"), QStringLiteral("X2"))};
        constexpr int kEditors = 8, kEdits = 500;
        std::atomic<qint64> applied[3] = {0, 0, 0};
        std::atomic<int> conflicts{0}, refused{0}, errors{0};
        std::vector<std::thread> editors;
        for (int e = 0; e < kEditors; ++e) {
            editors.emplace_back([&, e] {
                auto c = db::Connection::open(info);
                if (!c) { ++errors; return; }
                QRandomGenerator rng(1000 + e);
                for (int i = 0; i < kEdits; ++i) {
                    const int row = rng.bounded(3);
                    // Skewed to removals so that rows hit zero and the floor is exercised.
                    const int delta = rng.bounded(-6, 5);
                    if (delta == 0) continue;
                    auto r = adjustOnHand(**c, rows[row].key, delta, QStringLiteral("torture"), QStringLiteral("t"), 10000);
                    if (r) {
                        applied[row] += delta;
                        conflicts += r->attempts - 1;
                    } else if (r.error().kind == Error::Kind::Constraint) {
                        ++refused;
                    } else {
                        ++errors;
                        qWarning("edit failed: %s", qPrintable(r.error().message));
                    }
                }
            });
        }
        for (auto &t : editors)
            t.join();
        QCOMPARE(errors.load(), 0);
        for (int i = 0; i < 3; ++i) {
            const StockLevel now = *readLevel(*setup, rows[i].key);
            QCOMPARE(qint64(now.onHand), 100 + applied[i].load());
            const auto sum = must(*setup, "SELECT sum(delta), min(on_hand_after) FROM stock_ledger "
                                          "WHERE product_id = $1 AND bin_id = $2",
                                  {rows[i].key.productId, rows[i].key.binId});
            QCOMPARE(sum.toInt64(0, 0), qint64(now.onHand));
            QVERIFY(sum.toInt64(0, 1) >= 0);
        }
        QVERIFY(ledgerMismatches(*setup)->isEmpty());
        qInfo("torture: %d conflicts retried, %d removals refused at the floor", conflicts.load(), refused.load());
        QVERIFY2(conflicts.load() > 0, "8 editors on 3 rows must collide, or the test is not testing anything");
        QVERIFY2(refused.load() > 0, "the floor at zero was never reached");
    }

    void stocktakeGoodFileAppliesAll()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn, 10);
        const QByteArray csv = "\xEF\xBB\xBFsku,bin,counted\r\n"
                               "A,X1,12\r\n"
                               "\"B\",X1,0\r\n"
                               "ชาไทย-01,X2,33\r\n"
                               "C,X2,10\r\n";
        QList<StocktakeProblem> problems;
        auto report = importStocktake(*conn, csv, QStringLiteral("nok"), QStringLiteral("count-1"), &problems);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->rows, 4);
        QCOMPARE(report->changed, 3);
        QCOMPARE(report->totalDelta, qint64(2 - 10 + 23));
        QCOMPARE(level(*conn, QStringLiteral("A"), QStringLiteral("X1")).onHand, 12);
        QCOMPARE(level(*conn, QStringLiteral("B"), QStringLiteral("X1")).onHand, 0);
        QCOMPARE(level(*conn, QStringLiteral("ชาไทย-01"), QStringLiteral("X2")).onHand, 33);
        auto h = history(*conn, QStringLiteral("ชาไทย-01"), 1);
        QCOMPARE(h->first().reason, QStringLiteral("stocktake"));
        QCOMPARE(h->first().actor, must(*conn, "SELECT session_user").text(0, 0));
        QCOMPARE(h->first().note, QStringLiteral("nok"));
        QVERIFY(ledgerMismatches(*conn)->isEmpty());
    }

    void stocktakeBadFileWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown sku") << QByteArray("sku,bin,counted\nA,X1,5\nNOPE,X1,3\n") << 3 << "unknown SKU 'NOPE'";
        QTest::newRow("unknown bin") << QByteArray("sku,bin,counted\nA,X1,5\nB,Z9,3\n") << 3 << "unknown bin 'Z9'";
        QTest::newRow("bad number") << QByteArray("sku,bin,counted\nA,X1,5\nB,X1,3x\n") << 3 << "not a whole number";
        QTest::newRow("negative") << QByteArray("sku,bin,counted\nA,X1,-2\n") << 2 << "negative";
        QTest::newRow("duplicate") << QByteArray("sku,bin,counted\nA,X1,5\nB,X2,1\nA,X1,6\n") << 4 << "duplicate of line 2";
        QTest::newRow("bad encoding") << QByteArray("sku,bin,counted\nA,X1,5\n\xE0\xB8,X1,3\n") << 3 << "UTF-8";
        QTest::newRow("missing column") << QByteArray("sku,counted\nA,5\n") << 1 << "missing column(s) bin";
        QTest::newRow("short row") << QByteArray("sku,bin,counted\nA,X1\n") << 2 << "has 2 field(s)";
        QTest::newRow("unterminated quote") << QByteArray("sku,bin,counted\n\"A,X1,5\n") << 2 << "unterminated quote";
        QTest::newRow("below reserved") << QByteArray("sku,bin,counted\nC,X1,1\n") << 2 << "reserved";
        QTest::newRow("empty") << QByteArray("") << 0 << "empty";
    }

    void stocktakeBadFileWritesNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, reason);
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn, 10);
        must(*conn, "UPDATE stock SET reserved = 2");
        const int ledger = ledgerCount(*conn);
        const QString before = must(*conn, "SELECT string_agg(on_hand::text, ',' ORDER BY product_id, bin_id) FROM stock").text(0, 0);
        QList<StocktakeProblem> problems;
        auto report = importStocktake(*conn, csv, QStringLiteral("nok"), QStringLiteral("bad"), &problems);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().line, line);
        QVERIFY2(problems.first().reason.contains(reason), qPrintable(problems.first().reason));
        QVERIFY2(report.error().message.contains(QLatin1String("nothing was written")), qPrintable(report.error().message));
        QCOMPARE(ledgerCount(*conn), ledger);
        QCOMPARE(must(*conn, "SELECT string_agg(on_hand::text, ',' ORDER BY product_id, bin_id) FROM stock").text(0, 0), before);
    }

    // The importer's connection dies while it waits inside its transaction: a clear error, nothing written.
    void stocktakeLosingTheConnectionMidWriteWritesNothing()
    {
        const QString info = TestCluster::instance().freshDatabase();
        auto blocker = connectOrDie(info);
        auto watcher = connectOrDie(info);
        makeShop(*blocker, 10);
        const int ledger = ledgerCount(*watcher);
        must(*blocker, "BEGIN");
        must(*blocker, "SELECT * FROM stock WHERE product_id = (SELECT id FROM product WHERE sku = 'B') FOR UPDATE");

        std::optional<Result<StocktakeReport>> result;
        int importerPid = 0;
        std::thread importer([&] {
            auto conn = connectOrDie(info);
            importerPid = conn->backendPid();
            result = importStocktake(*conn, "sku,bin,counted\nA,X1,1\nB,X1,2\n", QStringLiteral("t"), QStringLiteral("cut"));
        });
        // Wait until the import is blocked on the row lock, i.e. inside its transaction, then cut it off.
        QTRY_VERIFY_WITH_TIMEOUT(must(*watcher, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                "AND datname = current_database()").toInt(0, 0) == 1, 10000);
        must(*watcher, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                       "AND datname = current_database()");
        importer.join();
        must(*blocker, "ROLLBACK");
        QVERIFY(importerPid != 0);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Connection);
        QVERIFY2(result->error().message.contains(QLatin1String("connection")), qPrintable(result->error().message));
        QCOMPARE(ledgerCount(*watcher), ledger);
        QCOMPARE(must(*watcher, "SELECT sum(on_hand) FROM stock").toInt(0, 0), 80);
    }

    void listingSearchToleratesTyposAndThai_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("skuPrefix");
        QTest::newRow("typo") << QStringLiteral("tshrit") << QStringLiteral("TSH-");
        QTest::newRow("partial word") << QStringLiteral("hood") << QStringLiteral("HOD-");
        QTest::newRow("thai") << QStringLiteral("เสื้อยืด") << QStringLiteral("TSH-");
        QTest::newRow("sku") << QStringLiteral("rck-0000004") << QStringLiteral("RCK-0000004");
        QTest::newRow("upper case") << QStringLiteral("YOGA MAT") << QStringLiteral("YGM-");
        QTest::newRow("two typos, two words") << QStringLiteral("bluetoth speker") << QStringLiteral("SPK-");
        QTest::newRow("words in any order") << QStringLiteral("cooker rice") << QStringLiteral("RCK-");
    }

    void listingSearchToleratesTyposAndThai()
    {
        QFETCH(QString, search);
        QFETCH(QString, skuPrefix);
        static QString info;
        if (info.isEmpty()) {
            info = TestCluster::instance().freshDatabase();
            auto seed = connectOrDie(info);
            SeedOptions options;
            options.products = 400;
            QVERIFY(seedDemo(*seed, options).ok());
        }
        auto conn = connectOrDie(info);
        StockQuery q;
        q.search = search;
        q.limit = 1000;
        auto rows = listStock(*conn, q);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QVERIFY(!rows->isEmpty());
        for (const auto &r : *rows)
            QVERIFY2(r.sku.startsWith(skuPrefix), qPrintable(r.sku + QStringLiteral(" for ") + search));
    }

    void searchTreatsWildcardsLiterally()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn);
        for (const char *text : {"%", "_", "A%", "\\"}) {
            StockQuery q;
            q.search = QString::fromUtf8(text);
            auto rows = listStock(*conn, q);
            QVERIFY(rows.ok());
            QVERIFY2(rows->isEmpty(), text);
        }
        must(*conn, "INSERT INTO product (sku, name) VALUES ('P50', 'Sale 50% off')");
        StockQuery q;
        q.search = QStringLiteral("50%");
        QVERIFY(listStock(*conn, q)->isEmpty());   // no stock rows for it, but the query must run
        QCOMPARE(must(*conn, "SELECT count(*) FROM search_word WHERE word = 'sale'").toInt(0, 0), 1);
    }

    void keysetPagingVisitsEveryRowOnceInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (int s = 0; s <= int(StockQuery::Sort::Available); ++s)
            for (bool d : {false, true})
                QTest::addRow("sort %d %s", s, d ? "desc" : "asc") << s << d;
    }

    void keysetPagingVisitsEveryRowOnceInOrder()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        static QString info;
        if (info.isEmpty()) {
            info = TestCluster::instance().freshDatabase();
            auto seed = connectOrDie(info);
            SeedOptions options;
            options.products = 150;
            QVERIFY(seedDemo(*seed, options).ok());
        }
        auto conn = connectOrDie(info);
        const int total = must(*conn, "SELECT count(*) FROM stock").toInt(0, 0);
        StockQuery q;
        q.sort = StockQuery::Sort(sort);
        q.descending = descending;
        q.limit = 37;
        QSet<QString> seen;
        QList<StockLevel> all;
        for (;;) {
            auto page = listStock(*conn, q);
            QVERIFY(page.ok());
            for (const auto &r : *page) {
                const QString k = QStringLiteral("%1:%2").arg(r.key.productId).arg(r.key.binId);
                QVERIFY2(!seen.contains(k), "a row came twice");
                seen.insert(k);
                all.append(r);
            }
            if (page->size() < q.limit)
                break;
            q.after = page->last();
        }
        QCOMPARE(seen.size(), total);
        for (int i = 1; i < all.size(); ++i) {
            const auto &a = all.at(i - 1), &b = all.at(i);
            int cmp = 0;
            switch (q.sort) {
            case StockQuery::Sort::Sku: cmp = a.sku.compare(b.sku); break;
            case StockQuery::Sort::Name: cmp = 0; break;   // collation order is the server's
            case StockQuery::Sort::Bin: cmp = a.binCode.compare(b.binCode); break;
            case StockQuery::Sort::OnHand: cmp = a.onHand - b.onHand; break;
            case StockQuery::Sort::Reserved: cmp = a.reserved - b.reserved; break;
            case StockQuery::Sort::Available: cmp = a.available() - b.available(); break;
            }
            QVERIFY2(descending ? cmp >= 0 : cmp <= 0, qPrintable(QStringLiteral("out of order at %1").arg(i)));
        }
    }

    // With a flash sale on, sorting by available follows what is shown (bucket units count as available).
    void sortsByShownAvailableDuringFlashSale()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        makeShop(*conn, 10);
        must(*conn, "UPDATE stock SET reserved = 3 WHERE product_id = (SELECT id FROM product WHERE sku = 'B')");
        QVERIFY(orders::flashSaleOn(*conn, QStringLiteral("A"), 2).ok());
        for (bool descending : {false, true}) {
            StockQuery q;
            q.sort = StockQuery::Sort::Available;
            q.descending = descending;
            q.limit = 3;   // pages, so the keyset values are checked too
            QList<StockLevel> all;
            for (;;) {
                auto page = listStock(*conn, q);
                QVERIFY(page.ok());
                all += *page;
                if (page->size() < q.limit)
                    break;
                q.after = page->last();
            }
            QCOMPARE(all.size(), 8);
            for (int i = 1; i < all.size(); ++i)
                QVERIFY(descending ? all[i - 1].available() >= all[i].available()
                                   : all[i - 1].available() <= all[i].available());
            const StockLevel &a = *std::find_if(all.cbegin(), all.cend(), [](const StockLevel &l) { return l.sku == QLatin1String("A"); });
            QCOMPARE(a.available(), 10);   // parked in buckets, still for sale
        }
    }

    void seedingTwiceAddsNothing()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        SeedOptions options;
        options.products = 300;
        auto first = seedDemo(*conn, options);
        QVERIFY(first.ok());
        QCOMPARE(first->products, 300);
        QCOMPARE(first->bins, 200);
        QVERIFY(first->stockRows >= 600);
        QVERIFY(must(*conn, "SELECT count(*) FROM product WHERE name_th ~ '[ก-๙]'").toInt(0, 0) == 300);
        auto second = seedDemo(*conn, options);
        QVERIFY(second.ok());
        QCOMPARE(second->products, 0);
        QCOMPARE(second->stockRows, 0);
        QVERIFY(ledgerMismatches(*conn)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
