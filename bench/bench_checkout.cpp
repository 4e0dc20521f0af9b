// Checkout throughput on one hot SKU, side by side: the same SKU, the same number of client
// connections, each client reserving one unit per transaction as fast as it can for a fixed time.
// Prints reservations/s and p50/p99 latency per strategy; never passes or fails on time.
//
//   bench_checkout [--clients 32] [--seconds 10] [--rounds 2] [--buckets 16] [--db conninfo]
//
// Without --db it starts its own throwaway PostgreSQL (tests/testdb.h); with --db it writes a bench
// product and reservations into that database, so point it only at a scratch database.
#include "testdb.h"

#include "orders/checkout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace backroom;

namespace {

constexpr const char *kSku = "BENCH-HOT";
constexpr int kStock = 50'000'000;   // never runs out: we measure contention, not sell-outs

constexpr const char *kSetup =
    "SELECT set_config('backroom.reason', 'bench', false); "
    "INSERT INTO bin (code, zone, pick_seq) VALUES ('BENCH', 'B', 1) ON CONFLICT (code) DO NOTHING; "
    "INSERT INTO product (sku, name, price_satang) VALUES ('BENCH-HOT', 'Bench hot item', 9900) "
    "  ON CONFLICT (sku) DO NOTHING; "
    "INSERT INTO stock (product_id, bin_id, on_hand) "
    "  SELECT p.id, b.id, 50000000 FROM product p, bin b WHERE p.sku = 'BENCH-HOT' AND b.code = 'BENCH' "
    "  ON CONFLICT DO NOTHING";
constexpr const char *kKey =
    "SELECT s.product_id, s.bin_id FROM stock s JOIN product p ON p.id = s.product_id "
    "JOIN bin b ON b.id = s.bin_id WHERE p.sku = 'BENCH-HOT' AND b.code = 'BENCH'";

// 1. The checkout path's guarded statement: no read, no retry.
constexpr const char *kGuarded =
    "UPDATE stock SET reserved = reserved + 1 WHERE product_id = $1 AND bin_id = $2 AND on_hand - reserved >= 1";
// 2. Flash-sale buckets: a random bucket nobody holds (as reserve_line does).
constexpr const char *kBucket =
    "WITH pick AS (SELECT id FROM stock_bucket WHERE product_id = $1 AND taken < allotted "
    "  ORDER BY random() LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED) "
    "UPDATE stock_bucket b SET taken = b.taken + 1 FROM pick WHERE b.id = pick.id AND b.taken < b.allotted";
// ... and when every non-empty bucket is held by another buyer, wait for a random one.
constexpr const char *kBucketWait =
    "WITH pick AS (SELECT id FROM stock_bucket WHERE product_id = $1 AND taken < allotted "
    "  ORDER BY random() LIMIT 1 FOR NO KEY UPDATE) "
    "UPDATE stock_bucket b SET taken = b.taken + 1 FROM pick WHERE b.id = pick.id AND b.taken < b.allotted";
// 3. The staff-edit style: read with xmin, write back only if unchanged, retry when it changed.
constexpr const char *kReadVersion =
    "SELECT on_hand - reserved, reserved, xmin::text FROM stock WHERE product_id = $1 AND bin_id = $2";
constexpr const char *kWriteIfVersion =
    "UPDATE stock SET reserved = $3 WHERE product_id = $1 AND bin_id = $2 AND xmin = $4::xid";
// 4. Classic pessimistic locking: SELECT ... FOR UPDATE, then write, in one transaction.
constexpr const char *kLockRow =
    "SELECT on_hand - reserved, reserved FROM stock WHERE product_id = $1 AND bin_id = $2 FOR UPDATE";
// 5. The whole checkout transaction: order row, line, allocation, NOTIFY.
constexpr const char *kPlaceOrder = "SELECT order_id FROM place_order('[{\"sku\": \"BENCH-HOT\", \"qty\": 1}]'::jsonb)";
constexpr const char *kWriteReserved = "UPDATE stock SET reserved = $3 WHERE product_id = $1 AND bin_id = $2";

constexpr const char *kQuiet = "SELECT set_config('backroom.quiet', 'on', false)";

struct Attempt {
    bool ok = false;
    int tries = 1;
    QString error;
};
using Reserve = std::function<Attempt(db::Connection &)>;

struct Figures {
    QString name;
    qint64 done = 0;
    qint64 tries = 0;
    qint64 failed = 0;
    double seconds = 0;
    double p50ms = 0, p99ms = 0;
    QString firstError;
};

double percentile(std::vector<double> &v, double p)
{
    if (v.empty())
        return 0;
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size())));
    std::nth_element(v.begin(), v.begin() + long(i), v.end());
    return v[i];
}

// Runs one strategy for `seconds` and adds what it did to f and latencies.
void run(Figures &f, std::vector<double> &latencies, const QString &conninfo, int clients, int seconds, bool quiet,
         const Reserve &reserve)
{
    std::vector<std::unique_ptr<db::Connection>> conns;
    for (int i = 0; i < clients; ++i) {
        conns.push_back(test::connectOrDie(conninfo));
        if (quiet)
            test::must(*conns.back(), kQuiet);
    }
    std::atomic<bool> go{false};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&, i] {
            std::vector<double> mine;
            mine.reserve(100000);
            qint64 done = 0, tries = 0, failed = 0;
            QString firstError;
            while (!go.load())
                std::this_thread::yield();
            while (!stop.load()) {
                const auto t0 = std::chrono::steady_clock::now();
                const Attempt a = reserve(*conns[size_t(i)]);
                const auto t1 = std::chrono::steady_clock::now();
                tries += a.tries;
                if (a.ok) {
                    ++done;
                    mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                } else {
                    ++failed;
                    if (firstError.isEmpty())
                        firstError = a.error;
                }
            }
            std::lock_guard lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
            f.done += done;
            f.tries += tries;
            f.failed += failed;
            if (f.firstError.isEmpty())
                f.firstError = firstError;
        });
    }
    QElapsedTimer timer;
    timer.start();
    go = true;
    std::this_thread::sleep_for(std::chrono::seconds(seconds));   // the measuring window, not synchronisation
    stop = true;
    for (auto &t : threads)
        t.join();
    f.seconds += double(timer.nsecsElapsed()) / 1e9;
}

Attempt fromResult(const Result<db::PgResult> &r, int tries = 1)
{
    if (!r)
        return {false, tries, r.error().message};
    return {r->affectedRows() == 1, tries, r->affectedRows() == 1 ? QString() : QStringLiteral("nothing reserved")};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Client connections (default 32)."), QStringLiteral("n"), QStringLiteral("32")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per strategy (default 10)."), QStringLiteral("s"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("buckets"), QStringLiteral("Flash-sale buckets (default 16)."), QStringLiteral("n"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Alternate the strategies in this many rounds (default 2)."), QStringLiteral("n"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Scratch database to use instead of a private cluster."), QStringLiteral("conninfo")});
    parser.addHelpOption();
    parser.process(app);
    const int clients = std::max(1, parser.value(QStringLiteral("clients")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int buckets = std::clamp(parser.value(QStringLiteral("buckets")).toInt(), 1, 256);
    const int rounds = std::clamp(parser.value(QStringLiteral("rounds")).toInt(), 1, seconds);

    const QString conninfo =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : test::TestCluster::instance().freshDatabase();
    auto admin = test::connectOrDie(conninfo);
    if (auto setup = admin->execScript(QString::fromLatin1(kSetup)); !setup)
        qFatal("setup: %s", qPrintable(setup.error().message));
    const auto key = test::must(*admin, kKey);
    const qint64 product = key.toInt64(0, 0);
    const int bin = key.toInt(0, 1);
    const auto version = test::must(*admin, "SELECT version()").text(0, 0);

    QTextStream out(stdout);
    out << "bench_checkout: one hot SKU (" << kSku << ", " << kStock << " units, one bin), " << clients
        << " client connections, " << seconds << " s per strategy in " << rounds
        << " alternating rounds, one unit per transaction\n"
        << "machine: " << QSysInfo::prettyProductName() << ", " << std::thread::hardware_concurrency() << " hardware threads\n"
        << "server:  " << version.section(QLatin1Char(','), 0, 0) << (parser.isSet(QStringLiteral("db")) ? "" : " (private test cluster: fsync=off, synchronous_commit=off)") << "\n\n";
    out.flush();

    const QVariantList rowKey{product, bin};
    struct Strategy {
        QString name;
        bool flashSale;
        bool quiet;   // no NOTIFY from the stock trigger or the checkout functions
        Reserve reserve;
    };
    // One call of the SQL function, as orders::placeOrder makes it (without its read-back of the order).
    auto placeOne = [](db::Connection &c) {
        auto placed = c.exec(kPlaceOrder);
        return Attempt{placed.ok(), 1, placed.ok() ? QString() : placed.error().message};
    };
    const std::vector<Strategy> strategies{
        {QStringLiteral("guarded UPDATE (single row)"), false, false,
         [&](db::Connection &c) { return fromResult(c.exec(kGuarded, rowKey)); }},
        {QStringLiteral("xmin read-then-write + retry"), false, false,
         [&](db::Connection &c) {
             for (int tries = 1; tries <= 1000; ++tries) {
                 auto read = c.exec(kReadVersion, rowKey);
                 if (!read)
                     return Attempt{false, tries, read.error().message};
                 if (read->toInt(0, 0) < 1)
                     return Attempt{false, tries, QStringLiteral("out of stock")};
                 auto write = c.exec(kWriteIfVersion, {product, bin, read->toInt(0, 1) + 1, read->text(0, 2)});
                 if (!write)
                     return Attempt{false, tries, write.error().message};
                 if (write->affectedRows() == 1)
                     return Attempt{true, tries, {}};
             }
             return Attempt{false, 1000, QStringLiteral("gave up after 1000 tries")};
         }},
        {QStringLiteral("SELECT FOR UPDATE + UPDATE"), false, false,
         [&](db::Connection &c) {
             db::Transaction tx(c);
             if (!tx.begun())
                 return Attempt{false, 1, tx.begun().error().message};
             auto lock = c.exec(kLockRow, rowKey);
             if (!lock)
                 return Attempt{false, 1, lock.error().message};
             if (lock->toInt(0, 0) < 1)
                 return Attempt{false, 1, QStringLiteral("out of stock")};
             auto write = c.exec(kWriteReserved, {product, bin, lock->toInt(0, 1) + 1});
             if (!write)
                 return Attempt{false, 1, write.error().message};
             auto done = tx.commit();
             return Attempt{done.ok(), 1, done.ok() ? QString() : done.error().message};
         }},
        {QStringLiteral("flash-sale buckets (%1)").arg(buckets), true, false,
         [&](db::Connection &c) {
             auto skip = c.exec(kBucket, {product});
             if (skip && skip->affectedRows() == 0)
                 return fromResult(c.exec(kBucketWait, {product}), 2);
             return fromResult(skip);
         }},
        // The whole checkout transaction (order row, line, allocation, NOTIFY) on both paths.
        {QStringLiteral("place_order(), single row"), false, false, placeOne},
        {QStringLiteral("place_order(), buckets (%1)").arg(buckets), true, false, placeOne},
        // The same without NOTIFY (backroom.quiet = on, migration 002): NOTIFY serialises commits.
        {QStringLiteral("guarded UPDATE, quiet"), false, true,
         [&](db::Connection &c) { return fromResult(c.exec(kGuarded, rowKey)); }},
        {QStringLiteral("place_order(), single row, quiet"), false, true, placeOne},
        {QStringLiteral("place_order(), buckets (%1), quiet").arg(buckets), true, true, placeOne},
    };

    // Rounds alternate the strategies so that load from elsewhere on the machine hits each alike.
    std::vector<Figures> results(strategies.size());
    std::vector<std::vector<double>> latencies(strategies.size());
    const int slice = std::max(1, seconds / rounds);
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < strategies.size(); ++i) {
            results[i].name = strategies[i].name;
            const QString sku = QString::fromLatin1(kSku);
            const Status mode = strategies[i].flashSale ? orders::flashSaleOn(*admin, sku, buckets)
                                                        : orders::flashSaleOff(*admin, sku);
            if (!mode)
                qFatal("flash sale mode: %s", qPrintable(mode.error().message));
            test::must(*admin, "VACUUM ANALYZE stock, stock_bucket, orders, order_line, order_allocation");
            run(results[i], latencies[i], conninfo, clients, slice, strategies[i].quiet, strategies[i].reserve);
        }
    }
    orders::flashSaleOff(*admin, QString::fromLatin1(kSku));
    for (size_t i = 0; i < strategies.size(); ++i) {
        results[i].p50ms = percentile(latencies[i], 0.50);
        results[i].p99ms = percentile(latencies[i], 0.99);
    }

    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("strategy"), -36).arg(QStringLiteral("reserved/s"), 11)
               .arg(QStringLiteral("p50 ms"), 8).arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("attempts/res"), 13).arg(QStringLiteral("failed"), 7);
    const double baseline = results.front().done / results.front().seconds;
    for (const auto &f : results) {
        const double rate = f.done / f.seconds;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6   (%7x guarded)\n")
                   .arg(f.name, -36).arg(rate, 11, 'f', 0).arg(f.p50ms, 8, 'f', 2).arg(f.p99ms, 8, 'f', 2)
                   .arg(f.done ? double(f.tries) / double(f.done) : 0.0, 13, 'f', 2).arg(f.failed, 7)
                   .arg(rate / baseline, 0, 'f', 2);
        if (!f.firstError.isEmpty())
            out << "    first failure: " << f.firstError << "\n";
    }
    auto violations = orders::checkoutViolations(*admin);
    out << "\nafter the run: no stock row negative (CHECK), ledger == on_hand: "
        << (violations && std::none_of(violations->begin(), violations->end(),
                                       [](const QString &v) { return v.startsWith(QLatin1String("ledger")); })
                ? "yes" : "NO")
        << " (raw strategies reserve without orders, so allocation checks do not apply here)\n";
    out.flush();
    return 0;
}
