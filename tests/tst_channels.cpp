// Channel sync (migration 011, core/channels) on the real test PostgreSQL with several connections: the
// outbox written in the changing transaction, coalescing, SKIP LOCKED leases and their expiry, acks that
// only move forward, buffers, marketplace order intake; then the SyncWorker end to end against two small
// in-test marketplaces shaped like Shopee v2 and Lazada (signature checked, faults switchable), served by
// the sandbox's FaultyHttpServer on loopback. The adapter tests at the end need no database.
#include "testdb.h"

#include "channels/channelstatus.h"
#include "channels/lazadaadapter.h"
#include "channels/orderpush.h"
#include "channels/shopeeadapter.h"
#include "channels/signing.h"
#include "channels/syncworker.h"
#include "channels/tokenbucket.h"
#include "net/httpclient.h"
#include "sandbox/faultyhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace backroom;
using test::connectOrDie;
using test::must;

namespace {

const QByteArray kShopeeKey = "test-partner-key";
const QByteArray kLazadaSecret = "test-app-secret";
const QString kToken = QStringLiteral("test-token");
constexpr qint64 kPartnerId = 777;
constexpr qint64 kShopId = 4242;

// A shop: products P-1..P-n, one bin, `onHand` units each.
void seedShop(db::Connection &c, int products, int onHand)
{
    must(c, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1)");
    must(c, "INSERT INTO product (sku, name, price_satang) SELECT 'P-' || g, 'Product ' || g, 10000 "
            "FROM generate_series(1, $1::int) g", {products});
    must(c, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, $1::int FROM product p, bin b", {onHand});
}

qint64 scalar(db::Connection &c, const char *sql, const QVariantList &params = {})
{
    return must(c, sql, params).toInt64(0, 0);
}

int available(db::Connection &c, const QString &sku)
{
    return int(scalar(c, "SELECT sum(on_hand - reserved) FROM stock s JOIN product p ON p.id = s.product_id WHERE p.sku = $1",
                      {sku}));
}

void setOnHand(db::Connection &c, const QString &sku, int onHand)
{
    must(c, "UPDATE backroom_data.stock SET on_hand = $2 WHERE product_id = (SELECT id FROM product WHERE sku = $1)",
         {sku, onHand});
}

// Acknowledges everything in the outbox as pushed (a clean start for a test).
void drainOutbox(db::Connection &c)
{
    for (const char *channel : {"shopee", "lazada"})
        must(c, "SELECT channel_record_push($1, x.product_id, x.seq, x.lease_token, x.target_qty, true) "
                "FROM channel_claim($1, 'drain', 1000, 60) x", {QString::fromLatin1(channel)});
}

// A marketplace stand-in small enough to read: it checks the platform's signature, records what each
// listing shows, and answers with a switchable fault.
class FakeMarket {
public:
    enum class Fault { None, BadJson, WrongSignature, RateLimit, ServerError };

    FakeMarket(QString channel, QStringList skus) : m_channel(std::move(channel)), m_skus(std::move(skus))
    {
        m_server = std::make_unique<sandbox::FaultyHttpServer>(
            m_channel, [this](const sandbox::HttpRequest &r) { return handle(r); });
        auto port = m_server->start(QHostAddress::LocalHost, 0);
        if (!port)
            qFatal("fake %s did not start", qPrintable(m_channel));
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    void setFault(Fault f) { m_fault = f; }
    void setDown(bool down) { m_server->changeFaults(QJsonObject{{QStringLiteral("down"), down}}); }
    int shown(const QString &sku) const { return m_shown.value(sku, -1); }
    QList<int> received(const QString &sku) const { return m_received.value(sku); }
    int pushes() const { return m_pushes; }
    int refusedSignatures() const { return m_badSignatures; }
    void addOrder(const QString &id, const QString &sku, int qty) { m_orders.append({id, sku, qty}); }
    static QString itemIdOf(int index) { return QString::number(5000 + index); }

private:
    struct Order {
        QString id;
        QString sku;
        int qty;
    };

    sandbox::HttpReply shopee(const QJsonObject &response) const
    {
        return sandbox::HttpReply::json(200, QJsonObject{{QStringLiteral("error"), QString()},
                                                         {QStringLiteral("message"), QString()},
                                                         {QStringLiteral("response"), response}});
    }
    sandbox::HttpReply lazada(const QJsonValue &data) const
    {
        return sandbox::HttpReply::json(200, QJsonObject{{QStringLiteral("code"), QStringLiteral("0")},
                                                         {QStringLiteral("data"), data}});
    }

    bool signatureOk(const sandbox::HttpRequest &r) const
    {
        if (m_channel == QLatin1String("shopee")) {
            const QByteArray expected = channels::shopeeSignature(
                kShopeeKey, r.query.queryItemValue(QStringLiteral("partner_id")).toLongLong(), r.path,
                r.query.queryItemValue(QStringLiteral("timestamp")).toLongLong(),
                r.query.queryItemValue(QStringLiteral("access_token")), r.query.queryItemValue(QStringLiteral("shop_id")).toLongLong());
            return channels::signaturesEqual(expected, r.query.queryItemValue(QStringLiteral("sign")).toLatin1());
        }
        QMap<QString, QString> params;
        for (const auto &[k, v] : r.query.queryItems(QUrl::FullyDecoded))
            params.insert(k, v);
        for (const auto &[k, v] : QUrlQuery(QString::fromUtf8(r.body)).queryItems(QUrl::FullyDecoded))
            params.insert(k, v);
        const QByteArray given = params.take(QStringLiteral("sign")).toLatin1();
        return channels::signaturesEqual(channels::lazadaSignature(kLazadaSecret, r.path, params), given);
    }

    std::optional<sandbox::HttpReply> fault() const
    {
        const bool s = m_channel == QLatin1String("shopee");
        switch (m_fault) {
        case Fault::None: return std::nullopt;
        case Fault::BadJson: {
            sandbox::HttpReply broken;
            broken.body = "{\"error\":\"\",\"response\":{\"success_list\":[";
            return broken;
        }
        case Fault::WrongSignature:
            return s ? sandbox::HttpReply::json(403, {{QStringLiteral("error"), QStringLiteral("error_sign")},
                                                      {QStringLiteral("message"), QStringLiteral("Wrong sign.")}})
                     : sandbox::HttpReply::json(200, {{QStringLiteral("code"), QStringLiteral("IncompleteSignature")},
                                                      {QStringLiteral("message"), QStringLiteral("bad sign")}});
        case Fault::RateLimit: {
            auto reply = s ? sandbox::HttpReply::json(429, {{QStringLiteral("error"), QStringLiteral("error_rate_limit")}})
                           : sandbox::HttpReply::json(429, {{QStringLiteral("code"), QStringLiteral("ApiCallLimit")}});
            reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            return reply;
        }
        case Fault::ServerError:
            return sandbox::HttpReply::json(500, {{QStringLiteral("error"), QStringLiteral("error_server")}});
        }
        return std::nullopt;
    }

    void show(const QString &sku, int qty)
    {
        ++m_pushes;
        m_shown[sku] = qty;
        m_received[sku].append(qty);
    }

    sandbox::HttpReply handle(const sandbox::HttpRequest &r)
    {
        if (auto f = fault())
            return *f;
        if (!signatureOk(r)) {
            ++m_badSignatures;
            return sandbox::HttpReply::json(403, {{QStringLiteral("error"), QStringLiteral("error_sign")},
                                                  {QStringLiteral("code"), QStringLiteral("IncompleteSignature")}});
        }
        return m_channel == QLatin1String("shopee") ? handleShopee(r) : handleLazada(r);
    }

    sandbox::HttpReply handleShopee(const sandbox::HttpRequest &r)
    {
        if (r.path == QLatin1String("/api/v2/product/update_stock")) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const int index = int(body.value(QStringLiteral("item_id")).toDouble()) - 5000;
            const int qty = body.value(QStringLiteral("stock_list")).toArray().first().toObject()
                                .value(QStringLiteral("seller_stock")).toArray().first().toObject()
                                .value(QStringLiteral("stock")).toInt();
            if (index < 0 || index >= m_skus.size())
                return shopee({{QStringLiteral("success_list"), QJsonArray{}},
                               {QStringLiteral("failure_list"), QJsonArray{QJsonObject{{QStringLiteral("failed_reason"), QStringLiteral("no item")}}}}});
            show(m_skus[index], qty);
            return shopee({{QStringLiteral("success_list"), QJsonArray{QJsonObject{{QStringLiteral("stock"), qty}}}},
                           {QStringLiteral("failure_list"), QJsonArray{}}});
        }
        if (r.path == QLatin1String("/api/v2/product/get_item_list")) {
            QJsonArray items;
            for (int i = 0; i < m_skus.size(); ++i)
                items.append(QJsonObject{{QStringLiteral("item_id"), itemIdOf(i).toLongLong()}});
            return shopee({{QStringLiteral("item"), items}, {QStringLiteral("has_next_page"), false}});
        }
        if (r.path == QLatin1String("/api/v2/product/get_item_base_info")) {
            QJsonArray items;
            for (const QString &id : r.query.queryItemValue(QStringLiteral("item_id_list"), QUrl::FullyDecoded).split(QLatin1Char(',')))
                items.append(QJsonObject{{QStringLiteral("item_id"), id.toLongLong()},
                                         {QStringLiteral("item_sku"), m_skus.value(id.toInt() - 5000)}});
            return shopee({{QStringLiteral("item_list"), items}});
        }
        if (r.path == QLatin1String("/api/v2/order/get_order_list")) {
            QJsonArray list;
            for (const Order &o : m_orders)
                list.append(QJsonObject{{QStringLiteral("order_sn"), o.id}});
            return shopee({{QStringLiteral("order_list"), list}, {QStringLiteral("more"), false}});
        }
        if (r.path == QLatin1String("/api/v2/order/get_order_detail")) {
            QJsonArray list;
            for (const Order &o : m_orders)
                list.append(QJsonObject{{QStringLiteral("order_sn"), o.id},
                                        {QStringLiteral("order_status"), QStringLiteral("READY_TO_SHIP")},
                                        {QStringLiteral("item_list"),
                                         QJsonArray{QJsonObject{{QStringLiteral("item_sku"), o.sku},
                                                                {QStringLiteral("model_sku"), QString()},
                                                                {QStringLiteral("model_quantity_purchased"), o.qty}}}}});
            return shopee({{QStringLiteral("order_list"), list}});
        }
        return sandbox::HttpReply::json(404, {{QStringLiteral("error"), QStringLiteral("error_not_found")}});
    }

    sandbox::HttpReply handleLazada(const sandbox::HttpRequest &r)
    {
        if (r.path == QLatin1String("/product/price_quantity/update")) {
            const QString payload = QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded);
            static const QRegularExpression sku(QStringLiteral("<SellerSku>(.*)</SellerSku><Quantity>(\\d+)</Quantity>"));
            const auto m = sku.match(payload);
            if (!m.hasMatch() || !m_skus.contains(m.captured(1)))
                return sandbox::HttpReply::json(200, {{QStringLiteral("code"), QStringLiteral("InvalidParameter")}});
            show(m.captured(1), m.captured(2).toInt());
            return lazada(QJsonValue());
        }
        if (r.path == QLatin1String("/orders/get")) {
            QJsonArray list;
            for (const Order &o : m_orders)
                list.append(QJsonObject{{QStringLiteral("order_id"), o.id.toLongLong()}});
            return lazada(QJsonObject{{QStringLiteral("orders"), list}});
        }
        if (r.path == QLatin1String("/order/items/get")) {
            QJsonArray items;
            for (const Order &o : m_orders)
                if (o.id == r.query.queryItemValue(QStringLiteral("order_id")))
                    for (int i = 0; i < o.qty; ++i)
                        items.append(QJsonObject{{QStringLiteral("sku"), o.sku}, {QStringLiteral("status"), QStringLiteral("pending")}});
            return lazada(items);
        }
        return sandbox::HttpReply::json(200, {{QStringLiteral("code"), QStringLiteral("InvalidApiPath")}});
    }

    QString m_channel;
    QStringList m_skus;
    std::unique_ptr<sandbox::FaultyHttpServer> m_server;
    Fault m_fault = Fault::None;
    QHash<QString, int> m_shown;
    QHash<QString, QList<int>> m_received;
    QList<Order> m_orders;
    int m_pushes = 0;
    int m_badSignatures = 0;
};

channels::SecretsSource testSecrets()
{
    return [](const QString &channel) -> Result<channels::ChannelSecrets> {
        return channels::ChannelSecrets{channel == QLatin1String("shopee") ? kShopeeKey : kLazadaSecret, kToken};
    };
}

} // namespace

class TestChannels : public QObject {
    Q_OBJECT

    QString m_conninfo;
    std::unique_ptr<db::Connection> m_db;

    // Both marketplaces on, with `buffer` units held back on each.
    void enableMarketplaces(int buffer, const QString &shopeeUrl = QStringLiteral("http://127.0.0.1:1"),
                            const QString &lazadaUrl = QStringLiteral("http://127.0.0.1:1"))
    {
        must(*m_db, "SELECT channel_configure('shopee', true, $1, $2, $3, $4)",
             {buffer, shopeeUrl, QString::number(kShopId), QString::number(kPartnerId)});
        must(*m_db, "SELECT channel_configure('lazada', true, $1, $2, NULL, 'lzd-app')", {buffer, lazadaUrl});
    }

    channels::SyncWorker::Options workerOptions(const QString &id)
    {
        channels::SyncWorker::Options o;
        o.conninfo = m_conninfo;
        o.workerId = id;
        o.secrets = testSecrets();
        o.orderPoll = std::chrono::milliseconds(0);
        o.poll = std::chrono::milliseconds(50);
        o.configRefresh = std::chrono::milliseconds(200);
        o.httpTimeout = std::chrono::milliseconds(3000);
        for (const QString &c : {QStringLiteral("shopee"), QStringLiteral("lazada")}) {
            channels::SyncWorker::ChannelLimits limits;
            limits.ratePerSecond = 1000;
            limits.burst = 100;
            o.limits.insert(c, limits);
        }
        return o;
    }

    void setListings(int products)
    {
        for (int i = 0; i < products; ++i)
            must(*m_db, "SELECT channel_listing_set('shopee', $1, $2)",
                 {QStringLiteral("P-%1").arg(i + 1), FakeMarket::itemIdOf(i)});
    }

    static QStringList skus(int n)
    {
        QStringList out;
        for (int i = 1; i <= n; ++i)
            out << QStringLiteral("P-%1").arg(i);
        return out;
    }

private slots:
    void init()
    {
        m_conninfo = test::TestCluster::instance().freshDatabase();
        m_db = connectOrDie(m_conninfo);
    }

    // ---- the outbox, in SQL ----

    void outboxIsWrittenInTheChangingTransaction()
    {
        seedShop(*m_db, 2, 10);
        enableMarketplaces(0);
        drainOutbox(*m_db);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 0);

        auto writer = connectOrDie(m_conninfo);
        must(*writer, "BEGIN");
        setOnHand(*writer, QStringLiteral("P-1"), 7);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 0);   // not committed: invisible
        must(*writer, "ROLLBACK");
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 0);   // rolled back: nothing left

        setOnHand(*writer, QStringLiteral("P-1"), 7);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox WHERE product_id = "
                               "(SELECT id FROM product WHERE sku = 'P-1')"), 2);   // shopee and lazada
        // Paying an order moves on_hand and reserved together: nothing to push.
        drainOutbox(*m_db);
        must(*m_db, "UPDATE backroom_data.stock SET on_hand = on_hand + 2, reserved = reserved + 2");
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 0);
    }

    void burstCoalescesIntoTheNewestValue()
    {
        seedShop(*m_db, 1, 100);
        enableMarketplaces(0);
        drainOutbox(*m_db);
        const qint64 before = scalar(*m_db, "SELECT last_value FROM backroom_data.channel_change_seq");
        for (int i = 0; i < 30; ++i)
            setOnHand(*m_db, QStringLiteral("P-1"), 99 - i);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox WHERE channel = 'shopee'"), 1);
        const auto claimed = must(*m_db, "SELECT target_qty, seq FROM channel_claim('shopee', 'w', 10, 30)");
        QCOMPARE(claimed.rows(), 1);
        QCOMPARE(claimed.toInt(0, 0), 70);
        QVERIFY(claimed.toInt64(0, 1) > before);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 2);   // one row per marketplace, 30 changes
    }

    void twoWorkersShareTheWorkWithoutDoubleClaims()
    {
        seedShop(*m_db, 40, 5);
        enableMarketplaces(0);
        auto a = connectOrDie(m_conninfo);
        auto b = connectOrDie(m_conninfo);
        // A holds its claim open (rows locked, not yet leased in anyone's eyes); B skips them, not waits.
        must(*a, "BEGIN");
        const auto first = must(*a, "SELECT product_id FROM channel_claim('shopee', 'a', 25, 30)");
        const auto second = must(*b, "SELECT product_id FROM channel_claim('shopee', 'b', 25, 30)");
        must(*a, "COMMIT");
        QCOMPARE(first.rows(), 25);
        QCOMPARE(second.rows(), 15);
        QSet<qint64> seen;
        for (int i = 0; i < first.rows(); ++i)
            seen.insert(first.toInt64(i, 0));
        for (int i = 0; i < second.rows(); ++i)
            QVERIFY2(!seen.contains(second.toInt64(i, 0)), "a product was claimed twice");
        // Leased rows are not handed out again while the lease runs.
        QCOMPARE(must(*b, "SELECT * FROM channel_claim('shopee', 'b', 100, 30)").rows(), 0);
    }

    void leaseOfAKilledWorkerExpiresAndIsTakenOver()
    {
        seedShop(*m_db, 3, 5);
        enableMarketplaces(0);
        auto dying = connectOrDie(m_conninfo);
        const auto claimed = must(*dying, "SELECT product_id, seq, lease_token FROM channel_claim('shopee', 'dying', 10, 1)");
        QCOMPARE(claimed.rows(), 3);
        must(*m_db, "SELECT pg_terminate_backend($1)", {dying->backendPid()});
        auto heir = connectOrDie(m_conninfo);
        QCOMPARE(must(*heir, "SELECT * FROM channel_claim('shopee', 'heir', 10, 30)").rows(), 0);   // lease still runs
        int taken = 0;
        QTRY_VERIFY_WITH_TIMEOUT((taken += must(*heir, "SELECT * FROM channel_claim('shopee', 'heir', 10, 30)").rows()) == 3,
                                 5000);
        // The dead worker's push, had it landed late, is re-enqueued so that the newest value lands last.
        QCOMPARE(must(*m_db, "SELECT channel_record_push('shopee', $1, $2, $3, 5, true)",
                      {claimed.toInt64(0, 0), claimed.toInt64(0, 1), claimed.toInt64(0, 2)}).text(0, 0),
                 QStringLiteral("requeued"));
        QCOMPARE(must(*m_db, "SELECT channel_record_push('shopee', $1, $2, $3, 5, false, 'boom')",
                      {claimed.toInt64(1, 0), claimed.toInt64(1, 1), claimed.toInt64(1, 2)}).text(0, 0),
                 QStringLiteral("lease_lost"));
    }

    void aLateOldValueNeverOverwritesANewerAck()
    {
        seedShop(*m_db, 1, 5);
        enableMarketplaces(0);
        const qint64 product = scalar(*m_db, "SELECT id FROM product");
        must(*m_db, "SELECT channel_record_push('shopee', $1, 1000000, -1, 4, true)", {product});
        must(*m_db, "SELECT channel_record_push('shopee', $1, 999, -1, 9, true)", {product});   // late, older
        QCOMPARE(scalar(*m_db, "SELECT qty FROM channel_ack WHERE channel = 'shopee'"), 4);
        QCOMPARE(scalar(*m_db, "SELECT seq FROM channel_ack WHERE channel = 'shopee'"), 1000000);
        // A newer change during a push keeps the row for another push.
        const auto c = must(*m_db, "SELECT seq, lease_token FROM channel_claim('lazada', 'w', 1, 30)");
        setOnHand(*m_db, QStringLiteral("P-1"), 3);
        QCOMPARE(must(*m_db, "SELECT channel_record_push('lazada', $1, $2, $3, 5, true)",
                      {product, c.toInt64(0, 0), c.toInt64(0, 1)}).text(0, 0), QStringLiteral("newer_pending"));
        QCOMPARE(must(*m_db, "SELECT target_qty FROM channel_claim('lazada', 'w', 1, 30)").toInt(0, 0), 3);
    }

    void bufferIsAppliedAndNeverBelowZero()
    {
        seedShop(*m_db, 2, 2);
        enableMarketplaces(3);
        must(*m_db, "SELECT channel_product_buffer_set('lazada', 'P-2', 1)");
        auto targets = [&](const QString &channel) {
            QMap<QString, int> out;
            const auto r = must(*m_db, "SELECT sku, target_qty FROM channel_claim($1, 'w', 10, 30)", {channel});
            for (int i = 0; i < r.rows(); ++i)
                out.insert(r.text(i, 0), r.toInt(i, 1));
            return out;
        };
        const auto lazada = targets(QStringLiteral("lazada"));
        QCOMPARE(lazada.value(QStringLiteral("P-1")), 0);   // 2 - 3 -> 0, never negative
        QCOMPARE(lazada.value(QStringLiteral("P-2")), 1);   // the product's own buffer of 1
        QCOMPARE(targets(QStringLiteral("shopee")).value(QStringLiteral("P-2")), 0);
        QVERIFY(!channels::readProductDrift(*m_db, 10)->isEmpty());
    }

    void marketplaceOrderReservesStockAndMovesTheOtherChannels()
    {
        seedShop(*m_db, 1, 10);
        enableMarketplaces(0);
        drainOutbox(*m_db);
        const auto r = must(*m_db, "SELECT order_id, status FROM channel_order_intake('shopee', '2601SN1', "
                                   "'[{\"sku\": \"P-1\", \"qty\": 3}]')");
        QCOMPARE(r.text(0, 1), QStringLiteral("accepted"));
        QCOMPARE(available(*m_db, QStringLiteral("P-1")), 7);
        QCOMPARE(must(*m_db, "SELECT channel, status FROM orders WHERE id = $1", {r.toInt64(0, 0)}).text(0, 0),
                 QStringLiteral("shopee"));
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 2);   // lazada and shopee both told
        const auto again = must(*m_db, "SELECT order_id, replayed FROM channel_order_intake('shopee', '2601SN1', "
                                       "'[{\"sku\": \"P-1\", \"qty\": 3}]')");
        QCOMPARE(again.toInt64(0, 0), r.toInt64(0, 0));
        QVERIFY(again.toBool(0, 1));
        QCOMPARE(available(*m_db, QStringLiteral("P-1")), 7);   // once only
    }

    void anOrderThatCannotBeReservedIsFlaggedNotDropped()
    {
        seedShop(*m_db, 1, 2);
        enableMarketplaces(0);
        const auto r = must(*m_db, "SELECT order_id, status, reason FROM channel_order_intake('lazada', '9001', "
                                   "'[{\"sku\": \"P-1\", \"qty\": 5}]')");
        QCOMPARE(r.text(0, 1), QStringLiteral("flagged"));
        QVERIFY(r.isNull(0, 0));
        QVERIFY2(r.text(0, 2).contains(QStringLiteral("Out of stock")), qPrintable(r.text(0, 2)));
        QCOMPARE(available(*m_db, QStringLiteral("P-1")), 2);
        const auto unknown = must(*m_db, "SELECT status, reason FROM channel_order_intake('lazada', '9002', "
                                         "'[{\"sku\": \"NOPE\", \"qty\": 1}]')");
        QCOMPARE(unknown.text(0, 0), QStringLiteral("flagged"));
        auto status = channels::readChannelStatus(*m_db);
        QVERIFY(status);
        for (const auto &s : *status)
            if (s.channel == QLatin1String("lazada"))
                QCOMPARE(s.flaggedOrders, 2);
    }

    // ---- the worker against fake marketplaces ----

    void aWebSaleMovesBothMarketplacesWithTheBufferApplied()
    {
        seedShop(*m_db, 3, 10);
        FakeMarket shopee(QStringLiteral("shopee"), skus(3));
        FakeMarket lazada(QStringLiteral("lazada"), skus(3));
        enableMarketplaces(2, shopee.baseUrl(), lazada.baseUrl());
        net::HttpClient http;
        channels::SyncWorker worker(workerOptions(QStringLiteral("w1")), http);
        worker.start();
        // No listing known yet: the worker learns Shopee's item ids from item_sku.
        QTRY_COMPARE_WITH_TIMEOUT(shopee.shown(QStringLiteral("P-2")), 8, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(lazada.shown(QStringLiteral("P-2")), 8, 15000);

        auto store = connectOrDie(m_conninfo);
        must(*store, "SELECT * FROM place_order('[{\"sku\": \"P-2\", \"qty\": 3}]', 'web-1')");
        QTRY_COMPARE_WITH_TIMEOUT(shopee.shown(QStringLiteral("P-2")), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lazada.shown(QStringLiteral("P-2")), 5, 10000);
        QCOMPARE(shopee.refusedSignatures() + lazada.refusedSignatures(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 0, 10000);
        auto status = channels::readChannelStatus(*m_db);
        QVERIFY(status);
        for (const auto &s : *status)
            if (s.remote)
                QVERIFY2(s.pushesLastHour >= 3 && s.lastPushUtc.isValid(), qPrintable(s.channel));
    }

    void twoWorkersNeverPushTheSameChangeTwice()
    {
        const int n = 30;
        seedShop(*m_db, n, 10);
        setListings(n);
        FakeMarket shopee(QStringLiteral("shopee"), skus(n));
        FakeMarket lazada(QStringLiteral("lazada"), skus(n));
        enableMarketplaces(0, shopee.baseUrl(), lazada.baseUrl());
        net::HttpClient http;
        channels::SyncWorker one(workerOptions(QStringLiteral("one")), http);
        channels::SyncWorker two(workerOptions(QStringLiteral("two")), http);
        one.start();
        two.start();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 0, 20000);
        QCOMPARE(shopee.pushes(), n);
        QCOMPARE(lazada.pushes(), n);
        QCOMPARE(scalar(*m_db, "SELECT count(DISTINCT worker) FROM channel_push_log WHERE worker IS NOT NULL") >= 1, true);
    }

    void oneMarketplaceDownDoesNotDelayTheOtherAndCatchesUpInOrder()
    {
        seedShop(*m_db, 2, 20);
        setListings(2);
        FakeMarket shopee(QStringLiteral("shopee"), skus(2));
        FakeMarket lazada(QStringLiteral("lazada"), skus(2));
        enableMarketplaces(0, shopee.baseUrl(), lazada.baseUrl());
        net::HttpClient http;
        auto options = workerOptions(QStringLiteral("w"));
        options.limits[QStringLiteral("shopee")].breaker.minimumNumberOfCalls = 2;
        options.limits[QStringLiteral("shopee")].breaker.slidingWindowSize = 2;
        options.limits[QStringLiteral("shopee")].breaker.breakDuration =
            resilience::CircuitBreakerConfig::fixedBreak(std::chrono::milliseconds(300));
        channels::SyncWorker worker(options, http);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(shopee.shown(QStringLiteral("P-1")), 20, 10000);

        shopee.setDown(true);
        for (int q = 19; q >= 10; --q) {
            setOnHand(*m_db, QStringLiteral("P-1"), q);
            QTRY_COMPARE_WITH_TIMEOUT(lazada.shown(QStringLiteral("P-1")), q, 5000);   // never waits for shopee
        }
        QTRY_VERIFY_WITH_TIMEOUT(worker.breaker(QStringLiteral("shopee"))->state() != resilience::BreakerState::Closed, 10000);
        QVERIFY(scalar(*m_db, "SELECT count(*) FROM channel_outbox WHERE channel = 'shopee'") >= 1);
        shopee.setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(shopee.shown(QStringLiteral("P-1")), 10, 20000);
        const QList<int> got = shopee.received(QStringLiteral("P-1"));
        for (int i = 1; i < got.size(); ++i)
            QVERIFY2(got[i] <= got[i - 1], "shopee received an older value after a newer one");
    }

    // ---- migration 016: call failures, pruning, set-based drift ----

    void failedCallsOtherThanPushesAreInTheChannelStatus()
    {
        seedShop(*m_db, 1, 5);
        enableMarketplaces(0);
        must(*m_db, "SELECT channel_record_call_failure('shopee', 'item_list', 'malformed: not JSON', 12)");
        auto status = channels::readChannelStatus(*m_db);
        QVERIFY(status);
        for (const auto &st : *status)
            if (st.channel == QLatin1String("shopee")) {
                QCOMPARE(st.lastError, QStringLiteral("malformed: not JSON"));
                QCOMPARE(st.errorsLastHour, 1);
                QCOMPARE(st.pushesLastHour, 0);
            }
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_push_log WHERE call = 'item_list' AND product_id IS NULL"), 1);
        // A push is recorded by channel_record_push only; unknown channels and odd names are refused.
        QCOMPARE(m_db->exec("SELECT channel_record_call_failure('shopee', 'update_stock', 'x')").error().kind,
                 Error::Kind::BadInput);
        QCOMPARE(m_db->exec("SELECT channel_record_call_failure('web', 'item_list', 'x')").error().kind, Error::Kind::BadInput);
        QCOMPARE(m_db->exec("SELECT channel_record_call_failure('shopee', 'DROP TABLE', 'x')").error().kind,
                 Error::Kind::BadInput);
    }

    void pushLogIsPrunedByAgeAndByRowsPerChannel()
    {
        seedShop(*m_db, 1, 5);
        must(*m_db, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, ok, outcome, at) "
                    "SELECT 'shopee', 1, g, true, 'acked', now() - make_interval(secs => g) FROM generate_series(1, 250) g");
        must(*m_db, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, ok, outcome, at) "
                    "SELECT 'lazada', 1, g, true, 'acked', now() - interval '8 days' FROM generate_series(1, 30) g");
        must(*m_db, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, ok, outcome, at) "
                    "SELECT 'lazada', 1, g, true, 'acked', now() FROM generate_series(1, 5) g");
        QCOMPARE(scalar(*m_db, "SELECT channel_prune_push_log('7 days', 100)"), 150 + 30);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_push_log WHERE channel = 'shopee'"), 100);
        // The newest hundred stayed.
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_push_log WHERE channel = 'shopee' AND seq <= 100"), 100);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_push_log WHERE channel = 'lazada'"), 5);
        QCOMPARE(m_db->exec("SELECT channel_prune_push_log('1 second', 100)").error().kind, Error::Kind::BadInput);
        QCOMPARE(m_db->exec("SELECT channel_prune_push_log('7 days', 5)").error().kind, Error::Kind::BadInput);

        // `serve`'s worker prunes on its own, every few minutes (here every 50 ms).
        must(*m_db, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, ok, outcome, at) "
                    "SELECT 'shopee', 1, g, true, 'acked', now() - interval '30 days' FROM generate_series(1, 7) g");
        net::HttpClient http;
        auto options = workerOptions(QStringLiteral("pruner"));
        options.prunePushLogEvery = std::chrono::milliseconds(50);
        channels::SyncWorker worker(options, http);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, "SELECT count(*) FROM channel_push_log WHERE at < now() - interval '7 days'"),
                                  0, 5000);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_push_log WHERE channel = 'shopee'"), 100);
    }

    // The set-based channel_drift of 016 says what channel_available() (stock rows plus flash-sale buckets)
    // says, product by product, buffers applied.
    void driftMatchesChannelAvailableProductByProduct()
    {
        seedShop(*m_db, 4, 10);
        enableMarketplaces(1);
        must(*m_db, "SELECT channel_product_buffer_set('lazada', 'P-2', 4)");
        must(*m_db, "UPDATE backroom_data.stock SET reserved = 3 WHERE product_id = (SELECT id FROM product WHERE sku = 'P-3')");
        must(*m_db, "UPDATE backroom_data.stock SET reserved = reserved + 5 WHERE product_id = (SELECT id FROM product WHERE sku = 'P-4')");
        must(*m_db, "INSERT INTO backroom_data.stock_bucket (product_id, bin_id, allotted, taken) "
                    "SELECT s.product_id, s.bin_id, 5, 2 FROM backroom_data.stock s JOIN product p ON p.id = s.product_id "
                    "WHERE p.sku = 'P-4'");
        must(*m_db, "SELECT channel_record_push(x.channel, x.product_id, x.seq, x.lease_token, x.target_qty, true) FROM "
                    "(SELECT 'shopee' AS channel, c.* FROM channel_claim('shopee', 't', 1, 30) c) x");
        const auto mismatches = scalar(*m_db,
            "SELECT count(*) FROM channel_drift(1000) d JOIN channel c ON c.name = d.channel "
            "LEFT JOIN channel_product_buffer pb ON pb.channel = d.channel AND pb.product_id = d.product_id "
            "LEFT JOIN channel_ack a ON a.channel = d.channel AND a.product_id = d.product_id "
            "WHERE d.available <> backroom_data.channel_available(d.product_id) "
            "   OR d.expected <> greatest(0, backroom_data.channel_available(d.product_id) - coalesce(pb.buffer_qty, c.buffer_qty)) "
            "   OR d.shown IS DISTINCT FROM a.qty "
            "   OR d.pending <> EXISTS (SELECT 1 FROM channel_outbox o WHERE o.channel = d.channel AND o.product_id = d.product_id)");
        QCOMPARE(mismatches, 0);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_drift(1000)"), 8);
        QCOMPARE(scalar(*m_db, "SELECT available FROM channel_drift(1000) WHERE sku = 'P-4' LIMIT 1"), 10 - 5 + 3);
        QCOMPARE(scalar(*m_db, "SELECT expected FROM channel_drift(1000) WHERE sku = 'P-2' AND channel = 'lazada'"), 6);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_drift(3)"), 3);
        // Drifting rows first: the one acknowledged product that matches comes last.
        QVERIFY(!must(*m_db, "SELECT shown IS DISTINCT FROM expected FROM channel_drift(1000) OFFSET 7").toBool(0, 0));
    }

    // ---- Shopee pushes (webhook) ----

    void shopeeOrderPushesAreVerified()
    {
        const QString url = QStringLiteral("https://shop.example/shopee/push");
        const QByteArray body = R"({"shop_id":4242,"code":3,"timestamp":1700000000,"data":{"ordersn":"2311SBX00001","status":"READY_TO_SHIP","update_time":1700000000}})";
        auto sign = [&](const QByteArray &b) { return channels::shopeePushSignature(kShopeeKey, url, b); };
        const auto good = channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url, body, sign(body));
        QCOMPARE(good.httpStatus, 200);
        QCOMPARE(good.orderIds, QStringList{QStringLiteral("2311SBX00001")});
        // The documented base string: callback URL, "|", body; lowercase hex.
        QCOMPARE(sign(body), QMessageAuthenticationCode::hash(url.toUtf8() + "|" + body, kShopeeKey,
                                                              QCryptographicHash::Sha256).toHex());
        QCOMPARE(channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url, body, "deadbeef").httpStatus, 401);
        QCOMPARE(channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url, body, QByteArray()).httpStatus, 401);
        QCOMPARE(channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url + QStringLiteral("x"), body, sign(body))
                     .httpStatus, 401);   // signed for another URL
        QCOMPARE(channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("9999"), url, body, sign(body)).httpStatus, 400);
        QCOMPARE(channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url, "[1,", sign("[1,")).httpStatus, 400);
        const QByteArray noOrder = R"({"shop_id":4242,"code":3,"data":{}})";
        QCOMPARE(channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url, noOrder, sign(noOrder)).httpStatus, 400);
        const auto check = channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url, QByteArray(), sign(QByteArray()));
        QCOMPARE(check.httpStatus, 200);   // Shopee's availability check
        QVERIFY(check.orderIds.isEmpty());
        const QByteArray other = R"({"shop_id":4242,"code":8,"data":{"item_id":1}})";
        const auto ignored = channels::readShopeeOrderPush(kShopeeKey, QStringLiteral("4242"), url, other, sign(other));
        QCOMPARE(ignored.httpStatus, 200);
        QVERIFY(ignored.orderIds.isEmpty());
        QCOMPARE(channels::readShopeeOrderPush(QByteArray(), QStringLiteral("4242"), url, body, sign(body)).httpStatus, 503);
    }

    void marketplaceErrorsAreHandledAndVisible_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("kind");
        QTest::newRow("malformed JSON") << int(FakeMarket::Fault::BadJson) << QStringLiteral("malformed");
        QTest::newRow("wrong signature") << int(FakeMarket::Fault::WrongSignature) << QStringLiteral("auth_failed");
        QTest::newRow("429") << int(FakeMarket::Fault::RateLimit) << QStringLiteral("rate_limited");
        QTest::newRow("500") << int(FakeMarket::Fault::ServerError) << QStringLiteral("server_error");
    }

    void marketplaceErrorsAreHandledAndVisible()
    {
        QFETCH(int, fault);
        QFETCH(QString, kind);
        seedShop(*m_db, 1, 6);
        setListings(1);
        FakeMarket shopee(QStringLiteral("shopee"), skus(1));
        FakeMarket lazada(QStringLiteral("lazada"), skus(1));
        shopee.setFault(FakeMarket::Fault(fault));
        lazada.setFault(FakeMarket::Fault(fault));
        enableMarketplaces(0, shopee.baseUrl(), lazada.baseUrl());
        net::HttpClient http;
        channels::SyncWorker worker(workerOptions(QStringLiteral("w")), http);
        QSignalSpy finished(&worker, &channels::SyncWorker::pushFinished);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 10000);
        for (const auto &call : finished) {
            QVERIFY(!call.at(3).toBool());
            QCOMPARE(call.at(4).toString(), QStringLiteral("retry"));
            QVERIFY2(call.at(5).toString().startsWith(kind), qPrintable(call.at(5).toString()));
        }
        auto status = channels::readChannelStatus(*m_db);
        QVERIFY(status);
        for (const auto &s : *status)
            if (s.remote) {
                QVERIFY2(s.errorsLastHour >= 1 && s.lastError.startsWith(kind), qPrintable(s.lastError));
                QCOMPARE(s.queueDepth, 1);
            }
        // The fault ends: the retry (after the backoff or Retry-After) brings both in line.
        shopee.setFault(FakeMarket::Fault::None);
        lazada.setFault(FakeMarket::Fault::None);
        worker.breaker(QStringLiteral("shopee"))->reset();
        worker.breaker(QStringLiteral("lazada"))->reset();
        QTRY_COMPARE_WITH_TIMEOUT(shopee.shown(QStringLiteral("P-1")), 6, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(lazada.shown(QStringLiteral("P-1")), 6, 15000);
    }

    void pulledMarketplaceOrdersReserveStockHere()
    {
        seedShop(*m_db, 2, 10);
        setListings(2);
        FakeMarket shopee(QStringLiteral("shopee"), skus(2));
        FakeMarket lazada(QStringLiteral("lazada"), skus(2));
        shopee.addOrder(QStringLiteral("2601SBX00001"), QStringLiteral("P-1"), 2);
        lazada.addOrder(QStringLiteral("300000001"), QStringLiteral("P-1"), 3);
        lazada.addOrder(QStringLiteral("300000002"), QStringLiteral("P-2"), 50);   // more than we have
        enableMarketplaces(0, shopee.baseUrl(), lazada.baseUrl());
        net::HttpClient http;
        auto options = workerOptions(QStringLiteral("w"));
        options.orderPoll = std::chrono::milliseconds(60000);
        channels::SyncWorker worker(options, http);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, "SELECT count(*) FROM channel_order"), 3, 15000);
        QCOMPARE(available(*m_db, QStringLiteral("P-1")), 5);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_order WHERE status = 'flagged'"), 1);
        // The sale on Lazada moves Shopee (and Lazada itself) to the new quantity.
        QTRY_COMPARE_WITH_TIMEOUT(shopee.shown(QStringLiteral("P-1")), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lazada.shown(QStringLiteral("P-1")), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!scalar(*m_db, "SELECT count(*) FROM channel WHERE order_cursor IS NULL AND remote"), 10000);
    }

    // ---- adapters and the rate limit, no database ----

    void shopeeRequestsCarryTheDocumentedSignature()
    {
        net::ManualClock clock;
        channels::ShopeeAdapter adapter({QStringLiteral("shopee"), QUrl(QStringLiteral("https://partner.example")),
                                         QString::number(kShopId), QString::number(kPartnerId), kShopeeKey, kToken},
                                        clock);
        const auto request = adapter.stockUpdateRequest({QStringLiteral("P-1"), QStringLiteral("5000"), 7});
        const QUrlQuery q(request.url);
        QCOMPARE(request.url.path(), QStringLiteral("/api/v2/product/update_stock"));
        const qint64 ts = clock.utcNow().toSecsSinceEpoch();
        QCOMPARE(q.queryItemValue(QStringLiteral("timestamp")).toLongLong(), ts);
        QCOMPARE(q.queryItemValue(QStringLiteral("sign")).toLatin1(),
                 channels::shopeeSignature(kShopeeKey, kPartnerId, QStringLiteral("/api/v2/product/update_stock"), ts,
                                           kToken, kShopId));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("item_id")).toInteger(), 5000);
        QCOMPARE(body[QStringLiteral("stock_list")][0][QStringLiteral("seller_stock")][0][QStringLiteral("stock")].toInt(), 7);
    }

    void answersAreClassified_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        using K = channels::MarketplaceAnswer::Kind;
        QTest::newRow("shopee ok") << "shopee" << 200
                                   << QByteArray("{\"error\":\"\",\"response\":{\"success_list\":[{\"stock\":1}],\"failure_list\":[]}}") << int(K::Ok);
        QTest::newRow("shopee failure_list") << "shopee" << 200
                                             << QByteArray("{\"error\":\"\",\"response\":{\"success_list\":[],\"failure_list\":[{\"failed_reason\":\"x\"}]}}")
                                             << int(K::Refused);
        QTest::newRow("shopee sign") << "shopee" << 403 << QByteArray("{\"error\":\"error_sign\",\"message\":\"Wrong sign.\"}") << int(K::AuthFailed);
        QTest::newRow("shopee 429") << "shopee" << 429 << QByteArray("{\"error\":\"error_rate_limit\"}") << int(K::RateLimited);
        QTest::newRow("shopee 500 html") << "shopee" << 500 << QByteArray("<html>oops</html>") << int(K::ServerError);
        QTest::newRow("shopee bad json") << "shopee" << 200 << QByteArray("{\"error\":\"\",\"resp") << int(K::Malformed);
        QTest::newRow("lazada ok") << "lazada" << 200 << QByteArray("{\"code\":\"0\",\"request_id\":\"x\"}") << int(K::Ok);
        QTest::newRow("lazada sign") << "lazada" << 200 << QByteArray("{\"code\":\"IncompleteSignature\",\"message\":\"m\"}") << int(K::AuthFailed);
        QTest::newRow("lazada limit") << "lazada" << 200 << QByteArray("{\"code\":\"ApiCallLimit\"}") << int(K::RateLimited);
        QTest::newRow("lazada refused") << "lazada" << 200 << QByteArray("{\"code\":\"InvalidParameter\"}") << int(K::Refused);
        QTest::newRow("lazada bad json") << "lazada" << 200 << QByteArray("not json") << int(K::Malformed);
    }

    void answersAreClassified()
    {
        QFETCH(QString, channel);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        auto adapter = channels::MarketplaceAdapter::create({channel, QUrl(QStringLiteral("https://x.example")),
                                                             QStringLiteral("1"), QStringLiteral("2"), "k", kToken});
        net::HttpResponse response;
        response.status = status;
        response.body = body;
        if (status >= 400) {
            response.error.kind = net::HttpError::Kind::HttpStatus;
            if (status == 429)
                response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("7")));
        }
        const auto answer = adapter->readStockUpdate(response);
        QCOMPARE(int(answer.kind), kind);
        if (status == 429)
            QCOMPARE(answer.retryAfter->count(), 7);
    }

    void lazadaSignsThePayloadAndCountsUnits()
    {
        net::ManualClock clock;
        channels::LazadaAdapter adapter({QStringLiteral("lazada"), QUrl(QStringLiteral("https://api.example/rest")),
                                         QString(), QStringLiteral("lzd-app"), kLazadaSecret, kToken},
                                        clock);
        const auto request = adapter.stockUpdateRequest({QStringLiteral("A&B"), QString(), 4});
        QCOMPARE(request.url.path(), QStringLiteral("/rest/product/price_quantity/update"));
        QMap<QString, QString> params;
        for (const auto &[k, v] : QUrlQuery(QString::fromUtf8(request.body)).queryItems(QUrl::FullyDecoded))
            params.insert(k, v);
        QCOMPARE(params.value(QStringLiteral("payload")),
                 QStringLiteral("<Request><Product><Skus><Sku><SellerSku>A&amp;B</SellerSku><Quantity>4</Quantity></Sku>"
                                "</Skus></Product></Request>"));
        const QByteArray sign = params.take(QStringLiteral("sign")).toLatin1();
        QCOMPARE(sign, channels::lazadaSignature(kLazadaSecret, QStringLiteral("/product/price_quantity/update"), params));

        net::HttpResponse items;
        items.status = 200;
        items.body = "{\"code\":\"0\",\"data\":[{\"sku\":\"A\",\"status\":\"pending\"},{\"sku\":\"A\",\"status\":\"pending\"},{\"sku\":\"B\",\"status\":\"pending\"}]}";
        const auto orders = adapter.readOrderDetail(items, {QStringLiteral("301")});
        QVERIFY(orders);
        QCOMPARE(orders->size(), 1);
        QCOMPARE(orders->first().quantityBySku.value(QStringLiteral("A")), 2);
        QCOMPARE(orders->first().quantityBySku.value(QStringLiteral("B")), 1);
    }

    void tokenBucketPausesForRetryAfter()
    {
        net::ManualClock clock;
        channels::TokenBucket bucket(2, 2, clock);
        QVERIFY(bucket.tryTake());
        QVERIFY(bucket.tryTake());
        QVERIFY(!bucket.tryTake());
        clock.advance(std::chrono::milliseconds(500));
        QVERIFY(bucket.tryTake());
        bucket.pauseFor(std::chrono::seconds(3));
        clock.advance(std::chrono::seconds(2));
        QVERIFY(!bucket.tryTake());
        clock.advance(std::chrono::milliseconds(1600));
        QVERIFY(bucket.tryTake());
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
