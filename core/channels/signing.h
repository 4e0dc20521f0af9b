#pragma once
// Request signatures of the marketplaces' open platforms, shared by our adapters (which sign) and the
// sandbox stand-ins (which verify), so that pointing an adapter at the real platform is configuration.
//  - Shopee Open Platform v2: sign = lowercase hex HMAC-SHA256(partner_key,
//      partner_id + api path + timestamp + access_token + shop_id)   (shop-level calls; public calls omit
//      the last two, pass an empty token and shopId 0).
//  - Lazada Open Platform: sign = UPPERCASE hex HMAC-SHA256(app_secret,
//      api path + every parameter but "sign", sorted by key, each as key + value).
//  - Shopee push (webhook) notifications: header Authorization = lowercase hex HMAC-SHA256(partner_key,
//      callback URL + "|" + request body).
// Pure functions (QtCore only), any thread.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace backroom::channels {

QByteArray shopeeSignature(const QByteArray &partnerKey, qint64 partnerId, const QString &apiPath,
                           qint64 timestamp, const QString &accessToken = QString(), qint64 shopId = 0);

QByteArray lazadaSignature(const QByteArray &appSecret, const QString &apiPath,
                           const QMap<QString, QString> &parameters);

QByteArray shopeePushSignature(const QByteArray &partnerKey, const QString &callbackUrl, const QByteArray &body);

// Constant-time comparison, for the verifying side.
bool signaturesEqual(const QByteArray &a, const QByteArray &b);

} // namespace backroom::channels
