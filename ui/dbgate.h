#pragma once
// DbGate: the screens' way to the database. It forwards jobs to AsyncDb one at a time through a
// CircuitBreaker ("this window's database connection"): while the breaker is OPEN (a job failed with a
// Connection error, or AsyncDb said the connection is lost) or FORCED_OPEN, or HALF_OPEN with its one
// trial job already running, new jobs are answered at once with a Connection error that says when the
// next try is due and what failed, instead of queueing behind the reconnect backoff. This keeps the GUI
// responsive during an outage and lets a dialog show the error while keeping the user's edit.
// The breaker: failures = Connection errors only (a refused edit is the database answering), a window of
// the last 4 jobs judged from 1, breaks of 1 s doubling up to 30 s, then one trial job (HALF_OPEN, moved
// to on time by a QtScheduler); AsyncDb's connectionLost opens it, connectionRestored closes it.
// Permission is asked when a job starts, not when it is queued. Lives on the GUI thread; the clock is
// injectable for tests.

#include "db/asyncdb.h"
#include "net/clock.h"
#include "resilience/circuitbreaker.h"
#include "resilience/scheduler.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>
#include <memory>

namespace backroom::ui {

// How the gate reads a job's answer: did it lose the connection, and what to answer without running it.
// Specialise for answer types that are not a Result<T>.
template <typename T>
struct DbAnswer;

template <typename X>
struct DbAnswer<Result<X>> {
    static bool lostConnection(const Result<X> &r) { return !r && r.error().kind == Error::Kind::Connection; }
    static Result<X> offline(const Error &e) { return e; }
};

class DbGate : public QObject {
    Q_OBJECT
public:
    // clock and scheduler (optional: a QtScheduler on this object) must outlive the gate.
    explicit DbGate(db::AsyncDb *db, QObject *parent = nullptr, net::Clock &clock = net::Clock::system(),
                    resilience::Scheduler *scheduler = nullptr);
    ~DbGate() override;

    // Same contract as AsyncDb::run: job(conn) on the worker thread, done(answer) on the GUI thread
    // unless context is gone. Jobs run in submission order.
    template <typename T>
    void run(QObject *context, std::function<T(db::Connection &)> job, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        Pending p;
        p.start = [this, guard, job = std::move(job), done](std::shared_ptr<Permission> permission) {
            m_db->run<T>(this, job, [this, guard, done, permission](T answer) {
                if (DbAnswer<T>::lostConnection(answer))
                    lostConnection(*permission);
                else
                    permission->onSuccess();
                if (guard)
                    done(std::move(answer));
                finished();
            });
        };
        p.refuse = [guard, done](const Error &e) {
            if (guard)
                done(DbAnswer<T>::offline(e));
        };
        m_queue.push_back(std::move(p));
        pump();
    }

    // OPEN or FORCED_OPEN, or HALF_OPEN with its trial job running: new jobs are refused at once.
    bool isDown() const;
    db::AsyncDb *asyncDb() const { return m_db; }
    resilience::CircuitBreaker &breaker() { return *m_breaker; }
    const resilience::CircuitBreaker &breaker() const { return *m_breaker; }
    // The breaker's configuration described above.
    static resilience::CircuitBreakerConfig breakerConfig();

signals:
    // The breaker changed state (the banner and the health screen's card follow it).
    void breakerStateChanged(backroom::resilience::BreakerState from, backroom::resilience::BreakerState to,
                             const QString &reason);

private:
    using Permission = resilience::CircuitBreaker::Permission;
    struct Pending {
        std::function<void(std::shared_ptr<Permission>)> start;
        std::function<void(const Error &)> refuse;
    };
    void pump();
    void finished();
    void lostConnection(Permission &permission);
    void scheduleRefusal();
    void refuseQueued();
    Error offlineError() const;

    db::AsyncDb *m_db;
    std::unique_ptr<resilience::QtScheduler> m_ownScheduler;
    std::unique_ptr<resilience::CircuitBreaker> m_breaker;
    std::deque<Pending> m_queue;
    bool m_busy = false;
    bool m_refusalScheduled = false;
};

} // namespace backroom::ui
