#include "stack/haproxyruntime.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocalSocket>

namespace backroom::stack {
namespace {

// HAProxy's answers to a refused command start with one of these (2.6 wording).
bool looksRefused(const QString &answer, Error::Kind *kind)
{
    const QString a = answer.trimmed();
    static const QStringList notFound{QStringLiteral("No such server"), QStringLiteral("No such backend"),
                                      QStringLiteral("Can't find backend"), QStringLiteral("Can't find server")};
    for (const QString &p : notFound)
        if (a.startsWith(p, Qt::CaseInsensitive)) {
            *kind = Error::Kind::NotFound;
            return true;
        }
    static const QStringList refused{QStringLiteral("Unknown command"), QStringLiteral("Require "),
                                     QStringLiteral("Invalid"), QStringLiteral("Permission denied"),
                                     QStringLiteral("Unknown"), QStringLiteral("'set server"),
                                     QStringLiteral("Server "), QStringLiteral("expects")};
    for (const QString &p : refused)
        if (a.startsWith(p, Qt::CaseInsensitive) || a.contains(QStringLiteral("Unknown command"))) {
            *kind = Error::Kind::BadInput;
            return true;
        }
    return false;
}

} // namespace

HaproxyRuntime::HaproxyRuntime(QString socketPath, std::chrono::milliseconds timeout)
    : m_socketPath(std::move(socketPath)), m_timeout(timeout)
{
}

Result<QString> HaproxyRuntime::command(const QString &line) const
{
    QLocalSocket socket;
    QElapsedTimer timer;
    timer.start();
    const auto left = [&] { return int(std::max<qint64>(1, m_timeout.count() - timer.elapsed())); };
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(left()))
        return Error::make(Error::Kind::Connection,
                           StackText::tr("Cannot reach HAProxy's runtime socket %1 (%2): is HAProxy running with "
                              "`stats socket %1 level admin`?").arg(m_socketPath, socket.errorString()));
    socket.write(line.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(left()))
        return Error::make(Error::Kind::Connection, StackText::tr("HAProxy did not take the command \"%1\": %2")
                                                        .arg(line, socket.errorString()));
    QByteArray answer;
    // Non-interactive mode: HAProxy answers and closes the connection.
    while (socket.state() != QLocalSocket::UnconnectedState) {
        if (timer.elapsed() >= m_timeout.count())
            return Error::make(Error::Kind::Connection,
                               StackText::tr("HAProxy did not finish answering \"%1\" within %2 ms.").arg(line).arg(m_timeout.count()));
        if (!socket.waitForReadyRead(left()) && socket.state() != QLocalSocket::UnconnectedState
            && socket.error() != QLocalSocket::PeerClosedError)
            continue;
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return QString::fromUtf8(answer);
}

Status HaproxyRuntime::expectQuietAnswer(const QString &line, const QStringList &okPrefixes) const
{
    auto answer = command(line);
    if (!answer)
        return answer.error();
    const QString text = answer->trimmed();
    if (text.isEmpty())
        return Done{};
    for (const QString &ok : okPrefixes)
        if (text.startsWith(ok, Qt::CaseInsensitive))
            return Done{};
    Error::Kind kind = Error::Kind::BadInput;
    looksRefused(text, &kind);
    return Error::make(kind, StackText::tr("HAProxy refused \"%1\": %2").arg(line, text.section(QLatin1Char('\n'), 0, 0)));
}

Status HaproxyRuntime::setAddress(const QString &backend, const QString &server, const QString &address,
                                  quint16 port) const
{
    // Answers "IP changed from ... to ..., port changed from ... to ..." or "no need to change ...".
    return expectQuietAnswer(QStringLiteral("set server %1/%2 addr %3 port %4").arg(backend, server, address).arg(port),
                             {QStringLiteral("IP changed"), QStringLiteral("no need to change"),
                              QStringLiteral("port changed")});
}

Status HaproxyRuntime::setState(const QString &backend, const QString &server, SlotState state) const
{
    const char *word = state == SlotState::Ready ? "ready" : state == SlotState::Drain ? "drain" : "maint";
    return expectQuietAnswer(QStringLiteral("set server %1/%2 state %3").arg(backend, server, QLatin1String(word)));
}

Status HaproxyRuntime::setHealthChecks(const QString &backend, const QString &server, bool enabled) const
{
    return expectQuietAnswer(QStringLiteral("%1 health %2/%3")
                                 .arg(enabled ? QStringLiteral("enable") : QStringLiteral("disable"), backend, server));
}

Result<QList<ServerSlot>> HaproxyRuntime::servers(const QString &backend) const
{
    auto answer = command(QStringLiteral("show servers state %1").arg(backend));
    if (!answer)
        return answer.error();
    return parseServersState(*answer, backend);
}

Result<QList<ServerSlot>> HaproxyRuntime::parseServersState(const QString &answer, const QString &backend)
{
    Error::Kind kind = Error::Kind::BadInput;
    if (looksRefused(answer, &kind) || answer.contains(QStringLiteral("Can't find backend")))
        return Error::make(answer.contains(QStringLiteral("find backend")) ? Error::Kind::NotFound : kind,
                           StackText::tr("HAProxy has no backend \"%1\": %2").arg(backend, answer.trimmed()));
    QHash<QString, int> column;
    QList<ServerSlot> slotList;
    for (const QString &line : answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (line.startsWith(QLatin1Char('#'))) {
            for (int i = 1; i < f.size(); ++i)
                column.insert(f.at(i), i - 1);
            continue;
        }
        if (column.isEmpty() || f.size() < column.size() - 2)
            continue;   // the version line
        const auto at = [&](const char *name) { return f.value(column.value(QLatin1String(name), -1)); };
        if (at("be_name") != backend)
            continue;
        ServerSlot s;
        s.backend = backend;
        s.id = at("srv_id").toInt();
        s.name = at("srv_name");
        s.address = at("srv_addr");
        s.port = quint16(at("srv_port").toUInt());
        s.operationalState = at("srv_op_state").toInt();
        s.adminState = at("srv_admin_state").toInt();
        slotList.append(s);
    }
    if (column.isEmpty())
        return Error::make(Error::Kind::NotFound, StackText::tr("HAProxy has no backend \"%1\": %2").arg(backend, answer.trimmed()));
    return slotList;
}

Result<QList<ServerStat>> HaproxyRuntime::stats(const QString &backend) const
{
    auto answer = command(QStringLiteral("show stat"));
    if (!answer)
        return answer.error();
    return parseStat(*answer, backend);
}

QList<ServerStat> HaproxyRuntime::parseStat(const QString &answer, const QString &backend)
{
    QHash<QString, int> column;
    QList<ServerStat> stats;
    for (const QString &line : answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char(','));
        if (line.startsWith(QLatin1String("# "))) {
            QStringList names = line.mid(2).split(QLatin1Char(','));
            for (int i = 0; i < names.size(); ++i)
                column.insert(names.at(i), i);
            continue;
        }
        const auto at = [&](const char *name) { return f.value(column.value(QLatin1String(name), -1)); };
        if (column.isEmpty() || at("pxname") != backend || at("svname") == QLatin1String("BACKEND")
            || at("svname") == QLatin1String("FRONTEND"))
            continue;
        ServerStat s;
        s.backend = backend;
        s.name = at("svname");
        s.status = at("status");
        s.currentSessions = at("scur").toInt();
        s.totalSessions = at("stot").toLongLong();
        s.queued = at("qcur").toInt();
        s.responseTimeMs = at("rtime").toInt();
        stats.append(s);
    }
    return stats;
}

} // namespace backroom::stack
