#include "dbworkerpool.h"

#include <QRunnable>

namespace backroom::store {

// Carries the job and its bulkhead permit to a worker thread; the permit goes back when the job is done.
class DbWorkerPool::Task : public QRunnable {
public:
    Task(DbWorkerPool *pool, resilience::Bulkhead::Permit permit, Job job)
        : m_pool(pool), m_permit(std::move(permit)), m_job(std::move(job))
    {
        setAutoDelete(true);
    }
    void run() override
    {
        const Then then = m_pool->run(m_job);
        m_job = nullptr;      // drop captured state before the permit frees the place
        m_permit.release();
        if (then)
            then();
    }

private:
    DbWorkerPool *m_pool;
    resilience::Bulkhead::Permit m_permit;
    Job m_job;
};

DbWorkerPool::DbWorkerPool(Config config)
    : m_config(std::move(config)),
      m_bulkhead(m_config.name, resilience::Bulkhead::Config{m_config.maxConcurrentCalls, std::chrono::seconds(1)})
{
    Q_ASSERT(m_config.connections > 0);
    m_threads.setMaxThreadCount(m_config.connections);
    m_threads.setObjectName(m_config.name);
    // Keep idle workers: starting a thread per burst costs more than a sleeping one.
    m_threads.setExpiryTimeout(-1);
}

DbWorkerPool::~DbWorkerPool()
{
    m_threads.waitForDone();
}

bool DbWorkerPool::trySubmit(Job job)
{
    auto permit = m_bulkhead.tryAcquire();
    if (!permit)
        return false;
    m_threads.start(new Task(this, std::move(*permit), std::move(job)));
    return true;
}

void DbWorkerPool::yieldTo(DbWorkerPool &other, int connections)
{
    m_yieldTo = &other;
    m_connectionsWhileYielding = std::max(1, connections);
    std::lock_guard lock(other.m_mutex);
    other.m_yielding.push_back(this);
}

void DbWorkerPool::waitForTurn()
{
    if (!m_yieldTo)
        return;
    std::unique_lock lock(m_mutex);
    m_turn.wait(lock, [this] {
        if (m_running < m_connectionsWhileYielding)
            return true;
        std::lock_guard other(m_yieldTo->m_mutex);   // lock order: yielding pool, then the other
        return m_yieldTo->m_busy == 0;
    });
    ++m_running;
}

void DbWorkerPool::leaveTurn()
{
    if (!m_yieldTo)
        return;
    {
        std::lock_guard lock(m_mutex);
        --m_running;
    }
    m_turn.notify_one();
}

void DbWorkerPool::otherWentIdle()
{
    { std::lock_guard lock(m_mutex); }   // a waiter between its check and its wait sees the change
    m_turn.notify_all();
}

DbWorkerPool::Then DbWorkerPool::run(Job &job)
{
    waitForTurn();
    struct Turn {
        DbWorkerPool *pool;
        ~Turn() { pool->leaveTurn(); }
    } turn{this};
    auto connection = takeConnection();
    if (!connection)
        return job(connection.error());
    std::unique_ptr<db::Connection> conn = std::move(*connection);
    Then then = job(conn.get());
    giveBack(std::move(conn));
    return then;
}

Result<std::unique_ptr<db::Connection>> DbWorkerPool::takeConnection()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_busy;
        if (!m_idle.empty()) {
            auto conn = std::move(m_idle.back());
            m_idle.pop_back();
            return conn;
        }
    }
    // At most `connections` jobs run at once, so opening here never exceeds the pool size.
    auto opened = db::Connection::open(m_config.conninfo);
    std::lock_guard lock(m_mutex);
    if (!opened) {
        --m_busy;
        return opened.error();
    }
    ++m_open;
    return std::move(*opened);
}

void DbWorkerPool::giveBack(std::unique_ptr<db::Connection> connection)
{
    std::vector<DbWorkerPool *> wake;
    {
        std::lock_guard lock(m_mutex);
        --m_busy;
        if (connection->isOk())
            m_idle.push_back(std::move(connection));
        else
            --m_open;   // a lost connection is dropped; the next job opens a fresh one
        if (m_busy == 0)
            wake = m_yielding;
    }
    for (DbWorkerPool *pool : wake)
        pool->otherWentIdle();
}

DbWorkerPool::Metrics DbWorkerPool::metrics() const
{
    Metrics m;
    m.bulkhead = m_bulkhead.metrics();
    m.connections = m_config.connections;
    std::lock_guard lock(m_mutex);
    m.connectionsOpen = m_open;
    m.busyConnections = m_busy;
    return m;
}

} // namespace backroom::store
