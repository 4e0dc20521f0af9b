#include "connectionguard.h"
#include "coretext.h"

#include "store/storeapi.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace backroom::store {

namespace {

// After the guard has written its last answer, how long the client gets to read it before the socket
// is aborted (a client that never reads must not keep it).
constexpr std::chrono::milliseconds kLingerAfterRefusal{2000};
// A request whose answer has not been written after this long is given up (a handler that never
// answered, or Qt HttpServer dropping a request it could not parse, would otherwise hold the socket).
constexpr std::chrono::milliseconds kAnswerTimeout{120000};
// A body declared larger than the limit but at most this large is read and dropped before the 413, so
// that a client still sending it (most clients send the whole body before they read) sees the answer
// rather than a reset connection. Larger ones are refused as soon as the headers are in.
constexpr qint64 kMaxDrainBytes = 1024 * 1024;

// A complete HTTP/1.1 answer with a JSON error body, after which the guard closes the connection.
QByteArray closingAnswer(int status, const char *reason, const QString &kind, const QString &message)
{
    const QByteArray body = QJsonDocument(errorReply(status, kind, message).body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
           + (status == 503 ? "\r\nRetry-After: 1" : "") + "\r\nConnection: close\r\n\r\n" + body;
}

// Where the head (request line + headers) ends in buf, searching from `from`: the index just past the
// blank line ("\r\n\r\n", or the bare "\n\n" some clients send), or -1.
qsizetype endOfHead(const QByteArray &buf, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(from, 1); i < buf.size(); ++i) {
        if (buf[i] != '\n')
            continue;
        if (buf[i - 1] == '\n')
            return i + 1;
        if (i >= 2 && buf[i - 1] == '\r' && buf[i - 2] == '\n')
            return i + 1;
    }
    return -1;
}

} // namespace

// The guard's view of one client connection: reads along each request's bytes (before Qt HttpServer
// reads them) and keeps the one deadline the connection is under. A child of the socket.
class ConnectionGuard::Watch : public QObject {
public:
    Watch(ConnectionGuard *guard, QTcpSocket *socket) : QObject(socket), m_guard(guard), m_socket(socket)
    {
        ++m_guard->m_counters.open;
        ++m_guard->m_counters.accepted;
        m_guard->m_watches.insert(socket, this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Watch::deadlinePassed);
        // Connected before the HTTP server connects its own slot, so this one sees the bytes first.
        connect(socket, &QTcpSocket::readyRead, this, &Watch::bytesArrived);
        connect(socket, &QTcpSocket::disconnected, this, &Watch::release);
        arm(Deadline::Idle);
    }
    ~Watch() override { release(); }

    void detachFromGuard() { m_guard = nullptr; }

    void started()
    {
        ++m_inFlight;
        if (m_state == State::Idle)
            arm(Deadline::Answer);
    }

    void answered()
    {
        if (m_inFlight > 0)
            --m_inFlight;
        if (m_state == State::Idle)
            arm(m_inFlight > 0 ? Deadline::Answer : Deadline::Idle);
    }

private:
    enum class State { Idle, Head, Body, Drain, Closing };   // Drain: reading a too large body to drop it
    enum class Deadline { Idle, Request, Answer };

    void bytesArrived()
    {
        if (m_state != State::Closing) {
            const QByteArray bytes = m_socket->peek(m_socket->bytesAvailable());
            qsizetype at = 0;
            while (at < bytes.size() && m_state != State::Closing)
                at = scan(bytes, at);
        }
        if (m_state == State::Closing || m_state == State::Drain)
            dropReceived();   // the HTTP server no longer reads this connection
    }

    void dropReceived()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->readAll();
    }

    void detachHttpServer()
    {
        if (QObject *http = m_guard->parent())
            QObject::disconnect(m_socket, &QTcpSocket::readyRead, http, nullptr);
    }

    // Reads from bytes[at] as far as the current state goes; returns where it stopped.
    qsizetype scan(const QByteArray &bytes, qsizetype at)
    {
        switch (m_state) {
        case State::Idle:
            if (bytes[at] == '\r' || bytes[at] == '\n')   // stray line breaks between requests are allowed
                return at + 1;
            m_state = State::Head;
            m_head.clear();
            arm(Deadline::Request);
            return at;
        case State::Head: {
            const qsizetype before = m_head.size();
            const qsizetype take = std::min<qsizetype>(bytes.size() - at, m_guard->m_limits.maxHeaderBytes + 1 - before);
            m_head.append(bytes.constData() + at, take);
            const qsizetype end = endOfHead(m_head, before - 3);
            if (end < 0 || end > m_guard->m_limits.maxHeaderBytes) {
                if (end > 0 || m_head.size() > m_guard->m_limits.maxHeaderBytes)
                    refuseHeadersTooLarge();
                return at + take;
            }
            m_head.truncate(end);
            headComplete();
            return at + (end - before);
        }
        case State::Body:
        case State::Drain: {
            const qint64 take = std::min<qint64>(bytes.size() - at, m_bodyLeft);
            m_bodyLeft -= take;
            if (m_bodyLeft == 0 && m_state == State::Drain)
                refuseBodyTooLarge();
            else if (m_bodyLeft == 0)
                requestComplete();
            return at + take;
        }
        case State::Closing:
            break;
        }
        return bytes.size();
    }

    void headComplete()
    {
        // Raw control bytes in the request line or headers (a NUL, ESC...) make Qt HttpServer drop the
        // connection without an answer: answer it here. Tab (in header values) and line ends are fine.
        for (const char c : std::as_const(m_head)) {
            if ((uchar(c) < 0x20 && c != '\t' && c != '\r' && c != '\n') || uchar(c) == 0x7f)
                return refuse(400, "Bad Request", QStringLiteral("bad_text"),
                              StoreText::tr("The request line or a header holds a control character."),
                              &Counters::oversizedClosed);
        }
        qint64 length = 0;
        const QList<QByteArray> lines = m_head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "transfer-encoding")
                return refuse(411, "Length Required", QStringLiteral("length_required"),
                              StoreText::tr("Send the body with a Content-Length, not in chunks."),
                              &Counters::oversizedClosed);
            if (name == "content-length") {
                bool ok = false;
                length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                if (!ok || length < 0)
                    return refuse(400, "Bad Request", QStringLiteral("bad_request"),
                                  StoreText::tr("Content-Length must be a whole number of bytes."),
                                  &Counters::oversizedClosed);
            }
        }
        m_bodyLeft = length;
        if (length > m_guard->m_limits.maxBodyBytes) {
            if (length > kMaxDrainBytes)
                return refuseBodyTooLarge();
            detachHttpServer();   // it never sees this request: the guard reads the body and drops it
            m_state = State::Drain;
            return;
        }
        m_state = State::Body;
        if (length == 0)
            requestComplete();
    }

    // The request's last byte is here: the HTTP server hands it to a handler next (started()).
    void requestComplete()
    {
        m_state = State::Idle;
        arm(Deadline::Answer);
    }

    void refuseBodyTooLarge()
    {
        refuse(413, "Content Too Large", QStringLiteral("body_too_large"),
               StoreText::tr("The body is larger than %1 bytes, the most accepted.").arg(m_guard->m_limits.maxBodyBytes),
               &Counters::oversizedClosed);
    }

    void refuseHeadersTooLarge()
    {
        refuse(431, "Request Header Fields Too Large", QStringLiteral("headers_too_large"),
               StoreText::tr("The request line and headers are larger than %1 bytes.").arg(m_guard->m_limits.maxHeaderBytes),
               &Counters::oversizedClosed);
    }

    void deadlinePassed()
    {
        if (!m_guard)
            return;
        switch (m_deadline) {
        case Deadline::Idle:
            ++m_guard->m_counters.idleClosed;
            m_state = State::Closing;
            m_socket->disconnectFromHost();
            arm(Deadline::Answer, kLingerAfterRefusal);
            return;
        case Deadline::Request:
            return refuse(408, "Request Timeout", QStringLiteral("request_timeout"),
                          StoreText::tr("The request did not arrive in full within %1 ms.")
                              .arg(m_guard->m_limits.headerTimeout.count()),
                          &Counters::slowClosed);
        case Deadline::Answer:
            m_socket->abort();   // no answer came (or the client did not read the last one): give up
            return;
        }
    }

    // Answers status with a JSON error and closes; the HTTP server sees none of this request.
    void refuse(int status, const char *reason, const QString &kind, const QString &message, qint64 Counters::*counter)
    {
        if (!m_guard)
            return;
        ++(m_guard->m_counters.*counter);
        m_state = State::Closing;
        detachHttpServer();
        dropReceived();   // unread bytes at close would reset the connection before the client reads
        m_socket->write(closingAnswer(status, reason, kind, message));
        m_socket->disconnectFromHost();
        arm(Deadline::Answer, kLingerAfterRefusal);
    }

    void arm(Deadline deadline, std::chrono::milliseconds after = std::chrono::milliseconds(0))
    {
        if (!m_guard)
            return;
        m_deadline = deadline;
        if (after.count() == 0)
            after = deadline == Deadline::Idle      ? m_guard->m_limits.idleTimeout
                    : deadline == Deadline::Request ? m_guard->m_limits.headerTimeout
                                                    : kAnswerTimeout;
        m_timer.start(after);
    }

    void release()
    {
        if (m_released || !m_guard)
            return;
        m_released = true;
        --m_guard->m_counters.open;
        m_guard->m_watches.remove(m_socket);
    }

    ConnectionGuard *m_guard;
    QTcpSocket *m_socket;
    QTimer m_timer;
    State m_state = State::Idle;
    Deadline m_deadline = Deadline::Idle;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    int m_inFlight = 0;   // handed to a handler, not answered yet
    bool m_released = false;
};

ConnectionGuard::ConnectionGuard(Limits limits, QObject *parent) : QTcpServer(parent), m_limits(limits) {}

ConnectionGuard::~ConnectionGuard()
{
    // The sockets (and their watches) are deleted after this object's members: cut them loose first.
    for (Watch *watch : std::as_const(m_watches))
        watch->detachFromGuard();
}

void ConnectionGuard::requestStarted(QTcpSocket *socket)
{
    if (Watch *watch = m_watches.value(socket))
        watch->started();
}

void ConnectionGuard::answered(QTcpSocket *socket)
{
    if (!socket)
        return;
    if (Watch *watch = m_watches.value(socket))
        watch->answered();
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    if (m_counters.open >= m_limits.maxConnections)
        return refuseOverCap(descriptor);
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new Watch(this, socket);
    addPendingConnection(socket);
}

void ConnectionGuard::refuseOverCap(qintptr descriptor)
{
    ++m_counters.refusedOverCap;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kLingerAfterRefusal, socket, [socket] { socket->abort(); });
    socket->write(closingAnswer(503, "Service Unavailable", QStringLiteral("too_many_connections"),
                                StoreText::tr("This server has %1 connections open, its limit; retry shortly.")
                                    .arg(m_limits.maxConnections)));
    socket->disconnectFromHost();
}

} // namespace backroom::store
