#include "stack/stackconfig.h"

#include "db/conninfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace backroom::stack {
namespace {

Error badInput(const QString &message) { return Error::make(Error::Kind::BadInput, message); }

Result<QString> readTemplate(const QString &name)
{
    QFile file(QStringLiteral(":/stack/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(StackText::tr("The template %1 is missing from this build.").arg(name));
    return QString::fromUtf8(file.readAll());
}

QString listenText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']') : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QString rateLimitRule(int perTenSeconds)
{
    if (perTenSeconds <= 0)
        return QStringLiteral("# rate limit off (stack up --rate-limit 0)");
    return QStringLiteral("http-request return status 429 content-type application/json hdr Retry-After 10 "
                          "string '{\"error\":\"Too many requests from your address; try again in a few "
                          "seconds.\",\"kind\":\"rate_limited\"}' if { sc_http_req_rate(0) gt %1 }")
        .arg(perTenSeconds);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The role the instances log in as: the conninfo's user, else libpq's default.
QString connectionUser(const StackOptions &options)
{
    const auto params = db::parseConnInfo(options.conninfo).value_or(QMap<QString, QString>{});
    return params.value(QStringLiteral("user"),
                        qEnvironmentVariable("PGUSER", QString::fromLocal8Bit(qgetenv("USER"))));
}

} // namespace

Result<Done> validate(const StackOptions &options)
{
    if (options.dir.isEmpty())
        return badInput(StackText::tr("Give the stack a directory (--dir)."));
    if (options.haproxySlots < 1 || options.haproxySlots > 64)
        return badInput(StackText::tr("HAProxy slots must be between 1 and 64 (got %1).").arg(options.haproxySlots));
    if (options.instances < 1 || options.instances > options.haproxySlots)
        return badInput(StackText::tr("--instances must be between 1 and the %1 HAProxy slots (got %2).")
                            .arg(options.haproxySlots).arg(options.instances));
    if (options.conninfo.isEmpty())
        return badInput(StackText::tr("Name the database with --db or BACKROOM_DB. For the demo shop: start "
                                      "`backroom demo --headless` and pass its \"Demo database:\" line."));
    if (options.checkIntervalMs < 100 || options.httpRequestTimeoutS < 1 || options.clientTimeoutS < 1)
        return badInput(StackText::tr("Health check interval must be at least 100 ms and timeouts at least 1 s."));
    if (options.backroomProgram.isEmpty())
        return badInput(StackText::tr("The path of the backroom program is not known."));
    return Done{};
}

QString haproxyBackend() { return QStringLiteral("serve"); }
QString haproxyServerName(int slot) { return QStringLiteral("app%1").arg(slot); }
QString haproxyConfigPath(const QString &dir) { return dir + QStringLiteral("/haproxy.cfg"); }
QString haproxySocketPath(const QString &dir) { return dir + QStringLiteral("/haproxy.sock"); }
QString pgbouncerConfigPath(const QString &dir) { return dir + QStringLiteral("/pgbouncer.ini"); }
QString pgbouncerSocketDir(const QString &dir) { return dir + QStringLiteral("/pgbouncer"); }

Result<QString> renderTemplate(const QString &text, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("@([A-Z_]+)@"));
    QString rendered;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1);
        if (!values.contains(name))
            return badInput(StackText::tr("The template has a placeholder @%1@ this version does not fill.").arg(name));
        rendered += QStringView(text).mid(from, match.capturedStart() - from);
        rendered += values.value(name);
        from = match.capturedEnd();
    }
    rendered += QStringView(text).mid(from);
    return rendered;
}

Result<QString> haproxyConfig(const StackOptions &options)
{
    auto text = readTemplate(QStringLiteral("haproxy.cfg.in"));
    if (!text)
        return text.error();
    return renderTemplate(*text, {
        {QStringLiteral("DIR"), QDir(options.dir).absolutePath()},
        {QStringLiteral("SLOTS"), QString::number(options.haproxySlots)},
        {QStringLiteral("LISTEN"), listenText(options.listenAddress, options.listenPort)},
        {QStringLiteral("RATE_LIMIT"), QString::number(options.rateLimitPer10s)},
        {QStringLiteral("RATE_LIMIT_RULE"), rateLimitRule(options.rateLimitPer10s)},
        {QStringLiteral("CHECK_INTERVAL"), QString::number(options.checkIntervalMs) + QStringLiteral("ms")},
        {QStringLiteral("HTTP_REQUEST_TIMEOUT"), QString::number(options.httpRequestTimeoutS) + QStringLiteral("s")},
        {QStringLiteral("CLIENT_TIMEOUT"), QString::number(options.clientTimeoutS) + QStringLiteral("s")},
    });
}

Result<QString> pgbouncerConfig(const StackOptions &options, quint16 port, const QString &runAsUser)
{
    auto text = readTemplate(QStringLiteral("pgbouncer.ini.in"));
    if (!text)
        return text.error();
    const auto params = db::parseConnInfo(options.conninfo);
    if (!params)
        return badInput(StackText::tr("The connection string cannot be read: %1").arg(db::maskPasswords(options.conninfo)));
    // PgBouncer's own connection to PostgreSQL: the direct conninfo's place, database and role.
    QStringList connection;
    for (const char *key : {"host", "port", "dbname", "user"}) {
        const QString value = params->value(QLatin1String(key));
        if (!value.isEmpty())
            connection << QLatin1String(key) + QLatin1Char('=') + db::quoteConnValue(value);
    }
    const QString user = connectionUser(options);
    return renderTemplate(*text, {
        {QStringLiteral("DATABASE_NAME"), QStringLiteral("backroom")},
        {QStringLiteral("DATABASE_CONNECTION"), connection.join(QLatin1Char(' '))},
        {QStringLiteral("PORT"), QString::number(port)},
        {QStringLiteral("SOCKET_DIR"), QDir(pgbouncerSocketDir(options.dir)).absolutePath()},
        {QStringLiteral("ADMIN_USER"), user},
        {QStringLiteral("AUTH_FILE"), QDir(pgbouncerUserListPath(options.dir)).absolutePath()},
        {QStringLiteral("POOL_SIZE"), QString::number(options.poolSize)},
        {QStringLiteral("RUN_AS_USER"), runAsUser.isEmpty()
                                            ? QStringLiteral("; user = (runs as the user who started it)")
                                            : QStringLiteral("user = ") + runAsUser},
    });
}

QString pgbouncerUserListPath(const QString &dir) { return pgbouncerSocketDir(dir) + QStringLiteral("/userlist.txt"); }

QString pgbouncerUserList(const StackOptions &options)
{
    QString user = connectionUser(options);
    user.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\" \"\"\n").arg(user);
}

QString pgbouncerClientConninfo(const StackOptions &options, quint16 port)
{
    const auto params = db::parseConnInfo(options.conninfo).value_or(QMap<QString, QString>{});
    QString conninfo = QStringLiteral("host=%1 port=%2 dbname=backroom")
                           .arg(db::quoteConnValue(QDir(pgbouncerSocketDir(options.dir)).absolutePath()))
                           .arg(port);
    if (params.contains(QStringLiteral("user")))
        conninfo += QStringLiteral(" user=") + db::quoteConnValue(params.value(QStringLiteral("user")));
    return conninfo;
}

Result<FileOutcome> writeGeneratedFile(const QString &path, const QByteArray &content)
{
    const QFileInfo info(path);
    const QString lastWrittenPath = info.absolutePath() + QStringLiteral("/.generated/") + info.fileName();
    const bool exists = info.exists();
    const QByteArray current = exists ? readFile(path) : QByteArray();
    if (exists && current == content)
        return FileOutcome::Unchanged;
    const bool editedByUser = exists && current != readFile(lastWrittenPath);
    const QString target = editedByUser ? path + QStringLiteral(".new") : path;
    if (!QDir().mkpath(QFileInfo(lastWrittenPath).absolutePath()) || !writeFile(target, content)
        || (!editedByUser && !writeFile(lastWrittenPath, content)))
        return badInput(StackText::tr("Could not write %1: check that the directory is writable.").arg(target));
    return editedByUser ? FileOutcome::KeptEdited : FileOutcome::Written;
}

} // namespace backroom::stack
