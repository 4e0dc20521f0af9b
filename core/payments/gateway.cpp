#include "payments/gateway.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace backroom::payments {

namespace {
const QStringList kMethodNames = {QStringLiteral("promptpay"), QStringLiteral("card"), QStringLiteral("truemoney"),
                                  QStringLiteral("shopeepay")};
const QStringList kStatusNames = {QStringLiteral("pending"), QStringLiteral("successful"), QStringLiteral("failed"),
                                  QStringLiteral("expired"), QStringLiteral("reversed")};
} // namespace

QString methodName(PaymentMethod method)
{
    return kMethodNames.at(int(method));
}

std::optional<PaymentMethod> methodFromName(const QString &name)
{
    const int i = kMethodNames.indexOf(name.trimmed().toLower());
    if (i < 0)
        return std::nullopt;
    return PaymentMethod(i);
}

const QList<PaymentMethod> &allMethods()
{
    static const QList<PaymentMethod> methods = {PaymentMethod::PromptPay, PaymentMethod::Card,
                                                 PaymentMethod::TrueMoney, PaymentMethod::ShopeePay};
    return methods;
}

QString chargeStatusName(ChargeStatus status)
{
    return kStatusNames.at(int(status));
}

std::optional<ChargeStatus> chargeStatusFromName(const QString &name)
{
    const int i = kStatusNames.indexOf(name);
    if (i < 0)
        return std::nullopt;
    return ChargeStatus(i);
}

GatewayOutcome GatewayOutcome::success(Charge charge)
{
    GatewayOutcome o;
    o.charge = std::move(charge);
    return o;
}

GatewayOutcome GatewayOutcome::failure(Fault fault, QString message, QString code, int httpStatus)
{
    GatewayOutcome o;
    o.fault = fault;
    o.message = std::move(message);
    o.code = std::move(code);
    o.httpStatus = httpStatus;
    return o;
}

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = i < a.size() ? a[i] : 0;
        const char y = i < b.size() ? b[i] : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}

QString satangToBaht(qint64 satang)
{
    return QStringLiteral("%1.%2").arg(satang / 100).arg(satang % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> bahtToSatang(const QString &baht)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const auto m = shape.match(baht.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

} // namespace backroom::payments

namespace backroom::payments {

GatewayOutcome outcomeOfFailedExchange(const QString &what, const net::HttpResponse &response)
{
    using K = net::HttpError::Kind;
    using F = GatewayOutcome::Fault;
    const QString kind = net::httpErrorKindName(response.error.kind);
    switch (response.error.kind) {
    case K::ConnectionRefused:
    case K::QueueFull:
    case K::InsecureUrl:
    case K::BadRequest:
    case K::Dns:
    case K::Tls:
        return GatewayOutcome::failure(F::NotCharged,
                                       PaymentsText::tr("%1: not sent (%2).").arg(what, response.error.message), kind);
    case K::HttpStatus: {
        if (response.status >= 500)
            return GatewayOutcome::failure(F::Unknown,
                                           PaymentsText::tr("%1: the gateway answered %2.").arg(what).arg(response.status),
                                           kind, response.status);
        return GatewayOutcome::failure(response.status == 404 ? F::NotFound : F::Rejected,
                                       PaymentsText::tr("%1: refused with %2: %3")
                                           .arg(what).arg(response.status)
                                           .arg(QString::fromUtf8(response.body.left(300))),
                                       kind, response.status);
    }
    case K::None:
        break;
    default:
        return GatewayOutcome::failure(F::Unknown,
                                       PaymentsText::tr("%1: no complete answer (%2).").arg(what, response.error.message),
                                       kind);
    }
    return GatewayOutcome::failure(F::Unknown, PaymentsText::tr("%1: unreadable answer.").arg(what));
}

QByteArray basicAuth(const QString &user)
{
    return QByteArrayLiteral("Basic ") + (user.toUtf8() + ':').toBase64();
}

} // namespace backroom::payments
