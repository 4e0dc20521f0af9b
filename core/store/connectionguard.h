#pragma once
// ConnectionGuard: the listening socket of the store API, a QTcpServer that Qt HttpServer is bound to
// (QAbstractHttpServer::bind) and that keeps slow, idle, oversized or too many clients from holding the
// server's sockets or its HTTP thread — limits Qt HttpServer 6.4 does not have. It caps open connections
// (the one over the cap gets 503 and is closed), reads along each request's bytes before Qt does (header
// size, Content-Length, whether the request is complete), and closes with a JSON answer a connection
// whose request dribbles in for longer than the header timeout (slowloris, 408), whose headers are too
// large (431), whose body is declared too large (413: read and dropped first up to 1 MiB, so the client
// sees the answer) or chunked (411), or that sits idle between requests. Lives on the thread that creates it (StoreServer's), like the HTTP server.

#include <QHash>
#include <QTcpServer>
#include <chrono>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace backroom::store {

class ConnectionGuard : public QTcpServer {
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 512;                            // open client connections; beyond: 503 + close
        std::chrono::milliseconds idleTimeout{30000};        // no request in flight, nothing received
        std::chrono::milliseconds headerTimeout{10000};      // first byte of a request -> its last byte
        int maxHeaderBytes = 16 * 1024;                      // request line + headers
        qint64 maxBodyBytes = 64 * 1024;                     // declared Content-Length
    };
    // Why connections were closed by the guard, since start.
    struct Counters {
        int open = 0;
        qint64 accepted = 0;
        qint64 refusedOverCap = 0;
        qint64 idleClosed = 0;
        qint64 slowClosed = 0;          // request not complete within headerTimeout
        qint64 oversizedClosed = 0;     // refused heads: too large, chunked body, raw control bytes
    };

    explicit ConnectionGuard(Limits limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // The HTTP server handed a request of socket (one of this guard's) to its handler, and later wrote
    // its complete answer: a connection is idle only when every request it sent has its answer. (Counted
    // from these calls, not from the bytes, which Qt HttpServer may hand to its parser more than once.)
    void requestStarted(QTcpSocket *socket);
    void answered(QTcpSocket *socket);

    Counters counters() const { return m_counters; }
    const Limits &limits() const { return m_limits; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Watch;
    friend class Watch;
    void refuseOverCap(qintptr descriptor);

    Limits m_limits;
    Counters m_counters;
    QHash<QTcpSocket *, Watch *> m_watches;   // each open client connection's watch (a child of its socket)
};

} // namespace backroom::store
