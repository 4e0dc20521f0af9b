#include "channels/lazadaadapter.h"
#include "coretext.h"

#include "channels/signing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backroom::channels {
namespace {

const QString kPriceQuantityUpdate = QStringLiteral("/product/price_quantity/update");
const QString kOrdersGet = QStringLiteral("/orders/get");
const QString kOrderItemsGet = QStringLiteral("/order/items/get");
constexpr int kPageSize = 100;

bool isAuthError(const QString &code)
{
    return code == QLatin1String("IncompleteSignature") || code == QLatin1String("InvalidSignature")
           || code == QLatin1String("IllegalAccessToken") || code == QLatin1String("InvalidAppKey")
           || code == QLatin1String("AppKeyNotExist") || code == QLatin1String("MissingAppKey")
           || code == QLatin1String("IllegalTimestamp") || code == QLatin1String("InsufficientPermission");
}

bool isRateLimit(const QString &code)
{
    return code == QLatin1String("ApiCallLimit") || code == QLatin1String("AppCallLimit")
           || code == QLatin1String("SellerCallLimit");
}

bool isServerError(const QString &code, const QString &type)
{
    return type == QLatin1String("ISP") || type == QLatin1String("SYSTEM") || code == QLatin1String("ServiceTimeout")
           || code == QLatin1String("InternalError") || code == QLatin1String("ServiceUnavailable");
}

QString xmlEscaped(const QString &text) { return text.toHtmlEscaped(); }

// Lazada writes times as "2026-01-01 07:00:00 +0700".
QDateTime lazadaTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString idText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString::number(qint64(v.toDouble()));
}

} // namespace

LazadaAdapter::LazadaAdapter(MarketplaceConfig config, net::Clock &clock) : MarketplaceAdapter(std::move(config), clock) {}

QUrlQuery LazadaAdapter::signedParameters(const QString &apiPath, const QUrlQuery &callParameters) const
{
    QMap<QString, QString> params;
    params.insert(QStringLiteral("app_key"), m_config.partnerId);
    params.insert(QStringLiteral("timestamp"), QString::number(m_clock.utcNow().toMSecsSinceEpoch()));
    params.insert(QStringLiteral("sign_method"), QStringLiteral("sha256"));
    params.insert(QStringLiteral("access_token"), m_config.accessToken);
    for (const auto &[key, value] : callParameters.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    params.insert(QStringLiteral("sign"), QString::fromLatin1(lazadaSignature(m_config.secret, apiPath, params)));
    QUrlQuery query;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.addQueryItem(it.key(), QString::fromUtf8(QUrl::toPercentEncoding(it.value())));
    return query;
}

QUrl LazadaAdapter::urlFor(const QString &apiPath) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + apiPath);
    return url;
}

net::HttpRequest LazadaAdapter::stockUpdateRequest(const StockUpdate &update) const
{
    const QString payload = QStringLiteral("<Request><Product><Skus><Sku><SellerSku>%1</SellerSku><Quantity>%2</Quantity>"
                                           "</Sku></Skus></Product></Request>")
                                .arg(xmlEscaped(update.sku))
                                .arg(update.quantity);
    QUrlQuery call;
    call.addQueryItem(QStringLiteral("payload"), payload);
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = urlFor(kPriceQuantityUpdate);
    request.body = signedParameters(kPriceQuantityUpdate, call).query(QUrl::FullyEncoded).toUtf8();
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.caller = caller();
    request.idempotent = true;   // an absolute quantity
    return request;
}

MarketplaceAnswer LazadaAdapter::readEnvelope(const net::HttpResponse &response, QJsonValue *data) const
{
    if (auto transport = classifyTransport(response); transport && transport->kind == MarketplaceAnswer::Kind::Transport)
        return *transport;
    MarketplaceAnswer answer;
    answer.httpStatus = response.status;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject root = doc.object();
    const QString code = root.value(QStringLiteral("code")).toString();
    if (isRateLimit(code) || response.status == 429) {
        answer = classifyTransport(response).value_or(answer);
        answer.kind = MarketplaceAnswer::Kind::RateLimited;
        answer.code = code.isEmpty() ? answer.code : code;
        if (!answer.retryAfter)
            answer.retryAfter = std::chrono::seconds(1);
        return answer;
    }
    if (!doc.isObject() || code.isEmpty()) {
        if (auto transport = classifyTransport(response))
            return *transport;
        answer.kind = MarketplaceAnswer::Kind::Malformed;
        answer.code = QStringLiteral("bad_json");
        answer.message = doc.isObject() ? ChannelsText::tr("Lazada's answer has no \"code\".")
                                        : ChannelsText::tr("Lazada's answer is not JSON (%1 at offset %2).")
                                              .arg(parseError.errorString()).arg(parseError.offset);
        return answer;
    }
    if (code != QLatin1String("0")) {
        answer.code = code;
        answer.message = root.value(QStringLiteral("message")).toString();
        const QJsonArray detail = root.value(QStringLiteral("detail")).toArray();
        if (!detail.isEmpty())
            answer.message += QStringLiteral(" (") + detail.first().toObject().value(QStringLiteral("message")).toString()
                              + QLatin1Char(')');
        answer.kind = isAuthError(code) ? MarketplaceAnswer::Kind::AuthFailed
                      : isServerError(code, root.value(QStringLiteral("type")).toString()) || response.status >= 500
                          ? MarketplaceAnswer::Kind::ServerError
                          : MarketplaceAnswer::Kind::Refused;
        return answer;
    }
    if (auto transport = classifyTransport(response))
        return *transport;
    *data = root.value(QStringLiteral("data"));
    return answer;
}

MarketplaceAnswer LazadaAdapter::readStockUpdate(const net::HttpResponse &response) const
{
    QJsonValue data;
    return readEnvelope(response, &data);
}

net::HttpRequest LazadaAdapter::orderListRequest(const QDateTime &fromUtc, const QDateTime &,
                                                 const QString &cursor) const
{
    QUrlQuery call;
    call.addQueryItem(QStringLiteral("created_after"), fromUtc.toUTC().toString(Qt::ISODate));
    call.addQueryItem(QStringLiteral("offset"), cursor.isEmpty() ? QStringLiteral("0") : cursor);
    call.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    call.addQueryItem(QStringLiteral("sort_direction"), QStringLiteral("ASC"));
    QUrl url = urlFor(kOrdersGet);
    url.setQuery(signedParameters(kOrdersGet, call));
    auto request = net::HttpRequest::get(url, caller());
    request.idempotent = true;
    return request;
}

Result<OrderPage> LazadaAdapter::readOrderList(const net::HttpResponse &response, const QString &cursor) const
{
    QJsonValue data;
    const MarketplaceAnswer answer = readEnvelope(response, &data);
    if (!answer.ok())
        return answerError(answer);
    OrderPage page;
    const QJsonArray orders = data.toObject().value(QStringLiteral("orders")).toArray();
    for (const QJsonValue &v : orders)
        page.orderIds << idText(v.toObject().value(QStringLiteral("order_id")));
    if (orders.size() == kPageSize)
        page.nextCursor = QString::number(cursor.toLongLong() + orders.size());
    return page;
}

net::HttpRequest LazadaAdapter::orderDetailRequest(const QStringList &orderIds) const
{
    QUrlQuery call;
    call.addQueryItem(QStringLiteral("order_id"), orderIds.value(0));
    QUrl url = urlFor(kOrderItemsGet);
    url.setQuery(signedParameters(kOrderItemsGet, call));
    auto request = net::HttpRequest::get(url, caller());
    request.idempotent = true;
    return request;
}

Result<QList<MarketplaceOrder>> LazadaAdapter::readOrderDetail(const net::HttpResponse &response,
                                                               const QStringList &orderIds) const
{
    QJsonValue data;
    const MarketplaceAnswer answer = readEnvelope(response, &data);
    if (!answer.ok())
        return answerError(answer);
    MarketplaceOrder order;
    order.externalId = orderIds.value(0);
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject item = v.toObject();
        order.quantityBySku[item.value(QStringLiteral("sku")).toString()] += 1;   // one entry per unit
        order.status = item.value(QStringLiteral("status")).toString();
        order.createdUtc = lazadaTime(item.value(QStringLiteral("created_at")).toString());
    }
    if (order.quantityBySku.isEmpty())
        return QList<MarketplaceOrder>{};
    return QList<MarketplaceOrder>{order};
}

} // namespace backroom::channels
