// `backroom drill load`: drives place_order against the database with virtual buyers (closed model,
// --buyers) or a fixed arrival rate (open model, --rate), prints throughput, latency percentiles, errors
// by kind and dropped iterations, then the correctness verdict; exits non-zero when the verdict fails.
// Further `drill` subcommands join drillSubcommands() below.
#include "cli.h"

#include "drills/loaddrill.h"
#include "drills/verdict.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

namespace backroom::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

using drills::LoadDrillConfig;
using drills::LoadDrillReport;

// "10s", "500ms", "2m", "1.5s"; a bare number is seconds.
std::optional<std::chrono::milliseconds> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double ms = unit == QLatin1String("ms") ? value : unit == QLatin1String("m") ? value * 60000 : value * 1000;
    return std::chrono::milliseconds(qint64(ms));
}

bool durationOption(const Parser &p, const QString &name, std::chrono::milliseconds *value)
{
    if (!p.isSet(name))
        return true;
    const auto parsed = parseDuration(p.value(name));
    if (!parsed) {
        fail(p, Error::make(Error::Kind::BadInput, tr("--%1 takes a duration such as 10s, 500ms or 2m, got %2.")
                                                       .arg(name, p.value(name))));
        return false;
    }
    *value = *parsed;
    return true;
}

// The SKUs with the most available stock, when --sku is not given.
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

bool readConfig(const Parser &p, LoadDrillConfig *config)
{
    if (p.isSet(QStringLiteral("buyers")) == p.isSet(QStringLiteral("rate"))) {
        fail(p, Error::make(Error::Kind::BadInput, tr("Give either --buyers N (closed model) or --rate R (open model).")));
        return false;
    }
    qint64 number = 0;
    if (p.isSet(QStringLiteral("buyers"))) {
        if (!p.intValue(QStringLiteral("buyers"), &number))
            return false;
        config->model = LoadDrillConfig::Model::Closed;
        config->buyers = int(std::clamp<qint64>(number, -1, 1'000'000));
    } else {
        bool ok = false;
        config->model = LoadDrillConfig::Model::Open;
        config->ratePerSecond = p.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok) {
            fail(p, Error::make(Error::Kind::BadInput, tr("--rate takes a number of orders per second.")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("connections"))) {
        if (!p.intValue(QStringLiteral("connections"), &number))
            return false;
        config->connections = int(std::clamp<qint64>(number, -1, 1'000'000));
    }
    if (p.isSet(QStringLiteral("max-orders"))) {
        if (!p.intValue(QStringLiteral("max-orders"), &number))
            return false;
        config->maxOrders = number;
    }
    if (!durationOption(p, QStringLiteral("duration"), &config->duration)
        || !durationOption(p, QStringLiteral("think"), &config->thinkTime)
        || !durationOption(p, QStringLiteral("drop-after"), &config->dropAfter))
        return false;
    if (p.isSet(QStringLiteral("sku")))
        config->skus = p.value(QStringLiteral("sku")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    config->confirmedRemote = p.isSet(QStringLiteral("yes"));
    config->quiet = !p.isSet(QStringLiteral("notify"));
    config->conninfo = p.conninfo();
    return true;
}

// Runs the drill to its end (or until Ctrl-C, which cancels it), printing progress once a second.
LoadDrillReport runToEnd(drills::LoadDrill &drill, bool showProgress)
{
    QEventLoop loop;
    QObject::connect(&drill, &drills::LoadDrill::finished, &loop, &QEventLoop::quit);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &drill, &drills::LoadDrill::cancel);
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &drill, [&] {
        err() << tr("... %1 answered, %2 acknowledged").arg(drill.answered()).arg(drill.report().acknowledged) << Qt::endl;
    });
    if (showProgress)
        progress.start(1000);
    if (drill.isRunning())
        loop.exec();
    return drill.report();
}

void printReport(const LoadDrillReport &r, const drills::Verdict &verdict)
{
    const auto ms = [](resilience::LatencyHistogram::Duration d) { return QString::number(double(d.count()) / 1e6, 'f', 2); };
    const auto &l = r.latency;
    QTextStream &o = out();
    o << tr("Load drill (%1 model, %2 connections): %3 s%4")
             .arg(r.model == LoadDrillConfig::Model::Open ? tr("open") : tr("closed"))
             .arg(r.connections)
             .arg(r.seconds, 0, 'f', 2)
             .arg(r.wasCancelled ? tr(", cancelled") : QString())
      << '\n';
    o << tr("  throughput   %1 orders/s answered").arg(r.throughput(), 0, 'f', 1) << '\n';
    o << tr("  iterations   %1 intended, %2 started, %3 dropped, %4 not started")
             .arg(r.intended).arg(r.started).arg(r.dropped).arg(r.notStarted) << '\n';
    o << tr("  answers      %1 acknowledged, %2 out of stock, %3 other errors, %4 cancelled, %5 lost with a connection")
             .arg(r.acknowledged).arg(r.outOfStock).arg(r.errors()).arg(r.cancelled).arg(r.indeterminate) << '\n';
    for (auto it = r.otherErrors.begin(); it != r.otherErrors.end(); ++it)
        o << tr("    %1: %2").arg(it.key()).arg(it.value()) << '\n';
    o << tr("  latency ms   p50 %1  p90 %2  p95 %3  p99 %4  p99.9 %5  max %6")
             .arg(ms(l.p50), ms(l.p90), ms(l.p95), ms(l.p99), ms(l.p999), ms(l.max)) << '\n';
    o << tr("  database     %1 drill orders created, %2 acknowledged").arg(verdict.drillOrdersInDatabase).arg(r.acknowledged) << '\n';
    if (verdict.passed()) {
        o << tr("Verdict: PASS (no negative stock, nothing oversold, ledger == stock, every acknowledged order exactly once)") << '\n';
    } else {
        o << tr("Verdict: FAIL, %1 violations").arg(verdict.violations.size()) << '\n';
        for (const auto &v : verdict.violations)
            o << QStringLiteral("  [%1] %2").arg(v.kind, v.detail) << '\n';
    }
    o.flush();
}

int load(const QStringList &args)
{
    Parser p(QStringLiteral("backroom drill load --buyers N | --rate R [--duration 10s] [--connections M] [--think 0ms] "
                            "[--sku A,B] [--max-orders N] [--drop-after 2s] [--notify] [--json] [--yes]"),
             tr("Rehearses a rush on the checkout: virtual buyers place one-unit orders through place_order (closed model "
                "with --buyers, open model at a fixed arrival rate with --rate), then the verdict checks that nothing was "
                "oversold or lost. Drill orders have channel 'drill'. Exits 1 when the verdict fails."));
    p.addOption(QStringLiteral("buyers"), tr("closed model: this many virtual buyers"), QStringLiteral("N"));
    p.addOption(QStringLiteral("rate"), tr("open model: this many orders per second"), QStringLiteral("R"));
    p.addOption(QStringLiteral("duration"), tr("how long to run (default 10s)"), QStringLiteral("D"));
    p.addOption(QStringLiteral("connections"), tr("database connections shared by the buyers (default 4)"), QStringLiteral("M"));
    p.addOption(QStringLiteral("think"), tr("closed model: pause between a buyer's orders (default 0ms)"), QStringLiteral("T"));
    p.addOption(QStringLiteral("sku"), tr("SKUs to order, comma-separated (default: the 20 with most stock)"), QStringLiteral("SKUS"));
    p.addOption(QStringLiteral("max-orders"), tr("stop after starting this many orders (default 1000000)"), QStringLiteral("N"));
    p.addOption(QStringLiteral("drop-after"), tr("open model: drop an order that waited this long for a connection (default 2s)"),
                QStringLiteral("D"));
    p.addOption(QStringLiteral("notify"), tr("send the orders_changed notification per order, as a real checkout does "
                                             "(default: quiet, like bulk loads)"));
    p.addOption(QStringLiteral("yes"), tr("confirm a target that is not this machine"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    LoadDrillConfig config;
    if (!readConfig(p, &config))
        return p.failCode();
    if (!config.confirmedRemote && !drills::isLoopbackTarget(config.conninfo))
        return fail(p, Error::make(Error::Kind::Permission,
                                   tr("The drill target is not this machine: a load drill against a real server can hurt "
                                      "real buyers. Confirm it with --yes if you mean it.")));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    if (config.skus.isEmpty()) {
        auto skus = defaultSkus(*conn);
        if (!skus)
            return fail(p, skus.error());
        config.skus = *skus;
    }
    auto watermark = drills::orderWatermark(*conn);
    if (!watermark)
        return fail(p, watermark.error());

    drills::LoadDrill drill(config);
    quitOnSignals();
    if (auto started = drill.start(); !started)
        return fail(p, started.error());
    const LoadDrillReport report = runToEnd(drill, !p.json());
    auto verdict = drills::judgeRun(*conn, report, *watermark);
    if (!verdict)
        return fail(p, verdict.error());
    if (p.json())
        printJson(drills::drillReportJson(report, *verdict));
    else
        printReport(report, *verdict);
    return verdict->passed() ? Ok : Failed;
}

QList<Subcommand> drillSubcommands()
{
    return {
        {QStringLiteral("load"), tr("rehearse a rush on the checkout, then check nothing was oversold or lost"), load},
    };
}

int drillCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("drill"), drillSubcommands(), args);
}

const bool registeredDrill =
    registerCommand(QStringLiteral("drill"), QStringLiteral("load: rehearse a flash sale against the checkout, with a verdict"),
                    drillCommand);

} // namespace
} // namespace backroom::cli
