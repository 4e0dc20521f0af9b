#include "asyncdb.h"
#include "coretext.h"

#include <QTimer>
#include <algorithm>

namespace backroom::db {

// Owns the Connection; all its methods run on the worker thread.
class AsyncDbWorker : public QObject {
public:
    AsyncDbWorker(AsyncDb *owner, QString conninfo)
        : m_owner(owner), m_conninfo(std::move(conninfo)), m_placeholder(Connection::offline(m_conninfo))
    {
    }

    void execute(const std::function<void(Connection &)> &job)
    {
        if (!ensureConnected())
            return job(*m_placeholder);   // the job sees a Connection error and reports it
        job(*m_conn);
        if (!m_conn->isOk())
            lost(DbText::tr("Lost the connection to the database."));
    }

private:
    bool ensureConnected()
    {
        if (m_conn && m_conn->isOk())
            return true;
        if (m_retryPending)
            return false;   // a backoff timer is already running
        if (tryConnect())
            return true;
        lost(m_lastError);
        return false;
    }

    bool tryConnect()
    {
        auto c = Connection::open(m_conninfo);
        if (!c) {
            m_lastError = c.error().message;
            return false;
        }
        m_conn = std::move(*c);
        return true;
    }

    void lost(const QString &message)
    {
        notify(false, message);
        if (m_retryPending)
            return;
        m_retryPending = true;
        QTimer::singleShot(m_backoffMs, this, [this] { retry(); });
    }

    void retry()
    {
        m_retryPending = false;
        if (tryConnect()) {
            m_backoffMs = kInitialBackoffMs;
            notify(true, QString());
            return;
        }
        m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
        lost(m_lastError);
    }

    void notify(bool up, const QString &message)
    {
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, up, message] { owner->setConnected(up, message); },
                                  Qt::QueuedConnection);
    }

    static constexpr int kInitialBackoffMs = 250;
    static constexpr int kMaxBackoffMs = 8000;
    AsyncDb *m_owner;
    QString m_conninfo;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<Connection> m_placeholder;   // never connected: jobs run while offline get a Connection error
    QString m_lastError;
    int m_backoffMs = kInitialBackoffMs;
    bool m_retryPending = false;
};

AsyncDb::AsyncDb(QString conninfo, QObject *parent) : QObject(parent), m_conninfo(std::move(conninfo))
{
    m_worker = new AsyncDbWorker(this, m_conninfo);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("AsyncDb"));
    m_thread.start();
}

AsyncDb::~AsyncDb()
{
    m_thread.quit();
    m_thread.wait();
}

void AsyncDb::post(std::function<void(Connection &)> job)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job = std::move(job)] { w->execute(job); },
                              Qt::QueuedConnection);
}

void AsyncDb::setConnected(bool up, const QString &message)
{
    if (up == m_connected)
        return;
    m_connected = up;
    if (up)
        emit connectionRestored();
    else
        emit connectionLost(message);
}

} // namespace backroom::db
