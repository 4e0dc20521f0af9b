// The Drills screen (ui/drills) on a real PostgreSQL, offscreen, against the real core: a short closed-model
// drill started with the button runs the normal-day scenario on the test database, feeds the live charts
// (one point per LoadDrill::progressed sample), ends with the report, the verdict PASS and the run in the
// saved list (drill_run), and `backroom drill show ID --json` reads back the same report; Stop ends a long
// drill within a second and the data stays consistent; bad threshold text is flagged and Start disabled; a
// target that is not this machine asks first and "No" runs nothing; saved runs open and compare side by
// side; a short shoot-out fills its table row by row; the charts scroll; the report JSON (core's
// loadRunReportJson) reads back, older runs too. No sleeps: QTRY_* and QSignalSpy::wait.
#include "drills/drillbackend.h"
#include "drills/drillparse.h"
#include "drills/drillcharts.h"
#include "drills/drillfigures.h"
#include "drills/drillparameterspanel.h"
#include "drills/drillreportview.h"
#include "drills/drillsscreen.h"
#include "drills/savedrunsmodel.h"
#include "drills/savedrunspanel.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "security/session.h"
#include "testdb.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QtTest>

using namespace backroom;
using namespace backroom::ui;
using namespace std::chrono_literals;
using backroom::test::connectOrDie;
using backroom::test::must;
using backroom::test::screenshotPath;
using Phase = DrillSession::Phase;

namespace {

constexpr const char *kAddProduct =
    "INSERT INTO backroom_data.product (sku, name, price_satang) VALUES ($1, $1, 2500) RETURNING id";
constexpr const char *kAddBin = "INSERT INTO backroom_data.bin (code, zone, pick_seq) VALUES ($1, 'A', $2) RETURNING id";

drills::LoadDrillReport handMadeReport(double seconds, qint64 acknowledged, double p99Ms)
{
    drills::LoadDrillReport r;
    r.connections = 4;
    r.seconds = seconds;
    r.intended = r.started = acknowledged + 5;
    r.acknowledged = acknowledged;
    r.outOfStock = 3;
    r.otherErrors.insert(QStringLiteral("40P01"), 2);
    r.latency.count = acknowledged + 3;
    r.latency.p50 = std::chrono::microseconds(1500);
    r.latency.p95 = std::chrono::microseconds(4000);
    r.latency.p99 = std::chrono::microseconds(qint64(p99Ms * 1000));
    r.latency.p999 = std::chrono::microseconds(qint64(p99Ms * 1500));
    r.latency.max = std::chrono::microseconds(qint64(p99Ms * 3000));
    r.operations[0].ok = acknowledged;
    r.operations[0].refused = 3;
    r.operations[0].errors = 2;
    r.operations[0].latency = r.latency;
    r.operations[1].ok = 40;
    r.peakMemoryBytes = 64 * 1048576;
    for (int t = 1; t <= 10; ++t) {
        drills::LoadDrillSample sample;
        sample.atSeconds = t;
        sample.answeredPerSecond = double(acknowledged) / seconds;
        sample.p99Ms = p99Ms;
        r.timeline.push_back(sample);
    }
    return r;
}

QString cell(QTableWidget *table, int row, int column)
{
    auto *item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowWithLabel(QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (cell(table, r, 0) == label)
            return r;
    return -1;
}

} // namespace

class TestDrillsUi : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_conn;
    std::shared_ptr<DrillBackend> m_backend;
    int m_bins = 0;

    void addProduct(const QString &sku, int onHand)
    {
        const qint64 id = must(*m_conn, kAddProduct, {sku}).toInt64(0, 0);
        ++m_bins;
        const int bin = must(*m_conn, kAddBin, {QStringLiteral("U%1").arg(m_bins), m_bins}).toInt(0, 0);
        must(*m_conn, "SELECT set_config('backroom.reason', 'receive', false)");
        must(*m_conn, "INSERT INTO backroom_data.stock (product_id, bin_id, on_hand) VALUES ($1, $2, $3)", {id, bin, onHand});
    }

    // `backroom drill show ID --json`: the saved run as the command line reads it.
    QJsonObject drillShow(qint64 id)
    {
        QProcess p;
        p.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("drill"), QStringLiteral("show"), QString::number(id),
                                               QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        if (!p.waitForFinished(60000))
            qFatal("backroom drill show did not finish");
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning("backroom drill show %lld: exit %d, %s", id, p.exitCode(), p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    // A saved run made by hand (no drill ran), saved the way the screen and the CLI save theirs.
    qint64 saveRun(const QString &kind, const QJsonObject &report, bool passed)
    {
        drills::DrillRun run;
        run.kind = kind;
        run.scenario = kind == QLatin1String("shootout") ? QStringLiteral("shootout") : QStringLiteral("flash-sale");
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.finishedAt = run.startedAt.addSecs(10);
        run.passed = passed;
        run.report = report;
        auto id = drills::saveDrillRun(*m_conn, run);
        if (!id)
            qFatal("save: %s", qPrintable(id.error().message));
        return *id;
    }

    qint64 drillOrders()
    {
        return must(*m_conn, "SELECT count(*) FROM backroom_data.orders WHERE channel = 'drill'").toInt64(0, 0);
    }

    // A screen on the test database whose confirmation question fails the test if it is asked.
    std::unique_ptr<DrillsScreen> makeScreen()
    {
        auto screen = std::make_unique<DrillsScreen>(m_backend);
        screen->setRemoteConfirmation([](const QString &target) {
            qWarning("asked to confirm %s", qPrintable(target));
            return false;
        });
        screen->resize(1400, 900);
        screen->show();
        return screen;
    }

    void setClosedModel(DrillsScreen &screen, int buyers, int seconds)
    {
        DrillParametersPanel *p = screen.parameters();
        p->scenarioBox()->setCurrentIndex(p->scenarioBox()->findText(QStringLiteral("normal-day")));
        p->closedModelButton()->setChecked(true);
        p->buyersBox()->setValue(buyers);
        p->thinkBox()->setValue(0);
        p->durationBox()->setValue(seconds);
        p->connectionsBox()->setValue(2);
        p->targetBox()->setCurrentIndex(0);
        p->thresholdsEdit()->clear();
    }

private slots:
    void initTestCase() { test::TestCluster::instance(); }

    void init()
    {
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = connectOrDie(m_db);
        m_bins = 0;
        addProduct(QStringLiteral("UI-A"), 100000);
        addProduct(QStringLiteral("UI-B"), 100000);
        m_backend = std::make_shared<DrillBackend>(m_db);
    }

    void cleanup()
    {
        m_backend.reset();
        m_conn.reset();
    }

    void shortClosedRunEndsWithPassAndIsSaved();
    void stopEndsALongRunWithinASecond();
    void badThresholdIsFlaggedAndStartDisabled();
    void remoteTargetAsksAndNoRunsNothing_data();
    void remoteTargetAsksAndNoRunsNothing();
    void savedRunsOpenAndCompareSideBySide();
    void shootoutFillsItsTableAsRowsFinish();
    void chartsScrollTheTimeAxis();
    void reportReadsBackWhatItWrote();
    void drillsTabIsForOwnersOnly();
};

void TestDrillsUi::shortClosedRunEndsWithPassAndIsSaved()
{
    auto screen = makeScreen();
    setClosedModel(*screen, 4, 3);
    QSignalSpy concluded(screen.get(), &DrillsScreen::drillConcluded);
    QSignalSpy samples(screen->session(), &DrillSession::sampled);
    QVERIFY(screen->startStopButton()->isEnabled());
    QTest::mouseClick(screen->startStopButton(), Qt::LeftButton);
    QVERIFY(screen->session()->isBusy());
    QVERIFY(!screen->parameters()->isEnabled());   // no edits while it runs
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), Phase::Running, 10000);
    QCOMPARE(screen->startStopButton()->text(), QStringLiteral("Stop drill"));
    QVERIFY(concluded.wait(30000));
    QCOMPARE(concluded.first().at(0).toBool(), true);

    DrillReportView *report = screen->report();
    QCOMPARE(report->verdictLabel()->text(), QStringLiteral("PASS"));
    QVERIFY(report->violationsLabel()->isHidden());
    QVERIFY(report->operationsTable()->rowCount() >= 1);
    QVERIFY(cell(report->operationsTable(), 0, 1).remove(QRegularExpression(QStringLiteral("\\D"))).toLongLong() > 0);
    QVERIFY(!cell(report->operationsTable(), 0, 7).isEmpty());   // p99
    QVERIFY2(report->noteLabel()->isHidden(), qPrintable(report->noteLabel()->text()));
    QCOMPARE(screen->startStopButton()->text(), QStringLiteral("Start drill"));
    QVERIFY(drillOrders() > 0);

    // The charts: one point per LoadDrill::progressed sample (the engine emits one a second).
    QVERIFY2(!samples.isEmpty(), "the engine emitted no progressed() sample during a 3 s run");
    QCOMPARE(screen->charts()->throughputSeries()->count(), int(samples.size()));
    QCOMPARE(screen->charts()->p99Series()->count(), int(samples.size()));
    QCOMPARE(screen->charts()->errorsSeries()->count(), int(samples.size()));
    const auto lastSample = qvariant_cast<drills::LoadDrillSample>(samples.last().at(0));
    QCOMPARE(screen->charts()->throughputSeries()->at(int(samples.size()) - 1).y(), lastSample.answeredPerSecond);

    // Saved (drill_run) and listed.
    const qint64 runId = screen->lastSavedRunId();
    QVERIFY(runId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(screen->savedRuns()->model()->rowOfRun(runId) >= 0, 10000);
    const drills::DrillRun *saved = screen->savedRuns()->model()->runAt(screen->savedRuns()->model()->rowOfRun(runId));
    QCOMPARE(saved->kind, QStringLiteral("load"));
    QCOMPARE(saved->scenario, QStringLiteral("normal-day"));
    QVERIFY(saved->passed);
    QCOMPARE(saved->params.value(QStringLiteral("buyers")).toInt(), 4);
    QCOMPARE(saved->params.value(QStringLiteral("model")).toString(), QStringLiteral("closed"));
    QVERIFY(!saved->params.value(QStringLiteral("skus")).toArray().isEmpty());   // the scenario's, as the CLI saves them
    QCOMPARE(saved->report.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    // Core's report (loadRunReportJson), timeline included: an opened run redraws the same charts.
    for (const char *key : {"target", "strategy", "attempts", "operations", "thresholds", "thresholds_passed", "timeline"})
        QVERIFY2(saved->report.contains(QLatin1String(key)), key);
    QCOMPARE(saved->report.value(QStringLiteral("timeline")).toArray().size(), samples.size());

    // The command line reads the same run: same report, same verdict.
    const QJsonObject shown = drillShow(runId);
    QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), runId);
    QCOMPARE(shown.value(QStringLiteral("passed")).toBool(), saved->passed);
    QCOMPARE(shown.value(QStringLiteral("report")).toObject(), saved->report);
    const LoadFigures figures = loadFiguresFromJson(shown.value(QStringLiteral("report")).toObject());
    QCOMPARE(report->verdictLabel()->text(), figures.passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    QVERIFY2(report->figuresLabel()->text().contains(QLocale().toString(figures.throughput, 'f', 1)),
             qPrintable(report->figuresLabel()->text()));

    QVERIFY(screen->grab().save(screenshotPath(QStringLiteral("drills.png"))));
}

void TestDrillsUi::stopEndsALongRunWithinASecond()
{
    auto screen = makeScreen();
    setClosedModel(*screen, 8, 120);
    QSignalSpy concluded(screen.get(), &DrillsScreen::drillConcluded);
    screen->start();
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), Phase::Running, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(drillOrders() > 20, 10000);   // under load

    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(screen->startStopButton(), Qt::Key_Space);   // the button, from the keyboard
    QCOMPARE(screen->session()->phase(), Phase::Stopping);
    QCOMPARE(screen->startStopButton()->text(), QStringLiteral("Stopping…"));
    QVERIFY(!screen->startStopButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(screen->session()->phase() != Phase::Stopping, 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    qInfo("stopped %lld ms after the click", clock.elapsed());
    // Judged and saved next (it may already have happened while the phase was polled above: count, not wait).
    QTRY_COMPARE_WITH_TIMEOUT(concluded.size(), 1, 15000);
    // The report of what ran, stopped early, and the data consistent: the verdict passes.
    QCOMPARE(screen->report()->verdictLabel()->text(), QStringLiteral("PASS"));
    QVERIFY(screen->report()->figuresLabel()->text().contains(QStringLiteral("stopped early")));
    QVERIFY2(screen->statusLabel()->text().startsWith(QStringLiteral("Stopped early")), qPrintable(screen->statusLabel()->text()));
    const qint64 runId = screen->lastSavedRunId();
    QVERIFY(runId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(screen->savedRuns()->model()->rowOfRun(runId) >= 0, 10000);
    const drills::DrillRun *saved = screen->savedRuns()->model()->runAt(screen->savedRuns()->model()->rowOfRun(runId));
    const LoadFigures figures = loadFiguresFromJson(saved->report);
    QVERIFY(figures.wasCancelled);
    QVERIFY(figures.verdictPassed);
    QCOMPARE(saved->report.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    // Saved as the CLI saves a run interrupted with Ctrl-C: the plan did not run to its end, so not "passed".
    QVERIFY(!saved->passed);
    QCOMPARE(concluded.first().at(0).toBool(), false);
}

void TestDrillsUi::badThresholdIsFlaggedAndStartDisabled()
{
    auto screen = makeScreen();
    setClosedModel(*screen, 2, 1);
    DrillParametersPanel *p = screen->parameters();
    QVERIFY(screen->startStopButton()->isEnabled());
    QTest::keyClicks(p->thresholdsEdit(), QStringLiteral("p95<<fast"));
    QVERIFY(!p->isValid());
    QVERIFY(p->problemLabel()->isVisibleTo(screen.get()));
    QVERIFY2(p->problemLabel()->text().contains(QStringLiteral("p95<<fast")), qPrintable(p->problemLabel()->text()));
    QVERIFY(!screen->startStopButton()->isEnabled());
    screen->start();                                              // the shortcut's slot refuses too
    QCOMPARE(screen->session()->phase(), Phase::Idle);
    QVERIFY(!p->plan());

    p->thresholdsEdit()->clear();                                 // no threshold is fine
    QVERIFY(p->isValid());
    QVERIFY(screen->startStopButton()->isEnabled());

    QTest::keyClicks(p->thresholdsEdit(), QStringLiteral("p95<500ms, errors<1%"));
    QVERIFY2(p->isValid(), qPrintable(p->problem()));
    QVERIFY(screen->startStopButton()->isEnabled());
    QCOMPARE(p->plan()->thresholds.size(), 2);

    // Stages are checked as typed too.
    p->openModelButton()->setChecked(true);
    QTest::keyClicks(p->stagesEdit(), QStringLiteral("30s:100, fast"));
    QVERIFY(!screen->startStopButton()->isEnabled());
    p->stagesEdit()->setText(QStringLiteral("1s:10, 2s:50"));
    QVERIFY(screen->startStopButton()->isEnabled());
    QCOMPARE(p->plan()->config.stages.size(), size_t(2));
    QCOMPARE(p->plan()->config.stages[1].targetRate, 50.0);

    // The shoot-out's strategies are core's names.
    p->scenarioBox()->setCurrentIndex(p->scenarioBox()->findText(QStringLiteral("shootout")));
    p->shootoutStrategiesEdit()->setText(QStringLiteral("buckets, magic"));
    QVERIFY(!screen->startStopButton()->isEnabled());
    QVERIFY2(p->problem().contains(QStringLiteral("magic")), qPrintable(p->problem()));
    p->shootoutStrategiesEdit()->setText(QStringLiteral("xmin_retry, buckets"));
    QVERIFY(screen->startStopButton()->isEnabled());
    const QList<drills::StockStrategy> chosen{drills::StockStrategy::XminRetry, drills::StockStrategy::Buckets};
    QVERIFY(p->plan()->shootoutConfig().strategies == chosen);
}

void TestDrillsUi::remoteTargetAsksAndNoRunsNothing_data()
{
    QTest::addColumn<bool>("http");
    QTest::newRow("store URL on another machine") << true;
    QTest::newRow("database on another machine") << false;
}

void TestDrillsUi::remoteTargetAsksAndNoRunsNothing()
{
    QFETCH(bool, http);
    QString conninfo = m_db;
    if (!http)
        conninfo += QStringLiteral(" host=192.0.2.10");   // TEST-NET-1: never this machine
    auto backend = std::make_shared<DrillBackend>(conninfo);
    DrillsScreen screen(backend);
    QStringList asked;
    screen.setRemoteConfirmation([&asked](const QString &target) {
        asked << target;
        return false;
    });
    screen.show();
    setClosedModel(screen, 2, 1);
    if (http) {
        screen.parameters()->targetBox()->setCurrentIndex(1);
        screen.parameters()->storeUrlEdit()->setText(QStringLiteral("http://192.0.2.10:8080"));
    }
    QVERIFY2(screen.startStopButton()->isEnabled(), qPrintable(screen.parameters()->problem()));
    QTest::mouseClick(screen.startStopButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("192.0.2.10")), qPrintable(asked.first()));
    QCOMPARE(screen.session()->phase(), Phase::Idle);
    QVERIFY(screen.statusLabel()->text().contains(QStringLiteral("not confirmed")));
    QCOMPARE(drillOrders(), 0);

    // A loopback target asks nothing (the test database is on this machine).
    if (!http) {
        auto local = makeScreen();
        QVERIFY(local->startStopButton()->isEnabled());
    }
}

void TestDrillsUi::savedRunsOpenAndCompareSideBySide()
{
    auto save = [this](const drills::LoadDrillReport &report, bool passed) {
        drills::Verdict verdict;
        if (!passed)
            verdict.violations << drills::Violation{QStringLiteral("oversold"), QStringLiteral("UI-A sold 11 of 10")};
        return saveRun(QStringLiteral("load"), drills::loadRunReportJson(report, verdict, {}), passed);
    };
    const drills::LoadDrillReport firstReport = handMadeReport(10, 1000, 8);
    const drills::LoadDrillReport secondReport = handMadeReport(10, 1500, 12);   // one violation
    const qint64 first = save(firstReport, true);
    const qint64 second = save(secondReport, false);
    QJsonArray rows;
    for (auto strategy : {drills::StockStrategy::GuardedUpdate, drills::StockStrategy::Buckets,
                          drills::StockStrategy::ForUpdate, drills::StockStrategy::XminRetry}) {
        drills::ShootoutRow row;
        row.strategy = strategy;
        row.buyers = 32;
        row.attempts = 1000;
        row.successes = 900;
        row.ordersPerSecond = 90;
        row.verdictPassed = true;
        rows.append(drills::shootoutRowJson(row));
    }
    const qint64 third = saveRun(QStringLiteral("shootout"),
                                 QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("was_cancelled"), false},
                                             {QStringLiteral("verdict"), QStringLiteral("pass")}},
                                 true);

    auto screen = makeScreen();
    SavedRunsPanel *panel = screen->savedRuns();
    screen->pages()->setCurrentWidget(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 3, 10000);
    QCOMPARE(panel->model()->data(panel->model()->index(0, SavedRunsModel::RunColumn)).toLongLong(), third);   // newest first

    QCOMPARE(panel->selectRuns({first, second}), 2);
    QVERIFY(panel->compareButton()->isEnabled());
    QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
    QTableWidget *table = panel->comparisonTable();
    QVERIFY(table->isVisibleTo(screen.get()));
    const int rate = rowWithLabel(table, QStringLiteral("Answers per second"));
    QVERIFY(rate >= 0);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Run %1").arg(first));
    // Answers per second as core counts them: orders acknowledged or out of stock, and pages served.
    QCOMPARE(firstReport.throughput(), 104.3);
    QCOMPARE(cell(table, rate, 1), QLocale().toString(firstReport.throughput(), 'f', 1));
    QCOMPARE(cell(table, rate, 2), QLocale().toString(secondReport.throughput(), 'f', 1));
    QVERIFY2(cell(table, rate, 3).startsWith(QStringLiteral("+50")), qPrintable(cell(table, rate, 3)));
    const int verdict = rowWithLabel(table, QStringLiteral("Verdict"));
    QCOMPARE(cell(table, verdict, 1), QStringLiteral("PASS"));
    QCOMPARE(cell(table, verdict, 2), QStringLiteral("FAIL"));
    QVERIFY(screen->grab().save(screenshotPath(QStringLiteral("drills-compare.png"))));

    // Opening the failed run shows its report from the saved JSON.
    QCOMPARE(panel->selectRuns({second}), 1);
    QTest::mouseClick(panel->openButton(), Qt::LeftButton);
    QCOMPARE(screen->pages()->currentIndex(), 0);
    DrillReportView *report = screen->report();
    QCOMPARE(report->verdictLabel()->text(), QStringLiteral("FAIL"));
    QVERIFY(report->violationsLabel()->text().contains(QStringLiteral("UI-A sold 11 of 10")));
    QVERIFY(report->titleLabel()->text().contains(QString::number(second)));
    QCOMPARE(report->operationsTable()->rowCount(), 2);   // checkout and browse
    QCOMPARE(cell(report->operationsTable(), 0, 0), QStringLiteral("checkout"));
    QCOMPARE(cell(report->errorsTable(), 0, 0), QStringLiteral("40P01"));
    QCOMPARE(screen->charts()->throughputSeries()->count(), 10);   // its charts redrawn from the saved timeline
    QCOMPARE(screen->charts()->p99Series()->at(0).y(), 12.0);

    // And a saved shoot-out shows the four-strategy table.
    QCOMPARE(panel->selectRuns({third}), 1);
    panel->openCurrent();
    QCOMPARE(report->shootoutTable()->rowCount(), 4);
    QVERIFY(report->shootoutTable()->isVisibleTo(screen.get()));
    QVERIFY(report->operationsTable()->isHidden());
    QCOMPARE(cell(report->shootoutTable(), 1, 0), QStringLiteral("buckets"));
    QCOMPARE(report->verdictLabel()->text(), QStringLiteral("PASS"));
}

void TestDrillsUi::shootoutFillsItsTableAsRowsFinish()
{
    auto screen = makeScreen();
    DrillParametersPanel *p = screen->parameters();
    p->scenarioBox()->setCurrentIndex(p->scenarioBox()->findText(QStringLiteral("shootout")));
    p->shootoutBuyersEdit()->setText(QStringLiteral("2"));
    p->shootoutStrategiesEdit()->setText(QStringLiteral("guarded_update, for_update"));
    p->durationBox()->setValue(1);
    p->connectionsBox()->setValue(2);
    QVERIFY2(p->isValid(), qPrintable(p->problem()));
    QSignalSpy rows(screen->session(), &DrillSession::shootoutRowFinished);
    QSignalSpy failed(screen->session(), &DrillSession::failed);
    QSignalSpy concluded(screen.get(), &DrillsScreen::drillConcluded);
    // What the table shows as each row arrives (connected after the screen: its slot has run).
    QStringList tableAtEachRow;   // the strategies in the table, comma-separated, as each row arrived
    connect(screen->session(), &DrillSession::shootoutRowFinished, this, [&] {
        QStringList strategies;
        for (int r = 0; r < screen->report()->shootoutTable()->rowCount(); ++r)
            strategies << cell(screen->report()->shootoutTable(), r, 0);
        tableAtEachRow << strategies.join(QLatin1Char(','));
    });
    screen->start();
    QTRY_VERIFY_WITH_TIMEOUT(!screen->session()->isBusy(), 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    QCOMPARE(concluded.size(), 1);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(tableAtEachRow, (QStringList{QStringLiteral("guarded_update"), QStringLiteral("guarded_update,for_update")}));
    QCOMPARE(screen->report()->shootoutTable()->rowCount(), 2);
    QVERIFY(cell(screen->report()->shootoutTable(), 0, 2).remove(QRegularExpression(QStringLiteral("\\D"))).toLongLong() > 0);
    QCOMPARE(screen->report()->verdictLabel()->text(), QStringLiteral("PASS"));
    QCOMPARE(concluded.first().at(0).toBool(), true);

    // Saved as the CLI saves a shoot-out, and `drill show` reads the same.
    const qint64 runId = screen->lastSavedRunId();
    QTRY_VERIFY_WITH_TIMEOUT(screen->savedRuns()->model()->rowOfRun(runId) >= 0, 10000);
    const drills::DrillRun *saved = screen->savedRuns()->model()->runAt(screen->savedRuns()->model()->rowOfRun(runId));
    QCOMPARE(saved->kind, QStringLiteral("shootout"));
    QVERIFY(saved->passed);
    QCOMPARE(saved->report.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    QCOMPARE(saved->report.value(QStringLiteral("was_cancelled")).toBool(), false);
    QCOMPARE(saved->params.value(QStringLiteral("strategies")).toArray().size(), 2);
    const QJsonObject shown = drillShow(runId);
    QCOMPARE(shown.value(QStringLiteral("report")).toObject(), saved->report);
}

void TestDrillsUi::chartsScrollTheTimeAxis()
{
    DrillCharts charts;
    for (int s = 1; s <= 200; ++s) {
        drills::LoadDrillSample sample;
        sample.atSeconds = s;
        sample.answeredPerSecond = 100 + s;
        sample.acknowledgedPerSecond = 90;
        sample.targetRate = s <= 100 ? 0 : 150;
        sample.p95Ms = 3;
        sample.p99Ms = 9;
        sample.errors = s % 10 == 0 ? 1 : 0;
        sample.dropped = 0;
        charts.addSample(sample);
    }
    QCOMPARE(charts.timeAxis(0)->min(), 200 - DrillCharts::kWindowSeconds);
    QCOMPARE(charts.timeAxis(0)->max(), 200.0);
    QCOMPARE(charts.timeAxis(2)->min(), charts.timeAxis(0)->min());
    // Points that scrolled out are let go (one kept behind the window for the line's entry).
    QVERIFY(charts.throughputSeries()->count() <= int(DrillCharts::kWindowSeconds) + 2);
    QVERIFY(charts.throughputSeries()->count() >= int(DrillCharts::kWindowSeconds));
    QCOMPARE(charts.throughputSeries()->at(charts.throughputSeries()->count() - 1).y(), 300.0);
    QCOMPARE(charts.targetRateSeries()->count(), 100);   // only where the open model asked for a rate
    charts.clear();
    QCOMPARE(charts.p99Series()->count(), 0);
    QCOMPARE(charts.timeAxis(1)->min(), 0.0);
}

void TestDrillsUi::reportReadsBackWhatItWrote()
{
    drills::LoadDrillReport r = handMadeReport(10, 1000, 8);
    drills::Threshold t;
    t.text = QStringLiteral("p99<5ms");
    t.metric = QStringLiteral("p99");
    t.value = 5;
    const QJsonObject json = drills::loadRunReportJson(r, drills::Verdict{}, {drills::ThresholdResult{t, 8, false}});
    const LoadFigures f = loadFiguresFromJson(json);
    QCOMPARE(f.acknowledged, 1000);
    QCOMPARE(f.outOfStock, 3);
    QCOMPARE(f.errors(), 2);
    QCOMPARE(f.errorsByKind.value(QStringLiteral("40P01")), 2);
    QCOMPARE(*f.latency.p99, 8.0);
    QCOMPARE(*f.latency.p999, 12.0);
    QCOMPARE(f.operations.size(), 2);
    QCOMPARE(f.operations[1].name, QStringLiteral("browse"));
    QCOMPARE(f.operations[1].ok, 40);
    QCOMPARE(*f.peakMemoryBytes, 64 * 1048576);
    QVERIFY(f.verdictPassed);
    QVERIFY(!f.thresholdsPassed);
    QVERIFY(!f.passed());   // a missed threshold fails the run whatever the verdict
    QCOMPARE(f.thresholds.size(), 1);
    QCOMPARE(f.thresholds[0].text, QStringLiteral("p99<5ms"));
    QCOMPARE(*f.thresholds[0].actual, 8.0);
    QCOMPARE(f.thresholds[0].actualText(), QLocale().toString(8.0, 'f', 2) + QStringLiteral("ms"));   // as `drill show`
    QCOMPARE(f.strategy, QStringLiteral("guarded_update"));
    QCOMPARE(f.target, QStringLiteral("db"));

    DrillReportView view;
    view.showLoadReport(json, QStringLiteral("t"));
    QCOMPARE(view.verdictLabel()->text(), QStringLiteral("FAIL"));
    QVERIFY(view.violationsLabel()->text().contains(QStringLiteral("p99<5ms")));
    QCOMPARE(cell(view.thresholdsTable(), 0, 2), QStringLiteral("MISSED"));

    // An older report (as the first screens saved it: no per-operation figures, thresholds under "text",
    // "passed" for verdict and thresholds) still reads, and shows one row of what it has.
    QJsonObject old = json;
    old.remove(QStringLiteral("operations"));
    old.remove(QStringLiteral("thresholds_passed"));
    old.insert(QStringLiteral("passed"), false);
    old.insert(QStringLiteral("thresholds"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("p99<5ms")},
                                                                    {QStringLiteral("actual"), 8},
                                                                    {QStringLiteral("passed"), false}}});
    const LoadFigures oldFigures = loadFiguresFromJson(old);
    QCOMPARE(oldFigures.operations.size(), 1);
    QCOMPARE(oldFigures.operations[0].ok, 1000);
    QCOMPARE(oldFigures.thresholds.value(0).text, QStringLiteral("p99<5ms"));
    QVERIFY(!oldFigures.passed());
    old.insert(QStringLiteral("passed"), true);
    old.remove(QStringLiteral("thresholds"));
    QVERIFY(loadFiguresFromJson(old).passed());

    // A shoot-out row round trip.
    drills::ShootoutRow row;
    row.strategy = drills::StockStrategy::XminRetry;
    row.buyers = 256;
    row.attempts = 5000;
    row.successes = 1000;
    row.conflicts = 4000;
    row.ordersPerSecond = 100.5;
    row.latency.p99 = std::chrono::milliseconds(40);
    row.verdictPassed = false;
    row.violations << QStringLiteral("oversold: X");
    const ShootoutFigures s = shootoutFiguresFromJson(drills::shootoutRowJson(row));
    QCOMPARE(s.strategy, QStringLiteral("xmin_retry"));
    QCOMPARE(s.conflicts, 4000);
    QCOMPARE(*s.p99, 40.0);
    QVERIFY(!s.passed);
    QCOMPARE(s.violations, QStringList{QStringLiteral("oversold: X")});

    // Durations and stages are read by core's parser, the one `backroom drill load` uses.
    QCOMPARE(qint64(drills::parseDrillDuration(QStringLiteral("1.5s")).value_or(-1ms).count()), qint64(1500));
    QCOMPARE(qint64(drills::parseDrillDuration(QStringLiteral("2m")).value_or(-1ms).count()), qint64(120000));
    QCOMPARE(qint64(drills::parseDrillDuration(QStringLiteral("1h")).value_or(-1ms).count()), qint64(3600000));
    QCOMPARE(qint64(drills::parseDrillDuration(QStringLiteral("250ms")).value_or(-1ms).count()), qint64(250));
    QVERIFY(!drills::parseDrillDuration(QStringLiteral("soon")));
    auto stages = drills::parseStages(QStringLiteral("30s:100, 1m:1000,30s:0"));
    QVERIFY(stages);
    QCOMPARE(stages->size(), size_t(3));
    QCOMPARE(qint64(stages->at(1).duration.count()), qint64(60000));
    QCOMPARE(stages->at(2).targetRate, 0.0);
    QVERIFY(!drills::parseStages(QStringLiteral("0s:100")));
    QVERIFY(!drills::parseStages(QStringLiteral("30s:-1")));
    auto bad = drills::parseStages(QStringLiteral("30s:100, fast"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("fast")));
}

void TestDrillsUi::drillsTabIsForOwnersOnly()
{
    MainWindow window(m_db);
    QVERIFY(window.drillsScreen());
    const int tab = window.tabs()->indexOf(window.drillsScreen());
    QVERIFY(tab >= 0);
    security::SessionInfo staff{QStringLiteral("s"), security::JobRole::Staff};
    window.applyCapabilities([staff](security::Capability c) { return staff.can(c); });
    QVERIFY(!window.tabs()->isTabVisible(tab));
    security::SessionInfo owner{QStringLiteral("o"), security::JobRole::Owner};
    window.applyCapabilities([owner](security::Capability c) { return owner.can(c); });
    QVERIFY(window.tabs()->isTabVisible(tab));
}

QTEST_MAIN(TestDrillsUi)
#include "tst_drillsui.moc"
