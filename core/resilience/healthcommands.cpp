#include "healthcommands.h"

#include "db/notifylistener.h"

#include <QCoreApplication>

namespace backroom::resilience {

namespace {

constexpr const char *kRequestSql = "SELECT health_command_request($1, $2, $3)";
constexpr const char *kClaimSql =
    "SELECT id, component, action, requested_by, (extract(epoch FROM requested_at) * 1000)::bigint "
    "FROM health_command_claim($1)";
constexpr const char *kCompleteSql = "SELECT health_command_complete($1::bigint, $2::boolean, $3)";
constexpr const char *kReadSql =
    "SELECT id, instance_id, component, action, requested_by, (extract(epoch FROM requested_at) * 1000)::bigint, "
    "       (extract(epoch FROM claimed_at) * 1000)::bigint, (extract(epoch FROM done_at) * 1000)::bigint, "
    "       succeeded, outcome "
    "FROM health_command_read(nullif($1, ''), $2::integer)";

QDateTime timestamp(const db::PgResult &r, int row, int col)
{
    return r.isNull(row, col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.toInt64(row, col), Qt::UTC);
}

} // namespace

QString healthActionName(HealthAction action)
{
    switch (action) {
    case HealthAction::ForceOpen: return QStringLiteral("force_open");
    case HealthAction::Close: return QStringLiteral("close");
    case HealthAction::Reset: return QStringLiteral("reset");
    case HealthAction::Disable: return QStringLiteral("disable");
    }
    return {};
}

std::optional<HealthAction> healthActionFromName(const QString &name)
{
    for (HealthAction a : {HealthAction::ForceOpen, HealthAction::Close, HealthAction::Reset, HealthAction::Disable})
        if (healthActionName(a) == name)
            return a;
    return std::nullopt;
}

QString healthActionTitle(HealthAction action)
{
    switch (action) {
    case HealthAction::ForceOpen: return QCoreApplication::translate("backroom::resilience", "Force open");
    case HealthAction::Close: return QCoreApplication::translate("backroom::resilience", "Close");
    case HealthAction::Reset: return QCoreApplication::translate("backroom::resilience", "Reset");
    case HealthAction::Disable: return QCoreApplication::translate("backroom::resilience", "Disable");
    }
    return {};
}

Result<qint64> requestHealthCommand(db::Connection &conn, const QString &instanceId, const QString &component,
                                    HealthAction action)
{
    auto r = conn.exec(kRequestSql, {instanceId, component, healthActionName(action)});
    if (!r)
        return r.error();
    return r->toInt64(0, 0);
}

Result<QList<HealthCommand>> claimHealthCommands(db::Connection &conn, const QString &instanceId)
{
    auto r = conn.exec(kClaimSql, {instanceId});
    if (!r)
        return r.error();
    QList<HealthCommand> commands;
    for (int i = 0; i < r->rows(); ++i) {
        HealthCommand c;
        c.id = r->toInt64(i, 0);
        c.instanceId = instanceId;
        c.component = r->text(i, 1);
        c.action = healthActionFromName(r->text(i, 2)).value_or(HealthAction::Reset);
        c.requestedBy = r->text(i, 3);
        c.requestedAt = timestamp(*r, i, 4);
        commands.append(std::move(c));
    }
    return commands;
}

Result<bool> completeHealthCommand(db::Connection &conn, qint64 id, bool succeeded, const QString &outcome)
{
    auto r = conn.exec(kCompleteSql, {id, succeeded, outcome});
    if (!r)
        return r.error();
    return r->toBool(0, 0);
}

Result<QList<HealthCommand>> readHealthCommands(db::Connection &conn, const QString &instanceId, int limit)
{
    auto r = conn.exec(kReadSql, {instanceId, limit});
    if (!r)
        return r.error();
    QList<HealthCommand> commands;
    for (int i = 0; i < r->rows(); ++i) {
        HealthCommand c;
        c.id = r->toInt64(i, 0);
        c.instanceId = r->text(i, 1);
        c.component = r->text(i, 2);
        c.action = healthActionFromName(r->text(i, 3)).value_or(HealthAction::Reset);
        c.requestedBy = r->text(i, 4);
        c.requestedAt = timestamp(*r, i, 5);
        c.claimedAt = timestamp(*r, i, 6);
        c.doneAt = timestamp(*r, i, 7);
        if (!r->isNull(i, 8))
            c.succeeded = r->toBool(i, 8);
        c.outcome = r->text(i, 9);
        commands.append(std::move(c));
    }
    return commands;
}

ComponentSnapshot breakerComponentSnapshot(const CircuitBreaker &breaker, ComponentKind kind)
{
    const CircuitBreaker::Metrics m = breaker.metrics();
    ComponentSnapshot s;
    s.name = breaker.name();
    s.kind = kind;
    s.state = breakerStateName(m.state);
    s.calls = m.callsInWindow;
    s.failureRate = m.failureRate;
    s.slowCallRate = m.slowCallRate;
    s.p95Ms = m.latency.count > 0 ? double(m.latency.p95.count()) / 1e6 : -1;
    s.lastError = m.lastError;
    s.stateSince = m.stateSinceUtc;
    s.extra.insert(QStringLiteral("not_permitted"), double(m.notPermittedCalls));
    if (m.retryAfter.count() > 0)
        s.extra.insert(QStringLiteral("retry_after_ms"), double(m.retryAfter.count()) / 1e6);
    return s;
}

void BreakerDirectory::registerBreaker(const QString &name, CircuitBreaker *breaker)
{
    std::lock_guard lock(m_mutex);
    m_breakers[name] = breaker;
}

void BreakerDirectory::unregisterBreaker(const QString &name)
{
    std::lock_guard lock(m_mutex);
    m_breakers.erase(name);
}

QStringList BreakerDirectory::names() const
{
    std::lock_guard lock(m_mutex);
    QStringList out;
    for (const auto &entry : m_breakers)
        out.append(entry.first);
    return out;
}

Result<QString> BreakerDirectory::apply(const QString &name, HealthAction action, const QString &reason)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_breakers.find(name);
    if (it == m_breakers.end())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("backroom::resilience", "This instance has no breaker named %1.")
                               .arg(name));
    CircuitBreaker *breaker = it->second;
    const BreakerState before = breaker->state();
    switch (action) {
    case HealthAction::ForceOpen: breaker->transitionToForcedOpen(reason); break;
    case HealthAction::Close: breaker->transitionToClosed(reason); break;
    case HealthAction::Reset: breaker->reset(reason); break;
    case HealthAction::Disable: breaker->transitionToDisabled(reason); break;
    }
    return QStringLiteral("%1: %2 -> %3").arg(name, breakerStateName(before), breakerStateName(breaker->state()));
}

HealthCommands::HealthCommands(BreakerDirectory &breakers, Config config, QObject *parent)
    : QObject(parent), m_breakers(breakers), m_config(std::move(config))
{
    m_db = new db::AsyncDb(m_config.conninfo, this);
    m_listener = new db::NotifyListener(m_config.conninfo, {QStringLiteral("health_command")}, this);
    connect(m_listener, &db::NotifyListener::notified, this, [this](const QString &, const QString &payload) {
        if (payload == m_config.instanceId)
            claimNow();
    });
    // Listening (again): whatever was requested meanwhile is waiting.
    connect(m_listener, &db::NotifyListener::listening, this, &HealthCommands::claimNow);
    m_poll.setInterval(int(m_config.pollInterval.count()));
    connect(&m_poll, &QTimer::timeout, this, &HealthCommands::claimNow);
}

HealthCommands::~HealthCommands() = default;

void HealthCommands::start()
{
    m_listener->start();
    m_poll.start();
    claimNow();
}

void HealthCommands::claimNow()
{
    if (m_claiming) {
        m_claimAgain = true;   // a command may have arrived after the running claim read the queue
        return;
    }
    m_claiming = true;
    const QString instance = m_config.instanceId;
    m_db->run<Result<QList<HealthCommand>>>(
        this, [instance](db::Connection &conn) { return claimHealthCommands(conn, instance); },
        [this](Result<QList<HealthCommand>> claimed) { onClaimed(std::move(claimed)); });
}

void HealthCommands::onClaimed(Result<QList<HealthCommand>> claimed)
{
    if (!claimed) {
        m_claiming = false;
        m_claimAgain = false;
        emit failed(claimed.error().message);
        return;
    }
    for (const HealthCommand &command : *claimed) {
        HealthCommand done = applyOne(command);
        m_db->run<Result<bool>>(
            this,
            [done](db::Connection &conn) {
                return completeHealthCommand(conn, done.id, done.succeeded.value_or(false), done.outcome);
            },
            [this, done](Result<bool> recorded) {
                if (recorded)
                    emit applied(done);
                else
                    emit failed(recorded.error().message);
            });
    }
    // Jobs run in order: this claim's completions are recorded before the next claim runs.
    m_claiming = false;
    if (m_claimAgain) {
        m_claimAgain = false;
        claimNow();
    }
}

HealthCommand HealthCommands::applyOne(HealthCommand command)
{
    const QString reason =
        QCoreApplication::translate("backroom::resilience", "operator action by %1").arg(command.requestedBy);
    auto outcome = m_breakers.apply(command.component, command.action, reason);
    command.succeeded = bool(outcome);
    command.outcome = outcome ? *outcome : outcome.error().message;
    return command;
}

} // namespace backroom::resilience
