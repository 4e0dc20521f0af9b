#pragma once
// Scheduler: the timer seam for code that must do something later without blocking a thread (the next
// attempt of an asynchronous retry, a breaker's automatic move from OPEN to HALF_OPEN). Production code
// uses QtScheduler, which runs callbacks on a QObject's thread through QTimer; tests use ManualScheduler,
// which runs them when the test advances its ManualClock, so no test waits for real time.

#include "net/clock.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <mutex>
#include <vector>

namespace backroom::resilience {

class Scheduler {
public:
    using Duration = net::Clock::Duration;
    virtual ~Scheduler() = default;
    // Runs callback once, after delay, never from inside this call. Thread: see each implementation.
    virtual void schedule(Duration delay, std::function<void()> callback) = 0;
};

// Runs callbacks on context's thread (which needs an event loop); dropped if context is destroyed first.
// schedule() may be called from any thread.
class QtScheduler final : public Scheduler {
public:
    explicit QtScheduler(QObject *context) : m_context(context) {}
    void schedule(Duration delay, std::function<void()> callback) override;

private:
    QPointer<QObject> m_context;
};

// For tests: callbacks wait until advance() moves the clock past their time, then run in time order on
// the thread calling advance() (callbacks may schedule more). Thread-safe.
class ManualScheduler final : public Scheduler {
public:
    explicit ManualScheduler(net::ManualClock &clock) : m_clock(clock) {}
    void schedule(Duration delay, std::function<void()> callback) override;
    // Advances the clock by `by`, running each callback when the clock reaches its time.
    void advance(Duration by);
    int pending() const;
    // Delays passed to schedule(), in order: what a test checks a backoff sequence against.
    std::vector<Duration> requestedDelays() const;

private:
    struct Task {
        net::Clock::TimePoint due;
        quint64 order;
        std::function<void()> callback;
    };
    bool takeNextDue(net::Clock::TimePoint until, Task *out);

    net::ManualClock &m_clock;
    mutable std::mutex m_mutex;
    std::vector<Task> m_tasks;
    std::vector<Duration> m_requested;
    quint64 m_nextOrder = 0;
};

} // namespace backroom::resilience
