#pragma once
// Logins and their job roles, for `backroom users` (and later a Users screen): add, list, change the
// role of, and remove the people who use Backroom. Every call runs a SECURITY DEFINER function that
// only the owner role may execute (migration 004), which only ever grants or revoke the four job
// roles and refuses administrators and logins that are not Backroom's. Passwords are hashed here, on
// the client (SCRAM-SHA-256), so the clear password never reaches the server, its logs or
// pg_stat_activity. Any thread; each call blocks on its connection.

#include "db/connection.h"
#include "result.h"
#include "security/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace backroom::security {

struct UserInfo {
    QString login;
    JobRole role = JobRole::None;
    bool canLogin = false;
    QString lastChange;       // "added as staff", "role staff -> owner"; empty if made outside Backroom
    QDateTime lastChangeAt;   // UTC; invalid if unknown
};

// The job roles a user can be given, by their SQL names: staff, warehouse, owner, store.
// BadInput for anything else (the message lists the valid names).
Result<JobRole> parseJobRole(const QString &name);
QString jobRoleSqlName(JobRole role);

// Errors of every call: Permission (the caller is not an owner, or the target is an administrator or
// not Backroom's), Connection, Query.
// Adds a login with a job role. BadInput (bad login name, empty password), Conflict (login exists).
Status addUser(db::Connection &conn, const QString &login, JobRole role, const QByteArray &password);
Result<QList<UserInfo>> listUsers(db::Connection &conn);
// NotFound when there is no such login.
Status setUserRole(db::Connection &conn, const QString &login, JobRole role);
Status removeUser(db::Connection &conn, const QString &login);

// Hashes a password for login with SCRAM-SHA-256 on the client (libpq PQencryptPasswordConn).
Result<QByteArray> scramHash(db::Connection &conn, const QString &login, const QByteArray &password);

} // namespace backroom::security
