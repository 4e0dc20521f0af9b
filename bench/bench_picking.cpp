// Scan-to-confirm latency on the picking screen (issue 17): from the Enter key event of the quantity
// scan to the screen showing the next task, p50/p99 (goal: under 50 ms p99; the scanner must never wait
// on the screen). Also the time until the database has counted each confirm (claim + pick_confirm, queued
// on DbGate's worker), which the picker does not wait for. Offscreen, a throwaway PostgreSQL.
//
//   bench_picking [--orders 1000] [--skus 300] [--bins 600] [--tasks 500] [--db conninfo]
//
// With --db it writes bench products, bins, orders and a wave into that database: a scratch one only.
// Prints figures; never fails on time (exit 1 only when a step fails or a unit is not counted).
#include "testdb.h"

#include "db/asyncdb.h"
#include "dbgate.h"
#include "warehouse/pickingscreen.h"
#include "warehouse/warehouse.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace backroom;

namespace {

const char *const kSeed[] = {
    "INSERT INTO bin (code, zone, pick_seq) "
    "  SELECT format('Z%s-%s', i % 4, lpad(i::text, 4, '0')), 'Z' || (i % 4), i FROM generate_series(1, %BINS%) i",
    "INSERT INTO product (sku, name, name_th, barcode, price_satang) "
    "  SELECT format('SKU-%s', lpad(i::text, 5, '0')), format('Item %s', i), format('สินค้า %s', i), "
    "         (8850000000000 + i)::text, 10000 + i FROM generate_series(1, %SKUS%) i",
    "INSERT INTO stock (product_id, bin_id, on_hand) "
    "  SELECT p.id, b.id, 100000 FROM product p JOIN bin b "
    "    ON b.id IN (1 + (p.id * 7) % %BINS%, 1 + (p.id * 13 + 5) % %BINS%)",
    "DO $$ DECLARE i int; v bigint; n int; BEGIN "
    "  PERFORM set_config('backroom.quiet', 'on', true); "
    "  FOR i IN 1 .. %ORDERS% LOOP "
    "    n := 1 + i % 4; "
    "    SELECT order_id INTO v FROM place_order((SELECT jsonb_agg(jsonb_build_object('sku', "
    "        format('SKU-%s', lpad((1 + (i * 31 + k * 17) % %SKUS%)::text, 5, '0')), 'qty', 1 + k % 2)) "
    "      FROM generate_series(1, n) k), NULL, 'web'); "
    "    PERFORM pay_order(v); "
    "  END LOOP; END $$"};

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

[[noreturn]] void die(const char *what, const QString &why)
{
    std::fprintf(stderr, "bench_picking: %s: %s\n", what, qPrintable(why));
    std::exit(1);
}

void scan(QWidget *input, const QString &text)
{
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("Paid orders in the wave."),
                                       QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption skusOpt(QStringLiteral("skus"), QStringLiteral("Products."), QStringLiteral("n"),
                                     QStringLiteral("300"));
    const QCommandLineOption binsOpt(QStringLiteral("bins"), QStringLiteral("Bins."), QStringLiteral("n"),
                                     QStringLiteral("600"));
    const QCommandLineOption tasksOpt(QStringLiteral("tasks"), QStringLiteral("Tasks picked (timed)."),
                                      QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Scratch database (default: a throwaway cluster)."),
                                   QStringLiteral("conninfo"));
    parser.addOptions({ordersOpt, skusOpt, binsOpt, tasksOpt, dbOpt});
    parser.process(app);
    const int orders = parser.value(ordersOpt).toInt();
    const int skus = parser.value(skusOpt).toInt();
    const int bins = parser.value(binsOpt).toInt();
    const int maxTasks = parser.value(tasksOpt).toInt();

    const QString info = parser.isSet(dbOpt) ? parser.value(dbOpt) : test::TestCluster::instance().freshDatabase();
    auto conn = test::connectOrDie(info);
    for (const char *sql : kSeed)
        test::must(*conn, fill(QString::fromUtf8(sql), orders, skus, bins).constData());
    auto wave = warehouse::createWave(*conn, {});
    if (!wave)
        die("createWave", wave.error().message);
    auto tasks = warehouse::releaseWave(*conn, *wave);
    if (!tasks)
        die("releaseWave", tasks.error().message);
    std::printf("bench_picking on %s, %d cores, PostgreSQL %s, QPA %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qPrintable(conn->serverVersion()), qPrintable(QGuiApplication::platformName()));
    std::printf("wave %lld of %d orders: %d tasks\n", *wave, orders, *tasks);

    db::AsyncDb async(info);
    ui::DbGate gate(&async);
    ui::PickingScreen screen(&gate);
    screen.resize(1024, 600);
    screen.show();
    QSignalSpy loaded(&screen, &ui::PickingScreen::tasksLoaded);
    screen.openWave(*wave);
    if (!loaded.wait(30000))
        die("load", QStringLiteral("the list did not load"));

    QElapsedTimer enter;
    std::vector<double> showMs, drawnMs, countedMs;
    bool timing = false;
    QObject::connect(&screen, &ui::PickingScreen::taskShown, &screen, [&](qint64) {
        if (timing)
            showMs.push_back(double(enter.nsecsElapsed()) / 1e6);
        timing = false;
    });
    QObject::connect(&screen, &ui::PickingScreen::confirmAnswered, &screen,
                     [&](qint64, int, bool, qint64 ms) { countedMs.push_back(double(ms)); });
    int refusals = 0;
    QObject::connect(&screen, &ui::PickingScreen::scanRefused, &screen, [&](const QString &m) {
        ++refusals;
        std::fprintf(stderr, "refused: %s\n", qPrintable(m));
    });

    // A picker at scanner speed: bin, item, Enter, next task; answers are handled between tasks as the
    // event loop gets to them (processEvents), never waited for.
    QElapsedTimer wall;
    wall.start();
    int picked = 0;
    while (screen.currentTaskId() != 0 && picked < maxTasks) {
        const QString bin = screen.binLabel()->text().section(QLatin1Char(' '), 1);
        scan(screen.scanInput(), bin);
        scan(screen.scanInput(), screen.skuLabel()->text());
        timing = true;
        enter.start();
        QTest::keyClick(screen.scanInput(), Qt::Key_Return);
        screen.repaint();   // drawn now, not at the next paint event
        drawnMs.push_back(double(enter.nsecsElapsed()) / 1e6);
        ++picked;
        QCoreApplication::processEvents();
    }
    const double scanningS = double(wall.elapsed()) / 1000.0;
    QElapsedTimer drain;
    drain.start();
    while (screen.confirmsInFlight() > 0 && drain.elapsed() < 120000)
        QTest::qWait(5);   // the bench's own wait for the queue to empty, outside the timed part
    if (screen.confirmsInFlight() > 0 || refusals > 0)
        die("confirms", QStringLiteral("%1 still in flight, %2 refused").arg(screen.confirmsInFlight()).arg(refusals));
    const int counted = test::must(*conn, "SELECT count(*) FROM pick_task WHERE wave_id = $1 AND status = 'picked'",
                                   {*wave}).toInt(0, 0);
    std::printf("picked %d tasks at scanner speed in %.2f s; the database counted %d, the last %.2f s after the last "
                "Enter\n",
                picked, scanningS, counted, double(drain.elapsed()) / 1000.0);
    std::printf("  Enter -> next task on screen:      p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (n=%zu, goal p99 < 50 ms)\n",
                percentile(showMs, 0.5), percentile(showMs, 0.99), percentile(showMs, 1.0), showMs.size());
    std::printf("  Enter -> next task drawn (repaint): p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n",
                percentile(drawnMs, 0.5), percentile(drawnMs, 0.99), percentile(drawnMs, 1.0));
    std::printf("  Enter -> counted in the database:  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (queued, not waited for)\n",
                percentile(countedMs, 0.5), percentile(countedMs, 0.99), percentile(countedMs, 1.0));
    if (counted != picked)
        die("count", QStringLiteral("%1 tasks picked on screen, %2 counted").arg(picked).arg(counted));
    return 0;
}
