// The Chaos part of the Drills screen (ui/drills/chaos*) on a real PostgreSQL, offscreen, against the real
// core: a short gateway-outage experiment (the sandbox's opn down while paid checkouts run) started from
// the screen runs on its worker thread, draws its timeline (checkouts and payments per second, the fault
// shaded), ends with the verdict per probe, time to recover and money at risk, and is saved (drill_run,
// kind 'chaos') and listed; Stop during the method rolls the fault back (the sandbox has no fault left);
// two saved chaos runs compare probe by probe; guardrails refuse a shop without a fresh backup and ask
// before a target that is not this machine; the Chaos tab adds no Alt-key clash; `backroom drill runs`
// and `drill show` print chaos runs as chaos runs, with --json; the database-restart experiment blocks
// its worker for the restart while the window's thread keeps answering. No sleeps: QTRY_* and
// QSignalSpy::wait.
#include "chaos/chaosrun.h"
#include "drills/chaoscharts.h"
#include "drills/chaosfigures.h"
#include "drills/chaospanel.h"
#include "drills/chaosreportview.h"
#include "drills/chaossession.h"
#include "drills/drillbackend.h"
#include "drills/drillsscreen.h"
#include "drills/runstore.h"
#include "drills/savedrunsmodel.h"
#include "drills/savedrunspanel.h"
#include "mainwindow.h"
#include "sandbox/sandbox.h"
#include "screenshots.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QAreaSeries>
#include <QElapsedTimer>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTextBrowser>
#include <QtTest>

using namespace backroom;
using namespace backroom::ui;
using backroom::test::connectOrDie;
using backroom::test::must;
using backroom::test::screenshotPath;
using Phase = ChaosSession::Phase;

namespace {

QString cell(QTableWidget *table, int row, int column)
{
    auto *item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowWithLabel(QTableWidget *table, const QString &label, int column = 0)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (cell(table, r, column) == label)
            return r;
    return -1;
}

QStringList columnTexts(QTableWidget *table, int column)
{
    QStringList texts;
    for (int r = 0; r < table->rowCount(); ++r)
        texts << cell(table, r, column);
    return texts;
}

// A shipped experiment's file, changed by `edit`, written where openExperimentFile() can read it.
QString writeExperiment(const QTemporaryDir &dir, const QString &shipped, const std::function<void(QJsonObject &)> &edit)
{
    QFile in(QStringLiteral(":/experiments/%1.json").arg(shipped));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("shipped experiment %s missing", qPrintable(shipped));
    QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    edit(json);
    const QString path = dir.filePath(shipped + QStringLiteral("-short.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void setLoad(QJsonObject &json, double rate, const QString &atRest, const QString &recovery)
{
    QJsonObject load = json.value(QStringLiteral("load")).toObject();
    load.insert(QStringLiteral("rate"), rate);
    load.insert(QStringLiteral("at_rest"), atRest);
    load.insert(QStringLiteral("recovery"), recovery);
    json.insert(QStringLiteral("load"), load);
}

void setPauses(QJsonObject &json, const QString &duration)
{
    QJsonArray method = json.value(QStringLiteral("method")).toArray();
    for (int i = 0; i < method.size(); ++i) {
        QJsonObject step = method[i].toObject();
        if (step.value(QStringLiteral("type")).toString() == QLatin1String("pause"))
            step.insert(QStringLiteral("duration"), duration);
        method[i] = step;
    }
    json.insert(QStringLiteral("method"), method);
}

// A chaos report as ChaosRun writes it, made by hand: one probe, a fault from 2 s to 5 s.
QJsonObject handMadeChaosReport(double paymentRate, double timeToRecover, int chargedTwice)
{
    chaos::ChaosReport r;
    r.title = QStringLiteral("Gateway outage during a flash sale");
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.finishedAt = r.startedAt.addSecs(8);
    r.steadyAtRest = true;
    r.methodRun = true;
    r.atRest = {chaos::ProbeResult{QStringLiteral("payments taken"), QStringLiteral("payment_success_rate"), 1.0, true, QStringLiteral(">= 0.95")}};
    r.duringMethod = {chaos::ProbeResult{QStringLiteral("payments taken"), QStringLiteral("payment_success_rate"), paymentRate,
                                         paymentRate >= 0.95, QStringLiteral(">= 0.95")}};
    r.timeline = {{0, QStringLiteral("phase"), QStringLiteral("at rest")}, {2, QStringLiteral("fault_in"), QStringLiteral("opn down")},
                  {3, QStringLiteral("breaker"), QStringLiteral("opn closed -> open")},
                  {5, QStringLiteral("fault_out"), QStringLiteral("opn down")},
                  {5 + timeToRecover, QStringLiteral("recovered"), QStringLiteral("back")}};
    for (int s = 0; s < 8; ++s)
        r.seconds.push_back(chaos::LoadSecond{double(s), 10, 10, 10, (s >= 2 && s < 5) ? qint64(10 * paymentRate) : 10, 0});
    r.windows[size_t(chaos::Window::Fault)].checkouts = 30;
    r.windows[size_t(chaos::Window::Fault)].checkoutsOk = 30;
    r.windows[size_t(chaos::Window::Fault)].payments = 30;
    r.windows[size_t(chaos::Window::Fault)].paymentsOk = qint64(30 * paymentRate);
    r.timeToRecoverSeconds = timeToRecover;
    r.verdictRead = true;
    for (int i = 0; i < chargedTwice; ++i)
        r.money.chargedTwice.append(chaos::MoneyProblem{100 + i, QStringLiteral("opn"), QStringLiteral("k%1").arg(i), 25000});
    r.money.chargesExamined = 30;
    return r.toJson();
}

} // namespace

class TestChaosUi : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_conn;
    std::shared_ptr<DrillBackend> m_backend;

    // A screen on the test database; the confirmation question fails the test if it is asked.
    std::unique_ptr<DrillsScreen> makeScreen()
    {
        auto screen = std::make_unique<DrillsScreen>(m_backend);
        screen->chaos()->setRemoteConfirmation([](const QString &target) {
            qWarning("asked to confirm %s", qPrintable(target));
            return false;
        });
        screen->resize(1500, 950);
        screen->modes()->setCurrentWidget(screen->chaos());
        screen->show();
        return screen;
    }

    // The test database is not the demo's: the hook lets the run skip the backup guardrail as on the demo.
    static void asDemoShop(chaos::ChaosEnvironment &env) { env.demoShop = true; }

    qint64 saveChaosRun(const QJsonObject &report)
    {
        drills::DrillRun run;
        run.kind = QStringLiteral("chaos");
        run.scenario = report.value(QStringLiteral("title")).toString();
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.finishedAt = run.startedAt.addSecs(8);
        run.passed = report.value(QStringLiteral("passed")).toBool();
        run.params = QJsonObject{{QStringLiteral("title"), run.scenario}};
        run.report = report;
        auto id = drills::saveDrillRun(*m_conn, run);
        if (!id)
            qFatal("save: %s", qPrintable(id.error().message));
        return *id;
    }

    struct Cli {
        int exitCode = -1;
        QByteArray out, err;
    };
    Cli backroom(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        QProcess p;
        p.start(QStringLiteral(BACKROOM_BIN), args);
        if (!p.waitForFinished(60000))
            qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    qint64 drillOrders() { return must(*m_conn, "SELECT count(*) FROM backroom_data.orders WHERE channel = 'drill'").toInt64(0, 0); }

private slots:
    void initTestCase() { test::TestCluster::instance(); }

    void init()
    {
        m_db = test::TestCluster::instance().freshDatabase();
        m_conn = connectOrDie(m_db);
        must(*m_conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1)");
        must(*m_conn, "INSERT INTO product (sku, name, price_satang) VALUES ('TS-RED', 'T-Shirt Red', 19900), "
                      "('RICE-5KG', 'Jasmine Rice 5kg', 25050)");
        must(*m_conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 100000 FROM product p, bin b");
        m_backend = std::make_shared<DrillBackend>(m_db);
    }

    void cleanup()
    {
        m_backend.reset();
        m_conn.reset();
    }

    void listsTheShippedExperimentsReadably();
    void gatewayOutageRunDrawsItsTimelineAndVerdict();
    void stopDuringTheMethodRollsTheFaultBack();
    void comparesTwoSavedChaosRuns();
    void refusesAShopWithoutAFreshBackup();
    void asksBeforeARemoteTarget();
    void chaosTabAddsNoAltKeyClash();
    void drillRunsAndShowTreatChaosRuns();
    void windowKeepsAnsweringWhileTheDatabaseRestarts();   // last: it stops and starts the test cluster
};

void TestChaosUi::listsTheShippedExperimentsReadably()
{
    auto screen = makeScreen();
    ChaosPanel *chaos = screen->chaos();
    QCOMPARE(chaos->experimentBox()->count(), 3);
    const int outage = chaos->experimentBox()->findText(QStringLiteral("Gateway outage during a flash sale"));
    QVERIFY(outage >= 0);
    chaos->experimentBox()->setCurrentIndex(outage);
    const QString details = chaos->experimentDetails()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("payments taken — ≥ 0.95")), qPrintable(details));   // a probe and its tolerance
    QVERIFY2(details.contains(QStringLiteral("opn (sandbox): down")), qPrintable(details));        // the fault in words
    QVERIFY(details.contains(QStringLiteral("wait 4 s")));
    QVERIFY(details.contains(QStringLiteral("opn reset")));                                        // the rollback
    QVERIFY(details.contains(QStringLiteral("each paid with promptpay")));
    QVERIFY(chaos->startStopButton()->isEnabled());
    QCOMPARE(chaos->startStopButton()->text(), QStringLiteral("Start experiment"));

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"title": "x", "steady-state-hypothesis": {"probes": [{"probe": "no_oversell"}]},
                   "method": [{"type": "pause", "duration": "soon"}]})");
    file.close();
    QVERIFY(!chaos->openExperimentFile(bad));
    QVERIFY2(chaos->statusLabel()->text().contains(QStringLiteral("method[0]")), qPrintable(chaos->statusLabel()->text()));
    QCOMPARE(chaos->experimentBox()->count(), 3);
}

void TestChaosUi::gatewayOutageRunDrawsItsTimelineAndVerdict()
{
    QTemporaryDir dir;
    const QString path = writeExperiment(dir, QStringLiteral("gateway-outage-flash-sale"), [](QJsonObject &json) {
        setLoad(json, 8, QStringLiteral("1s"), QStringLiteral("2s"));
        setPauses(json, QStringLiteral("2500ms"));
        json.remove(QStringLiteral("abort"));
    });
    auto screen = makeScreen();
    ChaosPanel *chaos = screen->chaos();
    chaos->session()->setEnvironmentHook(&TestChaosUi::asDemoShop);
    QVERIFY(chaos->openExperimentFile(path));
    QCOMPARE(chaos->experimentBox()->currentIndex(), 3);

    QSignalSpy concluded(chaos, &ChaosPanel::chaosConcluded);
    QSignalSpy seconds(chaos->session(), &ChaosSession::secondsMeasured);
    QThread *const gui = QThread::currentThread();
    bool eventsOnGuiThread = true;
    connect(chaos->session(), &ChaosSession::timelineEvent, this, [&] { eventsOnGuiThread &= QThread::currentThread() == gui; });
    QTest::mouseClick(chaos->startStopButton(), Qt::LeftButton);
    QVERIFY(chaos->session()->isBusy());
    QVERIFY(chaos->startStopButton()->text().contains(QStringLiteral("Stop")));
    // Live: whole seconds reach the chart while the run goes on.
    QTRY_VERIFY_WITH_TIMEOUT(chaos->charts()->checkoutsOkSeries()->count() >= 1 && chaos->session()->isBusy(), 15000);
    QVERIFY(!seconds.isEmpty());
    QVERIFY(concluded.wait(60000));
    QVERIFY(eventsOnGuiThread);

    const QString outcome = chaos->report()->outcomeLabel()->text();
    const bool passed = concluded.first().at(0).toBool();
    const qint64 runId = concluded.first().at(1).toLongLong();
    QVERIFY2(passed, qPrintable(outcome + QLatin1Char('\n') + columnTexts(chaos->report()->eventsTable(), 2).join(QLatin1Char('\n'))));
    QVERIFY(outcome.startsWith(QStringLiteral("PASS")));
    QVERIFY(runId > 0);
    QCOMPARE(chaos->lastSavedRunId(), runId);
    QCOMPARE(chaos->statusLabel()->text(), QStringLiteral("Finished: PASS."));

    // The timeline drawn: per-second lines, the fault shaded, the recovery marked.
    ChaosCharts *charts = chaos->charts();
    QVERIFY(charts->checkoutsOkSeries()->count() >= 4);
    QVERIFY(charts->paymentsOkSeries()->count() >= 4);
    const QList<QPointF> band = charts->faultArea()->upperSeries()->points();
    QCOMPARE(band.size(), 4);
    QVERIFY(band[1].y() > 0 && band[2].x() - band[1].x() >= 2.0);   // about the 2.5 s the fault was in
    QCOMPARE(charts->recoveredMarkers()->count(), 1);

    // The report: each probe with its verdict, recovery, the drill verdict and the money in words.
    QTableWidget *probes = chaos->report()->probesTable();
    QCOMPARE(probes->rowCount(), 7);
    const int payments = rowWithLabel(probes, QStringLiteral("payments taken"));
    QVERIFY(payments >= 0);
    QCOMPARE(cell(probes, payments, 1), QStringLiteral(">= 0.95"));
    QCOMPARE(cell(probes, payments, 4), QStringLiteral("PASS"));
    QVERIFY(chaos->report()->recoveryLabel()->text().contains(QStringLiteral("after the last fault")));
    QVERIFY(chaos->report()->verdictLabel()->text().contains(QStringLiteral("nothing oversold")));
    QVERIFY2(chaos->report()->moneyLabel()->text().startsWith(QStringLiteral("No money was at risk")),
             qPrintable(chaos->report()->moneyLabel()->text()));
    const QStringList kinds = columnTexts(chaos->report()->eventsTable(), 1);
    QVERIFY(kinds.contains(QStringLiteral("fault_in")) && kinds.contains(QStringLiteral("fault_out")));

    // Saved, listed in the chaos runs, and the same JSON the command line reads.
    auto saved = drills::loadDrillRun(*m_conn, runId);
    QVERIFY(saved.ok());
    QCOMPARE(saved->kind, QStringLiteral("chaos"));
    QVERIFY(saved->passed);
    QTRY_VERIFY(chaos->savedRuns()->model()->rowOfRun(runId) >= 0);
    QCOMPARE(chaos->session()->phase(), Phase::Idle);
    QVERIFY(chaos->startStopButton()->isEnabled());

    screen->grab().save(screenshotPath(QStringLiteral("drills-chaos.png")));
}

void TestChaosUi::stopDuringTheMethodRollsTheFaultBack()
{
    QTemporaryDir dir;
    const QString path = writeExperiment(dir, QStringLiteral("slow-marketplace"), [](QJsonObject &json) {
        setLoad(json, 8, QStringLiteral("1s"), QStringLiteral("1s"));
        // The stand-in's own latency (the shipped file slows Shopee through the TCP fault proxy, which
        // needs a marketplace port this test does not set up).
        json.insert(QStringLiteral("method"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("action")},
                                           {QStringLiteral("name"), QStringLiteral("shopee slow")},
                                           {QStringLiteral("fault"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("sandbox")},
                                                        {QStringLiteral("target"), QStringLiteral("shopee")},
                                                        {QStringLiteral("changes"), QJsonObject{{QStringLiteral("latency_ms"), 1500}}}}}},
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("pause")},
                                           {QStringLiteral("duration"), QStringLiteral("60s")}}});
        json.insert(QStringLiteral("rollbacks"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("sandbox")},
                                           {QStringLiteral("target"), QStringLiteral("shopee")}}});
        json.insert(QStringLiteral("steady-state-hypothesis"),
                    QJsonObject{{QStringLiteral("probes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("checkouts answered")},
                                                        {QStringLiteral("probe"), QStringLiteral("checkout_success_rate")},
                                                        {QStringLiteral("tolerance"), QJsonObject{{QStringLiteral("min"), 0.5}}}}}}});
    });
    // The sandbox the fault goes into is this test's, made on the run's thread so that only that thread
    // touches it while the run goes on; read here once the thread has ended.
    std::unique_ptr<sandbox::Sandbox> box;
    auto screen = makeScreen();
    ChaosPanel *chaos = screen->chaos();
    chaos->session()->setEnvironmentHook([&box](chaos::ChaosEnvironment &env) {
        env.demoShop = true;
        sandbox::Sandbox::Options options;
        options.tickMs = 0;   // no timer of its own: it is destroyed here, after its thread has ended
        box = std::make_unique<sandbox::Sandbox>(options);
        if (box->start().ok())
            env.faults.sandbox = box.get();
    });
    QVERIFY(chaos->openExperimentFile(path));
    QSignalSpy concluded(chaos, &ChaosPanel::chaosConcluded);
    int latencyWhileIn = -1;
    QString buttonWhileStopping;
    connect(chaos->session(), &ChaosSession::timelineEvent, this, [&](double, const QString &kind) {
        if (kind != QLatin1String("fault_in") || latencyWhileIn >= 0)
            return;
        latencyWhileIn = box->server(QStringLiteral("shopee"))->faults().latencyMs;
        QTest::mouseClick(chaos->startStopButton(), Qt::LeftButton);   // Stop, during the method
        buttonWhileStopping = chaos->startStopButton()->text();
    });
    chaos->start();
    QVERIFY(concluded.wait(30000));
    QCOMPARE(latencyWhileIn, 1500);                                  // the fault was in
    QCOMPARE(buttonWhileStopping, QStringLiteral("Rolling back…"));
    QVERIFY(box);
    QCOMPARE(box->server(QStringLiteral("shopee"))->faults().latencyMs, 0);   // and is out
    QVERIFY(!concluded.first().at(0).toBool());                      // a stopped run never passes
    QVERIFY(chaos->statusLabel()->text().startsWith(QStringLiteral("Stopped")));
    QVERIFY(chaos->report()->outcomeLabel()->text().startsWith(QStringLiteral("Stopped")));
    const QStringList kinds = columnTexts(chaos->report()->eventsTable(), 1);
    QVERIFY(kinds.contains(QStringLiteral("abort")) && kinds.contains(QStringLiteral("fault_out")));
    QCOMPARE(chaos->charts()->abortMarkers()->count(), 1);
    box.reset();
}

void TestChaosUi::comparesTwoSavedChaosRuns()
{
    const qint64 before = saveChaosRun(handMadeChaosReport(1.0, 1.0, 0));
    const qint64 after = saveChaosRun(handMadeChaosReport(0.4, 3.5, 2));
    drills::DrillRun load;
    load.kind = QStringLiteral("load");
    load.scenario = QStringLiteral("flash-sale");
    load.startedAt = load.finishedAt = QDateTime::currentDateTimeUtc();
    const qint64 loadId = drills::saveDrillRun(*m_conn, load).value();

    auto screen = makeScreen();
    ChaosPanel *chaos = screen->chaos();
    SavedRunsPanel *saved = chaos->savedRuns();
    chaos->pages()->setCurrentWidget(saved);
    QTRY_VERIFY(saved->model()->rowOfRun(after) >= 0);
    QCOMPARE(saved->model()->rowOfRun(loadId), -1);   // chaos runs only
    QCOMPARE(saved->model()->index(saved->model()->rowOfRun(after), SavedRunsModel::RateColumn).data().toString(),
             QLocale().toString(100.0, 'f', 1) + QStringLiteral(" % answered under faults"));
    QCOMPARE(saved->selectRuns({after, before}), 2);
    QVERIFY(saved->compareButton()->isEnabled());
    QTest::mouseClick(saved->compareButton(), Qt::LeftButton);
    QTableWidget *table = saved->comparisonTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Run %1").arg(before));   // older on the left
    const int probe = rowWithLabel(table, QStringLiteral("Probe “payments taken”"));
    QVERIFY(probe >= 0);
    QCOMPARE(cell(table, probe, 1), QStringLiteral("1 PASS"));
    QCOMPARE(cell(table, probe, 2), QStringLiteral("0.4 FAIL"));
    QCOMPARE(cell(table, probe, 3), QStringLiteral("−") + QLocale().toString(0.6, 'f', 3));
    const int recover = rowWithLabel(table, QStringLiteral("Time to recover"));
    QCOMPARE(cell(table, recover, 1), QLocale().toString(1.0, 'f', 1) + QStringLiteral(" s"));
    QCOMPARE(cell(table, recover, 3), QStringLiteral("+") + QLocale().toString(2.5, 'f', 1) + QStringLiteral(" s"));
    const int twice = rowWithLabel(table, QStringLiteral("Charged twice"));
    QCOMPARE(cell(table, twice, 1), QStringLiteral("0"));
    QVERIFY2(cell(table, twice, 2).startsWith(QStringLiteral("2 (")), qPrintable(cell(table, twice, 2)));
    QCOMPARE(cell(table, rowWithLabel(table, QStringLiteral("Outcome")), 2), QStringLiteral("FAIL"));
    screen->grab().save(screenshotPath(QStringLiteral("drills-chaos-compare.png")));

    // Opening one draws its timeline and report from the saved JSON.
    QCOMPARE(saved->selectRuns({after}), 1);
    saved->openCurrent();
    QCOMPARE(chaos->pages()->currentIndex(), 0);
    QVERIFY(chaos->report()->titleLabel()->text().startsWith(QStringLiteral("Saved run %1").arg(after)));
    QVERIFY(chaos->report()->moneyLabel()->text().contains(QStringLiteral("charged twice")));
    QCOMPARE(chaos->charts()->breakerMarkers()->count(), 1);
    QCOMPARE(chaos->charts()->faultArea()->upperSeries()->points().at(1).x(), 2.0);
    QCOMPARE(chaos->charts()->faultArea()->upperSeries()->points().at(2).x(), 5.0);

    // A chaos run opened from the load drill's saved list is shown in the Chaos tab.
    screen->modes()->setCurrentIndex(0);
    auto run = drills::loadDrillRun(*m_conn, before);
    QVERIFY(run.ok());
    screen->showSavedRun(*run);
    QCOMPARE(screen->modes()->currentWidget(), screen->chaos());
    QVERIFY(chaos->report()->titleLabel()->text().startsWith(QStringLiteral("Saved run %1").arg(before)));
}

void TestChaosUi::refusesAShopWithoutAFreshBackup()
{
    auto screen = makeScreen();   // no hook: the test database is not the demo and has no backup
    ChaosPanel *chaos = screen->chaos();
    chaos->experimentBox()->setCurrentIndex(chaos->experimentBox()->findText(QStringLiteral("Database restart during checkout")));
    QSignalSpy refused(chaos->session(), &ChaosSession::refused);
    QSignalSpy concluded(chaos, &ChaosPanel::chaosConcluded);
    chaos->start();
    QVERIFY(refused.wait(30000));
    QVERIFY2(chaos->statusLabel()->text().startsWith(QStringLiteral("Refused: ")), qPrintable(chaos->statusLabel()->text()));
    QVERIFY(chaos->statusLabel()->text().contains(QStringLiteral("no backup younger than a day")));
    QVERIFY(chaos->report()->titleLabel()->text().startsWith(QStringLiteral("Nothing was broken")));
    QCOMPARE(chaos->session()->phase(), Phase::Idle);
    QVERIFY(concluded.isEmpty());
    QCOMPARE(drillOrders(), 0);   // no load ran
    QCOMPARE(must(*m_conn, "SELECT count(*) FROM backroom_data.drill_run").toInt64(0, 0), 0);
}

void TestChaosUi::asksBeforeARemoteTarget()
{
    // Never shown and never started: nothing here connects to the made-up address.
    auto remote = std::make_shared<DrillBackend>(QStringLiteral("host=192.0.2.7 dbname=shop connect_timeout=1"));
    ChaosPanel chaos(remote);
    QStringList asked;
    chaos.setRemoteConfirmation([&](const QString &target) {
        asked << target;
        return false;
    });
    chaos.start();
    QCOMPARE(asked, QStringList{QStringLiteral("database on 192.0.2.7")});
    QCOMPARE(chaos.session()->phase(), Phase::Idle);
    QCOMPARE(chaos.statusLabel()->text(), QStringLiteral("Not started: the target is not this machine and was not confirmed."));

    // The loopback test database asks nothing (makeScreen's question fails the test if asked).
    auto screen = makeScreen();
    QSignalSpy refused(screen->chaos()->session(), &ChaosSession::refused);
    screen->chaos()->start();
    QVERIFY(refused.wait(30000));   // the backup guardrail, not the target one
}

void TestChaosUi::chaosTabAddsNoAltKeyClash()
{
    MainWindow window(m_db);
    window.resize(1400, 900);
    window.show();
    window.tabs()->setCurrentWidget(window.drillsScreen());
    window.drillsScreen()->modes()->setCurrentWidget(window.drillsScreen()->chaos());
    QMap<QChar, QString> owners;
    auto claim = [&](const QString &text) {
        const int amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
            return;
        const QChar m = text.at(amp + 1).toLower();
        QVERIFY2(!owners.contains(m), qPrintable(QStringLiteral("Alt+%1: %2 and %3").arg(m, owners.value(m), text)));
        owners.insert(m, text);
    };
    for (QAction *menu : window.menuBar()->actions())
        claim(menu->text());
    for (int i = 0; i < window.tabs()->count(); ++i)
        claim(window.tabs()->tabText(i));
    QWidget *chaos = window.drillsScreen()->chaos();
    for (int i = 0; i < window.drillsScreen()->modes()->count(); ++i)
        claim(window.drillsScreen()->modes()->tabText(i));
    for (QLabel *label : chaos->findChildren<QLabel *>())
        if (label->buddy() && label->isVisible())
            claim(label->text());
    for (QAbstractButton *button : chaos->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(chaos))
            claim(button->text());
    QVERIFY(owners.contains(QLatin1Char('x')));   // E&xperiment
}

void TestChaosUi::drillRunsAndShowTreatChaosRuns()
{
    const qint64 id = saveChaosRun(handMadeChaosReport(0.4, 3.5, 2));
    const Cli list = backroom({QStringLiteral("drill"), QStringLiteral("runs")});
    QCOMPARE(list.exitCode, 0);
    const QString line = QString::fromUtf8(list.out).split(QLatin1Char('\n')).first();
    QVERIFY2(line.contains(QStringLiteral("chaos")) && line.contains(QStringLiteral("0 of 1 probes held, recovered in 3.5 s, money at risk")),
             qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("orders/s")));   // not printed like a load run

    const Cli listJson = backroom({QStringLiteral("drill"), QStringLiteral("runs"), QStringLiteral("--json")});
    QCOMPARE(listJson.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(listJson.out).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("chaos"));
    const QJsonObject summary = row.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("probes_failed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("time_to_recover_s")).toDouble(), 3.5);
    QCOMPARE(summary.value(QStringLiteral("money_clean")).toBool(), false);

    const Cli show = backroom({QStringLiteral("drill"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(show.exitCode, 0);
    const QString text = QString::fromUtf8(show.out);
    QVERIFY2(text.contains(QStringLiteral("Chaos experiment: Gateway outage during a flash sale")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("FAIL payments taken: 0.4 (>= 0.95)")));
    QVERIFY(text.contains(QStringLiteral("Time to recover: 3.5 s after the last fault was taken out.")));
    QVERIFY(text.contains(QStringLiteral("fault_in")));
    QVERIFY(text.contains(QStringLiteral("Money at risk: 2 orders were charged twice")));
    QVERIFY(text.trimmed().endsWith(QStringLiteral("FAILED")));
    QVERIFY(!text.contains(QStringLiteral("Load drill")));

    const Cli showJson = backroom({QStringLiteral("drill"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    QCOMPARE(showJson.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(showJson.out).object();
    QCOMPARE(json.value(QStringLiteral("report")).toObject(), drills::loadDrillRun(*m_conn, id)->report);
    QCOMPARE(chaosFiguresFromJson(json.value(QStringLiteral("report")).toObject()).timeToRecoverSeconds.value_or(-1), 3.5);
}

// The database-restart experiment from the screen: the run blocks its thread for the whole pg_ctl stop
// and restart, the window's thread goes on answering (its longest gap between 10 ms ticks is measured),
// and the shop comes back with no acknowledged order lost.
void TestChaosUi::windowKeepsAnsweringWhileTheDatabaseRestarts()
{
    QTemporaryDir dir;
    const QString path = writeExperiment(dir, QStringLiteral("database-restart-checkout"), [](QJsonObject &json) {
        setLoad(json, 20, QStringLiteral("1s"), QStringLiteral("3s"));
        setPauses(json, QStringLiteral("1s"));
    });
    auto screen = makeScreen();
    ChaosPanel *chaos = screen->chaos();
    chaos->session()->setEnvironmentHook([](chaos::ChaosEnvironment &env) {
        env.demoShop = true;
        env.faults.cluster = &test::TestCluster::instance().cluster();
    });
    QVERIFY(chaos->openExperimentFile(path));
    QSignalSpy concluded(chaos, &ChaosPanel::chaosConcluded);
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer ticks;
    connect(&ticks, &QTimer::timeout, this, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
    });
    QElapsedTimer wall;
    wall.start();
    chaos->start();
    sinceTick.start();
    ticks.start(10);
    QVERIFY(concluded.wait(120000));
    ticks.stop();
    qInfo("database restart experiment: %lld ms, the window's longest gap between 10 ms ticks %lld ms", wall.elapsed(),
          longestGapMs);
    const QStringList kinds = columnTexts(chaos->report()->eventsTable(), 1);
    QVERIFY2(kinds.contains(QStringLiteral("reconnect")), qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY2(concluded.first().at(0).toBool(), qPrintable(chaos->report()->outcomeLabel()->text()));
    QVERIFY(chaos->charts()->connectionMarkers()->count() >= 1);
    QVERIFY2(longestGapMs < 1000, qPrintable(QString::number(longestGapMs)));   // a restart takes seconds
    m_conn = connectOrDie(m_db);   // the server is back
    QVERIFY(m_conn->exec("SELECT 1").ok());
}

QTEST_MAIN(TestChaosUi)
#include "tst_chaosui.moc"
