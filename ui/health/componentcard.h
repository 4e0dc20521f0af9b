#pragma once
// ComponentCard: one component of one `serve` instance (or this window's own database breaker) on the
// health screen: its state in colour (green CLOSED/UP, amber HALF_OPEN, red OPEN/FORCED_OPEN/DOWN, grey and
// "no heartbeat since …" for a stale instance, never shown as healthy), failure rate, p95, last error,
// time in state, a chart of failure rate and p95 over the last 15 minutes, and the operator actions
// (force open, close, reset, disable) for breakers. Shows what the model holds; asks its section to act.
// GUI thread.

#include "componenthealthmodel.h"
#include "resilience/healthcommands.h"

#include <QFrame>
#include <QHash>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QValueAxis;

namespace backroom::ui {

class ComponentCard : public QFrame {
    Q_OBJECT
public:
    explicit ComponentCard(const QString &key, QWidget *parent = nullptr);

    const QString &key() const { return m_key; }
    void show(const ComponentEntry &entry, const QDateTime &nowUtc);
    void showSamples(const QList<HealthSample> &samples, const QDateTime &nowUtc);
    // A line under the figures: what happened to the last operator action.
    void showActionMessage(const QString &text, bool problem);

    HealthTone tone() const { return m_tone; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *staleLabel() const { return m_stale; }
    QLabel *figuresLabel() const { return m_figures; }
    QLabel *actionMessageLabel() const { return m_actionMessage; }
    QPushButton *actionButton(resilience::HealthAction action) const { return m_buttons.value(int(action)); }
    QLineSeries *failureRateSeries() const { return m_failureSeries; }
    QLineSeries *p95Series() const { return m_p95Series; }

signals:
    void actionRequested(const QString &key, backroom::resilience::HealthAction action);

private:
    QString figuresText(const resilience::ComponentSnapshot &c) const;

    QString m_key;
    HealthTone m_tone = HealthTone::Neutral;
    QLabel *m_title = nullptr;
    QLabel *m_instance = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_stale = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_actionMessage = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_failureSeries = nullptr;
    QLineSeries *m_p95Series = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_p95Axis = nullptr;
    QHash<int, QPushButton *> m_buttons;
};

} // namespace backroom::ui
