#include "shopeestandin.h"

#include "channels/signing.h"
#include "sandbox/webhooksender.h"

#include <QJsonDocument>
#include <QTimer>
#include <algorithm>

namespace backroom::sandbox {

namespace {

constexpr qint64 kTimestampToleranceSeconds = 300;
constexpr qint64 kMaxOrderRangeSeconds = 15 * 24 * 3600;   // get_order_list refuses wider windows
constexpr int kMaxPageSize = 100;
constexpr int kMaxListedIds = 50;

const QString kUpdateStock = QStringLiteral("/api/v2/product/update_stock");
const QString kItemBaseInfo = QStringLiteral("/api/v2/product/get_item_base_info");
const QString kItemList = QStringLiteral("/api/v2/product/get_item_list");
const QString kOrderList = QStringLiteral("/api/v2/order/get_order_list");
const QString kOrderDetail = QStringLiteral("/api/v2/order/get_order_detail");

// A whole-number query parameter; nullopt if absent or not a number.
std::optional<qint64> wholeParam(const HttpRequest &request, const QString &name)
{
    bool ok = false;
    const qint64 v = request.query.queryItemValue(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QStringList listParam(const HttpRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QJsonObject stockInfo(const Listing &listing)
{
    return QJsonObject{{QStringLiteral("summary_info"),
                        QJsonObject{{QStringLiteral("total_reserved_stock"), 0},
                                    {QStringLiteral("total_available_stock"), listing.stock}}},
                       {QStringLiteral("seller_stock"),
                        QJsonArray{QJsonObject{{QStringLiteral("location_id"), QString()},
                                               {QStringLiteral("stock"), listing.stock}}}}};
}

} // namespace

ShopeeStandIn::ShopeeStandIn(const net::Clock &clock, ShopeeConfig config, quint64 seed)
    : MarketStandIn(QStringLiteral("shopee"), clock, seed), m_config(std::move(config))
{
}

ShopeeStandIn::~ShopeeStandIn() = default;

Status ShopeeStandIn::setPushUrl(const QUrl &url)
{
    if (!url.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))))
        return Error::make(Error::Kind::BadInput, QStringLiteral("A push URL is http(s)://...; empty stops pushes."));
    m_config.pushUrl = url;
    return Done{};
}

QJsonObject ShopeeStandIn::pushJson() const
{
    return QJsonObject{{QStringLiteral("url"), m_config.pushUrl.toString()},
                       {QStringLiteral("supported"), true},
                       {QStringLiteral("deliveries"), m_pushes ? m_pushes->toJson() : QJsonObject{}}};
}

// An order status push as Shopee sends it (push code 3), retried by the WebhookSender until answered 2xx.
void ShopeeStandIn::orderChanged(const MarketOrder &order)
{
    if (m_config.pushUrl.isEmpty())
        return;
    if (!m_pushes) {
        m_pushes = std::make_unique<WebhookSender>(clock(), WebhookSender::Options{});
        m_pushPump = std::make_unique<QTimer>();
        m_pushPump->setInterval(200);
        WebhookSender *sender = m_pushes.get();
        QObject::connect(m_pushPump.get(), &QTimer::timeout, sender, [sender] { sender->pump(); });
        m_pushPump->start();
    }
    const qint64 now = clock().utcNow().toSecsSinceEpoch();
    const QByteArray body = QJsonDocument(QJsonObject{
        {QStringLiteral("shop_id"), m_config.shopId},
        {QStringLiteral("code"), 3},
        {QStringLiteral("timestamp"), now},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("ordersn"), order.id},
                                             {QStringLiteral("status"), order.status},
                                             {QStringLiteral("update_time"), order.updated.toSecsSinceEpoch()}}}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray key = m_config.partnerKey;
    const QString url = m_config.pushUrl.toString();
    m_pushes->enqueue(QStringLiteral("shopee"), QStringLiteral("order_status"), m_config.pushUrl, body, "application/json",
                      [key, url](const QByteArray &signedBody, const QDateTime &) {
                          return WebhookSender::Headers{{"Authorization", channels::shopeePushSignature(key, url, signedBody)}};
                      });
    m_pushes->pump();
}

HttpReply ShopeeStandIn::error(int status, const QString &code, const QString &message) const
{
    // request_id is left empty on refusals so that a const refusal() can build them too.
    return HttpReply::json(status, QJsonObject{{QStringLiteral("error"), code},
                                               {QStringLiteral("message"), message},
                                               {QStringLiteral("request_id"), QString()}});
}

HttpReply ShopeeStandIn::success(const QJsonObject &response)
{
    return HttpReply::json(200, QJsonObject{{QStringLiteral("error"), QString()},
                                            {QStringLiteral("message"), QString()},
                                            {QStringLiteral("request_id"), nextRequestId()},
                                            {QStringLiteral("response"), response}});
}

HttpReply ShopeeStandIn::refusal(Refusal why) const
{
    switch (why) {
    case Refusal::ServerError:
        return error(500, QStringLiteral("error_server"),
                     QStringLiteral("Internal server error (sandbox error fault); nothing was done, retry later."));
    case Refusal::RateLimit:
        return error(429, QStringLiteral("error_rate_limit"),
                     QStringLiteral("Too many requests for this shop; slow down and retry."));
    case Refusal::WrongSignature:
        return error(403, QStringLiteral("error_sign"), QStringLiteral("Wrong sign."));
    case Refusal::BadJson: {
        HttpReply broken;
        broken.body = R"({"error":"","message":"","response":{"success_list":[{"model_id":)";
        return broken;
    }
    case Refusal::None: break;
    }
    return error(500, QStringLiteral("error_server"), QStringLiteral("Unknown refusal."));
}

QString ShopeeStandIn::errorCodeIn(const HttpReply &reply) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (!doc.isObject())
        return QStringLiteral("bad_json");
    return doc.object().value(QStringLiteral("error")).toString();
}

QStringList ShopeeStandIn::orderStatuses() const
{
    return {QStringLiteral("READY_TO_SHIP"), QStringLiteral("UNPAID"), QStringLiteral("PROCESSED"),
            QStringLiteral("SHIPPED"), QStringLiteral("COMPLETED"), QStringLiteral("IN_CANCEL"),
            QStringLiteral("CANCELLED")};
}

QString ShopeeStandIn::newOrderId()
{
    // Shaped like a real order_sn: the date, then letters and digits.
    return clock().utcNow().toString(QStringLiteral("yyMMdd")) + QStringLiteral("SBX")
           + QStringLiteral("%1").arg(m_nextOrder++, 5, 10, QLatin1Char('0'));
}

std::optional<HttpReply> ShopeeStandIn::authenticate(const HttpRequest &request, QString *shop)
{
    for (const QString &name : {QStringLiteral("partner_id"), QStringLiteral("timestamp"),
                                QStringLiteral("access_token"), QStringLiteral("shop_id")})
        if (!request.query.hasQueryItem(name))
            return error(400, QStringLiteral("error_param"), QStringLiteral("Missing parameter %1.").arg(name));
    const auto partnerId = wholeParam(request, QStringLiteral("partner_id"));
    const auto timestamp = wholeParam(request, QStringLiteral("timestamp"));
    const auto shopId = wholeParam(request, QStringLiteral("shop_id"));
    if (!partnerId || !timestamp || !shopId)
        return error(400, QStringLiteral("error_param"), QStringLiteral("partner_id, timestamp and shop_id must be numbers."));
    *shop = QString::number(*shopId);
    if (*partnerId != m_config.partnerId)
        return error(403, QStringLiteral("error_auth"), QStringLiteral("Invalid partner_id %1.").arg(*partnerId));
    const QString token = request.query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    const QByteArray expected = channels::shopeeSignature(m_config.partnerKey, *partnerId, request.path, *timestamp,
                                                          token, *shopId);
    const QByteArray given = request.query.queryItemValue(QStringLiteral("sign")).toLatin1();
    if (given.isEmpty() || !channels::signaturesEqual(given, expected))
        return error(403, QStringLiteral("error_sign"), QStringLiteral("Wrong sign."));
    if (std::abs(clock().utcNow().toSecsSinceEpoch() - *timestamp) > kTimestampToleranceSeconds)
        return error(400, QStringLiteral("error_param"),
                     QStringLiteral("Invalid timestamp: more than 5 minutes from the server's time."));
    if (*shopId != m_config.shopId || token != m_config.accessToken)
        return error(403, QStringLiteral("error_auth"), QStringLiteral("Invalid access_token or shop_id."));
    return std::nullopt;
}

HttpReply ShopeeStandIn::dispatch(const HttpRequest &request)
{
    const bool get = request.method == QLatin1String("GET");
    if (request.path == kUpdateStock && request.method == QLatin1String("POST"))
        return updateStock(request);
    if (request.path == kItemBaseInfo && get)
        return itemBaseInfo(request);
    if (request.path == kItemList && get)
        return itemList(request);
    if (request.path == kOrderList && get)
        return orderList(request);
    if (request.path == kOrderDetail && get)
        return orderDetail(request);
    return error(404, QStringLiteral("error_not_found"),
                 QStringLiteral("No such API in the sandbox: %1 %2.").arg(request.method, request.path));
}

HttpReply ShopeeStandIn::updateStock(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const qint64 itemId = qint64(body.value(QStringLiteral("item_id")).toDouble(0));
    const QJsonArray stockList = body.value(QStringLiteral("stock_list")).toArray();
    if (itemId <= 0 || stockList.isEmpty())
        return error(400, QStringLiteral("error_param"), QStringLiteral("Give item_id and a non-empty stock_list."));
    Listing *listing = mutableListingByItem(itemId);
    if (!listing)
        return error(400, QStringLiteral("error_item_not_found"), QStringLiteral("Item %1 is not found.").arg(itemId));
    QJsonArray succeeded, failed;
    for (const QJsonValue &v : stockList) {
        const QJsonObject entry = v.toObject();
        const qint64 modelId = qint64(entry.value(QStringLiteral("model_id")).toDouble(0));
        const QJsonObject seller = entry.value(QStringLiteral("seller_stock")).toArray().first().toObject();
        const double stock = seller.value(QStringLiteral("stock")).toDouble(-1);
        QString reason;
        if (modelId != 0)
            reason = QStringLiteral("Model %1 is not found (sandbox listings have no variations).").arg(modelId);
        else if (stock < 0 || stock != std::floor(stock) || stock > 1e9)
            reason = QStringLiteral("stock must be a whole number of 0 or more.");
        if (!reason.isEmpty()) {
            failed.append(QJsonObject{{QStringLiteral("model_id"), modelId}, {QStringLiteral("failed_reason"), reason}});
            continue;
        }
        notePushed(QJsonObject{{QStringLiteral("item_id"), itemId}, {QStringLiteral("sku"), listing->sku},
                               {QStringLiteral("stock"), int(stock)}});
        setStock(*listing, int(stock));
        succeeded.append(QJsonObject{{QStringLiteral("model_id"), 0},
                                     {QStringLiteral("location_id"), seller.value(QStringLiteral("location_id")).toString()},
                                     {QStringLiteral("stock"), int(stock)}});
    }
    return success(QJsonObject{{QStringLiteral("success_list"), succeeded}, {QStringLiteral("failure_list"), failed}});
}

HttpReply ShopeeStandIn::itemBaseInfo(const HttpRequest &request)
{
    const QStringList ids = listParam(request, QStringLiteral("item_id_list"));
    if (ids.isEmpty() || ids.size() > kMaxListedIds)
        return error(400, QStringLiteral("error_param"), QStringLiteral("item_id_list needs 1 to 50 item ids."));
    QJsonArray items;
    for (const QString &id : ids) {
        const Listing *listing = listingByItem(id.toLongLong());
        if (!listing)
            continue;   // the platform leaves unknown ids out
        items.append(QJsonObject{{QStringLiteral("item_id"), listing->itemId},
                                 {QStringLiteral("item_sku"), listing->sku},
                                 {QStringLiteral("item_name"), listing->sku},
                                 {QStringLiteral("item_status"), QStringLiteral("NORMAL")},
                                 {QStringLiteral("update_time"), listing->updated.toSecsSinceEpoch()},
                                 {QStringLiteral("has_model"), false},
                                 {QStringLiteral("stock_info_v2"), stockInfo(*listing)}});
    }
    return success(QJsonObject{{QStringLiteral("item_list"), items}});
}

HttpReply ShopeeStandIn::itemList(const HttpRequest &request)
{
    const qint64 offset = wholeParam(request, QStringLiteral("offset")).value_or(-1);
    const qint64 pageSize = wholeParam(request, QStringLiteral("page_size")).value_or(0);
    if (offset < 0 || pageSize < 1 || pageSize > kMaxPageSize)
        return error(400, QStringLiteral("error_param"), QStringLiteral("Give offset >= 0 and page_size from 1 to 100."));
    const QList<Listing> all = listings();
    QJsonArray items;
    for (qint64 i = offset; i < all.size() && items.size() < pageSize; ++i)
        items.append(QJsonObject{{QStringLiteral("item_id"), all[i].itemId},
                                 {QStringLiteral("item_status"), QStringLiteral("NORMAL")},
                                 {QStringLiteral("update_time"), all[i].updated.toSecsSinceEpoch()}});
    const qint64 next = offset + items.size();
    return success(QJsonObject{{QStringLiteral("item"), items},
                               {QStringLiteral("total_count"), all.size()},
                               {QStringLiteral("has_next_page"), next < all.size()},
                               {QStringLiteral("next_offset"), next}});
}

HttpReply ShopeeStandIn::orderList(const HttpRequest &request)
{
    const QString field = request.query.queryItemValue(QStringLiteral("time_range_field"));
    const auto from = wholeParam(request, QStringLiteral("time_from"));
    const auto to = wholeParam(request, QStringLiteral("time_to"));
    const qint64 pageSize = wholeParam(request, QStringLiteral("page_size")).value_or(0);
    const qint64 cursor = request.query.queryItemValue(QStringLiteral("cursor")).toLongLong();
    if ((field != QLatin1String("create_time") && field != QLatin1String("update_time")) || !from || !to
        || *to < *from || pageSize < 1 || pageSize > kMaxPageSize || cursor < 0)
        return error(400, QStringLiteral("error_param"), QStringLiteral("Give time_range_field (create_time or "
                                                                        "update_time), time_from <= time_to and page_size from 1 to 100."));
    if (*to - *from > kMaxOrderRangeSeconds)
        return error(400, QStringLiteral("error_param"), QStringLiteral("time_from and time_to must be at most 15 days apart."));
    const QString status = request.query.queryItemValue(QStringLiteral("order_status"));
    QList<MarketOrder> matching;
    for (const MarketOrder &order : orders()) {
        const qint64 t = (field == QLatin1String("create_time") ? order.created : order.updated).toSecsSinceEpoch();
        if (t >= *from && t <= *to && (status.isEmpty() || order.status == status))
            matching.append(order);
    }
    QJsonArray list;
    for (qint64 i = cursor; i < matching.size() && list.size() < pageSize; ++i)
        list.append(QJsonObject{{QStringLiteral("order_sn"), matching[i].id}});
    const qint64 next = cursor + list.size();
    return success(QJsonObject{{QStringLiteral("order_list"), list},
                               {QStringLiteral("more"), next < matching.size()},
                               {QStringLiteral("next_cursor"), next < matching.size() ? QString::number(next) : QString()}});
}

HttpReply ShopeeStandIn::orderDetail(const HttpRequest &request)
{
    const QStringList ids = listParam(request, QStringLiteral("order_sn_list"));
    if (ids.isEmpty() || ids.size() > kMaxListedIds)
        return error(400, QStringLiteral("error_param"), QStringLiteral("order_sn_list needs 1 to 50 order numbers."));
    QJsonArray list;
    for (const MarketOrder &order : orders()) {
        if (!ids.contains(order.id))
            continue;
        QJsonArray items;
        for (const MarketOrderLine &line : order.lines)
            items.append(QJsonObject{{QStringLiteral("item_id"), line.itemId},
                                     {QStringLiteral("item_name"), line.sku},
                                     {QStringLiteral("item_sku"), line.sku},
                                     {QStringLiteral("model_id"), 0},
                                     {QStringLiteral("model_sku"), QString()},
                                     {QStringLiteral("model_quantity_purchased"), line.quantity}});
        list.append(QJsonObject{{QStringLiteral("order_sn"), order.id},
                                {QStringLiteral("order_status"), order.status},
                                {QStringLiteral("region"), QStringLiteral("TH")},
                                {QStringLiteral("currency"), QStringLiteral("THB")},
                                {QStringLiteral("create_time"), order.created.toSecsSinceEpoch()},
                                {QStringLiteral("update_time"), order.updated.toSecsSinceEpoch()},
                                {QStringLiteral("item_list"), items}});
    }
    return success(QJsonObject{{QStringLiteral("order_list"), list}});
}

} // namespace backroom::sandbox
