#include "channels/shopeeadapter.h"
#include "coretext.h"

#include "channels/signing.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace backroom::channels {
namespace {

const QString kUpdateStock = QStringLiteral("/api/v2/product/update_stock");
const QString kItemList = QStringLiteral("/api/v2/product/get_item_list");
const QString kItemBaseInfo = QStringLiteral("/api/v2/product/get_item_base_info");
const QString kOrderList = QStringLiteral("/api/v2/order/get_order_list");
const QString kOrderDetail = QStringLiteral("/api/v2/order/get_order_detail");
constexpr int kPageSize = 100;

bool isAuthError(const QString &code)
{
    return code == QLatin1String("error_sign") || code == QLatin1String("error_auth")
           || code == QLatin1String("error_permission") || code == QLatin1String("invalid_access_token")
           || code == QLatin1String("error_param_shop_id_not_found");
}

bool isServerError(const QString &code)
{
    return code == QLatin1String("error_server") || code == QLatin1String("error_inner")
           || code == QLatin1String("error_busi_timeout") || code == QLatin1String("error_network");
}

QString idText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString::number(qint64(v.toDouble()));
}

} // namespace

ShopeeAdapter::ShopeeAdapter(MarketplaceConfig config, net::Clock &clock) : MarketplaceAdapter(std::move(config), clock) {}

QUrl ShopeeAdapter::signedUrl(const QString &apiPath, const QUrlQuery &callParameters) const
{
    const qint64 timestamp = m_clock.utcNow().toSecsSinceEpoch();
    const qint64 partnerId = m_config.partnerId.toLongLong();
    const qint64 shopId = m_config.shopId.toLongLong();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("partner_id"), QString::number(partnerId));
    query.addQueryItem(QStringLiteral("timestamp"), QString::number(timestamp));
    query.addQueryItem(QStringLiteral("access_token"), m_config.accessToken);
    query.addQueryItem(QStringLiteral("shop_id"), QString::number(shopId));
    query.addQueryItem(QStringLiteral("sign"), QString::fromLatin1(shopeeSignature(m_config.secret, partnerId, apiPath,
                                                                                   timestamp, m_config.accessToken,
                                                                                   shopId)));
    for (const auto &[key, value] : callParameters.queryItems(QUrl::FullyDecoded))
        query.addQueryItem(key, value);
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + apiPath);
    url.setQuery(query);
    return url;
}

net::HttpRequest ShopeeAdapter::stockUpdateRequest(const StockUpdate &update) const
{
    const QJsonObject body{
        {QStringLiteral("item_id"), update.itemId.toLongLong()},
        {QStringLiteral("stock_list"),
         QJsonArray{QJsonObject{{QStringLiteral("model_id"), 0},
                                {QStringLiteral("seller_stock"),
                                 QJsonArray{QJsonObject{{QStringLiteral("location_id"), QString()},
                                                        {QStringLiteral("stock"), update.quantity}}}}}}}};
    auto request = net::HttpRequest::postJson(signedUrl(kUpdateStock, {}),
                                              QJsonDocument(body).toJson(QJsonDocument::Compact), caller());
    request.idempotent = true;   // setting an absolute quantity twice is harmless
    return request;
}

MarketplaceAnswer ShopeeAdapter::readEnvelope(const net::HttpResponse &response, QJsonObject *payload) const
{
    MarketplaceAnswer answer;
    answer.httpStatus = response.status;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QString code = doc.isObject() ? doc.object().value(QStringLiteral("error")).toString() : QString();
    if (code == QLatin1String("error_rate_limit") || response.status == 429) {
        if (auto transport = classifyTransport(response))
            return *transport;
        answer.kind = MarketplaceAnswer::Kind::RateLimited;
        answer.code = code;
        answer.message = doc.object().value(QStringLiteral("message")).toString();
        answer.retryAfter = std::chrono::seconds(1);
        return answer;
    }
    if (auto transport = classifyTransport(response); transport && (transport->kind == MarketplaceAnswer::Kind::Transport || !doc.isObject()))
        return *transport;
    if (!doc.isObject()) {
        answer.kind = MarketplaceAnswer::Kind::Malformed;
        answer.code = QStringLiteral("bad_json");
        answer.message = ChannelsText::tr("Shopee's answer is not JSON (%1 at offset %2).").arg(parseError.errorString()).arg(parseError.offset);
        return answer;
    }
    const QJsonObject root = doc.object();
    if (!code.isEmpty()) {
        answer.code = code;
        answer.message = root.value(QStringLiteral("message")).toString();
        answer.kind = isAuthError(code) ? MarketplaceAnswer::Kind::AuthFailed
                      : isServerError(code) || response.status >= 500 ? MarketplaceAnswer::Kind::ServerError
                                                                      : MarketplaceAnswer::Kind::Refused;
        return answer;
    }
    if (response.status >= 400) {
        answer.kind = response.status >= 500 ? MarketplaceAnswer::Kind::ServerError : MarketplaceAnswer::Kind::Refused;
        answer.code = QStringLiteral("http_%1").arg(response.status);
        answer.message = ChannelsText::tr("Shopee answered HTTP %1 without an error code.").arg(response.status);
        return answer;
    }
    if (!root.value(QStringLiteral("response")).isObject()) {
        answer.kind = MarketplaceAnswer::Kind::Malformed;
        answer.code = QStringLiteral("no_response");
        answer.message = ChannelsText::tr("Shopee's answer has no \"response\" object.");
        return answer;
    }
    *payload = root.value(QStringLiteral("response")).toObject();
    return answer;
}

MarketplaceAnswer ShopeeAdapter::readStockUpdate(const net::HttpResponse &response) const
{
    QJsonObject payload;
    MarketplaceAnswer answer = readEnvelope(response, &payload);
    if (!answer.ok())
        return answer;
    const QJsonArray failures = payload.value(QStringLiteral("failure_list")).toArray();
    if (!failures.isEmpty()) {
        answer.kind = MarketplaceAnswer::Kind::Refused;
        answer.code = QStringLiteral("failure_list");
        answer.message = failures.first().toObject().value(QStringLiteral("failed_reason")).toString();
        return answer;
    }
    if (payload.value(QStringLiteral("success_list")).toArray().isEmpty()) {
        answer.kind = MarketplaceAnswer::Kind::Malformed;
        answer.code = QStringLiteral("empty_success_list");
        answer.message = ChannelsText::tr("Shopee confirmed no stock change (empty success_list).");
    }
    return answer;
}

net::HttpRequest ShopeeAdapter::itemListRequest(const QString &offset) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), offset.isEmpty() ? QStringLiteral("0") : offset);
    q.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("item_status"), QStringLiteral("NORMAL"));
    auto request = net::HttpRequest::get(signedUrl(kItemList, q), caller());
    request.idempotent = true;
    return request;
}

Result<ItemPage> ShopeeAdapter::readItemList(const net::HttpResponse &response) const
{
    QJsonObject payload;
    const MarketplaceAnswer answer = readEnvelope(response, &payload);
    if (!answer.ok())
        return answerError(answer);
    ItemPage page;
    for (const QJsonValue &v : payload.value(QStringLiteral("item")).toArray())
        page.itemIds << idText(v.toObject().value(QStringLiteral("item_id")));
    if (payload.value(QStringLiteral("has_next_page")).toBool())
        page.nextOffset = idText(payload.value(QStringLiteral("next_offset")));
    return page;
}

net::HttpRequest ShopeeAdapter::itemInfoRequest(const QStringList &itemIds) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("item_id_list"), itemIds.join(QLatin1Char(',')));
    auto request = net::HttpRequest::get(signedUrl(kItemBaseInfo, q), caller());
    request.idempotent = true;
    return request;
}

Result<QMap<QString, QString>> ShopeeAdapter::readItemInfo(const net::HttpResponse &response) const
{
    QJsonObject payload;
    const MarketplaceAnswer answer = readEnvelope(response, &payload);
    if (!answer.ok())
        return answerError(answer);
    QMap<QString, QString> skuByItem;
    for (const QJsonValue &v : payload.value(QStringLiteral("item_list")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString sku = item.value(QStringLiteral("item_sku")).toString();
        if (!sku.isEmpty())
            skuByItem.insert(idText(item.value(QStringLiteral("item_id"))), sku);
    }
    return skuByItem;
}

net::HttpRequest ShopeeAdapter::orderListRequest(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                 const QString &cursor) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("time_range_field"), QStringLiteral("create_time"));
    q.addQueryItem(QStringLiteral("time_from"), QString::number(fromUtc.toSecsSinceEpoch()));
    q.addQueryItem(QStringLiteral("time_to"), QString::number(toUtc.toSecsSinceEpoch()));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("cursor"), cursor.isEmpty() ? QStringLiteral("0") : cursor);
    auto request = net::HttpRequest::get(signedUrl(kOrderList, q), caller());
    request.idempotent = true;
    return request;
}

Result<OrderPage> ShopeeAdapter::readOrderList(const net::HttpResponse &response, const QString &) const
{
    QJsonObject payload;
    const MarketplaceAnswer answer = readEnvelope(response, &payload);
    if (!answer.ok())
        return answerError(answer);
    OrderPage page;
    for (const QJsonValue &v : payload.value(QStringLiteral("order_list")).toArray())
        page.orderIds << v.toObject().value(QStringLiteral("order_sn")).toString();
    if (payload.value(QStringLiteral("more")).toBool())
        page.nextCursor = payload.value(QStringLiteral("next_cursor")).toString();
    return page;
}

net::HttpRequest ShopeeAdapter::orderDetailRequest(const QStringList &orderIds) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("order_sn_list"), orderIds.mid(0, maxOrdersPerDetailCall()).join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("response_optional_fields"), QStringLiteral("item_list"));
    auto request = net::HttpRequest::get(signedUrl(kOrderDetail, q), caller());
    request.idempotent = true;
    return request;
}

Result<QList<MarketplaceOrder>> ShopeeAdapter::readOrderDetail(const net::HttpResponse &response,
                                                               const QStringList &) const
{
    QJsonObject payload;
    const MarketplaceAnswer answer = readEnvelope(response, &payload);
    if (!answer.ok())
        return answerError(answer);
    QList<MarketplaceOrder> orders;
    for (const QJsonValue &v : payload.value(QStringLiteral("order_list")).toArray()) {
        const QJsonObject o = v.toObject();
        MarketplaceOrder order;
        order.externalId = o.value(QStringLiteral("order_sn")).toString();
        order.status = o.value(QStringLiteral("order_status")).toString();
        order.createdUtc = QDateTime::fromSecsSinceEpoch(qint64(o.value(QStringLiteral("create_time")).toDouble()), Qt::UTC);
        for (const QJsonValue &line : o.value(QStringLiteral("item_list")).toArray()) {
            const QJsonObject item = line.toObject();
            const QString modelSku = item.value(QStringLiteral("model_sku")).toString();
            const QString sku = modelSku.isEmpty() ? item.value(QStringLiteral("item_sku")).toString() : modelSku;
            order.quantityBySku[sku] += item.value(QStringLiteral("model_quantity_purchased")).toInt();
        }
        if (!order.externalId.isEmpty())
            orders.append(order);
    }
    return orders;
}

} // namespace backroom::channels
