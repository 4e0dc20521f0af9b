#include "opngateway.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace backroom::sandbox {

namespace {

const QString kGateway = QStringLiteral("opn");
constexpr int kMaxKeyLength = 255;
constexpr qint64 kMaxAmountSatang = 100'000'000'00;   // 100 million baht

HttpReply opnError(int status, const QString &code, const QString &message)
{
    return HttpReply::json(status, QJsonObject{{QStringLiteral("object"), QStringLiteral("error")},
                                               {QStringLiteral("code"), code},
                                               {QStringLiteral("message"), message}});
}

HttpReply notFound(const QString &what)
{
    return opnError(404, QStringLiteral("not_found"), QStringLiteral("%1 was not found.").arg(what));
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        int d = it->digitValue();
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString brandOf(const QString &number)
{
    if (number.startsWith(QLatin1Char('4')))
        return QStringLiteral("Visa");
    if (number.startsWith(QLatin1Char('5')) || number.startsWith(QLatin1Char('2')))
        return QStringLiteral("MasterCard");
    if (number.startsWith(QLatin1String("35")))
        return QStringLiteral("JCB");
    if (number.startsWith(QLatin1String("34")) || number.startsWith(QLatin1String("37")))
        return QStringLiteral("American Express");
    return QStringLiteral("Unknown");
}

// The sandbox's test cards: what a charge from each one does. Any other valid number succeeds.
struct CardOutcome {
    ChargeStatus status;
    QString failureCode;
    QString failureMessage;
};
CardOutcome outcomeFor(const QString &number)
{
    if (number == QLatin1String("4000000000000002"))
        return {ChargeStatus::Failed, QStringLiteral("payment_rejected"), QStringLiteral("The issuer declined the card.")};
    if (number == QLatin1String("4000000000009995"))
        return {ChargeStatus::Failed, QStringLiteral("insufficient_fund"), QStringLiteral("Insufficient funds on the card.")};
    return {ChargeStatus::Successful, {}, {}};
}

QString failureMessageFor(const QString &code)
{
    if (code == QLatin1String("payment_rejected"))
        return QStringLiteral("The issuer declined the card.");
    if (code == QLatin1String("insufficient_fund"))
        return QStringLiteral("Insufficient funds on the card.");
    if (code == QLatin1String("expired"))
        return QStringLiteral("The customer did not pay before the charge expired.");
    if (code == QLatin1String("payment_cancelled"))
        return QStringLiteral("The customer cancelled the payment.");
    return code;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Reads the JSON object body; an error reply when it is not one.
std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpReply *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        *error = opnError(400, QStringLiteral("bad_request"),
                          QStringLiteral("The body is not a JSON object (%1).").arg(parseError.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

QByteArray opnWebhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}

OpnGateway::OpnGateway(ChargeBook &book, WebhookSender &webhooks, const net::Clock &clock, OpnConfig config)
    : m_book(book), m_webhooks(webhooks), m_clock(clock), m_config(std::move(config))
{
}

HttpReply OpnGateway::handle(const HttpRequest &request)
{
    const QStringList parts = request.segmentsAfter(QStringLiteral("/opn"));
    const bool get = request.method == QLatin1String("GET");
    const bool post = request.method == QLatin1String("POST");
    // The customer's side (no keys): what the authorize_uri page would do.
    if (parts.size() == 2 && parts[0] == QLatin1String("authorize") && get)
        return customerAction(parts[1], request);
    const QString user = request.basicAuthUser();
    const bool secret = user == m_config.secretKey;
    if (parts == QStringList{QStringLiteral("tokens")} && post) {
        if (!secret && user != m_config.publicKey)
            return opnError(401, QStringLiteral("authentication_failure"),
                            QStringLiteral("Tokens need the public key (or the secret key) as the Basic auth user."));
        return createToken(request);
    }
    if (parts.isEmpty() || parts[0] != QLatin1String("charges"))
        return opnError(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint: %1 %2.")
                                                              .arg(request.method, request.path));
    if (!secret)
        return opnError(401, QStringLiteral("authentication_failure"),
                        QStringLiteral("Charges need the secret key as the Basic auth user."));
    if (parts.size() == 1 && post)
        return createCharge(request);
    if (parts.size() == 1 && get)
        return listCharges(request);
    if (parts.size() == 2 && get)
        return getCharge(parts[1]);
    if (parts.size() == 3 && parts[2] == QLatin1String("reverse") && post)
        return reverseCharge(parts[1]);
    return opnError(405, QStringLiteral("method_not_allowed"), QStringLiteral("%1 %2 is not an endpoint of this API.")
                                                                   .arg(request.method, request.path));
}

HttpReply OpnGateway::createToken(const HttpRequest &request)
{
    HttpReply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QJsonObject card = body->value(QStringLiteral("card")).toObject();
    const QString number = card.value(QStringLiteral("number")).toString().remove(QLatin1Char(' '));
    const int month = card.value(QStringLiteral("expiration_month")).toInt();
    const int year = card.value(QStringLiteral("expiration_year")).toInt();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{12,19}$"));
    if (!digits.match(number).hasMatch() || !luhnValid(number))
        return opnError(400, QStringLiteral("invalid_card"), QStringLiteral("card.number is not a valid card number."));
    const QDate today = m_clock.utcNow().date();
    if (month < 1 || month > 12 || year < today.year() || (year == today.year() && month < today.month()))
        return opnError(400, QStringLiteral("invalid_card"),
                        QStringLiteral("card.expiration_month and card.expiration_year must be a date not yet past."));
    Token token;
    token.id = QStringLiteral("tokn_test_%1").arg(m_nextToken++, 6, 10, QLatin1Char('0'));
    token.number = number;
    token.card = QJsonObject{{QStringLiteral("object"), QStringLiteral("card")},
                             {QStringLiteral("brand"), brandOf(number)},
                             {QStringLiteral("last_digits"), number.right(4)},
                             {QStringLiteral("name"), card.value(QStringLiteral("name")).toString()},
                             {QStringLiteral("expiration_month"), month},
                             {QStringLiteral("expiration_year"), year}};
    m_tokens.insert(token.id, token);
    return HttpReply::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("token")},
                                            {QStringLiteral("id"), token.id},
                                            {QStringLiteral("used"), false},
                                            {QStringLiteral("card"), token.card},
                                            {QStringLiteral("created_at"), iso(m_clock.utcNow())}});
}

HttpReply OpnGateway::createCharge(const HttpRequest &request)
{
    HttpReply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    if (key.size() > kMaxKeyLength)
        return opnError(400, QStringLiteral("bad_request"),
                        QStringLiteral("The Idempotency-Key header is longer than %1 characters.").arg(kMaxKeyLength));
    const QByteArray fingerprint = QCryptographicHash::hash(QJsonDocument(*body).toJson(QJsonDocument::Compact),
                                                            QCryptographicHash::Sha256);
    if (const ChargeRecord *earlier = m_book.findByKey(kGateway, key)) {
        if (earlier->fingerprint != fingerprint)
            return opnError(422, QStringLiteral("idempotency_key_conflict"),
                            QStringLiteral("Idempotency-Key %1 was already used for charge %2 with a different body; "
                                           "use a new key for a new charge.").arg(key, earlier->id));
        return chargeReply(200, *earlier, true);
    }
    const QJsonValue amount = body->value(QStringLiteral("amount"));
    const double satang = amount.toDouble(-1);
    if (!amount.isDouble() || satang < 1 || satang > double(kMaxAmountSatang) || satang != std::floor(satang))
        return opnError(400, QStringLiteral("invalid_amount"),
                        QStringLiteral("amount must be a whole number of satang from 1 to %1.").arg(kMaxAmountSatang));
    if (body->value(QStringLiteral("currency")).toString().toLower() != QLatin1String("thb"))
        return opnError(400, QStringLiteral("invalid_charge"), QStringLiteral("currency must be \"thb\"."));
    const bool hasCard = body->contains(QStringLiteral("card"));
    const bool hasSource = body->contains(QStringLiteral("source"));
    if (hasCard == hasSource)
        return opnError(400, QStringLiteral("invalid_charge"),
                        QStringLiteral("Give exactly one of card (a token id) or source ({\"type\": ...})."));
    ChargeRecord record;
    record.gateway = kGateway;
    record.id = QStringLiteral("chrg_test_%1").arg(m_book.countFor(kGateway) + 1, 6, 10, QLatin1Char('0'));
    record.idempotencyKey = key;
    record.fingerprint = fingerprint;
    record.amountSatang = qint64(satang);
    record.created = record.updated = m_clock.utcNow();
    record.details = QJsonObject{{QStringLiteral("description"), body->value(QStringLiteral("description"))},
                                 {QStringLiteral("metadata"), body->value(QStringLiteral("metadata"))},
                                 {QStringLiteral("return_uri"), body->value(QStringLiteral("return_uri"))}};
    if (hasCard)
        return chargeFromCard(record, body->value(QStringLiteral("card")).toString());
    return chargeFromSource(record, body->value(QStringLiteral("source")).toObject());
}

HttpReply OpnGateway::chargeFromCard(ChargeRecord record, const QString &tokenId)
{
    auto it = m_tokens.find(tokenId);
    if (it == m_tokens.end())
        return opnError(400, QStringLiteral("invalid_card"), QStringLiteral("card must be a token id from POST /opn/tokens "
                                                                            "(got '%1').").arg(tokenId));
    if (it->used)
        return opnError(400, QStringLiteral("used_token"),
                        QStringLiteral("Token %1 was already used; create a new token for a new charge.").arg(tokenId));
    it->used = true;
    const CardOutcome outcome = outcomeFor(it->number);
    record.method = QStringLiteral("card");
    record.status = outcome.status;
    record.failureCode = outcome.failureCode;
    record.details.insert(QStringLiteral("card"), it->card);
    return chargeReply(200, m_book.add(record));
}

HttpReply OpnGateway::chargeFromSource(ChargeRecord record, const QJsonObject &source)
{
    static const QStringList kTypes = {QStringLiteral("promptpay"), QStringLiteral("truemoney"),
                                       QStringLiteral("shopeepay")};
    const QString type = source.value(QStringLiteral("type")).toString();
    if (!kTypes.contains(type))
        return opnError(400, QStringLiteral("invalid_source"),
                        QStringLiteral("source.type must be one of %1 (got '%2').").arg(kTypes.join(QStringLiteral(", ")), type));
    const QDateTime now = m_clock.utcNow();
    record.method = type;
    record.status = ChargeStatus::Pending;
    record.expiresAt = now.addMSecs(m_config.sourceExpiry.count());
    if (m_config.autoSettleAfter)
        record.settlesAt = now.addMSecs(m_config.autoSettleAfter->count());
    QJsonObject sourceJson{{QStringLiteral("object"), QStringLiteral("source")},
                           {QStringLiteral("id"), QString(record.id).replace(QStringLiteral("chrg_"), QStringLiteral("src_"))},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("flow"), type == QLatin1String("promptpay") ? QStringLiteral("offline")
                                                                                       : QStringLiteral("redirect")}};
    if (type == QLatin1String("promptpay"))
        sourceJson.insert(QStringLiteral("scannable_code"),
                          QJsonObject{{QStringLiteral("object"), QStringLiteral("barcode")},
                                      {QStringLiteral("type"), QStringLiteral("qr")},
                                      {QStringLiteral("value"), QStringLiteral("sandbox-promptpay:%1:%2")
                                                                    .arg(record.id).arg(record.amountSatang)}});
    record.details.insert(QStringLiteral("source"), sourceJson);
    return chargeReply(200, m_book.add(record));
}

HttpReply OpnGateway::listCharges(const HttpRequest &request)
{
    const bool byKey = request.query.hasQueryItem(QStringLiteral("idempotency_key"));
    const QString key = request.query.queryItemValue(QStringLiteral("idempotency_key"), QUrl::FullyDecoded);
    QJsonArray data;
    for (const auto &c : m_book.all())
        if (c.gateway == kGateway && (!byKey || c.idempotencyKey == key))
            data.append(chargeJson(c));
    return HttpReply::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                            {QStringLiteral("total"), data.size()},
                                            {QStringLiteral("data"), data}});
}

const ChargeRecord *OpnGateway::ownCharge(const QString &id) const
{
    const ChargeRecord *c = m_book.find(id);
    return c && c->gateway == kGateway ? c : nullptr;
}

HttpReply OpnGateway::getCharge(const QString &id)
{
    const ChargeRecord *c = ownCharge(id);
    return c ? chargeReply(200, *c) : notFound(QStringLiteral("Charge %1").arg(id));
}

HttpReply OpnGateway::reverseCharge(const QString &id)
{
    const ChargeRecord *c = ownCharge(id);
    if (!c)
        return notFound(QStringLiteral("Charge %1").arg(id));
    if (c->status != ChargeStatus::Reversed) {
        auto moved = m_book.setStatus(id, ChargeStatus::Reversed, m_clock.utcNow());
        if (!moved)
            return opnError(400, QStringLiteral("failed_reverse"), moved.error().message);
    }
    return chargeReply(200, *ownCharge(id));
}

HttpReply OpnGateway::customerAction(const QString &id, const HttpRequest &request)
{
    const ChargeRecord *c = ownCharge(id);
    if (!c)
        return HttpReply::html(404, QStringLiteral("No payment %1 here.").arg(id));
    const QString result = request.query.queryItemValue(QStringLiteral("result"));
    if (result.isEmpty())
        return HttpReply::html(200, QStringLiteral("Sandbox payment %1 for %2 satang is %3. Add ?result=success or "
                                                   "?result=fail to this address to act as the customer.")
                                        .arg(id).arg(c->amountSatang).arg(chargeStatusName(c->status)));
    if (result != QLatin1String("success") && result != QLatin1String("fail"))
        return HttpReply::html(400, QStringLiteral("result must be success or fail."));
    const bool success = result == QLatin1String("success");
    auto moved = m_book.setStatus(id, success ? ChargeStatus::Successful : ChargeStatus::Failed, m_clock.utcNow(),
                                  success ? QString() : QStringLiteral("payment_cancelled"));
    if (!moved)
        return HttpReply::html(409, moved.error().message);
    return HttpReply::html(200, QStringLiteral("Payment %1 is now %2.").arg(id, chargeStatusName(ownCharge(id)->status)));
}

HttpReply OpnGateway::chargeReply(int status, const ChargeRecord &charge, bool replayed) const
{
    HttpReply reply = HttpReply::json(status, chargeJson(charge));
    if (replayed)
        reply.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
    return reply;
}

QJsonObject OpnGateway::chargeJson(const ChargeRecord &c) const
{
    const bool pending = c.status == ChargeStatus::Pending;
    const bool redirect = c.method != QLatin1String("card");
    QUrl authorize = m_baseUrl;
    authorize.setPath(QStringLiteral("/opn/authorize/%1").arg(c.id));
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("charge")},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("location"), QStringLiteral("/charges/%1").arg(c.id)},
        {QStringLiteral("amount"), c.amountSatang},
        {QStringLiteral("currency"), c.currency},
        {QStringLiteral("status"), chargeStatusName(c.status)},
        {QStringLiteral("paid"), c.status == ChargeStatus::Successful || c.status == ChargeStatus::Reversed},
        {QStringLiteral("reversed"), c.status == ChargeStatus::Reversed},
        {QStringLiteral("expired"), c.status == ChargeStatus::Expired},
        {QStringLiteral("failure_code"), orNull(c.failureCode)},
        {QStringLiteral("failure_message"), c.failureCode.isEmpty() ? QJsonValue() : QJsonValue(failureMessageFor(c.failureCode))},
        {QStringLiteral("card"), c.details.contains(QStringLiteral("card")) ? c.details.value(QStringLiteral("card")) : QJsonValue()},
        {QStringLiteral("source"), c.details.contains(QStringLiteral("source")) ? c.details.value(QStringLiteral("source")) : QJsonValue()},
        {QStringLiteral("authorize_uri"), redirect && pending ? QJsonValue(authorize.toString()) : QJsonValue()},
        {QStringLiteral("return_uri"), c.details.value(QStringLiteral("return_uri"))},
        {QStringLiteral("description"), c.details.value(QStringLiteral("description"))},
        {QStringLiteral("metadata"), c.details.value(QStringLiteral("metadata"))},
        {QStringLiteral("idempotency_key"), orNull(c.idempotencyKey)},
        {QStringLiteral("created_at"), iso(c.created)},
        {QStringLiteral("expires_at"), c.expiresAt.isValid() ? QJsonValue(iso(c.expiresAt)) : QJsonValue()},
    };
}

void OpnGateway::chargeChanged(const ChargeRecord &charge)
{
    if (charge.status == ChargeStatus::Pending || !m_config.webhookUrl.isValid() || m_config.webhookUrl.isEmpty())
        return;
    const QString key = charge.status == ChargeStatus::Reversed ? QStringLiteral("charge.reverse")
                                                                 : QStringLiteral("charge.complete");
    const QJsonObject event{{QStringLiteral("object"), QStringLiteral("event")},
                            {QStringLiteral("id"), QStringLiteral("evnt_test_%1").arg(m_nextEvent++, 6, 10, QLatin1Char('0'))},
                            {QStringLiteral("key"), key},
                            {QStringLiteral("created_at"), iso(m_clock.utcNow())},
                            {QStringLiteral("data"), chargeJson(charge)}};
    const QByteArray secret = m_config.webhookSecret.toUtf8();
    m_webhooks.enqueue(kGateway, key, m_config.webhookUrl, QJsonDocument(event).toJson(QJsonDocument::Compact),
                       "application/json", [secret](const QByteArray &body, const QDateTime &at) {
                           const QByteArray timestamp = QByteArray::number(at.toSecsSinceEpoch());
                           return WebhookSender::Headers{
                               {QByteArrayLiteral("Opn-Signature-Timestamp"), timestamp},
                               {QByteArrayLiteral("Opn-Signature"), opnWebhookSignature(secret, timestamp, body)}};
                       });
}

} // namespace backroom::sandbox
