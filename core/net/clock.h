#pragma once
// Clock: the one source of time for everything timed in Backroom (breaker windows and break durations,
// backoff, bulkhead waits, health samplers, reservation expiry decisions made in C++). Production code
// reads Clock::system(); tests hand a ManualClock to the object under test and advance it, so no test
// ever sleeps to let time pass. Thread-safe: now() may be called from any thread.

#include <QDateTime>
#include <atomic>
#include <chrono>

namespace backroom::net {

class Clock {
public:
    using Duration = std::chrono::nanoseconds;
    using TimePoint = std::chrono::time_point<std::chrono::steady_clock, Duration>;

    virtual ~Clock() = default;
    // Monotonic time for measuring durations and deadlines (never goes back).
    virtual TimePoint now() const = 0;
    // Wall-clock time in UTC, for what is stored or shown (a state's "since", a heartbeat).
    virtual QDateTime utcNow() const = 0;

    // The real clock (steady_clock and the system's UTC time).
    static Clock &system();
};

// A clock that moves only when told to: tests advance it past a breaker's break duration, a backoff or
// a heartbeat deadline instead of sleeping. Starts at an arbitrary fixed point.
class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime utcStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    TimePoint now() const override;
    QDateTime utcNow() const override;
    void advance(Duration by);   // any thread

private:
    QDateTime m_utcStart;
    std::atomic<Duration::rep> m_elapsed{0};
};

} // namespace backroom::net
