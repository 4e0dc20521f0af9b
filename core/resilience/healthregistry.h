#pragma once
// HealthRegistry: what one process knows about the health of its parts. Each component (a breaker, a
// bulkhead, a gateway, the database connection, the `serve` instance itself) registers a provider that
// returns a ComponentSnapshot of its state and recent figures; a HealthPublisher reads them all and
// writes them to PostgreSQL (component_health, migration 006) for every GUI to see.
// Thread-safe: add, remove, snapshot and announceChange from any thread. Providers are called on the
// thread that asks for a snapshot (the publisher's worker thread), outside the registry's lock: they
// must be thread-safe and quick (read counters, never wait on the network or the database).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace backroom::resilience {

enum class ComponentKind { Database, Gateway, Bulkhead, Breaker, Serve, Marketplace };

QString componentKindName(ComponentKind kind);   // "database", "gateway", ... as stored
std::optional<ComponentKind> componentKindFromName(const QString &name);

// The state and recent figures of one component, as the health screen shows them.
struct ComponentSnapshot {
    QString name;               // unique within an instance: "database", "bulkhead:browse", "gateway:opn"
    ComponentKind kind = ComponentKind::Serve;
    QString state;              // breakers: CLOSED, OPEN, HALF_OPEN, FORCED_OPEN, DISABLED; others: UP, DOWN, FULL
    qint64 calls = 0;           // calls in the component's current window (or since start; see its docs)
    double failureRate = -1;    // percent 0..100; -1 = not enough calls to say (resilience4j's convention)
    double slowCallRate = -1;   // percent 0..100; -1 = unknown
    double p95Ms = -1;          // -1 = unknown
    QString lastError;          // empty when none
    QDateTime stateSince;       // UTC; when the component entered `state`
    QJsonObject extra;          // anything else worth showing (a bulkhead's in_flight, max_concurrent, ...)

    // The jsonb `detail` column: {calls, failure_rate, slow_rate, p95_ms, last_error, since, ...extra}.
    QJsonObject detailJson() const;
    // The reverse, for readers: fills the figures from a detail object.
    static ComponentSnapshot fromDetail(QString name, ComponentKind kind, QString state, const QJsonObject &detail);
    bool operator==(const ComponentSnapshot &o) const;
    bool operator!=(const ComponentSnapshot &o) const { return !(*this == o); }
};

class HealthRegistry {
public:
    using Provider = std::function<ComponentSnapshot()>;

    HealthRegistry() = default;
    HealthRegistry(const HealthRegistry &) = delete;
    HealthRegistry &operator=(const HealthRegistry &) = delete;

    // Registers (or replaces) the component `name`; the snapshot's name is always set to it.
    void add(const QString &name, Provider provider);
    // Once remove() returns, the provider is neither running nor called again: an object may remove its
    // providers in its destructor. Never call it from inside a provider.
    void remove(const QString &name);
    QStringList names() const;

    // Every component's snapshot now, ordered by name.
    QList<ComponentSnapshot> snapshot() const;

    // A component calls this right after its state changed (a breaker opened), so that publishers write it
    // at once instead of at their next sample. Cheap; any thread; never calls back into the caller.
    void announceChange();

    // Listeners are told of each announcement (and of each add/remove), on the announcing thread.
    int subscribe(std::function<void()> listener);
    void unsubscribe(int id);

private:
    void notifyListeners();

    mutable std::mutex m_mutex;
    mutable std::mutex m_calling;   // held while providers run (snapshot), so remove() can wait for them
    std::map<QString, Provider> m_providers;
    std::map<int, std::function<void()>> m_listeners;
    int m_nextListener = 1;
};

} // namespace backroom::resilience
