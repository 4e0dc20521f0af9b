#pragma once
// DbWorkerPool: one bulkhead's worth of database work for the store API — a Bulkhead that admits at
// most maxConcurrentCalls jobs (running or queued), a QThreadPool of `connections` worker threads, and
// that many Connections used by this pool only. trySubmit() never blocks: it is called on the HTTP
// server thread and either queues the job or refuses it at once. Jobs run on the pool's own threads.

#include "db/connection.h"
#include "resilience/bulkhead.h"

#include <QString>
#include <QThreadPool>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace backroom::store {

class DbWorkerPool {
public:
    struct Config {
        QString name;              // "browse", "checkout", ... (shown in /health and logs)
        QString conninfo;
        int connections = 4;       // worker threads = database connections
        int maxConcurrentCalls = 16;   // running + queued; beyond this trySubmit refuses
    };

    struct Metrics {
        resilience::Bulkhead::Metrics bulkhead;
        int connections = 0;       // configured size
        int connectionsOpen = 0;   // opened so far and still alive
        int busyConnections = 0;   // lent to a running job right now
    };

    // What to do once the job's connection and bulkhead place are given back (e.g. post the answer).
    using Then = std::function<void()>;
    // The job gets a connection of this pool, or the reason none could be opened. It returns what to do
    // after it has let go of both, so a client that sends its next request at once finds room for it.
    using Job = std::function<Then(Result<db::Connection *> connection)>;

    explicit DbWorkerPool(Config config);
    ~DbWorkerPool();   // waits for running and queued jobs
    DbWorkerPool(const DbWorkerPool &) = delete;
    DbWorkerPool &operator=(const DbWorkerPool &) = delete;

    // Queues the job if the bulkhead has room; false (at once, nothing queued) when it is full.
    bool trySubmit(Job job);

    Metrics metrics() const;

    // Priority between bulkheads: while `other` has a job running, at most `connections` jobs of this
    // pool run at once (the rest wait in the queue), so that this pool's work cannot take the database's
    // CPU from the other's (browse yields to checkout). Call once, before jobs run; other must outlive this.
    void yieldTo(DbWorkerPool &other, int connections);
    const QString &name() const { return m_config.name; }
    int maxConcurrentCalls() const { return m_config.maxConcurrentCalls; }
    std::chrono::seconds retryAfter() const { return m_bulkhead.retryAfter(); }
    // Blocks until every queued job has run; for shutdown and tests.
    void waitForDone() { m_threads.waitForDone(); }

private:
    class Task;
    friend class Task;
    Then run(Job &job);
    // Blocks this worker while the pool it yields to is busy and enough of this pool's jobs already run.
    void waitForTurn();
    void leaveTurn();
    void otherWentIdle();
    Result<std::unique_ptr<db::Connection>> takeConnection();
    void giveBack(std::unique_ptr<db::Connection> connection);

    const Config m_config;
    resilience::Bulkhead m_bulkhead;
    QThreadPool m_threads;
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<db::Connection>> m_idle;
    int m_open = 0;
    int m_busy = 0;
    // yieldTo(): the pool given way to, how many may run meanwhile, how many run now.
    DbWorkerPool *m_yieldTo = nullptr;
    int m_connectionsWhileYielding = 0;
    int m_running = 0;
    std::condition_variable m_turn;
    std::vector<DbWorkerPool *> m_yielding;   // pools that yield to this one (woken when it goes idle)
};

} // namespace backroom::store
