// Time to build a wave of N paid orders and its pick lists (issue 17), and the database side of
// scan-to-confirm (pick_confirm through core/warehouse) as p50/p99. Prints figures; never fails on time.
//
//   bench_warehouse [--orders 2000] [--skus 300] [--bins 600] [--pickers 8] [--rounds 3] [--confirms 500] [--db conninfo]
//
// Without --db it starts its own throwaway PostgreSQL (tests/testdb.h); with --db it writes bench
// products, bins, orders and waves into that database, so point it only at a scratch database.
// Each round closes the previous wave before anything is picked, so the same orders are waved again.
#include "testdb.h"

#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace backroom;

namespace {

// Bins in 4 zones, pick_seq in walking order; every SKU in 2 bins with plenty of units.
const char *const kSeed[] = {
    "SELECT set_config('backroom.quiet', 'on', false), set_config('backroom.reason', 'bench', false)",
    "INSERT INTO bin (code, zone, pick_seq) "
    "  SELECT format('Z%s-%s', i % 4, lpad(i::text, 4, '0')), 'Z' || (i % 4), i FROM generate_series(1, %BINS%) i",
    "INSERT INTO product (sku, name, name_th, barcode, price_satang) "
    "  SELECT format('SKU-%s', lpad(i::text, 5, '0')), format('Item %s', i), format('สินค้า %s', i), "
    "         (8850000000000 + i)::text, 10000 + i FROM generate_series(1, %SKUS%) i",
    "INSERT INTO stock (product_id, bin_id, on_hand) "
    "  SELECT p.id, b.id, 100000 FROM product p JOIN bin b "
    "    ON b.id IN (1 + (p.id * 7) % %BINS%, 1 + (p.id * 13 + 5) % %BINS%)"};

// N orders of 1-4 lines, placed and paid in one server-side loop (quiet: no NOTIFY per order).
constexpr const char *kOrders =
    "DO $$ DECLARE i int; v bigint; n int; BEGIN "
    "  PERFORM set_config('backroom.quiet', 'on', true); "
    "  FOR i IN 1 .. %ORDERS% LOOP "
    "    n := 1 + i % 4; "
    "    SELECT order_id INTO v FROM place_order((SELECT jsonb_agg(jsonb_build_object('sku', "
    "        format('SKU-%s', lpad((1 + (i * 31 + k * 17) % %SKUS%)::text, 5, '0')), 'qty', 1 + k % 2)) "
    "      FROM generate_series(1, n) k), NULL, CASE WHEN i % 3 = 0 THEN 'shopee' ELSE 'web' END); "
    "    PERFORM pay_order(v); "
    "  END LOOP; END $$";

QByteArray fill(QString sql, int orders, int skus, int bins)
{
    sql.replace(QStringLiteral("%ORDERS%"), QString::number(orders))
        .replace(QStringLiteral("%SKUS%"), QString::number(skus))
        .replace(QStringLiteral("%BINS%"), QString::number(bins));
    return sql.toUtf8();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

void require(bool ok, const Error *error, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_warehouse: %s failed: %s\n", what, error ? qPrintable(error->message) : "");
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("Paid orders in the wave."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption skusOpt(QStringLiteral("skus"), QStringLiteral("Products."), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption binsOpt(QStringLiteral("bins"), QStringLiteral("Bins."), QStringLiteral("n"), QStringLiteral("600"));
    const QCommandLineOption pickersOpt(QStringLiteral("pickers"), QStringLiteral("Pick lists per wave."), QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Waves built."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption confirmsOpt(QStringLiteral("confirms"), QStringLiteral("Confirms timed."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Scratch database (default: a throwaway cluster)."), QStringLiteral("conninfo"));
    parser.addOptions({ordersOpt, skusOpt, binsOpt, pickersOpt, roundsOpt, confirmsOpt, dbOpt});
    parser.process(app);
    const int orders = parser.value(ordersOpt).toInt();
    const int skus = parser.value(skusOpt).toInt();
    const int bins = parser.value(binsOpt).toInt();
    const int pickers = parser.value(pickersOpt).toInt();
    const int rounds = parser.value(roundsOpt).toInt();
    const int confirms = parser.value(confirmsOpt).toInt();

    const QString info = parser.isSet(dbOpt) ? parser.value(dbOpt) : test::TestCluster::instance().freshDatabase();
    auto conn = test::connectOrDie(info);
    QElapsedTimer timer;
    timer.start();
    for (const char *sql : kSeed)
        test::must(*conn, fill(QString::fromUtf8(sql), orders, skus, bins).constData());
    test::must(*conn, fill(QString::fromLatin1(kOrders), orders, skus, bins).constData());
    std::printf("bench_warehouse on %s, %d cores, PostgreSQL %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qPrintable(conn->serverVersion()));
    std::printf("seeded %d SKUs in %d bins, %d orders placed and paid in %.1f s\n", skus, bins, orders,
                double(timer.elapsed()) / 1000.0);

    QStringList names;
    for (int i = 1; i <= pickers; ++i)
        names << QStringLiteral("picker%1").arg(i);
    std::vector<double> createMs, releaseMs, listsMs;
    qint64 wave = 0;
    int tasks = 0;
    for (int round = 0; round < rounds; ++round) {
        if (wave) {
            auto closed = warehouse::closeWave(*conn, wave);
            require(closed.ok(), closed.ok() ? nullptr : &closed.error(), "closeWave");
        }
        timer.restart();
        auto created = warehouse::createWave(*conn, {});
        createMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        require(created.ok(), created.ok() ? nullptr : &created.error(), "createWave");
        wave = *created;
        timer.restart();
        auto released = warehouse::releaseWave(*conn, wave, names);
        releaseMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        require(released.ok(), released.ok() ? nullptr : &released.error(), "releaseWave");
        tasks = *released;
        timer.restart();
        int lines = 0;
        for (const QString &name : names) {
            auto list = warehouse::pickListDocument(*conn, wave, name);
            require(list.ok(), list.ok() ? nullptr : &list.error(), "pickListDocument");
            lines += int(list->lines.size());
        }
        listsMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (lines != tasks) {
            std::fprintf(stderr, "bench_warehouse: pick lists hold %d lines, the wave %d tasks\n", lines, tasks);
            return 1;
        }
    }
    auto head = warehouse::waveHeader(*conn, wave);
    require(head.ok(), head.ok() ? nullptr : &head.error(), "waveHeader");
    std::printf("wave of %d orders: %d tasks (one per bin and SKU), %d units, %d pick lists\n", head->orders, tasks,
                head->unitsToPick, pickers);
    auto show = [](const char *what, const std::vector<double> &ms) {
        std::printf("  %-34s median %8.1f ms  (runs:", what, percentile(ms, 0.5));
        for (double m : ms)
            std::printf(" %.1f", m);
        std::printf(")\n");
    };
    show("wave_create (orders + tasks)", createMs);
    show("wave_release (split into lists)", releaseMs);
    show("read every picker's list", listsMs);

    // The database side of scan-to-confirm: one unit per confirm, on the last wave's tasks in walking order.
    auto list = warehouse::pickListDocument(*conn, wave);
    require(list.ok(), list.ok() ? nullptr : &list.error(), "pickListDocument");
    std::vector<double> confirmMs;
    for (const auto &line : list->lines) {
        if (int(confirmMs.size()) >= confirms)
            break;
        auto claimed = warehouse::claimTask(*conn, line.taskId, line.picker);
        require(claimed.ok(), claimed.ok() ? nullptr : &claimed.error(), "claimTask");
        for (int unit = 0; unit < line.qty && int(confirmMs.size()) < confirms; ++unit) {
            timer.restart();
            auto done = warehouse::confirmPick(*conn, {line.taskId, line.binCode, line.barcode, 1, {}, line.picker});
            confirmMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            require(done.ok(), done.ok() ? nullptr : &done.error(), "confirmPick");
        }
    }
    std::printf("pick_confirm (scan -> counted, one connection, %zu confirms): p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                confirmMs.size(), percentile(confirmMs, 0.5), percentile(confirmMs, 0.99),
                confirmMs.empty() ? 0.0 : *std::max_element(confirmMs.begin(), confirmMs.end()));
    return 0;
}
