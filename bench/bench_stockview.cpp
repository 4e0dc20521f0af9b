// Stock screen over a million stock rows: time from creating the window to the first rows painted,
// time of a further page (fetchMore), and time of a search, as p50/p99 over several runs.
// Uses BACKROOM_DB if set (seeding it up to ~1,000,000 stock rows if smaller), else a throwaway cluster.
// Prints figures; never fails on time.
#include "db/asyncdb.h"
#include "inventory/demoseed.h"
#include "mainwindow.h"
#include "stock/stockmodel.h"
#include "stock/stockscreen.h"
#include "testdb.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace backroom;

namespace {

constexpr int kProducts = 333'334;   // ~3 stock rows each -> ~1,000,000 rows

struct Figures {
    QString name;
    QList<double> ms;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(std::ceil(p / 100.0 * v.size())) - 1, 0, int(v.size()) - 1);
    return v.at(i);
}

void print(const Figures &f)
{
    std::printf("  %-44s runs %3lld   p50 %8.1f ms   p99 %8.1f ms   min %8.1f ms   max %8.1f ms\n",
                qPrintable(f.name), qlonglong(f.ms.size()), percentile(f.ms, 50), percentile(f.ms, 99),
                *std::min_element(f.ms.begin(), f.ms.end()), *std::max_element(f.ms.begin(), f.ms.end()));
    std::fflush(stdout);
}

// Counts paint events of the table's viewport once it has rows: "first rows painted".
class PaintWatch : public QObject {
public:
    PaintWatch(QTableView *table) : m_table(table) { table->viewport()->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && m_table->model()->rowCount() > 0)
            painted = true;
        return QObject::eventFilter(o, e);
    }

private:
    QTableView *m_table;
};

// Ticks every 2 ms on the GUI thread and records the longest gap between ticks: how long the event
// loop was unable to run (repaint, take input) while database work was going on.
class StallWatch {
public:
    StallWatch()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestNs = std::max(m_longestNs, m_clock.nsecsElapsed());
            m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    double longestMs() const { return m_longestNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestNs = 0;
};

bool waitPage(ui::StockModel *model, qint64 *elapsedMs)
{
    QSignalSpy spy(model, &ui::StockModel::pageLoaded);
    if (!spy.wait(60000))
        return false;
    *elapsedMs = spy.first().at(1).toLongLong();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QString conninfo = qEnvironmentVariable("BACKROOM_DB");
    if (conninfo.isEmpty())
        conninfo = test::TestCluster::instance().freshDatabase();
    auto conn = test::connectOrDie(conninfo);
    qint64 rows = test::must(*conn, "SELECT count(*) FROM stock").toInt64(0, 0);
    if (rows < 900'000) {
        std::printf("seeding %d products (~1,000,000 stock rows) ...\n", kProducts);
        std::fflush(stdout);
        QElapsedTimer seedClock;
        seedClock.start();
        inventory::SeedOptions options;
        options.products = kProducts;
        options.bins = 1000;
        auto report = inventory::seedDemo(*conn, options);
        if (!report) {
            std::printf("seed failed: %s\n", qPrintable(report.error().message));
            return 1;
        }
        rows = test::must(*conn, "SELECT count(*) FROM stock").toInt64(0, 0);
        std::printf("seeded in %.1f s\n", seedClock.elapsed() / 1000.0);
    }
    std::printf("bench_stockview: %lld stock rows, %d cores (nproc), Qt %s, platform %s\n", rows,
                QThread::idealThreadCount(), qVersion(), qPrintable(QGuiApplication::platformName()));
    std::fflush(stdout);

    // 1. Open: create the window -> first page fetched -> first rows painted.
    Figures open{QStringLiteral("open: window created -> first rows painted"), {}};
    Figures firstPage{QStringLiteral("open: first page query (200 rows)"), {}};
    for (int run = 0; run < 10; ++run) {
        QElapsedTimer clock;
        clock.start();
        ui::MainWindow window(conninfo);
        window.resize(1280, 800);
        PaintWatch watch(window.stockScreen()->table());
        window.show();
        qint64 pageMs = 0;
        if (!waitPage(window.stockScreen()->model(), &pageMs)) {
            std::printf("first page did not arrive\n");
            return 1;
        }
        if (!QTest::qWaitFor([&] { return watch.painted; }, 10000))
            std::printf("  (run %d: no paint seen within 10 s)\n", run);
        open.ms << clock.nsecsElapsed() / 1e6;
        firstPage.ms << double(pageMs);
    }
    print(open);
    print(firstPage);

    ui::MainWindow window(conninfo);
    window.resize(1280, 800);
    window.show();
    ui::StockModel *model = window.stockScreen()->model();
    qint64 ms = 0;
    waitPage(model, &ms);

    // 2. fetchMore: scroll down page after page.
    Figures more{QStringLiteral("fetchMore: next page of 200 (keyset)"), {}};
    for (int page = 0; page < 50; ++page) {
        window.stockScreen()->table()->scrollToBottom();
        if (!model->canFetchMore({}))
            model->fetchMore({});
        if (!waitPage(model, &ms))
            break;
        more.ms << double(ms);
    }
    print(more);

    // 3. Deep sort: first page of every sort order, both directions.
    Figures sorted{QStringLiteral("sort: first page after a header click"), {}};
    for (int round = 0; round < 2; ++round)
        for (int column = 0; column < ui::StockModel::ColumnCount; ++column)
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                model->sort(column, order);
                if (waitPage(model, &ms))
                    sorted.ms << double(ms);
            }
    print(sorted);
    model->sort(ui::StockModel::Sku, Qt::AscendingOrder);
    waitPage(model, &ms);

    // 4. Search: substring, Thai, SKU and typo queries (first page of results).
    const QStringList terms = {QStringLiteral("hoodie"),    QStringLiteral("backpack red"), QStringLiteral("เสื้อยืด"),
                               QStringLiteral("snk-00123"),  QStringLiteral("hoodei"),       QStringLiteral("bluetoth speeker"),
                               QStringLiteral("jasmine"),    QStringLiteral("ชาเขียว"),       QStringLiteral("12345"),
                               QStringLiteral("yoga mat")};
    StallWatch stalls;   // the slow typo searches must not freeze the window
    Figures search{QStringLiteral("search: first page of results"), {}};
    Figures typo{QStringLiteral("search (typo, trigram fallback)"), {}};
    for (int round = 0; round < 3; ++round)
        for (const QString &term : terms) {
            model->setSearch(term);
            if (!waitPage(model, &ms))
                continue;
            (term == QStringLiteral("hoodei") || term.startsWith(QStringLiteral("bluetoth")) ? typo : search).ms
                << double(ms);
            model->setSearch({});
            waitPage(model, &ms);
        }
    print(search);
    print(typo);
    std::printf("  GUI event loop: longest stall during the searches %.1f ms (2 ms timer; queries run on AsyncDb's thread)\n",
                stalls.longestMs());
    return 0;
}
