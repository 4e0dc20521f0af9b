#include "chaoscharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace backroom::ui {

namespace {

QLineSeries *makeLine(const QString &name, const QColor &color)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(QPen(color, 2));
    return series;
}

QScatterSeries *makeMarkers(const QString &name, const QColor &color, QScatterSeries::MarkerShape shape)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(color.darker(130));
    series->setMarkerShape(shape);
    series->setMarkerSize(11);
    return series;
}

} // namespace

ChaosCharts::ChaosCharts(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setTitle(tr("Checkouts and payments per second; faults shaded"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_time = new QValueAxis;
    m_time->setTitleText(tr("seconds since the run started"));
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_values = new QValueAxis;
    m_values->setTitleText(tr("per second"));
    m_values->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);

    m_faultUpper = new QLineSeries(this);
    m_faultArea = new QAreaSeries(m_faultUpper);
    m_faultArea->setName(tr("fault in"));
    m_faultArea->setBrush(QColor(0xd3, 0x2f, 0x2f, 48));
    m_faultArea->setPen(QPen(QColor(0xd3, 0x2f, 0x2f, 120), 1, Qt::DashLine));
    m_checkoutsOk = makeLine(tr("answered"), QColor(0x1e, 0x7b, 0x34));
    m_checkoutsFailed = makeLine(tr("failed"), QColor(0xb3, 0x26, 0x1e));
    m_paymentsOk = makeLine(tr("paid"), QColor(0x15, 0x65, 0xc0));
    m_rejected = makeLine(tr("refused"), QColor(0xc7, 0x7c, 0x00));
    m_paymentsOk->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2, Qt::DashLine));   // often on top of "answered"
    m_breakers = makeMarkers(tr("breaker"), QColor(0x6a, 0x1b, 0x9a), QScatterSeries::MarkerShapeTriangle);
    m_connections = makeMarkers(tr("connection"), QColor(0x45, 0x5a, 0x64), QScatterSeries::MarkerShapeRectangle);
    m_recovered = makeMarkers(tr("recovered"), QColor(0x2e, 0x7d, 0x32), QScatterSeries::MarkerShapeStar);
    m_aborts = makeMarkers(tr("stop"), QColor(0xb3, 0x26, 0x1e), QScatterSeries::MarkerShapeRotatedRectangle);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_faultArea, m_checkoutsOk, m_checkoutsFailed, m_paymentsOk,
                                                                       m_rejected, m_breakers, m_connections, m_recovered, m_aborts}) {
        m_chart->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(m_values);
    }
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("chaosTimelineChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_view);
    clear();
}

void ChaosCharts::clear()
{
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_checkoutsOk, m_checkoutsFailed, m_paymentsOk, m_rejected, m_faultUpper,
                                                           m_breakers, m_connections, m_recovered, m_aborts})
        s->clear();
    m_time->setRange(0, 10);
    m_values->setRange(0, 10);
}

void ChaosCharts::showFigures(const ChaosFigures &f)
{
    clear();
    QList<QPointF> ok, failed, paid, refused;
    double top = 1;
    for (const auto &s : f.wholeSeconds()) {
        const double at = s.atSeconds + 1;   // a second is drawn where it ended
        ok << QPointF(at, double(s.checkoutsOk));
        failed << QPointF(at, double(s.checkouts - s.checkoutsOk));
        paid << QPointF(at, double(s.paymentsOk));
        refused << QPointF(at, double(s.rejected));
        top = std::max({top, double(s.checkouts), double(s.payments)});
    }
    m_checkoutsOk->replace(ok);
    m_checkoutsFailed->replace(failed);
    m_paymentsOk->replace(paid);
    m_rejected->replace(refused);
    top *= 1.15;
    drawFaultBands(f.faultBands(), top);
    placeMarkers(m_breakers, f.eventsOfKind(QStringLiteral("breaker")), top * 0.95);
    placeMarkers(m_connections, f.eventsOfKind(QStringLiteral("lost")) + f.eventsOfKind(QStringLiteral("reconnect")), top * 0.88);
    if (const auto recovered = f.recoveredAt())
        m_recovered->replace({QPointF(*recovered, top * 0.81)});
    placeMarkers(m_aborts, f.eventsOfKind(QStringLiteral("abort")), top * 0.74);
    m_time->setRange(0, std::max(10.0, std::ceil(f.lastSecond())));
    m_values->setRange(0, std::ceil(top));
    m_time->applyNiceNumbers();
}

void ChaosCharts::drawFaultBands(const QList<FaultBand> &bands, double top)
{
    QList<QPointF> upper;
    for (const FaultBand &b : bands)
        upper << QPointF(b.from, 0) << QPointF(b.from, top) << QPointF(b.to, top) << QPointF(b.to, 0);
    m_faultUpper->replace(upper);
}

void ChaosCharts::placeMarkers(QScatterSeries *series, const QList<ChaosEventFigures> &events, double y)
{
    QList<QPointF> points;
    for (const auto &e : events)
        points << QPointF(e.atSeconds, y);
    series->replace(points);
}

} // namespace backroom::ui
