#include "channels/signing.h"

#include <QMessageAuthenticationCode>

namespace backroom::channels {

QByteArray shopeeSignature(const QByteArray &partnerKey, qint64 partnerId, const QString &apiPath,
                           qint64 timestamp, const QString &accessToken, qint64 shopId)
{
    QByteArray base = QByteArray::number(partnerId) + apiPath.toUtf8() + QByteArray::number(timestamp);
    if (!accessToken.isEmpty() || shopId != 0)
        base += accessToken.toUtf8() + QByteArray::number(shopId);
    return QMessageAuthenticationCode::hash(base, partnerKey, QCryptographicHash::Sha256).toHex();
}

QByteArray lazadaSignature(const QByteArray &appSecret, const QString &apiPath,
                           const QMap<QString, QString> &parameters)
{
    QByteArray base = apiPath.toUtf8();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {   // QMap iterates in key order
        if (it.key() == QLatin1String("sign"))
            continue;
        base += it.key().toUtf8() + it.value().toUtf8();
    }
    return QMessageAuthenticationCode::hash(base, appSecret, QCryptographicHash::Sha256).toHex().toUpper();
}

QByteArray shopeePushSignature(const QByteArray &partnerKey, const QString &callbackUrl, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(callbackUrl.toUtf8() + '|' + body, partnerKey, QCryptographicHash::Sha256)
        .toHex();
}

bool signaturesEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace backroom::channels
