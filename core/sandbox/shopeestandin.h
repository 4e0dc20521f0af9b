#pragma once
// ShopeeStandIn: a local stand-in shaped like Shopee Open Platform v2 for one shop: stock update, item
// lookup and orders, with the platform's request signing (partner_id, timestamp, access_token, shop_id,
// sign = channels::shopeeSignature), its error envelope ({"error": code, "message", "request_id"}) and its
// rate-limit answer (HTTP 429 error_rate_limit). Listings, orders, the call record and the faults are the
// base's (MarketStandIn). Written from the public shapes only. Endpoints: docs/marketplaces.md.
// Not thread-safe; lives on the sandbox's thread.

#include "sandbox/marketstandin.h"

#include <QUrl>
#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace backroom::sandbox {

struct ShopeeConfig {
    qint64 partnerId = 2000001;
    QByteArray partnerKey = "shopee_partner_key_sandbox";
    qint64 shopId = 10001;
    QString accessToken = QStringLiteral("shopee_access_token_sandbox");
    // Where to send order status pushes (push code 3, signed like Shopee's: Authorization = hex
    // HMAC-SHA256(partner key, URL + "|" + body)) when an order is placed or changes; empty: none.
    // Also settable at run time: POST /control/shopee/push {"url": ...}.
    QUrl pushUrl;
};

class WebhookSender;

class ShopeeStandIn : public MarketStandIn {
public:
    ShopeeStandIn(const net::Clock &clock, ShopeeConfig config, quint64 seed = 0);
    ~ShopeeStandIn() override;
    const ShopeeConfig &config() const { return m_config; }

    Status setPushUrl(const QUrl &url) override;
    QJsonObject pushJson() const override;   // url, supported, and the deliveries (state, attempts, last_error)

protected:
    std::optional<HttpReply> authenticate(const HttpRequest &request, QString *shop) override;
    HttpReply dispatch(const HttpRequest &request) override;
    HttpReply refusal(Refusal why) const override;
    QString errorCodeIn(const HttpReply &reply) const override;
    QString newOrderId() override;
    void orderChanged(const MarketOrder &order) override;
    QStringList orderStatuses() const override;
    qint64 firstItemId() const override { return 1000001000; }

private:
    HttpReply updateStock(const HttpRequest &request);
    HttpReply itemBaseInfo(const HttpRequest &request);
    HttpReply itemList(const HttpRequest &request);
    HttpReply orderList(const HttpRequest &request);
    HttpReply orderDetail(const HttpRequest &request);
    HttpReply success(const QJsonObject &response);
    HttpReply error(int status, const QString &code, const QString &message) const;

    ShopeeConfig m_config;
    int m_nextOrder = 1;
    std::unique_ptr<WebhookSender> m_pushes;   // made at the first push, on the stand-in's thread
    std::unique_ptr<QTimer> m_pushPump;        // retries: WebhookSender sends what is due when pumped
};

} // namespace backroom::sandbox
