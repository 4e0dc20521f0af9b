#include "lazadastandin.h"

#include "channels/signing.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <algorithm>

namespace backroom::sandbox {

namespace {

constexpr qint64 kTimestampToleranceMs = 300000;
constexpr int kMaxPageSize = 100;
constexpr int kBangkokOffsetSeconds = 7 * 3600;

const QString kUpdatePriceQuantity = QStringLiteral("/product/price_quantity/update");
const QString kItemGet = QStringLiteral("/product/item/get");
const QString kOrdersGet = QStringLiteral("/orders/get");
const QString kOrderItemsGet = QStringLiteral("/order/items/get");

struct SkuQuantity {
    QString sellerSku;
    std::optional<qint64> quantity;
};

// The <Sku> entries of a price_quantity/update payload; nullopt if it is not well-formed XML.
std::optional<QList<SkuQuantity>> skusIn(const QString &payload)
{
    QXmlStreamReader xml(payload);
    QList<SkuQuantity> skus;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Sku")) {
            skus.append(SkuQuantity{});
        } else if (!skus.isEmpty() && xml.name() == QLatin1String("SellerSku")) {
            skus.last().sellerSku = xml.readElementText().trimmed();
        } else if (!skus.isEmpty()
                   && (xml.name() == QLatin1String("Quantity") || xml.name() == QLatin1String("SellableQuantity"))) {
            bool ok = false;
            const qint64 q = xml.readElementText().trimmed().toLongLong(&ok);
            skus.last().quantity = ok ? std::optional<qint64>(q) : std::optional<qint64>(-1);
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return skus;
}

// Query parameters and, for a form POST, the form's: what the signature covers.
QMap<QString, QString> parametersOf(const HttpRequest &request)
{
    QMap<QString, QString> params;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    if (request.isWrite() && request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        QByteArray form = request.body;
        form.replace('+', ' ');   // form encoding writes spaces as '+'; QUrlQuery would keep them
        for (const auto &[key, value] : QUrlQuery(QString::fromUtf8(form)).queryItems(QUrl::FullyDecoded))
            params.insert(key, value);
    }
    return params;
}

} // namespace

LazadaStandIn::LazadaStandIn(const net::Clock &clock, LazadaConfig config, quint64 seed)
    : MarketStandIn(QStringLiteral("lazada"), clock, seed), m_config(std::move(config))
{
}

QString LazadaStandIn::apiPath(const HttpRequest &request)
{
    return request.path.startsWith(QLatin1String("/rest/")) ? request.path.mid(5) : request.path;
}

HttpReply LazadaStandIn::error(int status, const QString &code, const QString &message, const QJsonArray &detail) const
{
    QJsonObject body{{QStringLiteral("code"), code},
                     {QStringLiteral("type"), status >= 500 || status == 429 ? QStringLiteral("ISP") : QStringLiteral("ISV")},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("request_id"), QString()}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return HttpReply::json(status, body);
}

HttpReply LazadaStandIn::success(const QJsonValue &data)
{
    QJsonObject body{{QStringLiteral("code"), QStringLiteral("0")}, {QStringLiteral("request_id"), nextRequestId()}};
    if (!data.isUndefined())
        body.insert(QStringLiteral("data"), data);
    return HttpReply::json(200, body);
}

HttpReply LazadaStandIn::refusal(Refusal why) const
{
    switch (why) {
    case Refusal::ServerError:
        return error(500, QStringLiteral("InternalError"),
                     QStringLiteral("The platform failed (sandbox error fault); nothing was done, retry later."));
    case Refusal::RateLimit:
        return error(429, QStringLiteral("ApiCallLimit"), QStringLiteral("The request is too frequent; slow down and retry."));
    case Refusal::WrongSignature:
        return error(200, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to platform standards."));
    case Refusal::BadJson: {
        HttpReply broken;
        broken.body = R"({"code":"0","data":{"count":)";
        return broken;
    }
    case Refusal::None: break;
    }
    return error(500, QStringLiteral("InternalError"), QStringLiteral("Unknown refusal."));
}

QString LazadaStandIn::errorCodeIn(const HttpReply &reply) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    if (!doc.isObject())
        return QStringLiteral("bad_json");
    const QString code = doc.object().value(QStringLiteral("code")).toString();
    return code == QLatin1String("0") ? QString() : code;
}

QStringList LazadaStandIn::orderStatuses() const
{
    return {QStringLiteral("pending"), QStringLiteral("unpaid"), QStringLiteral("packed"),
            QStringLiteral("ready_to_ship"), QStringLiteral("shipped"), QStringLiteral("delivered"),
            QStringLiteral("canceled"), QStringLiteral("returned")};
}

QString LazadaStandIn::newOrderId()
{
    return QString::number(m_nextOrder++);
}

bool LazadaStandIn::validOrderId(const QString &id) const
{
    bool ok = false;
    return id.toLongLong(&ok) > 0 && ok;
}

QString LazadaStandIn::lazadaTime(const QDateTime &utc) const
{
    return utc.toOffsetFromUtc(kBangkokOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" +0700");
}

std::optional<HttpReply> LazadaStandIn::authenticate(const HttpRequest &request, QString *shop)
{
    m_params = parametersOf(request);
    for (const QString &name : {QStringLiteral("app_key"), QStringLiteral("timestamp"), QStringLiteral("sign_method"),
                                QStringLiteral("access_token")})
        if (!m_params.contains(name))
            return error(200, QStringLiteral("MissingParameter"), QStringLiteral("Missing parameter %1.").arg(name));
    *shop = m_params.value(QStringLiteral("access_token"));
    if (m_params.value(QStringLiteral("app_key")) != m_config.appKey)
        return error(200, QStringLiteral("InvalidAppKey"), QStringLiteral("app_key %1 is not known.")
                                                               .arg(m_params.value(QStringLiteral("app_key"))));
    if (m_params.value(QStringLiteral("sign_method")) != QLatin1String("sha256"))
        return error(200, QStringLiteral("IncompleteSignature"), QStringLiteral("sign_method must be sha256."));
    const QByteArray expected = channels::lazadaSignature(m_config.appSecret, apiPath(request), m_params);
    const QByteArray given = m_params.value(QStringLiteral("sign")).toLatin1();
    if (given.isEmpty() || !channels::signaturesEqual(given, expected))
        return error(200, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to platform standards."));
    bool ok = false;
    const qint64 timestamp = m_params.value(QStringLiteral("timestamp")).toLongLong(&ok);
    if (!ok || std::abs(clock().utcNow().toMSecsSinceEpoch() - timestamp) > kTimestampToleranceMs)
        return error(200, QStringLiteral("InvalidTimestamp"),
                     QStringLiteral("timestamp (milliseconds) is more than 5 minutes from the server's time."));
    if (*shop != m_config.accessToken)
        return error(200, QStringLiteral("IllegalAccessToken"), QStringLiteral("The access token is not valid."));
    return std::nullopt;
}

HttpReply LazadaStandIn::dispatch(const HttpRequest &request)
{
    const QString path = apiPath(request);
    const bool get = request.method == QLatin1String("GET");
    if (path == kUpdatePriceQuantity && request.method == QLatin1String("POST"))
        return updatePriceQuantity(m_params);
    if (path == kItemGet && get)
        return getItem(m_params);
    if (path == kOrdersGet && get)
        return getOrders(m_params);
    if (path == kOrderItemsGet && get)
        return getOrderItems(m_params);
    return error(404, QStringLiteral("InvalidApiPath"),
                 QStringLiteral("No such API in the sandbox: %1 %2.").arg(request.method, request.path));
}

HttpReply LazadaStandIn::updatePriceQuantity(const QMap<QString, QString> &params)
{
    const auto skus = skusIn(params.value(QStringLiteral("payload")));
    if (!skus || skus->isEmpty())
        return error(200, QStringLiteral("InvalidParameter"),
                     QStringLiteral("payload must be <Request><Product><Skus><Sku>... with at least one Sku."));
    QJsonArray problems;
    for (const SkuQuantity &sku : *skus) {
        if (!listingBySku(sku.sellerSku))
            problems.append(QJsonObject{{QStringLiteral("seller_sku"), sku.sellerSku},
                                        {QStringLiteral("message"), QStringLiteral("SellerSku not found.")}});
        else if (!sku.quantity || *sku.quantity < 0 || *sku.quantity > 1000000000)
            problems.append(QJsonObject{{QStringLiteral("seller_sku"), sku.sellerSku},
                                        {QStringLiteral("message"), QStringLiteral("Quantity must be a whole number of 0 or more.")}});
    }
    if (!problems.isEmpty())   // nothing is changed when any Sku is refused
        return error(200, QStringLiteral("InvalidParameter"), QStringLiteral("Some SKUs were refused; none was updated."),
                     problems);
    for (const SkuQuantity &sku : *skus) {
        Listing *listing = mutableListingBySku(sku.sellerSku);
        notePushed(QJsonObject{{QStringLiteral("sku"), sku.sellerSku}, {QStringLiteral("item_id"), listing->itemId},
                               {QStringLiteral("stock"), int(*sku.quantity)}});
        setStock(*listing, int(*sku.quantity));
    }
    return success(QJsonValue::Undefined);
}

HttpReply LazadaStandIn::getItem(const QMap<QString, QString> &params)
{
    const Listing *listing = params.contains(QStringLiteral("item_id"))
                                 ? listingByItem(params.value(QStringLiteral("item_id")).toLongLong())
                                 : listingBySku(params.value(QStringLiteral("seller_sku")));
    if (!listing)
        return error(200, QStringLiteral("ItemNotFound"), QStringLiteral("No item with that seller_sku or item_id."));
    const QJsonObject sku{{QStringLiteral("SellerSku"), listing->sku},
                          {QStringLiteral("ShopSku"), QStringLiteral("%1_TH-%2").arg(listing->itemId).arg(listing->itemId + 1)},
                          {QStringLiteral("SkuId"), listing->itemId + 1},
                          {QStringLiteral("quantity"), listing->stock},
                          {QStringLiteral("Available"), listing->stock},
                          {QStringLiteral("Status"), QStringLiteral("active")}};
    return success(QJsonObject{{QStringLiteral("item_id"), listing->itemId},
                               {QStringLiteral("status"), QStringLiteral("Active")},
                               {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("name"), listing->sku}}},
                               {QStringLiteral("skus"), QJsonArray{sku}}});
}

HttpReply LazadaStandIn::getOrders(const QMap<QString, QString> &params)
{
    const QDateTime after = QDateTime::fromString(params.value(QStringLiteral("created_after")), Qt::ISODate);
    bool offsetOk = true, limitOk = true;
    const qint64 offset = params.value(QStringLiteral("offset"), QStringLiteral("0")).toLongLong(&offsetOk);
    const qint64 limit = params.value(QStringLiteral("limit"), QStringLiteral("100")).toLongLong(&limitOk);
    const QString direction = params.value(QStringLiteral("sort_direction"), QStringLiteral("DESC"));
    if (!after.isValid() || !offsetOk || !limitOk || offset < 0 || limit < 1 || limit > kMaxPageSize
        || (direction != QLatin1String("ASC") && direction != QLatin1String("DESC")))
        return error(200, QStringLiteral("InvalidParameter"), QStringLiteral("Give created_after (ISO 8601), offset >= 0, "
                                                                             "limit from 1 to 100, sort_direction ASC or DESC."));
    const QString status = params.value(QStringLiteral("status"));
    QList<MarketOrder> matching;
    for (const MarketOrder &order : orders())
        if (order.created >= after && (status.isEmpty() || order.status == status))
            matching.append(order);
    if (direction == QLatin1String("DESC"))
        std::reverse(matching.begin(), matching.end());
    QJsonArray list;
    for (qint64 i = offset; i < matching.size() && list.size() < limit; ++i) {
        const MarketOrder &order = matching[i];
        int units = 0;
        for (const MarketOrderLine &line : order.lines)
            units += line.quantity;
        list.append(QJsonObject{{QStringLiteral("order_id"), order.id.toLongLong()},
                                {QStringLiteral("order_number"), order.id.toLongLong()},
                                {QStringLiteral("created_at"), lazadaTime(order.created)},
                                {QStringLiteral("updated_at"), lazadaTime(order.updated)},
                                {QStringLiteral("statuses"), QJsonArray{order.status}},
                                {QStringLiteral("items_count"), units}});
    }
    return success(QJsonObject{{QStringLiteral("count"), list.size()}, {QStringLiteral("countTotal"), matching.size()},
                               {QStringLiteral("orders"), list}});
}

HttpReply LazadaStandIn::getOrderItems(const QMap<QString, QString> &params)
{
    const QString id = params.value(QStringLiteral("order_id"));
    for (const MarketOrder &order : orders()) {
        if (order.id != id)
            continue;
        QJsonArray items;   // one entry per unit, as the platform does
        qint64 unit = 0;
        for (const MarketOrderLine &line : order.lines)
            for (int i = 0; i < line.quantity; ++i)
                items.append(QJsonObject{{QStringLiteral("order_item_id"), order.id.toLongLong() * 10000 + ++unit},
                                         {QStringLiteral("order_id"), order.id.toLongLong()},
                                         {QStringLiteral("sku"), line.sku},
                                         {QStringLiteral("shop_sku"), QStringLiteral("%1_TH").arg(line.itemId)},
                                         {QStringLiteral("name"), line.sku},
                                         {QStringLiteral("status"), order.status},
                                         {QStringLiteral("created_at"), lazadaTime(order.created)}});
        return success(items);
    }
    return error(200, QStringLiteral("OrderNotFound"), QStringLiteral("No order %1.").arg(id));
}

} // namespace backroom::sandbox
