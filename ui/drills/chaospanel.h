#pragma once
// ChaosPanel: the Chaos part of the Drills screen. Left, the experiment: one of the three shipped ones
// or a file the owner opens, shown readably (what it claims, the load, the probes with their tolerances,
// the faults in order, the rollbacks, the abort limit), and one Start/Stop button that says what is
// happening (Starting…, Stop and roll back, Rolling back…). Right, the timeline drawn live
// (ChaosCharts) above the report in plain words (ChaosReportView), and the saved chaos runs (a
// SavedRunsPanel showing kind 'chaos' only) to open one or compare two probe by probe.
// Guardrails as `backroom drill chaos` has them: a target that is not this machine asks first (No:
// nothing runs); a shop that is not the demo without a backup younger than a day is refused by the run
// itself, and the refusal is shown as it is worded. The run is on a worker thread (ChaosSession), never
// this one. Keyboard: Ctrl+Return starts, Esc stops (rolls back). GUI thread.

#include "chaosfigures.h"
#include "chaossession.h"
#include "drills/runstore.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace backroom::ui {

class ChaosCharts;
class ChaosReportView;
class DrillBackend;
class SavedRunsPanel;

class ChaosPanel : public QWidget {
    Q_OBJECT
public:
    using RemoteConfirmation = std::function<bool(const QString &targetDescription)>;

    ChaosPanel(std::shared_ptr<DrillBackend> backend, QWidget *parent = nullptr);
    ~ChaosPanel() override;

    void setRemoteConfirmation(RemoteConfirmation ask) { m_confirmRemote = std::move(ask); }

    QComboBox *experimentBox() const { return m_experimentBox; }
    QTextBrowser *experimentDetails() const { return m_details; }
    QPushButton *startStopButton() const { return m_startStop; }
    QLabel *statusLabel() const { return m_status; }
    ChaosCharts *charts() const { return m_charts; }
    ChaosReportView *report() const { return m_report; }
    SavedRunsPanel *savedRuns() const { return m_savedRuns; }
    QTabWidget *pages() const { return m_pages; }
    ChaosSession *session() const { return m_session; }
    qint64 lastSavedRunId() const { return m_lastRunId; }
    // The experiment picked now; null when the pick could not be read.
    const chaos::Experiment *currentExperiment() const;

public slots:
    void startOrStop();
    void start();
    void stop();
    // Reads an experiment file, adds it to the list and picks it; false (and the reason shown) when bad.
    bool openExperimentFile(const QString &path);
    void showSavedRun(const backroom::drills::DrillRun &run);

signals:
    // A run ended and its report is shown (saved unless runId is 0).
    void chaosConcluded(bool passed, qint64 runId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLeftColumn();
    void addShippedExperiments();
    void addExperiment(const chaos::Experiment &experiment, const QString &label);
    void showExperimentDetails();
    void chooseExperimentFile();
    void updateButton();
    void updateStatus();
    void onTimelineEvent(double atSeconds, const QString &kind, const QString &detail);
    void onSecondsMeasured(const QJsonArray &seconds);
    void onConcluded(const QJsonObject &report);
    void onRefused(const QString &message);

    std::shared_ptr<DrillBackend> m_backend;
    ChaosSession *m_session = nullptr;
    QList<chaos::Experiment> m_experiments;   // in the box's order
    QComboBox *m_experimentBox = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_startStop = nullptr;
    QLabel *m_status = nullptr;
    ChaosCharts *m_charts = nullptr;
    ChaosReportView *m_report = nullptr;
    SavedRunsPanel *m_savedRuns = nullptr;
    QTabWidget *m_pages = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    RemoteConfirmation m_confirmRemote;
    ChaosFigures m_live;              // the running experiment's timeline and seconds so far
    QString m_livePhase;
    QTimer m_elapsedTimer;
    QElapsedTimer m_elapsed;
    qint64 m_lastRunId = 0;
    bool m_runsRead = false;
};

} // namespace backroom::ui
