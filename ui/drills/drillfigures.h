#pragma once
// DrillFigures: a drill's report as the Drills screen shows and compares it, read from the saved JSON
// so that a run just finished and a run opened months later look the same, and the same as
// `backroom drill show ID` prints it. Writing is core's: loadRunReportJson() (drills/runstore.h) for a
// load run, shootoutRowJson() (drills/shootout.h) for each shoot-out row in {"rows": [...],
// "was_cancelled", "verdict"}. Reading is lenient about keys, so that runs saved by older builds still
// open (thresholds with "text" instead of "threshold", "passed" instead of "thresholds_passed", no
// "operations"): a missing figure is shown as "—", never invented. Pure functions; any thread.

#include "drills/loaddrill.h"
#include "drills/shootout.h"

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
    QString unit;                // as thresholdResultsJson writes it: "ms", "/s", "fraction", ""
    bool passed = false;
    QString actualText() const;  // as `drill show` prints it: "12.00ms", "0.500%", "—"
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
    QString target;              // "db", "http" ("" in older runs)
    QString strategy;            // "guarded_update", ... ("" in older runs)
    qint64 attempts = 0, conflicts = 0;
    bool verdictPassed = false;
    bool thresholdsPassed = true;
    QList<ViolationFigures> violations;
    bool passed() const { return verdictPassed && thresholdsPassed; }
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

LoadFigures loadFiguresFromJson(const QJsonObject &report);
// The per-second samples ("timeline": [{"t", "target_rate", "answered_per_s", "acknowledged_per_s", "errors",
// "dropped", "p95_ms", "p99_ms"}]) so that an opened run redraws its charts; empty when not saved.
QList<drills::LoadDrillSample> timelineFromJson(const QJsonObject &report);
ShootoutFigures shootoutFiguresFromJson(const QJsonObject &row);
QList<ShootoutFigures> shootoutFiguresFromReport(const QJsonObject &report);   // {"rows": [...]}
bool isShootoutReport(const QJsonObject &report);
// A shoot-out passes when every row's verdict passed and it was not stopped early (as the CLI saves it).
bool shootoutPassed(const QJsonObject &report);

// One key figure of a run in the comparison: a label, both values and what changed (b - a).
struct ComparedFigure {
    QString label;
    QString first, second, difference;
};
QList<ComparedFigure> compareLoadFigures(const LoadFigures &a, const LoadFigures &b);
QList<ComparedFigure> compareShootoutFigures(const QList<ShootoutFigures> &a, const QList<ShootoutFigures> &b);

QString millisecondsText(const std::optional<double> &ms);   // "12.3 ms", "—"
QString bytesText(const std::optional<qint64> &bytes);       // "412 MiB", "—"

} // namespace backroom::ui
