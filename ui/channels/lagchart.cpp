#include "lagchart.h"

#include "channelcard.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace backroom::ui {

LagChart::LagChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("lagChart"));
    auto *chart = new QChart;
    chart->setTitle(tr("Sync lag per minute (ms): p50 dashed, p95 solid"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(7);
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setRange(now.addSecs(-3600), now);
    m_lag = new QValueAxis;
    m_lag->setLabelFormat(QStringLiteral("%d"));
    m_lag->setTitleText(tr("ms"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_lag, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setAccessibleName(tr("Sync lag chart"));
}

QLineSeries *LagChart::series(const QString &channel, const QString &percentile) const
{
    return m_series.value(channel + QLatin1Char('/') + percentile);
}

QLineSeries *LagChart::seriesFor(const QString &channel, const QString &percentile)
{
    const QString key = channel + QLatin1Char('/') + percentile;
    if (QLineSeries *s = m_series.value(key))
        return s;
    auto *s = new QLineSeries;
    s->setName(tr("%1 %2").arg(ChannelCard::displayName(channel), percentile));
    s->setPointsVisible(true);
    chart()->addSeries(s);
    s->attachAxis(m_time);
    s->attachAxis(m_lag);
    // Same colour per channel; p50 dashed so the two read apart without colour.
    if (percentile == QLatin1String("p50")) {
        if (QLineSeries *p95 = series(channel, QStringLiteral("p95"))) {
            QPen pen = p95->pen();
            pen.setStyle(Qt::DashLine);
            s->setPen(pen);
        } else {
            QPen pen = s->pen();
            pen.setStyle(Qt::DashLine);
            s->setPen(pen);
        }
    }
    m_series.insert(key, s);
    return s;
}

void LagChart::showHistory(const QList<channels::LagPoint> &points, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QHash<QString, QList<QPointF>> p50, p95;
    double top = 0;
    for (const channels::LagPoint &p : points) {
        if (p.pushes == 0)
            continue;   // a minute of errors only has no lag to show
        const double x = double(p.minuteUtc.toMSecsSinceEpoch());
        p50[p.channel].append({x, p.lagP50Ms});
        p95[p.channel].append({x, p.lagP95Ms});
        top = std::max(top, p.lagP95Ms);
    }
    for (auto it = p95.cbegin(); it != p95.cend(); ++it) {
        seriesFor(it.key(), QStringLiteral("p95"))->replace(it.value());
        seriesFor(it.key(), QStringLiteral("p50"))->replace(p50.value(it.key()));
    }
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const QString channel = it.key().section(QLatin1Char('/'), 0, 0);
        if (!p95.contains(channel))
            it.value()->clear();
    }
    m_time->setRange(fromUtc.toLocalTime(), toUtc.toLocalTime());   // after the series: attaching resets it
    m_lag->setRange(0, top > 0 ? top * 1.15 : 1000);
}

} // namespace backroom::ui
