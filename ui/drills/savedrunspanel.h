#pragma once
// SavedRunsPanel: the Drills screen's list of saved runs (newest first) with Open (Enter, or a double
// click) and Compare (two selected runs side by side: the key figures in two columns with the
// difference; chaos runs probe by probe, time to recover, money at risk). setKindFilter() keeps one kind
// (the Chaos part lists 'chaos' runs only). Reads through DrillBackend on a worker; refresh() after
// every run. GUI thread.

#include "drillfigures.h"
#include "drills/runstore.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;

namespace backroom::ui {

class DrillBackend;
class SavedRunsModel;

class SavedRunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SavedRunsPanel(std::shared_ptr<DrillBackend> backend, QWidget *parent = nullptr);

    SavedRunsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *compareButton() const { return m_compare; }
    QTableWidget *comparisonTable() const { return m_comparison; }
    QLabel *statusLabel() const { return m_status; }
    // Lists only runs of this kind ("chaos"); empty: every run. Takes effect at the next refresh().
    void setKindFilter(const QString &kind);

public slots:
    void refresh();
    void openCurrent();
    void compareSelected();
    // Selects the runs with these ids (for the keyboard and tests); returns how many were found.
    int selectRuns(const QList<qint64> &ids);

signals:
    void refreshed();
    void openRequested(const backroom::drills::DrillRun &run);

private:
    QList<const drills::DrillRun *> selectedRuns() const;
    void updateButtons();
    void showComparison(const drills::DrillRun &a, const drills::DrillRun &b);
    QList<ComparedFigure> comparedFigures(const drills::DrillRun &a, const drills::DrillRun &b);

    std::shared_ptr<DrillBackend> m_backend;
    SavedRunsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_comparisonTitle = nullptr;
    QTableWidget *m_comparison = nullptr;
    QSplitter *m_split = nullptr;   // the list above, the comparison below
    QString m_kindFilter;
};

} // namespace backroom::ui
