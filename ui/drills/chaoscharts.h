#pragma once
// ChaosCharts: a chaos run's timeline drawn with QtCharts, live or from a saved report: checkouts
// answered and failed per second, payments taken and refused per second, the spans with a fault in
// shaded, and markers for breaker transitions, lost and re-established database connections, an abort
// and the moment the shop recovered. The per-second figures are the run's own (chaos::LoadSecond); a
// partial second is never drawn. GUI thread.

#include "chaosfigures.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace backroom::ui {

class ChaosCharts : public QWidget {
    Q_OBJECT
public:
    explicit ChaosCharts(QWidget *parent = nullptr);

    // Redraws everything from these figures (a finished run, a saved one, or a live run so far).
    void showFigures(const ChaosFigures &figures);
    void clear();

    QChartView *view() const { return m_view; }
    QLineSeries *checkoutsOkSeries() const { return m_checkoutsOk; }
    QLineSeries *checkoutsFailedSeries() const { return m_checkoutsFailed; }
    QLineSeries *paymentsOkSeries() const { return m_paymentsOk; }
    QLineSeries *rejectedSeries() const { return m_rejected; }
    QAreaSeries *faultArea() const { return m_faultArea; }
    QScatterSeries *breakerMarkers() const { return m_breakers; }
    QScatterSeries *connectionMarkers() const { return m_connections; }
    QScatterSeries *recoveredMarkers() const { return m_recovered; }
    QScatterSeries *abortMarkers() const { return m_aborts; }
    QValueAxis *timeAxis() const { return m_time; }

private:
    void drawFaultBands(const QList<FaultBand> &bands, double top);
    void placeMarkers(QScatterSeries *series, const QList<ChaosEventFigures> &events, double y);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
    QLineSeries *m_checkoutsOk = nullptr, *m_checkoutsFailed = nullptr, *m_paymentsOk = nullptr, *m_rejected = nullptr;
    QLineSeries *m_faultUpper = nullptr;
    QAreaSeries *m_faultArea = nullptr;
    QScatterSeries *m_breakers = nullptr, *m_connections = nullptr, *m_recovered = nullptr, *m_aborts = nullptr;
};

} // namespace backroom::ui
