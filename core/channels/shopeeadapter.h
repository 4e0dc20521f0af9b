#pragma once
// ShopeeAdapter: Shopee Open Platform v2, shop-level calls. Every call carries partner_id, timestamp
// (seconds), access_token, shop_id and sign = shopeeSignature(partner key, partner_id + path + timestamp +
// access_token + shop_id). Stock: POST /api/v2/product/update_stock (one item, model 0, one location);
// listings: get_item_list + get_item_base_info (item_sku is our SKU); orders: get_order_list (create_time
// window, cursor) + get_order_detail (up to 50 order_sn). Errors come as {"error": code, "message"}.
// Pure request building and answer reading; any thread.

#include "channels/marketplaceadapter.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace backroom::channels {

class ShopeeAdapter : public MarketplaceAdapter {
public:
    ShopeeAdapter(MarketplaceConfig config, net::Clock &clock);

    bool needsItemId() const override { return true; }
    net::HttpRequest stockUpdateRequest(const StockUpdate &update) const override;
    MarketplaceAnswer readStockUpdate(const net::HttpResponse &response) const override;

    net::HttpRequest itemListRequest(const QString &offset) const override;
    Result<ItemPage> readItemList(const net::HttpResponse &response) const override;
    net::HttpRequest itemInfoRequest(const QStringList &itemIds) const override;
    Result<QMap<QString, QString>> readItemInfo(const net::HttpResponse &response) const override;

    net::HttpRequest orderListRequest(const QDateTime &fromUtc, const QDateTime &toUtc,
                                      const QString &cursor) const override;
    Result<OrderPage> readOrderList(const net::HttpResponse &response, const QString &cursor) const override;
    int maxOrdersPerDetailCall() const override { return 50; }
    net::HttpRequest orderDetailRequest(const QStringList &orderIds) const override;
    Result<QList<MarketplaceOrder>> readOrderDetail(const net::HttpResponse &response,
                                                    const QStringList &orderIds) const override;

    // The signed URL of an API path with the call's own parameters added.
    QUrl signedUrl(const QString &apiPath, const QUrlQuery &callParameters) const;
    // Reads the envelope: the "response" object, or how the call failed.
    MarketplaceAnswer readEnvelope(const net::HttpResponse &response, QJsonObject *payload) const;
};

} // namespace backroom::channels
