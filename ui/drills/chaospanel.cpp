#include "chaospanel.h"

#include "chaoscharts.h"
#include "chaosreportview.h"
#include "drillbackend.h"
#include "drillplan.h"
#include "savedrunspanel.h"
#include "timeformat.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace backroom::ui {

using Phase = ChaosSession::Phase;

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString seconds(std::chrono::milliseconds ms) { return QLocale().toString(double(ms.count()) / 1000.0, 'g', 3); }

// One fault of the method, in words.
QString faultText(const QJsonObject &fault)
{
    const QString type = fault.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("terminate_backends")) {
        const int count = fault.value(QStringLiteral("count")).toInt();
        return count > 0 ? ChaosPanel::tr("cut %1 database connections").arg(count)
                         : ChaosPanel::tr("cut every database connection of the shop");
    }
    if (type == QLatin1String("restart_database"))
        return ChaosPanel::tr("stop PostgreSQL (started again on rollback)");
    if (type == QLatin1String("sandbox")) {
        QStringList changes;
        const QJsonObject c = fault.value(QStringLiteral("changes")).toObject();
        for (auto it = c.begin(); it != c.end(); ++it)
            changes << (it.value().isBool() ? it.key() : QStringLiteral("%1 %2").arg(it.key(), it.value().toVariant().toString()));
        return ChaosPanel::tr("%1 (sandbox): %2").arg(fault.value(QStringLiteral("target")).toString(), changes.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1: %2").arg(type, QString::fromUtf8(QJsonDocument(fault).toJson(QJsonDocument::Compact)));
}

QString toleranceText(const chaos::Probe &p)
{
    QStringList parts;
    if (p.min)
        parts << QStringLiteral("≥ %1").arg(QLocale().toString(*p.min, 'g', 4));
    if (p.max)
        parts << QStringLiteral("≤ %1").arg(QLocale().toString(*p.max, 'g', 4));
    return parts.isEmpty() ? ChaosPanel::tr("must hold") : parts.join(QStringLiteral(", "));
}

QString experimentHtml(const chaos::Experiment &e)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(e.title), escaped(e.description));
    html += ChaosPanel::tr("<p><b>Load:</b> %1 checkouts a second%2; %3 s at rest first, %4 s of recovery after the faults.</p>")
                .arg(QLocale().toString(e.load.ratePerSecond, 'g', 4))
                .arg(e.load.pay ? ChaosPanel::tr(", each paid with %1").arg(escaped(e.load.paymentMethod)) : QString())
                .arg(seconds(e.load.atRest), seconds(e.load.recovery));
    html += ChaosPanel::tr("<p><b>Hypothesis</b> (must hold at rest, and is judged over the faults):</p><ul>");
    for (const auto &p : e.probes)
        html += QStringLiteral("<li>%1 — %2</li>").arg(escaped(p.name), escaped(toleranceText(p)));
    html += ChaosPanel::tr("</ul><p><b>Method</b> (while the load runs):</p><ol>");
    for (const auto &step : e.method)
        html += step.type == chaos::MethodStep::Type::Pause
                    ? ChaosPanel::tr("<li>wait %1 s</li>").arg(seconds(step.pause))
                    : QStringLiteral("<li>%1</li>").arg(escaped(faultText(step.fault)));
    html += ChaosPanel::tr("</ol><p><b>Rollbacks</b> (always run, also on Stop or failure): every fault above is undone");
    for (const auto &r : e.rollbacks)
        html += ChaosPanel::tr("; %1 reset").arg(escaped(r.value(QStringLiteral("target")).toString()));
    html += QStringLiteral(".</p>");
    if (e.abort.minSuccessRate > 0)
        html += ChaosPanel::tr("<p><b>Abort:</b> when a whole second answers fewer than %1 % of checkouts, everything is rolled "
                               "back at once.</p>")
                    .arg(QLocale().toString(e.abort.minSuccessRate * 100, 'f', 0));
    return html;
}

} // namespace

ChaosPanel::ChaosPanel(std::shared_ptr<DrillBackend> backend, QWidget *parent)
    : QWidget(parent), m_backend(std::move(backend))
{
    setObjectName(QStringLiteral("chaosPanel"));
    m_session = new ChaosSession(m_backend->conninfo(), this);
    m_charts = new ChaosCharts(this);
    m_report = new ChaosReportView(this);
    m_savedRuns = new SavedRunsPanel(m_backend, this);
    m_savedRuns->setKindFilter(QStringLiteral("chaos"));

    auto *runPage = new QSplitter(Qt::Vertical, this);
    runPage->setObjectName(QStringLiteral("chaosRunSplitter"));
    auto *reportScroll = new QScrollArea(this);   // the window's minimum height stays the load page's
    reportScroll->setWidget(m_report);
    reportScroll->setWidgetResizable(true);
    runPage->addWidget(m_charts);
    runPage->addWidget(reportScroll);
    runPage->setStretchFactor(1, 1);
    runPage->setSizes({340, 560});
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("chaosPages"));
    m_pages->addTab(runPage, tr("Timeline and report"));
    m_pages->addTab(m_savedRuns, tr("Saved chaos runs"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildLeftColumn());
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_startAction = new QAction(tr("Start chaos experiment"), this);
    m_startAction->setObjectName(QStringLiteral("startChaosAction"));
    m_startAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_startAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_startAction, &QAction::triggered, this, &ChaosPanel::start);
    addAction(m_startAction);
    m_stopAction = new QAction(tr("Stop chaos experiment (roll back)"), this);
    m_stopAction->setObjectName(QStringLiteral("stopChaosAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopAction, &QAction::triggered, this, &ChaosPanel::stop);
    addAction(m_stopAction);

    m_confirmRemote = [this](const QString &target) {
        const auto answer = QMessageBox::question(
            this, tr("Break another machine?"),
            tr("The experiment's target, %1, is not this machine. A chaos experiment breaks things on purpose: against a "
               "real shop, real buyers would see the faults.\n\nRun it anyway?")
                .arg(target),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        return answer == QMessageBox::Yes;
    };
    m_elapsedTimer.setInterval(250);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &ChaosPanel::updateStatus);
    connect(m_session, &ChaosSession::phaseChanged, this, &ChaosPanel::updateButton);
    connect(m_session, &ChaosSession::timelineEvent, this, &ChaosPanel::onTimelineEvent);
    connect(m_session, &ChaosSession::secondsMeasured, this, &ChaosPanel::onSecondsMeasured);
    connect(m_session, &ChaosSession::concluded, this, &ChaosPanel::onConcluded);
    connect(m_session, &ChaosSession::refused, this, &ChaosPanel::onRefused);
    connect(m_savedRuns, &SavedRunsPanel::openRequested, this, &ChaosPanel::showSavedRun);
    addShippedExperiments();
    updateButton();
}

ChaosPanel::~ChaosPanel() = default;

QWidget *ChaosPanel::buildLeftColumn()
{
    auto *left = new QWidget(this);
    auto *pickLabel = new QLabel(tr("E&xperiment:"), left);
    m_experimentBox = new QComboBox(left);
    m_experimentBox->setObjectName(QStringLiteral("chaosExperimentBox"));
    pickLabel->setBuddy(m_experimentBox);
    m_openFile = new QPushButton(tr("Open a file…"), left);
    m_openFile->setObjectName(QStringLiteral("chaosOpenFileButton"));
    m_details = new QTextBrowser(left);
    m_details->setObjectName(QStringLiteral("chaosExperimentDetails"));
    m_details->setOpenLinks(false);
    m_startStop = new QPushButton(left);
    m_startStop->setObjectName(QStringLiteral("chaosStartStopButton"));
    QFont bold = m_startStop->font();
    bold.setBold(true);
    m_startStop->setFont(bold);
    m_startStop->setMinimumHeight(m_startStop->sizeHint().height() * 3 / 2);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("chaosStatus"));
    m_status->setWordWrap(true);
    auto *note = new QLabel(tr("The gateways and marketplaces an experiment breaks are the sandbox's, inside Backroom. Its checkouts "
                               "are drill orders (channel ‘drill’, `backroom drill cleanup` removes them). Every fault is rolled "
                               "back at the end, on Stop, and if the run fails."),
                            left);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_experimentBox, 1);
    pickRow->addWidget(m_openFile);
    auto *column = new QVBoxLayout(left);
    column->addWidget(pickLabel);
    column->addLayout(pickRow);
    column->addWidget(m_details, 1);
    column->addWidget(m_startStop);
    column->addWidget(m_status);
    column->addWidget(note);
    connect(m_experimentBox, &QComboBox::currentIndexChanged, this, &ChaosPanel::showExperimentDetails);
    connect(m_openFile, &QPushButton::clicked, this, &ChaosPanel::chooseExperimentFile);
    connect(m_startStop, &QPushButton::clicked, this, &ChaosPanel::startOrStop);
    left->setMinimumWidth(360);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(left->minimumWidth() + 24);
    return scroll;
}

void ChaosPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_runsRead) {
        m_runsRead = true;
        m_savedRuns->refresh();
    }
}

void ChaosPanel::addShippedExperiments()
{
    for (const QString &path : chaos::shippedExperiments()) {
        auto experiment = chaos::loadExperiment(path);
        if (experiment)
            addExperiment(*experiment, experiment->title);
        else
            qWarning("shipped experiment %s: %s", qPrintable(path), qPrintable(experiment.error().message));
    }
}

void ChaosPanel::addExperiment(const chaos::Experiment &experiment, const QString &label)
{
    m_experiments.append(experiment);
    m_experimentBox->addItem(label);
}

const chaos::Experiment *ChaosPanel::currentExperiment() const
{
    const int index = m_experimentBox->currentIndex();
    return index >= 0 && index < m_experiments.size() ? &m_experiments[index] : nullptr;
}

void ChaosPanel::showExperimentDetails()
{
    const chaos::Experiment *e = currentExperiment();
    m_details->setHtml(e ? experimentHtml(*e) : QString());
    updateButton();
}

void ChaosPanel::chooseExperimentFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a chaos experiment"), QString(), tr("Experiments (*.json)"));
    if (!path.isEmpty())
        openExperimentFile(path);
}

bool ChaosPanel::openExperimentFile(const QString &path)
{
    auto experiment = chaos::loadExperiment(path);
    if (!experiment) {
        m_status->setText(tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), experiment.error().message));
        return false;
    }
    addExperiment(*experiment, tr("%1 (%2)").arg(experiment->title, QFileInfo(path).fileName()));
    m_experimentBox->setCurrentIndex(m_experimentBox->count() - 1);
    m_status->setText(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ChaosPanel::startOrStop()
{
    if (m_session->isBusy())
        stop();
    else
        start();
}

void ChaosPanel::start()
{
    const chaos::Experiment *experiment = currentExperiment();
    if (m_session->isBusy() || !experiment)
        return;
    chaos::ChaosEnvironment target;
    target.conninfo = m_session->conninfo();
    bool confirmed = false;
    if (!chaos::checkTarget(target)) {
        if (!m_confirmRemote || !m_confirmRemote(tr("database on %1").arg(hostOfConninfo(target.conninfo)))) {
            m_status->setText(tr("Not started: the target is not this machine and was not confirmed."));
            return;
        }
        confirmed = true;
    }
    m_live = ChaosFigures{};
    m_live.title = experiment->title;
    m_livePhase.clear();
    m_charts->clear();
    m_report->showWaiting(tr("“%1” is running: the report appears when it ends.").arg(experiment->title));
    m_pages->setCurrentIndex(0);
    m_elapsed.start();
    m_elapsedTimer.start();
    m_session->start(*experiment, confirmed);
    updateStatus();
}

void ChaosPanel::stop() { m_session->stop(); }

void ChaosPanel::updateButton()
{
    const Phase phase = m_session->phase();
    switch (phase) {
    case Phase::Idle: m_startStop->setText(tr("Start experiment")); break;
    case Phase::Starting: m_startStop->setText(tr("Starting… (Stop)")); break;
    case Phase::Running: m_startStop->setText(tr("Stop and roll back")); break;
    case Phase::RollingBack: m_startStop->setText(tr("Rolling back…")); break;
    }
    const bool canStart = phase == Phase::Idle && currentExperiment();
    const bool canStop = phase == Phase::Starting || phase == Phase::Running;
    m_startStop->setEnabled(canStart || canStop);
    m_startStop->setToolTip(phase == Phase::Idle ? tr("Ctrl+Return") : tr("Esc"));
    m_startAction->setEnabled(canStart);
    m_stopAction->setEnabled(canStop);
    m_experimentBox->setEnabled(phase == Phase::Idle);
    m_openFile->setEnabled(phase == Phase::Idle);
    if (phase == Phase::Idle)
        m_elapsedTimer.stop();
    else
        updateStatus();
}

void ChaosPanel::updateStatus()
{
    const QString at = QLocale().toString(double(m_elapsed.elapsed()) / 1000.0, 'f', 0);
    switch (m_session->phase()) {
    case Phase::Starting: m_status->setText(tr("Checking the guardrails and starting the load (%1 s)…").arg(at)); break;
    case Phase::Running: m_status->setText(tr("%1 s: %2").arg(at, m_livePhase)); break;
    case Phase::RollingBack:
        m_status->setText(tr("Rolling back every fault, then judging what ran (%1 s)…").arg(at));
        break;
    case Phase::Idle: break;
    }
}

void ChaosPanel::onTimelineEvent(double atSeconds, const QString &kind, const QString &detail)
{
    const ChaosEventFigures event{atSeconds, kind, detail};
    m_live.timeline << event;
    m_report->addEvent(event);
    if (kind == QLatin1String("phase") || kind == QLatin1String("fault_in") || kind == QLatin1String("abort"))
        m_livePhase = detail;
    if (kind == QLatin1String("fault_out") || kind == QLatin1String("rollback"))
        m_livePhase = tr("rolling back: %1").arg(detail);
    m_charts->showFigures(m_live);
    updateStatus();
}

void ChaosPanel::onSecondsMeasured(const QJsonArray &seconds)
{
    m_live.seconds = chaosFiguresFromJson(QJsonObject{{QStringLiteral("seconds"), seconds}}).seconds;
    m_charts->showFigures(m_live);
}

void ChaosPanel::onConcluded(const QJsonObject &report)
{
    m_elapsedTimer.stop();
    m_lastRunId = qint64(report.value(QStringLiteral("run_id")).toDouble());
    const ChaosFigures figures = chaosFiguresFromJson(report);
    const QString title = m_lastRunId > 0 ? tr("%1 · run %2 · %3").arg(figures.title).arg(m_lastRunId).arg(
                                                localDateTimeText(QDateTime::currentDateTimeUtc()))
                                          : tr("%1 · this run (not saved)").arg(figures.title);
    m_charts->showFigures(figures);
    m_report->showReport(figures, title);
    m_status->setText(figures.cancelled ? tr("Stopped: every fault was rolled back (saved as not passed).")
                                        : (figures.passed ? tr("Finished: PASS.") : tr("Finished: FAIL, see the report.")));
    m_savedRuns->refresh();
    emit chaosConcluded(figures.passed, m_lastRunId);
}

void ChaosPanel::onRefused(const QString &message)
{
    m_elapsedTimer.stop();
    m_report->showWaiting(tr("Nothing was broken: %1").arg(message));
    m_status->setText(tr("Refused: %1").arg(message));
}

void ChaosPanel::showSavedRun(const drills::DrillRun &run)
{
    const ChaosFigures figures = chaosFiguresFromJson(run.report);
    m_charts->showFigures(figures);
    m_report->showReport(figures, tr("Saved run %1 · %2 · %3")
                                      .arg(run.id)
                                      .arg(run.scenario, localDateTimeText(run.startedAt, TimePrecision::Seconds)));
    m_pages->setCurrentIndex(0);
}

} // namespace backroom::ui
