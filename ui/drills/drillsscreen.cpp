#include "drillsscreen.h"

#include "chaospanel.h"
#include "drillcharts.h"
#include "drillfigures.h"
#include "drillparameterspanel.h"
#include "drillreportview.h"
#include "savedrunspanel.h"
#include "timeformat.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace backroom::ui {

using Phase = DrillSession::Phase;

DrillsScreen::DrillsScreen(std::shared_ptr<DrillBackend> backend, QWidget *parent)
    : QWidget(parent), m_backend(std::move(backend))
{
    setObjectName(QStringLiteral("drillsScreen"));
    m_session = new DrillSession(m_backend, this);
    m_charts = new DrillCharts(this);
    m_report = new DrillReportView(this);
    m_savedRuns = new SavedRunsPanel(m_backend, this);

    auto *reportScroll = new QScrollArea(this);
    reportScroll->setWidget(m_report);
    reportScroll->setWidgetResizable(true);
    auto *runPage = new QSplitter(Qt::Vertical, this);
    runPage->setObjectName(QStringLiteral("drillRunSplitter"));
    runPage->addWidget(m_charts);
    runPage->addWidget(reportScroll);
    runPage->setStretchFactor(1, 1);
    runPage->setSizes({340, 560});
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("drillPages"));
    m_pages->addTab(runPage, tr("Live and report"));
    m_pages->addTab(m_savedRuns, tr("Saved runs"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("drillsSplitter"));
    split->addWidget(buildLeftColumn());
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    m_chaos = new ChaosPanel(m_backend, this);
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(QStringLiteral("drillModes"));
    m_modes->addTab(split, tr("Load drill"));
    m_modes->addTab(m_chaos, tr("Chaos"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modes);

    m_startAction = new QAction(tr("Start drill"), this);
    m_startAction->setObjectName(QStringLiteral("startDrillAction"));
    m_startAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_startAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_startAction, &QAction::triggered, this, &DrillsScreen::start);
    split->addAction(m_startAction);
    m_stopAction = new QAction(tr("Stop drill"), this);
    m_stopAction->setObjectName(QStringLiteral("stopDrillAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopAction, &QAction::triggered, this, &DrillsScreen::stop);
    split->addAction(m_stopAction);
    auto *refresh = new QAction(tr("Refresh saved runs"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, m_savedRuns, &SavedRunsPanel::refresh);
    split->addAction(refresh);

    m_confirmRemote = [this](const QString &target) {
        const auto answer = QMessageBox::question(
            this, tr("Drill against another machine?"),
            tr("The drill's target, %1, is not this machine. A load drill against a real shop can slow it down for real "
               "buyers, and it places (tagged) drill orders there.\n\nRun it anyway?")
                .arg(target),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        return answer == QMessageBox::Yes;
    };

    m_elapsedTimer.setInterval(250);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &DrillsScreen::updateElapsed);
    connect(m_parameters, &DrillParametersPanel::validityChanged, this, &DrillsScreen::updateButton);
    connect(m_session, &DrillSession::phaseChanged, this, &DrillsScreen::updateButton);
    connect(m_session, &DrillSession::sampled, m_charts, &DrillCharts::addSample);
    connect(m_session, &DrillSession::shootoutRunStarted, this, [this](const QString &strategy, int buyers, int index, int total) {
        m_charts->clear();
        m_status->setText(tr("Shoot-out run %1 of %2: %3 with %4 buyers").arg(index + 1).arg(total).arg(strategy).arg(buyers));
    });
    connect(m_session, &DrillSession::shootoutRowFinished, m_report, &DrillReportView::addShootoutRow);
    connect(m_session, &DrillSession::concluded, this, &DrillsScreen::onConcluded);
    connect(m_session, &DrillSession::failed, this, &DrillsScreen::onFailed);
    connect(m_savedRuns, &SavedRunsPanel::openRequested, this, &DrillsScreen::showSavedRun);
    updateButton();
}

DrillsScreen::~DrillsScreen() = default;

QWidget *DrillsScreen::buildLeftColumn()
{
    auto *left = new QWidget(this);
    m_parameters = new DrillParametersPanel(m_backend->conninfo(), left);
    m_startStop = new QPushButton(left);
    m_startStop->setObjectName(QStringLiteral("startStopButton"));
    m_startStop->setDefault(false);
    QFont bold = m_startStop->font();
    bold.setBold(true);
    m_startStop->setFont(bold);
    m_startStop->setMinimumHeight(m_startStop->sizeHint().height() * 3 / 2);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("drillStatus"));
    m_status->setWordWrap(true);
    auto *note = new QLabel(tr("Drill orders are tagged channel ‘drill’ and can be removed with `backroom drill cleanup`; "
                               "real orders are never touched."),
                            left);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *column = new QVBoxLayout(left);
    column->addWidget(m_parameters);
    column->addWidget(m_startStop);
    column->addWidget(m_status);
    column->addStretch(1);
    column->addWidget(note);
    connect(m_startStop, &QPushButton::clicked, this, &DrillsScreen::startOrStop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(left->sizeHint().width() + 24);
    return scroll;
}

void DrillsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_runsRead) {
        m_runsRead = true;
        m_savedRuns->refresh();
    }
}

void DrillsScreen::startOrStop()
{
    if (m_session->isBusy())
        stop();
    else
        start();
}

void DrillsScreen::start()
{
    if (m_session->isBusy())
        return;
    auto plan = m_parameters->plan();
    if (!plan) {
        m_status->setText(plan.error().message);
        return;
    }
    if (!plan->targetIsLoopback()) {
        if (!m_confirmRemote || !m_confirmRemote(plan->targetDescription())) {
            m_status->setText(tr("Not started: the target is not this machine and was not confirmed."));
            return;
        }
        plan->config.confirmedRemote = true;
    }
    m_charts->clear();
    if (plan->isShootout())
        m_report->beginShootout(tr("Shoot-out in progress"));
    else
        m_report->showWaiting(tr("Drill in progress: the report appears when it ends."));
    m_pages->setCurrentIndex(0);
    m_shootoutRunning = plan->isShootout();
    m_elapsed.start();
    m_elapsedTimer.start();
    m_session->start(*plan);
    updateElapsed();
}

void DrillsScreen::stop() { m_session->stop(); }

void DrillsScreen::updateButton()
{
    const Phase phase = m_session->phase();
    switch (phase) {
    case Phase::Idle: m_startStop->setText(tr("Start drill")); break;
    case Phase::Preparing: m_startStop->setText(tr("Preparing the scenario… (Stop)")); break;
    case Phase::Running: m_startStop->setText(tr("Stop drill")); break;
    case Phase::Stopping: m_startStop->setText(tr("Stopping…")); break;
    case Phase::Judging: m_startStop->setText(tr("Checking the verdict…")); break;
    }
    const bool canStart = phase == Phase::Idle && m_parameters->isValid();
    const bool canStop = phase == Phase::Preparing || phase == Phase::Running;
    m_startStop->setEnabled(canStart || canStop);
    m_startStop->setToolTip(phase == Phase::Idle ? tr("Ctrl+Return") : tr("Esc"));
    m_startAction->setEnabled(canStart);
    m_stopAction->setEnabled(canStop);
    m_parameters->setEnabled(phase == Phase::Idle);
    if (phase == Phase::Idle) {
        m_elapsedTimer.stop();
        if (!m_parameters->isValid())
            m_status->setText(tr("Fix the parameters to start: %1").arg(m_parameters->problem()));
    }
}

void DrillsScreen::updateElapsed()
{
    const double seconds = double(m_elapsed.elapsed()) / 1000.0;
    const QString at = QLocale().toString(seconds, 'f', 0);
    switch (m_session->phase()) {
    case Phase::Preparing: m_status->setText(tr("Preparing the scenario (%1 s)…").arg(at)); break;
    case Phase::Running:
        if (!m_shootoutRunning)
            m_status->setText(tr("Running: %1 s").arg(at));
        break;
    case Phase::Stopping: m_status->setText(tr("Stopping: waiting for the requests in flight (%1 s)…").arg(at)); break;
    case Phase::Judging: m_status->setText(tr("Checking the verdict and saving the run…")); break;
    case Phase::Idle: break;
    }
}

void DrillsScreen::onConcluded(const ConcludedDrill &concluded, bool shootout)
{
    m_elapsedTimer.stop();
    m_lastRunId = concluded.runId;
    const QString title = concluded.runId > 0
                              ? tr("Run %1 · %2").arg(concluded.runId).arg(localDateTimeText(QDateTime::currentDateTimeUtc()))
                              : tr("This run (not saved)");
    if (shootout)
        m_report->showShootoutReport(concluded.report, title);
    else
        m_report->showLoadReport(concluded.report, title);
    QStringList problems;
    if (!concluded.saveProblem.isEmpty())
        problems << tr("The run could not be saved: %1").arg(concluded.saveProblem);
    if (!concluded.scenarioProblem.isEmpty())
        problems << tr("The scenario could not be undone (a flash sale may still be on): %1").arg(concluded.scenarioProblem);
    m_report->setNote(problems.join(QLatin1Char('\n')), !problems.isEmpty());
    m_status->setText(concludedStatusText(concluded, shootout));
    m_savedRuns->refresh();
    emit drillConcluded(concluded.passed, concluded.runId);
}

QString DrillsScreen::concludedStatusText(const ConcludedDrill &concluded, bool shootout) const
{
    if (concluded.report.value(QStringLiteral("was_cancelled")).toBool()) {
        const bool verdictPassed = shootout ? concluded.report.value(QStringLiteral("verdict")).toString() == QLatin1String("pass")
                                            : loadFiguresFromJson(concluded.report).passed();
        // Saved as not passed, like `backroom drill load` interrupted with Ctrl-C: the plan did not run to its end.
        return verdictPassed ? tr("Stopped early: what ran passed the verdict (saved as stopped, not passed).")
                             : tr("Stopped early: FAIL, see the report.");
    }
    return concluded.passed ? tr("Finished: PASS.") : tr("Finished: FAIL, see the report.");
}

void DrillsScreen::onFailed(const QString &message)
{
    m_elapsedTimer.stop();
    m_report->showWaiting(tr("The drill did not run: %1").arg(message));
    m_status->setText(tr("Not run: %1").arg(message));
}

void DrillsScreen::showSavedRun(const drills::DrillRun &run)
{
    const QString title = tr("Saved run %1 · %2 · %3")
                              .arg(run.id)
                              .arg(run.scenario, localDateTimeText(run.startedAt, TimePrecision::Seconds));
    if (run.kind == QLatin1String("chaos")) {
        m_chaos->showSavedRun(run);
        m_modes->setCurrentWidget(m_chaos);
        return;
    }
    m_charts->clear();
    if (isShootoutReport(run.report)) {
        m_report->showShootoutReport(run.report, title);
    } else {
        m_report->showLoadReport(run.report, title);
        for (const drills::LoadDrillSample &sample : timelineFromJson(run.report))
            m_charts->addSample(sample);
    }
    m_report->setNote(QString(), false);
    m_pages->setCurrentIndex(0);
}

} // namespace backroom::ui
