// Store API tests: the HTTP server runs in-process on a free loopback port against a fresh database;
// the client is QNetworkAccessManager. Covers every endpoint, bad input (and that it changes nothing),
// idempotent checkout, and the bulkhead promise: a flood of browsing never starves checkout.
#include "testdb.h"

#include "orders/checkout.h"
#include "store/storeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <condition_variable>
#include <memory>
#include <mutex>

using namespace backroom;
using backroom::test::must;

namespace {

// A gate browse workers wait at (through StoreServer::Options::browseProbe) so a test can hold the
// browse bulkhead full for as long as it needs. open() lets everyone through; the destructor opens it
// too, so a failing test never leaves worker threads stuck.
class Gate {
public:
    ~Gate() { open(); }
    void wait()
    {
        entered.release();
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_open; });
    }
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_cv.notify_all();
    }
    QSemaphore entered;   // one per worker that reached the gate

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_open = false;
};

struct HttpReply {
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;
};

HttpReply readReply(QNetworkReply *reply)
{
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.retryAfter = reply->rawHeader("Retry-After");
    r.contentType = reply->rawHeader("Content-Type");
    return r;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private:
    QString m_conninfo;
    std::unique_ptr<db::Connection> m_conn;
    std::unique_ptr<store::StoreServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_base;

    // A fresh database with a small shop: three products over two bins.
    void freshShop()
    {
        m_conninfo = test::TestCluster::instance().freshDatabase();
        m_conn = test::connectOrDie(m_conninfo);
        must(*m_conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1), ('A-02', 'A', 2)");
        must(*m_conn,
             "INSERT INTO product (sku, name, name_th, barcode, price_satang) VALUES "
             "('TS-RED', 'T-Shirt Red', 'เสื้อยืดสีแดง', '8850000000011', 19900), "
             "('HOOD-GRY', 'Hoodie Grey', 'เสื้อฮู้ดสีเทา', '8850000000028', 59900), "
             "('RICE-5KG', 'Jasmine Rice 5kg', 'ข้าวหอมมะลิ 5 กก.', '8850000000035', 25000)");
        must(*m_conn,
             "INSERT INTO stock (product_id, bin_id, on_hand) "
             "SELECT p.id, b.id, CASE p.sku WHEN 'TS-RED' THEN 5 WHEN 'HOOD-GRY' THEN 1 ELSE 40 END "
             "FROM product p CROSS JOIN bin b");
    }

    void startServer(store::StoreServer::Options options = {})
    {
        options.conninfo = m_conninfo;
        options.version = QStringLiteral("test");
        m_server = std::make_unique<store::StoreServer>(options);
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest req(QUrl(m_base + path));
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        return req;
    }

    HttpReply await(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owned(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(20000))
                qWarning("no answer from the store API within 20 s");
        }
        return readReply(reply);
    }

    HttpReply get(const QString &path) { return await(m_nam.get(request(path))); }

    HttpReply post(const QString &path, const QByteArray &body,
                   const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QNetworkRequest req = request(path);
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return await(m_nam.post(req, body));
    }

    static QByteArray orderBody(const QString &sku, int qty, const QString &key = {})
    {
        QJsonObject o{{QStringLiteral("lines"),
                       QJsonArray{QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("qty"), qty}}}}};
        if (!key.isEmpty())
            o.insert(QStringLiteral("idempotency_key"), key);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // What a bad request must not change: orders, reservations, the ledger.
    QString dbFingerprint()
    {
        auto r = must(*m_conn, "SELECT (SELECT count(*) FROM orders) || '/' || "
                               "(SELECT coalesce(sum(reserved), 0) FROM stock) || '/' || "
                               "(SELECT count(*) FROM stock_ledger)");
        return r.text(0, 0);
    }

private slots:
    void init()
    {
        freshShop();
    }

    void cleanup()
    {
        m_server.reset();
        m_conn.reset();
    }

    void sweepReleasesExpiredReservations()
    {
        store::StoreServer::Options options;
        options.expirySweepMs = 50;   // the timer, not a direct call, must do it
        startServer(options);
        QSignalSpy expired(m_server.get(), &store::StoreServer::expired);
        auto placed = post(QStringLiteral("/orders"), orderBody(QStringLiteral("TS-RED"), 2));
        QCOMPARE(placed.status, 201);
        const qint64 id = placed.json.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        must(*m_conn, "UPDATE orders SET expires_at = now() - interval '1 minute' WHERE id = $1", {id});
        const auto expiredOne = [&expired] {
            return std::any_of(expired.cbegin(), expired.cend(), [](const QList<QVariant> &e) { return e.at(0).toInt() == 1; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(expiredOne(), 10000);
        auto order = get(QStringLiteral("/orders/%1").arg(id));
        QCOMPARE(order.json.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(must(*m_conn, "SELECT sum(reserved) FROM stock").toInt(0, 0), 0);
    }

    void productsArePagedInStableSkuOrder()
    {
        startServer();
        auto first = get(QStringLiteral("/products?page=1&per_page=2"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.contentType, QByteArray("application/json"));
        QCOMPARE(first.json.value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray a = first.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("HOOD-GRY"));
        QCOMPARE(a.at(1).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("RICE-5KG"));
        auto second = get(QStringLiteral("/products?page=2&per_page=2"));
        const QJsonArray b = second.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("TS-RED"));
        QCOMPARE(b.at(0).toObject().value(QStringLiteral("available")).toInt(), 10);
        auto beyond = get(QStringLiteral("/products?page=3&per_page=2"));
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.json.value(QStringLiteral("items")).toArray().isEmpty());
    }

    void productDetailSumsAvailableOverBins()
    {
        startServer();
        must(*m_conn, "UPDATE stock SET reserved = 2 WHERE product_id = (SELECT id FROM product WHERE sku = 'TS-RED') "
                      "AND bin_id = (SELECT id FROM bin WHERE code = 'A-01')");
        auto r = get(QStringLiteral("/products/TS-RED"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("T-Shirt Red"));
        QCOMPARE(r.json.value(QStringLiteral("name_th")).toString(), QStringLiteral("เสื้อยืดสีแดง"));
        QCOMPARE(r.json.value(QStringLiteral("on_hand")).toInt(), 10);
        QCOMPARE(r.json.value(QStringLiteral("reserved")).toInt(), 2);
        QCOMPARE(r.json.value(QStringLiteral("available")).toInt(), 8);
        QCOMPARE(r.json.value(QStringLiteral("bins")).toInt(), 2);
        QCOMPARE(r.json.value(QStringLiteral("price_satang")).toInt(), 19900);
    }

    void availableCountsUnorderedFlashSaleUnits()
    {
        startServer();
        QVERIFY(orders::flashSaleOn(*m_conn, QStringLiteral("TS-RED"), 4).ok());
        auto during = get(QStringLiteral("/products/TS-RED"));
        QCOMPARE(during.json.value(QStringLiteral("available")).toInt(), 10);
        QCOMPARE(during.json.value(QStringLiteral("reserved")).toInt(), 0);
        QCOMPARE(post(QStringLiteral("/orders"), orderBody(QStringLiteral("TS-RED"), 3)).status, 201);
        auto after = get(QStringLiteral("/products/TS-RED"));
        QCOMPARE(after.json.value(QStringLiteral("available")).toInt(), 7);
        QCOMPARE(after.json.value(QStringLiteral("reserved")).toInt(), 3);
        auto listed = get(QStringLiteral("/search?q=t-shirt"));
        QCOMPARE(listed.json.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("available")).toInt(), 7);
    }

    void unknownSkuIsNotFound()
    {
        startServer();
        auto r = get(QStringLiteral("/products/NOPE-1"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("unknown_sku"));
        QVERIFY(!r.json.value(QStringLiteral("error")).toString().isEmpty());
    }

    void searchFindsDespiteTyposAndInThai_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedSku");
        QTest::newRow("typo") << QStringLiteral("tshrit") << QStringLiteral("TS-RED");
        QTest::newRow("no punctuation") << QStringLiteral("tshirt") << QStringLiteral("TS-RED");
        QTest::newRow("substring") << QStringLiteral("hood") << QStringLiteral("HOOD-GRY");
        QTest::newRow("thai") << QStringLiteral("ข้าวหอม") << QStringLiteral("RICE-5KG");
        QTest::newRow("thai shirt") << QStringLiteral("เสื้อยืด") << QStringLiteral("TS-RED");
        QTest::newRow("sku") << QStringLiteral("rice-5kg") << QStringLiteral("RICE-5KG");
    }

    void searchFindsDespiteTyposAndInThai()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedSku);
        startServer();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), query);
        QUrl url(QStringLiteral("/search"));
        url.setQuery(q);
        auto r = get(url.toString(QUrl::FullyEncoded));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QVERIFY2(!items.isEmpty(), r.body.constData());
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("sku")).toString(), expectedSku);
    }

    void searchTreatsWildcardsLiterally()
    {
        startServer();
        auto r = get(QStringLiteral("/search?q=%25"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.json.value(QStringLiteral("items")).toArray().isEmpty(), r.body.constData());
    }

    void placesOrderOnceForTheSameIdempotencyKey()
    {
        startServer();
        auto created = post(QStringLiteral("/orders"), orderBody(QStringLiteral("TS-RED"), 3, QStringLiteral("key-1")));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
        QCOMPARE(created.json.value(QStringLiteral("total_satang")).toInteger(), 3 * 19900);
        auto replay = post(QStringLiteral("/orders"), orderBody(QStringLiteral("TS-RED"), 3, QStringLiteral("key-1")));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders").toInt(0, 0), 1);
        QCOMPARE(must(*m_conn, "SELECT sum(reserved) FROM stock").toInt(0, 0), 3);

        auto fetched = get(QStringLiteral("/orders/%1").arg(id));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json.value(QStringLiteral("id")).toInteger(), id);
        const QJsonArray lines = fetched.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("TS-RED"));
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("qty")).toInt(), 3);
    }

    void refusesReusedKeyForADifferentOrder()
    {
        startServer();
        QCOMPARE(post(QStringLiteral("/orders"), orderBody(QStringLiteral("TS-RED"), 1, QStringLiteral("k"))).status, 201);
        const QString before = dbFingerprint();
        auto other = post(QStringLiteral("/orders"), orderBody(QStringLiteral("RICE-5KG"), 2, QStringLiteral("k")));
        QCOMPARE(other.status, 422);
        QCOMPARE(other.json.value(QStringLiteral("kind")).toString(), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(dbFingerprint(), before);
    }

    void ordersAreTaggedWebOrDrillAndNothingElse()
    {
        startServer();
        const auto orderWithChannel = [](const QJsonValue &channel) {
            QJsonObject body{{QStringLiteral("lines"),
                              QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("RICE-5KG")}, {QStringLiteral("qty"), 1}}}}};
            if (!channel.isUndefined())
                body.insert(QStringLiteral("channel"), channel);
            return QJsonDocument(body).toJson();
        };
        auto plain = post(QStringLiteral("/orders"), orderWithChannel(QJsonValue::Undefined));
        QCOMPARE(plain.status, 201);
        QCOMPARE(plain.json.value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
        auto drill = post(QStringLiteral("/orders"), orderWithChannel(QStringLiteral("drill")));
        QCOMPARE(drill.status, 201);
        QCOMPARE(drill.json.value(QStringLiteral("channel")).toString(), QStringLiteral("drill"));
        QCOMPARE(must(*m_conn, "SELECT channel FROM orders WHERE id = $1",
                      {drill.json.value(QStringLiteral("id")).toInteger()}).text(0, 0), QStringLiteral("drill"));

        const QString before = dbFingerprint();
        for (const QJsonValue &bad : {QJsonValue(QStringLiteral("shopee")), QJsonValue(QStringLiteral("")), QJsonValue(7)}) {
            auto refused = post(QStringLiteral("/orders"), orderWithChannel(bad));
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("channel")), refused.body.constData());
        }
        QCOMPARE(dbFingerprint(), before);
    }

    void outOfStockIsConflictNamingTheSku()
    {
        startServer();
        const QString before = dbFingerprint();
        QJsonObject body{{QStringLiteral("lines"),
                          QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("RICE-5KG")}, {QStringLiteral("qty"), 1}},
                                     QJsonObject{{QStringLiteral("sku"), QStringLiteral("HOOD-GRY")}, {QStringLiteral("qty"), 3}}}}};
        auto r = post(QStringLiteral("/orders"), QJsonDocument(body).toJson());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("out_of_stock"));
        QCOMPARE(r.json.value(QStringLiteral("sku")).toString(), QStringLiteral("HOOD-GRY"));
        QCOMPARE(dbFingerprint(), before);   // all lines or none
    }

    void orderLookupErrors()
    {
        startServer();
        QCOMPARE(get(QStringLiteral("/orders/999999")).json.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("unknown_order"));
        QCOMPARE(get(QStringLiteral("/orders/999999")).status, 404);
        QCOMPARE(get(QStringLiteral("/orders/abc")).status, 400);
        QCOMPARE(get(QStringLiteral("/orders/-4")).status, 400);
    }

    void badRequestsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        const QByteArray json("application/json");
        QTest::newRow("malformed json") << QByteArray("{\"lines\": [") << json << 400 << "bad_request";
        QTest::newRow("not an object") << QByteArray("[1,2]") << json << 400 << "bad_request";
        QTest::newRow("no lines") << QByteArray("{\"lines\": []}") << json << 400 << "bad_request";
        QTest::newRow("zero qty") << orderBody(QStringLiteral("TS-RED"), 0) << json << 400 << "bad_request";
        QTest::newRow("negative qty") << orderBody(QStringLiteral("TS-RED"), -2) << json << 400 << "bad_request";
        QTest::newRow("huge qty") << QByteArray("{\"lines\":[{\"sku\":\"TS-RED\",\"qty\":1e12}]}") << json << 400 << "bad_request";
        QTest::newRow("fractional qty") << QByteArray("{\"lines\":[{\"sku\":\"TS-RED\",\"qty\":1.5}]}") << json << 400 << "bad_request";
        QTest::newRow("qty as text") << QByteArray("{\"lines\":[{\"sku\":\"TS-RED\",\"qty\":\"2\"}]}") << json << 400 << "bad_request";
        QTest::newRow("missing sku") << QByteArray("{\"lines\":[{\"qty\":1}]}") << json << 400 << "bad_request";
        QTest::newRow("empty key") << QByteArray("{\"lines\":[{\"sku\":\"TS-RED\",\"qty\":1}],\"idempotency_key\":\"\"}")
                                   << json << 400 << "bad_request";
        QTest::newRow("unknown sku") << orderBody(QStringLiteral("NOPE-9"), 1) << json << 422 << "unknown_sku";
        QTest::newRow("wrong content type") << orderBody(QStringLiteral("TS-RED"), 1) << QByteArray("text/plain") << 415
                                            << "unsupported_media_type";
        QTest::newRow("form content type") << QByteArray("sku=TS-RED&qty=1")
                                           << QByteArray("application/x-www-form-urlencoded") << 415 << "unsupported_media_type";
        QByteArray big = "{\"lines\":[{\"sku\":\"TS-RED\",\"qty\":1}],\"pad\":\"" + QByteArray(70 * 1024, 'x') + "\"}";
        QTest::newRow("body over 64 KiB") << big << json << 413 << "body_too_large";
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, kind);
        startServer();
        const QString before = dbFingerprint();
        auto r = post(QStringLiteral("/orders"), body, contentType);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!r.json.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(dbFingerprint(), before);
    }

    void badQueriesAndRoutesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::newRow("unknown route") << "/admin" << 404 << "unknown_route";
        QTest::newRow("page zero") << "/products?page=0" << 400 << "bad_request";
        QTest::newRow("page not a number") << "/products?page=two" << 400 << "bad_request";
        QTest::newRow("per_page too big") << "/products?per_page=5000" << 400 << "bad_request";
        QTest::newRow("search without q") << "/search" << 400 << "bad_request";
        QTest::newRow("search too long") << "/search?q=" + QString(300, QLatin1Char('a')) << 400 << "bad_request";
    }

    void badQueriesAndRoutesAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, kind);
        startServer();
        auto r = get(path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), kind);
    }

    void wrongMethodIsRefused()
    {
        startServer();
        auto r = get(QStringLiteral("/orders"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("method_not_allowed"));
        auto p = post(QStringLiteral("/products"), "{}");
        QCOMPARE(p.status, 405);
    }

    void healthReportsDatabaseAndPools()
    {
        store::StoreServer::Options options;
        options.browseConnections = 3;
        options.checkoutConnections = 2;
        startServer(options);
        auto r = get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(QStringLiteral("version")).toString(), QStringLiteral("test"));
        QVERIFY(r.json.value(QStringLiteral("database")).toObject().value(QStringLiteral("reachable")).toBool());
        const QJsonObject pools = r.json.value(QStringLiteral("pools")).toObject();
        QCOMPARE(pools.value(QStringLiteral("browse")).toObject().value(QStringLiteral("connections")).toInt(), 3);
        QCOMPARE(pools.value(QStringLiteral("checkout")).toObject().value(QStringLiteral("connections")).toInt(), 2);
        QVERIFY(pools.value(QStringLiteral("checkout")).toObject().contains(QStringLiteral("in_flight")));
    }

    void healthSaysDownWhenTheDatabaseIsUnreachable()
    {
        // Nothing listens on port 1: connecting fails at once.
        m_conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=none connect_timeout=2");
        startServer();
        auto r = get(QStringLiteral("/health"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("down"));
        QVERIFY(!r.json.value(QStringLiteral("database")).toObject().value(QStringLiteral("reachable")).toBool());
        QVERIFY(!r.retryAfter.isEmpty());
        auto products = get(QStringLiteral("/products"));
        QCOMPARE(products.status, 503);
        QCOMPARE(products.json.value(QStringLiteral("kind")).toString(), QStringLiteral("database_unavailable"));
    }

    // Killed backends (a database restart, an operator's pg_terminate_backend) cost no failed reads and
    // no failed keyed checkouts: the request reconnects once and runs again.
    void survivesKilledDatabaseConnections()
    {
        startServer();
        QCOMPARE(get(QStringLiteral("/products")).status, 200);
        QCOMPARE(post(QStringLiteral("/orders"), orderBody(QStringLiteral("RICE-5KG"), 1, QStringLiteral("a"))).status, 201);
        QCOMPARE(get(QStringLiteral("/health")).status, 200);
        const auto killed = must(*m_conn, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        QCOMPARE(killed.toInt(0, 0), 3);   // one browse, one checkout, one health connection
        QCOMPARE(get(QStringLiteral("/products")).status, 200);
        QCOMPARE(post(QStringLiteral("/orders"), orderBody(QStringLiteral("RICE-5KG"), 1, QStringLiteral("b"))).status, 201);
        QCOMPARE(get(QStringLiteral("/health")).status, 200);
    }

    // A client that hangs up while its request waits on a worker must not crash or wedge the server:
    // the answer finds the socket gone and is dropped.
    void clientHangingUpBeforeTheAnswerIsHarmless()
    {
        auto gate = std::make_shared<Gate>();
        store::StoreServer::Options options;
        options.browseConnections = 1;
        options.browseProbe = [gate] { gate->wait(); };
        startServer(options);
        QNetworkAccessManager impatient;
        std::unique_ptr<QNetworkReply> reply(impatient.get(request(QStringLiteral("/products"))));
        QTRY_COMPARE_WITH_TIMEOUT(gate->entered.available(), 1, 20000);
        reply->abort();
        QTRY_COMPARE(m_server->browseMetrics().bulkhead.inFlight, 1);
        gate->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->browseMetrics().bulkhead.inFlight, 0, 20000);
        QCOMPARE(get(QStringLiteral("/products")).status, 200);
        QCOMPARE(get(QStringLiteral("/health")).status, 200);
    }

    // The real command: `backroom serve` on a free port answers, and stops cleanly on SIGTERM.
    void serveCommandAnswersAndStopsOnTerminate()
    {
        QProcess serve;
        serve.setProgram(QStringLiteral(BACKROOM_BIN));
        serve.setArguments({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--db"), m_conninfo, QStringLiteral("--browse-pool"), QStringLiteral("2")});
        serve.start();
        QVERIFY(serve.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += serve.readAllStandardOutput()).contains('\n'), 20000);
        const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
        const auto match = url.match(QString::fromUtf8(banner));
        QVERIFY2(match.hasMatch(), banner.constData());
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1));
        auto health = get(QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("pools")).toObject().value(QStringLiteral("browse")).toObject()
                     .value(QStringLiteral("connections")).toInt(), 2);
        QCOMPARE(get(QStringLiteral("/search?q=tshrit")).status, 200);
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    void serveCommandRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere:port")};
        QTest::newRow("zero pool") << QStringList{QStringLiteral("--browse-pool"), QStringLiteral("0")};
        QTest::newRow("pool not a number") << QStringList{QStringLiteral("--checkout-pool"), QStringLiteral("many")};
    }

    void serveCommandRefusesBadOptions()
    {
        QFETCH(QStringList, args);
        QProcess serve;
        serve.start(QStringLiteral(BACKROOM_BIN), QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_conninfo} + args);
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 2);
        QVERIFY(!serve.readAllStandardError().isEmpty());
    }

    // Checkout first: while an order is being placed (held here by a row lock), browsing runs on one
    // connection of its two; once checkout is idle again the second browse query starts.
    void browseYieldsToARunningCheckout()
    {
        auto gate = std::make_shared<Gate>();
        store::StoreServer::Options options;
        options.browseConnections = 2;
        options.browseConnectionsWhileBuying = 1;
        options.browseProbe = [gate] { gate->wait(); };
        startServer(options);
        auto locker = test::connectOrDie(m_conninfo);
        must(*locker, "BEGIN");
        must(*locker, "SELECT 1 FROM backroom_data.stock WHERE product_id = (SELECT id FROM product WHERE sku = 'RICE-5KG') FOR UPDATE");
        QNetworkAccessManager buyer;
        QNetworkRequest req = request(QStringLiteral("/orders"));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> order(buyer.post(req, orderBody(QStringLiteral("RICE-5KG"), 1)));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->checkoutMetrics().busyConnections, 1, 20000);

        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> first(browser.get(request(QStringLiteral("/products/TS-RED"))));
        std::unique_ptr<QNetworkReply> second(browser.get(request(QStringLiteral("/products/RICE-5KG"))));
        QTRY_COMPARE_WITH_TIMEOUT(gate->entered.available(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->browseMetrics().bulkhead.inFlight, 2, 20000);
        QTest::qWait(300);   // give a wrongly admitted second query the chance to reach the gate
        QCOMPARE(gate->entered.available(), 1);

        must(*locker, "COMMIT");   // the order goes through; checkout is idle: browse gets its second turn
        QTRY_VERIFY_WITH_TIMEOUT(order->isFinished(), 20000);
        QCOMPARE(readReply(order.get()).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(gate->entered.available(), 2, 20000);
        gate->open();
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 20000);
        QCOMPARE(readReply(first.get()).status, 200);
        QCOMPARE(readReply(second.get()).status, 200);
    }

    // The bulkhead promise. Browse workers are held at a gate so the browse bulkhead stays full; a flood
    // of catalog/search requests then gets 503s, while every checkout still succeeds. With one shared
    // pool the checkouts would meet the same full bulkhead and fail.
    void checkoutSucceedsWhileBrowsingFloodsItsBulkhead()
    {
        auto gate = std::make_shared<Gate>();
        store::StoreServer::Options options;
        options.browseConnections = 2;
        options.browseMaxConcurrent = 6;
        options.checkoutConnections = 2;
        options.checkoutMaxConcurrent = 16;
        options.browseProbe = [gate] { gate->wait(); };
        must(*m_conn, "UPDATE stock SET on_hand = 1000 WHERE product_id = (SELECT id FROM product WHERE sku = 'RICE-5KG')");
        startServer(options);

        // Many clients, since one QNetworkAccessManager opens at most six connections to a host.
        const int browseRequests = 30;
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        std::vector<std::unique_ptr<QNetworkReply>> browse;
        for (int i = 0; i < browseRequests; ++i) {
            if (i % 5 == 0)
                clients.push_back(std::make_unique<QNetworkAccessManager>());
            const QString path = i % 2 ? QStringLiteral("/search?q=shirt") : QStringLiteral("/products?page=1");
            browse.emplace_back(clients.back()->get(request(path)));
        }
        // Two workers block at the gate, four more wait in the queue, the other 24 are refused at once.
        QTRY_COMPARE_WITH_TIMEOUT(gate->entered.available(), 2, 20000);
        const auto finishedCount = [&browse] {
            return int(std::count_if(browse.begin(), browse.end(), [](const auto &r) { return r->isFinished(); }));
        };
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount(), browseRequests - 6, 20000);
        int busy = 0;
        for (const auto &r : browse) {
            if (!r->isFinished())
                continue;
            const HttpReply answer = readReply(r.get());
            QCOMPARE(answer.status, 503);
            QCOMPARE(answer.json.value(QStringLiteral("kind")).toString(), QStringLiteral("busy"));
            QCOMPARE(answer.retryAfter, QByteArray("1"));
            ++busy;
        }
        QCOMPARE(busy, browseRequests - 6);
        QCOMPARE(m_server->browseMetrics().bulkhead.inFlight, 6);

        // Browse is full. Checkout runs on its own pool: every order goes through.
        const int checkouts = 12;
        std::vector<std::unique_ptr<QNetworkAccessManager>> buyers;
        std::vector<std::unique_ptr<QNetworkReply>> orders;
        for (int i = 0; i < checkouts; ++i) {
            buyers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req = request(QStringLiteral("/orders"));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            orders.emplace_back(buyers.back()->post(
                req, orderBody(QStringLiteral("RICE-5KG"), 1, QStringLiteral("flood-%1").arg(i))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(orders.begin(), orders.end(), [](const auto &r) { return r->isFinished(); }),
                                 20000);
        int checkoutErrors = 0;
        for (const auto &r : orders) {
            const HttpReply answer = readReply(r.get());
            if (answer.status != 201) {
                qWarning("checkout failed during the browse flood: %d %s", answer.status, answer.body.constData());
                ++checkoutErrors;
            }
        }
        QCOMPARE(checkoutErrors, 0);
        QCOMPARE(m_server->browseMetrics().bulkhead.inFlight, 6);   // browse was full the whole time
        QCOMPARE(get(QStringLiteral("/health")).status, 200);        // and health still answers

        // Let browsing go: the admitted requests complete normally.
        gate->open();
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount(), browseRequests, 20000);
        int ok = 0;
        for (const auto &r : browse)
            ok += readReply(r.get()).status == 200 ? 1 : 0;
        QCOMPARE(ok, 6);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM orders").toInt(0, 0), checkouts);
        QTRY_COMPARE(m_server->browseMetrics().bulkhead.inFlight, 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
