#include "drillcharts.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>

namespace backroom::ui {

namespace {

QLineSeries *makeSeries(const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    return series;
}

} // namespace

DrillCharts::DrillCharts(QWidget *parent) : QWidget(parent)
{
    m_answered = makeSeries(tr("answers"));
    m_acknowledged = makeSeries(tr("orders"));
    m_target = makeSeries(tr("target"));
    m_target->setPen(QPen(Qt::gray, 1.5, Qt::DashLine));
    m_p95 = makeSeries(tr("p95"));
    m_p99 = makeSeries(tr("p99"));
    m_errors = makeSeries(tr("errors"));
    m_errors->setColor(QColor(0xb3, 0x26, 0x1e));
    m_dropped = makeSeries(tr("dropped"));
    m_dropped->setColor(QColor(0xc7, 0x7c, 0x00));
    m_charts[0] = makeChart(tr("Throughput per second"), tr("/s"), {m_answered, m_acknowledged, m_target});
    m_charts[1] = makeChart(tr("Latency, ms"), tr("ms"), {m_p95, m_p99});
    m_charts[2] = makeChart(tr("Errors and dropped per second"), tr("/s"), {m_errors, m_dropped});
    m_charts[0].view->setObjectName(QStringLiteral("throughputChart"));
    m_charts[1].view->setObjectName(QStringLiteral("latencyChart"));
    m_charts[2].view->setObjectName(QStringLiteral("errorsChart"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (const Chart &c : m_charts)
        row->addWidget(c.view, 1);
    clear();
}

DrillCharts::Chart DrillCharts::makeChart(const QString &title, const QString &unit,
                                          std::initializer_list<QLineSeries *> series)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.time = new QValueAxis;
    c.time->setTitleText(tr("s"));
    c.time->setLabelFormat(QStringLiteral("%d"));
    c.values = new QValueAxis;
    c.values->setTitleText(unit);
    c.values->setLabelFormat(QStringLiteral("%g"));
    c.chart->addAxis(c.time, Qt::AlignBottom);
    c.chart->addAxis(c.values, Qt::AlignLeft);
    for (QLineSeries *s : series) {
        c.chart->addSeries(s);
        s->attachAxis(c.time);
        s->attachAxis(c.values);
    }
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(260);
    return c;
}

void DrillCharts::addSample(const drills::LoadDrillSample &sample)
{
    const double at = sample.atSeconds;
    append(m_charts[0], m_answered, at, sample.answeredPerSecond);
    append(m_charts[0], m_acknowledged, at, sample.acknowledgedPerSecond);
    if (sample.targetRate > 0)
        append(m_charts[0], m_target, at, sample.targetRate);
    append(m_charts[1], m_p95, at, sample.p95Ms);
    append(m_charts[1], m_p99, at, sample.p99Ms);
    append(m_charts[2], m_errors, at, double(sample.errors));
    append(m_charts[2], m_dropped, at, double(sample.dropped));
    scroll(at);
}

void DrillCharts::append(Chart &chart, QLineSeries *series, double at, double value)
{
    series->append(at, value);
    // Let go of points that scrolled out (one behind the window keeps the line entering from the left).
    int stale = 0;
    while (stale + 1 < series->count() && series->at(stale + 1).x() < at - kWindowSeconds)
        ++stale;
    if (stale > 0)
        series->removePoints(0, stale);
    chart.maxValue = std::max(chart.maxValue, value);
    chart.values->setRange(0, std::max(1.0, chart.maxValue * 1.1));
}

void DrillCharts::scroll(double at)
{
    const double end = std::max(at, 10.0);
    const double start = std::max(0.0, end - kWindowSeconds);
    for (Chart &c : m_charts)
        c.time->setRange(start, end);
}

void DrillCharts::clear()
{
    for (QLineSeries *s : {m_answered, m_acknowledged, m_target, m_p95, m_p99, m_errors, m_dropped})
        s->clear();
    for (Chart &c : m_charts) {
        c.maxValue = 0;
        c.values->setRange(0, 1);
    }
    scroll(0);
}

QValueAxis *DrillCharts::timeAxis(int chart) const { return m_charts[std::clamp(chart, 0, 2)].time; }

} // namespace backroom::ui
