#pragma once
// GbpGateway: a local stand-in shaped like a Thai redirect/inquiry gateway (GB Prime Pay, 2C2P): the
// merchant creates a payment under its own reference number (the idempotency key) and gets a payment URL;
// the customer completes it there (or the control API does); the merchant learns the outcome by an inquiry
// by reference number and by a background notification carrying a checksum. Deliberately unlike OpnGateway:
// camelCase fields, the amount as a decimal string in baht ("123.45"), one-letter statuses (P S F E V) and
// two-digit result codes, a checksum in the body instead of a signature header. Written from public shapes
// only; shares no code with Backroom's clients. Endpoints and checksums: docs/sandbox.md. Not thread-safe.

#include "net/clock.h"
#include "sandbox/chargebook.h"
#include "sandbox/httpexchange.h"
#include "sandbox/webhooksender.h"

#include <QUrl>
#include <chrono>
#include <optional>

namespace backroom::sandbox {

struct GbpConfig {
    QString token = QStringLiteral("gbp_token_sandbox");     // "token" field of a payment request
    QString secretKey = QStringLiteral("gbp_secret_sandbox"); // checksums, and Basic auth user for inquiries
    QUrl notifyUrl;   // background notifications when a payment names no backgroundUrl; empty = none
    std::chrono::milliseconds paymentExpiry{std::chrono::minutes(15)};
    std::optional<std::chrono::milliseconds> autoSettleAfter;
};

// Lowercase hex HMAC-SHA256 keyed with the secret key over the fields concatenated as they are sent.
QByteArray gbpChecksum(const QByteArray &secretKey, const QStringList &fields);
// Parses "123.45" (at most two decimals, no sign, no exponent) into satang; nullopt if it is not one.
std::optional<qint64> gbpSatangFromBaht(const QString &amount);
QString gbpBahtFromSatang(qint64 satang);

class GbpGateway {
public:
    GbpGateway(ChargeBook &book, WebhookSender &webhooks, const net::Clock &clock, GbpConfig config);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    GbpConfig &config() { return m_config; }

    HttpReply handle(const HttpRequest &request);
    void chargeChanged(const ChargeRecord &charge);

private:
    HttpReply createPayment(const HttpRequest &request);
    HttpReply checkStatus(const HttpRequest &request);
    HttpReply voidPayment(const HttpRequest &request);
    HttpReply paymentPage(const QString &gbpReferenceNo, const HttpRequest &request);
    HttpReply paymentReply(const ChargeRecord &charge) const;
    QJsonObject txnJson(const ChargeRecord &charge) const;
    const ChargeRecord *byReference(const QString &referenceNo) const;

    ChargeBook &m_book;
    WebhookSender &m_webhooks;
    const net::Clock &m_clock;
    GbpConfig m_config;
    QUrl m_baseUrl;
};

} // namespace backroom::sandbox
