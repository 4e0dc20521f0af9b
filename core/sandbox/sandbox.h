#pragma once
// Sandbox: `backroom sandbox` as an object — the two fake payment gateways (opn, gbp), each on its own port
// with its own switchable faults, the control API on a third port, the shared charge record, the webhook
// outbox and the clock-driven tick that settles or expires pending charges and sends due webhooks. Tests
// create it in-process with a ManualClock; the command line creates it with the system clock.
// Lives on the thread that creates it (an event loop must run there).

#include "net/clock.h"
#include "result.h"
#include "sandbox/chargebook.h"
#include "sandbox/faultyhttpserver.h"
#include "sandbox/gbpgateway.h"
#include "sandbox/opngateway.h"
#include "sandbox/webhooksender.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>

namespace backroom::sandbox {

class Sandbox : public QObject {
    Q_OBJECT
public:
    static const QStringList &gatewayNames();   // {"opn", "gbp"}

    struct Options {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 firstPort = 0;   // 0: any free ports; else opn = firstPort, gbp = +1, control = +2
        quint64 seed = 0;        // opn's fault dice start from seed, gbp's from seed + 1
        QString stateFile;       // empty: charges live in memory only
        OpnConfig opn;
        GbpConfig gbp;
        WebhookSender::Options webhooks;
        int tickMs = 100;        // how often (real time) the clock is looked at; 0 = only when tick() is called
    };

    explicit Sandbox(Options options, const net::Clock &clock = net::Clock::system(), QObject *parent = nullptr);
    ~Sandbox() override;

    // Loads the state file, opens the three ports. Connection if a port is taken, BadInput for a bad state file.
    Status start();

    QUrl baseUrl(const QString &gateway) const;   // http://127.0.0.1:port/opn
    QUrl controlUrl() const;                      // http://127.0.0.1:port/control

    // Settles or expires pending charges that are due on the clock and sends due webhooks.
    void tick();

    Status changeFaults(const QString &gateway, const QJsonObject &changes);
    FaultyHttpServer *server(const QString &gateway) const;   // null for an unknown name
    ChargeBook &charges() { return m_book; }
    WebhookSender &webhooks() { return *m_webhooks; }
    OpnGateway &opn() { return *m_opn; }
    GbpGateway &gbp() { return *m_gbp; }

private:
    HttpReply handleControl(const HttpRequest &request);
    HttpReply controlInfo() const;
    HttpReply completeCharge(const QString &id, const HttpRequest &request);
    HttpReply faultsEndpoint(const QString &gateway, const HttpRequest &request);
    HttpReply webhookEndpoint(const QString &gateway, const HttpRequest &request);
    QUrl hostUrl(quint16 port) const;

    Options m_options;
    const net::Clock &m_clock;
    ChargeBook m_book;
    WebhookSender *m_webhooks;   // QObject child
    std::unique_ptr<OpnGateway> m_opn;
    std::unique_ptr<GbpGateway> m_gbp;
    FaultyHttpServer *m_opnServer = nullptr;   // QObject children
    FaultyHttpServer *m_gbpServer = nullptr;
    FaultyHttpServer *m_controlServer = nullptr;
};

} // namespace backroom::sandbox
