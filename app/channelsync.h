#pragma once
// ChannelSync: the channel sync worker (channels::SyncWorker) on a thread of its own, as `backroom serve`
// and `backroom demo` run it, so that its blocking database calls never hold up the store API or the
// window; its HTTP goes through the caller's one client. Problems are printed to stderr once each.
// Optionally it listens for marketplace pushes (Shopee's order status pushes: channels::ChannelPushServer)
// on the main thread; the push server hands them to the worker, which checks them and fetches the orders.
// Create and destroy on the main thread; the worker is destroyed on its own thread.

#include "cli.h"

#include "channels/pushserver.h"
#include "channels/syncworker.h"

#include <QObject>
#include <QThread>
#include <memory>

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
        m_pushes.reset();   // before the worker it talks to
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ChannelSync(const ChannelSync &) = delete;
    ChannelSync &operator=(const ChannelSync &) = delete;
    channels::SyncWorker &worker() { return *m_worker; }

    // Starts receiving pushes at http://address:port/<channel>/push. callbackBaseUrl: the public URL the
    // marketplace was given, without "/<channel>/push" (the signature covers it); empty: as received.
    Result<quint16> listenForPushes(const QHostAddress &address, quint16 port, const QString &callbackBaseUrl)
    {
        // Refused pushes reach the worker's problems (and the push log) like any failed call: not printed twice.
        m_pushes = std::make_unique<channels::ChannelPushServer>(*m_worker, callbackBaseUrl);
        return m_pushes->listen(address, port);
    }

private:
    QObject m_context;   // main thread: problems are printed there; gone with this object
    QThread m_thread;
    channels::SyncWorker *m_worker;
    QString m_prefix;    // "backroom serve: ", "demo: "
    QString m_lastProblem;
    std::unique_ptr<channels::ChannelPushServer> m_pushes;
};

} // namespace backroom::cli
