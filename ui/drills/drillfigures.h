#pragma once
// DrillFigures: a drill's report as the Drills screen shows and compares it, read from the saved JSON
// so that a run just finished and a run opened months later look the same. Writing: drillReportJson()
// (core/drills/verdict.cpp) plus what the screen adds when core does not write it yet ("operations",
// "peak_memory_bytes", "thresholds", "passed"). Reading is lenient about keys (a missing figure is shown
// as "—", never invented). Shoot-outs are {"rows": [...]}. Pure functions; any thread.

#include "drills/loaddrill.h"
#include "drills/shootout.h"
#include "drills/threshold.h"
#include "drills/verdict.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace backroom::ui {

// Latency in milliseconds; nullopt where the report has no figure.
struct LatencyFigures {
    std::optional<double> p50, p90, p95, p99, p999, max;
};

struct OperationFigures {
    QString name;                // "checkout", "browse", "search", or "all"
    qint64 ok = 0, refused = 0, errors = 0;
    LatencyFigures latency;
};

struct ThresholdFigures {
    QString text;
    std::optional<double> actual;
    bool passed = false;
};

struct ViolationFigures {
    QString kind, detail;
};

struct LoadFigures {
    QString model;               // "closed", "open"
    double seconds = 0;
    double throughput = 0;       // answers per second
    qint64 acknowledged = 0, outOfStock = 0, cancelled = 0, dropped = 0, notStarted = 0, indeterminate = 0;
    QMap<QString, qint64> errorsByKind;
    qint64 errors() const;
    std::optional<qint64> peakMemoryBytes;
    std::optional<qint64> peakBuyers;
    bool wasCancelled = false;
    LatencyFigures latency;
    QList<OperationFigures> operations;   // at least one row ("all" when the report has no per-operation part)
    QList<ThresholdFigures> thresholds;
    bool verdictPassed = false;
    QList<ViolationFigures> violations;
    bool passed = false;         // verdict and thresholds
};

struct ShootoutFigures {
    QString strategy;
    int buyers = 0;
    qint64 attempts = 0, successes = 0, conflicts = 0, errors = 0;
    double ordersPerSecond = 0;
    std::optional<double> p99, p999;
    bool passed = false;
    QStringList violations;
};

// The JSON the screen saves for a load run.
QJsonObject loadReportJson(const drills::LoadDrillReport &report, const drills::Verdict &verdict,
                           const QList<drills::ThresholdResult> &thresholds);
// A shoot-out row as saved in {"rows": [...]} (the same keys as shootoutRowJson, written here until
// core's is linked).
QJsonObject shootoutRowToJson(const drills::ShootoutRow &row);

LoadFigures loadFiguresFromJson(const QJsonObject &report);
// The per-second samples ("timeline": [{"t", "target_rate", "answered_per_s", "acknowledged_per_s", "errors",
// "dropped", "p95_ms", "p99_ms"}]) so that an opened run redraws its charts; empty when not saved.
QList<drills::LoadDrillSample> timelineFromJson(const QJsonObject &report);
ShootoutFigures shootoutFiguresFromJson(const QJsonObject &row);
QList<ShootoutFigures> shootoutFiguresFromReport(const QJsonObject &report);   // {"rows": [...]}
bool isShootoutReport(const QJsonObject &report);

// One key figure of a run in the comparison: a label, both values and what changed (b - a).
struct ComparedFigure {
    QString label;
    QString first, second, difference;
};
QList<ComparedFigure> compareLoadFigures(const LoadFigures &a, const LoadFigures &b);
QList<ComparedFigure> compareShootoutFigures(const QList<ShootoutFigures> &a, const QList<ShootoutFigures> &b);

// The engine's names ("checkout", "browse", "search"; "guarded_update", "buckets", "for_update",
// "xmin_retry"), as loaddrill.h documents operationName() and strategyName(); kept here until the
// engine's branch links those (then these two should call them).
QString operationKey(drills::Operation op);
QString strategyKey(drills::StockStrategy strategy);

QString millisecondsText(const std::optional<double> &ms);   // "12.3 ms", "—"
QString bytesText(const std::optional<qint64> &bytes);       // "412 MiB", "—"

} // namespace backroom::ui
