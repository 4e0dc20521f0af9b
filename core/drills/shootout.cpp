#include "drills/shootout.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>
#include <algorithm>

namespace backroom::drills {

struct ShootoutRunner::PlannedRun {
    StockStrategy strategy;
    int buyers;
};

namespace {

constexpr const char *kFreshHotSku = "SELECT sku FROM drill_hot_skus(1, $1::integer) AS sku";
constexpr const char *kFlashSaleOn = "SELECT flash_sale_on($1::text, $2::integer)";
constexpr const char *kFlashSaleOff = "SELECT flash_sale_off($1::text)";

double ms(resilience::LatencyHistogram::Duration d) { return double(d.count()) / 1e6; }
constexpr int kMaxBuckets = 256;   // flash_sale_on's limit

} // namespace

QJsonObject shootoutRowJson(const ShootoutRow &row)
{
    const auto &l = row.latency;
    QJsonObject json{
        {QStringLiteral("strategy"), strategyName(row.strategy)},
        {QStringLiteral("buyers"), row.buyers},
        {QStringLiteral("connections"), row.connections},
        {QStringLiteral("attempts"), row.attempts},
        {QStringLiteral("successes"), row.successes},
        {QStringLiteral("conflicts"), row.conflicts},
        {QStringLiteral("errors"), row.errors},
        {QStringLiteral("orders_per_s"), row.ordersPerSecond},
        {QStringLiteral("latency_ms"),
         QJsonObject{{QStringLiteral("count"), l.count}, {QStringLiteral("p50"), ms(l.p50)}, {QStringLiteral("p95"), ms(l.p95)},
                     {QStringLiteral("p99"), ms(l.p99)}, {QStringLiteral("p99_9"), ms(l.p999)}, {QStringLiteral("max"), ms(l.max)}}},
        {QStringLiteral("verdict"), row.verdictPassed ? QStringLiteral("pass") : QStringLiteral("fail")},
        {QStringLiteral("violations"), QJsonArray::fromStringList(row.violations)},
        {QStringLiteral("setup_s"), row.setupSeconds},
        {QStringLiteral("verdict_s"), row.verdictSeconds},
    };
    if (row.vsGuardedUpdate > 0)
        json.insert(QStringLiteral("vs_guarded_update"), row.vsGuardedUpdate);
    return json;
}

void fillGuardedUpdateRatios(QList<ShootoutRow> &rows)
{
    for (ShootoutRow &row : rows) {
        const auto guarded = std::find_if(rows.cbegin(), rows.cend(), [&row](const ShootoutRow &other) {
            return other.strategy == StockStrategy::GuardedUpdate && other.buyers == row.buyers;
        });
        row.vsGuardedUpdate = guarded != rows.cend() && guarded->ordersPerSecond > 0
                                  ? row.ordersPerSecond / guarded->ordersPerSecond
                                  : 0;
    }
}

struct ShootoutRunner::Private {
    ShootoutConfig config;
    db::Connection *admin = nullptr;
    QList<PlannedRun> plan;
    int next = 0;                          // index into plan of the run to start next
    QList<ShootoutRow> rows;
    std::unique_ptr<LoadDrill> drill;      // the run in progress
    QString hotSku;                        // of the run in progress
    bool flashSaleOn = false;
    qint64 watermark = 0;
    double setupSeconds = 0;               // of the run in progress
    bool running = false;
    bool cancelled = false;
};

ShootoutRunner::ShootoutRunner(ShootoutConfig config, db::Connection &admin, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->config = std::move(config);
    d->admin = &admin;
    for (int buyers : d->config.buyerCounts)
        for (StockStrategy strategy : d->config.strategies)
            d->plan.append({strategy, buyers});
}

ShootoutRunner::~ShootoutRunner()
{
    if (d->drill && d->drill->isRunning()) {
        QObject::disconnect(d->drill.get(), nullptr, this, nullptr);
        d->drill->cancel();
    }
    if (d->flashSaleOn)
        d->admin->exec(kFlashSaleOff, {d->hotSku});
}

Status ShootoutRunner::start()
{
    if (d->running || d->next > 0)
        return Error::make(Error::Kind::BadInput, tr("This shoot-out has already run; start a new one."));
    if (d->plan.isEmpty())
        return Error::make(Error::Kind::BadInput, tr("The shoot-out needs at least one strategy and one buyer count."));
    for (int buyers : d->config.buyerCounts)
        if (buyers < 1 || buyers > LoadDrillLimits::maxBuyers)
            return Error::make(Error::Kind::BadInput, tr("Buyers per run must be from 1 to %1, got %2.")
                                                          .arg(LoadDrillLimits::maxBuyers).arg(buyers));
    if (d->config.maxConnections < 1 || d->config.maxConnections > LoadDrillLimits::maxConnections)
        return Error::make(Error::Kind::BadInput, tr("Connections must be from 1 to %1, got %2.")
                                                      .arg(LoadDrillLimits::maxConnections).arg(d->config.maxConnections));
    if (d->config.hotUnits < 1 || d->config.buckets < 0 || d->config.buckets > kMaxBuckets)
        return Error::make(Error::Kind::BadInput, tr("The hot SKU needs at least one unit and at most %1 buckets "
                                                     "(0: one per connection).").arg(kMaxBuckets));
    if (!d->config.confirmedRemote && !isLoopbackTarget(d->config.conninfo))
        return Error::make(Error::Kind::Permission,
                           tr("The drill target is not this machine: a load drill against a real server can hurt real "
                              "buyers. Confirm it if you mean it."));
    d->running = true;
    // The first run starts here so that an error in its set-up (no drill functions, no rights) is the answer.
    if (auto first = startRun(); !first) {
        d->running = false;
        return first;
    }
    return Done{};
}

Status ShootoutRunner::startRun()
{
    const PlannedRun planned = d->plan.at(d->next++);
    QElapsedTimer setup;
    setup.start();
    auto sku = d->admin->exec(kFreshHotSku, {d->config.hotUnits});
    if (!sku)
        return sku.error();
    d->hotSku = sku->text(0, 0);
    if (planned.strategy == StockStrategy::Buckets) {
        if (auto on = d->admin->exec(kFlashSaleOn, {d->hotSku, bucketsFor(planned)}); !on)
            return on.error();
        d->flashSaleOn = true;
    }
    d->setupSeconds = double(setup.nsecsElapsed()) / 1e9;
    if (auto started = startDrill(planned); !started) {
        d->drill.reset();
        endFlashSale();
        return started;
    }
    return Done{};
}

int ShootoutRunner::bucketsFor(const PlannedRun &planned) const
{
    if (d->config.buckets > 0)
        return d->config.buckets;
    return std::min({planned.buyers, d->config.maxConnections, kMaxBuckets});
}

Status ShootoutRunner::startDrill(const PlannedRun &planned)
{
    auto watermark = orderWatermark(*d->admin);
    if (!watermark)
        return watermark.error();
    d->watermark = *watermark;

    LoadDrillConfig config;
    config.conninfo = d->config.conninfo;
    config.model = LoadDrillConfig::Model::Closed;
    config.buyers = planned.buyers;
    config.connections = std::min(planned.buyers, d->config.maxConnections);
    config.duration = d->config.durationPerRun;
    config.skus = {d->hotSku};
    config.strategy = planned.strategy;
    config.confirmedRemote = d->config.confirmedRemote;
    config.maxOrders = LoadDrillLimits::maxOrders;
    d->drill = std::make_unique<LoadDrill>(config);
    connect(d->drill.get(), &LoadDrill::progressed, this, &ShootoutRunner::progressed);
    connect(d->drill.get(), &LoadDrill::finished, this, [this] {
        // Leave the drill's own signal before it is destroyed.
        QTimer::singleShot(0, this, [this] { finishRun(); });
    });
    emit runStarted(planned.strategy, planned.buyers, d->next - 1);
    return d->drill->start();
}

Status ShootoutRunner::endFlashSale()
{
    if (!d->flashSaleOn)
        return Done{};
    d->flashSaleOn = false;
    auto off = d->admin->exec(kFlashSaleOff, {d->hotSku});
    if (!off)
        return off.error();
    return Done{};
}

void ShootoutRunner::finishRun()
{
    const PlannedRun planned = d->plan.at(d->next - 1);
    const LoadDrillReport report = d->drill->report();
    d->drill.reset();

    ShootoutRow row;
    row.strategy = planned.strategy;
    row.buyers = planned.buyers;
    row.connections = report.connections;
    row.attempts = std::max(report.attempts, report.started);
    row.successes = report.acknowledged;
    row.conflicts = report.conflicts;
    row.errors = report.errors();
    row.ordersPerSecond = report.seconds > 0 ? double(report.acknowledged) / report.seconds : 0;
    const auto &checkout = report.operations[size_t(Operation::Checkout)].latency;
    row.latency = checkout.count > 0 ? checkout : report.latency;
    row.setupSeconds = d->setupSeconds;
    QElapsedTimer judging;
    judging.start();
    if (auto off = endFlashSale(); !off)
        row.violations << QStringLiteral("setup: ") + off.error().message;
    if (auto verdict = judgeRun(*d->admin, report, d->watermark); verdict) {
        for (const Violation &v : verdict->violations)
            row.violations << v.kind + QStringLiteral(": ") + v.detail;
    } else {
        row.violations << QStringLiteral("verdict: ") + verdict.error().message;
    }
    row.verdictSeconds = double(judging.nsecsElapsed()) / 1e9;
    row.verdictPassed = row.violations.isEmpty();
    d->rows << row;
    fillGuardedUpdateRatios(d->rows);
    emit rowFinished(d->rows.last());
    startNextOrFinish();
}

void ShootoutRunner::startNextOrFinish()
{
    while (!d->cancelled && d->next < d->plan.size()) {
        auto started = startRun();
        if (started)
            return;
        // A run that could not start still gets its row, failed, with the reason, and the shoot-out goes on.
        ShootoutRow row;
        row.strategy = d->plan.at(d->next - 1).strategy;
        row.buyers = d->plan.at(d->next - 1).buyers;
        row.violations << QStringLiteral("start: ") + started.error().message;
        d->rows << row;
        emit rowFinished(row);
    }
    d->running = false;
    emit finished(d->cancelled);
}

void ShootoutRunner::cancel()
{
    if (!d->running)
        return;
    d->cancelled = true;
    if (d->drill)
        d->drill->cancel();
}

bool ShootoutRunner::isRunning() const { return d->running; }
const QList<ShootoutRow> &ShootoutRunner::rows() const { return d->rows; }
int ShootoutRunner::totalRuns() const { return int(d->plan.size()); }

} // namespace backroom::drills
