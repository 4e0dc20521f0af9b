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
    auto setup = setUpScenario(**conn, plan, &prepared.config);
    if (!setup)
        return setup.error();
    prepared.setup = *setup;
    auto watermark = drills::orderWatermark(**conn);
    if (!watermark) {
        tearDownScenario(**conn, prepared.setup);
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
    concluded.report = loadReportJson(report, verdict, thresholds);
    concluded.passed = concluded.report.value(QStringLiteral("passed")).toBool();
    if (!conn) {
        concluded.saveProblem = conn.error().message;
        return concluded;
    }
    if (auto undone = tearDownScenario(**conn, prepared.setup); !undone)
        concluded.scenarioProblem = undone.error().message;
    drills::DrillRun run;
    run.kind = QStringLiteral("load");
    run.scenario = drills::scenarioName(plan.scenario);
    run.startedAt = prepared.startedAtUtc;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.passed = concluded.passed;
    run.params = drillPlanJson(plan);
    run.report = concluded.report;
    save(**conn, run, &concluded);
    return concluded;
}

Status DrillBackend::abandon(const PreparedDrill &prepared)
{
    auto conn = connect();
    if (!conn)
        return conn.error();
    return tearDownScenario(**conn, prepared.setup);
}

ConcludedDrill DrillBackend::concludeShootout(const DrillPlan &plan, const QList<QJsonObject> &rows,
                                              const QDateTime &startedAtUtc)
{
    ConcludedDrill concluded;
    QJsonArray array;
    bool passed = !rows.isEmpty();
    for (const QJsonObject &row : rows) {
        array.append(row);
        passed = passed && shootoutFiguresFromJson(row).passed;
    }
    concluded.report = QJsonObject{{QStringLiteral("rows"), array}};
    concluded.passed = passed;
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
    run.passed = passed;
    run.params = drillPlanJson(plan);
    run.report = concluded.report;
    save(**conn, run, &concluded);
    return concluded;
}

void DrillBackend::save(db::Connection &conn, drills::DrillRun run, ConcludedDrill *into)
{
    auto id = saveRun(conn, run);
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
    return listRuns(**conn, limit);
}

Result<drills::DrillRun> DrillBackend::run(qint64 id)
{
    auto conn = connect();
    if (!conn)
        return conn.error();
    return loadRun(**conn, id);
}

Result<drills::ScenarioSetup> DrillBackend::setUpScenario(db::Connection &conn, const DrillPlan &plan,
                                                          drills::LoadDrillConfig *config)
{
    return drills::prepareScenario(conn, plan.scenario, plan.scenarioOptions, config);
}

Status DrillBackend::tearDownScenario(db::Connection &conn, const drills::ScenarioSetup &setup)
{
    return drills::finishScenario(conn, setup);
}

Result<qint64> DrillBackend::saveRun(db::Connection &conn, const drills::DrillRun &run)
{
    return drills::saveDrillRun(conn, run);
}

Result<QList<drills::DrillRun>> DrillBackend::listRuns(db::Connection &conn, int limit)
{
    return drills::listDrillRuns(conn, limit);
}

Result<drills::DrillRun> DrillBackend::loadRun(db::Connection &conn, qint64 id) { return drills::loadDrillRun(conn, id); }

} // namespace backroom::ui
