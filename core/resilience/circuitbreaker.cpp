#include "circuitbreaker.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace backroom::resilience {

namespace {

using TimePoint = net::Clock::TimePoint;
using std::chrono::duration_cast;

QString percent(double rate)
{
    return QString::number(rate, 'f', rate < 10 ? 1 : 0);
}

QString seconds(std::chrono::nanoseconds d)
{
    const double s = std::chrono::duration<double>(d).count();
    return QString::number(s, 'f', s < 10 ? 1 : 0);
}

// The latency figures cover the current interval and the one before it.
constexpr auto kLatencyInterval = std::chrono::minutes(1);

LatencyHistogram::Config latencyConfig()
{
    // Two digits are plenty for a health card's p95 and keep each histogram near 25 KB.
    return {std::chrono::microseconds(100), std::chrono::minutes(10), 2};
}

} // namespace

QString breakerStateName(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed: return QStringLiteral("CLOSED");
    case BreakerState::Open: return QStringLiteral("OPEN");
    case BreakerState::HalfOpen: return QStringLiteral("HALF_OPEN");
    case BreakerState::Disabled: return QStringLiteral("DISABLED");
    case BreakerState::ForcedOpen: return QStringLiteral("FORCED_OPEN");
    case BreakerState::MetricsOnly: return QStringLiteral("METRICS_ONLY");
    }
    return QStringLiteral("UNKNOWN");
}

std::optional<BreakerState> breakerStateFromName(const QString &name)
{
    for (auto s : {BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen, BreakerState::Disabled,
                   BreakerState::ForcedOpen, BreakerState::MetricsOnly}) {
        if (breakerStateName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

// ---- configuration -------------------------------------------------------------------------------

CircuitBreakerConfig CircuitBreakerConfig::timeBased(int seconds)
{
    CircuitBreakerConfig c;
    c.slidingWindowType = WindowType::TimeBased;
    c.slidingWindowSize = seconds;
    return c;
}

std::function<CircuitBreakerConfig::Duration(int)> CircuitBreakerConfig::fixedBreak(Duration duration)
{
    return [duration](int) { return duration; };
}

std::function<CircuitBreakerConfig::Duration(int)> CircuitBreakerConfig::exponentialBreak(Duration first,
                                                                                          double multiplier,
                                                                                          Duration cap)
{
    return [=](int opening) {
        const double length = double(first.count()) * std::pow(std::max(1.0, multiplier), std::max(0, opening - 1));
        return Duration(qint64(std::min(length, double(cap.count()))));
    };
}

bool CircuitBreakerConfig::defaultIsFailure(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::BadInput:
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
    case Error::Kind::Constraint:
    case Error::Kind::OutOfStock:
    case Error::Kind::Permission:
        return false;   // the caller's mistake or a business answer: the part itself is healthy
    default:
        return true;
    }
}

// ---- the sliding window --------------------------------------------------------------------------

struct CircuitBreaker::Window {
    struct Totals {
        int calls = 0, failures = 0, slow = 0;
    };
    struct Bucket {
        qint64 second = std::numeric_limits<qint64>::min();
        Totals totals;
    };
    enum Flags : quint8 { Failed = 1, Slow = 2 };

    Window(Config::WindowType type, int size) : type(type), size(std::max(1, size))
    {
        if (type == Config::WindowType::CountBased)
            ring.assign(size_t(this->size), 0);
        else
            buckets.assign(size_t(this->size), Bucket{});
    }

    void record(bool failed, bool slow, qint64 second)
    {
        if (type == Config::WindowType::CountBased) {
            if (filled == size)
                remove(ring[size_t(head)]);
            else
                ++filled;
            const quint8 flags = quint8((failed ? Failed : 0) | (slow ? Slow : 0));
            ring[size_t(head)] = flags;
            add(flags, &running);
            head = (head + 1) % size;
            return;
        }
        Bucket &b = buckets[size_t(((second % size) + size) % size)];
        if (b.second != second)
            b = Bucket{second, {}};
        ++b.totals.calls;
        b.totals.failures += failed ? 1 : 0;
        b.totals.slow += slow ? 1 : 0;
    }

    Totals totals(qint64 second) const
    {
        if (type == Config::WindowType::CountBased)
            return running;
        Totals t;
        for (const Bucket &b : buckets) {
            if (b.second > second - size && b.second <= second) {
                t.calls += b.totals.calls;
                t.failures += b.totals.failures;
                t.slow += b.totals.slow;
            }
        }
        return t;
    }

    void clear()
    {
        std::fill(ring.begin(), ring.end(), 0);
        std::fill(buckets.begin(), buckets.end(), Bucket{});
        head = filled = 0;
        running = {};
    }

    static void add(quint8 flags, Totals *t)
    {
        ++t->calls;
        t->failures += (flags & Failed) ? 1 : 0;
        t->slow += (flags & Slow) ? 1 : 0;
    }
    void remove(quint8 flags)
    {
        --running.calls;
        running.failures -= (flags & Failed) ? 1 : 0;
        running.slow -= (flags & Slow) ? 1 : 0;
    }

    const Config::WindowType type;
    const int size;
    std::vector<quint8> ring;   // CountBased: one entry per call
    int head = 0, filled = 0;
    Totals running;
    std::vector<Bucket> buckets;   // TimeBased: one per second, reused round-robin
};

struct CircuitBreaker::Pending {
    std::vector<Event> events;
    std::optional<Duration> scheduleHalfOpenAfter;
};

// ---- permission ----------------------------------------------------------------------------------

CircuitBreaker::Permission::Permission(CircuitBreaker *owner, quint64 stateWord, TimePoint start)
    : m_owner(owner), m_stateWord(stateWord), m_start(start)
{
}

CircuitBreaker::Permission::Permission(Permission &&other) noexcept
    : m_owner(other.m_owner), m_stateWord(other.m_stateWord), m_start(other.m_start)
{
    other.m_owner = nullptr;
}

CircuitBreaker::Permission &CircuitBreaker::Permission::operator=(Permission &&other) noexcept
{
    if (this != &other) {
        release();
        m_owner = other.m_owner;
        m_stateWord = other.m_stateWord;
        m_start = other.m_start;
        other.m_owner = nullptr;
    }
    return *this;
}

CircuitBreaker::Permission::~Permission()
{
    release();
}

void CircuitBreaker::Permission::release()
{
    finish(Outcome::Released, Duration(0), {});
}

void CircuitBreaker::Permission::finish(Outcome outcome, std::optional<Duration> duration, const QString &error)
{
    CircuitBreaker *owner = std::exchange(m_owner, nullptr);
    if (!owner || stateOf(m_stateWord) == BreakerState::Disabled)
        return;
    if (duration) {
        owner->report(m_stateWord, outcome, *duration, error);
    } else {
        const TimePoint now = owner->m_clock.now();
        owner->report(m_stateWord, outcome, now - m_start, error, now);
    }
}

CircuitBreaker::Duration CircuitBreaker::Permission::elapsed() const
{
    return m_owner ? m_owner->m_clock.now() - m_start : Duration(0);
}

void CircuitBreaker::Permission::onSuccess() { finish(Outcome::Success, std::nullopt, {}); }
void CircuitBreaker::Permission::onSuccess(Duration duration) { finish(Outcome::Success, duration, {}); }
void CircuitBreaker::Permission::onError(const QString &error) { finish(Outcome::Failure, std::nullopt, error); }
void CircuitBreaker::Permission::onError(Duration duration, const QString &error)
{
    finish(Outcome::Failure, duration, error);
}
void CircuitBreaker::Permission::onError(const Error &error)
{
    if (!m_owner)
        return;
    finish(m_owner->m_config.isFailure(error) ? Outcome::Failure : Outcome::Ignored, std::nullopt, error.message);
}
void CircuitBreaker::Permission::onError(Duration duration, const Error &error)
{
    if (!m_owner)
        return;
    finish(m_owner->m_config.isFailure(error) ? Outcome::Failure : Outcome::Ignored, duration, error.message);
}
void CircuitBreaker::Permission::onIgnoredError(const QString &error) { finish(Outcome::Ignored, std::nullopt, error); }
void CircuitBreaker::Permission::onIgnoredError(Duration duration, const QString &error)
{
    finish(Outcome::Ignored, duration, error);
}

int CircuitBreaker::Rejection::retryAfterSeconds() const
{
    const auto s = std::chrono::ceil<std::chrono::seconds>(retryAfter).count();
    return int(std::max<qint64>(1, s));
}

// ---- the breaker ---------------------------------------------------------------------------------

quint64 CircuitBreaker::packState(quint64 generation, BreakerState state)
{
    return (generation << 8) | quint64(state);
}

BreakerState CircuitBreaker::stateOf(quint64 word)
{
    return BreakerState(word & 0xff);
}

CircuitBreaker::CircuitBreaker(QString name, Config config, net::Clock &clock, Scheduler *scheduler)
    : m_name(std::move(name)), m_config(std::move(config)), m_clock(clock), m_scheduler(scheduler),
      m_alive(std::make_shared<bool>(true)), m_latencyNow(latencyConfig()), m_latencyBefore(latencyConfig())
{
    if (!m_config.breakDuration)
        m_config.breakDuration = Config::exponentialBreak(std::chrono::seconds(10), 2.0, std::chrono::minutes(2));
    if (!m_config.isFailure)
        m_config.isFailure = Config::defaultIsFailure;
    m_config.slidingWindowSize = std::max(1, m_config.slidingWindowSize);
    m_config.minimumNumberOfCalls = std::max(1, m_config.minimumNumberOfCalls);
    if (m_config.slidingWindowType == Config::WindowType::CountBased)
        m_config.minimumNumberOfCalls = std::min(m_config.minimumNumberOfCalls, m_config.slidingWindowSize);
    m_config.permittedNumberOfCallsInHalfOpenState = std::max(1, m_config.permittedNumberOfCallsInHalfOpenState);
    m_window = std::make_unique<Window>(m_config.slidingWindowType, m_config.slidingWindowSize);
    m_stateSince = m_latencyIntervalStart = m_clock.now();
    m_stateSinceUtc = m_clock.utcNow();
    m_listeners = std::make_shared<const std::vector<std::pair<int, Listener>>>();
    m_stateWord.store(packState(0, BreakerState::Closed));
}

CircuitBreaker::~CircuitBreaker() = default;

CircuitBreaker::Admission CircuitBreaker::tryAcquirePermission()
{
    const quint64 word = m_stateWord.load(std::memory_order_acquire);
    switch (stateOf(word)) {
    case BreakerState::Closed:
    case BreakerState::MetricsOnly: {
        Admission admission;
        admission.m_permission.emplace(Permission(this, word, m_clock.now()));
        return admission;
    }
    case BreakerState::Disabled: {
        Admission admission;
        admission.m_permission.emplace(Permission(this, word, TimePoint{}));
        return admission;
    }
    default:
        return acquireSlowPath();
    }
}

CircuitBreaker::Admission CircuitBreaker::acquireSlowPath()
{
    Admission admission;
    Pending pending;
    {
        std::lock_guard lock(m_mutex);
        moveToHalfOpenIfBreakOverLocked(pending);
        const quint64 word = m_stateWord.load(std::memory_order_relaxed);
        const TimePoint now = m_clock.now();
        Rejection rejection;
        rejection.state = stateOf(word);
        bool permitted = false;
        switch (stateOf(word)) {
        case BreakerState::Closed:
        case BreakerState::MetricsOnly:
        case BreakerState::Disabled:
            permitted = true;
            break;
        case BreakerState::HalfOpen:
            permitted = m_halfOpenPermitsLeft > 0;
            if (permitted)
                --m_halfOpenPermitsLeft;
            rejection.retryAfter = m_config.halfOpenRetryAfter;
            break;
        case BreakerState::Open:
            rejection.retryAfter = std::max(Duration(0), m_openUntil - now);
            break;
        case BreakerState::ForcedOpen:
            rejection.retryAfter = m_config.forcedOpenRetryAfter;
            break;
        }
        if (permitted) {
            admission.m_permission.emplace(Permission(this, word, now));
        } else {
            admission.m_rejection = rejection;
            ++m_notPermitted;
            if (m_hasListeners.load(std::memory_order_relaxed)) {
                Event e = makeEvent(Event::Type::NotPermitted);
                e.reason = rejection.state == BreakerState::HalfOpen
                    ? tr("all trial calls are in progress")
                    : tr("not calling for another %1 s").arg(seconds(rejection.retryAfter));
                pending.events.push_back(std::move(e));
            }
        }
    }
    deliver(pending);
    return admission;
}

void CircuitBreaker::report(quint64 grantedWord, Outcome outcome, Duration duration, const QString &error,
                            std::optional<TimePoint> nowIfKnown)
{
    Pending pending;
    {
        std::lock_guard lock(m_mutex);
        const quint64 word = m_stateWord.load(std::memory_order_relaxed);
        const bool sameState = word == grantedWord;
        const BreakerState state = stateOf(word);
        if (outcome == Outcome::Released) {
            if (sameState && state == BreakerState::HalfOpen)
                ++m_halfOpenPermitsLeft;
            return;
        }
        const TimePoint now = nowIfKnown ? *nowIfKnown : m_clock.now();
        countOutcomeLocked(outcome, duration, error, now, pending);
        if (sameState) {
            const bool failed = outcome == Outcome::Failure;
            const bool slow = duration > m_config.slowCallDurationThreshold;
            if (outcome == Outcome::Ignored) {
                if (state == BreakerState::HalfOpen)
                    ++m_halfOpenPermitsLeft;   // an ignored error is no verdict: the trial slot goes back
            } else if (state == BreakerState::Closed || state == BreakerState::MetricsOnly) {
                const qint64 second = duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
                m_window->record(failed, slow, second);
                checkRatesLocked(second, pending);
            } else if (state == BreakerState::HalfOpen) {
                ++m_halfOpenCalls;
                m_halfOpenFailures += failed ? 1 : 0;
                m_halfOpenSlow += slow ? 1 : 0;
                if (m_halfOpenCalls >= m_config.permittedNumberOfCallsInHalfOpenState)
                    evaluateHalfOpenLocked(pending);
            }
        }
    }
    deliver(pending);
}

void CircuitBreaker::countOutcomeLocked(Outcome outcome, Duration duration, const QString &error, TimePoint now,
                                        Pending &pending)
{
    recordLatencyLocked(duration, now);
    switch (outcome) {
    case Outcome::Success: ++m_successes; break;
    case Outcome::Failure: ++m_failures; break;
    default: ++m_ignored; break;
    }
    if (outcome != Outcome::Success) {
        m_lastError = error;
        m_lastErrorAtUtc = m_clock.utcNow();
    }
    if (m_hasListeners.load(std::memory_order_relaxed)) {
        Event e = makeEvent(outcome == Outcome::Success   ? Event::Type::Success
                            : outcome == Outcome::Failure ? Event::Type::Error
                                                          : Event::Type::IgnoredError);
        e.callDuration = duration;
        e.error = error;
        pending.events.push_back(std::move(e));
    }
}

void CircuitBreaker::recordLatencyLocked(Duration duration, TimePoint now)
{
    const auto sinceStart = now - m_latencyIntervalStart;
    if (sinceStart >= kLatencyInterval) {
        if (sinceStart >= 2 * kLatencyInterval)
            m_latencyNow.reset();
        std::swap(m_latencyNow, m_latencyBefore);
        m_latencyNow.reset();
        m_latencyIntervalStart = now;
    }
    m_latencyNow.record(duration);
}

void CircuitBreaker::checkRatesLocked(qint64 second, Pending &pending)
{
    const Window::Totals t = m_window->totals(second);
    if (t.calls < m_config.minimumNumberOfCalls)
        return;
    const double failureRate = 100.0 * t.failures / t.calls;
    const double slowRate = 100.0 * t.slow / t.calls;
    const bool failuresExceeded = failureRate >= m_config.failureRateThreshold;
    const bool slowExceeded = slowRate >= m_config.slowCallRateThreshold;
    if (!failuresExceeded && !slowExceeded)
        return;
    if (m_hasListeners.load(std::memory_order_relaxed)) {
        if (failuresExceeded) {
            Event e = makeEvent(Event::Type::FailureRateExceeded);
            e.rate = failureRate;
            pending.events.push_back(std::move(e));
        }
        if (slowExceeded) {
            Event e = makeEvent(Event::Type::SlowCallRateExceeded);
            e.rate = slowRate;
            pending.events.push_back(std::move(e));
        }
    }
    if (stateOf(m_stateWord.load(std::memory_order_relaxed)) != BreakerState::Closed)
        return;   // METRICS_ONLY reports, never acts
    const QString over = m_config.slidingWindowType == Config::WindowType::CountBased
        ? tr("the last %1 calls").arg(t.calls)
        : tr("%1 calls in the last %2 s").arg(t.calls).arg(m_config.slidingWindowSize);
    openLocked(failuresExceeded ? tr("failure rate %1 % reached the threshold of %2 % over %3")
                                      .arg(percent(failureRate), percent(m_config.failureRateThreshold), over)
                                : tr("slow-call rate %1 % reached the threshold of %2 % over %3 (slower than %4 s)")
                                      .arg(percent(slowRate), percent(m_config.slowCallRateThreshold), over,
                                           seconds(m_config.slowCallDurationThreshold)),
               pending);
}

void CircuitBreaker::evaluateHalfOpenLocked(Pending &pending)
{
    const int calls = m_halfOpenCalls;
    const double failureRate = 100.0 * m_halfOpenFailures / calls;
    const double slowRate = 100.0 * m_halfOpenSlow / calls;
    const bool listening = m_hasListeners.load(std::memory_order_relaxed);
    if (failureRate >= m_config.failureRateThreshold) {
        if (listening) {
            Event e = makeEvent(Event::Type::FailureRateExceeded);
            e.rate = failureRate;
            pending.events.push_back(std::move(e));
        }
        openLocked(tr("%1 of %2 trial calls failed").arg(m_halfOpenFailures).arg(calls), pending);
    } else if (slowRate >= m_config.slowCallRateThreshold) {
        if (listening) {
            Event e = makeEvent(Event::Type::SlowCallRateExceeded);
            e.rate = slowRate;
            pending.events.push_back(std::move(e));
        }
        openLocked(tr("%1 of %2 trial calls were slower than %3 s")
                       .arg(m_halfOpenSlow)
                       .arg(calls)
                       .arg(seconds(m_config.slowCallDurationThreshold)),
                   pending);
    } else {
        transitionLocked(BreakerState::Closed,
                         tr("%1 of %2 trial calls succeeded").arg(calls - m_halfOpenFailures).arg(calls), pending);
    }
}

void CircuitBreaker::openLocked(const QString &reason, Pending &pending)
{
    ++m_consecutiveOpenings;
    const Duration length = breakFor(m_consecutiveOpenings);
    m_openUntil = m_clock.now() + length;
    transitionLocked(BreakerState::Open, tr("%1; break of %2 s").arg(reason, seconds(length)), pending);
    if (m_config.automaticTransitionFromOpenToHalfOpen && m_scheduler)
        pending.scheduleHalfOpenAfter = length;
}

void CircuitBreaker::moveToHalfOpenIfBreakOverLocked(Pending &pending)
{
    if (stateOf(m_stateWord.load(std::memory_order_relaxed)) != BreakerState::Open || m_clock.now() < m_openUntil)
        return;
    transitionLocked(BreakerState::HalfOpen,
                     tr("the break is over; trying %1 calls").arg(m_config.permittedNumberOfCallsInHalfOpenState),
                     pending);
}

void CircuitBreaker::transitionLocked(BreakerState to, const QString &reason, Pending &pending)
{
    const quint64 word = m_stateWord.load(std::memory_order_relaxed);
    const BreakerState from = stateOf(word);
    m_stateWord.store(packState((word >> 8) + 1, to), std::memory_order_release);
    m_stateSince = m_clock.now();
    m_stateSinceUtc = m_clock.utcNow();
    m_lastTransitionReason = reason;
    switch (to) {
    case BreakerState::Closed:
        m_consecutiveOpenings = 0;
        m_window->clear();
        break;
    case BreakerState::MetricsOnly:
        m_window->clear();
        break;
    case BreakerState::HalfOpen:
        m_halfOpenPermitsLeft = m_config.permittedNumberOfCallsInHalfOpenState;
        m_halfOpenCalls = m_halfOpenFailures = m_halfOpenSlow = 0;
        break;
    default:
        break;
    }
    if (m_hasListeners.load(std::memory_order_relaxed)) {
        Event e = makeEvent(Event::Type::StateTransition);
        e.fromState = from;
        e.toState = to;
        e.reason = reason;
        pending.events.push_back(std::move(e));
    }
}

CircuitBreaker::Duration CircuitBreaker::breakFor(int opening) const
{
    return std::max(Duration(0), m_config.breakDuration(opening));
}

CircuitBreaker::Event CircuitBreaker::makeEvent(Event::Type type) const
{
    Event e;
    e.type = type;
    e.breaker = m_name;
    e.toState = e.fromState = stateOf(m_stateWord.load(std::memory_order_relaxed));
    e.atUtc = m_clock.utcNow();
    return e;
}

void CircuitBreaker::deliver(Pending &pending)
{
    if (pending.scheduleHalfOpenAfter)
        scheduleHalfOpen(*pending.scheduleHalfOpenAfter);
    if (pending.events.empty())
        return;
    std::shared_ptr<const std::vector<std::pair<int, Listener>>> listeners;
    {
        std::lock_guard lock(m_listenerMutex);
        listeners = m_listeners;
    }
    for (const Event &e : pending.events) {
        for (const auto &entry : *listeners)
            entry.second(e);
    }
}

void CircuitBreaker::scheduleHalfOpen(Duration after)
{
    m_scheduler->schedule(after, [this, alive = std::weak_ptr<bool>(m_alive)] {
        if (!alive.lock())
            return;
        Pending pending;
        {
            std::lock_guard lock(m_mutex);
            moveToHalfOpenIfBreakOverLocked(pending);
        }
        deliver(pending);
    });
}

BreakerState CircuitBreaker::state() const
{
    const BreakerState s = stateOf(m_stateWord.load(std::memory_order_acquire));
    if (s != BreakerState::Open || !m_config.automaticTransitionFromOpenToHalfOpen)
        return s;
    auto *self = const_cast<CircuitBreaker *>(this);   // the automatic move may be due: a look makes it
    Pending pending;
    {
        std::lock_guard lock(m_mutex);
        self->moveToHalfOpenIfBreakOverLocked(pending);
    }
    self->deliver(pending);
    return stateOf(m_stateWord.load(std::memory_order_acquire));
}

CircuitBreaker::Metrics CircuitBreaker::metrics() const
{
    state();   // makes a due automatic transition first
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock.now();
    Metrics m;
    m.name = m_name;
    m.state = stateOf(m_stateWord.load(std::memory_order_relaxed));
    m.timeInState = now - m_stateSince;
    m.stateSinceUtc = m_stateSinceUtc;
    m.lastTransitionReason = m_lastTransitionReason;
    int minimum = m_config.minimumNumberOfCalls;
    if (m.state == BreakerState::HalfOpen) {
        m.callsInWindow = m_halfOpenCalls;
        m.failedCallsInWindow = m_halfOpenFailures;
        m.slowCallsInWindow = m_halfOpenSlow;
        minimum = 1;
    } else {
        const auto t = m_window->totals(duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
        m.callsInWindow = t.calls;
        m.failedCallsInWindow = t.failures;
        m.slowCallsInWindow = t.slow;
    }
    if (m.callsInWindow >= minimum) {
        m.failureRate = 100.0 * m.failedCallsInWindow / m.callsInWindow;
        m.slowCallRate = 100.0 * m.slowCallsInWindow / m.callsInWindow;
    }
    m.notPermittedCalls = m_notPermitted;
    m.successfulCalls = m_successes;
    m.failedCalls = m_failures;
    m.ignoredErrors = m_ignored;
    m.consecutiveOpenings = m_consecutiveOpenings;
    if (m.state == BreakerState::Open) {
        m.currentBreak = breakFor(m_consecutiveOpenings);
        m.retryAfter = std::max(Duration(0), m_openUntil - now);
    } else {
        m.currentBreak = breakFor(m_consecutiveOpenings + 1);
    }
    m.lastError = m_lastError;
    m.lastErrorAtUtc = m_lastErrorAtUtc;
    LatencyHistogram recent = m_latencyBefore;
    if (now - m_latencyIntervalStart < 2 * kLatencyInterval) {
        if (now - m_latencyIntervalStart >= kLatencyInterval)
            recent = m_latencyNow;   // the older interval has aged out
        else
            recent.merge(m_latencyNow);
    } else {
        recent.reset();
    }
    m.latency = recent.summary();
    return m;
}

Error CircuitBreaker::rejectionError(const Rejection &rejection) const
{
    const QString message = rejection.state == BreakerState::ForcedOpen
        ? tr("%1 was switched off by an operator; try again later or ask an owner to close it on the Health screen.")
              .arg(m_name)
        : tr("%1 is not being called for now after repeated failures; try again in %2 s.")
              .arg(m_name)
              .arg(rejection.retryAfterSeconds());
    return Error::make(Error::Kind::Connection, message);
}

// ---- operator actions ----------------------------------------------------------------------------

void CircuitBreaker::transitionTo(BreakerState state, const QString &reason)
{
    Pending pending;
    {
        std::lock_guard lock(m_mutex);
        transitionLocked(state, reason, pending);
    }
    deliver(pending);
}

void CircuitBreaker::transitionToForcedOpen(const QString &reason)
{
    transitionTo(BreakerState::ForcedOpen, reason);
}

void CircuitBreaker::transitionToClosed(const QString &reason)
{
    transitionTo(BreakerState::Closed, reason);
}

void CircuitBreaker::transitionToOpen(const QString &reason)
{
    Pending pending;
    {
        std::lock_guard lock(m_mutex);
        openLocked(reason, pending);
    }
    deliver(pending);
}

void CircuitBreaker::transitionToDisabled(const QString &reason)
{
    transitionTo(BreakerState::Disabled, reason);
}

void CircuitBreaker::transitionToMetricsOnly(const QString &reason)
{
    transitionTo(BreakerState::MetricsOnly, reason);
}

void CircuitBreaker::reset(const QString &reason)
{
    Pending pending;
    {
        std::lock_guard lock(m_mutex);
        const BreakerState from = stateOf(m_stateWord.load(std::memory_order_relaxed));
        const QString why = reason.isEmpty() ? tr("reset") : reason;
        transitionLocked(BreakerState::Closed, why, pending);
        m_notPermitted = m_successes = m_failures = m_ignored = 0;
        m_lastError.clear();
        m_lastErrorAtUtc = {};
        m_latencyNow.reset();
        m_latencyBefore.reset();
        m_latencyIntervalStart = m_clock.now();
        if (m_hasListeners.load(std::memory_order_relaxed)) {
            Event e = makeEvent(Event::Type::Reset);
            e.fromState = from;
            e.reason = why;
            pending.events.push_back(std::move(e));
        }
    }
    deliver(pending);
}

int CircuitBreaker::addListener(Listener listener)
{
    std::lock_guard lock(m_listenerMutex);
    auto next = std::make_shared<std::vector<std::pair<int, Listener>>>(*m_listeners);
    const int id = m_nextListenerId++;
    next->emplace_back(id, std::move(listener));
    m_listeners = std::move(next);
    m_hasListeners.store(true);
    return id;
}

void CircuitBreaker::removeListener(int id)
{
    std::lock_guard lock(m_listenerMutex);
    auto next = std::make_shared<std::vector<std::pair<int, Listener>>>(*m_listeners);
    next->erase(std::remove_if(next->begin(), next->end(), [id](const auto &e) { return e.first == id; }),
                next->end());
    m_hasListeners.store(!next->empty());
    m_listeners = std::move(next);
}

} // namespace backroom::resilience
