#pragma once
// RetryPolicy: the one owner of "try again" in Backroom (the store's reconnect, checkout's deadlock
// retry, stock adjust's conflict retry, later gateway and marketplace calls). It says how many attempts,
// how long to wait between them (exponential backoff with jitter, resilience4j's 500 ms x1.5 +-50 % by
// default), and which errors are worth another attempt. Like libpqxx's perform(), it never repeats a
// call the caller marked NonIdempotent: such a call runs exactly once, whatever its error, because a
// second run could charge a customer or book stock twice.
//
// Two forms: run() blocks between attempts (worker threads, the CLI); runAsync() schedules the next
// attempt on a Scheduler and never blocks (the GUI thread, HTTP callbacks). Time and randomness go
// through seams (Seams::sleep, Seams::random, a Scheduler) so tests replace them and never sleep.
// A policy is a value: copy it and change a field per use (withAttempts()). run() is const and may be
// called from many threads at once as long as the seams are thread-safe (the defaults are).

#include "resilience/scheduler.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace backroom::resilience {

// Whether running a call twice is harmless. Say it at the call site, where it is known.
enum class Idempotency { Idempotent, NonIdempotent };

// SQLSTATEs after which the server rolled the whole transaction back, so running it again is safe:
// serialization failure (40001), deadlock (40P01), lock not available (55P03).
bool isRolledBackTransaction(const Error &error);

class RetryPolicy {
    Q_DECLARE_TR_FUNCTIONS(RetryPolicy)

public:
    using Duration = std::chrono::nanoseconds;

    struct Config {
        int maxAttempts = 3;                                   // first call included
        Duration initialBackoff = std::chrono::milliseconds(500);
        double multiplier = 1.5;
        double jitter = 0.5;                                   // each wait is nominal * (1 +- jitter), 0..1
        Duration maxBackoff = std::chrono::seconds(30);        // nominal waits stop growing here
        // Which failed attempts deserve another. Default: lost or unreachable server (Kind::Connection)
        // and rolled-back transactions (isRolledBackTransaction).
        std::function<bool(const Error &)> retryable;
    };

    struct Seams {
        std::function<void(Duration)> sleep;   // default: std::this_thread::sleep_for
        std::function<double()> random;        // uniform in [0, 1); default: QRandomGenerator::global()
    };

    // What onRetry hears before each wait (for logs and health events); runs on the retrying thread.
    struct RetryEvent {
        int failedAttempt = 0;   // 1 = the first call failed
        Error error;
        Duration wait{0};
    };

    RetryPolicy();
    explicit RetryPolicy(Config config, Seams seams = {});

    // A random source for tests: the same seed gives the same waits. Not thread-safe.
    static std::function<double()> seededRandom(quint32 seed);

    RetryPolicy withAttempts(int maxAttempts) const;
    // A copy that retries exactly the errors `retryable` accepts (for a call with its own rule).
    RetryPolicy withRetryable(std::function<bool(const Error &)> retryable) const;
    void setOnRetry(std::function<void(const RetryEvent &)> listener) { m_onRetry = std::move(listener); }

    const Config &config() const { return m_config; }
    bool isRetryable(const Error &error) const;
    // The nominal wait after failed attempt n (1-based), before jitter: initial * multiplier^(n-1), capped.
    Duration nominalBackoff(int failedAttempt) const;
    // The jittered wait after failed attempt n, drawing one number from Seams::random.
    Duration backoff(int failedAttempt) const;

    // Runs call until it succeeds, fails with an error that is not retryable, or maxAttempts are used;
    // returns the last result. A NonIdempotent call runs once. beforeRetry (optional) runs after each
    // wait and before the next attempt (reconnect, re-read); returning false stops with the last error.
    template <typename T>
    Result<T> run(Idempotency idempotency, const std::function<Result<T>()> &call,
                  const std::function<bool(const Error &)> &beforeRetry = {}) const
    {
        Result<T> result = call();
        for (int attempt = 1; !result && shouldRetryAfter(idempotency, attempt, result.error()); ++attempt) {
            waitAfter(attempt, result.error());
            if (beforeRetry && !beforeRetry(result.error()))
                break;
            result = call();
        }
        return result;
    }

    // The asynchronous form. call(report) starts one attempt and calls report(result) when it ends, on
    // the scheduler's thread. A retryable failure schedules the next attempt after backoff(); done(result)
    // gets the final result, once. The returned handle cancels: no further attempt starts and done gets
    // a Cancelled error at once (an attempt already running still finishes, its result is dropped).
    class Operation {
    public:
        void cancel();
        bool isFinished() const { return m_finished; }

    private:
        friend class RetryPolicy;
        std::function<void()> m_cancel;
        bool m_finished = false;
    };
    template <typename T>
    using AsyncCall = std::function<void(std::function<void(Result<T>)> report)>;

    template <typename T>
    std::shared_ptr<Operation> runAsync(Idempotency idempotency, Scheduler &scheduler, AsyncCall<T> call,
                                        std::function<void(Result<T>)> done) const
    {
        auto op = std::make_shared<Operation>();
        auto state = std::make_shared<AsyncState<T>>(AsyncState<T>{*this, idempotency, &scheduler, std::move(call),
                                                                   std::move(done), op, 0});
        op->m_cancel = [weak = std::weak_ptr<AsyncState<T>>(state)] {
            if (auto s = weak.lock())
                s->finish(Error::make(Error::Kind::Cancelled, cancelledMessage()));
        };
        AsyncState<T>::start(state);
        return op;
    }

private:
    template <typename T>
    struct AsyncState;

    bool shouldRetryAfter(Idempotency idempotency, int failedAttempt, const Error &error) const;
    void waitAfter(int failedAttempt, const Error &error) const;
    void notifyRetry(int failedAttempt, const Error &error, Duration wait) const;
    static QString cancelledMessage();

    Config m_config;
    Seams m_seams;
    std::function<void(const RetryEvent &)> m_onRetry;
};

template <typename T>
struct RetryPolicy::AsyncState {
    RetryPolicy policy;
    Idempotency idempotency;
    Scheduler *scheduler;
    AsyncCall<T> call;
    std::function<void(Result<T>)> done;
    std::shared_ptr<Operation> operation;
    int attempt;

    void finish(Result<T> result)
    {
        if (operation->m_finished)
            return;
        operation->m_finished = true;
        auto callback = std::move(done);
        callback(std::move(result));
    }

    static void start(const std::shared_ptr<AsyncState> &self)
    {
        if (self->operation->m_finished)
            return;
        ++self->attempt;
        self->call([self](Result<T> result) {
            if (self->operation->m_finished)
                return;
            if (result || !self->policy.shouldRetryAfter(self->idempotency, self->attempt, result.error()))
                return self->finish(std::move(result));
            const Duration wait = self->policy.backoff(self->attempt);
            self->policy.notifyRetry(self->attempt, result.error(), wait);
            self->scheduler->schedule(wait, [self] { start(self); });
        });
    }
};

} // namespace backroom::resilience
