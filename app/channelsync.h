#pragma once
// ChannelSync: the channel sync worker (channels::SyncWorker) on a thread of its own, as `backroom serve`
// and `backroom demo` run it, so that its blocking database calls never hold up the store API or the
// window; its HTTP goes through the caller's one client. Problems are printed to stderr once each.
// Create and destroy on the main thread; the worker is destroyed on its own thread.

#include "cli.h"

#include "channels/syncworker.h"

#include <QObject>
#include <QThread>

namespace backroom::cli {

class ChannelSync {
public:
    ChannelSync(channels::SyncWorker::Options options, net::HttpClient &http, resilience::HealthRegistry &health,
                QString prefix)
        : m_worker(new channels::SyncWorker(std::move(options), http)), m_prefix(std::move(prefix))
    {
        m_worker->publishHealthTo(health);
        QObject::connect(m_worker, &channels::SyncWorker::problem, &m_context, [this](const QString &message) {
            if (message == m_lastProblem)
                return;   // once per new problem, not every poll
            m_lastProblem = message;
            err() << m_prefix << "channels: " << message << "\n";
            err().flush();
        });
        m_worker->moveToThread(&m_thread);
        m_thread.setObjectName(QStringLiteral("channel-sync"));
        m_thread.start();
        QMetaObject::invokeMethod(m_worker, &channels::SyncWorker::start, Qt::QueuedConnection);
    }
    ~ChannelSync()
    {
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ChannelSync(const ChannelSync &) = delete;
    ChannelSync &operator=(const ChannelSync &) = delete;
    channels::SyncWorker &worker() { return *m_worker; }

private:
    QObject m_context;   // main thread: problems are printed there; gone with this object
    QThread m_thread;
    channels::SyncWorker *m_worker;
    QString m_prefix;    // "backroom serve: ", "demo: "
    QString m_lastProblem;
};

} // namespace backroom::cli
