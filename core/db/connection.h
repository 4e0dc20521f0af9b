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

namespace backroom::db {

class Connection {
public:
    // Opens a connection; on failure the error says in one line what to fix (bad string, wrong
    // password, server down). Adds connect_timeout=5 unless the string sets one.
    static Result<std::unique_ptr<Connection>> open(const QString &conninfo);

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

    // Runs a script of several statements with no parameters (migrations).
    Result<PgResult> execScript(const QString &sql);

    bool isOk() const { return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK; }
    // Tries once to re-establish a lost connection.
    bool reset();
    const QString &conninfo() const { return m_conninfo; }
    int backendPid() const { return m_conn ? PQbackendPID(m_conn.get()) : 0; }
    PGconn *raw() const { return m_conn.get(); }

    // A name for the ledger's actor column; defaults to the OS user name.
    static QString defaultActor();

private:
    Connection() = default;
    Result<PgResult> finish(PGresult *res);

    struct Closer { void operator()(PGconn *c) const { PQfinish(c); } };
    std::unique_ptr<PGconn, Closer> m_conn;
    QString m_conninfo;
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

// Maps a libpq error (message + SQLSTATE) to a typed Error with a message a user can act on.
Error classifyServerError(const QString &message, const QString &sqlState);
Error classifyConnectError(const QString &libpqMessage, const QString &conninfo);

} // namespace backroom::db
