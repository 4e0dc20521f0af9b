#include "componenthealth.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <vector>

namespace backroom::resilience {

namespace {

constexpr const char *kPublishStatement = "backroom_health_publish";
constexpr const char *kPublishSql =
    "SELECT component_health_publish($1, $2, $3::integer, $4, $5::interval, $6::jsonb)";
constexpr const char *kReadSql =
    "SELECT instance_id, host, pid, version, login, (extract(epoch FROM started_at) * 1000)::bigint, "
    "       (extract(epoch FROM heartbeat_at) * 1000)::bigint, heartbeat_interval_ms, heartbeat_age_ms, stale, "
    "       component, kind, state, detail, (extract(epoch FROM updated_at) * 1000)::bigint "
    "FROM component_health_read($1::timestamptz)";
constexpr const char *kForgetSql = "SELECT component_health_forget($1)";

// Times travel as milliseconds since the epoch: no text parsing, no time zone guessing.
QDateTime timestamp(const db::PgResult &r, int row, int col)
{
    return r.isNull(row, col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.toInt64(row, col), Qt::UTC);
}

Error resultError(PGconn *conn, PGresult *res)
{
    if (!res || PQstatus(conn) == CONNECTION_BAD)
        return Error::make(Error::Kind::Connection,
                           QCoreApplication::translate("backroom::resilience", "Lost the connection to the database: %1")
                               .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    return db::classifyServerError(QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)),
                                   QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE)));
}

} // namespace

HealthInstance HealthInstance::current(const QString &version)
{
    return HealthInstance{QUuid::createUuid().toString(QUuid::WithoutBraces), QHostInfo::localHostName(),
                          QCoreApplication::applicationPid(), version};
}

Result<int> ComponentHealthWriter::publish(const HealthInstance &instance, std::chrono::milliseconds heartbeatInterval,
                                           const QList<ComponentSnapshot> &components)
{
    if (!m_conn.isOk())
        return Error::make(Error::Kind::Connection,
                           QCoreApplication::translate("backroom::resilience", "Not connected to the database."));
    PGconn *conn = m_conn.raw();
    if (!m_prepared) {
        db::PgResult prepared(PQprepare(conn, kPublishStatement, kPublishSql, 6, nullptr));
        if (prepared.isNull() || PQresultStatus(prepared.raw()) != PGRES_COMMAND_OK)
            return resultError(conn, prepared.raw());
        m_prepared = true;
    }
    QJsonArray batch;
    for (const ComponentSnapshot &c : components)
        batch.append(QJsonObject{{QStringLiteral("component"), c.name},
                                 {QStringLiteral("kind"), componentKindName(c.kind)},
                                 {QStringLiteral("state"), c.state},
                                 {QStringLiteral("detail"), c.detailJson()}});
    const std::vector<QByteArray> values = {
        instance.id.toUtf8(),
        instance.host.toUtf8(),
        QByteArray::number(instance.pid),
        instance.version.toUtf8(),
        QByteArray::number(qint64(heartbeatInterval.count())) + " milliseconds",
        QJsonDocument(batch).toJson(QJsonDocument::Compact),
    };
    const char *params[6];
    for (int i = 0; i < 6; ++i)
        params[i] = values[size_t(i)].constData();
    db::PgResult res(PQexecPrepared(conn, kPublishStatement, 6, params, nullptr, nullptr, 0));
    if (res.isNull() || PQresultStatus(res.raw()) != PGRES_TUPLES_OK)
        return resultError(conn, res.raw());
    return res.toInt(0, 0);
}

Result<QList<ComponentHealthRow>> readComponentHealth(db::Connection &conn, const QDateTime &asOf)
{
    auto r = conn.exec(kReadSql, {asOf.isValid() ? QVariant(asOf.toUTC()) : QVariant()});
    if (!r)
        return r.error();
    QList<ComponentHealthRow> rows;
    rows.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        ComponentHealthRow row;
        row.instance = HealthInstance{r->text(i, 0), r->text(i, 1), r->toInt64(i, 2), r->text(i, 3)};
        row.login = r->text(i, 4);
        row.startedAt = timestamp(*r, i, 5);
        row.heartbeatAt = timestamp(*r, i, 6);
        row.heartbeatIntervalMs = r->toInt64(i, 7);
        row.heartbeatAgeMs = r->toInt64(i, 8);
        row.stale = r->toBool(i, 9);
        if (!r->isNull(i, 10)) {
            const auto kind = componentKindFromName(r->text(i, 11));
            const QJsonObject detail = QJsonDocument::fromJson(r->bytes(i, 13)).object();
            row.component = ComponentSnapshot::fromDetail(r->text(i, 10), kind.value_or(ComponentKind::Serve),
                                                          r->text(i, 12), detail);
            row.updatedAt = timestamp(*r, i, 14);
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<bool> forgetHealthInstance(db::Connection &conn, const QString &instanceId)
{
    auto r = conn.exec(kForgetSql, {instanceId});
    if (!r)
        return r.error();
    return r->toBool(0, 0);
}

} // namespace backroom::resilience
