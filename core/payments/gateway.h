#pragma once
// PaymentGateway: one interface over the gateways Backroom charges through (Opn-shaped "opn", GB Prime
// Pay-shaped "gbp"): create a charge under an idempotency key, inquire by that key, reverse/void, verify
// a webhook, and map the gateway's statuses to ours. Every call goes out through net::HttpClient, so it
// has a deadline; breakers and bulkheads wrap the gateway in PaymentRouter, not here.
//
// Every answer says whether money may have moved (GatewayOutcome::Fault): the router falls back to
// another gateway only after a fault that provably did not charge (NotCharged), and asks the gateway
// again (inquire) after one that may have (Unknown).
//
// Thread: a gateway lives on its HttpClient's thread; calls are asynchronous and their callback runs on
// the context object's thread, never from inside the call. verifyWebhook() is pure and any thread.
// Secrets are given at construction (read by the caller from security::CredentialStore), never logged.

#include "net/httpclient.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace backroom::payments {

struct PaymentsText {
    Q_DECLARE_TR_FUNCTIONS(backroom::payments)
};

enum class PaymentMethod { PromptPay, Card, TrueMoney, ShopeePay };
QString methodName(PaymentMethod method);                       // "promptpay", "card", ... (stored, JSON)
std::optional<PaymentMethod> methodFromName(const QString &name);
const QList<PaymentMethod> &allMethods();

enum class ChargeStatus { Pending, Successful, Failed, Expired, Reversed };
QString chargeStatusName(ChargeStatus status);                  // as payment_attempt.status
std::optional<ChargeStatus> chargeStatusFromName(const QString &name);

struct ChargeRequest {
    PaymentMethod method = PaymentMethod::PromptPay;
    qint64 amountSatang = 0;
    QString currency = QStringLiteral("THB");
    QString idempotencyKey;   // one per attempt: the gateway makes at most one charge under it
    QString description;
    QString cardToken;        // card on opn: a token made by the shopper's browser with the public key
    QUrl returnUrl;           // where the gateway sends the shopper back (wallets, payment pages)
};

// What a gateway says a charge is.
struct Charge {
    QString gateway;
    QString chargeId;          // the gateway's id (opn chrg_..., gbp gbpReferenceNo)
    QString idempotencyKey;    // ours (opn Idempotency-Key, gbp referenceNo)
    ChargeStatus status = ChargeStatus::Pending;
    qint64 amountSatang = 0;
    QString currency = QStringLiteral("THB");
    QUrl authorizeUrl;         // where the shopper completes a pending wallet / card payment
    QString qrReference;       // PromptPay: the gateway's scannable code value, if any
    QString failureCode;
    QString failureMessage;
};

struct GatewayOutcome {
    enum class Fault {
        None,         // `charge` holds the gateway's answer
        NotCharged,   // provably nothing charged: refused connection, breaker open, bulkhead full, or an
                      // inquiry that found no charge under the key
        Unknown,      // it may have charged: timeout, lost reply, 5xx; ask again by key before anything else
        Rejected,     // the gateway refused the request itself (4xx): the caller's fault, not the gateway's
        NotFound,     // inquiry / reverse: no charge under that key or id
    };
    Fault fault = Fault::None;
    std::optional<Charge> charge;
    QString message;     // one line: what happened and where (never a secret)
    QString code;        // the gateway's error code, or the transport error's name
    int httpStatus = 0;

    bool ok() const { return fault == Fault::None && charge.has_value(); }
    static GatewayOutcome success(Charge charge);
    static GatewayOutcome failure(Fault fault, QString message, QString code = {}, int httpStatus = 0);
};

// A verified webhook: the charge it reports. Errors: Permission (bad or missing signature / checksum, a
// stale timestamp), BadInput (not JSON, fields missing).
using WebhookCheck = Result<Charge>;

class PaymentGateway {
public:
    using Done = std::function<void(const GatewayOutcome &)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    virtual ~PaymentGateway() = default;

    virtual QString name() const = 0;                  // "opn", "gbp"
    virtual QUrl baseUrl() const = 0;
    virtual bool supports(PaymentMethod method) const = 0;

    // Creates (or, under the same key, returns) a charge.
    virtual void createCharge(const ChargeRequest &request, QObject *context, Done done) = 0;
    // The charge made under our key, NotFound if none. amountSatang and method let gateways whose
    // inquiry does not echo everything fill the Charge (gbp answers baht strings).
    virtual void inquire(const QString &idempotencyKey, QObject *context, Done done) = 0;
    // Reverses (voids) a charge: successful or pending -> reversed.
    virtual void reverse(const Charge &charge, QObject *context, Done done) = 0;
    // Checks a webhook's signature or checksum over the raw body, then reads the charge from it.
    virtual WebhookCheck verifyWebhook(const Headers &headers, const QByteArray &body) const = 0;
};

// Lowercase hex HMAC-SHA256, and a comparison that takes the same time whatever the inputs hold.
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
// How a failed exchange bears on money: refused before sending -> NotCharged; timeout, lost reply,
// 5xx -> Unknown; 4xx -> Rejected. `what` names the call for the message ("opn create charge").
GatewayOutcome outcomeOfFailedExchange(const QString &what, const net::HttpResponse &response);
QByteArray basicAuth(const QString &user);   // "Basic base64(user:)"

// "149.50" for 14950 satang; and back (nullopt for anything but digits with at most two decimals).
QString satangToBaht(qint64 satang);
std::optional<qint64> bahtToSatang(const QString &baht);

} // namespace backroom::payments
