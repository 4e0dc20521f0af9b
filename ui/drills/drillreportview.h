#pragma once
// DrillReportView: a drill's final report, from its saved JSON (drillfigures.h), the same for a run just
// finished and one opened from the saved list: the verdict in large words (PASS / FAIL with every
// violation listed), the key figures, a per-operation table (ok, refused, errors, p50..p99.9, max),
// errors by kind, thresholds with their actual values; or, for a shoot-out, the four-strategy table
// filled row by row as runs finish. GUI thread.

#include "drillfigures.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace backroom::ui {

class DrillReportView : public QWidget {
    Q_OBJECT
public:
    explicit DrillReportView(QWidget *parent = nullptr);

    // title: which run ("Run 12 · 29 Nov 14:02", "This run: not saved (…)").
    void showLoadReport(const QJsonObject &report, const QString &title);
    void beginShootout(const QString &title);
    void addShootoutRow(const QJsonObject &row);
    void showShootoutReport(const QJsonObject &report, const QString &title);
    void showWaiting(const QString &text);   // no report yet: what is happening
    void setNote(const QString &text, bool problem);   // a line under the title (save or undo problem)

    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *figuresLabel() const { return m_figures; }
    QLabel *violationsLabel() const { return m_violations; }
    QLabel *noteLabel() const { return m_note; }
    QTableWidget *operationsTable() const { return m_operations; }
    QTableWidget *errorsTable() const { return m_errors; }
    QTableWidget *thresholdsTable() const { return m_thresholds; }
    QTableWidget *shootoutTable() const { return m_shootout; }

private:
    void showVerdict(bool passed, const QStringList &violations);
    void fillOperations(const LoadFigures &f);
    void fillErrors(const LoadFigures &f);
    void fillThresholds(const LoadFigures &f);
    QString figuresText(const LoadFigures &f) const;
    void showLoadTables(bool load);
    void updateShootoutVerdict();

    QLabel *m_title = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_violations = nullptr;
    QLabel *m_errorsTitle = nullptr;
    QLabel *m_thresholdsTitle = nullptr;
    QTableWidget *m_operations = nullptr;
    QTableWidget *m_errors = nullptr;
    QTableWidget *m_thresholds = nullptr;
    QTableWidget *m_shootout = nullptr;
    QList<ShootoutFigures> m_shootoutRows;
};

} // namespace backroom::ui
