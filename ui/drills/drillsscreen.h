#pragma once
// DrillsScreen: the owner's load-drill tab. Left, the parameters (DrillParametersPanel) and one
// Start/Stop button that says what is happening (Preparing…, Stop, Stopping…, Checking the verdict…);
// right, the live charts above the final report (DrillReportView), and the saved runs (SavedRunsPanel)
// with open and compare. A target that is not this machine asks for confirmation first (No: nothing
// runs). Every run is saved and the list refreshed. Keyboard: Ctrl+Return starts, Esc stops, F5 re-reads
// the saved runs. Lives on the GUI thread: the drill itself is event-driven on this thread; set-up,
// verdict and saving run on workers with their own connections (DrillSession, DrillBackend).
// The Chaos part (ChaosPanel) is the second tab, "Chaos"; a chaos run opened from the load drill's
// saved list is shown there.

#include "drillbackend.h"
#include "drillsession.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;

namespace backroom::ui {

class ChaosPanel;
class DrillCharts;
class DrillParametersPanel;
class DrillReportView;
class SavedRunsPanel;

class DrillsScreen : public QWidget {
    Q_OBJECT
public:
    // Asked before a drill against a target that is not this machine; true: go ahead.
    using RemoteConfirmation = std::function<bool(const QString &targetDescription)>;

    explicit DrillsScreen(std::shared_ptr<DrillBackend> backend, QWidget *parent = nullptr);
    ~DrillsScreen() override;

    // Replaces the default question (a QMessageBox, default No).
    void setRemoteConfirmation(RemoteConfirmation ask) { m_confirmRemote = std::move(ask); }

    DrillParametersPanel *parameters() const { return m_parameters; }
    QPushButton *startStopButton() const { return m_startStop; }
    QLabel *statusLabel() const { return m_status; }
    DrillCharts *charts() const { return m_charts; }
    DrillReportView *report() const { return m_report; }
    SavedRunsPanel *savedRuns() const { return m_savedRuns; }
    QTabWidget *pages() const { return m_pages; }
    QTabWidget *modes() const { return m_modes; }   // Load drill, Chaos
    ChaosPanel *chaos() const { return m_chaos; }
    DrillSession *session() const { return m_session; }
    qint64 lastSavedRunId() const { return m_lastRunId; }

public slots:
    void startOrStop();
    void start();
    void stop();
    void showSavedRun(const backroom::drills::DrillRun &run);

signals:
    // A drill ended and its report is shown (saved or not).
    void drillConcluded(bool passed, qint64 runId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLeftColumn();
    void updateButton();
    void updateElapsed();
    void onConcluded(const ConcludedDrill &concluded, bool shootout);
    QString concludedStatusText(const ConcludedDrill &concluded, bool shootout) const;
    void onFailed(const QString &message);

    std::shared_ptr<DrillBackend> m_backend;
    DrillSession *m_session = nullptr;
    DrillParametersPanel *m_parameters = nullptr;
    QPushButton *m_startStop = nullptr;
    QLabel *m_status = nullptr;
    DrillCharts *m_charts = nullptr;
    DrillReportView *m_report = nullptr;
    SavedRunsPanel *m_savedRuns = nullptr;
    QTabWidget *m_pages = nullptr;
    QTabWidget *m_modes = nullptr;
    ChaosPanel *m_chaos = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    RemoteConfirmation m_confirmRemote;
    QTimer m_elapsedTimer;
    QElapsedTimer m_elapsed;
    qint64 m_lastRunId = 0;
    bool m_runsRead = false;
    bool m_shootoutRunning = false;
};

} // namespace backroom::ui
