#include "users.h"
#include "coretext.h"

namespace backroom::security {

namespace {

constexpr const char *kAdd = "SELECT backroom_user_add($1, $2, $3)";
constexpr const char *kList =
    "SELECT login, job_role, can_login, coalesce(last_change, ''), "
    "(extract(epoch FROM last_change_at) * 1000)::bigint FROM backroom_user_list()";
constexpr const char *kSetRole = "SELECT backroom_user_set_role($1, $2)";
constexpr const char *kRemove = "SELECT backroom_user_remove($1)";

// The functions raise 42710 for a login that exists; the rest map through classifyServerError.
Error userError(const Error &error)
{
    Error e = error;
    if (e.sqlState == QLatin1String("42710"))
        e.kind = Error::Kind::Conflict;
    return e;
}

Status done(const Result<db::PgResult> &r)
{
    if (!r)
        return userError(r.error());
    return Done{};
}

} // namespace

Result<JobRole> parseJobRole(const QString &name)
{
    for (JobRole role : {JobRole::Staff, JobRole::Warehouse, JobRole::Owner, JobRole::Store})
        if (name == jobRoleSqlName(role))
            return role;
    return Error::make(Error::Kind::BadInput,
                       SecurityText::tr("Unknown role '%1': use staff, warehouse, owner or store.").arg(name));
}

QString jobRoleSqlName(JobRole role)
{
    switch (role) {
    case JobRole::Staff: return QStringLiteral("staff");
    case JobRole::Warehouse: return QStringLiteral("warehouse");
    case JobRole::Owner: return QStringLiteral("owner");
    case JobRole::Store: return QStringLiteral("store");
    case JobRole::Admin: return QStringLiteral("admin");
    case JobRole::None: break;
    }
    return QStringLiteral("none");
}

Result<QByteArray> scramHash(db::Connection &conn, const QString &login, const QByteArray &password)
{
    if (!conn.isOk())
        return Error::make(Error::Kind::Connection, SecurityText::tr("Not connected to the database."));
    const QByteArray user = login.toUtf8();
    char *hashed = PQencryptPasswordConn(conn.raw(), password.constData(), user.constData(), "scram-sha-256");
    if (!hashed)
        return Error::make(Error::Kind::Query,
                           SecurityText::tr("Could not hash the password: %1")
                               .arg(QString::fromUtf8(PQerrorMessage(conn.raw())).trimmed()));
    QByteArray out(hashed);
    PQfreemem(hashed);
    return out;
}

Status addUser(db::Connection &conn, const QString &login, JobRole role, const QByteArray &password)
{
    if (password.isEmpty())
        return Error::make(Error::Kind::BadInput, SecurityText::tr("The password is empty: give the new login a "
                                                                   "password."));
    if (groupRoleFor(role).isEmpty())
        return Error::make(Error::Kind::BadInput, SecurityText::tr("A login needs one of the roles staff, warehouse, "
                                                                   "owner or store."));
    auto hash = scramHash(conn, login, password);
    if (!hash)
        return hash.error();
    return done(conn.exec(kAdd, {login, jobRoleSqlName(role), QString::fromLatin1(*hash)}));
}

Result<QList<UserInfo>> listUsers(db::Connection &conn)
{
    auto r = conn.exec(kList);
    if (!r)
        return userError(r.error());
    QList<UserInfo> out;
    for (int i = 0; i < r->rows(); ++i) {
        UserInfo u;
        u.login = r->text(i, 0);
        u.role = jobRoleFromSqlName(r->text(i, 1));
        u.canLogin = r->toBool(i, 2);
        u.lastChange = r->text(i, 3);
        if (!r->isNull(i, 4))
            u.lastChangeAt = QDateTime::fromMSecsSinceEpoch(r->toInt64(i, 4), Qt::UTC);
        out.append(u);
    }
    return out;
}

Status setUserRole(db::Connection &conn, const QString &login, JobRole role)
{
    if (groupRoleFor(role).isEmpty())
        return Error::make(Error::Kind::BadInput, SecurityText::tr("A login needs one of the roles staff, warehouse, "
                                                                   "owner or store."));
    return done(conn.exec(kSetRole, {login, jobRoleSqlName(role)}));
}

Status removeUser(db::Connection &conn, const QString &login)
{
    return done(conn.exec(kRemove, {login}));
}

} // namespace backroom::security
