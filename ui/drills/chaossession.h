#pragma once
// ChaosSession: one chaos experiment from the Drills screen, start to saved report. chaos::ChaosRun
// blocks its thread for milliseconds per checkout and for a whole database restart, so the run -- and
// what it needs beyond the database: the in-process sandbox with its gateways and marketplace stand-ins,
// a payment router over it, the health registry that shows breaker transitions, the embedded cluster
// to restart when the shop is the demo's -- lives on a worker thread with its own event loop, built
// there and torn down there. This object, on the GUI thread, only passes requests in and the timeline,
// the seconds measured so far and the final report (the JSON `backroom drill show` prints) out.
// stop() cancels: every fault is rolled back at once (ChaosRun::cancel), and the report of what ran is
// still judged and saved (as not passed). Destroying a session with a run going cancels it and waits
// for the rollbacks. Lives on the GUI thread.

#include "chaos/chaosrun.h"
#include "chaos/experiment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <functional>

class QThread;

namespace backroom::ui {

class ChaosWorker;

class ChaosSession : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Starting, Running, RollingBack };
    Q_ENUM(Phase)
    // Runs on the worker thread just before the run is made: tests give the test cluster to restart,
    // mark the test database as the demo's, or shorten nothing here (the experiment is the caller's).
    using EnvironmentHook = std::function<void(chaos::ChaosEnvironment &environment)>;

    explicit ChaosSession(QString conninfo, QObject *parent = nullptr);
    ~ChaosSession() override;

    void setEnvironmentHook(EnvironmentHook hook) { m_hook = std::move(hook); }
    const QString &conninfo() const { return m_conninfo; }

    // Idle only. confirmedRemote: the owner confirmed a target that is not this machine.
    void start(const chaos::Experiment &experiment, bool confirmedRemote);
    void stop();
    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }

signals:
    void phaseChanged(backroom::ui::ChaosSession::Phase phase);
    void timelineEvent(double atSeconds, const QString &kind, const QString &detail);
    // The whole seconds measured so far, as the report's "seconds" array.
    void secondsMeasured(const QJsonArray &seconds);
    // The run ended (passed, failed, aborted or stopped) and was judged: ChaosReport::toJson() with
    // "run_id" (0: not saved).
    void concluded(const QJsonObject &report);
    // Nothing was injected or loaded: a guardrail refused, the sandbox or the database did not answer.
    void refused(const QString &message);

private:
    void setPhase(Phase phase);
    void tearDown();

    QString m_conninfo;
    EnvironmentHook m_hook;
    Phase m_phase = Phase::Idle;
    QThread *m_thread = nullptr;
    ChaosWorker *m_worker = nullptr;
};

} // namespace backroom::ui
