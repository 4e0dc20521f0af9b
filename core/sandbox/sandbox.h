#pragma once
// Sandbox: `backroom sandbox` as an object — the two fake payment gateways (opn, gbp), each on its own port
// with its own switchable faults, the control API on a third port, the shared charge record, the webhook
// outbox and the clock-driven tick that settles or expires pending charges and sends due webhooks; and the
// two marketplace stand-ins (shopee, lazada) on a fourth and fifth port, steered under /control/<name>/. Tests
// create it in-process with a ManualClock; the command line creates it with the system clock.
// Lives on the thread that creates it (an event loop must run there).

#include "net/clock.h"
#include "result.h"
#include "sandbox/chargebook.h"
#include "sandbox/faultyhttpserver.h"
#include "sandbox/gbpgateway.h"
#include "sandbox/lazadastandin.h"
#include "sandbox/opngateway.h"
#include "sandbox/shopeestandin.h"
#include "sandbox/webhooksender.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>

namespace backroom::sandbox {

class Sandbox : public QObject {
    Q_OBJECT
public:
    static const QStringList &gatewayNames();       // {"opn", "gbp"}
    static const QStringList &marketplaceNames();   // {"shopee", "lazada"}

    struct Options {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 firstPort = 0;   // 0: any free ports; else opn = firstPort, gbp = +1, control = +2,
                                 // shopee = +3, lazada = +4 (unless shopeePort / lazadaPort say otherwise)
        quint16 shopeePort = 0;
        quint16 lazadaPort = 0;
        quint64 seed = 0;        // opn's fault dice start from seed, gbp's from seed + 1, shopee's + 2, lazada's + 3
        QString stateFile;       // empty: charges live in memory only
        OpnConfig opn;
        GbpConfig gbp;
        ShopeeConfig shopee;
        LazadaConfig lazada;
        QList<ListingSeed> listings;   // listed on both marketplaces at start
        WebhookSender::Options webhooks;
        int tickMs = 100;        // how often (real time) the clock is looked at; 0 = only when tick() is called
    };

    explicit Sandbox(Options options, const net::Clock &clock = net::Clock::system(), QObject *parent = nullptr);
    ~Sandbox() override;

    // Loads the state file, lists the listings, opens the five ports. Connection if a port is taken, BadInput
    // for a bad state file or listing.
    Status start();

    // http://127.0.0.1:port/opn; for the marketplaces what an adapter is configured with:
    // http://127.0.0.1:port (shopee, paths /api/v2/...) and http://127.0.0.1:port/rest (lazada).
    QUrl baseUrl(const QString &gateway) const;
    QUrl controlUrl() const;                      // http://127.0.0.1:port/control

    // Settles or expires pending charges that are due on the clock and sends due webhooks.
    void tick();

    // A gateway's or a marketplace's faults (see MarketStandIn::changeFaults for the marketplaces').
    Status changeFaults(const QString &gateway, const QJsonObject &changes);
    FaultyHttpServer *server(const QString &gateway) const;   // gateways and marketplaces; null for an unknown name
    MarketStandIn *marketplace(const QString &name) const;    // null for an unknown name
    ShopeeStandIn &shopee() { return *m_shopee; }
    LazadaStandIn &lazada() { return *m_lazada; }
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
    Status startMarketplaces();
    QUrl hostUrl(quint16 port) const;

    Options m_options;
    const net::Clock &m_clock;
    ChargeBook m_book;
    WebhookSender *m_webhooks;   // QObject child
    std::unique_ptr<OpnGateway> m_opn;
    std::unique_ptr<GbpGateway> m_gbp;
    std::unique_ptr<ShopeeStandIn> m_shopee;
    std::unique_ptr<LazadaStandIn> m_lazada;
    FaultyHttpServer *m_opnServer = nullptr;   // QObject children
    FaultyHttpServer *m_gbpServer = nullptr;
    FaultyHttpServer *m_controlServer = nullptr;
    FaultyHttpServer *m_shopeeServer = nullptr;
    FaultyHttpServer *m_lazadaServer = nullptr;
};

} // namespace backroom::sandbox
