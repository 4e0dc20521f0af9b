#include "savedrunsmodel.h"

#include "chaosfigures.h"
#include "drillfigures.h"
#include "timeformat.h"

#include <QColor>
#include <QLocale>

namespace backroom::ui {

void SavedRunsModel::setRuns(QList<drills::DrillRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const drills::DrillRun *SavedRunsModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int SavedRunsModel::rowOfRun(qint64 id) const
{
    for (int r = 0; r < m_runs.size(); ++r)
        if (m_runs[r].id == id)
            return r;
    return -1;
}

int SavedRunsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }

int SavedRunsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString SavedRunsModel::rateText(const drills::DrillRun &run) const
{
    if (isChaosReport(run.report)) {   // how much of the shop still answered while the faults were in
        const auto fault = chaosFiguresFromJson(run.report).windows.value(QStringLiteral("fault"));
        return tr("%1 answered under faults").arg(ui::rateText(fault.checkoutSuccessRate));
    }
    if (isShootoutReport(run.report)) {
        double best = 0;
        for (const auto &row : shootoutFiguresFromReport(run.report))
            best = std::max(best, row.ordersPerSecond);
        return tr("best %1 orders/s").arg(QLocale().toString(best, 'f', 0));
    }
    return tr("%1 /s").arg(QLocale().toString(loadFiguresFromJson(run.report).throughput, 'f', 1));
}

QString SavedRunsModel::p99Text(const drills::DrillRun &run) const
{
    if (isShootoutReport(run.report) || isChaosReport(run.report))
        return QStringLiteral("—");
    return millisecondsText(loadFiguresFromJson(run.report).latency.p99);
}

QVariant SavedRunsModel::data(const QModelIndex &index, int role) const
{
    const drills::DrillRun *run = runAt(index.row());
    if (!run)
        return {};
    if (role == RunIdRole)
        return run->id;
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return run->passed ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb3, 0x26, 0x1e);
    if (role == Qt::TextAlignmentRole && (index.column() == RunColumn || index.column() == RateColumn || index.column() == P99Column))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RunColumn: return run->id;
    case StartedColumn: return localDateTimeText(run->startedAt, TimePrecision::Seconds);
    case KindColumn: return run->kind;
    case ScenarioColumn: return run->scenario;
    case VerdictColumn: return run->passed ? tr("PASS") : tr("FAIL");
    case RateColumn: return rateText(*run);
    case P99Column: return p99Text(*run);
    case ColumnCount: break;
    }
    return {};
}

QVariant SavedRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RunColumn: return tr("Run");
    case StartedColumn: return tr("Started");
    case KindColumn: return tr("Kind");
    case ScenarioColumn: return tr("Scenario");
    case VerdictColumn: return tr("Verdict");
    case RateColumn: return tr("Rate");
    case P99Column: return tr("p99");
    case ColumnCount: break;
    }
    return {};
}

} // namespace backroom::ui
