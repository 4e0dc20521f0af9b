#include "drills/threshold.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <optional>

namespace backroom::drills {
namespace {


enum class MetricKind { Duration, ErrorRate, Rate, Count };

struct MetricName {
    const char *spelling;     // as the user may write it
    const char *normalised;   // Threshold::metric
    MetricKind kind;
};

constexpr MetricName kMetrics[] = {
    {"p50", "p50", MetricKind::Duration},   {"med", "p50", MetricKind::Duration},
    {"p90", "p90", MetricKind::Duration},   {"p95", "p95", MetricKind::Duration},
    {"p99", "p99", MetricKind::Duration},   {"p99.9", "p99.9", MetricKind::Duration},
    {"p999", "p99.9", MetricKind::Duration}, {"p99_9", "p99.9", MetricKind::Duration},
    {"max", "max", MetricKind::Duration},   {"mean", "mean", MetricKind::Duration},
    {"avg", "mean", MetricKind::Duration},  {"rate", "rate", MetricKind::Rate},
    {"errors", "errors", MetricKind::ErrorRate}, {"error_rate", "errors", MetricKind::ErrorRate},
    {"dropped", "dropped", MetricKind::Count}, {"conflicts", "conflicts", MetricKind::Count},
};

const MetricName *findMetric(const QString &name)
{
    for (const MetricName &m : kMetrics)
        if (name == QLatin1String(m.spelling))
            return &m;
    return nullptr;
}

std::optional<Threshold::Op> parseOp(const QString &op)
{
    if (op == QLatin1String("<")) return Threshold::Op::Less;
    if (op == QLatin1String("<=")) return Threshold::Op::LessOrEqual;
    if (op == QLatin1String(">")) return Threshold::Op::Greater;
    if (op == QLatin1String(">=")) return Threshold::Op::GreaterOrEqual;
    if (op == QLatin1String("==")) return Threshold::Op::Equal;
    return std::nullopt;
}

Error badThreshold(const QString &text, const QString &why)
{
    return Error::make(Error::Kind::BadInput, DrillsText::tr("Threshold '%1': %2").arg(text, why));
}

// The value in the threshold's unit (ms, fraction, per second, count), or an error naming the unit expected.
Result<double> normaliseValue(const QString &text, MetricKind kind, double value, const QString &unit)
{
    switch (kind) {
    case MetricKind::Duration:
        if (unit.isEmpty() || unit == QLatin1String("ms")) return value;
        if (unit == QLatin1String("s")) return value * 1000;
        if (unit == QLatin1String("us") || unit == QStringLiteral("\u00b5s")) return value / 1000;
        return badThreshold(text, DrillsText::tr("a latency takes ms, s or us, not '%1'.").arg(unit));
    case MetricKind::ErrorRate:
        if (unit == QLatin1String("%")) {
            if (value > 100)
                return badThreshold(text, DrillsText::tr("an error rate is at most 100%."));
            return value / 100;
        }
        if (!unit.isEmpty())
            return badThreshold(text, DrillsText::tr("an error rate is a percentage (1%) or a fraction (0.01), not '%1'.").arg(unit));
        if (value > 1)
            return badThreshold(text, DrillsText::tr("an error rate without % is a fraction from 0 to 1; write %1% for a percentage.")
                                          .arg(value));
        return value;
    case MetricKind::Rate:
        if (unit.isEmpty() || unit == QLatin1String("/s")) return value;
        return badThreshold(text, DrillsText::tr("a rate is answers per second (rate>=1000 or rate>=1000/s), not '%1'.").arg(unit));
    case MetricKind::Count:
        if (unit.isEmpty()) return value;
        return badThreshold(text, DrillsText::tr("a count takes no unit, not '%1'.").arg(unit));
    }
    return value;
}

double milliseconds(resilience::LatencyHistogram::Duration d) { return double(d.count()) / 1e6; }

double actualValue(const QString &metric, const LoadDrillReport &r)
{
    const auto &l = r.latency;
    if (metric == QLatin1String("p50")) return milliseconds(l.p50);
    if (metric == QLatin1String("p90")) return milliseconds(l.p90);
    if (metric == QLatin1String("p95")) return milliseconds(l.p95);
    if (metric == QLatin1String("p99")) return milliseconds(l.p99);
    if (metric == QLatin1String("p99.9")) return milliseconds(l.p999);
    if (metric == QLatin1String("max")) return milliseconds(l.max);
    if (metric == QLatin1String("mean")) return milliseconds(l.mean);
    if (metric == QLatin1String("rate")) return r.throughput();
    if (metric == QLatin1String("dropped")) return double(r.dropped);
    if (metric == QLatin1String("conflicts")) return double(r.conflicts);
    if (metric == QLatin1String("errors")) {
        // Answers lost with a connection count as errors: the buyer never learnt the outcome.
        const double failed = double(r.errors() + r.indeterminate);
        const double answers = double(r.acknowledged + r.outOfStock) + failed;
        return answers > 0 ? failed / answers : 0;
    }
    return 0;
}

bool compare(double actual, Threshold::Op op, double limit)
{
    switch (op) {
    case Threshold::Op::Less: return actual < limit;
    case Threshold::Op::LessOrEqual: return actual <= limit;
    case Threshold::Op::Greater: return actual > limit;
    case Threshold::Op::GreaterOrEqual: return actual >= limit;
    case Threshold::Op::Equal: return std::abs(actual - limit) <= 1e-9 * std::max(1.0, std::abs(limit));
    }
    return false;
}

QString opText(Threshold::Op op)
{
    switch (op) {
    case Threshold::Op::Less: return QStringLiteral("<");
    case Threshold::Op::LessOrEqual: return QStringLiteral("<=");
    case Threshold::Op::Greater: return QStringLiteral(">");
    case Threshold::Op::GreaterOrEqual: return QStringLiteral(">=");
    case Threshold::Op::Equal: return QStringLiteral("==");
    }
    return QString();
}

} // namespace

Result<Threshold> parseThreshold(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([A-Za-z_]+[0-9._]*)\\s*(<=|>=|==|<|>)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|us|\u00b5s|%|/s)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return badThreshold(text, DrillsText::tr("write it as metric, operator, value: p95<500ms, errors<1%, rate>=1000, dropped==0."));
    const QString name = match.captured(1).toLower();
    const MetricName *metric = findMetric(name);
    if (!metric)
        return badThreshold(text, DrillsText::tr("unknown metric '%1'; use p50 p90 p95 p99 p99.9 max mean rate errors dropped conflicts.")
                                      .arg(name));
    const auto op = parseOp(match.captured(2));
    auto value = normaliseValue(text, metric->kind, match.captured(3).toDouble(), match.captured(4));
    if (!value)
        return value.error();
    Threshold threshold;
    threshold.text = text.trimmed();
    threshold.metric = QLatin1String(metric->normalised);
    threshold.op = *op;
    threshold.value = *value;
    return threshold;
}

ThresholdResult evaluateThreshold(const Threshold &threshold, const LoadDrillReport &report)
{
    const double actual = actualValue(threshold.metric, report);
    return ThresholdResult{threshold, actual, compare(actual, threshold.op, threshold.value)};
}

QList<ThresholdResult> evaluateThresholds(const QList<Threshold> &thresholds, const LoadDrillReport &report)
{
    QList<ThresholdResult> results;
    for (const auto &t : thresholds)
        results << evaluateThreshold(t, report);
    return results;
}

bool allPassed(const QList<ThresholdResult> &results)
{
    return std::all_of(results.begin(), results.end(), [](const ThresholdResult &r) { return r.passed; });
}

QString thresholdUnit(const QString &metric)
{
    if (metric == QLatin1String("rate")) return QStringLiteral("/s");
    if (metric == QLatin1String("errors")) return QStringLiteral("%");
    if (metric == QLatin1String("dropped") || metric == QLatin1String("conflicts")) return QString();
    return QStringLiteral("ms");
}

QJsonArray thresholdResultsJson(const QList<ThresholdResult> &results)
{
    QJsonArray array;
    for (const auto &r : results)
        array.append(QJsonObject{
            {QStringLiteral("threshold"), r.threshold.text},
            {QStringLiteral("metric"), r.threshold.metric},
            {QStringLiteral("op"), opText(r.threshold.op)},
            {QStringLiteral("limit"), r.threshold.value},
            {QStringLiteral("actual"), r.actual},
            {QStringLiteral("unit"), r.threshold.metric == QLatin1String("errors") ? QStringLiteral("fraction")
                                                                                     : thresholdUnit(r.threshold.metric)},
            {QStringLiteral("passed"), r.passed},
        });
    return array;
}

} // namespace backroom::drills
