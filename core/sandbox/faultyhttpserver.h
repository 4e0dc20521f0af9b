#pragma once
// FaultyHttpServer: one sandbox port (a gateway's, or the control API's) on Qt HttpServer, with the
// gateway's faults applied between the socket and the handler: latency + jitter before handling, injected
// 500/503 answers, hang (the connection is held, unanswered, until the faults are reset), down (the
// listening socket stops listening (on Linux it keeps its port, see goDown) and every open connection is
// dropped, so clients get a real refused connection)
// and lost replies (the request is handled — the charge is made — then the connection closes after the
// status line and headers, before the body, so the client sees a broken reply rather than an answer).
// Ending a hang answers the held requests 503 (code sandbox_hang_released) without handling them.
// Lives on the thread that creates it; the handler runs there too.

#include "result.h"
#include "sandbox/faultplan.h"
#include "sandbox/httpexchange.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonObject>
#include <QPointer>
#include <functional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace backroom::sandbox {

class FaultyHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    explicit FaultyHttpServer(QString name, Handler handler, QObject *parent = nullptr);
    ~FaultyHttpServer() override;

    // Starts listening (port 0 = any free one) and remembers the port, so "down" can reopen the same one.
    Result<quint16> start(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    QString name() const { return m_name; }

    // Applies a control request's changes (see FaultSettings::merged and seedIn). Going down closes the
    // port and drops every connection; coming back up reopens it; leaving hang answers the held requests 503.
    Status changeFaults(const QJsonObject &changes);
    const FaultSettings &faults() const { return m_faults; }
    void reseed(quint64 seed) { m_plan.reseed(seed); }
    // Faults plus counters: requests, injected_errors, delayed, last_delay_ms, held, lost_replies, dropped.
    QJsonObject faultsJson() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    class Listener;
    struct Counters {
        qint64 requests = 0, injectedErrors = 0, delayed = 0, lostReplies = 0, dropped = 0;
        int lastDelayMs = 0;
    };

    void handleAfterDelay(QPointer<QTcpSocket> socket, const HttpRequest &request, const FaultDecision &decision);
    void write(QTcpSocket *socket, const HttpReply &reply, bool loseBody);
    Status goDown();
    static bool listenBelowEphemeralPorts(QTcpServer &listener, const QHostAddress &address);
    Status comeUp();
    void dropHeld();     // abort them (going down, shutting down)
    void answerHeld();   // answer them 503 sandbox_hang_released (the hang ends)
    int liveHeld() const;

    QString m_name;
    Handler m_handler;
    Listener *m_listener = nullptr;   // owned by this server (QObject parent)
    bool m_paused = false;            // down with the port kept (Linux)
    QHostAddress m_address;
    quint16 m_port = 0;
    FaultSettings m_faults;
    FaultPlan m_plan;
    QList<QPointer<QTcpSocket>> m_held;
    Counters m_counters;
};

} // namespace backroom::sandbox
