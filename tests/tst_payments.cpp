// Payments end to end on the real test PostgreSQL and the real sandbox over HTTP: the store API's
// POST /orders/{id}/pay through the PaymentRouter to the sandbox's two gateways (in-process, on loopback
// ports, with a ManualClock), webhooks back, reconciliation, and the charge record compared with ours.
// Breakers read their own ManualClock, so a test moves past a break instead of sleeping.
#include "dbgate.h"
#include "health/componentcard.h"
#include "health/componentssection.h"
#include "db/asyncdb.h"
#include "db/notifylistener.h"
#include "resilience/healthpublisher.h"
#include "testdb.h"

#include "net/clock.h"
#include "net/httpclient.h"
#include "payments/gateway.h"
#include "payments/opngateway.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "payments/paymentstore.h"
#include "qrimage.h"
#include "sandbox/opngateway.h"
#include "sandbox/sandbox.h"
#include "resilience/healthregistry.h"
#include "store/storeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLabel>
#include <QtTest>

using namespace backroom;
using backroom::test::must;

namespace {

struct HttpReply {
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray retryAfter;
};

HttpReply readReply(QNetworkReply *reply)
{
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.retryAfter = reply->rawHeader("Retry-After");
    return r;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPayments : public QObject {
    Q_OBJECT

private:
    QString m_conninfo;
    std::unique_ptr<db::Connection> m_conn;
    std::unique_ptr<net::ManualClock> m_sandboxClock;
    std::unique_ptr<net::ManualClock> m_breakerClock;
    std::unique_ptr<sandbox::Sandbox> m_box;
    std::unique_ptr<store::StoreServer> m_server;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<resilience::HealthRegistry> m_registry;
    std::unique_ptr<payments::PaymentRouter> m_router;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_base;

    void freshShop()
    {
        m_conninfo = test::TestCluster::instance().freshDatabase();
        m_conn = test::connectOrDie(m_conninfo);
        must(*m_conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1)");
        must(*m_conn, "INSERT INTO product (sku, name, price_satang) VALUES ('TS-RED', 'T-Shirt Red', 19900), "
                      "('RICE-5KG', 'Jasmine Rice 5kg', 25050)");
        must(*m_conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 500 FROM product p, bin b");
    }

    // The sandbox, the store server and a router with small, test-sized breakers and bulkheads.
    void startAll(int bulkhead = 8, std::chrono::milliseconds timeout = std::chrono::milliseconds(5000),
                  bool webhooks = true)
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_sandboxClock = std::make_unique<net::ManualClock>(QDateTime::currentDateTimeUtc());
        m_breakerClock = std::make_unique<net::ManualClock>(QDateTime::currentDateTimeUtc());
        sandbox::Sandbox::Options box;
        box.tickMs = 0;
        m_box = std::make_unique<sandbox::Sandbox>(box, *m_sandboxClock);
        auto started = m_box->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

        store::StoreServer::Options options;
        options.conninfo = m_conninfo;
        options.version = QStringLiteral("test");
        options.expirySweepMs = 0;
        options.promptPayId = QStringLiteral("0812345678");
        options.renderQrPng = [](const QString &payload) { return image::qrPngForPayload(payload); };
        m_server = std::make_unique<store::StoreServer>(options);
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
        if (webhooks) {
            m_box->opn().config().webhookUrl = QUrl(m_base + QStringLiteral("/webhooks/opn"));
        }

        m_http = std::make_unique<net::HttpClient>();
        payments::PaymentRouter::Options routing;
        routing.notFoundGrace = std::chrono::seconds(0);
        m_router = std::make_unique<payments::PaymentRouter>(routing, m_server->paymentLedger(), *m_breakerClock);
        payments::PaymentsConfig config;
        config.opnUrl = m_box->baseUrl(QStringLiteral("opn"));
        config.gbpUrl = m_box->baseUrl(QStringLiteral("gbp"));
        config.timeout = timeout;
        if (webhooks)
            config.webhookBaseUrl = QUrl(m_base);   // gbp notifies <base>/webhooks/gbp
        payments::GatewayPolicy policy;
        policy.breaker.slidingWindowSize = 6;
        policy.breaker.minimumNumberOfCalls = 4;
        policy.breaker.permittedNumberOfCallsInHalfOpenState = 2;
        policy.breaker.breakDuration = resilience::CircuitBreakerConfig::fixedBreak(std::chrono::seconds(30));
        policy.bulkhead.maxConcurrentCalls = bulkhead;
        auto added = payments::addConfiguredGateways(*m_router, config, *m_http, payments::sandboxSecrets(), policy,
                                                     *m_sandboxClock);
        QVERIFY(added.ok());
        m_server->setPaymentRouter(m_router.get());
    }

    HttpReply await(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owned(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(30000))
                qWarning("no answer within 30 s");
        }
        return readReply(reply);
    }

    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return req;
    }

    HttpReply get(const QString &path) { return await(m_nam->get(request(QUrl(m_base + path)))); }
    HttpReply post(const QString &path, const QByteArray &body) { return await(m_nam->post(request(QUrl(m_base + path)), body)); }
    QNetworkReply *postAsync(const QString &path, const QByteArray &body) { return m_nam->post(request(QUrl(m_base + path)), body); }

    HttpReply control(const QString &path, const QByteArray &body = {})
    {
        QUrl u = m_box->controlUrl();
        u.setPath(u.path() + path);
        return body.isNull() ? await(m_nam->get(request(u))) : await(m_nam->post(request(u), body));
    }

    void fault(const QString &gateway, const QJsonObject &changes)
    {
        QVERIFY(m_box->changeFaults(gateway, changes).ok());
    }

    // Places an order for qty units; returns its id (and total).
    qint64 placeOrder(int qty = 1, qint64 *total = nullptr)
    {
        const auto r = post(QStringLiteral("/orders"),
                            json({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("TS-RED")},
                                                                                   {QStringLiteral("qty"), qty}}}}}));
        if (r.status != 201)
            qWarning("place order: %d %s", r.status, r.body.constData());
        if (total)
            *total = qint64(r.json.value(QStringLiteral("total_satang")).toDouble());
        return qint64(r.json.value(QStringLiteral("id")).toDouble());
    }

    static QByteArray payBody(const QString &method, const QString &key)
    {
        return json({{QStringLiteral("method"), method}, {QStringLiteral("idempotency_key"), key}});
    }

    HttpReply pay(qint64 order, const QString &key, const QString &method = QStringLiteral("promptpay"))
    {
        return post(QStringLiteral("/orders/%1/pay").arg(order), payBody(method, key));
    }

    // A one-use opn card token for the test card that succeeds (what the shopper's browser makes).
    QString cardToken()
    {
        QUrl u = m_box->baseUrl(QStringLiteral("opn"));
        u.setPath(u.path() + QStringLiteral("/tokens"));
        QNetworkRequest req = request(u);
        req.setRawHeader("Authorization", "Basic " + QByteArray("pkey_test_sandbox:").toBase64());
        const auto r = await(m_nam->post(req, json({{QStringLiteral("card"),
                                                     QJsonObject{{QStringLiteral("number"), QStringLiteral("4242424242424242")},
                                                                 {QStringLiteral("name"), QStringLiteral("Somchai")},
                                                                 {QStringLiteral("expiration_month"), 12},
                                                                 {QStringLiteral("expiration_year"), 2035},
                                                                 {QStringLiteral("security_code"), QStringLiteral("123")}}}})));
        return r.json.value(QStringLiteral("id")).toString();
    }

    QString orderStatus(qint64 order)
    {
        return must(*m_conn, "SELECT status FROM orders WHERE id = $1", {order}).text(0, 0);
    }

    payments::ReconcileReport reconcile()
    {
        payments::ReconcileReport report;
        bool finished = false;
        m_router->reconcile([&](const payments::ReconcileReport &r) {
            report = r;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 60000))
            qWarning("reconcile did not finish");
        return report;
    }

    QJsonArray sandboxCharges()
    {
        return control(QStringLiteral("/charges")).json.value(QStringLiteral("charges")).toArray();
    }

    // What a refused webhook must not change.
    QString paymentsFingerprint()
    {
        return must(*m_conn, "SELECT coalesce(string_agg(id || ':' || status || ':' || needs_reversal || ':' || "
                             "coalesce(gateway_charge_id, '-'), ',' ORDER BY id), '') || '|' || "
                             "(SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM orders) FROM payment_attempt")
            .text(0, 0);
    }

    QByteArray signedOpn(const QByteArray &body, QList<QPair<QByteArray, QByteArray>> *headers,
                         const QByteArray &secret = QByteArrayLiteral("whsec_opn_sandbox"))
    {
        const QByteArray ts = QByteArray::number(m_sandboxClock->utcNow().toSecsSinceEpoch());
        headers->append({QByteArrayLiteral("Opn-Signature-Timestamp"), ts});
        headers->append({QByteArrayLiteral("Opn-Signature"), sandbox::opnWebhookSignature(secret, ts, body)});
        return body;
    }

    HttpReply postWebhook(const QString &gateway, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest req = request(QUrl(m_base + QStringLiteral("/webhooks/") + gateway));
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        return await(m_nam->post(req, body));
    }

private slots:
    void init()
    {
        freshShop();
    }

    void cleanup()
    {
        if (m_server)
            m_server->setPaymentRouter(nullptr);
        m_router.reset();
        m_registry.reset();
        m_http.reset();
        m_server.reset();
        m_box.reset();
        m_nam.reset();
        m_conn.reset();
    }

    void promptPayAnswersWithQrAndTheWebhookPaysTheOrder()
    {
        startAll();
        qint64 total = 0;
        const qint64 order = placeOrder(2, &total);
        const auto r = pay(order, QStringLiteral("k1"));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("opn"));
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(qint64(r.json.value(QStringLiteral("amount_satang")).toDouble()), total);
        const QJsonObject qr = r.json.value(QStringLiteral("promptpay")).toObject();
        QVERIFY(qr.value(QStringLiteral("payload")).toString().startsWith(QLatin1String("000201010212")));
        const QByteArray png = QByteArray::fromBase64(qr.value(QStringLiteral("png_base64")).toString().toLatin1());
        QVERIFY(png.startsWith("\x89PNG"));
        QCOMPARE(orderStatus(order), QStringLiteral("reserved"));

        // The same key again replays the same charge: one charge at the gateway.
        const auto again = pay(order, QStringLiteral("k1"));
        QCOMPARE(again.json.value(QStringLiteral("charge_id")), r.json.value(QStringLiteral("charge_id")));
        QCOMPARE(sandboxCharges().size(), 1);

        // The shopper pays; opn's webhook reaches /webhooks/opn and the order is paid.
        const QString charge = r.json.value(QStringLiteral("charge_id")).toString();
        QCOMPARE(control(QStringLiteral("/charges/%1/complete").arg(charge), "{}").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT((m_box->tick(), orderStatus(order)), QStringLiteral("paid"), 20000);
        const auto payment = must(*m_conn, "SELECT id, status FROM payment_attempt WHERE order_id = $1", {order});
        QCOMPARE(payment.text(0, 1), QStringLiteral("successful"));
        const auto shown = get(QStringLiteral("/payments/%1").arg(payment.text(0, 0)));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json.value(QStringLiteral("gateway_charge_id")).toString(), charge);

        // Paying a paid order is refused before any gateway is called.
        QCOMPARE(pay(order, QStringLiteral("k2")).status, 409);
        QCOMPARE(sandboxCharges().size(), 1);
    }

    void gatewayADownPaysThroughBAndItsBreakerOpensAndRecovers()
    {
        startAll();
        m_registry = std::make_unique<resilience::HealthRegistry>();   // outlives the router (cleanup)
        resilience::HealthRegistry &registry = *m_registry;
        m_router->publishHealthTo(registry);
        int announcements = 0;
        registry.subscribe([&announcements] { ++announcements; });
        fault(QStringLiteral("opn"), {{QStringLiteral("down"), true}});
        auto *breaker = m_router->breaker(QStringLiteral("opn"));
        int viaGbp = 0;
        int callsUntilOpen = 0;
        for (int i = 0; i < 6; ++i) {
            const qint64 order = placeOrder();
            const auto r = pay(order, QStringLiteral("down-%1").arg(i));
            QCOMPARE(r.status, 202);
            QCOMPARE(r.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("gbp"));
            ++viaGbp;
            if (callsUntilOpen == 0 && breaker->state() == resilience::BreakerState::Open)
                callsUntilOpen = i + 1;
        }
        QCOMPARE(viaGbp, 6);
        QCOMPARE(callsUntilOpen, 4);   // the window judges from 4 calls: all failed -> OPEN at the 4th
        // The health registry shows it, and heard the transition once (not every call).
        QCOMPARE(announcements, 1);
        bool seen = false;
        for (const auto &c : registry.snapshot())
            if (c.name == QLatin1String("gateway:opn")) {
                seen = true;
                QCOMPARE(c.state, QStringLiteral("OPEN"));
                QCOMPARE(c.kind, resilience::ComponentKind::Gateway);
                QVERIFY(c.lastError.contains(QLatin1String("connection_refused")) || !c.lastError.isEmpty());
            }
        QVERIFY(seen);
        QVERIFY(registry.names().contains(QStringLiteral("breaker:gbp")));
        // While OPEN, opn is not even tried.
        const auto methods = get(QStringLiteral("/payments/methods"));
        QCOMPARE(methods.status, 200);
        const QJsonArray list = methods.json.value(QStringLiteral("methods")).toArray();
        bool truemoneyAvailable = true;
        for (const auto &m : list)
            if (m.toObject().value(QStringLiteral("method")).toString() == QLatin1String("truemoney"))
                truemoneyAvailable = m.toObject().value(QStringLiteral("available")).toBool();
        QVERIFY(!truemoneyAvailable);   // opn is its only gateway

        // opn heals; after the break the breaker lets trial calls through, and they close it.
        fault(QStringLiteral("opn"), {{QStringLiteral("down"), false}});
        const auto beforeBreak = pay(placeOrder(), QStringLiteral("still-open"));
        QCOMPARE(beforeBreak.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("gbp"));
        m_breakerClock->advance(std::chrono::seconds(31));
        for (int i = 0; i < 2; ++i) {
            const auto r = pay(placeOrder(), QStringLiteral("trial-%1").arg(i));
            QCOMPARE(r.status, 202);
            QCOMPARE(r.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("opn"));
        }
        QCOMPARE(breaker->state(), resilience::BreakerState::Closed);
        QCOMPARE(announcements, 3);   // OPEN -> HALF_OPEN -> CLOSED
        QCOMPARE(pay(placeOrder(), QStringLiteral("after")).json.value(QStringLiteral("gateway")).toString(),
                 QStringLiteral("opn"));
    }

    // The live check: a sandbox gateway goes down, its card on the Health screen turns OPEN (through
    // the publisher, PostgreSQL and NOTIFY), and back to CLOSED once the gateway recovers.
    void sandboxGatewayDownTurnsItsHealthCardOpenThenClosed()
    {
        startAll();
        m_registry = std::make_unique<resilience::HealthRegistry>();   // outlives the router (cleanup)
        m_router->publishHealthTo(*m_registry);
        resilience::HealthPublisher::Config publishing;
        publishing.conninfo = m_conninfo;
        publishing.instance = resilience::HealthInstance::current(QStringLiteral("test"));
        publishing.stateChangeGap = std::chrono::milliseconds(20);
        publishing.sampleInterval = std::chrono::milliseconds(20);
        resilience::HealthPublisher publisher(*m_registry, publishing);
        publisher.start();

        db::AsyncDb async(m_conninfo);
        ui::DbGate gate(&async);
        db::NotifyListener listener(m_conninfo, {QStringLiteral("component_health")});
        QSignalSpy listening(&listener, &db::NotifyListener::listening);
        listener.start();
        QVERIFY(listening.wait(10000));
        ui::ComponentsSection section(&gate, &listener, nullptr);
        section.resize(1200, 900);
        section.show();
        section.refresh();
        const QString key = publishing.instance.id + QStringLiteral("/gateway:opn");
        QTRY_VERIFY_WITH_TIMEOUT(section.card(key), 10000);
        ui::ComponentCard *card = section.card(key);
        QTRY_COMPARE_WITH_TIMEOUT(card->stateLabel()->text(), QStringLiteral("CLOSED"), 10000);

        fault(QStringLiteral("opn"), {{QStringLiteral("down"), true}});
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pay(placeOrder(), QStringLiteral("card-down-%1").arg(i)).json.value(QStringLiteral("gateway")).toString(),
                     QStringLiteral("gbp"));
        QCOMPARE(m_router->breaker(QStringLiteral("opn"))->state(), resilience::BreakerState::Open);
        // Only the notification refreshes the section here.
        QTRY_COMPARE_WITH_TIMEOUT(card->stateLabel()->text(), QStringLiteral("OPEN"), 10000);
        QCOMPARE(card->tone(), ui::HealthTone::Bad);

        fault(QStringLiteral("opn"), {{QStringLiteral("down"), false}});
        m_breakerClock->advance(std::chrono::seconds(31));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(pay(placeOrder(), QStringLiteral("card-up-%1").arg(i)).json.value(QStringLiteral("gateway")).toString(),
                     QStringLiteral("opn"));
        QCOMPARE(m_router->breaker(QStringLiteral("opn"))->state(), resilience::BreakerState::Closed);
        QTRY_COMPARE_WITH_TIMEOUT(card->stateLabel()->text(), QStringLiteral("CLOSED"), 10000);
        QCOMPARE(card->tone(), ui::HealthTone::Good);
    }

    void gbpNotificationPaysTheOrder()
    {
        startAll();
        fault(QStringLiteral("opn"), {{QStringLiteral("down"), true}});
        const qint64 order = placeOrder();
        const auto r = pay(order, QStringLiteral("via-gbp"));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("gbp"));
        QVERIFY(r.json.value(QStringLiteral("redirect_url")).toString().contains(QLatin1String("/gbp/pay/")));
        control(QStringLiteral("/charges/%1/complete").arg(r.json.value(QStringLiteral("charge_id")).toString()), "{}");
        QTRY_COMPARE_WITH_TIMEOUT((m_box->tick(), orderStatus(order)), QStringLiteral("paid"), 20000);
    }

    void everyGatewayDownAnswers503WithRetryAfterAndKeepsTheReservation()
    {
        startAll();
        fault(QStringLiteral("opn"), {{QStringLiteral("down"), true}});
        fault(QStringLiteral("gbp"), {{QStringLiteral("down"), true}});
        const qint64 order = placeOrder();
        const auto r = pay(order, QStringLiteral("nowhere"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("payment_unavailable"));
        QVERIFY(r.retryAfter.toInt() >= 1);
        QVERIFY(r.json.contains(QStringLiteral("available_methods")));
        QVERIFY(!r.json.value(QStringLiteral("reservation_expires_at")).isNull());
        QCOMPARE(orderStatus(order), QStringLiteral("reserved"));
        QCOMPARE(sandboxCharges().size(), 0);
        // Nothing was charged, so nothing stays pending.
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM payment_attempt WHERE status = 'pending'").toInt(0, 0), 0);
    }

    void aHangingGatewayHoldsNoMoreThanItsBulkhead()
    {
        startAll(/*bulkhead*/ 2);
        fault(QStringLiteral("opn"), {{QStringLiteral("hang"), true}});
        QList<qint64> orders;
        for (int i = 0; i < 4; ++i)
            orders << placeOrder();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies << postAsync(QStringLiteral("/orders/%1/pay").arg(orders[i]), payBody(QStringLiteral("promptpay"), QStringLiteral("h%1").arg(i)));
        // Two find opn's bulkhead (2) full and go to gbp at once; two wait on opn.
        QTRY_COMPARE_WITH_TIMEOUT(int(std::count_if(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); })),
                                  2, 20000);
        QCOMPARE(m_router->bulkhead(QStringLiteral("opn"))->metrics().inFlight, 2);
        // Browsing and placing orders keep their normal answers meanwhile.
        QCOMPARE(get(QStringLiteral("/products")).status, 200);
        QVERIFY(placeOrder() > 0);
        QCOMPARE(get(QStringLiteral("/payments/methods")).status, 200);
        // The hang ends: the held requests are answered 503 unhandled; an inquiry shows nothing was charged,
        // so those two go on to gbp as well.
        fault(QStringLiteral("opn"), {{QStringLiteral("hang"), false}});
        for (QNetworkReply *raw : replies) {
            const auto r = await(raw);
            QVERIFY2(r.status == 202, r.body.constData());
            QCOMPARE(r.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("gbp"));
        }
        QCOMPARE(m_router->bulkhead(QStringLiteral("opn"))->metrics().peakInFlight, 2);
        QCOMPARE(m_router->bulkhead(QStringLiteral("opn"))->metrics().rejected, qint64(2));
        int opnCharges = 0, gbpCharges = 0;
        for (const auto &c : sandboxCharges())
            (c.toObject().value(QStringLiteral("gateway")).toString() == QLatin1String("opn") ? opnCharges : gbpCharges)++;
        QCOMPARE(opnCharges, 0);
        QCOMPARE(gbpCharges, 4);
    }

    void aTimeoutNeverMovesOnToAnotherGateway()
    {
        startAll(8, std::chrono::milliseconds(300), false);
        fault(QStringLiteral("opn"), {{QStringLiteral("hang"), true}});
        const qint64 order = placeOrder();
        const auto r = pay(order, QStringLiteral("slow"));
        // Timed out, and the inquiry timed out too: the outcome is unknown, so gbp is not tried.
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(r.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("opn"));
        QVERIFY(!r.json.contains(QStringLiteral("charge_id")));
        QCOMPARE(sandboxCharges().size(), 0);
        QCOMPARE(must(*m_conn, "SELECT status FROM payment_attempt WHERE order_id = $1", {order}).text(0, 0),
                 QStringLiteral("pending"));
        // While opn still hangs, reconcile cannot tell and leaves it; once opn answers, it settles it.
        QCOMPARE(reconcile().stillUnknown, 1);
        fault(QStringLiteral("opn"), {{QStringLiteral("hang"), false}});
        const auto report = reconcile();
        QCOMPARE(report.failedNoCharge, 1);
        QCOMPARE(orderStatus(order), QStringLiteral("reserved"));
    }

    void chargeRecordAndPaymentsAgreeUnderEveryFault()
    {
        startAll(8, std::chrono::milliseconds(300), /*webhooks*/ false);
        const int n = 24;
        QList<qint64> orders;
        QStringList tokens;   // card orders pay with a token made by the shopper's browser
        for (int i = 0; i < n; ++i) {
            orders << placeOrder(1 + i % 3);
            tokens << (i % 2 ? cardToken() : QString());
        }
        fault(QStringLiteral("opn"), {{QStringLiteral("error_rate"), 0.3}, {QStringLiteral("lose_replies"), 0.3},
                                      {QStringLiteral("seed"), 11}});
        fault(QStringLiteral("gbp"), {{QStringLiteral("error_rate"), 0.2}, {QStringLiteral("lose_replies"), 0.3},
                                      {QStringLiteral("seed"), 12}});
        int answered = 0;
        int timedOut = 0;
        for (int i = 0; i < n; ++i) {
            // For a stretch opn hangs: those calls time out with their outcome unknown.
            if (i == 8 || i == 12) {
                fault(QStringLiteral("opn"), {{QStringLiteral("hang"), i == 8}});
                m_breakerClock->advance(std::chrono::seconds(31));   // past any break: opn is tried again
            }
            const QString method = i % 2 ? QStringLiteral("card") : QStringLiteral("promptpay");
            const QByteArray body = json({{QStringLiteral("method"), method},
                                          {QStringLiteral("idempotency_key"), QStringLiteral("agree-%1").arg(i)},
                                          {QStringLiteral("card_token"), tokens[i]}});
            auto r = post(QStringLiteral("/orders/%1/pay").arg(orders[i]), body);
            timedOut += r.status == 202 && !r.json.contains(QStringLiteral("charge_id"));   // outcome unknown
            // A shopper retries once with the same key after a 503 or an unknown outcome, a little later
            // (past any open breaker's break).
            if (r.status == 503 || (r.status == 202 && !r.json.contains(QStringLiteral("charge_id")))) {
                m_breakerClock->advance(std::chrono::seconds(31));
                r = post(QStringLiteral("/orders/%1/pay").arg(orders[i]), body);
            }
            answered += r.status > 0;
        }
        QVERIFY(timedOut > 0);
        QCOMPARE(answered, n);
        // The faults really struck: errors before handling and replies lost after charging, on both.
        for (const QString &g : {QStringLiteral("opn"), QStringLiteral("gbp")}) {
            const QJsonObject counters = control(QStringLiteral("/%1/faults").arg(g)).json.value(QStringLiteral("counters")).toObject();
            QVERIFY2(counters.value(QStringLiteral("lost_replies")).toInt() > 0, qPrintable(g));
            QVERIFY2(counters.value(QStringLiteral("injected_errors")).toInt() > 0, qPrintable(g));
        }
        // Every shopper pays what the gateways show (card on opn without a token is refused: those orders
        // stay unpaid and uncharged), then the reconciliation pass settles what we do not know yet.
        fault(QStringLiteral("opn"), {{QStringLiteral("reset"), true}});
        fault(QStringLiteral("gbp"), {{QStringLiteral("reset"), true}});
        for (const auto &c : sandboxCharges())
            if (c.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pending"))
                control(QStringLiteral("/charges/%1/complete").arg(c.toObject().value(QStringLiteral("id")).toString()), "{}");
        const auto report = reconcile();
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.stillUnknown, 0);

        // The verdict (Jepsen's set): every successful charge belongs to exactly one paid order, none twice,
        // nothing charged but not saved.
        QHash<QString, QString> ourStatusByKey;
        const auto ours = must(*m_conn, "SELECT idempotency_key, status, needs_reversal, order_id FROM payment_attempt");
        for (int i = 0; i < ours.rows(); ++i)
            ourStatusByKey.insert(ours.text(i, 0), ours.text(i, 1));
        QSet<QString> successfulKeys;
        for (const auto &v : sandboxCharges()) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(QStringLiteral("idempotency_key")).toString();
            QVERIFY2(ourStatusByKey.contains(key), qPrintable(QStringLiteral("charge %1 (%2) is not in our payments")
                                                                   .arg(c.value(QStringLiteral("id")).toString(), key)));
            QCOMPARE(ourStatusByKey.value(key), c.value(QStringLiteral("status")).toString());
            if (c.value(QStringLiteral("status")).toString() == QLatin1String("successful"))
                successfulKeys.insert(key);
        }
        const auto paidOrders = must(*m_conn,
                                     "SELECT o.id, count(a.id) FILTER (WHERE a.status = 'successful') FROM orders o "
                                     "LEFT JOIN payment_attempt a ON a.order_id = o.id WHERE o.status = 'paid' GROUP BY o.id");
        for (int i = 0; i < paidOrders.rows(); ++i)
            QCOMPARE(paidOrders.toInt(i, 1), 1);
        QCOMPARE(paidOrders.rows(), successfulKeys.size());
        QVERIFY2(successfulKeys.size() >= n / 3,   // the faults did not stop everything
                 qPrintable(QStringLiteral("%1 successful; ours: %2").arg(successfulKeys.size())
                                .arg(must(*m_conn, "SELECT string_agg(gateway || ':' || method || ':' || status || ':' || coalesce(last_error, ''), E'\n') FROM payment_attempt").text(0, 0))));
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM payment_attempt WHERE status = 'pending' OR needs_reversal").toInt(0, 0), 0);
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM checkout_violations()").toInt(0, 0), 0);
    }

    void aCrashBetweenIntentAndOutcomeIsSettledByReconcile()
    {
        startAll(8, std::chrono::milliseconds(5000), false);
        qint64 total = 0;
        const qint64 charged = placeOrder(1, &total);
        const qint64 neverSent = placeOrder(1);
        const QString chargedKey = payments::PaymentRouter::attemptKey(charged, QStringLiteral("c"), QStringLiteral("opn"));
        const QString lostKey = payments::PaymentRouter::attemptKey(neverSent, QStringLiteral("c"), QStringLiteral("opn"));
        must(*m_conn, "SELECT * FROM payment_intent($1, 'promptpay', 'opn', $2, $3)", {charged, chargedKey, total});
        must(*m_conn, "SELECT * FROM payment_intent($1, 'promptpay', 'opn', $2, $3)", {neverSent, lostKey, total});
        // The process "crashes" after the gateway made the first charge, before the outcome was saved.
        net::HttpClient http;
        payments::OpnGatewayConfig opn;
        opn.baseUrl = m_box->baseUrl(QStringLiteral("opn"));
        opn.secretKey = QStringLiteral("skey_test_sandbox");
        payments::OpnGateway gateway(opn, http);
        payments::ChargeRequest request;
        request.amountSatang = total;
        request.idempotencyKey = chargedKey;
        std::optional<payments::GatewayOutcome> made;
        gateway.createCharge(request, this, [&](const payments::GatewayOutcome &o) { made = o; });
        QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 20000);
        QVERIFY(made->ok());
        control(QStringLiteral("/charges/%1/complete").arg(made->charge->chargeId), "{}");
        QCOMPARE(orderStatus(charged), QStringLiteral("reserved"));

        const auto report = reconcile();
        QCOMPARE(report.examined, 2);
        QCOMPARE(report.paid, 1);
        QCOMPARE(report.failedNoCharge, 1);
        QCOMPARE(orderStatus(charged), QStringLiteral("paid"));
        QCOMPARE(orderStatus(neverSent), QStringLiteral("reserved"));
        QCOMPARE(must(*m_conn, "SELECT status FROM payment_attempt WHERE idempotency_key = $1", {lostKey}).text(0, 0),
                 QStringLiteral("failed"));
        // A second pass finds nothing left.
        QCOMPARE(reconcile().examined, 0);
    }

    void aChargeForAnExpiredOrderIsReversedNotKept()
    {
        startAll(8, std::chrono::milliseconds(5000), false);
        const qint64 order = placeOrder();
        const auto r = pay(order, QStringLiteral("late"));
        QCOMPARE(r.status, 202);
        must(*m_conn, "UPDATE orders SET expires_at = now() - interval '1 second' WHERE id = $1", {order});
        must(*m_conn, "SELECT expire_reservations()");
        const QString charge = r.json.value(QStringLiteral("charge_id")).toString();
        control(QStringLiteral("/charges/%1/complete").arg(charge), "{}");
        const auto report = reconcile();
        QCOMPARE(report.reversed, 1);
        QCOMPARE(orderStatus(order), QStringLiteral("expired"));
        QCOMPARE(must(*m_conn, "SELECT status FROM payment_attempt WHERE order_id = $1", {order}).text(0, 0),
                 QStringLiteral("reversed"));
        QCOMPARE(sandboxCharges().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("reversed"));
    }

    void badWebhooksAreRefusedAndChangeNothing()
    {
        startAll(8, std::chrono::milliseconds(5000), false);
        const qint64 order = placeOrder();
        const auto r = pay(order, QStringLiteral("wh"));
        QCOMPARE(r.status, 202);
        const QString chargeId = r.json.value(QStringLiteral("charge_id")).toString();
        const QString before = paymentsFingerprint();
        const QJsonObject charge{{QStringLiteral("object"), QStringLiteral("charge")},
                                 {QStringLiteral("id"), chargeId},
                                 {QStringLiteral("amount"), r.json.value(QStringLiteral("amount_satang"))},
                                 {QStringLiteral("currency"), QStringLiteral("thb")},
                                 {QStringLiteral("status"), QStringLiteral("successful")}};
        auto event = [](const QJsonObject &data) {
            return json({{QStringLiteral("object"), QStringLiteral("event")}, {QStringLiteral("key"), QStringLiteral("charge.complete")},
                         {QStringLiteral("data"), data}});
        };
        QList<QPair<QByteArray, QByteArray>> h;
        const auto malformed = postWebhook(QStringLiteral("opn"), signedOpn("{not json", &h), h);
        QCOMPARE(malformed.status, 400);
        QVERIFY(!malformed.json.value(QStringLiteral("error")).toString().isEmpty());
        h.clear();
        const auto wrongSig = postWebhook(QStringLiteral("opn"), signedOpn(event(charge), &h, "wrong_secret"), h);
        QCOMPARE(wrongSig.status, 401);
        QCOMPARE(wrongSig.json.value(QStringLiteral("kind")).toString(), QStringLiteral("invalid_signature"));
        h.clear();
        QJsonObject unknown = charge;
        unknown.insert(QStringLiteral("id"), QStringLiteral("chrg_test_999999"));
        const auto unknownCharge = postWebhook(QStringLiteral("opn"), signedOpn(event(unknown), &h), h);
        QCOMPARE(unknownCharge.status, 404);
        QCOMPARE(unknownCharge.json.value(QStringLiteral("kind")).toString(), QStringLiteral("unknown_charge"));
        h.clear();
        QJsonObject more = charge;
        more.insert(QStringLiteral("amount"), r.json.value(QStringLiteral("amount_satang")).toDouble() + 100);
        const auto mismatch = postWebhook(QStringLiteral("opn"), signedOpn(event(more), &h), h);
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.json.value(QStringLiteral("kind")).toString(), QStringLiteral("amount_mismatch"));
        const auto gbpBad = postWebhook(QStringLiteral("gbp"),
                                        json({{QStringLiteral("amount"), QStringLiteral("199.00")},
                                              {QStringLiteral("referenceNo"), QStringLiteral("x")},
                                              {QStringLiteral("gbpReferenceNo"), QStringLiteral("gbp1")},
                                              {QStringLiteral("resultCode"), QStringLiteral("00")},
                                              {QStringLiteral("status"), QStringLiteral("S")},
                                              {QStringLiteral("checksum"), QStringLiteral("00")}}), {});
        QCOMPARE(gbpBad.status, 401);
        QCOMPARE(paymentsFingerprint(), before);
        QCOMPARE(orderStatus(order), QStringLiteral("reserved"));
        // And a good one is taken: the check can pass.
        h.clear();
        const auto good = postWebhook(QStringLiteral("opn"), signedOpn(event(charge), &h), h);
        QCOMPARE(good.status, 200);
        QCOMPARE(orderStatus(order), QStringLiteral("paid"));
    }

    void staffCannotRecordOutcomes()
    {
        startAll();
        const qint64 order = placeOrder();
        QCOMPARE(pay(order, QStringLiteral("staff")).status, 202);
        const QString key = must(*m_conn, "SELECT idempotency_key FROM payment_attempt").text(0, 0);
        must(*m_conn, "SET ROLE backroom_staff");
        auto refused = m_conn->exec("SELECT payment_outcome($1, 'successful', NULL, 19900)", {key});
        auto read = m_conn->exec("SELECT count(*) FROM payment_attempt");
        must(*m_conn, "RESET ROLE");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
        QVERIFY(read.ok());   // staff may look
        QCOMPARE(orderStatus(order), QStringLiteral("reserved"));
    }

    // `backroom payments reconcile` as a separate process: secrets from the credential store (a 0600 file
    // here), gateways from the command line. The sandbox answers from this process's event loop.
    void reconcileCommandSettlesWithSecretsFromTheCredentialStore()
    {
        startAll(8, std::chrono::milliseconds(5000), false);
        qint64 total = 0;
        const qint64 order = placeOrder(1, &total);
        const auto r = pay(order, QStringLiteral("cli"));
        QCOMPARE(r.status, 202);
        control(QStringLiteral("/charges/%1/complete").arg(r.json.value(QStringLiteral("charge_id")).toString()), "{}");

        QTemporaryDir dir;
        const QString secrets = dir.filePath(QStringLiteral("credentials.json"));
        auto run = [&](const QStringList &extra) {
            QProcess p;
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("BACKROOM_DB"), m_conninfo);
            env.insert(QStringLiteral("BACKROOM_CREDENTIALS"), QStringLiteral("file"));
            env.insert(QStringLiteral("BACKROOM_CREDENTIALS_FILE"), secrets);
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            QSignalSpy finished(&p, &QProcess::finished);
            p.start(QStringLiteral(BACKROOM_BIN),
                    QStringList{QStringLiteral("payments"), QStringLiteral("reconcile"), QStringLiteral("--opn-url"),
                                m_box->baseUrl(QStringLiteral("opn")).toString(), QStringLiteral("--gbp-url"),
                                m_box->baseUrl(QStringLiteral("gbp")).toString(), QStringLiteral("--json")} + extra);
            if (!finished.wait(60000))
                qWarning("reconcile did not finish");
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        // No secrets stored: refused, naming what to set; nothing changed.
        const auto missing = run({});
        QVERIFY(missing.first != 0);
        QVERIFY2(missing.second.contains(QLatin1String("opn.secret_key")), qPrintable(missing.second));
        QCOMPARE(orderStatus(order), QStringLiteral("reserved"));

        QFile file(secrets);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json({{QStringLiteral("backroom-payments"),
                          QJsonObject{{QStringLiteral("opn.secret_key"), QStringLiteral("skey_test_sandbox")},
                                      {QStringLiteral("opn.webhook_secret"), QStringLiteral("whsec_opn_sandbox")},
                                      {QStringLiteral("gbp.token"), QStringLiteral("gbp_token_sandbox")},
                                      {QStringLiteral("gbp.secret_key"), QStringLiteral("gbp_secret_sandbox")}}}}));
        file.close();
        QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner);
        const auto done = run({});
        QVERIFY2(done.first == 0, qPrintable(done.second));
        QCOMPARE(QJsonDocument::fromJson(done.second.toUtf8()).object().value(QStringLiteral("paid")).toInt(), 1);
        QCOMPARE(orderStatus(order), QStringLiteral("paid"));
    }

    // `backroom serve` as a shop runs it: its own process, gateways from options, secrets from the
    // credential store (a 0600 file here); a PromptPay payment through its store API, then opn down and
    // the next payment falls back to gbp.
    void serveCommandTakesPaymentsAndFallsBack()
    {
        startAll(8, std::chrono::milliseconds(5000), false);
        QTemporaryDir dir;
        const QString secrets = dir.filePath(QStringLiteral("credentials.json"));
        QFile file(secrets);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json({{QStringLiteral("backroom-payments"),
                          QJsonObject{{QStringLiteral("opn.secret_key"), QStringLiteral("skey_test_sandbox")},
                                      {QStringLiteral("opn.webhook_secret"), QStringLiteral("whsec_opn_sandbox")},
                                      {QStringLiteral("gbp.token"), QStringLiteral("gbp_token_sandbox")},
                                      {QStringLiteral("gbp.secret_key"), QStringLiteral("gbp_secret_sandbox")}}}}));
        file.close();
        QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner);

        QProcess serve;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BACKROOM_DB"), m_conninfo);
        env.insert(QStringLiteral("BACKROOM_CREDENTIALS"), QStringLiteral("file"));
        env.insert(QStringLiteral("BACKROOM_CREDENTIALS_FILE"), secrets);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(BACKROOM_BIN),
                    {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--opn-url"), m_box->baseUrl(QStringLiteral("opn")).toString(),
                     QStringLiteral("--gbp-url"), m_box->baseUrl(QStringLiteral("gbp")).toString(),
                     QStringLiteral("--promptpay-id"), QStringLiteral("0812345678")});
        QString output;
        const QRegularExpression listening(QStringLiteral("store API on http://127\\.0\\.0\\.1:(\\d+)"));
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(serve.readAllStandardOutput()),
                                  listening.match(output).hasMatch()), 30000);
        const QString base = QStringLiteral("http://127.0.0.1:") + listening.match(output).captured(1);
        QVERIFY2(output.contains(QLatin1String("payments through opn, gbp")), qPrintable(output));

        auto payThroughServe = [&](const QString &key) {
            const auto placed = await(m_nam->post(request(QUrl(base + QStringLiteral("/orders"))),
                json({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("TS-RED")},
                                                                       {QStringLiteral("qty"), 1}}}}})));
            const qint64 order = qint64(placed.json.value(QStringLiteral("id")).toDouble());
            return await(m_nam->post(request(QUrl(base + QStringLiteral("/orders/%1/pay").arg(order))),
                                     payBody(QStringLiteral("promptpay"), key)));
        };
        const auto first = payThroughServe(QStringLiteral("serve-1"));
        QCOMPARE(first.status, 202);
        QCOMPARE(first.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("opn"));
        QVERIFY(first.json.value(QStringLiteral("promptpay")).toObject().value(QStringLiteral("payload")).toString()
                    .startsWith(QLatin1String("000201")));
        fault(QStringLiteral("opn"), {{QStringLiteral("down"), true}});
        const auto second = payThroughServe(QStringLiteral("serve-2"));
        QCOMPARE(second.status, 202);
        QCOMPARE(second.json.value(QStringLiteral("gateway")).toString(), QStringLiteral("gbp"));
        QCOMPARE(sandboxCharges().size(), 2);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void intentRefusesWrongAmountsAndClosedOrders()
    {
        startAll();
        qint64 total = 0;
        const qint64 order = placeOrder(1, &total);
        auto wrong = m_conn->exec("SELECT * FROM payment_intent($1, 'card', 'opn', 'amt', $2)", {order, total + 1});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().sqlState, QStringLiteral("22023"));
        must(*m_conn, "SELECT cancel_order($1)", {order});
        auto closed = m_conn->exec("SELECT * FROM payment_intent($1, 'card', 'opn', 'closed', $2)", {order, total});
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().sqlState, QStringLiteral("BR002"));
        QCOMPARE(must(*m_conn, "SELECT count(*) FROM payment_attempt").toInt(0, 0), 0);
    }
};

QTEST_MAIN(TestPayments)
#include "tst_payments.moc"
