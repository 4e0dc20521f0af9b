#pragma once
// CircuitBreaker: stops calling a part that keeps failing (a payment gateway, a marketplace, the
// database as the screens see it), so callers get an immediate "not now, try again in N s" instead of
// piling up behind timeouts, and the part gets time to recover. resilience4j's semantics and names:
//
//   CLOSED     calls pass; outcomes fill a sliding window. Once it holds minimumNumberOfCalls, a failure
//              rate >= failureRateThreshold or a slow-call rate >= slowCallRateThreshold opens it.
//   OPEN       calls are refused with a retry-after hint for the break duration, which grows with each
//              opening in a row (Polly's break-duration generator: 10 s, 20 s, 40 s ... capped at 2 min).
//              After the break: HALF_OPEN on the next call (or on its own when
//              automaticTransitionFromOpenToHalfOpen is set).
//   HALF_OPEN  permittedNumberOfCallsInHalfOpenState trial calls pass, the rest are refused; when all
//              trials have reported, their failure / slow-call rates decide: CLOSED (break length back to
//              the first step) or OPEN again (a longer break).
//   FORCED_OPEN  an operator isolated the part: everything refused until transitionToClosed() or reset().
//   DISABLED     everything passes, nothing is recorded.
//   METRICS_ONLY everything passes, outcomes are recorded and rate events fire, the state never changes.
//
// Shop-sized defaults (resilience4j's are sized for big services): a window of the last 20 calls (or
// 30 s), judged from 10 calls, opens at 50 % failures or when every call is slower than 5 s; 3 trial
// calls; breaks of 10 s doubling up to 2 min. Which errors count as failures is a predicate: by default
// the caller's own mistakes (BadInput, NotFound, Conflict, Constraint, OutOfStock, Permission — e.g. a
// gateway's 4xx for a bad card number) are "ignored errors" and neither open nor close the breaker.
//
// Every outcome and change is an Event to the listeners: success, error, ignored error, state transition
// with its reason, call not permitted, failure-rate exceeded, slow-call-rate exceeded, reset.
// Outcomes of calls permitted before the last state change are reported to listeners but do not count
// in the new state's window (a HALF_OPEN verdict rests on its own trial calls only).
//
// Thread-safe. No lock is held across the protected call: tryAcquirePermission() in CLOSED, DISABLED and
// METRICS_ONLY is one atomic read; each outcome takes a short mutex to update the window. Listeners run
// after the mutex is released, on the thread that reported the outcome or asked for permission.

#include "net/clock.h"
#include "resilience/latencyhistogram.h"
#include "resilience/scheduler.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace backroom::resilience {

enum class BreakerState { Closed, Open, HalfOpen, Disabled, ForcedOpen, MetricsOnly };
// "CLOSED", "OPEN", "HALF_OPEN", "DISABLED", "FORCED_OPEN", "METRICS_ONLY" (resilience4j's names; stable,
// stored in component_health).
QString breakerStateName(BreakerState state);
std::optional<BreakerState> breakerStateFromName(const QString &name);

struct CircuitBreakerConfig {
    using Duration = std::chrono::nanoseconds;
    enum class WindowType { CountBased, TimeBased };

    double failureRateThreshold = 50;        // percent
    double slowCallRateThreshold = 100;      // percent
    Duration slowCallDurationThreshold = std::chrono::seconds(5);
    WindowType slidingWindowType = WindowType::CountBased;
    int slidingWindowSize = 20;              // calls (CountBased) or seconds (TimeBased, 1 s buckets)
    int minimumNumberOfCalls = 10;           // CountBased: at most slidingWindowSize
    int permittedNumberOfCallsInHalfOpenState = 3;
    bool automaticTransitionFromOpenToHalfOpen = false;
    // Break length for the n-th opening in a row (n >= 1). Default: exponentialBreak(10 s, 2, 2 min).
    std::function<Duration(int consecutiveOpenings)> breakDuration;
    // Whether an error counts as a failure (true) or is ignored (false). Default: defaultIsFailure.
    std::function<bool(const Error &)> isFailure;
    // Retry-after hints where no break end is known.
    Duration halfOpenRetryAfter = std::chrono::seconds(1);
    Duration forcedOpenRetryAfter = std::chrono::seconds(60);

    // The preset for a 30-second time window instead of the last 20 calls.
    static CircuitBreakerConfig timeBased(int seconds = 30);
    static std::function<Duration(int)> fixedBreak(Duration duration);
    static std::function<Duration(int)> exponentialBreak(Duration first, double multiplier, Duration cap);
    static bool defaultIsFailure(const Error &error);
};

class CircuitBreaker {
    Q_DECLARE_TR_FUNCTIONS(CircuitBreaker)
    enum class Outcome { Success, Failure, Ignored, Released };

public:
    using Config = CircuitBreakerConfig;
    using Duration = std::chrono::nanoseconds;

    struct Event {
        enum class Type {
            Success,
            Error,
            IgnoredError,
            StateTransition,
            NotPermitted,
            FailureRateExceeded,
            SlowCallRateExceeded,
            Reset,
        };
        Type type = Type::Success;
        QString breaker;
        BreakerState fromState = BreakerState::Closed;   // StateTransition, Reset
        BreakerState toState = BreakerState::Closed;     // StateTransition, Reset; state when it happened otherwise
        QString reason;                                  // StateTransition, Reset, NotPermitted: why (translated)
        Duration callDuration{0};                        // Success, Error, IgnoredError
        QString error;                                   // Error, IgnoredError
        double rate = -1;                                // FailureRateExceeded, SlowCallRateExceeded (percent)
        QDateTime atUtc;
    };
    using Listener = std::function<void(const Event &)>;

    // What a refused caller is told: the state that refused it and when to try again.
    struct Rejection {
        BreakerState state = BreakerState::Open;
        Duration retryAfter{0};
        int retryAfterSeconds() const;   // rounded up, at least 1: for an HTTP Retry-After header
    };

    // The right to make one call. Report its outcome once (the first report counts); a Permission
    // dropped without a report gives its HALF_OPEN trial slot back and records nothing. Move-only; to carry
    // it through an asynchronous callback hold it in a std::shared_ptr. The breaker must outlive it.
    class Permission {
    public:
        Permission(Permission &&other) noexcept;
        Permission &operator=(Permission &&other) noexcept;
        Permission(const Permission &) = delete;
        Permission &operator=(const Permission &) = delete;
        ~Permission();

        // The duration defaults to the clock's time since the permission was granted.
        void onSuccess();
        void onSuccess(Duration duration);
        // Counts as a failure, whatever the error.
        void onError(const QString &error);
        void onError(Duration duration, const QString &error);
        // Counts as a failure or is ignored, as config.isFailure decides.
        void onError(const Error &error);
        void onError(Duration duration, const Error &error);
        void onIgnoredError(const QString &error);
        void onIgnoredError(Duration duration, const QString &error);

        Duration elapsed() const;

    private:
        friend class CircuitBreaker;
        Permission(CircuitBreaker *owner, quint64 stateWord, net::Clock::TimePoint start);
        void release();
        void finish(Outcome outcome, std::optional<Duration> duration, const QString &error);
        CircuitBreaker *m_owner = nullptr;
        quint64 m_stateWord = 0;   // the generation and state it was granted in
        net::Clock::TimePoint m_start;
    };

    // The answer of tryAcquirePermission(): a Permission, or a Rejection.
    class Admission {
    public:
        explicit operator bool() const { return m_permission.has_value(); }
        Permission &permission() { return *m_permission; }
        Permission takePermission() { return std::move(*m_permission); }
        const Rejection &rejection() const { return m_rejection; }

    private:
        friend class CircuitBreaker;
        std::optional<Permission> m_permission;
        Rejection m_rejection;
    };

    struct Metrics {
        QString name;
        BreakerState state = BreakerState::Closed;
        Duration timeInState{0};
        QDateTime stateSinceUtc;
        QString lastTransitionReason;
        int callsInWindow = 0;              // successes + failures (ignored errors excluded)
        int failedCallsInWindow = 0;
        int slowCallsInWindow = 0;
        double failureRate = -1;            // percent; -1 until the window holds minimumNumberOfCalls
        double slowCallRate = -1;           // percent; -1 likewise
        qint64 notPermittedCalls = 0;       // since start or reset
        qint64 successfulCalls = 0;         // since start or reset
        qint64 failedCalls = 0;
        qint64 ignoredErrors = 0;
        int consecutiveOpenings = 0;        // openings since it was last CLOSED from HALF_OPEN (or reset)
        Duration currentBreak{0};           // length of the running break (OPEN), else the next one
        Duration retryAfter{0};             // OPEN: what is left of the break
        QString lastError;
        QDateTime lastErrorAtUtc;
        // Durations of recorded calls over the last one to two minutes.
        LatencyHistogram::Summary latency;
    };

    // clock must outlive the breaker. scheduler (optional) lets the automatic OPEN -> HALF_OPEN move
    // happen on time rather than at the next look at the breaker; it must outlive the breaker too, and
    // the breaker must be destroyed on the thread the scheduler runs callbacks on.
    CircuitBreaker(QString name, Config config = {}, net::Clock &clock = net::Clock::system(),
                   Scheduler *scheduler = nullptr);
    ~CircuitBreaker();
    CircuitBreaker(const CircuitBreaker &) = delete;
    CircuitBreaker &operator=(const CircuitBreaker &) = delete;

    Admission tryAcquirePermission();

    // Runs call if permitted and records its outcome (Error -> config.isFailure). A rejection becomes a
    // Kind::Connection error whose message names the breaker and the retry-after.
    template <typename T>
    Result<T> run(const std::function<Result<T>()> &call)
    {
        Admission admission = tryAcquirePermission();
        if (!admission)
            return rejectionError(admission.rejection());
        Result<T> result = call();
        if (result)
            admission.permission().onSuccess();
        else
            admission.permission().onError(result.error());
        return result;
    }
    Error rejectionError(const Rejection &rejection) const;

    BreakerState state() const;
    Metrics metrics() const;
    const QString &name() const { return m_name; }
    const Config &config() const { return m_config; }

    // Operator actions and resets. reason is shown with the transition (translated by the caller).
    void transitionToForcedOpen(const QString &reason);
    void transitionToClosed(const QString &reason);
    void transitionToOpen(const QString &reason);
    void transitionToDisabled(const QString &reason);
    void transitionToMetricsOnly(const QString &reason);
    // Back to CLOSED with an empty window, the first break length and zeroed counters.
    void reset(const QString &reason = {});

    // Returns an id for removeListener. Listeners may be added and removed from any thread.
    int addListener(Listener listener);
    void removeListener(int id);

private:
    struct Window;
    struct Pending;   // events gathered under the mutex, delivered after it

    void report(quint64 grantedWord, Outcome outcome, Duration duration, const QString &error,
                std::optional<net::Clock::TimePoint> now = std::nullopt);
    Admission acquireSlowPath();
    void transitionTo(BreakerState to, const QString &reason);   // takes the lock, then tells listeners
    void transitionLocked(BreakerState to, const QString &reason, Pending &pending);
    void openLocked(const QString &reason, Pending &pending);
    void checkRatesLocked(qint64 second, Pending &pending);
    void evaluateHalfOpenLocked(Pending &pending);
    void moveToHalfOpenIfBreakOverLocked(Pending &pending);
    void scheduleHalfOpen(Duration after);
    void countOutcomeLocked(Outcome outcome, Duration duration, const QString &error, net::Clock::TimePoint now,
                            Pending &pending);
    void recordLatencyLocked(Duration duration, net::Clock::TimePoint now);
    void deliver(Pending &pending);
    Event makeEvent(Event::Type type) const;
    Duration breakFor(int opening) const;

    static quint64 packState(quint64 generation, BreakerState state);
    static BreakerState stateOf(quint64 word);

    const QString m_name;
    Config m_config;
    net::Clock &m_clock;
    Scheduler *m_scheduler;
    std::shared_ptr<bool> m_alive;   // lets a scheduled callback find out the breaker is gone

    // generation << 8 | state: read without the mutex; written under it.
    std::atomic<quint64> m_stateWord{0};

    mutable std::mutex m_mutex;
    std::unique_ptr<Window> m_window;   // CLOSED and METRICS_ONLY
    int m_halfOpenPermitsLeft = 0;
    int m_halfOpenCalls = 0;
    int m_halfOpenFailures = 0;
    int m_halfOpenSlow = 0;
    int m_consecutiveOpenings = 0;
    net::Clock::TimePoint m_stateSince;
    QDateTime m_stateSinceUtc;
    QString m_lastTransitionReason;
    net::Clock::TimePoint m_openUntil;
    qint64 m_notPermitted = 0;
    qint64 m_successes = 0;
    qint64 m_failures = 0;
    qint64 m_ignored = 0;
    QString m_lastError;
    QDateTime m_lastErrorAtUtc;
    LatencyHistogram m_latencyNow;
    LatencyHistogram m_latencyBefore;
    net::Clock::TimePoint m_latencyIntervalStart;

    mutable std::mutex m_listenerMutex;
    std::shared_ptr<const std::vector<std::pair<int, Listener>>> m_listeners;
    std::atomic<bool> m_hasListeners{false};
    int m_nextListenerId = 1;
};

} // namespace backroom::resilience
