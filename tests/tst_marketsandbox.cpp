// Marketplace stand-in tests: the Shopee- and Lazada-shaped servers of `backroom sandbox`, their request
// signatures, listings, orders, call record, faults and rate limit. The sandbox runs in-process on free
// loopback ports with a ManualClock (time moves only when a test says so); the client is
// QNetworkAccessManager, and requests are signed here with Qt's own HMAC over the documented base strings,
// not with the code the stand-ins verify with. Listings from the shop's products use a real PostgreSQL
// (tests/testdb.h); the last test drives the real binary.
#include "net/clock.h"
#include "sandbox/sandbox.h"
#include "sandbox/shoplistings.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace backroom;
using namespace backroom::sandbox;
using namespace std::chrono_literals;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool isJson = false;
};

QByteArray hmacHex(const QByteArray &key, const QByteArray &text)
{
    return QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toHex();
}

const QString kUpdateStock = QStringLiteral("/api/v2/product/update_stock");
const QString kItemBaseInfo = QStringLiteral("/api/v2/product/get_item_base_info");
const QString kOrderList = QStringLiteral("/api/v2/order/get_order_list");
const QString kOrderDetail = QStringLiteral("/api/v2/order/get_order_detail");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray stockUpdate(qint64 itemId, int stock)
{
    return json({{"item_id", itemId},
                 {"stock_list", QJsonArray{QJsonObject{
                                    {"model_id", 0},
                                    {"seller_stock", QJsonArray{QJsonObject{{"location_id", ""}, {"stock", stock}}}}}}}});
}

QString lazadaPayload(const QString &sku, int quantity)
{
    return QStringLiteral("<Request><Product><Skus><Sku><SellerSku>%1</SellerSku><Quantity>%2</Quantity></Sku></Skus>"
                          "</Product></Request>").arg(sku).arg(quantity);
}

} // namespace

class TestMarketSandbox : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<net::ManualClock> m_clock;
    std::unique_ptr<Sandbox> m_box;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    void startBox()
    {
        m_box.reset();
        m_clock = std::make_unique<net::ManualClock>();
        Sandbox::Options options;
        options.tickMs = 0;
        options.listings = {{QStringLiteral("TEE-RED-M"), 10}, {QStringLiteral("MUG-01"), 5}};
        m_box = std::make_unique<Sandbox>(options, *m_clock);
        auto started = m_box->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    }

    Reply await(QNetworkReply *raw)
    {
        std::unique_ptr<QNetworkReply> reply(raw);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!finished.wait(10000))
                qWarning("no answer within 10 s");
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        r.isJson = doc.isObject();
        r.json = doc.object();
        return r;
    }

    static QNetworkRequest request(const QUrl &url, const QByteArray &contentType = "application/json")
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return req;
    }

    // ---- Shopee: partner_id + path + timestamp + access_token + shop_id, lowercase hex --------------------

    QUrl shopeeUrl(const QString &path, QUrlQuery query = {}, const QByteArray &key = {}, qint64 ageSeconds = 0)
    {
        const ShopeeConfig &c = m_box->shopee().config();
        const qint64 timestamp = m_clock->utcNow().toSecsSinceEpoch() - ageSeconds;
        const QByteArray base = QByteArray::number(c.partnerId) + path.toUtf8() + QByteArray::number(timestamp)
                                + c.accessToken.toUtf8() + QByteArray::number(c.shopId);
        query.addQueryItem(QStringLiteral("partner_id"), QString::number(c.partnerId));
        query.addQueryItem(QStringLiteral("timestamp"), QString::number(timestamp));
        query.addQueryItem(QStringLiteral("access_token"), c.accessToken);
        query.addQueryItem(QStringLiteral("shop_id"), QString::number(c.shopId));
        query.addQueryItem(QStringLiteral("sign"), QString::fromLatin1(hmacHex(key.isEmpty() ? c.partnerKey : key, base)));
        QUrl url = m_box->baseUrl(QStringLiteral("shopee"));
        url.setPath(path);
        url.setQuery(query);
        return url;
    }
    Reply shopeeGet(const QString &path, const QUrlQuery &query = {})
    {
        return await(m_nam->get(request(shopeeUrl(path, query))));
    }
    Reply shopeePush(qint64 itemId, int stock)
    {
        return await(m_nam->post(request(shopeeUrl(kUpdateStock)), stockUpdate(itemId, stock)));
    }

    // ---- Lazada: path + sorted key+value of every parameter but sign, uppercase hex ----------------------

    QUrlQuery lazadaParams(const QString &apiPath, QMap<QString, QString> params, const QByteArray &secret = {})
    {
        const LazadaConfig &c = m_box->lazada().config();
        params.insert(QStringLiteral("app_key"), c.appKey);
        params.insert(QStringLiteral("timestamp"), QString::number(m_clock->utcNow().toMSecsSinceEpoch()));
        params.insert(QStringLiteral("sign_method"), QStringLiteral("sha256"));
        params.insert(QStringLiteral("access_token"), c.accessToken);
        QByteArray base = apiPath.toUtf8();
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            base += it.key().toUtf8() + it.value().toUtf8();
        QUrlQuery query;
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            query.addQueryItem(it.key(), QString::fromUtf8(QUrl::toPercentEncoding(it.value())));
        query.addQueryItem(QStringLiteral("sign"),
                           QString::fromLatin1(hmacHex(secret.isEmpty() ? c.appSecret : secret, base).toUpper()));
        return query;
    }
    QUrl lazadaUrl(const QString &apiPath, const QUrlQuery &query = {})
    {
        QUrl url = m_box->baseUrl(QStringLiteral("lazada"));
        url.setPath(url.path() + apiPath);
        url.setQuery(query);
        return url;
    }
    Reply lazadaGet(const QString &apiPath, const QMap<QString, QString> &params)
    {
        return await(m_nam->get(request(lazadaUrl(apiPath, lazadaParams(apiPath, params)))));
    }
    Reply lazadaPush(const QString &sku, int quantity)
    {
        const QString path = QStringLiteral("/product/price_quantity/update");
        const QUrlQuery form = lazadaParams(path, {{QStringLiteral("payload"), lazadaPayload(sku, quantity)}});
        return await(m_nam->post(request(lazadaUrl(path), "application/x-www-form-urlencoded"),
                                 form.toString(QUrl::FullyEncoded).toUtf8()));
    }

    // ---- the control API --------------------------------------------------------------------------------

    Reply control(const QString &path, const QJsonObject &body = {}, bool post = true)
    {
        QUrl url = m_box->controlUrl();
        const int q = int(path.indexOf(QLatin1Char('?')));
        url.setPath(url.path() + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        return post ? await(m_nam->post(request(url), json(body))) : await(m_nam->get(request(url)));
    }
    Reply faults(const QString &market, const QJsonObject &changes) { return control(QStringLiteral("/%1/faults").arg(market), changes); }
    QJsonArray callsOf(const QString &market)
    {
        return control(QStringLiteral("/%1/calls").arg(market), {}, false).json.value("calls").toArray();
    }
    int shownStock(const QString &market, const QString &sku)
    {
        const Listing *listing = m_box->marketplace(market)->listingBySku(sku);
        return listing ? listing->stock : -1;
    }
    qint64 itemId(const QString &market, const QString &sku)
    {
        const Listing *listing = m_box->marketplace(market)->listingBySku(sku);
        return listing ? listing->itemId : 0;
    }
    // One signed call that succeeds when no fault strikes: a read of one listing.
    Reply probe(const QString &market)
    {
        if (market == QLatin1String("shopee"))
            return shopeeGet(kItemBaseInfo, QUrlQuery{{QStringLiteral("item_id_list"),
                                                        QString::number(itemId(market, QStringLiteral("MUG-01")))}});
        return lazadaGet(QStringLiteral("/product/item/get"), {{QStringLiteral("seller_sku"), QStringLiteral("MUG-01")}});
    }
    static QString errorCode(const QString &market, const Reply &r)
    {
        return market == QLatin1String("shopee") ? r.json.value("error").toString() : r.json.value("code").toString();
    }
    static bool succeeded(const QString &market, const Reply &r)
    {
        return r.status == 200 && r.isJson
               && (market == QLatin1String("shopee") ? r.json.value("error").toString().isEmpty()
                                                     : r.json.value("code").toString() == QLatin1String("0"));
    }

private slots:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        startBox();
    }
    void cleanup()
    {
        m_nam.reset();
        m_box.reset();
    }

    // ---- signatures -------------------------------------------------------------------------------

    void shopeeChecksSignatureTimestampAndToken_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<bool>("dropSign");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("signed right") << QByteArray() << qint64(0) << false << 200 << QString();
        QTest::newRow("4 minutes old") << QByteArray() << qint64(240) << false << 200 << QString();
        QTest::newRow("wrong key") << QByteArray("not_the_partner_key") << qint64(0) << false << 403 << "error_sign";
        QTest::newRow("no sign") << QByteArray() << qint64(0) << true << 403 << "error_sign";
        QTest::newRow("6 minutes old") << QByteArray() << qint64(360) << false << 400 << "error_param";
    }
    void shopeeChecksSignatureTimestampAndToken()
    {
        QFETCH(QByteArray, key);
        QFETCH(qint64, ageSeconds);
        QFETCH(bool, dropSign);
        QFETCH(int, status);
        QFETCH(QString, error);
        QUrl url = shopeeUrl(kItemBaseInfo, QUrlQuery{{QStringLiteral("item_id_list"), QString::number(itemId("shopee", "MUG-01"))}},
                             key, ageSeconds);
        if (dropSign) {
            QUrlQuery q(url);
            q.removeAllQueryItems(QStringLiteral("sign"));
            url.setQuery(q);
        }
        const Reply r = await(m_nam->get(request(url)));
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value("error").toString(), error);
        if (status == 200)
            QCOMPARE(r.json.value("response").toObject().value("item_list").toArray().size(), 1);
        else
            QVERIFY(!r.json.value("message").toString().isEmpty());
        QCOMPARE(callsOf("shopee").last().toObject().value("outcome").toString(),
                 status == 200 ? QStringLiteral("accepted") : error);
    }

    void shopeeRefusesAnotherShopsToken()
    {
        QUrl url = shopeeUrl(kItemBaseInfo, QUrlQuery{{QStringLiteral("item_id_list"), QStringLiteral("1")}});
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("shop_id"));
        q.addQueryItem(QStringLiteral("shop_id"), QStringLiteral("99999"));
        url.setQuery(q);
        // The sign covers shop_id, so a changed shop fails the signature before the token is looked at.
        QCOMPARE(await(m_nam->get(request(url))).json.value("error").toString(), QStringLiteral("error_sign"));
    }

    void lazadaChecksSignature_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<QString>("code");
        QTest::newRow("signed right") << QByteArray() << false << "0";
        QTest::newRow("wrong secret") << QByteArray("not_the_secret") << false << "IncompleteSignature";
        QTest::newRow("parameter changed after signing") << QByteArray() << true << "IncompleteSignature";
    }
    void lazadaChecksSignature()
    {
        QFETCH(QByteArray, secret);
        QFETCH(bool, tamper);
        QFETCH(QString, code);
        const QString path = QStringLiteral("/product/item/get");
        QUrlQuery query = lazadaParams(path, {{QStringLiteral("seller_sku"), QStringLiteral("MUG-01")}}, secret);
        if (tamper) {
            query.removeAllQueryItems(QStringLiteral("seller_sku"));
            query.addQueryItem(QStringLiteral("seller_sku"), QStringLiteral("TEE-RED-M"));
        }
        const Reply r = await(m_nam->get(request(lazadaUrl(path, query))));
        QCOMPARE(r.json.value("code").toString(), code);
        if (code == QLatin1String("0"))
            QCOMPARE(r.json.value("data").toObject().value("skus").toArray().first().toObject().value("quantity").toInt(), 5);
        else
            QCOMPARE(r.json.value("type").toString(), QStringLiteral("ISV"));
        QCOMPARE(callsOf("lazada").last().toObject().value("outcome").toString(),
                 code == QLatin1String("0") ? QStringLiteral("accepted") : code);
    }

    // ---- stock updates ----------------------------------------------------------------------------

    void shopeeStockUpdateChangesTheListingAndIsRecorded()
    {
        const qint64 item = itemId("shopee", "TEE-RED-M");
        const Reply r = shopeePush(item, 7);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("error").toString(), QString());
        const QJsonArray ok = r.json.value("response").toObject().value("success_list").toArray();
        QCOMPARE(ok.size(), 1);
        QCOMPARE(ok[0].toObject().value("stock").toInt(), 7);
        QVERIFY(r.json.value("response").toObject().value("failure_list").toArray().isEmpty());
        QCOMPARE(shownStock("shopee", "TEE-RED-M"), 7);

        // The platform's own read shows it, and so does the control API.
        const Reply read = shopeeGet(kItemBaseInfo, QUrlQuery{{QStringLiteral("item_id_list"), QString::number(item)}});
        const QJsonObject info = read.json.value("response").toObject().value("item_list").toArray().first().toObject();
        QCOMPARE(info.value("item_sku").toString(), QStringLiteral("TEE-RED-M"));
        QCOMPARE(info.value("stock_info_v2").toObject().value("summary_info").toObject().value("total_available_stock").toInt(), 7);
        const QJsonArray listings = control(QStringLiteral("/shopee/listings"), {}, false).json.value("listings").toArray();
        bool seen = false;
        for (const QJsonValue &v : listings)
            if (v.toObject().value("sku").toString() == QLatin1String("TEE-RED-M"))
                seen = v.toObject().value("stock").toInt() == 7 && v.toObject().value("accepted_pushes").toInt() == 1;
        QVERIFY(seen);

        const QJsonArray calls = callsOf("shopee");
        QCOMPARE(calls.size(), 2);
        const QJsonObject push = calls[0].toObject();
        QCOMPARE(push.value("path").toString(), kUpdateStock);
        QCOMPARE(push.value("outcome").toString(), QStringLiteral("accepted"));
        QCOMPARE(push.value("shop").toString(), QStringLiteral("10001"));
        QCOMPARE(push.value("pushed").toArray().first().toObject().value("stock").toInt(), 7);
        QCOMPARE(push.value("at").toString(), m_clock->utcNow().toString(Qt::ISODateWithMs));

        // An unknown item is refused with the platform's code, and nothing moves.
        const Reply unknown = shopeePush(42, 1);
        QCOMPARE(unknown.json.value("error").toString(), QStringLiteral("error_item_not_found"));
        QCOMPARE(shownStock("shopee", "TEE-RED-M"), 7);
    }

    void lazadaQuantityUpdateChangesTheListingAndIsRecorded()
    {
        const Reply r = lazadaPush(QStringLiteral("MUG-01"), 3);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("code").toString(), QStringLiteral("0"));
        QVERIFY(!r.json.value("request_id").toString().isEmpty());
        QCOMPARE(shownStock("lazada", "MUG-01"), 3);
        const Reply read = lazadaGet(QStringLiteral("/product/item/get"), {{QStringLiteral("seller_sku"), QStringLiteral("MUG-01")}});
        QCOMPARE(read.json.value("data").toObject().value("skus").toArray().first().toObject().value("quantity").toInt(), 3);
        const QJsonObject push = callsOf("lazada").first().toObject();
        QCOMPARE(push.value("path").toString(), QStringLiteral("/rest/product/price_quantity/update"));
        QCOMPARE(push.value("outcome").toString(), QStringLiteral("accepted"));
        QCOMPARE(push.value("pushed").toArray().first().toObject().value("sku").toString(), QStringLiteral("MUG-01"));
        QCOMPARE(push.value("pushed").toArray().first().toObject().value("stock").toInt(), 3);

        // One unknown SKU refuses the whole update.
        const QString path = QStringLiteral("/product/price_quantity/update");
        const QString payload = QStringLiteral("<Request><Product><Skus><Sku><SellerSku>MUG-01</SellerSku><Quantity>1</Quantity>"
                                               "</Sku><Sku><SellerSku>NOPE</SellerSku><Quantity>1</Quantity></Sku></Skus>"
                                               "</Product></Request>");
        const QUrlQuery form = lazadaParams(path, {{QStringLiteral("payload"), payload}});
        const Reply refused = await(m_nam->post(request(lazadaUrl(path), "application/x-www-form-urlencoded"),
                                                form.toString(QUrl::FullyEncoded).toUtf8()));
        QCOMPARE(refused.json.value("code").toString(), QStringLiteral("InvalidParameter"));
        QCOMPARE(refused.json.value("detail").toArray().first().toObject().value("seller_sku").toString(), QStringLiteral("NOPE"));
        QCOMPARE(shownStock("lazada", "MUG-01"), 3);
    }

    void listingsAreSeededThroughTheControlApi()
    {
        const Reply added = control(QStringLiteral("/lazada/listings"),
                                    {{"listings", QJsonArray{QJsonObject{{"sku", "CAP-9"}, {"stock", 4}, {"item_id", 777}}}}});
        QCOMPARE(added.status, 200);
        QCOMPARE(m_box->lazada().listingBySku(QStringLiteral("CAP-9"))->itemId, 777);
        QCOMPARE(control(QStringLiteral("/lazada/listings"), {{"listings", QJsonArray{QJsonObject{{"sku", "X"}, {"stock", -1}}}}}).status,
                 400);
        QCOMPARE(control(QStringLiteral("/lazada/listings"),
                         {{"listings", QJsonArray{QJsonObject{{"sku", "Y"}, {"stock", 1}, {"item_id", 777}}}}}).status, 400);
        QVERIFY(!m_box->lazada().listingBySku(QStringLiteral("Y")));
    }

    // ---- orders -----------------------------------------------------------------------------------

    void shopeeOrderPlacedThroughControlIsListedWithItems()
    {
        const qint64 before = m_clock->utcNow().toSecsSinceEpoch();
        const Reply placed = control(QStringLiteral("/shopee/orders"),
                                     {{"items", QJsonArray{QJsonObject{{"sku", "TEE-RED-M"}, {"quantity", 2}},
                                                           QJsonObject{{"sku", "MUG-01"}, {"quantity", 1}}}}});
        QCOMPARE(placed.status, 200);
        const QString sn = placed.json.value("id").toString();
        QVERIFY(!sn.isEmpty());
        QCOMPARE(shownStock("shopee", "TEE-RED-M"), 8);   // a buyer's order takes it off the shelf

        m_clock->advance(10s);
        const Reply list = shopeeGet(kOrderList, QUrlQuery{{"time_range_field", "create_time"},
                                                           {"time_from", QString::number(before - 60)},
                                                           {"time_to", QString::number(before + 60)},
                                                           {"page_size", "20"}, {"cursor", ""}});
        QCOMPARE(list.status, 200);
        const QJsonObject response = list.json.value("response").toObject();
        QCOMPARE(response.value("order_list").toArray().size(), 1);
        QCOMPARE(response.value("order_list").toArray()[0].toObject().value("order_sn").toString(), sn);
        QCOMPARE(response.value("more").toBool(), false);

        const Reply detail = shopeeGet(kOrderDetail, QUrlQuery{{"order_sn_list", sn}});
        const QJsonObject order = detail.json.value("response").toObject().value("order_list").toArray().first().toObject();
        QCOMPARE(order.value("order_sn").toString(), sn);
        QCOMPARE(order.value("order_status").toString(), QStringLiteral("READY_TO_SHIP"));
        QCOMPARE(qint64(order.value("create_time").toDouble()), before);
        const QJsonArray items = order.value("item_list").toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject().value("item_sku").toString(), QStringLiteral("TEE-RED-M"));
        QCOMPARE(items[0].toObject().value("model_quantity_purchased").toInt(), 2);

        // Outside the window it is not listed; an order for a SKU that is not listed is refused.
        const Reply later = shopeeGet(kOrderList, QUrlQuery{{"time_range_field", "create_time"},
                                                            {"time_from", QString::number(before + 1)},
                                                            {"time_to", QString::number(before + 100)},
                                                            {"page_size", "20"}});
        QVERIFY(later.json.value("response").toObject().value("order_list").toArray().isEmpty());
        QCOMPARE(control(QStringLiteral("/shopee/orders"), {{"items", QJsonArray{QJsonObject{{"sku", "NOPE"}}}}}).status, 400);
    }

    void shopeeOrderListPagesWithCursor()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(control(QStringLiteral("/shopee/orders"), {{"items", QJsonArray{QJsonObject{{"sku", "MUG-01"}}}}}).status, 200);
        const qint64 now = m_clock->utcNow().toSecsSinceEpoch();
        QStringList seen;
        QString cursor;
        for (int page = 0; page < 5; ++page) {
            const QJsonObject response = shopeeGet(kOrderList, QUrlQuery{{"time_range_field", "create_time"},
                                                                         {"time_from", QString::number(now - 10)},
                                                                         {"time_to", QString::number(now)},
                                                                         {"page_size", "2"}, {"cursor", cursor}})
                                             .json.value("response").toObject();
            for (const QJsonValue &v : response.value("order_list").toArray())
                seen << v.toObject().value("order_sn").toString();
            if (!response.value("more").toBool())
                break;
            cursor = response.value("next_cursor").toString();
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 5);
    }

    void lazadaOrderPlacedThroughControlIsListedWithItems()
    {
        const QDateTime before = m_clock->utcNow();
        const Reply placed = control(QStringLiteral("/lazada/orders"),
                                     {{"items", QJsonArray{QJsonObject{{"sku", "MUG-01"}, {"quantity", 3}}}}});
        QCOMPARE(placed.status, 200);
        const QString id = placed.json.value("id").toString();
        QCOMPARE(shownStock("lazada", "MUG-01"), 2);
        const QJsonArray one{QJsonObject{{"sku", "MUG-01"}}};
        QCOMPARE(control(QStringLiteral("/lazada/orders"), {{"items", one}, {"id", id}}).status, 409);
        QCOMPARE(control(QStringLiteral("/lazada/orders"), {{"items", one}, {"id", "LZ-1"}}).status, 400);
        QCOMPARE(shownStock("lazada", "MUG-01"), 2);

        const Reply list = lazadaGet(QStringLiteral("/orders/get"),
                                     {{"created_after", before.addSecs(-60).toOffsetFromUtc(7 * 3600).toString(Qt::ISODate)},
                                      {"offset", "0"}, {"limit", "50"}});
        QCOMPARE(list.json.value("code").toString(), QStringLiteral("0"));
        const QJsonObject data = list.json.value("data").toObject();
        QCOMPARE(data.value("count").toInt(), 1);
        const QJsonObject order = data.value("orders").toArray().first().toObject();
        QCOMPARE(QString::number(qint64(order.value("order_id").toDouble())), id);
        QCOMPARE(order.value("statuses").toArray().first().toString(), QStringLiteral("pending"));
        QCOMPARE(order.value("created_at").toString(), before.toOffsetFromUtc(7 * 3600).toString("yyyy-MM-dd HH:mm:ss") + " +0700");

        const Reply items = lazadaGet(QStringLiteral("/order/items/get"), {{"order_id", id}});
        const QJsonArray units = items.json.value("data").toArray();
        QCOMPARE(units.size(), 3);   // one entry per unit
        QSet<qint64> itemIds;
        for (const QJsonValue &v : units) {
            QCOMPARE(v.toObject().value("sku").toString(), QStringLiteral("MUG-01"));
            itemIds.insert(qint64(v.toObject().value("order_item_id").toDouble()));
        }
        QCOMPARE(itemIds.size(), 3);

        // A cancellation set through the control API shows in the status.
        QCOMPARE(control(QStringLiteral("/lazada/orders/%1/status").arg(id), {{"status", "canceled"}}).status, 200);
        const Reply after = lazadaGet(QStringLiteral("/orders/get"),
                                      {{"created_after", before.addSecs(-60).toString(Qt::ISODate)}, {"limit", "10"}});
        QCOMPARE(after.json.value("data").toObject().value("orders").toArray().first().toObject()
                     .value("statuses").toArray().first().toString(), QStringLiteral("canceled"));
        const Reply later = lazadaGet(QStringLiteral("/orders/get"),
                                      {{"created_after", before.addSecs(1).toString(Qt::ISODate)}, {"limit", "10"}});
        QCOMPARE(later.json.value("data").toObject().value("count").toInt(), 0);
    }

    // ---- faults -----------------------------------------------------------------------------------

    void platformFaultsAreAnsweredInThePlatformsShape_data()
    {
        QTest::addColumn<QString>("market");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");   // empty: the body is not JSON
        QTest::newRow("shopee 500") << "shopee" << "error_rate" << 500 << "error_server";
        QTest::newRow("shopee 429") << "shopee" << "rate_limited" << 429 << "error_rate_limit";
        QTest::newRow("shopee bad json") << "shopee" << "bad_json" << 200 << "";
        QTest::newRow("shopee wrong signature") << "shopee" << "wrong_signature" << 403 << "error_sign";
        QTest::newRow("lazada 500") << "lazada" << "error_rate" << 500 << "InternalError";
        QTest::newRow("lazada 429") << "lazada" << "rate_limited" << 429 << "ApiCallLimit";
        QTest::newRow("lazada bad json") << "lazada" << "bad_json" << 200 << "";
        QTest::newRow("lazada wrong signature") << "lazada" << "wrong_signature" << 200 << "IncompleteSignature";
    }
    void platformFaultsAreAnsweredInThePlatformsShape()
    {
        QFETCH(QString, market);
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(succeeded(market, probe(market)));
        const Reply set = faults(market, {{fault, 1.0}});
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json.value(fault).toDouble(), 1.0);

        const Reply r = probe(market);
        QCOMPARE(r.status, status);
        QCOMPARE(r.error == QNetworkReply::NoError, status == 200);
        if (code.isEmpty()) {
            QVERIFY(!r.isJson);
            QVERIFY(!r.body.isEmpty());
        } else {
            QCOMPARE(errorCode(market, r), code);
        }
        // A refused push changes nothing, and the record says why.
        const int before = shownStock(market, QStringLiteral("MUG-01"));
        const Reply push = market == QLatin1String("shopee") ? shopeePush(itemId(market, "MUG-01"), 1)
                                                             : lazadaPush(QStringLiteral("MUG-01"), 1);
        QVERIFY(!succeeded(market, push));
        QCOMPARE(shownStock(market, QStringLiteral("MUG-01")), before);
        QCOMPARE(callsOf(market).last().toObject().value("outcome").toString(), code.isEmpty() ? QStringLiteral("bad_json") : code);

        QCOMPARE(faults(market, {{"reset", true}}).json.value(fault).toDouble(), 0.0);
        QVERIFY(succeeded(market, probe(market)));
    }

    void errorRateStrikesAboutThatShareOfCalls()
    {
        QCOMPARE(faults(QStringLiteral("shopee"), {{"error_rate", 0.5}, {"seed", 7}}).status, 200);
        int errors = 0;
        for (int i = 0; i < 40; ++i)
            errors += probe(QStringLiteral("shopee")).status == 500 ? 1 : 0;
        QVERIFY2(errors > 8 && errors < 32, qPrintable(QString::number(errors)));
    }

    void latencyDelaysTheAnswer_data()
    {
        QTest::addColumn<QString>("market");
        QTest::newRow("shopee") << "shopee";
        QTest::newRow("lazada") << "lazada";
    }
    void latencyDelaysTheAnswer()
    {
        QFETCH(QString, market);
        QCOMPARE(faults(market, {{"latency_ms", 150}}).json.value("latency_ms").toInt(), 150);
        QElapsedTimer timer;
        timer.start();
        const Reply r = probe(market);   // awaited with QSignalSpy, no sleep
        QVERIFY(succeeded(market, r));
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(faults(market, {}).json.value("counters").toObject().value("delayed").toInt(), 1);
    }

    void downRefusesConnectionsUntilReset_data()
    {
        QTest::addColumn<QString>("market");
        QTest::newRow("shopee") << "shopee";
        QTest::newRow("lazada") << "lazada";
    }
    void downRefusesConnectionsUntilReset()
    {
        QFETCH(QString, market);
        QVERIFY(succeeded(market, probe(market)));
        QCOMPARE(faults(market, {{"down", true}}).json.value("listening").toBool(), false);
        QCOMPARE(probe(market).error, QNetworkReply::ConnectionRefusedError);
        const QString other = market == QLatin1String("shopee") ? QStringLiteral("lazada") : QStringLiteral("shopee");
        QVERIFY(succeeded(other, probe(other)));   // one marketplace down leaves the other up
        QCOMPARE(faults(market, {{"reset", true}}).json.value("listening").toBool(), true);
        QVERIFY(succeeded(market, probe(market)));
    }

    void unknownOrBadFaultChangesNothing()
    {
        const Reply unknown = faults(QStringLiteral("shopee"), {{"latency_ms", 50}, {"explode", true}});
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.json.value("error").toString().contains("explode"));
        const Reply bad = faults(QStringLiteral("lazada"), {{"latency_ms", 50}, {"bad_json", 2}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(m_box->server(QStringLiteral("shopee"))->faults().latencyMs, 0);
        QCOMPARE(m_box->server(QStringLiteral("lazada"))->faults().latencyMs, 0);
        QCOMPARE(m_box->lazada().faults().badJson, 0.0);
    }

    // ---- the real rate limit --------------------------------------------------------------------

    void rateLimitAnswers429BeyondNCallsPerSecond_data()
    {
        QTest::addColumn<QString>("market");
        QTest::addColumn<QString>("code");
        QTest::newRow("shopee") << "shopee" << "error_rate_limit";
        QTest::newRow("lazada") << "lazada" << "ApiCallLimit";
    }
    void rateLimitAnswers429BeyondNCallsPerSecond()
    {
        QFETCH(QString, market);
        QFETCH(QString, code);
        QCOMPARE(faults(market, {{"calls_per_second", 3}}).json.value("calls_per_second").toInt(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(succeeded(market, probe(market)));
        Reply limited = probe(market);
        QCOMPARE(limited.status, 429);
        QCOMPARE(errorCode(market, limited), code);
        m_clock->advance(999ms);
        QCOMPARE(probe(market).status, 429);   // still inside the one-second window
        m_clock->advance(1ms);
        QVERIFY(succeeded(market, probe(market)));
        QCOMPARE(faults(market, {{"calls_per_second", 0}}).status, 200);
        for (int i = 0; i < 5; ++i)
            QVERIFY(succeeded(market, probe(market)));
    }

    // ---- listings from the shop ------------------------------------------------------------------

    void listingsFromTheShopShowWhatIsAvailable()
    {
        auto conn = test::connectOrDie(test::TestCluster::instance().freshDatabase());
        test::must(*conn, "INSERT INTO product (sku, name, price_satang) VALUES ('A', 'Alpha', 100), ('B', 'Beta', 100), "
                          "('C', 'No stock yet', 100)");
        test::must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('X1', 'X', 1), ('X2', 'X', 2)");
        test::must(*conn, "SELECT set_config('backroom.reason', 'opening', false)");
        test::must(*conn, "INSERT INTO stock (product_id, bin_id, on_hand, reserved) SELECT p.id, b.id, 7, "
                          "CASE WHEN p.sku = 'B' THEN 2 ELSE 0 END FROM product p, bin b WHERE p.sku IN ('A', 'B')");
        auto seeds = listingSeedsFromShop(*conn);
        QVERIFY2(seeds.ok(), seeds.ok() ? "" : qPrintable(seeds.error().message));
        QCOMPARE(seeds->size(), 3);
        QCOMPARE(seeds->at(0).sku, QStringLiteral("A"));
        QCOMPARE(seeds->at(0).stock, 14);
        QCOMPARE(seeds->at(1).stock, 10);   // on hand minus reserved, over both bins
        QCOMPARE(seeds->at(2).stock, 0);
        QCOMPARE(listingSeedsFromShop(*conn, 2)->size(), 2);
        QVERIFY(m_box->shopee().addListings(*seeds).ok());
        QCOMPARE(shownStock(QStringLiteral("shopee"), QStringLiteral("B")), 10);
    }

    // ---- the binary -------------------------------------------------------------------------------

    void binaryRunsTheStandInsAndTheyAreSteeredFromTheCommandLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile listings(dir.filePath(QStringLiteral("listings.json")));
        QVERIFY(listings.open(QIODevice::WriteOnly));
        listings.write(R"([{"sku": "TEE-RED-M", "stock": 10}, {"sku": "MUG-01", "stock": 5, "item_id": 555}])");
        listings.close();
        QProcess box;
        box.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("sandbox"), QStringLiteral("--json"), QStringLiteral("--listings"),
                                                 listings.fileName()});
        QVERIFY(box.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += box.readAllStandardOutput()).contains('\n'), 20000);
        const QJsonObject info = QJsonDocument::fromJson(banner).object();
        const QString control = info.value("control_url").toString();
        const QUrl shopee(info.value("shopee").toObject().value("base_url").toString());
        const QUrl lazada(info.value("lazada").toObject().value("base_url").toString());
        QVERIFY2(shopee.port() > 0 && lazada.path() == QLatin1String("/rest"), banner.constData());

        auto cli = [&](const QStringList &args, QByteArray *output = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("BACKROOM_SANDBOX_CONTROL"), control);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(BACKROOM_BIN), QStringList{QStringLiteral("sandbox")} + args);
            p.waitForFinished(20000);
            if (output)
                *output = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray output;
        QCOMPARE(cli({QStringLiteral("listings"), QStringLiteral("lazada"), QStringLiteral("--json")}, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value("listings").toArray().size(), 2);
        QCOMPARE(cli({QStringLiteral("order"), QStringLiteral("shopee"), QStringLiteral("MUG-01:2"), QStringLiteral("--json")},
                     &output), 0);
        QVERIFY(!QJsonDocument::fromJson(output).object().value("id").toString().isEmpty());
        QCOMPARE(cli({QStringLiteral("listings"), QStringLiteral("shopee")}, &output), 0);
        QVERIFY2(output.contains("MUG-01") && output.contains("555"), output.constData());

        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("lazada"), QStringLiteral("--down")}), 0);
        QUrl lazadaRead = lazada;
        lazadaRead.setPath(lazada.path() + QStringLiteral("/product/item/get"));
        QCOMPARE(await(m_nam->get(request(lazadaRead))).error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("lazada"), QStringLiteral("--reset")}), 0);
        QCOMPARE(await(m_nam->get(request(lazadaRead))).json.value("code").toString(), QStringLiteral("MissingParameter"));
        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("shopee"), QStringLiteral("--bad-json"), QStringLiteral("2")}), 2);
        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("shopee"), QStringLiteral("--calls-per-second"), QStringLiteral("5"),
                      QStringLiteral("--json")}, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value("calls_per_second").toInt(), 5);
        QCOMPARE(cli({QStringLiteral("calls"), QStringLiteral("lazada"), QStringLiteral("--json")}, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value("calls").toArray().size(), 1);
        QCOMPARE(cli({QStringLiteral("order"), QStringLiteral("ebay"), QStringLiteral("X")}), 2);

        box.terminate();
        QVERIFY(box.waitForFinished(20000));
        QCOMPARE(box.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMarketSandbox)
#include "tst_marketsandbox.moc"
