#include "connection.h"

#include "connectparams.h"
#include "coretext.h"
#include "conninfo.h"
#include "passwordvault.h"

#include <QByteArrayList>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace backroom::db {

namespace {

// Session defaults every Backroom connection relies on: UTC timestamps, and no JIT, whose compile time
// costs short interactive queries more than it saves.
constexpr const char *kDuplicatePreparedStatement = "42P05";
constexpr const char *kUnknownPreparedStatement = "26000";

std::atomic<bool> g_statementCachingDefault{true};

Error notConnected()
{
    return Error::make(Error::Kind::Connection, DbText::tr("Not connected to the database; will reconnect."));
}

// Statement parameters in libpq's text form: null QVariant -> SQL NULL, bool -> t/f, dates in UTC ISO.
class TextParams {
public:
    explicit TextParams(const QVariantList &params)
    {
        m_storage.reserve(size_t(params.size()));
        m_values.reserve(size_t(params.size()));
        for (const QVariant &p : params) {
            if (p.isNull()) {
                m_storage.emplace_back();
                m_values.push_back(nullptr);
                continue;
            }
            m_storage.push_back(textOf(p));
            m_values.push_back(m_storage.back().constData());
        }
    }
    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_values.data(); }

private:
    static QByteArray textOf(const QVariant &p)
    {
        switch (p.typeId()) {
        case QMetaType::Bool: return p.toBool() ? "t" : "f";
        case QMetaType::QByteArray: return p.toByteArray();
        case QMetaType::QDateTime: return p.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
        default: return p.toString().toUtf8();
        }
    }
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_values;
};

constexpr const char *kSessionSetup =
    "SELECT set_config('timezone', 'UTC', false), set_config('jit', 'off', false)";

QString describeTarget(const QString &conninfo)
{
    // Show where we tried to go, without any password.
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> opts(
        PQconninfoParse(conninfo.toUtf8().constData(), nullptr), &PQconninfoFree);
    QString host, port, db, user;
    if (opts) {
        for (auto *o = opts.get(); o->keyword; ++o) {
            if (!o->val)
                continue;
            const QByteArray k(o->keyword);
            if (k == "host") host = QString::fromUtf8(o->val);
            else if (k == "port") port = QString::fromUtf8(o->val);
            else if (k == "dbname") db = QString::fromUtf8(o->val);
            else if (k == "user") user = QString::fromUtf8(o->val);
        }
    }
    if (host.isEmpty()) host = qEnvironmentVariable("PGHOST", DbText::tr("the default socket"));
    if (port.isEmpty()) port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    QString s = QStringLiteral("%1:%2").arg(host, port);
    if (!db.isEmpty()) s = DbText::tr("%1 database \"%2\"").arg(s, db);
    if (!user.isEmpty()) s = DbText::tr("%1 as \"%2\"").arg(s, user);
    return s;
}

QString firstLine(QString s)
{
    s = s.trimmed();
    const int nl = s.indexOf(QLatin1Char('\n'));
    return nl < 0 ? s : s.left(nl).trimmed();
}

// PostgreSQL's own refusal ("permission denied for table stock") gets Backroom's wording around it; a
// Backroom function's refusal (RAISE ... USING ERRCODE = '42501') already says what it refused.
QString permissionMessage(const QString &serverLine)
{
    if (!serverLine.startsWith(QLatin1String("permission denied")))
        return serverLine;
    return DbText::tr("Not allowed for your role: %1. Ask an owner.").arg(serverLine);
}

// The four ways verify-full fails, each with what to do about it.
std::optional<Error> classifyTlsError(const QString &msg, const QString &where)
{
    static const QRegularExpression nameMismatch(
        QStringLiteral("server certificate for \"([^\"]*)\".*does not match host name \"([^\"]*)\""));
    if (const auto m = nameMismatch.match(msg); m.hasMatch())
        return Error::make(Error::Kind::Connection,
                           DbText::tr("The server's certificate at %1 is for \"%2\", not for \"%3\": connect with the "
                                      "host name the certificate names, or have the server's certificate reissued for "
                                      "this name.").arg(where, m.captured(1), m.captured(2)));
    if (msg.contains(QLatin1String("certificate verify failed")))
        return Error::make(Error::Kind::Connection,
                           DbText::tr("The server's certificate at %1 is not signed by the root certificate Backroom "
                                      "trusts: check the root certificate (sslrootcert) is the one that signed the "
                                      "server's certificate.").arg(where));
    if (msg.contains(QLatin1String("root certificate file")))
        return Error::make(Error::Kind::Connection,
                           DbText::tr("Verifying the server at %1 needs the root certificate that signed its "
                                      "certificate: set it in the connection profile (sslrootcert=) or put it at "
                                      "~/.postgresql/root.crt.").arg(where));
    if (msg.contains(QLatin1String("server does not support SSL")))
        return Error::make(Error::Kind::Connection,
                           DbText::tr("The server at %1 does not accept encrypted connections: ask its administrator "
                                      "to turn on ssl, or use TLS mode \"disable\" only on a network you trust.")
                               .arg(where));
    return std::nullopt;
}

} // namespace

Error classifyConnectError(const QString &libpqMessage, const QString &conninfo)
{
    const QString msg = maskPasswords(libpqMessage.trimmed());
    const QString where = describeTarget(conninfo);
    if (auto tlsError = classifyTlsError(msg, where))
        return *tlsError;
    if (msg.contains(QLatin1String("password authentication failed"))
        || msg.contains(QLatin1String("no password supplied"))
        || msg.contains(QLatin1String("authentication failed")))
        return Error::make(Error::Kind::Auth,
                           DbText::tr("Wrong user name or password for %1: check the user and password in --db "
                                      "or BACKROOM_DB.").arg(where));
    if (msg.contains(QLatin1String("does not exist")) && msg.contains(QLatin1String("database")))
        return Error::make(Error::Kind::Connection,
                           DbText::tr("The database does not exist on %1: create it or fix dbname in --db.")
                               .arg(where));
    if (msg.contains(QLatin1String("role")) && msg.contains(QLatin1String("does not exist")))
        return Error::make(Error::Kind::Auth,
                           DbText::tr("No such database user at %1: fix user in --db.").arg(where));
    if (msg.contains(QLatin1String("timeout expired")))
        return Error::make(Error::Kind::Connection,
                           DbText::tr("Timed out connecting to %1: check the host and that the network "
                                      "allows it.").arg(where));
    if (msg.contains(QLatin1String("Connection refused")) || msg.contains(QLatin1String("No such file or directory"))
        || msg.contains(QLatin1String("could not connect")))
        return Error::make(Error::Kind::Connection,
                           DbText::tr("Cannot reach PostgreSQL at %1: is the server running? Check host and "
                                      "port in --db or BACKROOM_DB.").arg(where));
    if (msg.contains(QLatin1String("could not translate host name")))
        return Error::make(Error::Kind::Connection,
                           DbText::tr("Unknown host in %1: fix host in --db.").arg(where));
    return Error::make(Error::Kind::Connection,
                       DbText::tr("Cannot connect to %1: %2").arg(where, firstLine(msg)));
}

Error classifyServerError(const QString &message, const QString &sqlState)
{
    const QString line = firstLine(message);
    if (sqlState == QLatin1String("23514"))
        return Error::make(Error::Kind::Constraint, line, sqlState);
    if (sqlState.startsWith(QLatin1String("23")))
        return Error::make(Error::Kind::Constraint, line, sqlState);
    // Backroom's own codes (migration 002): BR001 out of stock, BR002 order in the wrong state, BR003
    // idempotency key reused for other lines; 55000 is a stock edit refused during a flash sale.
    if (sqlState == QLatin1String("BR001"))
        return Error::make(Error::Kind::OutOfStock, line, sqlState);
    if (sqlState == QLatin1String("BR002") || sqlState == QLatin1String("BR003") || sqlState == QLatin1String("55000"))
        return Error::make(Error::Kind::Conflict, line, sqlState);
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"))
        return Error::make(Error::Kind::Conflict, line, sqlState);
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01")
        || sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return Error::make(Error::Kind::Connection, line, sqlState);
    if (sqlState == QLatin1String("22P02") || sqlState == QLatin1String("22003")
        || sqlState == QLatin1String("22023") || sqlState == QLatin1String("P0003"))
        return Error::make(Error::Kind::BadInput, line, sqlState);
    // Text the database cannot hold: 22021 character_not_in_repertoire (a NUL, invalid UTF-8), 22P05
    // untranslatable_character. The input is at fault, not the server: BadInput, keeping the SQLSTATE.
    if (sqlState == QLatin1String("22021") || sqlState == QLatin1String("22P05"))
        return Error::make(Error::Kind::BadInput, line, sqlState);
    if (sqlState == QLatin1String("P0002"))
        return Error::make(Error::Kind::NotFound, line, sqlState);
    if (sqlState == QLatin1String("42501"))
        return Error::make(Error::Kind::Permission, permissionMessage(line), sqlState);
    if (sqlState == QLatin1String("42P01") || sqlState == QLatin1String("42883"))
        return Error::make(Error::Kind::Schema,
                           DbText::tr("%1 (run `backroom db migrate`)").arg(line), sqlState);
    return Error::make(Error::Kind::Query, line, sqlState);
}

Status Connection::validateConnInfo(const QString &conninfo)
{
    char *err = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.toUtf8().constData(), &err);
    if (!opts) {
        // libpq quotes the token it stumbled on, which may be part of a password: then say less.
        const bool holdsPassword = maskPasswords(conninfo) != conninfo;
        const QString why = err && !holdsPassword ? firstLine(QString::fromUtf8(err)) : DbText::tr("unreadable");
        PQfreemem(err);
        return Error::make(Error::Kind::BadInput,
                           DbText::tr("The connection string is malformed (%1). Example: "
                                      "\"host=localhost port=5432 dbname=backroom user=staff\" or "
                                      "\"postgresql://staff@localhost/backroom\".").arg(why));
    }
    PQconninfoFree(opts);
    return Done{};
}

std::unique_ptr<Connection> Connection::offline(const QString &conninfo)
{
    std::unique_ptr<Connection> c(new Connection);
    c->m_conninfo = conninfo;
    c->m_statementCaching = g_statementCachingDefault.load();
    return c;
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &conninfo)
{
    return open(conninfo, std::optional<QString>());
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &conninfo, const QString &password)
{
    return open(conninfo, std::optional<QString>(password));
}

namespace {
using ConnPtr = std::unique_ptr<PGconn, void (*)(PGconn *)>;

ConnPtr connectWith(const QString &conninfo, const std::optional<QString> &password)
{
    const ConnectParams params(conninfo, "backroom", password);
    return ConnPtr(PQconnectdbParams(params.keywords(), params.values(), 1), &PQfinish);
}

bool refusedPassword(PGconn *conn)
{
    return PQconnectionUsedPassword(conn)
           && QString::fromUtf8(PQerrorMessage(conn)).contains(QLatin1String("password authentication failed"));
}
} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString &conninfo, const std::optional<QString> &given)
{
    if (auto valid = validateConnInfo(conninfo); !valid)
        return valid.error();

    const ConnTarget target = ConnectParams::targetOf(conninfo);
    const bool stringHasPassword = ConnectParams(conninfo, "backroom", std::nullopt).passwordInString();
    const std::optional<QString> known = given ? given : stringHasPassword ? std::nullopt : PasswordVault::find(target);
    ConnPtr conn = connectWith(conninfo, known);
    if (!conn)
        return Error::make(Error::Kind::Connection, DbText::tr("Out of memory opening a connection."));

    // The server wants a password we did not have (or the one we remembered is out of date): ask the
    // credential store once.
    if (PQstatus(conn.get()) != CONNECTION_OK && !given && !stringHasPassword
        && (PQconnectionNeedsPassword(conn.get()) || (known && refusedPassword(conn.get())))) {
        if (known)
            PasswordVault::forget(target);
        auto stored = lookUpStoredPassword(target);
        if (!stored && stored.error().kind != Error::Kind::NotFound)
            return stored.error();   // e.g. a credentials file others can read: say so
        if (stored && (!known || *stored != *known))
            conn = connectWith(conninfo, *stored);
    }
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return classifyConnectError(QString::fromUtf8(PQerrorMessage(conn.get())), conninfo);

    std::unique_ptr<Connection> c(new Connection);
    c->m_conninfo = conninfo;
    c->m_statementCaching = g_statementCachingDefault.load();
    c->m_conn.reset(conn.release());
    // Server NOTICEs ("already exists, skipping") are not for the user's terminal.
    PQsetNoticeProcessor(c->m_conn.get(), [](void *, const char *) {}, nullptr);

    auto setup = c->exec(kSessionSetup);
    if (!setup)
        return setup.error();
    return c;
}

QString Connection::serverVersion() const
{
    return m_conn ? QString::fromUtf8(PQparameterStatus(m_conn.get(), "server_version")) : QString();
}

Result<PgResult> Connection::finish(PGresult *raw)
{
    PgResult res(raw);
    if (!raw) {
        const QString msg = QString::fromUtf8(PQerrorMessage(m_conn.get()));
        return Error::make(Error::Kind::Connection,
                           DbText::tr("Lost the connection to the database: %1").arg(firstLine(msg)));
    }
    const auto status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return res;
    const QString state = QString::fromLatin1(PQresultErrorField(raw, PG_DIAG_SQLSTATE));
    QString msg = QString::fromUtf8(PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY));
    if (msg.isEmpty())
        msg = QString::fromUtf8(PQerrorMessage(m_conn.get()));
    if (PQstatus(m_conn.get()) == CONNECTION_BAD)
        return Error::make(Error::Kind::Connection,
                           DbText::tr("Lost the connection to the database: %1").arg(firstLine(msg)), state);
    return classifyServerError(msg, state);
}

Result<PgResult> Connection::exec(const char *sql, const QVariantList &params)
{
    if (!isOk())
        return notConnected();
    const TextParams text(params);
    return finish(PQexecParams(m_conn.get(), sql, text.count(), nullptr, text.values(), nullptr, nullptr, 0));
}

Result<PgResult> Connection::execPrepared(const char *name, const char *sql, const QVariantList &params)
{
    if (!m_statementCaching)
        return exec(sql, params);
    if (!isOk())
        return notConnected();
    const TextParams text(params);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!isPrepared(name)) {
            auto prepared = finish(PQprepare(m_conn.get(), name, sql, text.count(), nullptr));
            if (!prepared && prepared.error().sqlState != QLatin1String(kDuplicatePreparedStatement))
                return prepared.error();
            m_prepared.emplace_back(name);
        }
        auto r = finish(PQexecPrepared(m_conn.get(), name, text.count(), text.values(), nullptr, nullptr, 0));
        if (r || r.error().sqlState != QLatin1String(kUnknownPreparedStatement))
            return r;
        m_prepared.erase(std::remove(m_prepared.begin(), m_prepared.end(), QByteArray(name)), m_prepared.end());
    }
    return notConnected();   // not reached: the second attempt prepared the statement afresh
}

bool Connection::isPrepared(const char *name) const
{
    return std::find(m_prepared.begin(), m_prepared.end(), QByteArray(name)) != m_prepared.end();
}

void Connection::setStatementCachingDefault(bool on)
{
    g_statementCachingDefault.store(on);
}

bool Connection::statementCachingDefault()
{
    return g_statementCachingDefault.load();
}

Result<PgResult> Connection::exec(const QString &sql, const QVariantList &params)
{
    return exec(sql.toUtf8().constData(), params);
}

Result<PgResult> Connection::execScript(const QString &sql)
{
    if (!isOk())
        return Error::make(Error::Kind::Connection, DbText::tr("Not connected to the database."));
    return finish(PQexec(m_conn.get(), sql.toUtf8().constData()));
}

bool Connection::reset()
{
    if (!m_conn)
        return false;
    PQreset(m_conn.get());
    m_prepared.clear();   // a new session has none of the old one's statements
    if (PQstatus(m_conn.get()) != CONNECTION_OK)
        return false;
    return bool(exec(kSessionSetup));
}

QString Connection::defaultActor()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("BACKROOM_ACTOR"));
    if (user.isEmpty()) user = env.value(QStringLiteral("USER"));
    if (user.isEmpty()) user = env.value(QStringLiteral("USERNAME"));
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd *pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Transaction::Transaction(Connection &conn, Isolation iso) : m_conn(conn), m_begun(Done{})
{
    const char *sql = iso == Isolation::Serializable ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
                      : iso == Isolation::RepeatableRead ? "BEGIN ISOLATION LEVEL REPEATABLE READ"
                                                         : "BEGIN";
    auto r = m_conn.exec(sql);
    if (r)
        m_open = true;
    else
        m_begun = r.error();
}

Transaction::~Transaction()
{
    if (m_open && m_conn.isOk())
        m_conn.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::make(Error::Kind::Query, DbText::tr("Transaction already ended.")))
                            : m_begun;
    m_open = false;
    auto r = m_conn.exec("COMMIT");
    if (!r)
        return r.error();
    return Done{};
}

} // namespace backroom::db
