#pragma once
// AsyncDb: runs database jobs on a worker thread with its own Connection, so that the GUI thread never
// waits on the network. Results come back to the caller's thread as a queued call. After a lost
// connection it reports connectionLost, reconnects with exponential backoff and reports
// connectionRestored. Lives on (is created and used from) the GUI thread.

#include "connection.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace backroom::db {

class AsyncDbWorker;

class AsyncDb : public QObject {
    Q_OBJECT
public:
    explicit AsyncDb(QString conninfo, QObject *parent = nullptr);
    ~AsyncDb() override;

    // Runs job(conn) on the worker thread, then done(result) on context's thread. If context is
    // destroyed first, done is dropped. Jobs run one at a time, in submission order.
    template <typename T>
    void run(QObject *context, std::function<T(Connection &)> job, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        post([job = std::move(job), done = std::move(done), guard](Connection &conn) {
            T value = job(conn);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [done, value = std::move(value)]() mutable { done(std::move(value)); },
                Qt::QueuedConnection);
        });
    }

    bool isConnected() const { return m_connected; }
    const QString &conninfo() const { return m_conninfo; }

signals:
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void post(std::function<void(Connection &)> job);
    void setConnected(bool up, const QString &message);

    QString m_conninfo;
    QThread m_thread;
    AsyncDbWorker *m_worker = nullptr;   // lives on m_thread, deleted when it finishes
    bool m_connected = true;
    friend class AsyncDbWorker;
};

} // namespace backroom::db
