#include "drillsession.h"

#include "offthread.h"

namespace backroom::ui {

using drills::LoadDrill;
using drills::LoadDrillReport;

DrillSession::DrillSession(std::shared_ptr<DrillBackend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend))
{
}

DrillSession::~DrillSession()
{
    // A run still going when the screen closes: stop it; its report is not judged (nothing to show it).
    if (m_drill && m_drill->isRunning()) {
        disconnect(m_drill.get(), nullptr, this, nullptr);
        m_drill->cancel();
    }
    if (m_shootout) {
        disconnect(m_shootout.get(), nullptr, this, nullptr);
        m_shootout->cancel();
    }
}

void DrillSession::start(const DrillPlan &plan)
{
    if (isBusy())
        return;
    m_plan = plan;
    m_stopRequested = false;
    if (plan.isShootout())
        startShootout();
    else
        startLoad();
}

void DrillSession::stop()
{
    switch (m_phase) {
    case Phase::Preparing:
        m_stopRequested = true;
        setPhase(Phase::Stopping);
        break;
    case Phase::Running:
        m_stopRequested = true;
        setPhase(Phase::Stopping);
        if (m_drill)
            m_drill->cancel();
        if (m_shootout)
            m_shootout->cancel();
        break;
    case Phase::Idle:
    case Phase::Stopping:
    case Phase::Judging:   // short, and the run's report should not be lost
        break;
    }
}

void DrillSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void DrillSession::startLoad()
{
    setPhase(Phase::Preparing);
    auto backend = m_backend;
    const DrillPlan plan = m_plan;
    runOffThread<Result<PreparedDrill>>(
        this, [backend, plan] { return backend->prepare(plan); },
        [this](Result<PreparedDrill> prepared) { onPrepared(std::move(prepared)); });
}

void DrillSession::onPrepared(Result<PreparedDrill> prepared)
{
    if (!prepared) {
        fail(prepared.error().message);
        return;
    }
    m_prepared = *prepared;
    auto backend = m_backend;
    if (m_stopRequested) {
        const PreparedDrill undo = m_prepared;
        runOffThread<Status>(this, [backend, undo] { return backend->abandon(undo); }, [](Status) {});
        fail(tr("Stopped before the drill started: nothing ran."));
        return;
    }
    m_drill = std::make_unique<LoadDrill>(m_prepared.config);
    connect(m_drill.get(), &LoadDrill::progressed, this, &DrillSession::sampled);
    connect(m_drill.get(), &LoadDrill::finished, this, &DrillSession::onLoadFinished, Qt::QueuedConnection);
    if (auto started = m_drill->start(); !started) {
        m_drill.reset();
        const PreparedDrill undo = m_prepared;
        runOffThread<Status>(this, [backend, undo] { return backend->abandon(undo); }, [](Status) {});
        fail(started.error().message);
        return;
    }
    setPhase(Phase::Running);
}

void DrillSession::onLoadFinished(const LoadDrillReport &report)
{
    setPhase(Phase::Judging);
    auto backend = m_backend;
    const DrillPlan plan = m_plan;
    const PreparedDrill prepared = m_prepared;
    runOffThread<ConcludedDrill>(
        this, [backend, plan, prepared, report] { return backend->conclude(plan, prepared, report); },
        [this](ConcludedDrill concluded) { finish(concluded, false); });
}

void DrillSession::startShootout()
{
    setPhase(Phase::Preparing);
    auto admin = m_backend->connect();   // blocking, a few ms on the machine the drill may target
    if (!admin) {
        fail(admin.error().message);
        return;
    }
    m_admin = std::move(*admin);
    m_shootoutRows.clear();
    m_shootoutStartedAtUtc = QDateTime::currentDateTimeUtc();
    m_shootout = std::make_unique<drills::ShootoutRunner>(m_plan.shootoutConfig(), *m_admin);
    const int total = m_shootout->totalRuns();
    connect(m_shootout.get(), &drills::ShootoutRunner::progressed, this, &DrillSession::sampled);
    connect(m_shootout.get(), &drills::ShootoutRunner::runStarted, this,
            [this, total](drills::StockStrategy strategy, int buyers, int index) {
                emit shootoutRunStarted(drills::strategyName(strategy), buyers, index, total);
            });
    connect(m_shootout.get(), &drills::ShootoutRunner::rowFinished, this, [this](const drills::ShootoutRow &row) {
        m_shootoutRows << row;
        emit shootoutRowFinished(drills::shootoutRowJson(row));
    });
    connect(m_shootout.get(), &drills::ShootoutRunner::finished, this, &DrillSession::onShootoutFinished,
            Qt::QueuedConnection);
    if (auto started = m_shootout->start(); !started) {
        m_shootout.reset();
        m_admin.reset();
        fail(started.error().message);
        return;
    }
    setPhase(Phase::Running);
}

void DrillSession::onShootoutFinished(bool cancelled)
{
    setPhase(Phase::Judging);
    auto backend = m_backend;
    const DrillPlan plan = m_plan;
    const QList<drills::ShootoutRow> rows = m_shootoutRows;
    const QDateTime startedAt = m_shootoutStartedAtUtc;
    runOffThread<ConcludedDrill>(
        this, [backend, plan, rows, cancelled, startedAt] { return backend->concludeShootout(plan, rows, cancelled, startedAt); },
        [this](ConcludedDrill concluded) { finish(concluded, true); });
}

void DrillSession::finish(const ConcludedDrill &concluded, bool shootout)
{
    m_drill.reset();
    m_shootout.reset();
    m_admin.reset();
    setPhase(Phase::Idle);
    emit this->concluded(concluded, shootout);
}

void DrillSession::fail(const QString &message)
{
    m_drill.reset();
    m_shootout.reset();
    m_admin.reset();
    setPhase(Phase::Idle);
    emit failed(message);
}

} // namespace backroom::ui
