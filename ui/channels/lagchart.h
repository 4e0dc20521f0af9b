#pragma once
// LagChart: the Channels screen's chart of sync lag over time: per marketplace, p50 and p95 (ms) of each
// minute's pushes (core's readLagHistory), over the window the screen asks for. GUI thread.

#include "channels/channelstatus.h"

#include <QChartView>
#include <QHash>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace backroom::ui {

class LagChart : public QChartView {
    Q_OBJECT
public:
    explicit LagChart(QWidget *parent = nullptr);

    void showHistory(const QList<channels::LagPoint> &points, const QDateTime &fromUtc, const QDateTime &toUtc);
    // The series drawn for a channel: "p50" or "p95"; null when the channel has no points.
    QLineSeries *series(const QString &channel, const QString &percentile) const;

private:
    QLineSeries *seriesFor(const QString &channel, const QString &percentile);

    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_lag = nullptr;
    QHash<QString, QLineSeries *> m_series;   // "<channel>/<p50|p95>"
};

} // namespace backroom::ui
