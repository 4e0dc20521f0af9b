#include "drillbackend.h"

#include "drillfigures.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace backroom::ui {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("backroom::ui::DrillBackend", text); }
}

DrillBackend::DrillBackend(QString conninfo) : m_conninfo(std::move(conninfo)) {}

DrillBackend::~DrillBackend() = default;

Result<std::unique_ptr<db::Connection>> DrillBackend::connect() const { return db::Connection::open(m_conninfo); }

Result<PreparedDrill> DrillBackend::prepare(const DrillPlan &plan)
{
    auto conn = connect();
    if (!conn)
        return conn.error();
    PreparedDrill prepared;
    prepared.config = plan.config;
    auto setup = drills::prepareScenario(**conn, plan.scenario, plan.scenarioOptions, &prepared.config);
    if (!setup)
        return setup.error();
    prepared.setup = *setup;
    auto watermark = drills::orderWatermark(**conn);
    if (!watermark) {
        drills::finishScenario(**conn, prepared.setup);
        return watermark.error();
    }
    prepared.watermark = *watermark;
    prepared.startedAtUtc = QDateTime::currentDateTimeUtc();
    return prepared;
}

ConcludedDrill DrillBackend::conclude(const DrillPlan &plan, const PreparedDrill &prepared,
                                      const drills::LoadDrillReport &report)
{
    ConcludedDrill concluded;
    auto conn = connect();
    drills::Verdict verdict;
    if (!conn) {
        verdict.violations << drills::Violation{QStringLiteral("verdict"),
                                                tr("The verdict could not be read: %1").arg(conn.error().message)};
    } else if (auto judged = drills::judgeRun(**conn, report, prepared.watermark); judged) {
        verdict = *judged;
    } else {
        verdict.violations << drills::Violation{QStringLiteral("verdict"),
                                                tr("The verdict could not be read: %1").arg(judged.error().message)};
    }
    const auto thresholds = drills::evaluateThresholds(plan.thresholds, report);
    concluded.report = drills::loadRunReportJson(report, verdict, thresholds);
    // As `backroom drill load` saves it (exit code 0): a run stopped early proved nothing about the plan.
    concluded.passed = verdict.passed() && drills::allPassed(thresholds) && !report.wasCancelled;
    if (!conn) {
        concluded.saveProblem = conn.error().message;
        return concluded;
    }
    if (auto undone = drills::finishScenario(**conn, prepared.setup); !undone)
        concluded.scenarioProblem = undone.error().message;
    drills::DrillRun run;
    run.kind = QStringLiteral("load");
    run.scenario = drills::scenarioName(plan.scenario);
    run.startedAt = prepared.startedAtUtc;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.passed = concluded.passed;
    DrillPlan ran = plan;
    ran.config = prepared.config;   // with the scenario's SKUs and mix
    run.params = drillPlanJson(ran);
    run.report = concluded.report;
    save(**conn, run, &concluded);
    return concluded;
}

Status DrillBackend::abandon(const PreparedDrill &prepared)
{
    auto conn = connect();
    if (!conn)
        return conn.error();
    return drills::finishScenario(**conn, prepared.setup);
}

ConcludedDrill DrillBackend::concludeShootout(const DrillPlan &plan, const QList<drills::ShootoutRow> &rows, bool cancelled,
                                              const QDateTime &startedAtUtc)
{
    ConcludedDrill concluded;
    QJsonArray array;
    bool verdictsPassed = true;
    for (const drills::ShootoutRow &row : rows) {
        array.append(drills::shootoutRowJson(row));
        verdictsPassed = verdictsPassed && row.verdictPassed;
    }
    // The report `backroom drill load --scenario shootout` saves.
    concluded.report = QJsonObject{{QStringLiteral("rows"), array},
                                   {QStringLiteral("was_cancelled"), cancelled},
                                   {QStringLiteral("verdict"), verdictsPassed ? QStringLiteral("pass") : QStringLiteral("fail")}};
    concluded.passed = shootoutPassed(concluded.report);
    auto conn = connect();
    if (!conn) {
        concluded.saveProblem = conn.error().message;
        return concluded;
    }
    drills::DrillRun run;
    run.kind = QStringLiteral("shootout");
    run.scenario = drills::scenarioName(plan.scenario);
    run.startedAt = startedAtUtc;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.passed = concluded.passed;
    run.params = drillPlanJson(plan);
    run.report = concluded.report;
    save(**conn, run, &concluded);
    return concluded;
}

void DrillBackend::save(db::Connection &conn, drills::DrillRun run, ConcludedDrill *into)
{
    auto id = drills::saveDrillRun(conn, run);
    if (id)
        into->runId = *id;
    else
        into->saveProblem = id.error().message;
}

Result<QList<drills::DrillRun>> DrillBackend::runs(int limit)
{
    auto conn = connect();
    if (!conn)
        return conn.error();
    return drills::listDrillRuns(**conn, limit);
}

Result<drills::DrillRun> DrillBackend::run(qint64 id)
{
    auto conn = connect();
    if (!conn)
        return conn.error();
    return drills::loadDrillRun(**conn, id);
}

} // namespace backroom::ui
