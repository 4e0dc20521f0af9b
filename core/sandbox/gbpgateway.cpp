#include "gbpgateway.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace backroom::sandbox {

namespace {

const QString kGateway = QStringLiteral("gbp");

// Result codes (resultCode): the outcome of a call, or of a transaction in a notification.
const QString kOk = QStringLiteral("00");
const QString kUnauthorized = QStringLiteral("01");
const QString kInvalidParameter = QStringLiteral("02");
const QString kNotFound = QStringLiteral("03");
const QString kBadChecksum = QStringLiteral("04");
const QString kDeclined = QStringLiteral("05");
const QString kExpired = QStringLiteral("06");
const QString kVoided = QStringLiteral("07");
const QString kDuplicateReference = QStringLiteral("11");
const QString kNotVoidable = QStringLiteral("12");

HttpReply gbpError(int status, const QString &resultCode, const QString &message)
{
    return HttpReply::json(status, QJsonObject{{QStringLiteral("resultCode"), resultCode},
                                               {QStringLiteral("resultMessage"), message}});
}

QString statusLetter(ChargeStatus status)
{
    switch (status) {
    case ChargeStatus::Pending: return QStringLiteral("P");
    case ChargeStatus::Successful: return QStringLiteral("S");
    case ChargeStatus::Failed: return QStringLiteral("F");
    case ChargeStatus::Expired: return QStringLiteral("E");
    case ChargeStatus::Reversed: return QStringLiteral("V");
    }
    return QStringLiteral("P");
}

QString resultCodeFor(ChargeStatus status)
{
    switch (status) {
    case ChargeStatus::Failed: return kDeclined;
    case ChargeStatus::Expired: return kExpired;
    case ChargeStatus::Reversed: return kVoided;
    default: return kOk;
    }
}

QString methodFor(const QString &paymentType)
{
    if (paymentType == QLatin1String("C"))
        return QStringLiteral("card");
    if (paymentType == QLatin1String("T"))
        return QStringLiteral("truemoney");
    return QStringLiteral("promptpay");
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpReply *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        *error = gbpError(400, kInvalidParameter,
                          QStringLiteral("The body is not a JSON object (%1).").arg(parseError.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

QByteArray gbpChecksum(const QByteArray &secretKey, const QStringList &fields)
{
    return QMessageAuthenticationCode::hash(fields.join(QString()).toUtf8(), secretKey, QCryptographicHash::Sha256)
        .toHex();
}

std::optional<qint64> gbpSatangFromBaht(const QString &amount)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,9})(?:\\.([0-9]{1,2}))?$"));
    const auto m = pattern.match(amount);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 baht = m.captured(1).toLongLong();
    const qint64 satang = m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return baht * 100 + satang;
}

QString gbpBahtFromSatang(qint64 satang)
{
    return QStringLiteral("%1.%2").arg(satang / 100).arg(satang % 100, 2, 10, QLatin1Char('0'));
}

GbpGateway::GbpGateway(ChargeBook &book, WebhookSender &webhooks, const net::Clock &clock, GbpConfig config)
    : m_book(book), m_webhooks(webhooks), m_clock(clock), m_config(std::move(config))
{
}

HttpReply GbpGateway::handle(const HttpRequest &request)
{
    const QStringList parts = request.segmentsAfter(QStringLiteral("/gbp"));
    const bool post = request.method == QLatin1String("POST");
    if (parts.size() == 2 && parts[0] == QLatin1String("pay") && request.method == QLatin1String("GET"))
        return paymentPage(parts[1], request);
    if (parts == QStringList{QStringLiteral("v1"), QStringLiteral("payments")} && post)
        return createPayment(request);
    const bool inquiry = parts == QStringList{QStringLiteral("v1"), QStringLiteral("check_status_txn")};
    const bool voiding = parts == QStringList{QStringLiteral("v1"), QStringLiteral("void")};
    if ((inquiry || voiding) && post) {
        if (request.basicAuthUser() != m_config.secretKey)
            return gbpError(401, kUnauthorized, QStringLiteral("Send the secret key as the Basic auth user."));
        return inquiry ? checkStatus(request) : voidPayment(request);
    }
    return gbpError(404, kNotFound, QStringLiteral("No such endpoint: %1 %2.").arg(request.method, request.path));
}

HttpReply GbpGateway::createPayment(const HttpRequest &request)
{
    HttpReply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    auto field = [&](const char *name) { return body->value(QLatin1String(name)).toString(); };
    if (field("token") != m_config.token)
        return gbpError(401, kUnauthorized, QStringLiteral("token is not this merchant's token."));
    const QString referenceNo = field("referenceNo");
    static const QRegularExpression refPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!refPattern.match(referenceNo).hasMatch())
        return gbpError(400, kInvalidParameter, QStringLiteral("referenceNo must be 1 to 64 letters, digits, - or _."));
    const auto satang = gbpSatangFromBaht(field("amount"));
    if (!body->value(QStringLiteral("amount")).isString() || !satang || *satang < 1)
        return gbpError(400, kInvalidParameter,
                        QStringLiteral("amount must be a string of baht with at most two decimals, e.g. \"123.45\"."));
    const QString paymentType = body->contains(QStringLiteral("paymentType")) ? field("paymentType") : QStringLiteral("Q");
    if (paymentType != QLatin1String("Q") && paymentType != QLatin1String("C") && paymentType != QLatin1String("T"))
        return gbpError(400, kInvalidParameter, QStringLiteral("paymentType must be Q (QR), C (card) or T (TrueMoney)."));
    const QString backgroundUrl = field("backgroundUrl");
    const QByteArray expected = gbpChecksum(m_config.secretKey.toUtf8(), {field("amount"), referenceNo, backgroundUrl});
    if (field("checksum").toLatin1().toLower() != expected)
        return gbpError(401, kBadChecksum, QStringLiteral("checksum does not match amount + referenceNo + backgroundUrl "
                                                           "signed with the secret key."));
    QJsonObject canonical = *body;
    canonical.remove(QStringLiteral("checksum"));
    const QByteArray fingerprint = QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                                            QCryptographicHash::Sha256);
    if (const ChargeRecord *earlier = byReference(referenceNo)) {
        if (earlier->fingerprint != fingerprint)
            return gbpError(409, kDuplicateReference,
                            QStringLiteral("referenceNo %1 was already used for a different payment.").arg(referenceNo));
        return paymentReply(*earlier);
    }
    const QDateTime now = m_clock.utcNow();
    ChargeRecord record;
    record.gateway = kGateway;
    record.id = QStringLiteral("gbp%1").arg(m_book.countFor(kGateway) + 1, 12, 10, QLatin1Char('0'));
    record.idempotencyKey = referenceNo;
    record.fingerprint = fingerprint;
    record.amountSatang = *satang;
    record.method = methodFor(paymentType);
    record.created = record.updated = now;
    record.expiresAt = now.addMSecs(m_config.paymentExpiry.count());
    if (m_config.autoSettleAfter)
        record.settlesAt = now.addMSecs(m_config.autoSettleAfter->count());
    record.details = QJsonObject{{QStringLiteral("paymentType"), paymentType},
                                 {QStringLiteral("detail"), field("detail")},
                                 {QStringLiteral("backgroundUrl"), backgroundUrl},
                                 {QStringLiteral("responseUrl"), field("responseUrl")}};
    return paymentReply(m_book.add(record));
}

HttpReply GbpGateway::paymentReply(const ChargeRecord &c) const
{
    QUrl payment = m_baseUrl;
    payment.setPath(QStringLiteral("/gbp/pay/%1").arg(c.id));
    return HttpReply::json(200, QJsonObject{{QStringLiteral("resultCode"), kOk},
                                            {QStringLiteral("resultMessage"), QStringLiteral("Success")},
                                            {QStringLiteral("referenceNo"), c.idempotencyKey},
                                            {QStringLiteral("gbpReferenceNo"), c.id},
                                            {QStringLiteral("amount"), gbpBahtFromSatang(c.amountSatang)},
                                            {QStringLiteral("status"), statusLetter(c.status)},
                                            {QStringLiteral("paymentUrl"), payment.toString()}});
}

const ChargeRecord *GbpGateway::byReference(const QString &referenceNo) const
{
    return m_book.findByKey(kGateway, referenceNo);
}

HttpReply GbpGateway::checkStatus(const HttpRequest &request)
{
    HttpReply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QString referenceNo = body->value(QStringLiteral("referenceNo")).toString();
    const ChargeRecord *c = byReference(referenceNo);
    if (!c)
        return gbpError(404, kNotFound, QStringLiteral("No payment with referenceNo '%1'.").arg(referenceNo));
    return HttpReply::json(200, QJsonObject{{QStringLiteral("resultCode"), kOk}, {QStringLiteral("txn"), txnJson(*c)}});
}

HttpReply GbpGateway::voidPayment(const HttpRequest &request)
{
    HttpReply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QString referenceNo = body->value(QStringLiteral("referenceNo")).toString();
    const ChargeRecord *c = byReference(referenceNo);
    if (!c)
        return gbpError(404, kNotFound, QStringLiteral("No payment with referenceNo '%1'.").arg(referenceNo));
    auto moved = m_book.setStatus(c->id, ChargeStatus::Reversed, m_clock.utcNow());
    if (!moved)
        return gbpError(409, kNotVoidable, moved.error().message);
    return HttpReply::json(200, QJsonObject{{QStringLiteral("resultCode"), kOk},
                                            {QStringLiteral("txn"), txnJson(*byReference(referenceNo))}});
}

HttpReply GbpGateway::paymentPage(const QString &gbpReferenceNo, const HttpRequest &request)
{
    const ChargeRecord *c = m_book.find(gbpReferenceNo);
    if (!c || c->gateway != kGateway)
        return HttpReply::html(404, QStringLiteral("No payment %1 here.").arg(gbpReferenceNo));
    const QString result = request.query.queryItemValue(QStringLiteral("result"));
    if (result.isEmpty())
        return HttpReply::html(200, QStringLiteral("Pay %1 baht for %2 (status %3). Add ?result=success or ?result=fail "
                                                   "to this address to act as the customer.")
                                        .arg(gbpBahtFromSatang(c->amountSatang), c->idempotencyKey, statusLetter(c->status)));
    if (result != QLatin1String("success") && result != QLatin1String("fail"))
        return HttpReply::html(400, QStringLiteral("result must be success or fail."));
    const bool success = result == QLatin1String("success");
    auto moved = m_book.setStatus(gbpReferenceNo, success ? ChargeStatus::Successful : ChargeStatus::Failed,
                                  m_clock.utcNow(), success ? QString() : QStringLiteral("declined"));
    if (!moved)
        return HttpReply::html(409, moved.error().message);
    return HttpReply::html(200, QStringLiteral("Payment %1 is now %2.")
                                    .arg(gbpReferenceNo, statusLetter(m_book.find(gbpReferenceNo)->status)));
}

QJsonObject GbpGateway::txnJson(const ChargeRecord &c) const
{
    const QDateTime local = c.updated.toUTC();
    return QJsonObject{{QStringLiteral("amount"), gbpBahtFromSatang(c.amountSatang)},
                       {QStringLiteral("referenceNo"), c.idempotencyKey},
                       {QStringLiteral("gbpReferenceNo"), c.id},
                       {QStringLiteral("status"), statusLetter(c.status)},
                       {QStringLiteral("resultCode"), resultCodeFor(c.status)},
                       {QStringLiteral("paymentType"), c.details.value(QStringLiteral("paymentType"))},
                       {QStringLiteral("detail"), c.details.value(QStringLiteral("detail"))},
                       {QStringLiteral("date"), local.toString(QStringLiteral("ddMMyyyy"))},
                       {QStringLiteral("time"), local.toString(QStringLiteral("HHmmss"))}};
}

void GbpGateway::chargeChanged(const ChargeRecord &c)
{
    if (c.status == ChargeStatus::Pending)
        return;
    QUrl url(c.details.value(QStringLiteral("backgroundUrl")).toString());
    if (url.isEmpty())
        url = m_config.notifyUrl;
    if (url.isEmpty() || !url.isValid())
        return;
    QJsonObject notification = txnJson(c);
    const QString amount = gbpBahtFromSatang(c.amountSatang);
    notification.insert(QStringLiteral("checksum"),
                        QString::fromLatin1(gbpChecksum(m_config.secretKey.toUtf8(),
                                                        {amount, c.idempotencyKey, c.id, resultCodeFor(c.status)})));
    m_webhooks.enqueue(kGateway, QStringLiteral("payment.%1").arg(statusLetter(c.status)), url,
                       QJsonDocument(notification).toJson(QJsonDocument::Compact), "application/json", {});
}

} // namespace backroom::sandbox
