// The sync engine (core/channels, migration 011) against the real marketplace stand-ins (core/sandbox),
// end to end, on the real test PostgreSQL: the Shopee- and Lazada-shaped stand-ins check the platforms'
// signatures, learn nothing from us but what the adapters send, and keep a call record (what each push
// carried, in the order received) that the tests read. First the worker in this process beside an
// in-process Sandbox; then `backroom serve` as a separate process, killed with SIGKILL mid-burst and
// started again. Faults are switched through the stand-ins' own fault settings, as `backroom sandbox`'s
// control API does.
#include "testdb.h"

#include "channels/channelcredentials.h"
#include "channels/channelstatus.h"
#include "channels/pushserver.h"
#include "channels/signing.h"
#include "channels/syncworker.h"
#include "net/httpclient.h"
#include "sandbox/sandbox.h"
#include "sandbox/shoplistings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;
using test::connectOrDie;
using test::must;

namespace {

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

QString sku(int i) { return QStringLiteral("P-%1").arg(i); }

// What a stand-in's listing shows now; -1 when it has no such listing.
int shown(sandbox::MarketStandIn &market, const QString &sku)
{
    const sandbox::Listing *listing = market.listingBySku(sku);
    return listing ? listing->stock : -1;
}

// The values a stand-in accepted for one SKU, in the order it received them.
QList<int> acceptedValues(const sandbox::MarketStandIn &market, const QString &sku)
{
    QList<int> values;
    for (const sandbox::MarketCall &call : market.calls()) {
        if (call.outcome != QLatin1String("accepted"))
            continue;
        for (const QJsonValue &v : call.pushed.toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("sku")).toString() == sku)
                values.append(o.value(QStringLiteral("stock")).toInt());
        }
    }
    return values;
}

// Stock here only goes down in these tests, so a value received after a smaller one is an older value
// overwriting a newer one. Empty when the order is right, else the first offence.
QString olderAfterNewer(const sandbox::MarketStandIn &market, const QString &sku)
{
    const QList<int> values = acceptedValues(market, sku);
    for (int i = 1; i < values.size(); ++i)
        if (values[i] > values[i - 1])
            return QStringLiteral("%1 on %2 received %3 after %4 (all: %5)")
                .arg(sku, market.name())
                .arg(values[i])
                .arg(values[i - 1])
                .arg([&] {
                    QStringList s;
                    for (int v : values)
                        s << QString::number(v);
                    return s.join(QLatin1Char(','));
                }());
    return {};
}

std::optional<channels::ChannelStatus> statusOf(db::Connection &c, const QString &channel)
{
    auto all = channels::readChannelStatus(c);
    if (!all)
        return std::nullopt;
    for (const auto &s : *all)
        if (s.channel == channel)
            return s;
    return std::nullopt;
}

} // namespace

class TestChannelsE2e : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_conninfo;
    std::unique_ptr<db::Connection> m_db;
    std::unique_ptr<sandbox::Sandbox> m_box;

    // `products` products with `onHand` each, both stand-ins listing them (their stock as the shop's
    // available now), both marketplaces enabled on the stand-ins with `buffer` held back.
    void openShop(int products, int onHand, int buffer)
    {
        seedShop(*m_db, products, onHand);
        sandbox::Sandbox::Options options;
        auto seeds = sandbox::listingSeedsFromShop(*m_db);
        QVERIFY(seeds);
        options.listings = *seeds;
        m_box = std::make_unique<sandbox::Sandbox>(options);
        auto started = m_box->start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        const auto &shopee = m_box->shopee().config();
        must(*m_db, "SELECT channel_configure('shopee', true, $1, $2, $3, $4)",
             {buffer, m_box->baseUrl(QStringLiteral("shopee")).toString(), QString::number(shopee.shopId),
              QString::number(shopee.partnerId)});
        must(*m_db, "SELECT channel_configure('lazada', true, $1, $2, NULL, $3)",
             {buffer, m_box->baseUrl(QStringLiteral("lazada")).toString(), m_box->lazada().config().appKey});
    }

    // The stand-ins' sandbox keys, as the credential store would hand them out.
    channels::SecretsSource standInSecrets() const
    {
        const auto shopee = m_box->shopee().config();
        const auto lazada = m_box->lazada().config();
        return [shopee, lazada](const QString &channel) -> Result<channels::ChannelSecrets> {
            if (channel == QLatin1String("shopee"))
                return channels::ChannelSecrets{shopee.partnerKey, shopee.accessToken};
            return channels::ChannelSecrets{lazada.appSecret, lazada.accessToken};
        };
    }

    // As `serve` runs it (default limits, 250 ms poll, LISTEN), but with orders pulled every 200 ms.
    channels::SyncWorker::Options workerOptions() const
    {
        channels::SyncWorker::Options o;
        o.conninfo = m_conninfo;
        o.workerId = QStringLiteral("e2e");
        o.secrets = standInSecrets();
        o.orderPoll = std::chrono::milliseconds(200);
        o.configRefresh = std::chrono::milliseconds(200);
        return o;
    }

    // Every listing on both stand-ins shows available - buffer.
    bool inSync(int products, int buffer)
    {
        for (int i = 1; i <= products; ++i) {
            const int expected = std::max(0, available(*m_db, sku(i)) - buffer);
            if (shown(m_box->shopee(), sku(i)) != expected || shown(m_box->lazada(), sku(i)) != expected)
                return false;
        }
        return true;
    }

    QString driftReport(int products, int buffer)
    {
        QStringList lines;
        for (int i = 1; i <= products; ++i) {
            const int expected = std::max(0, available(*m_db, sku(i)) - buffer);
            const int s = shown(m_box->shopee(), sku(i));
            const int l = shown(m_box->lazada(), sku(i));
            if (s != expected || l != expected)
                lines << QStringLiteral("%1: expected %2, shopee %3, lazada %4").arg(sku(i)).arg(expected).arg(s).arg(l);
        }
        return lines.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The `serve` test stores the stand-ins' keys in a credential file of its own, never a keychain.
        qputenv("BACKROOM_CREDENTIALS", "file");
        qputenv("BACKROOM_CREDENTIALS_FILE", m_dir.filePath(QStringLiteral("credentials.json")).toUtf8());
    }

    void init()
    {
        m_conninfo = test::TestCluster::instance().freshDatabase();
        m_db = connectOrDie(m_conninfo);
    }

    void cleanup()
    {
        m_box.reset();
        m_db.reset();
    }

    void aWebSaleMovesBothStandInsWithinASecond()
    {
        openShop(3, 10, 2);
        net::HttpClient http;
        channels::SyncWorker worker(workerOptions(), http);
        worker.start();
        // Enabling queued every product; Shopee's item ids are learnt from the stand-in's listings.
        QTRY_VERIFY_WITH_TIMEOUT(inSync(3, 2), 15000);
        QCOMPARE(shown(m_box->shopee(), sku(2)), 8);

        auto store = connectOrDie(m_conninfo);
        QElapsedTimer sinceCommit;
        must(*store, "SELECT * FROM place_order('[{\"sku\": \"P-2\", \"qty\": 3}]', 'web-1')");
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(shown(m_box->shopee(), sku(2)) == 5 && shown(m_box->lazada(), sku(2)) == 5, 1000);
        qInfo("web sale on both stand-ins after %lld ms", sinceCommit.elapsed());
        QCOMPARE(shown(m_box->shopee(), sku(1)), 8);   // the others untouched
        for (auto *market : {static_cast<sandbox::MarketStandIn *>(&m_box->shopee()),
                             static_cast<sandbox::MarketStandIn *>(&m_box->lazada())})
            for (const auto &call : market->calls())
                QVERIFY2(call.status < 400, qPrintable(QStringLiteral("%1 refused %2: %3")
                                                           .arg(market->name(), call.path, call.outcome)));
    }

    void anOrderPlacedOnAStandInReservesStockAndMovesTheOther()
    {
        openShop(3, 10, 1);
        net::HttpClient http;
        channels::SyncWorker worker(workerOptions(), http);
        QSignalSpy taken(&worker, &channels::SyncWorker::ordersTaken);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(3, 1), 15000);

        // A buyer orders 4 of P-3 on Shopee, through the sandbox's control API.
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_box->controlUrl().toString() + QStringLiteral("/shopee/orders")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("items"),
                                QJsonArray{QJsonObject{{QStringLiteral("sku"), sku(3)}, {QStringLiteral("quantity"), 4}}}}};
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson()));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString orderId = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(shown(m_box->shopee(), sku(3)), 9 - 4);   // the marketplace took it off its own listing

        // Pulled, reserved here through place_order, paid, and pushed to Lazada.
        QTRY_COMPARE_WITH_TIMEOUT(available(*m_db, sku(3)), 6, 10000);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM orders WHERE channel = 'shopee'"), 1);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_order WHERE channel = 'shopee' AND external_id = $1",
                        {orderId}), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shown(m_box->lazada(), sku(3)), 5, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(shown(m_box->shopee(), sku(3)), 5, 5000);
        QVERIFY(!taken.isEmpty());
        // Pulled again and again (every 200 ms, 5 minutes of overlap): still taken once.
        auto pulls = [&] {
            int n = 0;
            for (const auto &call : m_box->shopee().calls())
                n += call.path.endsWith(QLatin1String("/get_order_list")) ? 1 : 0;
            return n;
        };
        const int pullsBefore = pulls();
        QTRY_VERIFY_WITH_TIMEOUT(pulls() >= pullsBefore + 3, 5000);
        QCOMPARE(available(*m_db, sku(3)), 6);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM orders WHERE channel = 'shopee'"), 1);
    }

    // Shopee's push mechanism: the stand-in pushes an order status notification when a buyer orders; the
    // push server checks its signature, the worker fetches the order and takes it in. Order pulls are off
    // at first, so only the push can bring it; then a pull of the same order takes nothing more. Pushes
    // with a wrong signature or a body we cannot read are answered 401 / 400 and shown in channel status.
    void aShopeeOrderPushIsTakenInOnceWithThePull()
    {
        openShop(3, 10, 0);
        net::HttpClient http;
        auto options = workerOptions();
        options.orderPoll = std::chrono::milliseconds(0);
        auto worker = std::make_unique<channels::SyncWorker>(options, http);
        channels::ChannelPushServer pushes(*worker, QString());
        auto bound = pushes.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(bound, bound ? "" : qPrintable(bound.error().message));
        QSignalSpy answered(&pushes, &channels::ChannelPushServer::pushAnswered);
        QSignalSpy taken(worker.get(), &channels::SyncWorker::pushedOrderTaken);
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(3, 0), 15000);
        // The stand-in is told where to push through the sandbox's control API (Lazada sends no pushes).
        QNetworkAccessManager nam;
        auto control = [&](const QString &name, const QJsonObject &body) {
            QNetworkRequest request(QUrl(m_box->controlUrl().toString() + QLatin1Char('/') + name + QStringLiteral("/push")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson()));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
                return -1;
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        const QJsonObject pushTo{{QStringLiteral("url"), pushes.localPushUrl(QStringLiteral("shopee"))}};
        QCOMPARE(control(QStringLiteral("lazada"), pushTo), 400);
        QCOMPARE(control(QStringLiteral("shopee"), pushTo), 200);
        QCOMPARE(m_box->shopee().config().pushUrl.toString(), pushes.localPushUrl(QStringLiteral("shopee")));

        auto order = m_box->shopee().placeOrder({sandbox::MarketOrderLine{sku(2), 0, 3}});
        QVERIFY(order);
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 10000);
        QCOMPARE(taken.at(0).at(1).toString(), order->id);
        QCOMPARE(answered.at(0).at(1).toInt(), 200);
        QCOMPARE(available(*m_db, sku(2)), 7);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM channel_order WHERE channel = 'shopee' AND external_id = $1 "
                               "AND status = 'accepted'", {order->id}), 1);
        int listCalls = 0;
        for (const auto &call : m_box->shopee().calls())
            listCalls += call.path.endsWith(QLatin1String("/get_order_list")) ? 1 : 0;
        QCOMPARE(listCalls, 0);   // the push brought it, not a pull
        QTRY_COMPARE_WITH_TIMEOUT(shown(m_box->lazada(), sku(2)), 7, 5000);

        // The same order pushed again (a status change) and pulled by a worker that pulls: still one order.
        QVERIFY(m_box->shopee().setOrderStatus(order->id, QStringLiteral("PROCESSED")));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 2, 10000);
        worker.reset();
        channels::SyncWorker puller(workerOptions(), http);
        puller.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int n = 0;
                for (const auto &call : m_box->shopee().calls())
                    n += call.path.endsWith(QLatin1String("/get_order_detail")) ? 1 : 0;
                return n >= 3;   // two for the pushes, at least one for the pull
            }(),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(scalar(*m_db, "SELECT count(*) FROM channel WHERE name = 'shopee' AND order_cursor IS NOT NULL") == 1,
                                 10000);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM orders WHERE channel = 'shopee'"), 1);
        QCOMPARE(available(*m_db, sku(2)), 7);
    }

    // Pushes that are not Shopee's: answered 401 (signature) or 400 (unreadable), never fatal, and in the
    // channel status; a later good push is still taken.
    void badShopeePushesAreRefusedAndShown()
    {
        openShop(2, 10, 0);
        net::HttpClient http;
        auto options = workerOptions();
        options.orderPoll = std::chrono::milliseconds(0);
        channels::SyncWorker worker(options, http);
        channels::ChannelPushServer pushes(worker, QString());
        QVERIFY(pushes.listen(QHostAddress::LocalHost, 0));
        QSignalSpy taken(&worker, &channels::SyncWorker::pushedOrderTaken);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(2, 0), 15000);
        const QString url = pushes.localPushUrl(QStringLiteral("shopee"));
        const QByteArray key = m_box->shopee().config().partnerKey;
        QNetworkAccessManager nam;
        auto post = [&](const QByteArray &body, const QByteArray &authorization) {
            QNetworkRequest request{QUrl(url)};
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("Authorization", authorization);
            std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
                return -1;
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        const QByteArray good = R"({"shop_id":)" + QByteArray::number(m_box->shopee().config().shopId)
                                + R"(,"code":3,"timestamp":1,"data":{"ordersn":"NOSUCH1","status":"READY_TO_SHIP"}})";
        QCOMPARE(post(good, "0123abcd"), 401);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(*m_db, QStringLiteral("shopee"))->lastError.contains(QLatin1String("signature")), 5000);
        QCOMPARE(post("not json", channels::shopeePushSignature(key, url, "not json")), 400);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(*m_db, QStringLiteral("shopee"))->lastError.contains(QLatin1String("JSON")), 5000);
        QCOMPARE(post(QByteArray(), channels::shopeePushSignature(key, url, QByteArray())), 200);   // availability check
        QCOMPARE(post("{}", channels::shopeePushSignature("wrong key", url, "{}")), 401);
        // Still running: a real order's push is taken.
        QVERIFY(m_box->shopee().setPushUrl(QUrl(url)));
        auto order = m_box->shopee().placeOrder({sandbox::MarketOrderLine{sku(1), 0, 2}});
        QVERIFY(order);
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 10000);
        QCOMPARE(available(*m_db, sku(1)), 8);
    }

    void aMarketplaceDownQueuesAndCatchesUpWithoutOlderValues()
    {
        const int products = 5;
        openShop(products, 50, 0);
        net::HttpClient http;
        channels::SyncWorker worker(workerOptions(), http);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(products, 0), 15000);

        QVERIFY(m_box->changeFaults(QStringLiteral("shopee"), QJsonObject{{QStringLiteral("down"), true}}));
        // Changes while Shopee is down: several on each product, each a step down.
        auto store = connectOrDie(m_conninfo);
        for (int step = 1; step <= 6; ++step) {
            for (int i = 1; i <= products; ++i)
                setOnHand(*store, sku(i), 50 - step * i);
            QTest::qWait(50);   // spread them over time, so that Lazada sees several values
        }
        // Lazada follows; Shopee's changes wait in the outbox, visible as queue depth and lag.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int i = 1; i <= products; ++i)
                if (shown(m_box->lazada(), sku(i)) != 50 - 6 * i)
                    return false;
            return true;
        }(), 5000);
        QCOMPARE(shown(m_box->shopee(), sku(1)), 50);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(*m_db, QStringLiteral("shopee"))->queueDepth == products, 5000);
        QVERIFY(statusOf(*m_db, QStringLiteral("shopee"))->lagSeconds > 0);
        QCOMPARE(statusOf(*m_db, QStringLiteral("lazada"))->queueDepth, 0);

        QVERIFY(m_box->changeFaults(QStringLiteral("shopee"), QJsonObject{{QStringLiteral("down"), false}}));
        QTRY_VERIFY2_WITH_TIMEOUT(inSync(products, 0), qPrintable(driftReport(products, 0)), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m_db, QStringLiteral("shopee"))->queueDepth, 0, 5000);
        for (int i = 1; i <= products; ++i) {
            QVERIFY2(olderAfterNewer(m_box->shopee(), sku(i)).isEmpty(), qPrintable(olderAfterNewer(m_box->shopee(), sku(i))));
            QVERIFY2(olderAfterNewer(m_box->lazada(), sku(i)).isEmpty(), qPrintable(olderAfterNewer(m_box->lazada(), sku(i))));
            // Coalesced: after the outage, one push carried the newest value, not the six steps.
            QVERIFY2(acceptedValues(m_box->shopee(), sku(i)).size() <= 3,
                     qPrintable(QStringLiteral("%1 pushes").arg(acceptedValues(m_box->shopee(), sku(i)).size())));
        }
    }

    void standInFaultsAreHandledVisibleAndNeverFatal_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("malformed JSON") << QStringLiteral("bad_json") << QStringLiteral("malformed");
        QTest::newRow("wrong signature") << QStringLiteral("wrong_signature") << QStringLiteral("error_sign");
        QTest::newRow("429 rate limit") << QStringLiteral("rate_limited") << QStringLiteral("rate_limit");
        QTest::newRow("500 server error") << QStringLiteral("error_rate") << QStringLiteral("server");
    }

    void standInFaultsAreHandledVisibleAndNeverFatal()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expectedError);
        openShop(2, 20, 0);
        net::HttpClient http;
        auto options = workerOptions();
        // Pushes and listing lookups only (failed order pulls are recorded the same way, as order_list calls).
        options.orderPoll = std::chrono::milliseconds(0);
        channels::SyncWorker worker(options, http);
        QSignalSpy finished(&worker, &channels::SyncWorker::pushFinished);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(2, 0), 15000);

        // Every call refused that way (rates of 1).
        QVERIFY(m_box->changeFaults(QStringLiteral("shopee"), QJsonObject{{fault, 1.0}}));
        finished.clear();
        setOnHand(*m_db, sku(1), 15);
        // Lazada is not held up; Shopee's failure is in the channel status with the platform's words.
        QTRY_COMPARE_WITH_TIMEOUT(shown(m_box->lazada(), sku(1)), 15, 5000);
        // (Earlier errors may be there already: a push before Shopee's item ids were learnt is one. If the
        // fault comes before the lookup finished, the failed lookup is the error shown, with the same words.)
        QTRY_VERIFY2_WITH_TIMEOUT(statusOf(*m_db, QStringLiteral("shopee"))->lastError.contains(expectedError, Qt::CaseInsensitive),
                                  qPrintable(statusOf(*m_db, QStringLiteral("shopee"))->lastError + QStringLiteral(" | calls: ")
                                             + [&] {
                                                   QStringList c;
                                                   for (const auto &call : m_box->shopee().calls())
                                                       c << call.path + QLatin1Char(' ') + call.outcome;
                                                   return c.mid(c.size() - 5).join(QStringLiteral("; "));
                                               }()),
                                  10000);
        const auto status = statusOf(*m_db, QStringLiteral("shopee"));
        QVERIFY(status->errorsLastHour > 0);
        QCOMPARE(shown(m_box->shopee(), sku(1)), 20);
        QVERIFY(status->queueDepth >= 1);
        bool sawFailure = false;
        for (const auto &args : finished)
            if (args.at(0).toString() == QLatin1String("shopee") && !args.at(3).toBool())
                sawFailure = true;
        QVERIFY(sawFailure);

        // The fault clears: the worker (still running) catches up.
        QVERIFY(m_box->changeFaults(QStringLiteral("shopee"), QJsonObject{{QStringLiteral("reset"), true}}));
        QTRY_COMPARE_WITH_TIMEOUT(shown(m_box->shopee(), sku(1)), 15, 30000);
        QVERIFY2(olderAfterNewer(m_box->shopee(), sku(1)).isEmpty(), qPrintable(olderAfterNewer(m_box->shopee(), sku(1))));
    }

    void killingTheServeProcessMidBurstLosesNothingAndKeepsOrder()
    {
        const int products = 20;
        const int buffer = 1;
        openShop(products, 200, buffer);
        // `serve` reads secrets from the credential store only: the stand-ins' keys go there.
        QVERIFY(channels::storeChannelSecrets(QStringLiteral("shopee"),
                                              {m_box->shopee().config().partnerKey, m_box->shopee().config().accessToken}));
        QVERIFY(channels::storeChannelSecrets(QStringLiteral("lazada"),
                                              {m_box->lazada().config().appSecret, m_box->lazada().config().accessToken}));
        auto startServe = [&](QProcess &serve) {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("BACKROOM_CREDENTIALS"), QStringLiteral("file"));
            env.insert(QStringLiteral("BACKROOM_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("credentials.json")));
            serve.setProcessEnvironment(env);
            serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            serve.start(QStringLiteral(BACKROOM_BIN),
                        {QStringLiteral("serve"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
            QVERIFY(serve.waitForStarted(10000));
        };
        QProcess first;
        startServe(first);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY2_WITH_TIMEOUT(inSync(products, buffer), qPrintable(driftReport(products, buffer)), 30000);

        // A burst: every product stepped down 10 times, from another connection, while serve pushes.
        auto store = connectOrDie(m_conninfo);
        const size_t callsBefore = m_box->shopee().calls().size() + m_box->lazada().calls().size();
        int step = 0;
        for (; step < 10; ++step) {
            for (int i = 1; i <= products; ++i)
                setOnHand(*store, sku(i), 200 - (step + 1) * 3);
            QCoreApplication::processEvents();   // the stand-ins answer while we write
            if (m_box->shopee().calls().size() + m_box->lazada().calls().size() > callsBefore + 10)
                break;   // pushes are landing: kill it now, mid-burst
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_box->shopee().calls().size() + m_box->lazada().calls().size() > callsBefore + 10, 10000);
        first.kill();   // SIGKILL: no clean shutdown, leases and an in-flight push left behind
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        // The burst goes on while no worker runs.
        for (++step; step < 10; ++step)
            for (int i = 1; i <= products; ++i)
                setOnHand(*store, sku(i), 200 - (step + 1) * 3);
        QVERIFY(scalar(*m_db, "SELECT count(*) FROM channel_outbox") > 0);

        QProcess second;
        startServe(second);
        // The dead worker's leases expire (30 s) and are taken over; everything lands.
        QTRY_VERIFY2_WITH_TIMEOUT(inSync(products, buffer), qPrintable(driftReport(products, buffer)), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, "SELECT count(*) FROM channel_outbox"), 0, 10000);
        for (int i = 1; i <= products; ++i) {
            QCOMPARE(shown(m_box->shopee(), sku(i)), 200 - 30 - buffer);
            QVERIFY2(olderAfterNewer(m_box->shopee(), sku(i)).isEmpty(), qPrintable(olderAfterNewer(m_box->shopee(), sku(i))));
            QVERIFY2(olderAfterNewer(m_box->lazada(), sku(i)).isEmpty(), qPrintable(olderAfterNewer(m_box->lazada(), sku(i))));
        }
        second.terminate();
        QVERIFY(second.waitForFinished(15000));
    }
};

QTEST_MAIN(TestChannelsE2e)
#include "tst_channels_e2e.moc"
