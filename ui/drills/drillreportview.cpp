#include "drillreportview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom::ui {

namespace {

QLabel *makeLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidget *makeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

QString countText(qint64 n) { return QLocale().toString(n); }

} // namespace

DrillReportView::DrillReportView(QWidget *parent) : QWidget(parent)
{
    m_title = makeLabel(this, "reportTitle");
    m_verdict = makeLabel(this, "verdictLabel");
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_note = makeLabel(this, "reportNote");
    m_figures = makeLabel(this, "reportFigures");
    m_violations = makeLabel(this, "violationsLabel");
    m_violations->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_operations = makeTable(this, "operationsTable",
                             {tr("Operation"), tr("OK"), tr("Refused"), tr("Errors"), tr("p50"), tr("p90"), tr("p95"),
                              tr("p99"), tr("p99.9"), tr("max")});
    m_errorsTitle = makeLabel(this, "errorsTitle");
    m_errorsTitle->setText(tr("Errors by kind"));
    m_errors = makeTable(this, "errorsTable", {tr("Kind"), tr("Count")});
    m_thresholdsTitle = makeLabel(this, "thresholdsTitle");
    m_thresholdsTitle->setText(tr("Thresholds"));
    m_thresholds = makeTable(this, "thresholdsTable", {tr("Threshold"), tr("Actual"), tr("Result")});
    m_shootout = makeTable(this, "shootoutTable",
                           {tr("Strategy"), tr("Buyers"), tr("Attempts"), tr("Successes"), tr("Conflicts"), tr("Orders/s"),
                            tr("p99"), tr("p99.9"), tr("Verdict")});

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_title);
    column->addWidget(m_verdict);
    column->addWidget(m_note);
    column->addWidget(m_violations);
    column->addWidget(m_figures);
    column->addWidget(m_operations);
    column->addWidget(m_shootout);
    column->addWidget(m_errorsTitle);
    column->addWidget(m_errors);
    column->addWidget(m_thresholdsTitle);
    column->addWidget(m_thresholds);
    column->addStretch(1);
    showWaiting(tr("No drill yet: choose a scenario and start one, or open a saved run."));
}

void DrillReportView::showWaiting(const QString &text)
{
    m_title->setText(text);
    m_verdict->clear();
    m_verdict->hide();
    m_note->hide();
    m_violations->hide();
    m_figures->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_operations, m_shootout, m_errorsTitle, m_errors, m_thresholdsTitle, m_thresholds})
        w->hide();
}

void DrillReportView::setNote(const QString &text, bool problem)
{
    m_note->setText(text);
    m_note->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_note->setVisible(!text.isEmpty());
}

void DrillReportView::showVerdict(bool passed, const QStringList &violations)
{
    m_verdict->setText(passed ? tr("PASS") : tr("FAIL"));
    m_verdict->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(passed ? QStringLiteral("#1e7b34") : QStringLiteral("#b3261e")));
    m_verdict->show();
    m_violations->setText(violations.join(QLatin1Char('\n')));
    m_violations->setVisible(!violations.isEmpty());
}

void DrillReportView::showLoadTables(bool load)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_operations, m_errorsTitle, m_errors, m_thresholdsTitle, m_thresholds})
        w->setVisible(load);
    m_shootout->setVisible(!load);
}

void DrillReportView::showLoadReport(const QJsonObject &report, const QString &title)
{
    const LoadFigures f = loadFiguresFromJson(report);
    m_title->setText(title);
    QStringList violations;
    for (const auto &v : f.violations)
        violations << tr("[%1] %2").arg(v.kind, v.detail);
    for (const auto &t : f.thresholds)
        if (!t.passed)
            violations << tr("[threshold] %1 missed (actual %2)").arg(t.text, t.actualText());
    showVerdict(f.passed(), violations);
    m_figures->setText(figuresText(f));
    fillOperations(f);
    fillErrors(f);
    fillThresholds(f);
    showLoadTables(true);
    m_errorsTitle->setVisible(!f.errorsByKind.isEmpty());
    m_errors->setVisible(!f.errorsByKind.isEmpty());
    m_thresholdsTitle->setVisible(!f.thresholds.isEmpty());
    m_thresholds->setVisible(!f.thresholds.isEmpty());
}

QString DrillReportView::figuresText(const LoadFigures &f) const
{
    QStringList lines;
    lines << tr("%1 model, %2 s%3: %4 answers/s, %5 orders acknowledged, %6 out of stock, %7 errors")
                 .arg(f.model == QLatin1String("open") ? tr("Open") : tr("Closed"))
                 .arg(QLocale().toString(f.seconds, 'f', 1))
                 .arg(f.wasCancelled ? tr(" (stopped early)") : QString())
                 .arg(QLocale().toString(f.throughput, 'f', 1))
                 .arg(countText(f.acknowledged), countText(f.outOfStock), countText(f.errors()));
    lines << tr("Dropped %1 · not started %2 · cancelled %3 · lost with a connection %4")
                 .arg(countText(f.dropped), countText(f.notStarted), countText(f.cancelled), countText(f.indeterminate));
    if (!f.target.isEmpty())
        lines << tr("Target %1 · stock strategy %2 · %3 checkout attempts, %4 conflicts (retried)")
                     .arg(f.target, f.strategy, countText(f.attempts), countText(f.conflicts));
    lines << tr("Peak memory %1 · peak buyers %2")
                 .arg(bytesText(f.peakMemoryBytes), f.peakBuyers ? countText(*f.peakBuyers) : QStringLiteral("—"));
    return lines.join(QLatin1Char('\n'));
}

void DrillReportView::fillOperations(const LoadFigures &f)
{
    m_operations->setRowCount(int(f.operations.size()));
    for (int r = 0; r < f.operations.size(); ++r) {
        const OperationFigures &op = f.operations[r];
        const LatencyFigures &l = op.latency;
        setRow(m_operations, r,
               {op.name == QLatin1String("all") ? tr("all (per operation not reported)") : op.name, countText(op.ok),
                countText(op.refused), countText(op.errors), millisecondsText(l.p50), millisecondsText(l.p90),
                millisecondsText(l.p95), millisecondsText(l.p99), millisecondsText(l.p999), millisecondsText(l.max)});
    }
}

void DrillReportView::fillErrors(const LoadFigures &f)
{
    m_errors->setRowCount(int(f.errorsByKind.size()));
    int r = 0;
    for (auto it = f.errorsByKind.begin(); it != f.errorsByKind.end(); ++it, ++r)
        setRow(m_errors, r, {it.key(), countText(it.value())});
}

void DrillReportView::fillThresholds(const LoadFigures &f)
{
    m_thresholds->setRowCount(int(f.thresholds.size()));
    for (int r = 0; r < f.thresholds.size(); ++r) {
        const ThresholdFigures &t = f.thresholds[r];
        setRow(m_thresholds, r,
               {t.text, t.actualText(),
                t.passed ? tr("met") : tr("MISSED")});
    }
}

void DrillReportView::beginShootout(const QString &title)
{
    m_title->setText(title);
    m_shootoutRows.clear();
    m_shootout->setRowCount(0);
    m_verdict->hide();
    m_violations->hide();
    m_note->hide();
    m_figures->setText(tr("Each strategy runs the same load on one hot SKU; rows appear as runs finish."));
    showLoadTables(false);
}

void DrillReportView::addShootoutRow(const QJsonObject &json)
{
    const ShootoutFigures f = shootoutFiguresFromJson(json);
    m_shootoutRows << f;
    const int r = m_shootout->rowCount();
    m_shootout->insertRow(r);
    setRow(m_shootout, r,
           {f.strategy, countText(f.buyers), countText(f.attempts), countText(f.successes), countText(f.conflicts),
            QLocale().toString(f.ordersPerSecond, 'f', 1), millisecondsText(f.p99), millisecondsText(f.p999),
            f.passed ? tr("PASS") : tr("FAIL")});
    m_shootout->item(r, 8)->setForeground(f.passed ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb3, 0x26, 0x1e));
    updateShootoutVerdict();
}

void DrillReportView::updateShootoutVerdict()
{
    bool passed = !m_shootoutRows.isEmpty();
    QStringList violations;
    for (const auto &row : std::as_const(m_shootoutRows)) {
        passed = passed && row.passed;
        for (const QString &v : row.violations)
            violations << tr("[%1 × %2] %3").arg(row.strategy).arg(row.buyers).arg(v);
    }
    showVerdict(passed, violations);
}

void DrillReportView::showShootoutReport(const QJsonObject &report, const QString &title)
{
    beginShootout(title);
    m_figures->setText(report.value(QStringLiteral("was_cancelled")).toBool()
                           ? tr("Stopped early: the strategies not listed did not run.")
                           : QString());
    for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
        addShootoutRow(row.toObject());
    if (m_shootoutRows.isEmpty())
        showVerdict(false, {tr("No strategy finished a run.")});
}

} // namespace backroom::ui
