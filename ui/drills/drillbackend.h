#pragma once
// DrillBackend: the blocking steps around a drill that the Drills screen runs off the GUI thread, each
// on the calling (worker) thread with a connection of its own opened from the window's conninfo:
// before a load drill, set up the scenario and read the order watermark; after it, judge the run,
// undo the scenario and save the run; list and load saved runs. Stateless apart from the conninfo, so
// several workers may use one backend at once. Everything runs against the real database through core
// (drills/scenario.h, verdict.h, runstore.h), so a run saved here reads the same in `backroom drill show`.

#include "drillplan.h"
#include "drills/runstore.h"
#include "drills/shootout.h"
#include "drills/verdict.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <memory>

namespace backroom::ui {

struct PreparedDrill {
    drills::LoadDrillConfig config;      // the plan's, with the scenario's SKUs and mix
    drills::ScenarioSetup setup;         // what to undo afterwards
    qint64 watermark = 0;                // orders above it were made by this run
    QDateTime startedAtUtc;
};

struct ConcludedDrill {
    QJsonObject report;                  // drills::loadRunReportJson(), or the shoot-out's {"rows": [...], ...}
    bool passed = false;                 // as the CLI saves it: verdict, thresholds, and not stopped early
    qint64 runId = 0;                    // 0: not saved (saveProblem says why)
    QString saveProblem;
    QString scenarioProblem;             // the scenario could not be undone (flash sale still on)
};

class DrillBackend {
public:
    explicit DrillBackend(QString conninfo);
    ~DrillBackend();

    const QString &conninfo() const { return m_conninfo; }
    Result<std::unique_ptr<db::Connection>> connect() const;

    // Errors: Connection, and what prepareScenario / orderWatermark report.
    Result<PreparedDrill> prepare(const DrillPlan &plan);
    // Judges (a verdict that cannot be read fails the run, with a "verdict" violation saying why),
    // evaluates the thresholds, undoes the scenario and saves. Never loses the report: problems after
    // the verdict are in the answer, not an error.
    ConcludedDrill conclude(const DrillPlan &plan, const PreparedDrill &prepared, const drills::LoadDrillReport &report);
    // Undoes a prepared scenario that never ran (stopped while preparing).
    Status abandon(const PreparedDrill &prepared);
    // Saves the rows as the CLI does: {"rows": [shootoutRowJson...], "was_cancelled", "verdict"}.
    ConcludedDrill concludeShootout(const DrillPlan &plan, const QList<drills::ShootoutRow> &rows, bool cancelled,
                                    const QDateTime &startedAtUtc);

    Result<QList<drills::DrillRun>> runs(int limit = 200);
    Result<drills::DrillRun> run(qint64 id);

private:
    void save(db::Connection &conn, drills::DrillRun run, ConcludedDrill *into);

    QString m_conninfo;
};

} // namespace backroom::ui
