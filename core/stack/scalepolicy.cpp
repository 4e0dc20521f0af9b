#include "stack/scalepolicy.h"
#include "coretext.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace backroom::stack {
namespace {

QString figure(double value) { return QString::number(value, 'f', 2); }

// Nearest-rank p95 of a few values (one per instance): with up to 19 values it is the largest.
double p95(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(0.95 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace

QString ScalePolicyConfig::problem() const
{
    if (minInstances < 1)
        return StackText::tr("The minimum number of instances must be at least 1.");
    if (maxInstances < minInstances)
        return StackText::tr("The maximum number of instances (%1) is below the minimum (%2).").arg(maxInstances).arg(minInstances);
    if (!(saturationUp > 0 && saturationUp <= 1))
        return StackText::tr("The scale-up saturation must be above 0 and at most 1.");
    if (!(saturationDown >= 0 && saturationDown < saturationUp))
        return StackText::tr("The scale-down saturation must be at least 0 and below the scale-up saturation.");
    if (!(latencyDownMs >= 0 && latencyDownMs < latencyUpMs))
        return StackText::tr("The scale-down latency must be at least 0 and below the scale-up latency.");
    if (ticksAboveToScaleUp < 1 || ticksBelowToScaleDown < 1)
        return StackText::tr("The number of ticks before scaling must be at least 1.");
    if (cooldown.count() < 0)
        return StackText::tr("The cooldown cannot be negative.");
    return {};
}

TickLoad summarize(const QList<LoadSample> &samples)
{
    TickLoad load;
    load.samples = int(samples.size());
    if (samples.isEmpty())
        return load;
    double sum = 0;
    QList<double> latencies;
    for (const LoadSample &s : samples) {
        sum += s.reachable ? std::clamp(s.saturation, 0.0, 1.0) : 1.0;
        latencies.append(s.latencyMs);
    }
    load.meanSaturation = sum / double(samples.size());
    load.latencyP95Ms = p95(latencies);
    return load;
}

ScalePolicy::ScalePolicy(ScalePolicyConfig config, const net::Clock &clock) : m_config(config), m_clock(clock) {}

bool ScalePolicy::coolingDown() const
{
    return m_lastChange && m_clock.now() - *m_lastChange < m_config.cooldown;
}

ScaleDecision ScalePolicy::decide(ScaleDirection direction, int from, int to, QString reason)
{
    m_lastChange = m_clock.now();
    m_above = 0;
    m_below = 0;
    return ScaleDecision{direction, from, to, std::move(reason)};
}

ScaleDecision ScalePolicy::observe(int current, const QList<LoadSample> &samples)
{
    const ScalePolicyConfig &c = m_config;
    m_last = summarize(samples);
    if (current < c.minInstances)
        return decide(ScaleDirection::Up, current, current + 1,
                      StackText::tr("%1 instances, below the minimum of %2").arg(current).arg(c.minInstances));
    if (current > c.maxInstances)
        return decide(ScaleDirection::Down, current, current - 1,
                      StackText::tr("%1 instances, above the maximum of %2").arg(current).arg(c.maxInstances));
    const ScaleDecision hold{ScaleDirection::Hold, current, current, {}};
    if (m_last.samples == 0)   // nothing ready to judge yet (instances still starting)
        return hold;

    // A mean of equal samples can miss its threshold by a rounding error (0.2 * 3 / 3 > 0.2): compare with slack.
    constexpr double slack = 1e-9;
    const bool saturated = m_last.meanSaturation >= c.saturationUp - slack;
    const bool high = saturated || m_last.latencyP95Ms >= c.latencyUpMs;
    // Spread over one instance fewer, would the same load call for it back?
    const double withOneFewer = current > 1 ? m_last.meanSaturation * current / (current - 1) : 1.0;
    const bool low = m_last.meanSaturation <= c.saturationDown + slack && m_last.latencyP95Ms <= c.latencyDownMs
                     && withOneFewer < c.saturationUp - slack;
    m_above = high ? m_above + 1 : 0;
    m_below = low ? m_below + 1 : 0;
    if (coolingDown())
        return hold;

    if (m_above >= c.ticksAboveToScaleUp && current < c.maxInstances) {
        const QString why = saturated
                                ? StackText::tr("mean saturation %1 >= %2 for %3 ticks")
                                      .arg(figure(m_last.meanSaturation), figure(c.saturationUp)).arg(m_above)
                                : StackText::tr("latency p95 %1 ms >= %2 ms for %3 ticks")
                                      .arg(QString::number(m_last.latencyP95Ms, 'f', 0))
                                      .arg(QString::number(c.latencyUpMs, 'f', 0)).arg(m_above);
        return decide(ScaleDirection::Up, current, current + 1, why);
    }
    if (m_below >= c.ticksBelowToScaleDown && current > c.minInstances)
        return decide(ScaleDirection::Down, current, current - 1,
                      StackText::tr("mean saturation %1 <= %2 and latency p95 %3 ms <= %4 ms for %5 ticks")
                          .arg(figure(m_last.meanSaturation), figure(c.saturationDown))
                          .arg(QString::number(m_last.latencyP95Ms, 'f', 0))
                          .arg(QString::number(c.latencyDownMs, 'f', 0)).arg(m_below));
    return hold;
}

QString scaleDirectionName(ScaleDirection direction)
{
    switch (direction) {
    case ScaleDirection::Hold: return QStringLiteral("hold");
    case ScaleDirection::Up: return QStringLiteral("up");
    case ScaleDirection::Down: return QStringLiteral("down");
    }
    return {};
}

} // namespace backroom::stack
