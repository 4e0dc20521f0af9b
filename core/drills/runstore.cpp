#include "drills/runstore.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace backroom::drills {
namespace {


constexpr const char *kSave =
    "SELECT drill_run_save($1::text, $2::text, $3::jsonb, $4::jsonb, $5::boolean, $6::timestamptz)";
// Timestamps travel as epoch milliseconds: no parsing of the server's DateStyle.
constexpr const char *kSelectRuns =
    "SELECT id, kind, coalesce(scenario, ''), (extract(epoch FROM started_at) * 1000)::bigint, "
    "       (extract(epoch FROM finished_at) * 1000)::bigint, coalesce(passed, false), coalesce(actor, ''), "
    "       coalesce(params, '{}'::jsonb), coalesce(report, '{}'::jsonb) "
    "FROM drill_run ";
const QString kList = QLatin1String(kSelectRuns) + QLatin1String("ORDER BY id DESC LIMIT $1");
const QString kLoad = QLatin1String(kSelectRuns) + QLatin1String("WHERE id = $1");

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QDateTime utcFromMs(const db::PgResult &rows, int row, int col)
{
    if (rows.isNull(row, col))
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(rows.toInt64(row, col), Qt::UTC);
}

DrillRun runFromRow(const db::PgResult &rows, int r)
{
    DrillRun run;
    run.id = rows.toInt64(r, 0);
    run.kind = rows.text(r, 1);
    run.scenario = rows.text(r, 2);
    run.startedAt = utcFromMs(rows, r, 3);
    run.finishedAt = utcFromMs(rows, r, 4);
    run.passed = rows.toBool(r, 5);
    run.actor = rows.text(r, 6);
    run.params = QJsonDocument::fromJson(rows.bytes(r, 7)).object();
    run.report = QJsonDocument::fromJson(rows.bytes(r, 8)).object();
    return run;
}

double ms(resilience::LatencyHistogram::Duration d) { return double(d.count()) / 1e6; }

QJsonObject latencyJson(const resilience::LatencyHistogram::Summary &l)
{
    return QJsonObject{{QStringLiteral("count"), l.count}, {QStringLiteral("mean"), ms(l.mean)},
                       {QStringLiteral("p50"), ms(l.p50)},     {QStringLiteral("p90"), ms(l.p90)},
                       {QStringLiteral("p95"), ms(l.p95)},     {QStringLiteral("p99"), ms(l.p99)},
                       {QStringLiteral("p99_9"), ms(l.p999)},  {QStringLiteral("max"), ms(l.max)}};
}

QJsonObject operationsJson(const LoadDrillReport &report)
{
    QJsonObject operations;
    for (int i = 0; i < kOperationCount; ++i) {
        const OperationReport &op = report.operations[size_t(i)];
        if (op.ok + op.refused + op.errors == 0)
            continue;
        operations.insert(operationName(Operation(i)),
                          QJsonObject{{QStringLiteral("ok"), op.ok}, {QStringLiteral("refused"), op.refused},
                                      {QStringLiteral("errors"), op.errors}, {QStringLiteral("latency_ms"), latencyJson(op.latency)}});
    }
    return operations;
}

QJsonArray timelineJson(const std::vector<LoadDrillSample> &timeline)
{
    QJsonArray samples;
    for (const LoadDrillSample &s : timeline)
        samples.append(QJsonObject{{QStringLiteral("t"), s.atSeconds},
                                   {QStringLiteral("target_rate"), s.targetRate},
                                   {QStringLiteral("answered_per_s"), s.answeredPerSecond},
                                   {QStringLiteral("acknowledged_per_s"), s.acknowledgedPerSecond},
                                   {QStringLiteral("errors"), s.errors},
                                   {QStringLiteral("dropped"), s.dropped},
                                   {QStringLiteral("p95_ms"), s.p95Ms},
                                   {QStringLiteral("p99_ms"), s.p99Ms},
                                   {QStringLiteral("in_flight"), s.inFlight},
                                   {QStringLiteral("waiting"), s.waiting}});
    return samples;
}

} // namespace

Result<qint64> saveDrillRun(db::Connection &conn, const DrillRun &run)
{
    const QVariant started = run.startedAt.isValid() ? QVariant(run.startedAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    auto row = conn.exec(kSave, {run.kind, run.scenario, compactJson(run.params), compactJson(run.report), run.passed, started});
    if (!row)
        return row.error();
    return row->toInt64(0, 0);
}

Result<QList<DrillRun>> listDrillRuns(db::Connection &conn, int limit)
{
    auto rows = conn.exec(kList, {std::max(1, limit)});
    if (!rows)
        return rows.error();
    QList<DrillRun> runs;
    for (int r = 0; r < rows->rows(); ++r)
        runs << runFromRow(*rows, r);
    return runs;
}

Result<DrillRun> loadDrillRun(db::Connection &conn, qint64 id)
{
    auto rows = conn.exec(kLoad, {id});
    if (!rows)
        return rows.error();
    if (rows->rows() == 0)
        return Error::make(Error::Kind::NotFound,
                           DrillsText::tr("No saved drill run has id %1; `backroom drill runs` lists them.").arg(id));
    return runFromRow(*rows, 0);
}

QJsonObject loadRunParamsJson(const LoadDrillConfig &c, const QString &scenario, const QList<Threshold> &thresholds)
{
    QJsonObject params{
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("model"), c.model == LoadDrillConfig::Model::Open ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("target"), c.target == LoadDrillConfig::Target::Http ? c.storeUrl.toString() : QStringLiteral("db")},
        {QStringLiteral("strategy"), strategyName(c.strategy)},
        {QStringLiteral("connections"), c.connections},
        {QStringLiteral("duration_ms"), qint64(c.duration.count())},
        {QStringLiteral("skus"), QJsonArray::fromStringList(c.skus)},
        {QStringLiteral("mix"), QJsonObject{{QStringLiteral("checkout"), c.mix.checkout}, {QStringLiteral("browse"), c.mix.browse},
                                            {QStringLiteral("search"), c.mix.search}}},
    };
    if (c.model == LoadDrillConfig::Model::Closed) {
        params.insert(QStringLiteral("buyers"), c.buyers);
        params.insert(QStringLiteral("think_ms"), qint64(c.thinkTime.count()));
    } else if (!c.stages.empty()) {
        QJsonArray stages;
        for (const auto &s : c.stages)
            stages.append(QJsonObject{{QStringLiteral("duration_ms"), qint64(s.duration.count())},
                                      {QStringLiteral("target_rate"), s.targetRate}});
        params.insert(QStringLiteral("stages"), stages);
    } else {
        params.insert(QStringLiteral("rate"), c.ratePerSecond);
    }
    if (c.target == LoadDrillConfig::Target::Http)
        params.insert(QStringLiteral("sockets"), c.sockets);
    QJsonArray thresholdTexts;
    for (const auto &t : thresholds)
        thresholdTexts.append(t.text);
    params.insert(QStringLiteral("thresholds"), thresholdTexts);
    return params;
}

QJsonObject loadRunReportJson(const LoadDrillReport &report, const Verdict &verdict, const QList<ThresholdResult> &thresholds)
{
    QJsonObject json = drillReportJson(report, verdict);
    json.insert(QStringLiteral("target"), report.target == LoadDrillConfig::Target::Http ? QStringLiteral("http")
                                                                                        : QStringLiteral("db"));
    json.insert(QStringLiteral("strategy"), strategyName(report.strategy));
    json.insert(QStringLiteral("attempts"), report.attempts);
    json.insert(QStringLiteral("conflicts"), report.conflicts);
    json.insert(QStringLiteral("peak_buyers"), report.peakBuyers);
    json.insert(QStringLiteral("peak_memory_bytes"), report.peakMemoryBytes);
    json.insert(QStringLiteral("operations"), operationsJson(report));
    json.insert(QStringLiteral("thresholds"), thresholdResultsJson(thresholds));
    json.insert(QStringLiteral("thresholds_passed"), allPassed(thresholds));
    json.insert(QStringLiteral("timeline"), timelineJson(report.timeline));
    return json;
}

} // namespace backroom::drills
