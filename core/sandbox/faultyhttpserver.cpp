#include "faultyhttpserver.h"

#include <QRandomGenerator>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#endif

#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace backroom::sandbox {

// Creates the sockets itself so that "down" can find and drop every open connection, including idle
// keep-alive ones a client would otherwise reuse.
class FaultyHttpServer::Listener : public QTcpServer {
public:
    using QTcpServer::QTcpServer;
    void dropAll()
    {
        for (const auto &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        m_sockets.clear();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_sockets.removeAll(nullptr);
        m_sockets.append(socket);
        addPendingConnection(socket);
    }

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return QStringLiteral("GET");
    case M::Post: return QStringLiteral("POST");
    case M::Put: return QStringLiteral("PUT");
    case M::Delete: return QStringLiteral("DELETE");
    case M::Patch: return QStringLiteral("PATCH");
    case M::Head: return QStringLiteral("HEAD");
    case M::Options: return QStringLiteral("OPTIONS");
    default: return QStringLiteral("UNKNOWN");
    }
}

HttpRequest copyOf(const QHttpServerRequest &request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

HttpReply hangReleased()
{
    return HttpReply::json(503, QJsonObject{
        {QStringLiteral("object"), QStringLiteral("error")},
        {QStringLiteral("code"), QStringLiteral("sandbox_hang_released")},
        {QStringLiteral("message"), QStringLiteral("The sandbox held this request unanswered (hang fault) and let it go "
                                                   "when the fault was reset; nothing was done.")}});
}

HttpReply injectedError(int status)
{
    return HttpReply::json(status, QJsonObject{
        {QStringLiteral("object"), QStringLiteral("error")},
        {QStringLiteral("code"), QStringLiteral("sandbox_injected_fault")},
        {QStringLiteral("message"), QStringLiteral("The sandbox answered %1 on purpose (error-rate fault); nothing "
                                                   "was done. Retry, or reset the faults.").arg(status)}});
}
} // namespace

FaultyHttpServer::FaultyHttpServer(QString name, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_name(std::move(name)), m_handler(std::move(handler))
{
}

FaultyHttpServer::~FaultyHttpServer()
{
    dropHeld();
}

// A server that goes down closes its port and opens it again when it comes back. Any port the system
// hands out for "port 0" comes from the ephemeral range, which outgoing connections of this or any other
// process also draw their local ports from: one of them may hold the port by then, and the server could
// not come back. A port below that range (the same on Linux, macOS and Windows) is never taken that way.
bool FaultyHttpServer::listenBelowEphemeralPorts(QTcpServer &listener, const QHostAddress &address)
{
    constexpr quint16 kFirst = 20000;
    constexpr quint16 kLast = 32000;   // Linux hands out 32768 and up; macOS and Windows 49152 and up
    for (int attempt = 0; attempt < 64; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(kFirst, kLast));
        if (listener.listen(address, port))
            return true;
    }
    return false;
}

Result<quint16> FaultyHttpServer::start(const QHostAddress &address, quint16 port)
{
    m_listener = new Listener(this);
    if (!(port == 0 && listenBelowEphemeralPorts(*m_listener, address)) && !m_listener->listen(address, port))
        return Error::make(Error::Kind::Connection,
                           QStringLiteral("Cannot listen on %1:%2 for the %3 gateway: %4. Pick another port with "
                                          "--listen.").arg(address.toString()).arg(port).arg(m_name,
                                                                                            m_listener->errorString()));
    m_address = address;
    m_port = m_listener->serverPort();
    bind(m_listener);
    return m_port;
}

bool FaultyHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_counters.requests;
    if (m_faults.down) {   // a connection accepted just before going down
        ++m_counters.dropped;
        socket->abort();
        return true;
    }
    if (m_faults.hang) {
        m_held.removeAll(nullptr);
        m_held.append(socket);
        return true;
    }
    const HttpRequest copy = copyOf(request);
    const FaultDecision decision = m_plan.decide(m_faults, copy.isWrite());
    m_counters.lastDelayMs = decision.delayMs;
    if (decision.delayMs <= 0) {
        handleAfterDelay(socket, copy, decision);
        return true;
    }
    ++m_counters.delayed;
    QTimer::singleShot(decision.delayMs, this, [this, s = QPointer<QTcpSocket>(socket), copy, decision] {
        handleAfterDelay(s, copy, decision);
    });
    return true;
}

void FaultyHttpServer::handleAfterDelay(QPointer<QTcpSocket> socket, const HttpRequest &request,
                                        const FaultDecision &decision)
{
    if (decision.errorStatus != 0) {
        ++m_counters.injectedErrors;
        if (socket)
            write(socket, injectedError(decision.errorStatus), false);
        return;
    }
    // A write is carried out even if the client hung up during the delay: a real gateway does not know.
    if (!socket && !request.isWrite())
        return;
    const HttpReply reply = m_handler(request);
    if (decision.loseReply)
        ++m_counters.lostReplies;
    if (socket)
        write(socket, reply, decision.loseReply);
}

void FaultyHttpServer::write(QTcpSocket *socket, const HttpReply &reply, bool loseBody)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(reply.head());
    if (!loseBody) {
        socket->write(reply.body);
        return;
    }
    // The head tells the client a body is coming; closing instead makes the reply fail on its side.
    // (Closing before any byte would let Qt's client silently resend the request on a new connection.)
    socket->disconnectFromHost();
}

Status FaultyHttpServer::changeFaults(const QJsonObject &changes)
{
    auto next = FaultSettings::merged(m_faults, changes);
    if (!next)
        return next.error();
    auto seed = seedIn(changes);
    if (!seed)
        return seed.error();
    const FaultSettings before = m_faults;
    m_faults = *next;
    if (*seed)
        m_plan.reseed(**seed);
    if (before.hang && !m_faults.hang)
        answerHeld();
    if (!before.down && m_faults.down)
        return goDown();
    if (before.down && !m_faults.down)
        return comeUp();
    return Done{};
}

Status FaultyHttpServer::goDown()
{
    if (!m_listener)
        return Done{};
#ifdef Q_OS_LINUX
    // Keep the port while down, so that nothing else can take it and the server can always come back:
    // on Linux shutdown() of a listening socket stops it listening (new connections are refused) but
    // leaves it bound, and listen() on it again resumes (HAProxy pauses its listeners the same way).
    m_listener->pauseAccepting();
    if (::shutdown(int(m_listener->socketDescriptor()), SHUT_RD) == 0)
        m_paused = true;
    else
        m_listener->close();
#else
    m_listener->close();
#endif
    dropHeld();
    m_listener->dropAll();
    return Done{};
}

Status FaultyHttpServer::comeUp()
{
    if (!m_listener)
        return Done{};
#ifdef Q_OS_LINUX
    if (m_paused) {
        if (::listen(int(m_listener->socketDescriptor()), SOMAXCONN) != 0) {
            m_faults.down = true;
            return Error::make(Error::Kind::Connection, QStringLiteral("The %1 gateway cannot listen on port %2 again: %3. It stays down.")
                                                            .arg(m_name).arg(m_port).arg(QString::fromLocal8Bit(strerror(errno))));
        }
        m_paused = false;
        m_listener->resumeAccepting();
        return Done{};
    }
#endif
    if (m_listener->isListening())
        return Done{};
    if (!m_listener->listen(m_address, m_port)) {
        m_faults.down = true;
        return Error::make(Error::Kind::Connection,
                           QStringLiteral("The %1 gateway cannot reopen port %2: %3. It stays down.")
                               .arg(m_name).arg(m_port).arg(m_listener->errorString()));
    }
    return Done{};
}

void FaultyHttpServer::answerHeld()
{
    // Dropping them instead would let Qt's client quietly resend each request on a new connection.
    const HttpReply reply = hangReleased();
    for (const auto &socket : std::as_const(m_held))
        if (socket)
            write(socket, reply, false);
    m_held.clear();
}

void FaultyHttpServer::dropHeld()
{
    for (const auto &socket : std::as_const(m_held))
        if (socket)
            socket->abort();
    m_held.clear();
}

int FaultyHttpServer::liveHeld() const
{
    int n = 0;
    for (const auto &socket : m_held)
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ++n;
    return n;
}

QJsonObject FaultyHttpServer::faultsJson() const
{
    QJsonObject o = m_faults.toJson();
    o.insert(QStringLiteral("gateway"), m_name);
    o.insert(QStringLiteral("port"), m_port);
    o.insert(QStringLiteral("listening"), m_listener && m_listener->isListening() && !m_paused);
    o.insert(QStringLiteral("counters"),
             QJsonObject{{QStringLiteral("requests"), m_counters.requests},
                         {QStringLiteral("injected_errors"), m_counters.injectedErrors},
                         {QStringLiteral("delayed"), m_counters.delayed},
                         {QStringLiteral("last_delay_ms"), m_counters.lastDelayMs},
                         {QStringLiteral("held"), liveHeld()},
                         {QStringLiteral("lost_replies"), m_counters.lostReplies},
                         {QStringLiteral("dropped"), m_counters.dropped}});
    return o;
}

} // namespace backroom::sandbox
