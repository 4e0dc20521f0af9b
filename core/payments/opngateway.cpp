#include "payments/opngateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace backroom::payments {

OpnGateway::OpnGateway(OpnGatewayConfig config, net::HttpClient &http, const net::Clock &clock)
    : m_config(std::move(config)), m_http(http), m_clock(clock)
{
}

net::HttpRequest OpnGateway::request(const QByteArray &method, const QString &path, const QByteArray &body) const
{
    net::HttpRequest r;
    r.method = method;
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    r.url = url;
    r.body = body;
    r.timeout = m_config.timeout;
    r.caller = QStringLiteral("gateway:opn");
    r.headers.append({QByteArrayLiteral("Authorization"), basicAuth(m_config.secretKey)});
    if (!body.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

std::optional<Charge> OpnGateway::chargeFromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("object")).toString() != QLatin1String("charge"))
        return std::nullopt;
    const auto status = chargeStatusFromName(json.value(QStringLiteral("status")).toString());
    const QJsonValue amount = json.value(QStringLiteral("amount"));
    if (!status || !amount.isDouble() || json.value(QStringLiteral("id")).toString().isEmpty())
        return std::nullopt;
    Charge c;
    c.gateway = QStringLiteral("opn");
    c.chargeId = json.value(QStringLiteral("id")).toString();
    c.idempotencyKey = json.value(QStringLiteral("idempotency_key")).toString();
    c.status = *status;
    c.amountSatang = qint64(amount.toDouble());
    c.currency = json.value(QStringLiteral("currency")).toString().toUpper();
    c.authorizeUrl = QUrl(json.value(QStringLiteral("authorize_uri")).toString());
    c.qrReference = json.value(QStringLiteral("source")).toObject().value(QStringLiteral("scannable_code"))
                        .toObject().value(QStringLiteral("value")).toString();
    c.failureCode = json.value(QStringLiteral("failure_code")).toString();
    c.failureMessage = json.value(QStringLiteral("failure_message")).toString();
    return c;
}

void OpnGateway::send(net::HttpRequest request, const QString &what, QObject *context, Done done,
                      std::function<GatewayOutcome(const QJsonObject &)> read)
{
    m_http.send(std::move(request), context, [what, done, read](const net::HttpResponse &response) {
        if (!response.ok())
            return done(outcomeOfFailedExchange(what, response));
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        if (!doc.isObject())
            return done(GatewayOutcome::failure(GatewayOutcome::Fault::Unknown,
                                                PaymentsText::tr("%1: the answer is not JSON.").arg(what)));
        done(read(doc.object()));
    });
}

namespace {

GatewayOutcome readCharge(const QString &what, const QJsonObject &json)
{
    if (auto c = OpnGateway::chargeFromJson(json))
        return GatewayOutcome::success(*c);
    return GatewayOutcome::failure(GatewayOutcome::Fault::Unknown,
                                   PaymentsText::tr("%1: the answer is not a charge.").arg(what));
}

QString opnSourceType(PaymentMethod method)
{
    return methodName(method);   // promptpay, truemoney, shopeepay: the same names
}

} // namespace

void OpnGateway::createCharge(const ChargeRequest &charge, QObject *context, Done done)
{
    QJsonObject body{{QStringLiteral("amount"), charge.amountSatang},
                     {QStringLiteral("currency"), charge.currency.toLower()}};
    if (charge.method == PaymentMethod::Card)
        body.insert(QStringLiteral("card"), charge.cardToken);
    else
        body.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), opnSourceType(charge.method)}});
    if (!charge.description.isEmpty())
        body.insert(QStringLiteral("description"), charge.description);
    if (charge.returnUrl.isValid())
        body.insert(QStringLiteral("return_uri"), charge.returnUrl.toString());
    net::HttpRequest r = request("POST", QStringLiteral("/charges"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    r.idempotent = true;   // the key makes a resend harmless (and Qt may resend once on its own)
    r.headers.append({QByteArrayLiteral("Idempotency-Key"), charge.idempotencyKey.toUtf8()});
    const QString what = PaymentsText::tr("opn create charge");
    send(std::move(r), what, context, std::move(done), [what](const QJsonObject &j) { return readCharge(what, j); });
}

void OpnGateway::inquire(const QString &idempotencyKey, QObject *context, Done done)
{
    net::HttpRequest r = request("GET", QStringLiteral("/charges"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("idempotency_key"), QString::fromUtf8(QUrl::toPercentEncoding(idempotencyKey)));
    r.url.setQuery(q);
    r.idempotent = true;
    const QString what = PaymentsText::tr("opn inquiry");
    send(std::move(r), what, context, std::move(done), [what, idempotencyKey](const QJsonObject &j) {
        const QJsonArray data = j.value(QStringLiteral("data")).toArray();
        if (data.isEmpty())
            return GatewayOutcome::failure(GatewayOutcome::Fault::NotFound,
                                           PaymentsText::tr("opn has no charge under key %1.").arg(idempotencyKey));
        GatewayOutcome o = readCharge(what, data.first().toObject());
        if (o.charge && o.charge->idempotencyKey.isEmpty())
            o.charge->idempotencyKey = idempotencyKey;
        return o;
    });
}

void OpnGateway::reverse(const Charge &charge, QObject *context, Done done)
{
    net::HttpRequest r = request("POST", QStringLiteral("/charges/%1/reverse").arg(charge.chargeId), QByteArrayLiteral("{}"));
    r.idempotent = true;   // reversing twice is harmless
    const QString what = PaymentsText::tr("opn reverse");
    send(std::move(r), what, context, std::move(done), [what](const QJsonObject &j) { return readCharge(what, j); });
}

WebhookCheck OpnGateway::verifyWebhook(const Headers &headers, const QByteArray &body) const
{
    QByteArray timestamp, signatures;
    for (const auto &[name, value] : headers) {
        if (name.compare("Opn-Signature-Timestamp", Qt::CaseInsensitive) == 0)
            timestamp = value.trimmed();
        else if (name.compare("Opn-Signature", Qt::CaseInsensitive) == 0)
            signatures = value.trimmed();
    }
    const auto refuse = [](const QString &m) { return Error::make(Error::Kind::Permission, m); };
    if (timestamp.isEmpty() || signatures.isEmpty())
        return refuse(PaymentsText::tr("opn webhook without Opn-Signature and Opn-Signature-Timestamp headers."));
    bool ok = false;
    const qint64 sentAt = timestamp.toLongLong(&ok);
    const qint64 now = m_clock.utcNow().toSecsSinceEpoch();
    if (!ok || qAbs(now - sentAt) > m_config.webhookTolerance.count())
        return refuse(PaymentsText::tr("opn webhook timestamp %1 is too far from now (%2).")
                          .arg(QString::fromLatin1(timestamp)).arg(now));
    const QByteArray expected = hmacSha256Hex(m_config.webhookSecret.toUtf8(), timestamp + '.' + body);
    bool matched = false;
    for (const QByteArray &s : signatures.split(','))
        matched |= constantTimeEquals(s.trimmed().toLower(), expected);
    if (!matched)
        return refuse(PaymentsText::tr("opn webhook signature does not match."));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const auto charge = doc.isObject() ? chargeFromJson(doc.object().value(QStringLiteral("data")).toObject())
                                       : std::nullopt;
    if (!charge)
        return Error::make(Error::Kind::BadInput, PaymentsText::tr("opn webhook does not carry a charge."));
    return *charge;
}

} // namespace backroom::payments
