#include "payments/gbpgateway.h"

#include <QJsonDocument>

namespace backroom::payments {

namespace {

std::optional<ChargeStatus> statusFromLetter(const QString &letter)
{
    if (letter == QLatin1String("P")) return ChargeStatus::Pending;
    if (letter == QLatin1String("S")) return ChargeStatus::Successful;
    if (letter == QLatin1String("F")) return ChargeStatus::Failed;
    if (letter == QLatin1String("E")) return ChargeStatus::Expired;
    if (letter == QLatin1String("V")) return ChargeStatus::Reversed;
    return std::nullopt;
}

QString paymentType(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card: return QStringLiteral("C");
    case PaymentMethod::TrueMoney: return QStringLiteral("T");
    default: return QStringLiteral("Q");
    }
}

} // namespace

GbpGateway::GbpGateway(GbpGatewayConfig config, net::HttpClient &http) : m_config(std::move(config)), m_http(http)
{
}

bool GbpGateway::supports(PaymentMethod method) const
{
    return method != PaymentMethod::ShopeePay;
}

net::HttpRequest GbpGateway::request(const QString &path, const QJsonObject &body, bool basicAuth) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    net::HttpRequest r = net::HttpRequest::postJson(url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                    QStringLiteral("gateway:gbp"));
    r.timeout = m_config.timeout;
    r.idempotent = true;   // referenceNo makes every call safe to repeat
    if (basicAuth)
        r.headers.append({QByteArrayLiteral("Authorization"), payments::basicAuth(m_config.secretKey)});
    return r;
}

std::optional<Charge> GbpGateway::chargeFromTxn(const QJsonObject &txn)
{
    const auto status = statusFromLetter(txn.value(QStringLiteral("status")).toString());
    const auto amount = bahtToSatang(txn.value(QStringLiteral("amount")).toString());
    const QString id = txn.value(QStringLiteral("gbpReferenceNo")).toString();
    const QString ref = txn.value(QStringLiteral("referenceNo")).toString();
    if (!status || !amount || id.isEmpty() || ref.isEmpty())
        return std::nullopt;
    Charge c;
    c.gateway = QStringLiteral("gbp");
    c.chargeId = id;
    c.idempotencyKey = ref;
    c.status = *status;
    c.amountSatang = *amount;
    c.authorizeUrl = QUrl(txn.value(QStringLiteral("paymentUrl")).toString());
    const QString result = txn.value(QStringLiteral("resultCode")).toString();
    if (*status == ChargeStatus::Failed || *status == ChargeStatus::Expired)
        c.failureCode = result;
    return c;
}

void GbpGateway::send(net::HttpRequest request, const QString &what, QObject *context, Done done,
                      std::function<GatewayOutcome(const QJsonObject &)> read)
{
    m_http.send(std::move(request), context, [what, done, read](const net::HttpResponse &response) {
        if (!response.ok())
            return done(outcomeOfFailedExchange(what, response));
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        if (!doc.isObject())
            return done(GatewayOutcome::failure(GatewayOutcome::Fault::Unknown,
                                                PaymentsText::tr("%1: the answer is not JSON.").arg(what)));
        const QJsonObject j = doc.object();
        if (j.value(QStringLiteral("resultCode")).toString() != QLatin1String("00"))
            return done(GatewayOutcome::failure(GatewayOutcome::Fault::Rejected,
                                                PaymentsText::tr("%1: result code %2: %3")
                                                    .arg(what, j.value(QStringLiteral("resultCode")).toString(),
                                                         j.value(QStringLiteral("resultMessage")).toString()),
                                                j.value(QStringLiteral("resultCode")).toString(), response.status));
        done(read(j));
    });
}

void GbpGateway::createCharge(const ChargeRequest &charge, QObject *context, Done done)
{
    const QString amount = satangToBaht(charge.amountSatang);
    const QString background = m_config.backgroundUrl.toString();
    QJsonObject body{{QStringLiteral("token"), m_config.token},
                     {QStringLiteral("referenceNo"), charge.idempotencyKey},
                     {QStringLiteral("amount"), amount},
                     {QStringLiteral("paymentType"), paymentType(charge.method)},
                     {QStringLiteral("detail"), charge.description},
                     {QStringLiteral("backgroundUrl"), background},
                     {QStringLiteral("checksum"),
                      QString::fromLatin1(hmacSha256Hex(m_config.secretKey.toUtf8(),
                                                        (amount + charge.idempotencyKey + background).toUtf8()))}};
    if (charge.returnUrl.isValid())
        body.insert(QStringLiteral("responseUrl"), charge.returnUrl.toString());
    const QString what = PaymentsText::tr("gbp create payment");
    send(request(QStringLiteral("/v1/payments"), body, false), what, context, std::move(done),
         [what](const QJsonObject &j) {
             if (auto c = chargeFromTxn(j))
                 return GatewayOutcome::success(*c);
             return GatewayOutcome::failure(GatewayOutcome::Fault::Unknown,
                                            PaymentsText::tr("%1: the answer is not a payment.").arg(what));
         });
}

void GbpGateway::inquire(const QString &idempotencyKey, QObject *context, Done done)
{
    const QString what = PaymentsText::tr("gbp inquiry");
    send(request(QStringLiteral("/v1/check_status_txn"), QJsonObject{{QStringLiteral("referenceNo"), idempotencyKey}}, true),
         what, context,
         [done, idempotencyKey](const GatewayOutcome &o) {
             if (o.fault == GatewayOutcome::Fault::NotFound
                 || (o.fault == GatewayOutcome::Fault::Rejected && o.code == QLatin1String("03")))
                 return done(GatewayOutcome::failure(GatewayOutcome::Fault::NotFound,
                                                     PaymentsText::tr("gbp has no payment under key %1.").arg(idempotencyKey)));
             done(o);
         },
         [what](const QJsonObject &j) {
             if (auto c = chargeFromTxn(j.value(QStringLiteral("txn")).toObject()))
                 return GatewayOutcome::success(*c);
             return GatewayOutcome::failure(GatewayOutcome::Fault::Unknown,
                                            PaymentsText::tr("%1: the answer has no txn.").arg(what));
         });
}

void GbpGateway::reverse(const Charge &charge, QObject *context, Done done)
{
    const QString what = PaymentsText::tr("gbp void");
    send(request(QStringLiteral("/v1/void"), QJsonObject{{QStringLiteral("referenceNo"), charge.idempotencyKey}}, true),
         what, context, std::move(done), [what](const QJsonObject &j) {
             if (auto c = chargeFromTxn(j.value(QStringLiteral("txn")).toObject()))
                 return GatewayOutcome::success(*c);
             return GatewayOutcome::failure(GatewayOutcome::Fault::Unknown,
                                            PaymentsText::tr("%1: the answer has no txn.").arg(what));
         });
}

WebhookCheck GbpGateway::verifyWebhook(const Headers &, const QByteArray &body) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::BadInput, PaymentsText::tr("gbp notification is not a JSON object."));
    const QJsonObject j = doc.object();
    auto field = [&](const char *name) { return j.value(QLatin1String(name)).toString(); };
    const QByteArray expected = hmacSha256Hex(
        m_config.secretKey.toUtf8(),
        (field("amount") + field("referenceNo") + field("gbpReferenceNo") + field("resultCode")).toUtf8());
    if (!constantTimeEquals(field("checksum").toLatin1().toLower(), expected))
        return Error::make(Error::Kind::Permission, PaymentsText::tr("gbp notification checksum does not match."));
    auto charge = chargeFromTxn(j);
    if (!charge)
        return Error::make(Error::Kind::BadInput, PaymentsText::tr("gbp notification lacks amount, referenceNo, "
                                                                   "gbpReferenceNo or status."));
    return *charge;
}

} // namespace backroom::payments
