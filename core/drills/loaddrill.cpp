#include "drills/loaddrill.h"

#include "db/conninfo.h"
#include "drills/dbtarget.h"
#include "drills/drilllink.h"
#include "drills/httptarget.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <climits>
#include <cmath>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace backroom::drills {
namespace {

using detail::DrillAnswer;
using detail::DrillLink;
using detail::DrillRequest;
using Seconds = std::chrono::duration<double>;

constexpr int kMaxSearchTerms = 64;
constexpr auto kSampleInterval = std::chrono::milliseconds(1000);
constexpr auto kCancelGrace = std::chrono::milliseconds(600);   // answers still welcome after cancel()

bool isLoopbackHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')))
        return true;   // the default or a named Unix-domain socket: this machine
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

double stageSeconds(const Stage &stage) { return Seconds(stage.duration).count(); }

// The time (seconds from the start) at which the k-th arrival (0-based) is due: where the integral of
// the rate reaches k. Within a stage the rate is from + (to - from) * tau / D, so the count is
// from*tau + (to - from)*tau^2/(2D); the root is taken in the form that stays exact as to -> from.
double arrivalTime(double startRate, const std::vector<Stage> &stages, double k)
{
    double counted = 0, elapsed = 0, from = startRate;
    for (const Stage &stage : stages) {
        const double d = stageSeconds(stage), to = stage.targetRate;
        const double inStage = (from + to) * d / 2;
        if (inStage > 0 && k <= counted + inStage) {
            const double need = k - counted, a = (to - from) / (2 * d), b = from;
            const double root = std::sqrt(std::max(0.0, b * b + 4 * a * need));
            const double tau = b + root > 0 ? 2 * need / (b + root) : 0;
            return elapsed + std::clamp(tau, 0.0, d);
        }
        counted += inStage;
        elapsed += d;
        from = to;
    }
    return elapsed;
}

double rateAt(double startRate, const std::vector<Stage> &stages, double t)
{
    double elapsed = 0, from = startRate;
    for (const Stage &stage : stages) {
        const double d = stageSeconds(stage);
        if (t <= elapsed + d)
            return from + (stage.targetRate - from) * std::clamp((t - elapsed) / d, 0.0, 1.0);
        elapsed += d;
        from = stage.targetRate;
    }
    return from;
}

qint64 peakResidentBytes()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#if defined(Q_OS_MACOS)
    return qint64(usage.ru_maxrss);          // bytes on macOS
#else
    return qint64(usage.ru_maxrss) * 1024;   // kilobytes on Linux and the BSDs
#endif
#else
    return 0;   // not measured on this platform
#endif
}

double millis(resilience::LatencyHistogram::Duration d) { return double(d.count()) / 1e6; }

} // namespace

double expectedArrivals(double startRate, const std::vector<Stage> &stages, std::chrono::duration<double> by)
{
    const double t = by.count();
    double counted = 0, elapsed = 0, from = startRate;
    for (const Stage &stage : stages) {
        const double d = stageSeconds(stage), to = stage.targetRate;
        const double tau = std::clamp(t - elapsed, 0.0, d);
        counted += from * tau + (to - from) * tau * tau / (2 * d);
        if (t <= elapsed + d)
            break;
        elapsed += d;
        from = to;
    }
    return counted;
}

QString operationName(Operation op)
{
    switch (op) {
    case Operation::Checkout: return QStringLiteral("checkout");
    case Operation::Browse: return QStringLiteral("browse");
    case Operation::Search: return QStringLiteral("search");
    }
    return {};
}

QString strategyName(StockStrategy strategy)
{
    switch (strategy) {
    case StockStrategy::GuardedUpdate: return QStringLiteral("guarded_update");
    case StockStrategy::Buckets: return QStringLiteral("buckets");
    case StockStrategy::ForUpdate: return QStringLiteral("for_update");
    case StockStrategy::XminRetry: return QStringLiteral("xmin_retry");
    }
    return {};
}

std::optional<StockStrategy> strategyFromName(const QString &name)
{
    for (auto s : {StockStrategy::GuardedUpdate, StockStrategy::Buckets, StockStrategy::ForUpdate, StockStrategy::XminRetry})
        if (strategyName(s) == name)
            return s;
    return std::nullopt;
}

qint64 LoadDrillReport::errors() const
{
    qint64 n = 0;
    for (qint64 count : otherErrors)
        n += count;
    return n;
}

qint64 LoadDrillReport::pagesServed() const
{
    return operations[int(Operation::Browse)].ok + operations[int(Operation::Search)].ok;
}

bool LoadDrillReport::countsAddUp() const
{
    const qint64 answers = acknowledged + outOfStock + pagesServed() + errors() + cancelled + indeterminate;
    return intended == started + dropped + notStarted && started == answers
           && acknowledged == qint64(acknowledgedIds.size());
}

bool isLoopbackTarget(const QString &conninfo)
{
    const auto params = db::parseConnInfo(conninfo);
    if (!params)
        return false;
    QString hosts = params->value(QStringLiteral("hostaddr"));
    if (hosts.isEmpty())
        hosts = params->value(QStringLiteral("host"));
    if (hosts.isEmpty())
        hosts = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGHOST"));
    const QStringList list = hosts.split(QLatin1Char(','));
    return std::all_of(list.begin(), list.end(), isLoopbackHost);
}

LoadDrill::LoadDrill(LoadDrillConfig config, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_clock(m_config.clock ? m_config.clock : &net::Clock::system()),
      m_random(m_config.seed)
{
    m_arrivalTimer.setTimerType(Qt::PreciseTimer);
    m_arrivalTimer.setInterval(1);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &LoadDrill::arrive);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &LoadDrill::wakeThinkingBuyers);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &LoadDrill::stop);
    m_sampleTimer.setInterval(kSampleInterval);
    connect(&m_sampleTimer, &QTimer::timeout, this, [this] {
        abortStuckRequests();
        emitSample();
    });
    m_cancelGrace.setSingleShot(true);
    connect(&m_cancelGrace, &QTimer::timeout, this, [this] { abortInFlight(QStringLiteral("cancelled")); });
}

LoadDrill::~LoadDrill() = default;

Status LoadDrill::checkConfig() const
{
    const auto bad = [](const QString &message) { return Status(Error::make(Error::Kind::BadInput, message)); };
    const auto &c = m_config;
    if (c.model == LoadDrillConfig::Model::Closed && (c.buyers < 1 || c.buyers > LoadDrillLimits::maxBuyers))
        return bad(tr("Buyers must be from 1 to %1, got %2.").arg(LoadDrillLimits::maxBuyers).arg(c.buyers));
    if (c.maxOrders < 1 || c.maxOrders > LoadDrillLimits::maxOrders)
        return bad(tr("The order cap must be from 1 to %1, got %2.").arg(LoadDrillLimits::maxOrders).arg(c.maxOrders));
    if (c.thinkTime.count() < 0 || c.dropAfter.count() <= 0)
        return bad(tr("Think time cannot be negative and the drop bound must be above 0."));
    const auto &mix = c.mix;
    if (mix.checkout < 0 || mix.browse < 0 || mix.search < 0 || mix.checkout + mix.browse + mix.search <= 0)
        return bad(tr("The operation mix needs weights of 0 or more, at least one above 0."));
    if (mix.checkout > 0 && c.skus.isEmpty())
        return bad(tr("The drill needs at least one SKU with stock to order."));
    if (mix.search > 0 && c.skus.isEmpty() && c.searchTerms.isEmpty())
        return bad(tr("Searching needs search terms or SKUs to search for."));
    if (c.xminMaxRetries < 0)
        return bad(tr("The xmin retry bound cannot be negative."));
    if (auto shape = checkLoadShape(); !shape)
        return shape;
    return checkTarget();
}

Status LoadDrill::checkLoadShape() const
{
    const auto bad = [](const QString &message) { return Status(Error::make(Error::Kind::BadInput, message)); };
    const auto &c = m_config;
    const auto rateOk = [](double r) { return r >= 0 && r <= LoadDrillLimits::maxRatePerSecond; };
    if (c.model == LoadDrillConfig::Model::Open && !c.stages.empty()) {
        std::chrono::milliseconds total{0};
        bool anyRate = c.startRate > 0;
        for (const Stage &stage : c.stages) {
            if (stage.duration.count() <= 0 || !rateOk(stage.targetRate))
                return bad(tr("Every stage needs a duration above 0 and a rate from 0 to %1 per second.")
                               .arg(LoadDrillLimits::maxRatePerSecond));
            total += stage.duration;
            anyRate = anyRate || stage.targetRate > 0;
        }
        if (!rateOk(c.startRate) || !anyRate)
            return bad(tr("The stages never ask for any load: give at least one stage a rate above 0."));
        if (total > LoadDrillLimits::maxDuration)
            return bad(tr("The stages last longer than %1 s in all.").arg(LoadDrillLimits::maxDuration.count()));
        return Done{};
    }
    if (c.model == LoadDrillConfig::Model::Open && !(c.ratePerSecond > 0 && rateOk(c.ratePerSecond)))
        return bad(tr("The rate must be above 0 and at most %1 per second, got %2.")
                       .arg(LoadDrillLimits::maxRatePerSecond).arg(c.ratePerSecond));
    if (c.duration.count() <= 0 || c.duration > LoadDrillLimits::maxDuration)
        return bad(tr("The duration must be above 0 and at most %1 s.").arg(LoadDrillLimits::maxDuration.count()));
    return Done{};
}

Status LoadDrill::checkTarget() const
{
    const auto bad = [](const QString &message) { return Status(Error::make(Error::Kind::BadInput, message)); };
    const auto &c = m_config;
    const QString remote = tr("The drill target is not this machine: a load drill against a real server can hurt "
                              "real buyers. Confirm it (--yes) if you mean it.");
    if (c.target == LoadDrillConfig::Target::Http) {
        if (c.sockets < 1 || c.sockets > LoadDrillLimits::maxSockets)
            return bad(tr("Sockets must be from 1 to %1, got %2.").arg(LoadDrillLimits::maxSockets).arg(c.sockets));
        if (c.strategy == StockStrategy::ForUpdate || c.strategy == StockStrategy::XminRetry)
            return bad(tr("Over HTTP the store decides how stock is taken: use the database target to compare "
                          "%1.").arg(strategyName(c.strategy)));
        if (c.requestTimeout.count() <= 0)
            return bad(tr("The request timeout must be above 0."));
        if (!c.confirmedRemote && !detail::isLoopbackUrl(c.storeUrl))
            return Status(Error::make(Error::Kind::Permission, remote));
        return Done{};
    }
    if (c.connections < 1 || c.connections > LoadDrillLimits::maxConnections)
        return bad(tr("Connections must be from 1 to %1, got %2.").arg(LoadDrillLimits::maxConnections).arg(c.connections));
    if (!c.confirmedRemote && !isLoopbackTarget(c.conninfo))
        return Status(Error::make(Error::Kind::Permission, remote));
    return Done{};
}

Status LoadDrill::openTarget()
{
    m_searchTerms = (m_config.searchTerms.isEmpty() ? m_config.skus : m_config.searchTerms).mid(0, kMaxSearchTerms);
    if (m_config.target == LoadDrillConfig::Target::Http) {
        m_runToken = QString::number(m_clock->utcNow().toMSecsSinceEpoch(), 36) + QLatin1Char('-')
                     + QString::number(m_config.seed, 36);
        auto links = detail::openHttpTarget(m_config.storeUrl, m_config.sockets, m_runToken);
        if (!links)
            return links.error();
        m_links = std::move(*links);
        m_catalogueTotal = 1;   // learnt from the first page served
    } else {
        auto target = detail::openDatabaseTarget(m_config, m_searchTerms);
        if (!target)
            return target.error();
        m_links = std::move(target->links);
        m_catalogueTotal = target->productCount;
    }
    for (auto &link : m_links) {
        link->answered = [this](DrillLink &l, const DrillAnswer &answer) { onAnswered(l, answer); };
        link->connectionEvent = [this](const QString &kind, const QString &detail) { emit linkEvent(kind, detail); };
        m_idle.push_back(link.get());
    }
    return Done{};
}

Status LoadDrill::start()
{
    if (m_running || m_started)
        return Error::make(Error::Kind::Conflict, tr("A drill runs once: create a new one for the next run."));
    m_started = true;
    if (auto ok = checkConfig(); !ok)
        return ok;
    if (auto ok = openTarget(); !ok) {
        m_links.clear();
        m_idle.clear();
        return ok;
    }
    const bool open = m_config.model == LoadDrillConfig::Model::Open;
    m_stages = m_config.stages;
    m_startRate = m_config.startRate;
    if (m_stages.empty()) {
        m_stages = {Stage{m_config.duration, m_config.ratePerSecond}};
        m_startRate = m_config.ratePerSecond;
    }
    m_runDuration = open ? std::chrono::milliseconds(0) : m_config.duration;
    if (open)
        for (const Stage &stage : m_stages)
            m_runDuration += stage.duration;

    m_report = LoadDrillReport{};
    m_report.model = m_config.model;
    m_report.target = m_config.target;
    m_report.strategy = m_config.strategy;
    m_report.connections = m_config.target == LoadDrillConfig::Target::Http ? m_config.sockets : m_config.connections;
    m_histogram.reset();
    m_secondHistogram.reset();
    for (auto &h : m_operationHistograms)
        h = std::make_unique<resilience::LatencyHistogram>();
    m_running = true;
    m_stopping = false;
    m_startedAt = m_lastSampleAt = now();
    m_deadline.start(m_runDuration);
    m_sampleTimer.start();
    if (open) {
        m_arrivalTimer.start();
        arrive();
    } else {
        const int buyers = int(std::min<qint64>(m_config.buyers, m_config.maxOrders));
        m_report.peakBuyers = buyers;
        if (m_config.thinkTime.count() == 0) {
            for (int buyer = 0; buyer < buyers; ++buyer)
                buyerReady(buyer, m_startedAt);
        } else {
            // Buyers who think arrive spread over one think time, as real ones would, not as one herd.
            for (int buyer = 0; buyer < buyers; ++buyer)
                m_thinking.push({m_startedAt + m_config.thinkTime * buyer / buyers, buyer});
            wakeThinkingBuyers();
        }
    }
    return Done{};
}

bool LoadDrill::acceptingNew() const
{
    return m_running && !m_stopping && m_report.intended < m_config.maxOrders;
}

void LoadDrill::buyerReady(int buyer, TimePoint readyAt)
{
    if (!acceptingNew())
        return;
    ++m_report.intended;
    m_waiting.push_back({readyAt, buyer});
    dispatchWaiting();
}

// Closed model with think time: one timer for every buyer, armed for the earliest wake-up. A buyer's
// iteration counts from when it was due to wake, not from when the timer got round to it.
void LoadDrill::wakeThinkingBuyers()
{
    const TimePoint t = now();
    while (!m_thinking.empty() && m_thinking.top().at <= t && acceptingNew()) {
        const Wake wake = m_thinking.top();
        m_thinking.pop();
        ++m_report.intended;
        m_waiting.push_back({wake.at, wake.buyer});
    }
    dispatchWaiting();
    armWakeTimer();
}

void LoadDrill::armWakeTimer()
{
    if (m_thinking.empty() || m_wakeTimer.isActive() || !acceptingNew())
        return;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_thinking.top().at - now());
    m_wakeTimer.start(std::max(wait, std::chrono::milliseconds(0)));
}

// Open model: every iteration due by now joins the queue with its intended start (the schedule's, not
// the moment the timer fired); iterations that waited longer than dropAfter for a link are dropped.
void LoadDrill::arrive()
{
    if (!acceptingNew())
        return;
    const TimePoint t = now();
    const double elapsed = std::min(secondsSinceStart(t), Seconds(m_runDuration).count());
    const qint64 due = std::min<qint64>(qint64(std::floor(expectedArrivals(m_startRate, m_stages, Seconds(elapsed)))) + 1,
                                        m_config.maxOrders);
    while (m_report.intended < due) {
        const double at = arrivalTime(m_startRate, m_stages, double(m_report.intended));
        m_waiting.push_back({m_startedAt + std::chrono::duration_cast<net::Clock::Duration>(Seconds(at)), -1});
        ++m_report.intended;
    }
    if (m_report.intended >= m_config.maxOrders)
        m_arrivalTimer.stop();   // every iteration is in the queue; finishIfDone() ends the run
    dropStaleWaiting(t);
    dispatchWaiting();
    m_report.peakBuyers = std::max(m_report.peakBuyers, int(std::min<size_t>(m_waiting.size() + size_t(m_inFlight), INT_MAX)));
}

void LoadDrill::dropStaleWaiting(TimePoint t)
{
    while (!m_waiting.empty() && m_waiting.front().buyer < 0 && t - m_waiting.front().intendedStart > m_config.dropAfter) {
        const TimePoint intended = m_waiting.front().intendedStart;
        m_waiting.pop_front();
        ++m_report.dropped;
        ++m_second.dropped;
        IterationOutcome dropped;
        dropped.kind = IterationOutcome::Kind::Dropped;
        dropped.latency = t - intended;
        emit iterationAnswered(dropped);
    }
}

void LoadDrill::dispatchWaiting()
{
    if (m_stopping)
        return;
    dropStaleWaiting(now());
    while (!m_waiting.empty() && !m_idle.empty() && !m_stopping) {
        DrillLink *link = m_idle.back();
        m_idle.pop_back();
        const Waiting next = m_waiting.front();
        m_waiting.pop_front();
        send(*link, next);
    }
}

DrillRequest LoadDrill::drawRequest()
{
    const OperationMix &mix = m_config.mix;
    DrillRequest request;
    request.serial = m_serial++;
    const quint32 draw = m_random() % quint32(mix.checkout + mix.browse + mix.search);
    if (draw < quint32(mix.checkout)) {
        request.operation = Operation::Checkout;
        request.sku = m_config.skus.at(int(m_random() % quint32(m_config.skus.size())));
    } else if (draw < quint32(mix.checkout + mix.browse)) {
        request.operation = Operation::Browse;
        request.sku = m_config.browseSku;
        const qint64 pages = std::max<qint64>(1, (m_catalogueTotal + 19) / 20);
        request.page = 1 + int(m_random() % quint64(std::min<qint64>(pages, INT_MAX - 1)));
    } else {
        request.operation = Operation::Search;
        request.termIndex = int(m_random() % quint32(m_searchTerms.size()));
        request.term = m_searchTerms.at(request.termIndex);
    }
    return request;
}

void LoadDrill::send(DrillLink &link, const Waiting &next)
{
    const DrillRequest request = drawRequest();
    link.busy = true;
    link.operation = request.operation;
    link.intendedStart = next.intendedStart;
    link.sentAt = now();
    link.buyer = next.buyer;
    if (!link.send(request)) {   // a dead database connection: nothing was sent
        link.busy = false;
        ++m_report.notStarted;   // counted as intended when it joined the queue
        const bool anyAlive = std::any_of(m_links.begin(), m_links.end(), [](const auto &l) { return l->alive(); });
        if (!anyAlive) {
            m_stopping = true;
            m_arrivalTimer.stop();
            m_wakeTimer.stop();
            QTimer::singleShot(0, this, &LoadDrill::finishIfDone);
        }
        return;
    }
    ++m_report.started;
    ++m_inFlight;
}

void LoadDrill::onAnswered(DrillLink &link, const DrillAnswer &answer)
{
    const TimePoint t = now();
    const auto latency = std::chrono::duration_cast<resilience::LatencyHistogram::Duration>(t - link.intendedStart);
    link.busy = false;
    --m_inFlight;
    ++m_answered;
    recordAnswer(link.operation, answer, latency);
    if (link.alive())
        m_idle.push_back(&link);
    const int buyer = link.buyer;
    if (buyer >= 0 && acceptingNew()) {
        if (m_config.thinkTime.count() == 0) {
            buyerReady(buyer, t);
        } else {
            m_thinking.push({t + m_config.thinkTime, buyer});
            armWakeTimer();
        }
    }
    dispatchWaiting();
    finishIfDone();
}

void LoadDrill::recordAnswer(Operation op, const DrillAnswer &answer, resilience::LatencyHistogram::Duration latency)
{
    OperationReport &operation = m_report.operations[int(op)];
    m_report.attempts += answer.attempts;
    m_report.conflicts += answer.conflicts;
    if (answer.catalogueTotal >= 0)
        m_catalogueTotal = answer.catalogueTotal;
    ++m_second.answered;
    bool measured = true;
    switch (answer.kind) {
    case DrillAnswer::Kind::Ok:
        ++operation.ok;
        ++m_second.acknowledged;
        if (op == Operation::Checkout) {
            ++m_report.acknowledged;
            m_report.acknowledgedIds.push_back(answer.orderId);
        }
        break;
    case DrillAnswer::Kind::Refused:
        ++operation.refused;
        ++m_report.outOfStock;
        break;
    case DrillAnswer::Kind::Error:
        ++operation.errors;
        ++m_second.errors;
        ++m_report.otherErrors[answer.errorKind.isEmpty() ? QStringLiteral("unknown") : answer.errorKind];
        break;
    case DrillAnswer::Kind::Cancelled:
        ++m_report.cancelled;
        measured = false;
        break;
    case DrillAnswer::Kind::Indeterminate:
        ++operation.errors;
        ++m_second.errors;
        ++m_report.indeterminate;
        measured = false;
        break;
    }
    IterationOutcome outcome;
    outcome.operation = op;
    static_assert(int(IterationOutcome::Kind::Indeterminate) == int(DrillAnswer::Kind::Indeterminate));
    outcome.kind = IterationOutcome::Kind(int(answer.kind));   // same order as DrillAnswer::Kind
    outcome.orderId = answer.orderId;
    outcome.errorKind = answer.errorKind;
    outcome.latency = latency;
    emit iterationAnswered(outcome);
    if (!measured)
        return;
    m_histogram.record(latency);
    m_operationHistograms[int(op)]->record(latency);
    m_secondHistogram.record(latency);
}

void LoadDrill::emitSample()
{
    const TimePoint t = now();
    const double span = Seconds(t - m_lastSampleAt).count();
    if (span <= 0)
        return;
    LoadDrillSample sample;
    sample.atSeconds = secondsSinceStart(t);
    if (m_config.model == LoadDrillConfig::Model::Open)
        sample.targetRate = rateAt(m_startRate, m_stages, sample.atSeconds);
    sample.answeredPerSecond = double(m_second.answered) / span;
    sample.acknowledgedPerSecond = double(m_second.acknowledged) / span;
    sample.errors = m_second.errors;
    sample.dropped = m_second.dropped;
    sample.p95Ms = millis(m_secondHistogram.percentile(95));
    sample.p99Ms = millis(m_secondHistogram.percentile(99));
    sample.inFlight = m_inFlight;
    sample.waiting = int(std::min<size_t>(m_waiting.size(), INT_MAX));
    m_second = SecondCounters{};
    m_secondHistogram.reset();
    m_lastSampleAt = t;
    m_report.timeline.push_back(sample);
    emit progressed(sample);
}

// HTTP answers that never come (a wedged server) are given up after requestTimeout. The database target
// relies on statement_timeout instead.
void LoadDrill::abortStuckRequests()
{
    if (m_config.target != LoadDrillConfig::Target::Http)
        return;
    const TimePoint t = now();
    for (auto &link : m_links)
        if (link->busy && t - link->sentAt > m_config.requestTimeout)
            link->abort(QStringLiteral("timeout"));
}

void LoadDrill::abortInFlight(const QString &why)
{
    for (auto &link : m_links)
        if (link->busy)
            link->abort(why);
}

// The database target cancels each statement in flight (it rolls back and answers 57014); HTTP requests
// cannot be called back, so they get a short grace to answer. Whatever is still out when the grace
// ends is given up: a checkout as indeterminate (it may have committed), anything else as cancelled.
void LoadDrill::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_report.wasCancelled = true;
    m_arrivalTimer.stop();
    m_wakeTimer.stop();
    for (auto &link : m_links)
        if (link->busy)
            link->cancel();
    if (m_inFlight > 0)
        m_cancelGrace.start(kCancelGrace);
    finishIfDone();
}

void LoadDrill::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_arrivalTimer.stop();
    m_wakeTimer.stop();
    finishIfDone();
}

void LoadDrill::finishIfDone()
{
    const bool allIssued = m_report.intended >= m_config.maxOrders && m_waiting.empty();
    if (!m_running || !(m_stopping || allIssued) || m_inFlight > 0)
        return;
    m_stopping = true;
    m_deadline.stop();
    m_arrivalTimer.stop();
    m_wakeTimer.stop();
    m_cancelGrace.stop();
    m_report.notStarted += qint64(m_waiting.size());
    m_waiting.clear();
    m_thinking = decltype(m_thinking)();
    if (m_second.answered > 0 || m_report.timeline.empty())
        emitSample();
    m_sampleTimer.stop();
    m_report.seconds = secondsSinceStart(now());
    m_report.latency = m_histogram.summary();
    for (int op = 0; op < kOperationCount; ++op)
        m_report.operations[op].latency = m_operationHistograms[op]->summary();
    m_report.peakMemoryBytes = peakResidentBytes();
    m_running = false;
    // Closed after this call returns: we may be inside one of the links' callbacks.
    QTimer::singleShot(0, this, [this] {
        if (!m_running) {
            m_idle.clear();
            m_links.clear();
        }
    });
    emit finished(m_report);
}

} // namespace backroom::drills
