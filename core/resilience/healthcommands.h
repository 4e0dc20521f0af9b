#pragma once
// Operator actions on breakers (force-open, close, reset, disable), from the health screen on any
// machine to the breaker inside the right `serve` instance (migration 008, docs/health.md):
//
//   owner's screen --health_command_request--> backroom_data.health_command --NOTIFY health_command-->
//   that instance's HealthCommands --claim, apply to the breaker, complete(outcome)--> NOTIFY health_command_done
//
// - The free functions are blocking calls on a Connection: a worker thread (AsyncDb), never the GUI
//   thread. Errors: Permission (42501) when the role may not (request/read: owner; claim/complete:
//   the login that publishes the instance), NotFound (P0002) for an unknown instance or command,
//   BadInput for an unknown action, Connection when the server is away.
// - BreakerDirectory: the breakers of one process by component name (the names they publish under in
//   the HealthRegistry). Thread-safe. A breaker must be unregistered before it is destroyed.
// - HealthCommands: what `serve` runs. LISTENs on health_command (and polls, in case a notification was
//   missed while the listener reconnected), claims its instance's commands through its own AsyncDb,
//   applies each to the named breaker and records the outcome. Lives on the thread it was created on
//   (needs an event loop: `serve`'s main thread); breakers are thread-safe, so applying is immediate.
#include "db/asyncdb.h"
#include "db/connection.h"
#include "resilience/circuitbreaker.h"
#include "resilience/healthregistry.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace backroom::db {
class NotifyListener;
}

namespace backroom::resilience {

enum class HealthAction { ForceOpen, Close, Reset, Disable };

// "force_open", "close", "reset", "disable": as stored.
QString healthActionName(HealthAction action);
std::optional<HealthAction> healthActionFromName(const QString &name);
// "Force open", "Close", "Reset", "Disable" (translated): for buttons and dialogs.
QString healthActionTitle(HealthAction action);

struct HealthCommand {
    qint64 id = 0;
    QString instanceId;
    QString component;
    HealthAction action = HealthAction::Reset;
    QString requestedBy;            // the login that asked (session_user)
    QDateTime requestedAt;          // UTC, server clock
    QDateTime claimedAt;            // invalid until the instance claimed it
    QDateTime doneAt;               // invalid until it was applied (or failed)
    std::optional<bool> succeeded;  // empty until done
    QString outcome;                // what applying it did, or why it could not
};

// Owner: asks instance `instanceId` to apply `action` to `component`; returns the command id.
Result<qint64> requestHealthCommand(db::Connection &conn, const QString &instanceId, const QString &component,
                                    HealthAction action);
// The instance's own login: claims its unclaimed commands, oldest first.
Result<QList<HealthCommand>> claimHealthCommands(db::Connection &conn, const QString &instanceId);
// The instance's own login: records the outcome; false when it was already recorded.
Result<bool> completeHealthCommand(db::Connection &conn, qint64 id, bool succeeded, const QString &outcome);
// Owner: the newest commands (of one instance, or all when instanceId is empty).
Result<QList<HealthCommand>> readHealthCommands(db::Connection &conn, const QString &instanceId = {}, int limit = 50);

// A breaker's state and figures in the shape component_health stores (for a HealthRegistry provider and
// the screens' own breaker): state name, calls and rates of its window, p95 of recent calls, last error,
// since; `retry_after_ms` and `not_permitted` in extra.
ComponentSnapshot breakerComponentSnapshot(const CircuitBreaker &breaker, ComponentKind kind);

class BreakerDirectory {
public:
    BreakerDirectory() = default;
    BreakerDirectory(const BreakerDirectory &) = delete;
    BreakerDirectory &operator=(const BreakerDirectory &) = delete;

    // Registers (or replaces) the breaker published as component `name` (e.g. "gateway:opn").
    void registerBreaker(const QString &name, CircuitBreaker *breaker);
    // Once it returns, no command is being applied to that breaker.
    void unregisterBreaker(const QString &name);
    QStringList names() const;

    // Applies action to the breaker `name`, with `reason` for its transition event. Returns the outcome
    // text (e.g. "gateway:opn: CLOSED -> FORCED_OPEN"), or NotFound when no breaker has that name.
    Result<QString> apply(const QString &name, HealthAction action, const QString &reason);

private:
    mutable std::mutex m_mutex;   // held while an action is applied, so unregister waits for it
    std::map<QString, CircuitBreaker *> m_breakers;
};

class HealthCommands : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString conninfo;      // the same login as the instance's HealthPublisher
        QString instanceId;    // HealthPublisher::instance().id
        std::chrono::milliseconds pollInterval{10000};   // fallback when a notification was missed
    };

    HealthCommands(BreakerDirectory &breakers, Config config, QObject *parent = nullptr);
    ~HealthCommands() override;

    // Starts listening and claims what is already waiting.
    void start();
    // Claims and applies waiting commands now (also what a notification or the poll does).
    void claimNow();

signals:
    void applied(const backroom::resilience::HealthCommand &command);   // after its outcome was recorded
    void failed(const QString &message);                                 // claim or complete failed

private:
    void onClaimed(Result<QList<HealthCommand>> claimed);
    HealthCommand applyOne(HealthCommand command);

    BreakerDirectory &m_breakers;
    const Config m_config;
    db::AsyncDb *m_db = nullptr;
    db::NotifyListener *m_listener = nullptr;
    QTimer m_poll;
    bool m_claiming = false;
    bool m_claimAgain = false;
};

} // namespace backroom::resilience
Q_DECLARE_METATYPE(backroom::resilience::HealthCommand)
