#include "channels/orderpush.h"
#include "coretext.h"

#include "channels/signing.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace backroom::channels {

OrderPushVerdict readShopeeOrderPush(const QByteArray &partnerKey, const QString &shopId, const QString &callbackUrl,
                                     const QByteArray &body, const QByteArray &authorization)
{
    if (partnerKey.isEmpty())
        return {503, ChannelsText::tr("Shopee is not configured here (no partner key): push refused."), {}};
    const QByteArray expected = shopeePushSignature(partnerKey, callbackUrl, body);
    if (authorization.isEmpty() || !signaturesEqual(authorization.trimmed().toLower(), expected))
        return {401, ChannelsText::tr("Wrong push signature (Authorization is not HMAC-SHA256 of the callback URL "
                                      "and body with the partner key)."), {}};
    if (body.trimmed().isEmpty())
        return {200, ChannelsText::tr("Push endpoint is available."), {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return {400, ChannelsText::tr("A push is a JSON object: %1.").arg(parseError.errorString()), {}};
    const QJsonObject push = doc.object();
    const QJsonValue shop = push.value(QStringLiteral("shop_id"));
    const QString pushShop = shop.isDouble() ? QString::number(qint64(shop.toDouble())) : shop.toString();
    if (!shopId.isEmpty() && pushShop != shopId)
        return {400, ChannelsText::tr("Push for shop %1, but this is shop %2.").arg(pushShop, shopId), {}};
    if (push.value(QStringLiteral("code")).toInt(-1) != kShopeeOrderStatusPush)
        return {200, ChannelsText::tr("Push code %1 is not read here.").arg(push.value(QStringLiteral("code")).toInt(-1)), {}};
    const QString orderSn = push.value(QStringLiteral("data")).toObject().value(QStringLiteral("ordersn")).toString();
    if (orderSn.isEmpty() || orderSn.size() > 100)
        return {400, ChannelsText::tr("An order status push needs data.ordersn."), {}};
    return {200, ChannelsText::tr("Order %1 will be fetched.").arg(orderSn), {orderSn}};
}

} // namespace backroom::channels
