#pragma once
// HealthPublisher: writes a HealthRegistry's components to PostgreSQL (component_health, migration 006)
// for this process, so every GUI anywhere sees every `serve` instance. It coalesces: a state change is
// written at once unless the last write was less than stateChangeGap ago (then right after it), changed
// figures at most every figuresInterval, and a heartbeat every heartbeatInterval even when nothing
// changed. So an instance writes at most 1000/stateChangeGap ms times a second however often its
// components flap (4/s by default).
// It has its own connection on its own worker thread: announcing a change or taking a snapshot never
// blocks the caller. A dropped connection is reopened with exponential backoff; the picture stays in
// the registry and is written in full once the connection is back.
// Thread: create, start and destroy on one thread (any); stats() from any thread. Signals are emitted
// on the worker thread (connect with a context object to receive them on yours).

#include "net/clock.h"
#include "resilience/componenthealth.h"
#include "resilience/healthregistry.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <chrono>
#include <memory>

namespace backroom::resilience {

class HealthPublisherWorker;

class HealthPublisher : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString conninfo;
        HealthInstance instance;
        std::chrono::milliseconds stateChangeGap{250};     // least time between two writes
        std::chrono::milliseconds figuresInterval{2000};   // figures-only changes: at most this often
        std::chrono::milliseconds heartbeatInterval{5000}; // readers call an instance stale after 3 of these
        std::chrono::milliseconds sampleInterval{500};     // how often providers are read for changes nobody announced
        std::chrono::milliseconds reconnectMin{250};       // first wait after a lost connection, doubling ...
        std::chrono::milliseconds reconnectMax{8000};      // ... up to this
        net::Clock *clock = &net::Clock::system();         // decides when a write is due
    };

    // Figures about the publisher itself, for tests, logs and /health.
    struct Stats {
        qint64 writes = 0;          // publish statements that succeeded
        qint64 rowsChanged = 0;     // component rows they inserted, updated or removed
        qint64 failedWrites = 0;
        qint64 reconnects = 0;      // connections opened after the first
        bool connected = false;
        int backendPid = 0;         // of the publisher's connection, 0 when none
        QString lastError;
    };

    HealthPublisher(HealthRegistry &registry, Config config, QObject *parent = nullptr);
    ~HealthPublisher() override;   // stops the worker; a write in progress finishes first

    // Connects and starts publishing (the first write happens as soon as the connection is open).
    void start();
    Stats stats() const;
    const HealthInstance &instance() const { return m_config.instance; }

signals:
    void published(int rowsChanged);   // after each successful write
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    friend class HealthPublisherWorker;
    struct Shared;

    HealthRegistry &m_registry;
    const Config m_config;
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    HealthPublisherWorker *m_worker = nullptr;   // lives on m_thread; deleted when it finishes
    int m_subscription = 0;
};

} // namespace backroom::resilience
