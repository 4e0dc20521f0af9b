#pragma once
// Saved drill runs (table drill_run): every load drill, shoot-out and (later) chaos experiment is kept
// with its parameters and its report as JSON, so that earlier runs can be opened and compared side by
// side. Blocking calls on a Connection whose login may run drill_run_save / read drill_run (owner).

#include "db/connection.h"
#include "drills/threshold.h"
#include "drills/verdict.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace backroom::drills {

struct DrillRun {
    qint64 id = 0;
    QString kind;           // "load", "shootout", "chaos"
    QString scenario;       // "normal-day", "flash-sale", "shootout", a custom name
    QDateTime startedAt;    // UTC
    QDateTime finishedAt;   // UTC
    bool passed = false;    // verdict and thresholds
    QString actor;          // login that ran it
    QJsonObject params;
    QJsonObject report;     // drillReportJson() (+ "thresholds"), or {"rows": [shootoutRowJson...]}
};

Result<qint64> saveDrillRun(db::Connection &conn, const DrillRun &run);   // id and actor are set by the database
Result<QList<DrillRun>> listDrillRuns(db::Connection &conn, int limit = 200);   // newest first, with reports
Result<DrillRun> loadDrillRun(db::Connection &conn, qint64 id);   // NotFound when no run has that id

// The parameters of a load run as saved in drill_run.params (the CLI and the Drills screen save the same).
QJsonObject loadRunParamsJson(const LoadDrillConfig &config, const QString &scenario, const QList<Threshold> &thresholds);

// What a load run saves as its report (and `drill load --json` prints): drillReportJson() plus
// "operations" (per operation figures), "thresholds" (thresholdResultsJson), "strategy", "target",
// "attempts", "conflicts", "peak_buyers", "peak_memory_bytes" and "timeline" (one object per second).
QJsonObject loadRunReportJson(const LoadDrillReport &report, const Verdict &verdict,
                              const QList<ThresholdResult> &thresholds);

} // namespace backroom::drills
