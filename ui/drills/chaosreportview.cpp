#include "chaosreportview.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *makeWrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QColor &verdictColor = {}, int verdictColumn = -1)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c == verdictColumn && verdictColor.isValid())
            item->setForeground(verdictColor);
        table->setItem(row, c, item);
    }
}

const QColor kPass(0x1e, 0x7b, 0x34);
const QColor kFail(0xb3, 0x26, 0x1e);

} // namespace

ChaosReportView::ChaosReportView(QWidget *parent) : QWidget(parent)
{
    m_title = makeWrappingLabel(QStringLiteral("chaosReportTitle"), this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_title->setFont(big);
    m_outcome = makeWrappingLabel(QStringLiteral("chaosOutcome"), this);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_probes = makeTable({tr("Probe"), tr("Tolerance"), tr("At rest"), tr("During the faults"), tr("Verdict")}, this);
    m_probes->setObjectName(QStringLiteral("chaosProbesTable"));
    m_recovery = makeWrappingLabel(QStringLiteral("chaosRecovery"), this);
    m_verdict = makeWrappingLabel(QStringLiteral("chaosVerdict"), this);
    m_money = makeWrappingLabel(QStringLiteral("chaosMoney"), this);
    m_events = makeTable({tr("At"), tr("What"), tr("Detail")}, this);
    m_events->setObjectName(QStringLiteral("chaosEventsTable"));

    auto *figures = new QFormLayout;
    figures->addRow(tr("Time to recover:"), m_recovery);
    figures->addRow(tr("Orders and stock:"), m_verdict);
    figures->addRow(tr("Money at risk:"), m_money);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_title);
    column->addWidget(m_outcome);
    column->addWidget(m_probes, 2);
    column->addLayout(figures);
    column->addWidget(new QLabel(tr("Timeline:"), this));
    column->addWidget(m_events, 3);
    // In a scroll area: below this the area scrolls instead of squeezing the wrapped lines.
    setMinimumHeight(560);
    showWaiting(tr("Pick an experiment and start it, or open a saved chaos run."));
}

void ChaosReportView::showWaiting(const QString &message)
{
    m_title->setText(message);
    m_outcome->clear();
    m_outcome->setStyleSheet(QString());
    m_probes->setRowCount(0);
    m_recovery->setText(QStringLiteral("—"));
    m_verdict->setText(QStringLiteral("—"));
    m_money->setText(QStringLiteral("—"));
    m_events->setRowCount(0);
}

void ChaosReportView::addEvent(const ChaosEventFigures &event)
{
    const int row = m_events->rowCount();
    m_events->insertRow(row);
    const bool bad = event.kind == QLatin1String("abort") || event.kind == QLatin1String("fault_error") || event.kind == QLatin1String("lost");
    setRow(m_events, row, {tr("%1 s").arg(QLocale().toString(event.atSeconds, 'f', 2)), event.kind, event.detail}, bad ? kFail : QColor(), 1);
    m_events->scrollToBottom();
}

void ChaosReportView::showReport(const ChaosFigures &f, const QString &title)
{
    m_title->setText(title);
    m_outcome->setText(f.outcomeText());
    m_outcome->setStyleSheet(QStringLiteral("color: %1").arg((f.passed ? kPass : kFail).name()));
    fillProbes(f);
    m_recovery->setText(f.methodRun ? f.timeToRecoverText() + tr(" after the last fault was taken out")
                                    : tr("no fault was injected"));
    m_verdict->setText(verdictText(f));
    m_money->setText(f.moneyInWords.isEmpty() ? QStringLiteral("—") : f.moneyInWords);
    m_events->setRowCount(0);
    for (const auto &e : f.timeline)
        addEvent(e);
    m_events->scrollToTop();
}

void ChaosReportView::fillProbes(const ChaosFigures &f)
{
    const QList<ChaosProbeFigures> &rows = f.atRest.isEmpty() ? f.duringMethod : f.atRest;
    m_probes->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ChaosProbeFigures *during = nullptr;
        for (const auto &p : f.duringMethod)
            if (p.name == rows[r].name)
                during = &p;
        const ChaosProbeFigures *atRest = f.atRest.isEmpty() ? nullptr : &f.atRest[r];
        // The verdict of a probe is its verdict over the method; at rest only when the method never ran.
        const ChaosProbeFigures &judged = during ? *during : rows[r];
        const QString verdict = during || !f.methodRun ? (judged.passed ? tr("PASS") : tr("FAIL")) : QStringLiteral("—");
        setRow(m_probes, r,
               {rows[r].name, rows[r].tolerance, atRest ? atRest->valueText() : QStringLiteral("—"),
                during ? during->valueText() : (f.methodRun ? QStringLiteral("—") : tr("not run")), verdict},
               judged.passed ? kPass : kFail, 4);
    }
}

QString ChaosReportView::verdictText(const ChaosFigures &f) const
{
    if (!f.verdictRead)
        return tr("not checked (the run did not get that far)");
    if (f.verdictPassed)
        return tr("nothing oversold, the ledger matches the stock, no acknowledged order lost");
    return tr("%n problem(s): %1", nullptr, int(f.violations.size())).arg(f.violations.join(QStringLiteral("; ")));
}

} // namespace backroom::ui
