#pragma once
// GbpGateway: the client for a GB Prime Pay / 2C2P-shaped redirect-and-inquiry gateway (and the sandbox's
// "gbp"): a payment under our referenceNo (= the idempotency key) with an HMAC checksum, the shopper
// finishing on the gateway's payment page, inquiry by referenceNo, void, and background notifications
// carrying a checksum over amount + referenceNo + gbpReferenceNo + resultCode. Amounts are baht strings
// ("149.50"). Supports promptpay (Q), card (C) and truemoney (T). Thread: see gateway.h.

#include "net/httpclient.h"
#include "payments/gateway.h"

#include <chrono>

namespace backroom::payments {

struct GbpGatewayConfig {
    QUrl baseUrl;          // http://127.0.0.1:port/gbp
    QString token;         // merchant token, from the credential store
    QString secretKey;     // checksum key and Basic auth user for inquiry/void, from the credential store
    QUrl backgroundUrl;    // where notifications go (our webhook), empty = none
    std::chrono::milliseconds timeout{10000};
};

class GbpGateway : public PaymentGateway {
public:
    GbpGateway(GbpGatewayConfig config, net::HttpClient &http);

    QString name() const override { return QStringLiteral("gbp"); }
    QUrl baseUrl() const override { return m_config.baseUrl; }
    bool supports(PaymentMethod method) const override;
    void createCharge(const ChargeRequest &request, QObject *context, Done done) override;
    void inquire(const QString &idempotencyKey, QObject *context, Done done) override;
    void reverse(const Charge &charge, QObject *context, Done done) override;
    WebhookCheck verifyWebhook(const Headers &headers, const QByteArray &body) const override;

    // A txn object (inquiry, void, notification) as our Charge; nullopt when fields are missing.
    static std::optional<Charge> chargeFromTxn(const QJsonObject &txn);

private:
    net::HttpRequest request(const QString &path, const QJsonObject &body, bool basicAuth) const;
    void send(net::HttpRequest request, const QString &what, QObject *context, Done done,
              std::function<GatewayOutcome(const QJsonObject &)> read);

    GbpGatewayConfig m_config;
    net::HttpClient &m_http;
};

} // namespace backroom::payments
