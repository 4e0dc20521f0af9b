#pragma once
// The database face of the health registry (migration 006): publish one instance's components, read
// every instance's components with their staleness, forget an instance. Blocking calls on a Connection:
// use them from a worker thread (HealthPublisher, AsyncDb), never from the GUI thread.
// Errors: Permission (42501) when the login's role may not do it (publish: store and owner; read and
// forget: owner) or when another login owns the instance id; Connection when the server is away;
// BadInput for a malformed batch.

#include "db/connection.h"
#include "resilience/healthregistry.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace backroom::resilience {

// Who publishes: one running process.
struct HealthInstance {
    QString id;        // unique per process run (a UUID)
    QString host;      // machine name
    qint64 pid = 0;
    QString version;

    // This process, with a new id.
    static HealthInstance current(const QString &version);
};

// One row of component_health_read: an instance and one of its components (none yet: no component).
struct ComponentHealthRow {
    HealthInstance instance;
    QString login;                  // the database login that publishes it
    QDateTime startedAt;
    QDateTime heartbeatAt;          // server clock
    qint64 heartbeatIntervalMs = 0;
    qint64 heartbeatAgeMs = 0;      // as of the read
    bool stale = false;             // no heartbeat for more than 3 heartbeat intervals: do not trust `component`
    std::optional<ComponentSnapshot> component;
    QDateTime updatedAt;            // when the component's row last changed
};

// Publishes statements prepared once per connection. Create one per connection; if the connection was
// replaced (reconnect), create a new one.
class ComponentHealthWriter {
public:
    explicit ComponentHealthWriter(db::Connection &conn) : m_conn(conn) {}
    // Replaces the instance's published components with `components`; returns how many rows changed
    // (unchanged rows are not written; the heartbeat always moves). NOTIFY component_health when > 0.
    Result<int> publish(const HealthInstance &instance, std::chrono::milliseconds heartbeatInterval,
                        const QList<ComponentSnapshot> &components);

private:
    db::Connection &m_conn;
    bool m_prepared = false;
};

// Every component of every instance, ordered by host and instance. `asOf` (UTC) is the moment staleness
// is judged at; invalid = the server's now. Owner only.
Result<QList<ComponentHealthRow>> readComponentHealth(db::Connection &conn, const QDateTime &asOf = {});

// Removes an instance and its components; false when there was none. Owner only.
Result<bool> forgetHealthInstance(db::Connection &conn, const QString &instanceId);

} // namespace backroom::resilience
