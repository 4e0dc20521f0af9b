#include "savedrunspanel.h"

#include "chaosfigures.h"
#include "drillbackend.h"
#include "drillfigures.h"
#include "offthread.h"
#include "savedrunsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom::ui {

SavedRunsPanel::SavedRunsPanel(std::shared_ptr<DrillBackend> backend, QWidget *parent)
    : QWidget(parent), m_backend(std::move(backend))
{
    m_model = new SavedRunsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("savedRunsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshRunsButton"));
    m_open = new QPushButton(tr("Open run"), this);
    m_open->setObjectName(QStringLiteral("openRunButton"));
    m_open->setToolTip(tr("Show the selected run's report (Enter)"));
    m_compare = new QPushButton(tr("Compare the two selected"), this);
    m_compare->setObjectName(QStringLiteral("compareRunsButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("savedRunsStatus"));
    m_status->setWordWrap(true);
    m_comparisonTitle = new QLabel(this);
    m_comparisonTitle->setObjectName(QStringLiteral("comparisonTitle"));
    m_comparison = new QTableWidget(0, 4, this);
    m_comparison->setObjectName(QStringLiteral("comparisonTable"));
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setStretchLastSection(true);
    m_comparisonTitle->hide();
    m_comparison->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    auto *lower = new QWidget(this);
    auto *lowerColumn = new QVBoxLayout(lower);
    lowerColumn->setContentsMargins(0, 0, 0, 0);
    lowerColumn->addWidget(m_comparisonTitle);
    lowerColumn->addWidget(m_comparison, 1);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_view);
    m_split->addWidget(lower);
    m_split->setChildrenCollapsible(false);
    auto *column = new QVBoxLayout(this);
    column->addLayout(buttons);
    column->addWidget(m_status);
    column->addWidget(m_split, 1);

    auto *openAction = new QAction(tr("Open saved run"), this);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openAction);
    connect(openAction, &QAction::triggered, this, &SavedRunsPanel::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &SavedRunsPanel::openCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &SavedRunsPanel::refresh);
    connect(m_open, &QPushButton::clicked, this, &SavedRunsPanel::openCurrent);
    connect(m_compare, &QPushButton::clicked, this, &SavedRunsPanel::compareSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SavedRunsPanel::updateButtons);
    updateButtons();
}

void SavedRunsPanel::setKindFilter(const QString &kind)
{
    m_kindFilter = kind;
    m_view->setColumnHidden(SavedRunsModel::KindColumn, !kind.isEmpty());
    m_view->setColumnHidden(SavedRunsModel::P99Column, kind == QLatin1String("chaos"));   // a chaos run has no p99
}

void SavedRunsPanel::refresh()
{
    m_status->setText(tr("Reading saved runs…"));
    auto backend = m_backend;
    runOffThread<Result<QList<drills::DrillRun>>>(
        this, [backend] { return backend->runs(); },
        [this](Result<QList<drills::DrillRun>> runs) {
            if (!runs) {
                m_status->setText(tr("Saved runs could not be read: %1").arg(runs.error().message));
            } else {
                if (!m_kindFilter.isEmpty())
                    runs->removeIf([this](const drills::DrillRun &run) { return run.kind != m_kindFilter; });
                m_model->setRuns(*runs);
                m_status->setText(runs->isEmpty() ? tr("No saved runs yet: every drill run from this screen or "
                                                       "`backroom drill load` is kept here.")
                                                  : tr("%n saved run(s). Select two to compare them.", nullptr,
                                                       int(runs->size())));
            }
            updateButtons();
            emit refreshed();
        });
}

QList<const drills::DrillRun *> SavedRunsPanel::selectedRuns() const
{
    QList<const drills::DrillRun *> runs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const drills::DrillRun *run = m_model->runAt(index.row()))
            runs << run;
    return runs;
}

void SavedRunsPanel::updateButtons()
{
    const int selected = int(selectedRuns().size());
    m_open->setEnabled(selected >= 1 || m_view->currentIndex().isValid());
    m_compare->setEnabled(selected == 2);
}

int SavedRunsPanel::selectRuns(const QList<qint64> &ids)
{
    m_view->selectionModel()->clearSelection();
    int found = 0;
    for (qint64 id : ids) {
        const int row = m_model->rowOfRun(id);
        if (row < 0)
            continue;
        m_view->selectionModel()->select(m_model->index(row, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        ++found;
    }
    updateButtons();
    return found;
}

void SavedRunsPanel::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (const drills::DrillRun *run = m_model->runAt(current.isValid() ? current.row() : -1))
        emit openRequested(*run);
}

void SavedRunsPanel::compareSelected()
{
    QList<const drills::DrillRun *> runs = selectedRuns();
    if (runs.size() != 2) {
        m_status->setText(tr("Select exactly two runs to compare (Ctrl+click)."));
        return;
    }
    // Older on the left, so that the difference reads as "what changed since".
    if (runs[0]->id > runs[1]->id)
        std::swap(runs[0], runs[1]);
    showComparison(*runs[0], *runs[1]);
}

QList<ComparedFigure> SavedRunsPanel::comparedFigures(const drills::DrillRun &a, const drills::DrillRun &b)
{
    if (isChaosReport(a.report) && isChaosReport(b.report))
        return compareChaosFigures(chaosFiguresFromJson(a.report), chaosFiguresFromJson(b.report));
    if (isShootoutReport(a.report) && isShootoutReport(b.report))
        return compareShootoutFigures(shootoutFiguresFromReport(a.report), shootoutFiguresFromReport(b.report));
    if (!isChaosReport(a.report) && !isChaosReport(b.report) && !isShootoutReport(a.report) && !isShootoutReport(b.report))
        return compareLoadFigures(loadFiguresFromJson(a.report), loadFiguresFromJson(b.report));
    m_status->setText(tr("These runs are of different kinds (load, shoot-out, chaos) and have different figures: compare runs "
                         "of the same kind."));
    return {};
}

void SavedRunsPanel::showComparison(const drills::DrillRun &a, const drills::DrillRun &b)
{
    const QList<ComparedFigure> rows = comparedFigures(a, b);
    m_comparison->setHorizontalHeaderLabels(
        {tr("Figure"), tr("Run %1").arg(a.id), tr("Run %1").arg(b.id), tr("Difference")});
    m_comparison->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells{rows[r].label, rows[r].first, rows[r].second, rows[r].difference};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_comparison->setItem(r, c, item);
        }
    }
    m_comparisonTitle->setText(tr("Run %1 (%2, %3) against run %4 (%5, %6)")
                                   .arg(a.id).arg(a.scenario, a.startedAt.toLocalTime().toString(Qt::ISODate))
                                   .arg(b.id).arg(b.scenario, b.startedAt.toLocalTime().toString(Qt::ISODate)));
    m_comparisonTitle->show();
    m_comparison->show();
    const QList<int> sizes = m_split->sizes();
    if (sizes.size() == 2 && sizes[1] < sizes[0]) {   // give the comparison at least half the height
        const int half = (sizes[0] + sizes[1]) / 2;
        m_split->setSizes({half, sizes[0] + sizes[1] - half});
    }
}

} // namespace backroom::ui
