#pragma once
// OpnGateway: a local stand-in shaped like the Opn Payments (Omise) charges API — card tokens, charges from
// a token or from a source (promptpay, truemoney, shopeepay), statuses pending / successful / failed /
// expired / reversed, the Idempotency-Key header, search by idempotency key, reverse, and signed webhooks.
// Written from the public shapes only; Backroom's gateway clients share no code with it. Amounts are
// integer satang. Endpoints, test cards and the signature scheme: docs/sandbox.md. Not thread-safe; lives on
// the sandbox's thread.

#include "net/clock.h"
#include "sandbox/chargebook.h"
#include "sandbox/httpexchange.h"
#include "sandbox/webhooksender.h"

#include <QHash>
#include <QUrl>
#include <chrono>
#include <optional>

namespace backroom::sandbox {

struct OpnConfig {
    QString secretKey = QStringLiteral("skey_test_sandbox");    // Basic auth user for charges
    QString publicKey = QStringLiteral("pkey_test_sandbox");    // Basic auth user for tokens (secret works too)
    QString webhookSecret = QStringLiteral("whsec_opn_sandbox");
    QUrl webhookUrl;                                            // empty = no webhooks
    std::chrono::milliseconds sourceExpiry{std::chrono::minutes(15)};
    std::optional<std::chrono::milliseconds> autoSettleAfter;   // pending sources succeed by themselves
};

// The webhook signature: lowercase hex HMAC-SHA256 over "<timestamp>.<raw body>" keyed with the webhook
// secret, where timestamp is the Opn-Signature-Timestamp header (Unix seconds).
QByteArray opnWebhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);

class OpnGateway {
public:
    OpnGateway(ChargeBook &book, WebhookSender &webhooks, const net::Clock &clock, OpnConfig config);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }   // http://host:port, for authorize_uri
    OpnConfig &config() { return m_config; }

    HttpReply handle(const HttpRequest &request);
    // Called by the sandbox for every change to one of this gateway's charges: queues the webhook.
    void chargeChanged(const ChargeRecord &charge);
    QJsonObject chargeJson(const ChargeRecord &charge) const;

private:
    struct Token {
        QString id;
        QJsonObject card;   // brand, last_digits, name, expiration_month, expiration_year
        QString number;
        bool used = false;
    };

    HttpReply createToken(const HttpRequest &request);
    HttpReply createCharge(const HttpRequest &request);
    HttpReply listCharges(const HttpRequest &request);
    HttpReply getCharge(const QString &id);
    HttpReply reverseCharge(const QString &id);
    HttpReply customerAction(const QString &id, const HttpRequest &request);
    HttpReply chargeFromCard(ChargeRecord record, const QString &tokenId);
    HttpReply chargeFromSource(ChargeRecord record, const QJsonObject &source);
    HttpReply chargeReply(int status, const ChargeRecord &charge, bool replayed = false) const;
    const ChargeRecord *ownCharge(const QString &id) const;

    ChargeBook &m_book;
    WebhookSender &m_webhooks;
    const net::Clock &m_clock;
    OpnConfig m_config;
    QUrl m_baseUrl;
    QHash<QString, Token> m_tokens;
    int m_nextToken = 1;
    int m_nextEvent = 1;
};

} // namespace backroom::sandbox
