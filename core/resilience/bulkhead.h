#pragma once
// Bulkhead: a semaphore that caps how many calls of one kind may be in progress at once, so that one
// kind of work (say, catalog browsing) can never use up what another (checkout) needs. A call that finds
// the bulkhead full is refused at once (maxWaitDuration 0, fail fast) with a "retry after" hint, instead
// of queueing without bound. Thread-safe: acquire and release from any thread.

#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

namespace backroom::resilience {

class Bulkhead {
public:
    struct Config {
        int maxConcurrentCalls = 25;                 // resilience4j's default
        std::chrono::seconds retryAfter{1};          // hint given to refused callers
    };

    struct Metrics {
        QString name;
        int maxConcurrentCalls = 0;
        int inFlight = 0;        // permits held right now
        int peakInFlight = 0;    // highest inFlight seen since start
        qint64 permitted = 0;    // calls let in since start
        qint64 rejected = 0;     // calls refused because the bulkhead was full
        int available() const { return maxConcurrentCalls - inFlight; }
    };

    // A held place in the bulkhead; gives it back when destroyed. Move-only.
    class Permit {
    public:
        Permit(Permit &&other) noexcept : m_owner(other.m_owner) { other.m_owner = nullptr; }
        Permit &operator=(Permit &&other) noexcept;
        Permit(const Permit &) = delete;
        Permit &operator=(const Permit &) = delete;
        ~Permit() { release(); }
        void release();

    private:
        friend class Bulkhead;
        explicit Permit(Bulkhead *owner) : m_owner(owner) {}
        Bulkhead *m_owner;
    };

    Bulkhead(QString name, Config config);
    Bulkhead(const Bulkhead &) = delete;
    Bulkhead &operator=(const Bulkhead &) = delete;

    // A permit, or nothing at once when maxConcurrentCalls permits are already held.
    std::optional<Permit> tryAcquire();

    Metrics metrics() const;
    const QString &name() const { return m_name; }
    std::chrono::seconds retryAfter() const { return m_config.retryAfter; }
    int maxConcurrentCalls() const { return m_config.maxConcurrentCalls; }

    // Called (on the acquiring thread, outside any lock) each time a call is refused; for logs and events.
    void setOnRejected(std::function<void(const QString &name)> callback);

private:
    void releaseOne();

    const QString m_name;
    const Config m_config;
    mutable std::mutex m_mutex;
    int m_inFlight = 0;
    int m_peak = 0;
    qint64 m_permitted = 0;
    qint64 m_rejected = 0;
    std::function<void(const QString &)> m_onRejected;
};

} // namespace backroom::resilience
