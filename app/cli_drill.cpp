// `backroom drill`: load drills with scenarios, thresholds and a verdict; the stock-strategy shoot-out;
// saved runs (list, show: load, shoot-out and chaos runs, each its own way); cleanup of drill orders. Exit codes (docs/drill.md): 0 passed, 1 verdict failed,
// 2 bad input, 5 not allowed (remote target without --yes, cleanup not confirmed), 6 a threshold missed,
// 130 cancelled with Ctrl-C (the report is still printed and saved).
#include "cli.h"

#include "drills/drillparse.h"
#include "drills/loaddrill.h"
#include "drills/runstore.h"
#include "drills/scenario.h"
#include "drills/shootout.h"
#include "drills/threshold.h"
#include "drills/verdict.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cstdio>

namespace backroom::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

using drills::LoadDrillConfig;
using drills::LoadDrillReport;
using Ms = std::chrono::milliseconds;

// Beyond cli.h's codes: a run whose verdict passed but missed a threshold, and a run stopped with Ctrl-C.
constexpr int kThresholdMissed = 6;
constexpr int kCancelled = 130;

bool durationOption(const Parser &p, const QString &name, Ms *value)
{
    if (!p.isSet(name))
        return true;
    const auto parsed = drills::parseDrillDuration(p.value(name));
    if (!parsed) {
        fail(p, Error::make(Error::Kind::BadInput, tr("--%1 takes a duration such as 10s, 500ms or 2m, got %2.")
                                                       .arg(name, p.value(name))));
        return false;
    }
    *value = *parsed;
    return true;
}

bool intOption(const Parser &p, const QString &name, int *value)
{
    if (!p.isSet(name))
        return true;
    qint64 number = 0;
    if (!p.intValue(name, &number))
        return false;
    *value = int(std::clamp<qint64>(number, -1, 1'000'000));
    return true;
}

// The SKUs with the most available stock, when neither --sku nor a scenario names them.
Result<QStringList> defaultSkus(db::Connection &conn)
{
    auto rows = conn.exec("SELECT p.sku FROM backroom_data.product p JOIN backroom_data.stock s ON s.product_id = p.id "
                          "GROUP BY p.sku HAVING sum(s.on_hand - s.reserved) > 0 "
                          "ORDER BY sum(s.on_hand - s.reserved) DESC, p.sku LIMIT 20");
    if (!rows)
        return rows.error();
    QStringList skus;
    for (int r = 0; r < rows->rows(); ++r)
        skus << rows->text(r, 0);
    return skus;
}

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

// Everything `drill load` reads from its options, checked before any connection is made.
struct LoadPlan {
    LoadDrillConfig config;
    std::optional<drills::Scenario> scenario;
    drills::ScenarioOptions scenarioOptions;
    QList<drills::Threshold> thresholds;
    QStringList explicitSkus;
    bool save = true;
};

bool readLoadModel(const Parser &p, LoadDrillConfig *config)
{
    const int models = int(p.isSet(QStringLiteral("buyers"))) + int(p.isSet(QStringLiteral("rate")))
                       + int(p.isSet(QStringLiteral("stages")));
    if (models != 1) {
        fail(p, Error::make(Error::Kind::BadInput, tr("Give one of --buyers N (closed model), --rate R (open model) or "
                                                      "--stages '30s:100,1m:1000,30s:0' (open model, ramping).")));
        return false;
    }
    if (p.isSet(QStringLiteral("buyers"))) {
        config->model = LoadDrillConfig::Model::Closed;
        return intOption(p, QStringLiteral("buyers"), &config->buyers);
    }
    config->model = LoadDrillConfig::Model::Open;
    if (p.isSet(QStringLiteral("stages"))) {
        // "30s:100,1m:1000,30s:0": ramp to 100/s over 30 s, to 1000/s over a minute, down to 0 over 30 s.
        const auto stages = drills::parseStages(p.value(QStringLiteral("stages")));
        if (!stages || stages->empty()) {
            fail(p, Error::make(Error::Kind::BadInput, tr("--stages takes duration:rate pairs such as 30s:100,1m:1000,30s:0, "
                                                          "got %1.").arg(p.value(QStringLiteral("stages")))));
            return false;
        }
        config->stages = *stages;
        return true;
    }
    bool ok = false;
    config->ratePerSecond = p.value(QStringLiteral("rate")).toDouble(&ok);
    if (!ok) {
        fail(p, Error::make(Error::Kind::BadInput, tr("--rate takes a number of orders per second.")));
        return false;
    }
    return true;
}

bool readTarget(const Parser &p, LoadDrillConfig *config)
{
    const QString target = p.isSet(QStringLiteral("target")) ? p.value(QStringLiteral("target")) : QStringLiteral("db");
    if (target == QLatin1String("db")) {
        config->target = LoadDrillConfig::Target::Database;
        return true;
    }
    const QUrl url(target);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        fail(p, Error::make(Error::Kind::BadInput, tr("--target is db or the store API's address such as "
                                                      "http://127.0.0.1:8080, got %1.").arg(target)));
        return false;
    }
    config->target = LoadDrillConfig::Target::Http;
    config->storeUrl = url;
    return true;
}

bool readScenario(const Parser &p, LoadPlan *plan)
{
    if (p.isSet(QStringLiteral("scenario"))) {
        plan->scenario = drills::scenarioFromName(p.value(QStringLiteral("scenario")));
        if (!plan->scenario) {
            fail(p, Error::make(Error::Kind::BadInput, tr("--scenario is normal-day, flash-sale or shootout, got %1.")
                                                           .arg(p.value(QStringLiteral("scenario")))));
            return false;
        }
    }
    if (plan->scenario == drills::Scenario::FlashSale && p.isSet(QStringLiteral("sku"))) {
        fail(p, Error::make(Error::Kind::BadInput, tr("The flash-sale scenario sells its own drill SKUs; drop --sku.")));
        return false;
    }
    return intOption(p, QStringLiteral("hot-units"), &plan->scenarioOptions.hotUnits)
           && intOption(p, QStringLiteral("buckets"), &plan->scenarioOptions.buckets);
}

bool readThresholds(Parser &p, QList<drills::Threshold> *thresholds)
{
    for (const QString &text : p.qt().values(QStringLiteral("threshold"))) {
        auto threshold = drills::parseThreshold(text);
        if (!threshold) {
            fail(p, threshold.error());
            return false;
        }
        thresholds->append(*threshold);
    }
    return true;
}

bool readStrategy(const Parser &p, drills::StockStrategy *strategy)
{
    if (!p.isSet(QStringLiteral("strategy")))
        return true;
    const auto parsed = drills::strategyFromName(p.value(QStringLiteral("strategy")));
    if (!parsed) {
        fail(p, Error::make(Error::Kind::BadInput, tr("--strategy is guarded_update, buckets, for_update or xmin_retry, "
                                                      "got %1.").arg(p.value(QStringLiteral("strategy")))));
        return false;
    }
    *strategy = *parsed;
    return true;
}

bool readLoadPlan(Parser &p, LoadPlan *plan)
{
    LoadDrillConfig &config = plan->config;
    if (!readScenario(p, plan) || !readLoadModel(p, &config) || !readTarget(p, &config) || !readThresholds(p, &plan->thresholds)
        || !readStrategy(p, &config.strategy) || !intOption(p, QStringLiteral("connections"), &config.connections)
        || !intOption(p, QStringLiteral("sockets"), &config.sockets))
        return false;
    if (p.isSet(QStringLiteral("max-orders"))) {
        if (!p.intValue(QStringLiteral("max-orders"), &config.maxOrders))
            return false;
    }
    if (!durationOption(p, QStringLiteral("duration"), &config.duration) || !durationOption(p, QStringLiteral("think"), &config.thinkTime)
        || !durationOption(p, QStringLiteral("drop-after"), &config.dropAfter))
        return false;
    if (p.isSet(QStringLiteral("sku")))
        plan->explicitSkus = p.value(QStringLiteral("sku")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    config.confirmedRemote = p.isSet(QStringLiteral("yes"));
    config.quiet = !p.isSet(QStringLiteral("notify"));
    config.conninfo = p.conninfo();
    plan->save = !p.isSet(QStringLiteral("no-save"));
    return true;
}

// The load's own target must be this machine unless --yes: the database for --target db, else the store URL.
int refuseRemoteTarget(const Parser &p, const LoadDrillConfig &config)
{
    if (config.confirmedRemote)
        return Ok;
    const bool loopback = config.target == LoadDrillConfig::Target::Http ? isLoopbackUrl(config.storeUrl)
                                                                         : drills::isLoopbackTarget(config.conninfo);
    if (loopback)
        return Ok;
    return fail(p, Error::make(Error::Kind::Permission,
                               tr("The drill target is not this machine: a load drill against a real server can hurt "
                                  "real buyers. Confirm it with --yes if you mean it.")));
}

QJsonObject loadParamsJson(const LoadPlan &plan)
{
    return drills::loadRunParamsJson(plan.config,
                                     plan.scenario ? drills::scenarioName(*plan.scenario) : QStringLiteral("custom"),
                                     plan.thresholds);
}

// ---- printing (from the saved JSON, so that `drill show` prints a saved run the same way) ----

QString fixed(double value, int decimals = 2) { return QString::number(value, 'f', decimals); }

void printLatencyLine(QTextStream &o, const QString &label, const QJsonObject &l)
{
    o << tr("  %1 p50 %2  p90 %3  p95 %4  p99 %5  p99.9 %6  max %7")
             .arg(label, fixed(l[QStringLiteral("p50")].toDouble()), fixed(l[QStringLiteral("p90")].toDouble()),
                  fixed(l[QStringLiteral("p95")].toDouble()), fixed(l[QStringLiteral("p99")].toDouble()),
                  fixed(l[QStringLiteral("p99_9")].toDouble()), fixed(l[QStringLiteral("max")].toDouble()))
      << '\n';
}

void printOperations(QTextStream &o, const QJsonObject &operations)
{
    if (operations.size() < 2)
        return;   // all checkout: the overall lines say it all
    for (auto it = operations.begin(); it != operations.end(); ++it) {
        const QJsonObject op = it.value().toObject();
        o << tr("  %1: %2 ok, %3 refused, %4 errors").arg(it.key()).arg(op[QStringLiteral("ok")].toInteger())
                 .arg(op[QStringLiteral("refused")].toInteger()).arg(op[QStringLiteral("errors")].toInteger()) << '\n';
        printLatencyLine(o, tr("  ms"), op[QStringLiteral("latency_ms")].toObject());
    }
}

void printThresholds(QTextStream &o, const QJsonArray &thresholds)
{
    for (const QJsonValue &value : thresholds) {
        const QJsonObject t = value.toObject();
        const QString unit = t[QStringLiteral("unit")].toString();
        double actual = t[QStringLiteral("actual")].toDouble();
        QString shown = unit == QLatin1String("fraction") ? fixed(actual * 100, 3) + QLatin1Char('%') : fixed(actual) + unit;
        o << (t[QStringLiteral("passed")].toBool() ? tr("  threshold %1: passed (actual %2)") : tr("  threshold %1: MISSED (actual %2)"))
                 .arg(t[QStringLiteral("threshold")].toString(), shown)
          << '\n';
    }
}

void printLoadReport(const QJsonObject &r)
{
    QTextStream &o = out();
    o << tr("Load drill (%1 model, %2 connections, target %3, %4): %5 s%6")
             .arg(r[QStringLiteral("model")].toString()).arg(r[QStringLiteral("connections")].toInt())
             .arg(r[QStringLiteral("target")].toString(QStringLiteral("db")), r[QStringLiteral("strategy")].toString(QStringLiteral("guarded_update")),
                  fixed(r[QStringLiteral("seconds")].toDouble()),
                  r[QStringLiteral("was_cancelled")].toBool() ? tr(", cancelled") : QString())
      << '\n';
    o << tr("  throughput   %1 orders/s answered").arg(fixed(r[QStringLiteral("throughput_per_s")].toDouble(), 1)) << '\n';
    o << tr("  iterations   %1 intended, %2 started, %3 dropped, %4 not started")
             .arg(r[QStringLiteral("intended")].toInteger()).arg(r[QStringLiteral("started")].toInteger())
             .arg(r[QStringLiteral("dropped")].toInteger()).arg(r[QStringLiteral("not_started")].toInteger()) << '\n';
    const QJsonObject otherErrors = r[QStringLiteral("other_errors")].toObject();
    qint64 errors = 0;
    for (const QJsonValue &v : otherErrors)
        errors += v.toInteger();
    o << tr("  answers      %1 acknowledged, %2 out of stock, %3 other errors, %4 cancelled, %5 lost with a connection")
             .arg(r[QStringLiteral("acknowledged")].toInteger()).arg(r[QStringLiteral("out_of_stock")].toInteger()).arg(errors)
             .arg(r[QStringLiteral("cancelled")].toInteger()).arg(r[QStringLiteral("indeterminate")].toInteger()) << '\n';
    for (auto it = otherErrors.begin(); it != otherErrors.end(); ++it)
        o << tr("    %1: %2").arg(it.key()).arg(it.value().toInteger()) << '\n';
    if (r[QStringLiteral("conflicts")].toInteger() > 0)
        o << tr("  conflicts    %1 of %2 attempts refused because the row changed (retried)")
                 .arg(r[QStringLiteral("conflicts")].toInteger()).arg(r[QStringLiteral("attempts")].toInteger()) << '\n';
    printLatencyLine(o, tr("latency ms  "), r[QStringLiteral("latency_ms")].toObject());
    printOperations(o, r[QStringLiteral("operations")].toObject());
    o << tr("  database     %1 drill orders created, %2 acknowledged")
             .arg(r[QStringLiteral("drill_orders_in_database")].toInteger()).arg(r[QStringLiteral("acknowledged")].toInteger()) << '\n';
    printThresholds(o, r[QStringLiteral("thresholds")].toArray());
    const QJsonArray violations = r[QStringLiteral("violations")].toArray();
    if (r[QStringLiteral("verdict")].toString() == QLatin1String("pass")) {
        o << tr("Verdict: PASS (no negative stock, nothing oversold, ledger == stock, every acknowledged order exactly once)") << '\n';
    } else {
        o << tr("Verdict: FAIL, %1 violations").arg(violations.size()) << '\n';
        for (const QJsonValue &v : violations)
            o << QStringLiteral("  [%1] %2").arg(v[QStringLiteral("kind")].toString(), v[QStringLiteral("detail")].toString()) << '\n';
    }
    o.flush();
}

void printShootoutTable(const QJsonArray &rows)
{
    QTextStream &o = out();
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10")
             .arg(tr("strategy"), -15).arg(tr("buyers"), 7).arg(tr("attempts"), 10).arg(tr("successes"), 10)
             .arg(tr("conflicts"), 10).arg(tr("orders/s"), 10).arg(tr("p99 ms"), 9).arg(tr("p99.9 ms"), 9)
             .arg(tr("x guarded"), 10).arg(tr("verdict"))
      << '\n';
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QJsonObject l = row[QStringLiteral("latency_ms")].toObject();
        const bool passed = row[QStringLiteral("verdict")].toString() == QLatin1String("pass");
        const double vsGuarded = row[QStringLiteral("vs_guarded_update")].toDouble();
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10")
                 .arg(row[QStringLiteral("strategy")].toString(), -15).arg(row[QStringLiteral("buyers")].toInt(), 7)
                 .arg(row[QStringLiteral("attempts")].toInteger(), 10).arg(row[QStringLiteral("successes")].toInteger(), 10)
                 .arg(row[QStringLiteral("conflicts")].toInteger(), 10)
                 .arg(fixed(row[QStringLiteral("orders_per_s")].toDouble(), 1), 10)
                 .arg(fixed(l[QStringLiteral("p99")].toDouble()), 9).arg(fixed(l[QStringLiteral("p99_9")].toDouble()), 9)
                 .arg(vsGuarded > 0 ? fixed(vsGuarded, 2) + QLatin1Char('x') : QStringLiteral("-"), 10)
                 .arg(passed ? tr("PASS") : tr("FAIL"))
          << '\n';
        for (const QJsonValue &v : row[QStringLiteral("violations")].toArray())
            o << QStringLiteral("    %1").arg(v.toString()) << '\n';
    }
    o.flush();
}

// A saved chaos run (chaos::ChaosReport::toJson()), as `backroom drill chaos` printed it.
bool isChaosRun(const drills::DrillRun &run) { return run.kind == QLatin1String("chaos"); }

QString probeValueText(const QJsonObject &probe)
{
    const QJsonValue value = probe[QStringLiteral("value")];
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 4) : tr("not measured");
}

void printChaosProbes(QTextStream &o, const QString &heading, const QJsonArray &probes)
{
    o << heading << '\n';
    for (const QJsonValue &v : probes) {
        const QJsonObject p = v.toObject();
        o << QStringLiteral("  %1 %2: %3 (%4)")
                 .arg(p[QStringLiteral("passed")].toBool() ? tr("PASS") : tr("FAIL"), p[QStringLiteral("name")].toString(),
                      probeValueText(p), p[QStringLiteral("tolerance")].toString())
          << '\n';
    }
}

QString timeToRecoverText(const QJsonObject &r)
{
    const double seconds = r[QStringLiteral("time_to_recover_s")].toDouble(-1);
    return seconds >= 0 ? tr("%1 s after the last fault was taken out").arg(fixed(seconds, 1))
                        : tr("did not get back to its steady state within the run");
}

void printChaosReport(const QJsonObject &r)
{
    QTextStream &o = out();
    o << tr("Chaos experiment: %1").arg(r[QStringLiteral("title")].toString()) << '\n';
    printChaosProbes(o, tr("Steady state at rest:"), r[QStringLiteral("probes_at_rest")].toArray());
    const bool methodRun = r[QStringLiteral("method_run")].toBool();
    if (!methodRun)
        o << tr("The steady state did not hold at rest: no fault was injected.") << '\n';
    o << tr("Timeline:") << '\n';
    for (const QJsonValue &v : r[QStringLiteral("timeline")].toArray())
        o << QStringLiteral("  %1 s  %2  %3")
                 .arg(v[QStringLiteral("at_s")].toDouble(), 6, 'f', 2).arg(v[QStringLiteral("kind")].toString(), -11)
                 .arg(v[QStringLiteral("detail")].toString())
          << '\n';
    if (methodRun) {
        printChaosProbes(o, tr("Steady state during the method (faults and recovery):"), r[QStringLiteral("probes_during_method")].toArray());
        o << tr("Time to recover: %1.").arg(timeToRecoverText(r)) << '\n';
    }
    const QJsonObject verdict = r[QStringLiteral("verdict")].toObject();
    if (verdict[QStringLiteral("read")].toBool()) {
        const QJsonArray violations = verdict[QStringLiteral("violations")].toArray();
        o << (violations.isEmpty() ? tr("Verdict: nothing oversold, ledger == stock, no acknowledged order lost.")
                                   : tr("Verdict: %1 violations").arg(violations.size()))
          << '\n';
        for (const QJsonValue &v : violations)
            o << QStringLiteral("  [%1] %2").arg(v[QStringLiteral("kind")].toString(), v[QStringLiteral("detail")].toString()) << '\n';
    }
    o << tr("Money at risk: %1").arg(r[QStringLiteral("money_at_risk")][QStringLiteral("in_words")].toString()) << '\n';
    if (r[QStringLiteral("aborted")].toBool())
        o << tr("The run was aborted: the steady state broke beyond the experiment's limit.") << '\n';
    if (r[QStringLiteral("cancelled")].toBool())
        o << tr("The run was cancelled.") << '\n';
    if (const QString failure = r[QStringLiteral("failure")].toString(); !failure.isEmpty())
        o << tr("Failure: %1").arg(failure) << '\n';
    for (const QJsonValue &e : r[QStringLiteral("rollback_errors")].toArray())
        o << tr("Rollback failed: %1 (undo it by hand)").arg(e.toString()) << '\n';
    o << (r[QStringLiteral("passed")].toBool() ? tr("PASSED") : tr("FAILED")) << '\n';
    o.flush();
}

// What `drill runs --json` says of a chaos run beyond its row: enough to compare without `drill show`.
QJsonObject chaosSummaryJson(const QJsonObject &r)
{
    int probesFailed = 0;
    for (const QJsonValue &v : r[QStringLiteral("probes_during_method")].toArray())
        probesFailed += v[QStringLiteral("passed")].toBool() ? 0 : 1;
    const QJsonObject money = r[QStringLiteral("money_at_risk")].toObject();
    return QJsonObject{{QStringLiteral("steady_at_rest"), r[QStringLiteral("steady_at_rest")].toBool()},
                       {QStringLiteral("method_run"), r[QStringLiteral("method_run")].toBool()},
                       {QStringLiteral("aborted"), r[QStringLiteral("aborted")].toBool()},
                       {QStringLiteral("cancelled"), r[QStringLiteral("cancelled")].toBool()},
                       {QStringLiteral("probes"), r[QStringLiteral("probes_during_method")].toArray().size()},
                       {QStringLiteral("probes_failed"), probesFailed},
                       {QStringLiteral("time_to_recover_s"), r[QStringLiteral("time_to_recover_s")].toDouble(-1)},
                       {QStringLiteral("money_clean"), money[QStringLiteral("clean")].toBool(true)},
                       {QStringLiteral("money_in_words"), money[QStringLiteral("in_words")].toString()}};
}

QString chaosHeadline(const QJsonObject &r)
{
    if (!r[QStringLiteral("method_run")].toBool())
        return tr("steady state broken at rest, no fault injected");
    const QJsonObject summary = chaosSummaryJson(r);
    const double recovered = summary[QStringLiteral("time_to_recover_s")].toDouble();
    return tr("%1 of %2 probes held, %3, %4")
        .arg(summary[QStringLiteral("probes")].toInt() - summary[QStringLiteral("probes_failed")].toInt())
        .arg(summary[QStringLiteral("probes")].toInt())
        .arg(recovered >= 0 ? tr("recovered in %1 s").arg(fixed(recovered, 1)) : tr("did not recover"),
             summary[QStringLiteral("money_clean")].toBool() ? tr("no money at risk") : tr("money at risk"));
}

void printProgress(const drills::LoadDrillSample &s)
{
    err() << tr("  %1 s  %2/s answered  %3/s acknowledged  p95 %4 ms  p99 %5 ms  errors %6  dropped %7  in flight %8  waiting %9")
                 .arg(fixed(s.atSeconds, 0), fixed(s.answeredPerSecond, 0), fixed(s.acknowledgedPerSecond, 0),
                      fixed(s.p95Ms, 1), fixed(s.p99Ms, 1))
                 .arg(s.errors).arg(s.dropped).arg(s.inFlight).arg(s.waiting)
          << Qt::endl;
}

// ---- running ----

// Runs the application's event loop until `finished` (Ctrl-C quits it early: then cancel and wait for the
// end, so the report of a cancelled run is still printed). Returns true when Ctrl-C stopped it.
template <typename Runner, typename FinishedSignal>
bool runUntilFinished(Runner &runner, FinishedSignal finished)
{
    QObject::connect(&runner, finished, QCoreApplication::instance(), &QCoreApplication::quit);
    quitOnSignals();
    if (runner.isRunning())
        QCoreApplication::exec();
    if (!runner.isRunning())
        return false;
    runner.cancel();
    QEventLoop loop;
    QObject::connect(&runner, finished, &loop, &QEventLoop::quit);
    if (runner.isRunning())
        loop.exec();
    return true;
}

// A run that cannot be saved (no rights, an older database) keeps its report: a warning, not a failure.
void saveRun(db::Connection &conn, const drills::DrillRun &run, bool announce, QJsonObject *report)
{
    auto id = drills::saveDrillRun(conn, run);
    if (!id) {
        err() << tr("backroom: warning: the run was not saved (%1); the report above is complete.").arg(id.error().message)
              << Qt::endl;
        return;
    }
    report->insert(QStringLiteral("run_id"), *id);
    if (announce)
        out() << tr("Saved as run %1 (`backroom drill show %1`).").arg(*id) << Qt::endl;
}

// Fills the SKUs and mix from the scenario (or --sku, or the 20 SKUs with most stock).
Result<drills::ScenarioSetup> prepare(db::Connection &conn, LoadPlan &plan)
{
    drills::ScenarioSetup setup;
    if (plan.scenario) {
        auto prepared = drills::prepareScenario(conn, *plan.scenario, plan.scenarioOptions, &plan.config);
        if (!prepared)
            return prepared.error();
        setup = *prepared;
    }
    if (!plan.explicitSkus.isEmpty()) {
        plan.config.skus = plan.explicitSkus;
    } else if (plan.config.skus.isEmpty()) {
        auto skus = defaultSkus(conn);
        if (!skus)
            return skus.error();
        plan.config.skus = *skus;
    }
    return setup;
}

int exitCodeOf(bool verdictPassed, bool thresholdsPassed, bool cancelled)
{
    if (!verdictPassed)
        return Failed;
    if (cancelled)
        return kCancelled;
    return thresholdsPassed ? Ok : kThresholdMissed;
}

int runLoad(const Parser &p, db::Connection &conn, LoadPlan &plan)
{
    auto setup = prepare(conn, plan);
    if (!setup)
        return fail(p, setup.error());
    auto watermark = drills::orderWatermark(conn);
    if (!watermark) {
        drills::finishScenario(conn, *setup);
        return fail(p, watermark.error());
    }
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    drills::LoadDrill drill(plan.config);
    if (!p.json())
        QObject::connect(&drill, &drills::LoadDrill::progressed, &drill, &printProgress);
    if (auto started = drill.start(); !started) {
        drills::finishScenario(conn, *setup);
        return fail(p, started.error());
    }
    const bool interrupted = runUntilFinished(drill, &drills::LoadDrill::finished);
    const LoadDrillReport report = drill.report();
    if (auto finished = drills::finishScenario(conn, *setup); !finished)
        err() << tr("backroom: warning: could not turn the flash sale off (%1); run `backroom stock flash-sale SKU --off`.")
                     .arg(finished.error().message) << Qt::endl;
    auto verdict = drills::judgeRun(conn, report, *watermark);
    if (!verdict)
        return fail(p, verdict.error());
    const auto thresholds = drills::evaluateThresholds(plan.thresholds, report);
    QJsonObject json = drills::loadRunReportJson(report, *verdict, thresholds);
    const bool cancelled = interrupted || report.wasCancelled;
    const int code = exitCodeOf(verdict->passed(), drills::allPassed(thresholds), cancelled);
    if (!p.json())
        printLoadReport(json);
    if (plan.save) {
        drills::DrillRun run;
        run.kind = QStringLiteral("load");
        run.scenario = plan.scenario ? drills::scenarioName(*plan.scenario) : QStringLiteral("custom");
        run.startedAt = startedAt;
        run.passed = code == Ok;
        run.params = loadParamsJson(plan);
        run.report = json;
        saveRun(conn, run, !p.json(), &json);
    }
    if (p.json())
        printJson(json);
    return code;
}

QList<int> parseBuyerCounts(const QString &text)
{
    QList<int> counts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok)
            return {};
        counts << n;
    }
    return counts;
}

bool readShootoutConfig(Parser &p, drills::ShootoutConfig *config)
{
    if (p.isSet(QStringLiteral("rate")) || p.isSet(QStringLiteral("stages")) || p.isSet(QStringLiteral("target"))
        || p.isSet(QStringLiteral("sku")) || !p.qt().values(QStringLiteral("threshold")).isEmpty()) {
        fail(p, Error::make(Error::Kind::BadInput, tr("The shoot-out is closed-model database runs on its own hot SKU: "
                                                      "it takes --buyers, --duration, --connections, --strategy, "
                                                      "--buckets, --hot-units, not --rate, --stages, --target, --sku or "
                                                      "--threshold.")));
        return false;
    }
    if (p.isSet(QStringLiteral("buyers"))) {
        config->buyerCounts = parseBuyerCounts(p.value(QStringLiteral("buyers")));
        if (config->buyerCounts.isEmpty()) {
            fail(p, Error::make(Error::Kind::BadInput, tr("--buyers takes buyer counts such as 32,256, got %1.")
                                                           .arg(p.value(QStringLiteral("buyers")))));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("strategy"))) {
        config->strategies.clear();
        for (const QString &name : p.value(QStringLiteral("strategy")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto strategy = drills::strategyFromName(name.trimmed());
            if (!strategy) {
                fail(p, Error::make(Error::Kind::BadInput, tr("--strategy takes guarded_update, buckets, for_update, "
                                                              "xmin_retry (comma-separated), got %1.").arg(name)));
                return false;
            }
            config->strategies << *strategy;
        }
    }
    config->conninfo = p.conninfo();
    config->confirmedRemote = p.isSet(QStringLiteral("yes"));
    return durationOption(p, QStringLiteral("duration"), &config->durationPerRun)
           && intOption(p, QStringLiteral("connections"), &config->maxConnections)
           && intOption(p, QStringLiteral("buckets"), &config->buckets)
           && intOption(p, QStringLiteral("hot-units"), &config->hotUnits);
}

int runShootout(const Parser &p, db::Connection &conn, const drills::ShootoutConfig &config)
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    drills::ShootoutRunner runner(config, conn);
    if (!p.json()) {
        QObject::connect(&runner, &drills::ShootoutRunner::runStarted, &runner,
                         [&runner](drills::StockStrategy strategy, int buyers, int index) {
                             err() << tr("run %1/%2: %3, %4 buyers").arg(index + 1).arg(runner.totalRuns())
                                          .arg(drills::strategyName(strategy)).arg(buyers) << Qt::endl;
                         });
        QObject::connect(&runner, &drills::ShootoutRunner::progressed, &runner, &printProgress);
    }
    if (auto started = runner.start(); !started)
        return fail(p, started.error());
    const bool interrupted = runUntilFinished(runner, &drills::ShootoutRunner::finished);

    QJsonArray rows;
    bool allPassed = true;
    for (const auto &row : runner.rows()) {
        rows.append(drills::shootoutRowJson(row));
        allPassed = allPassed && row.verdictPassed;
    }
    QJsonObject report{{QStringLiteral("rows"), rows}, {QStringLiteral("was_cancelled"), interrupted},
                       {QStringLiteral("verdict"), allPassed ? QStringLiteral("pass") : QStringLiteral("fail")}};
    const int code = exitCodeOf(allPassed, true, interrupted);
    if (!p.json())
        printShootoutTable(rows);
    if (!p.isSet(QStringLiteral("no-save"))) {
        QJsonArray strategies, buyers;
        for (auto s : config.strategies)
            strategies.append(drills::strategyName(s));
        for (int b : config.buyerCounts)
            buyers.append(b);
        drills::DrillRun run;
        run.kind = QStringLiteral("shootout");
        run.scenario = QStringLiteral("shootout");
        run.startedAt = startedAt;
        run.passed = code == Ok;
        run.params = QJsonObject{{QStringLiteral("strategies"), strategies}, {QStringLiteral("buyers"), buyers},
                                 {QStringLiteral("duration_ms"), qint64(config.durationPerRun.count())},
                                 {QStringLiteral("max_connections"), config.maxConnections},
                                 {QStringLiteral("buckets"), config.buckets}, {QStringLiteral("hot_units"), config.hotUnits}};
        run.report = report;
        saveRun(conn, run, !p.json(), &report);
    }
    if (p.json())
        printJson(report);
    return code;
}

int load(const QStringList &args)
{
    Parser p(QStringLiteral("backroom drill load [--scenario normal-day|flash-sale|shootout] [--buyers N | --rate R | "
                            "--stages '30s:100,1m:1000,30s:0'] [--duration 10s] [--target db|http://127.0.0.1:8080] "
                            "[--connections M] [--sockets N] [--think 0ms] [--threshold 'p95<500ms']... [--strategy S] "
                            "[--sku A,B] [--max-orders N] [--drop-after 2s] [--hot-units N] [--buckets N] [--notify] "
                            "[--no-save] [--json] [--yes]"),
             tr("Rehearses a rush: virtual buyers check out (and browse and search, per scenario) against the database or "
                "the store API, then the verdict checks that nothing was oversold or lost, and the thresholds are "
                "checked. The run is saved (`backroom drill runs`). Drill orders have channel 'drill'. Exit codes: 0 "
                "passed, 1 verdict failed, 5 remote target without --yes, 6 threshold missed, 130 cancelled."));
    p.addOption(QStringLiteral("scenario"), tr("normal-day, flash-sale or shootout (default: checkout only on --sku)"), QStringLiteral("NAME"));
    p.addOption(QStringLiteral("buyers"), tr("closed model: this many virtual buyers (shootout: counts, e.g. 32,256)"), QStringLiteral("N"));
    p.addOption(QStringLiteral("rate"), tr("open model: this many iterations per second"), QStringLiteral("R"));
    p.addOption(QStringLiteral("stages"), tr("open model ramping through duration:rate stages, e.g. 30s:100,1m:1000,30s:0"),
                QStringLiteral("STAGES"));
    p.addOption(QStringLiteral("duration"), tr("how long to run (default 10s; shootout: per run)"), QStringLiteral("D"));
    p.addOption(QStringLiteral("target"), tr("db (default) or the store API's address, e.g. http://127.0.0.1:8080"), QStringLiteral("T"));
    p.addOption(QStringLiteral("connections"), tr("database connections shared by the buyers (default 4; shootout: at most, default 64)"),
                QStringLiteral("M"));
    p.addOption(QStringLiteral("sockets"), tr("--target http: keep-alive sockets (default 64)"), QStringLiteral("N"));
    p.addOption(QStringLiteral("think"), tr("closed model: pause between a buyer's iterations (default 0ms)"), QStringLiteral("T"));
    p.addOption(QStringLiteral("threshold"), tr("pass/fail condition, repeatable: p95<500ms, p99.9<1s, errors<1%, rate>=1000, dropped==0"),
                QStringLiteral("COND"));
    p.addOption(QStringLiteral("strategy"), tr("how checkout takes stock: guarded_update (default), buckets, for_update, "
                                               "xmin_retry (shootout: a comma-separated subset)"), QStringLiteral("S"));
    p.addOption(QStringLiteral("sku"), tr("SKUs to order, comma-separated (default: the 20 with most stock)"), QStringLiteral("SKUS"));
    p.addOption(QStringLiteral("max-orders"), tr("stop after starting this many iterations (default 1000000)"), QStringLiteral("N"));
    p.addOption(QStringLiteral("drop-after"), tr("open model: drop an iteration that waited this long for a connection (default 2s)"),
                QStringLiteral("D"));
    p.addOption(QStringLiteral("hot-units"), tr("flash-sale: units of each hot SKU (default 500); shootout: of the hot SKU"),
                QStringLiteral("N"));
    p.addOption(QStringLiteral("buckets"), tr("flash-sale and shootout buckets: buckets per hot SKU (default 16)"), QStringLiteral("N"));
    p.addOption(QStringLiteral("notify"), tr("send the change notifications per order, as a real checkout does (default: quiet)"));
    p.addOption(QStringLiteral("no-save"), tr("do not save the run in the database"));
    p.addOption(QStringLiteral("yes"), tr("confirm a target that is not this machine"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;

    if (p.value(QStringLiteral("scenario")) == drills::scenarioName(drills::Scenario::Shootout)) {
        drills::ShootoutConfig config;
        if (!readShootoutConfig(p, &config))
            return p.failCode();
        if (!config.confirmedRemote && !drills::isLoopbackTarget(config.conninfo))
            return fail(p, Error::make(Error::Kind::Permission,
                                       tr("The drill target is not this machine: a load drill against a real server can "
                                          "hurt real buyers. Confirm it with --yes if you mean it.")));
        auto conn = connect(p);
        if (!conn)
            return p.failCode();
        return runShootout(p, *conn, config);
    }
    LoadPlan plan;
    if (!readLoadPlan(p, &plan))
        return p.failCode();
    if (const int refused = refuseRemoteTarget(p, plan.config); refused != Ok)
        return refused;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    return runLoad(p, *conn, plan);
}

// ---- cleanup, runs, show ----

bool stdinSaysYes()
{
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int cleanup(const QStringList &args)
{
    Parser p(QStringLiteral("backroom drill cleanup [--yes] [--json]"),
             tr("Cancels open drill orders (their units go back on sale) and removes every drill order that was never paid. "
                "Orders of other channels are never touched. Asks first unless --yes."));
    p.addOption(QStringLiteral("yes"), tr("do not ask"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    if (!p.isSet(QStringLiteral("yes"))) {
        auto pending = conn->exec("SELECT count(*) FROM backroom_data.orders WHERE channel = 'drill' AND paid_at IS NULL");
        if (!pending)
            return fail(p, pending.error());
        err() << tr("Remove %1 unpaid drill orders (open ones are cancelled first)? [y/N] ").arg(pending->toInt64(0, 0)) << Qt::flush;
        if (!stdinSaysYes())
            return fail(p, Error::make(Error::Kind::Permission,
                                       tr("Not confirmed: nothing was removed. Answer y, or pass --yes.")));
    }
    auto removed = conn->exec("SELECT drill_cleanup()");
    if (!removed)
        return fail(p, removed.error());
    const qint64 count = removed->toInt64(0, 0);
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("removed"), count}});
    else
        out() << tr("Removed %1 drill orders.").arg(count) << Qt::endl;
    return Ok;
}

QJsonObject runJson(const drills::DrillRun &run, bool withReport)
{
    QJsonObject json{{QStringLiteral("id"), run.id},
                     {QStringLiteral("kind"), run.kind},
                     {QStringLiteral("scenario"), run.scenario},
                     {QStringLiteral("started_at"), run.startedAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("finished_at"), run.finishedAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("passed"), run.passed},
                     {QStringLiteral("actor"), run.actor},
                     {QStringLiteral("params"), run.params}};
    if (withReport)
        json.insert(QStringLiteral("report"), run.report);
    else if (isChaosRun(run))
        json.insert(QStringLiteral("summary"), chaosSummaryJson(run.report));
    return json;
}

// One line per run: what it was and its headline figure.
QString runHeadline(const drills::DrillRun &run)
{
    if (run.kind == QLatin1String("shootout"))
        return tr("%1 runs").arg(run.report[QStringLiteral("rows")].toArray().size());
    if (isChaosRun(run))
        return chaosHeadline(run.report);
    return tr("%1 orders/s, p99 %2 ms").arg(fixed(run.report[QStringLiteral("throughput_per_s")].toDouble(), 1),
                                            fixed(run.report[QStringLiteral("latency_ms")][QStringLiteral("p99")].toDouble()));
}

int runs(const QStringList &args)
{
    Parser p(QStringLiteral("backroom drill runs [--limit N] [--json]"), tr("Lists saved drill runs, newest first."));
    p.addOption(QStringLiteral("limit"), tr("at most this many (default 50)"), QStringLiteral("N"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    int limit = 50;
    if (!intOption(p, QStringLiteral("limit"), &limit))
        return BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto list = drills::listDrillRuns(*conn, limit);
    if (!list)
        return fail(p, list.error());
    if (p.json()) {
        QJsonArray array;
        for (const auto &run : *list)
            array.append(runJson(run, false));
        printJson(array);
        return Ok;
    }
    QTextStream &o = out();
    for (const auto &run : *list) {
        const qint64 seconds = run.startedAt.isValid() ? run.startedAt.secsTo(run.finishedAt) : 0;
        o << QStringLiteral("%1  %2  %3 %4 %5 s  %6  %7  %8")
                 .arg(run.id, 5).arg(run.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                 .arg(run.kind, -8).arg(run.scenario, -10).arg(seconds, 4)
                 .arg(run.passed ? tr("PASS") : tr("FAIL"), runHeadline(run), run.actor)
          << '\n';
    }
    if (list->isEmpty())
        o << tr("No saved drill runs yet: `backroom drill load` and `backroom drill chaos` save one.") << '\n';
    o.flush();
    return Ok;
}

int show(const QStringList &args)
{
    Parser p(QStringLiteral("backroom drill show ID [--json]"), tr("Shows a saved drill run: its parameters and report."));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    bool ok = false;
    const qint64 id = p.positional().first().toLongLong(&ok);
    if (!ok)
        return fail(p, Error::make(Error::Kind::BadInput, tr("The run id is a number (`backroom drill runs` lists them).")));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto run = drills::loadDrillRun(*conn, id);
    if (!run)
        return fail(p, run.error());
    if (p.json()) {
        printJson(runJson(*run, true));
        return Ok;
    }
    out() << tr("Run %1: %2 %3, %4 to %5 by %6, %7")
                 .arg(run->id).arg(run->kind, run->scenario, run->startedAt.toLocalTime().toString(Qt::ISODate),
                                   run->finishedAt.toLocalTime().toString(Qt::ISODate), run->actor,
                                   run->passed ? tr("passed") : tr("failed"))
          << '\n'
          << tr("Parameters: %1").arg(QString::fromUtf8(QJsonDocument(run->params).toJson(QJsonDocument::Compact))) << '\n';
    if (run->kind == QLatin1String("shootout"))
        printShootoutTable(run->report[QStringLiteral("rows")].toArray());
    else if (isChaosRun(*run))
        printChaosReport(run->report);
    else
        printLoadReport(run->report);
    return Ok;
}

QList<Subcommand> drillSubcommands()
{
    return {
        {QStringLiteral("load"), tr("rehearse a rush (scenarios, thresholds, shoot-out), then check nothing was oversold or lost"), load},
        {QStringLiteral("cleanup"), tr("remove the drill's unpaid orders (never touches other channels)"), cleanup},
        {QStringLiteral("runs"), tr("list saved drill runs"), runs},
        {QStringLiteral("show"), tr("show a saved drill run"), show},
    };
}

int drillCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("drill"), drillSubcommands(), args);
}

const bool registeredDrill =
    registerCommand(QStringLiteral("drill"), QStringLiteral("load, cleanup, runs, show: rehearse a flash sale, with a verdict"),
                    drillCommand);

} // namespace
} // namespace backroom::cli
