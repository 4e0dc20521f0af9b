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

DbWorkerPool::Then DbWorkerPool::run(Job &job)
{
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
    std::lock_guard lock(m_mutex);
    --m_busy;
    if (connection->isOk()) {
        m_idle.push_back(std::move(connection));
        return;
    }
    // A lost connection is dropped; the next job opens a fresh one.
    --m_open;
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
