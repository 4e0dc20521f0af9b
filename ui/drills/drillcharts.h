#pragma once
// DrillCharts: the live charts of a running drill, one point per LoadDrillSample (a second): throughput
// (answers and acknowledged per second) against the rate the open model asks for, p95 and p99 of the
// answers in that second, and errors and dropped iterations per second. The time axis scrolls: the last
// kWindowSeconds are shown, older points are let go. GUI thread.

#include "drills/loaddrill.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace backroom::ui {

class DrillCharts : public QWidget {
    Q_OBJECT
public:
    explicit DrillCharts(QWidget *parent = nullptr);

    static constexpr double kWindowSeconds = 120;

    void addSample(const drills::LoadDrillSample &sample);
    void clear();

    QLineSeries *throughputSeries() const { return m_answered; }
    QLineSeries *acknowledgedSeries() const { return m_acknowledged; }
    QLineSeries *targetRateSeries() const { return m_target; }
    QLineSeries *p95Series() const { return m_p95; }
    QLineSeries *p99Series() const { return m_p99; }
    QLineSeries *errorsSeries() const { return m_errors; }
    QLineSeries *droppedSeries() const { return m_dropped; }
    QValueAxis *timeAxis(int chart) const;   // 0 throughput, 1 latency, 2 errors

private:
    struct Chart {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QValueAxis *time = nullptr;
        QValueAxis *values = nullptr;
        double maxValue = 0;
    };
    Chart makeChart(const QString &title, const QString &unit, std::initializer_list<QLineSeries *> series);
    void append(Chart &chart, QLineSeries *series, double at, double value);
    void scroll(double at);

    QLineSeries *m_answered, *m_acknowledged, *m_target, *m_p95, *m_p99, *m_errors, *m_dropped;
    Chart m_charts[3];
};

} // namespace backroom::ui
