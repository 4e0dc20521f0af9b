#pragma once
// Connection: one blocking libpq connection (RAII). Used from worker threads, the CLI, tests and
// benchmarks; the GUI reaches it only through AsyncDb, which owns one on its own thread.

#include "pgresult.h"
#include "result.h"

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <libpq-fe.h>
#include <memory>
#include <optional>

namespace backroom::db {

class Connection {
public:
    // Opens a connection; on failure the error says in one line what to fix (bad string, wrong
    // password, server down, certificate mismatch). Adds connect_timeout=5 unless the string sets one,
    // and sslmode=verify-full for a server on another machine unless the string sets an sslmode (tls.h).
    // A string without a password gets the one this process knows for its server + role
    // (PasswordVault), else, when the server asks for one, the one in the credential store: then
    // this call may block on the keychain, so keep it off the GUI thread (AsyncDb does).
    static Result<std::unique_ptr<Connection>> open(const QString &conninfo);
    // The same with a password from outside the string (a dialog's field); the store is not consulted.
    static Result<std::unique_ptr<Connection>> open(const QString &conninfo, const QString &password);

    // A connection that is not connected: every exec() returns a Connection error. Lets callers run
    // the same code path while the server is unreachable.
    static std::unique_ptr<Connection> offline(const QString &conninfo);

    // Checks a connection string's syntax without connecting.
    static Status validateConnInfo(const QString &conninfo);

    // Runs one parameterised statement. Params are sent as text: null QVariant -> SQL NULL,
    // QString/QByteArray/numbers/bool as their text form. Server errors come back as typed Errors
    // (23514 check violation -> Constraint, 40001 -> Conflict, lost connection -> Connection).
    Result<PgResult> exec(const char *sql, const QVariantList &params = {});
    Result<PgResult> exec(const QString &sql, const QVariantList &params = {});

    // Runs a statement the caller runs many times (a request, a drill): prepared under `name` the first
    // time this connection runs it, then executed by name, so the server plans it once per connection.
    // `name` must stand for one `sql` for the whole process. When the server lost the statement (a
    // pooler's DISCARD ALL: 26000) it is prepared again once. With statement caching off it is exec().
    Result<PgResult> execPrepared(const char *name, const char *sql, const QVariantList &params = {});
    // Statement caching for connections opened from now on in this process (default on). Turn it off
    // when the connections go through a transaction-mode pooler (PgBouncer 1.18 keeps no prepared
    // statements across transactions): `serve --pooler transaction`.
    static void setStatementCachingDefault(bool on);
    static bool statementCachingDefault();

    // Runs a script of several statements with no parameters (migrations).
    Result<PgResult> execScript(const QString &sql);

    bool isOk() const { return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK; }
    // Tries once to re-establish a lost connection.
    bool reset();
    const QString &conninfo() const { return m_conninfo; }
    int backendPid() const { return m_conn ? PQbackendPID(m_conn.get()) : 0; }
    // True when the connection is encrypted with TLS (PQsslInUse).
    bool sslInUse() const { return m_conn && PQsslInUse(m_conn.get()) == 1; }
    // The host connected to, as libpq names it (a name, an address or a socket directory).
    QString host() const { return m_conn ? QString::fromUtf8(PQhost(m_conn.get())) : QString(); }
    // The server's version string, e.g. "15.18 (Debian 15.18-0+deb12u1)".
    QString serverVersion() const;
    PGconn *raw() const { return m_conn.get(); }

    // A name for the ledger's actor column; defaults to the OS user name.
    static QString defaultActor();

private:
    Connection() = default;
    static Result<std::unique_ptr<Connection>> open(const QString &conninfo, const std::optional<QString> &password);
    Result<PgResult> finish(PGresult *res);
    bool isPrepared(const char *name) const;

    struct Closer { void operator()(PGconn *c) const { PQfinish(c); } };
    std::unique_ptr<PGconn, Closer> m_conn;
    QString m_conninfo;
    bool m_statementCaching = true;
    std::vector<QByteArray> m_prepared;   // names prepared on this session (a handful: a linear scan)
};

// Transaction: BEGIN on construction (with the given isolation), ROLLBACK in the destructor unless
// commit() succeeded. Check begun() before using it.
class Transaction {
public:
    enum class Isolation { ReadCommitted, RepeatableRead, Serializable };
    explicit Transaction(Connection &conn, Isolation iso = Isolation::ReadCommitted);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Connection &m_conn;
    Status m_begun;
    bool m_open = false;
};

// Maps a libpq error (message + SQLSTATE) to a typed Error with a message a user can act on. The
// message never contains a password (describe the target from its keywords; maskPasswords on the rest).
Error classifyServerError(const QString &message, const QString &sqlState);
Error classifyConnectError(const QString &libpqMessage, const QString &conninfo);

} // namespace backroom::db
