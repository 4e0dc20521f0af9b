#pragma once
// ChaosReportView: a chaos run's report in plain words, under its timeline chart: the outcome (PASS, or
// the first reason it failed), each probe of the steady-state hypothesis at rest and during the faults
// with its tolerance and verdict, time to recover, what the drill verdict found (oversold, ledger !=
// stock, acknowledged orders lost), the money at risk as MoneyAtRisk words it, and the timeline's events
// as a list. Fed ChaosFigures (a finished run, a saved one, or the events of a live one). GUI thread.

#include "chaosfigures.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace backroom::ui {

class ChaosReportView : public QWidget {
    Q_OBJECT
public:
    explicit ChaosReportView(QWidget *parent = nullptr);

    void showReport(const ChaosFigures &figures, const QString &title);
    void showWaiting(const QString &message);   // clears the figures
    void addEvent(const ChaosEventFigures &event);   // a live run's timeline, one row at a time

    QLabel *titleLabel() const { return m_title; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QTableWidget *probesTable() const { return m_probes; }
    QLabel *recoveryLabel() const { return m_recovery; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *moneyLabel() const { return m_money; }
    QTableWidget *eventsTable() const { return m_events; }

private:
    void fillProbes(const ChaosFigures &figures);
    QString verdictText(const ChaosFigures &figures) const;

    QLabel *m_title = nullptr;
    QLabel *m_outcome = nullptr;
    QTableWidget *m_probes = nullptr;
    QLabel *m_recovery = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_money = nullptr;
    QTableWidget *m_events = nullptr;
};

} // namespace backroom::ui
