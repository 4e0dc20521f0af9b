#pragma once
// SavedRunsModel: the saved drill runs (drill_run), newest first, as the Drills screen lists them: run
// number, when, kind, scenario, verdict, the key rate (for a chaos run: checkouts answered while the
// faults were in) and p99. Holds what DrillBackend::runs() read
// (reports included, so opening or comparing needs no second read). GUI thread.

#include "drills/runstore.h"

#include <QAbstractTableModel>

namespace backroom::ui {

class SavedRunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RunColumn, StartedColumn, KindColumn, ScenarioColumn, VerdictColumn, RateColumn, P99Column, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(QList<drills::DrillRun> runs);
    const QList<drills::DrillRun> &runs() const { return m_runs; }
    const drills::DrillRun *runAt(int row) const;
    int rowOfRun(qint64 id) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rateText(const drills::DrillRun &run) const;
    QString p99Text(const drills::DrillRun &run) const;

    QList<drills::DrillRun> m_runs;
};

} // namespace backroom::ui
