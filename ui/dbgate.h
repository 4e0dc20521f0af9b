#pragma once
// DbGate: the screens' way to the database. It forwards jobs to AsyncDb one at a time and, while the
// connection is known to be lost (a job failed with a Connection error, or AsyncDb said so), answers
// new jobs at once with a Connection error instead of queueing them behind the reconnect backoff, until
// AsyncDb reports the connection restored. This keeps the GUI responsive during an outage and lets a
// dialog show the error while keeping the user's edit. Lives on the GUI thread.

#include "db/asyncdb.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>

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
    explicit DbGate(db::AsyncDb *db, QObject *parent = nullptr);

    // Same contract as AsyncDb::run: job(conn) on the worker thread, done(answer) on the GUI thread
    // unless context is gone. Jobs run in submission order.
    template <typename T>
    void run(QObject *context, std::function<T(db::Connection &)> job, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        Pending p;
        p.start = [this, guard, job = std::move(job), done]() {
            m_db->run<T>(this, job, [this, guard, done](T answer) {
                if (DbAnswer<T>::lostConnection(answer))
                    setDown();
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

    bool isDown() const { return m_down; }
    db::AsyncDb *asyncDb() const { return m_db; }

private:
    struct Pending {
        std::function<void()> start;
        std::function<void(const Error &)> refuse;
    };
    void pump();
    void finished();
    void setDown();
    void refuseQueued();

    db::AsyncDb *m_db;
    std::deque<Pending> m_queue;
    bool m_busy = false;
    bool m_down = false;
};

} // namespace backroom::ui
