#pragma once
// DrillSession: one drill from the Drills screen, start to saved report. A load drill: the scenario is
// set up on a worker (DrillBackend::prepare), the LoadDrill runs on this (the GUI) thread, event-driven,
// feeding sampled() once a second, then the verdict, thresholds, scenario undo and save run on a worker
// (DrillBackend::conclude) and concluded() brings the report. A shoot-out: ShootoutRunner on this thread
// with an admin connection of its own, a row per finished run, then the save on a worker.
// stop() cancels: the engine answers within a second, and the report of what ran is still judged and
// saved. Lives on the GUI thread.

#include "drillbackend.h"
#include "drillplan.h"

#include <QObject>
#include <memory>

namespace backroom::ui {

class DrillSession : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Preparing, Running, Stopping, Judging };
    Q_ENUM(Phase)

    explicit DrillSession(std::shared_ptr<DrillBackend> backend, QObject *parent = nullptr);
    ~DrillSession() override;

    // Starts the plan (the caller has confirmed a remote target: plan.config.confirmedRemote). Idle only.
    void start(const DrillPlan &plan);
    void stop();
    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }

signals:
    void phaseChanged(backroom::ui::DrillSession::Phase phase);
    void sampled(const backroom::drills::LoadDrillSample &sample);
    void shootoutRunStarted(const QString &strategy, int buyers, int index, int total);
    void shootoutRowFinished(const QJsonObject &row);   // drills::shootoutRowJson()
    // The drill ran (possibly stopped early) and was judged; saved unless concluded.saveProblem says why.
    void concluded(const backroom::ui::ConcludedDrill &concluded, bool shootout);
    // Nothing ran: the scenario could not be set up, the engine refused the configuration, or stopped
    // while preparing.
    void failed(const QString &message);

private:
    void setPhase(Phase phase);
    void startLoad();
    void onPrepared(Result<PreparedDrill> prepared);
    void onLoadFinished(const drills::LoadDrillReport &report);
    void startShootout();
    void onShootoutFinished(bool cancelled);
    void finish(const ConcludedDrill &concluded, bool shootout);
    void fail(const QString &message);

    std::shared_ptr<DrillBackend> m_backend;
    DrillPlan m_plan;
    Phase m_phase = Phase::Idle;
    bool m_stopRequested = false;
    PreparedDrill m_prepared;
    std::unique_ptr<drills::LoadDrill> m_drill;
    std::unique_ptr<db::Connection> m_admin;      // the shoot-out's set-up and verdict connection
    std::unique_ptr<drills::ShootoutRunner> m_shootout;
    QList<drills::ShootoutRow> m_shootoutRows;
    QDateTime m_shootoutStartedAtUtc;
};

} // namespace backroom::ui

Q_DECLARE_METATYPE(backroom::ui::ConcludedDrill)
