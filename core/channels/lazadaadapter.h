#pragma once
// LazadaAdapter: Lazada Open Platform. Every call carries app_key, timestamp (milliseconds),
// sign_method=sha256, access_token and sign = lazadaSignature(app secret, api path + sorted parameters).
// Stock: POST /product/price_quantity/update with the form parameter payload=<Request><Product><Skus><Sku>
// <SellerSku>SKU</SellerSku><Quantity>Q</Quantity></Sku></Skus></Product></Request> (SellerSku is our SKU,
// no item id needed); orders: GET /orders/get?created_after=... (offset paging) and /order/items/get per
// order (one item per unit). Answers are {"code": "0", ...} or {"code": "<Error>", "message"}, often with
// HTTP 200, so the code decides. Pure request building and answer reading; any thread.

#include "channels/marketplaceadapter.h"

#include <QJsonValue>
#include <QUrlQuery>

namespace backroom::channels {

class LazadaAdapter : public MarketplaceAdapter {
public:
    LazadaAdapter(MarketplaceConfig config, net::Clock &clock);

    bool needsItemId() const override { return false; }
    net::HttpRequest stockUpdateRequest(const StockUpdate &update) const override;
    MarketplaceAnswer readStockUpdate(const net::HttpResponse &response) const override;

    net::HttpRequest orderListRequest(const QDateTime &fromUtc, const QDateTime &toUtc,
                                      const QString &cursor) const override;
    Result<OrderPage> readOrderList(const net::HttpResponse &response, const QString &cursor) const override;
    int maxOrdersPerDetailCall() const override { return 1; }
    net::HttpRequest orderDetailRequest(const QStringList &orderIds) const override;
    Result<QList<MarketplaceOrder>> readOrderDetail(const net::HttpResponse &response,
                                                    const QStringList &orderIds) const override;

    // The common parameters plus the call's, signed (sign included).
    QUrlQuery signedParameters(const QString &apiPath, const QUrlQuery &callParameters) const;
    // Reads the envelope: "data" (object or array), or how the call failed.
    MarketplaceAnswer readEnvelope(const net::HttpResponse &response, QJsonValue *data) const;

private:
    QUrl urlFor(const QString &apiPath) const;
};

} // namespace backroom::channels
