#pragma once
// Pass/fail thresholds on a load drill's report, written the way k6 users write them:
//   "p95<500ms"  "p99.9<=1s"  "max<2s"  "errors<1%"  "error_rate<0.01"  "rate>=1000"  "dropped==0"
// Metrics: p50 p90 p95 p99 p99.9 max mean (durations: ms, s, us; a bare number is ms), rate (answers per
// second), errors / error_rate (errors over answers; "1%" or 0.01), dropped, conflicts (counts).
// Errors count answers lost with a connection too (the buyer never learnt the outcome).
// Operators: < <= > >= ==. A drill with any missed threshold exits non-zero, like a failed verdict.
// Pure functions, any thread.

#include "drills/loaddrill.h"
#include "result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace backroom::drills {

struct Threshold {
    enum class Op { Less, LessOrEqual, Greater, GreaterOrEqual, Equal };
    QString text;      // as the user wrote it, for the report
    QString metric;    // normalised: p50 p90 p95 p99 p99.9 max mean rate errors dropped conflicts
    Op op = Op::Less;
    double value = 0;  // durations in ms, error rates as a fraction, counts as counts
};

struct ThresholdResult {
    Threshold threshold;
    double actual = 0; // same unit as threshold.value
    bool passed = false;
};

Result<Threshold> parseThreshold(const QString &text);
ThresholdResult evaluateThreshold(const Threshold &threshold, const LoadDrillReport &report);
QList<ThresholdResult> evaluateThresholds(const QList<Threshold> &thresholds, const LoadDrillReport &report);
bool allPassed(const QList<ThresholdResult> &results);
// The unit a metric's value and actual are shown in: "ms", "/s", "%" (errors: value is a fraction), "" (counts).
QString thresholdUnit(const QString &metric);
// [{threshold, metric, op, limit, actual, unit, passed}] for saved runs and --json.
QJsonArray thresholdResultsJson(const QList<ThresholdResult> &results);

} // namespace backroom::drills
