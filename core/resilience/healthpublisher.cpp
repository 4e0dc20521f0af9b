#include "healthpublisher.h"

#include <QMap>
#include <QTimer>
#include <algorithm>
#include <mutex>

namespace backroom::resilience {

using net::Clock;

// What the publisher and its worker share across threads.
struct HealthPublisher::Shared {
    std::mutex mutex;
    Stats stats;                                 // guarded by mutex
    HealthPublisherWorker *worker = nullptr;     // guarded by mutex; null once stopping
    std::atomic<bool> wakePending{false};

    // Asks the worker to look at the registry now; many announcements in a row post one wake-up.
    void wake();
    template <typename F> void update(F &&f)
    {
        std::lock_guard lock(mutex);
        f(stats);
    }
};

// Owns the connection and decides when to write; all its methods run on the worker thread.
class HealthPublisherWorker : public QObject {
public:
    HealthPublisherWorker(HealthPublisher *owner, std::shared_ptr<HealthPublisher::Shared> shared)
        : m_owner(owner), m_config(owner->m_config), m_shared(std::move(shared)), m_wake(new QTimer(this)),
          m_reconnect(new QTimer(this)), m_backoff(m_config.reconnectMin)
    {
        m_wake->setSingleShot(true);
        m_reconnect->setSingleShot(true);
        connect(m_wake, &QTimer::timeout, this, &HealthPublisherWorker::wake);
        connect(m_reconnect, &QTimer::timeout, this, &HealthPublisherWorker::connectNow);
    }

    void connectNow();
    void wake();

private:
    enum class Change { None, Figures, State };
    Change compare(const QList<ComponentSnapshot> &now) const;
    Clock::TimePoint dueTime(Change change) const;
    void write(const QList<ComponentSnapshot> &components, Clock::TimePoint now);
    void lose(const QString &message);
    void arm(Clock::Duration in);

    HealthPublisher *m_owner;   // outlives this worker (it stops the thread before it goes)
    const HealthPublisher::Config &m_config;
    std::shared_ptr<HealthPublisher::Shared> m_shared;
    QTimer *m_wake;        // children, so they move to the worker thread with this object
    QTimer *m_reconnect;
    std::chrono::milliseconds m_backoff;
    std::unique_ptr<db::Connection> m_conn;
    std::unique_ptr<ComponentHealthWriter> m_writer;
    QMap<QString, ComponentSnapshot> m_published;   // as last written
    bool m_everWritten = false;   // since the current connection opened
    bool m_everConnected = false;
    bool m_up = false;
    Clock::TimePoint m_lastWrite{};
    Clock::TimePoint m_notBefore{};   // after a refused write: wait a heartbeat before trying again
};

void HealthPublisher::Shared::wake()
{
    if (wakePending.exchange(true))
        return;
    std::lock_guard lock(mutex);
    if (HealthPublisherWorker *w = worker)
        QMetaObject::invokeMethod(w, [w] { w->wake(); }, Qt::QueuedConnection);
}

void HealthPublisherWorker::connectNow()
{
    auto opened = db::Connection::open(m_config.conninfo);
    if (!opened)
        return lose(opened.error().message);
    m_conn = std::move(*opened);
    m_conn->exec("SET application_name = 'backroom health publisher'");
    m_writer = std::make_unique<ComponentHealthWriter>(*m_conn);
    m_published.clear();
    m_everWritten = false;   // the whole picture goes out at once
    m_backoff = m_config.reconnectMin;
    const bool again = m_everConnected;
    m_everConnected = m_up = true;
    const int pid = m_conn->backendPid();
    m_shared->update([&](HealthPublisher::Stats &s) {
        s.connected = true;
        s.backendPid = pid;
        s.reconnects += again ? 1 : 0;
    });
    if (again)
        emit m_owner->connectionRestored();
    wake();
}

void HealthPublisherWorker::lose(const QString &message)
{
    m_writer.reset();
    m_conn.reset();
    m_shared->update([&](HealthPublisher::Stats &s) {
        s.connected = false;
        s.backendPid = 0;
        s.lastError = message;
    });
    if (m_up) {
        m_up = false;
        emit m_owner->connectionLost(message);
    }
    m_wake->stop();
    m_reconnect->start(int(m_backoff.count()));
    m_backoff = std::min(m_backoff * 2, m_config.reconnectMax);
}

HealthPublisherWorker::Change HealthPublisherWorker::compare(const QList<ComponentSnapshot> &now) const
{
    if (now.size() != m_published.size())
        return Change::State;
    Change change = Change::None;
    for (const ComponentSnapshot &c : now) {
        const auto it = m_published.constFind(c.name);
        if (it == m_published.constEnd() || it->state != c.state || it->kind != c.kind)
            return Change::State;
        if (*it != c)
            change = Change::Figures;
    }
    return change;
}

Clock::TimePoint HealthPublisherWorker::dueTime(Change change) const
{
    if (!m_everWritten)
        return Clock::TimePoint::min();
    const auto gap = change == Change::State     ? m_config.stateChangeGap
                     : change == Change::Figures ? m_config.figuresInterval
                                                 : m_config.heartbeatInterval;
    return std::max(m_lastWrite + gap, m_notBefore);
}

void HealthPublisherWorker::wake()
{
    m_shared->wakePending = false;   // announcements from now on post a new wake-up
    if (!m_writer)
        return;   // reconnecting; connectNow() wakes us
    const QList<ComponentSnapshot> components = m_owner->m_registry.snapshot();
    const auto now = m_config.clock->now();
    const auto due = dueTime(compare(components));
    if (now < due)
        return arm(std::min<Clock::Duration>(due - now, m_config.sampleInterval));
    write(components, now);
    if (m_writer)
        arm(m_config.sampleInterval);
}

void HealthPublisherWorker::write(const QList<ComponentSnapshot> &components, Clock::TimePoint now)
{
    auto changed = m_writer->publish(m_config.instance, m_config.heartbeatInterval, components);
    m_lastWrite = now;
    m_everWritten = true;
    if (!changed) {
        const Error &e = changed.error();
        m_shared->update([&](HealthPublisher::Stats &s) {
            ++s.failedWrites;
            s.lastError = e.message;
        });
        if (e.kind == Error::Kind::Connection || !m_conn->isOk())
            return lose(e.message);
        // Refused (role, schema, bad data): the picture stays in memory; try again a heartbeat later.
        qWarning("health publisher: %s", qPrintable(e.message));
        m_notBefore = now + m_config.heartbeatInterval;
        return;
    }
    m_published.clear();
    for (const ComponentSnapshot &c : components)
        m_published.insert(c.name, c);
    const int rows = *changed;
    m_shared->update([&](HealthPublisher::Stats &s) {
        ++s.writes;
        s.rowsChanged += rows;
    });
    emit m_owner->published(rows);
}

void HealthPublisherWorker::arm(Clock::Duration in)
{
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(in).count();
    m_wake->start(int(std::clamp<qint64>(ms, 1, m_config.sampleInterval.count())));
}

HealthPublisher::HealthPublisher(HealthRegistry &registry, Config config, QObject *parent)
    : QObject(parent), m_registry(registry), m_config(std::move(config)), m_shared(std::make_shared<Shared>())
{
    m_thread.setObjectName(QStringLiteral("health publisher"));
}

HealthPublisher::~HealthPublisher()
{
    if (m_subscription)
        m_registry.unsubscribe(m_subscription);
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->worker = nullptr;   // no more wake-ups posted to it
    }
    m_thread.quit();
    m_thread.wait();
}

void HealthPublisher::start()
{
    if (m_worker)
        return;
    m_worker = new HealthPublisherWorker(this, m_shared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->worker = m_worker;
    }
    m_subscription = m_registry.subscribe([shared = m_shared] { shared->wake(); });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->connectNow(); }, Qt::QueuedConnection);
}

HealthPublisher::Stats HealthPublisher::stats() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->stats;
}

} // namespace backroom::resilience
