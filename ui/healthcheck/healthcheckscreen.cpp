#include "healthcheck/healthcheckscreen.h"

#include "db/connection.h"
#include "drills/offthread.h"
#include "healthcheck/healthcheckmodel.h"
#include "timeformat.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace backroom::ui {

using CheckResult = Result<QList<healthcheck::ItemResult>>;

HealthCheckScreen::Checker HealthCheckScreen::checkerFor(const QString &conninfo)
{
    return [conninfo]() -> CheckResult {
        auto conn = db::Connection::open(conninfo);
        if (!conn)
            return conn.error();
        return healthcheck::runHealthCheck(**conn);
    };
}

HealthCheckScreen::HealthCheckScreen(Checker checker, QWidget *parent) : QWidget(parent), m_checker(std::move(checker))
{
    setObjectName(QStringLiteral("healthCheckScreen"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(tr("Not checked yet."), this);
    m_summary->setObjectName(QStringLiteral("healthCheckSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_recheck = new QPushButton(tr("&Re-check"), this);
    m_recheck->setObjectName(QStringLiteral("healthCheckRecheck"));
    m_recheck->setToolTip(tr("Answer the 10 questions again from the latest measurements (F5)"));
    top->addWidget(m_recheck);
    layout->addLayout(top);

    m_model = new HealthCheckModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("healthCheckTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HealthCheckModel::Figure, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HealthCheckModel::Advice, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("healthCheckDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_detail);

    auto *footnote = new QLabel(tr("Every answer comes from a measurement Backroom took: saved drills, the health "
                                   "published by running serve instances, channel lag, and searches run now. "
                                   "Unknown means nothing was measured yet."), this);
    footnote->setWordWrap(true);
    layout->addWidget(footnote);

    connect(m_recheck, &QPushButton::clicked, this, &HealthCheckScreen::recheck);
    auto *recheckAction = new QAction(tr("Re-check"), this);
    recheckAction->setShortcut(QKeySequence::Refresh);
    recheckAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(recheckAction, &QAction::triggered, this, &HealthCheckScreen::recheck);
    addAction(recheckAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HealthCheckScreen::showSelectedDetail);
}

void HealthCheckScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_everChecked && !m_checking)
        recheck();
}

void HealthCheckScreen::recheck()
{
    if (m_checking)
        return;
    m_checking = true;
    m_everChecked = true;
    m_recheck->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    runOffThread<CheckResult>(this, m_checker, [this](CheckResult results) { showResults(results); });
}

void HealthCheckScreen::showResults(const CheckResult &results)
{
    m_checking = false;
    m_recheck->setEnabled(true);
    if (!results) {
        m_summary->setText(tr("The health check could not run: %1").arg(results.error().message));
        emit checked();
        return;
    }
    const int keptRow = std::max(0, m_table->currentIndex().row());   // Re-check keeps the keyboard's place
    m_model->setResults(*results);
    int yes = 0, no = 0, unknown = 0;
    for (const auto &r : *results)
        (r.answer == healthcheck::Answer::Yes ? yes : r.answer == healthcheck::Answer::No ? no : unknown)++;
    m_summary->setText(tr("%1 Yes, %2 No, %3 Unknown — checked %4")
                           .arg(yes).arg(no).arg(unknown)
                           .arg(localDateTimeText(QDateTime::currentDateTimeUtc(), TimePrecision::Seconds)));
    m_table->resizeRowsToContents();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(keptRow, m_model->rowCount() - 1), HealthCheckModel::Question));
    showSelectedDetail();
    emit checked();
}

void HealthCheckScreen::showSelectedDetail()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->results().size()) {
        m_detail->clear();
        return;
    }
    const healthcheck::ItemResult &r = m_model->results().at(row);
    QString text = QStringLiteral("%1 %2\n%3").arg(HealthCheckModel::markText(r.answer), healthcheck::itemTitle(r.item), r.figure);
    if (!r.advice.isEmpty())
        text += QLatin1Char('\n') + tr("What to do: %1").arg(r.advice);
    m_detail->setText(text);
}

} // namespace backroom::ui
