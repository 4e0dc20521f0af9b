#pragma once
// OpnGateway: the client for an Opn Payments (Omise)-shaped charges API (and the sandbox's "opn"):
// charges from a card token or a source (promptpay, truemoney, shopeepay) with the Idempotency-Key header,
// inquiry with GET /charges?idempotency_key=K, reverse, and webhooks signed with HMAC-SHA256 over
// "<Opn-Signature-Timestamp>.<raw body>". Amounts are integer satang. Thread: see gateway.h.

#include "net/clock.h"
#include "net/httpclient.h"
#include "payments/gateway.h"

#include <chrono>

namespace backroom::payments {

struct OpnGatewayConfig {
    QUrl baseUrl;                 // https://api.omise.co or http://127.0.0.1:port/opn
    QString secretKey;            // from the credential store
    QString webhookSecret;        // from the credential store
    std::chrono::milliseconds timeout{10000};
    std::chrono::seconds webhookTolerance{300};   // refuse signatures older or newer than this
};

class OpnGateway : public PaymentGateway {
public:
    OpnGateway(OpnGatewayConfig config, net::HttpClient &http, const net::Clock &clock = net::Clock::system());

    QString name() const override { return QStringLiteral("opn"); }
    QUrl baseUrl() const override { return m_config.baseUrl; }
    bool supports(PaymentMethod) const override { return true; }
    void createCharge(const ChargeRequest &request, QObject *context, Done done) override;
    void inquire(const QString &idempotencyKey, QObject *context, Done done) override;
    void reverse(const Charge &charge, QObject *context, Done done) override;
    WebhookCheck verifyWebhook(const Headers &headers, const QByteArray &body) const override;

    // An opn charge object as our Charge (also used on webhook bodies).
    static std::optional<Charge> chargeFromJson(const QJsonObject &json);

private:
    net::HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {}) const;
    void send(net::HttpRequest request, const QString &what, QObject *context, Done done,
              std::function<GatewayOutcome(const QJsonObject &)> read);

    OpnGatewayConfig m_config;
    net::HttpClient &m_http;
    const net::Clock &m_clock;
};

} // namespace backroom::payments
