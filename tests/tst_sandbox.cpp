// Sandbox tests: the two fake gateways, their faults, the charge record and the command line. The sandbox
// runs in-process on free loopback ports with a ManualClock (time moves only when a test says so); the
// client is QNetworkAccessManager, and signatures are checked with Qt's own HMAC, not the sandbox's code.
// The last tests drive the real binary over HTTP. No PostgreSQL is needed here.
#include "net/clock.h"
#include "sandbox/faultplan.h"
#include "sandbox/sandbox.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
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
#include <memory>

using namespace backroom;
using namespace backroom::sandbox;
using namespace std::chrono_literals;

namespace {

const QByteArray kOpnSecret = "skey_test_sandbox";
const QByteArray kOpnPublic = "pkey_test_sandbox";
const QByteArray kGbpSecret = "gbp_secret_sandbox";

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray replayed;
};

QByteArray basic(const QByteArray &user)
{
    return "Basic " + (user + ':').toBase64();
}

// A merchant's endpoint that records what it is sent and answers with the next status in its script
// (the last one repeats).
class Receiver {
public:
    explicit Receiver(QList<int> script) : m_script(std::move(script))
    {
        m_server.route(QStringLiteral("/hook"), [this](const QHttpServerRequest &request) {
            QHash<QByteArray, QByteArray> headers;
            for (const auto &h : request.headers())
                headers.insert(h.first.toLower(), h.second);
            received.append({headers, request.body()});
            const int status = m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
            return QHttpServerResponse(QByteArray("ok"), QHttpServerResponse::StatusCode(status));
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)); }

    struct Received {
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    QList<Received> received;
    quint16 port = 0;

private:
    QHttpServer m_server;
    QList<int> m_script;
};

} // namespace

class TestSandbox : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<net::ManualClock> m_clock;
    std::unique_ptr<Sandbox> m_box;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    void startBox(Sandbox::Options options = {})
    {
        m_box.reset();
        m_clock = std::make_unique<net::ManualClock>();
        options.tickMs = 0;   // the tests call tick() when they have moved the clock
        m_box = std::make_unique<Sandbox>(options, *m_clock);
        auto started = m_box->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    }

    QUrl url(const QString &gateway, const QString &path) const
    {
        QUrl u = gateway == QLatin1String("control") ? m_box->controlUrl() : m_box->baseUrl(gateway);
        const int q = int(path.indexOf(QLatin1Char('?')));
        u.setPath(u.path() + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }

    Reply await(QNetworkReply *raw, int timeoutMs = 10000)
    {
        std::unique_ptr<QNetworkReply> reply(raw);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!finished.wait(timeoutMs))
                qWarning("no answer within %d ms", timeoutMs);
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.replayed = reply->rawHeader("Idempotent-Replayed");
        return r;
    }

    QNetworkRequest request(const QUrl &u, const QByteArray &auth = {}, const QByteArray &key = {}) const
    {
        QNetworkRequest req(u);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
        if (!key.isEmpty())
            req.setRawHeader("Idempotency-Key", key);
        return req;
    }

    Reply get(const QString &gateway, const QString &path, const QByteArray &auth = {})
    {
        return await(m_nam->get(request(url(gateway, path), auth)));
    }
    Reply post(const QString &gateway, const QString &path, const QByteArray &body, const QByteArray &auth = {},
               const QByteArray &key = {})
    {
        return await(m_nam->post(request(url(gateway, path), auth, key), body));
    }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    QString token(const QString &number = QStringLiteral("4242424242424242"))
    {
        const Reply r = post(QStringLiteral("opn"), QStringLiteral("/tokens"),
                             json({{"card", QJsonObject{{"number", number}, {"name", "Somchai"},
                                                        {"expiration_month", 12}, {"expiration_year", 2030}}}}),
                             basic(kOpnPublic));
        if (r.status != 200)
            qWarning("token: %s", r.body.constData());
        return r.json.value(QStringLiteral("id")).toString();
    }
    Reply cardCharge(const QString &tokenId, qint64 amount = 25000, const QByteArray &key = {})
    {
        return post(QStringLiteral("opn"), QStringLiteral("/charges"),
                    json({{"amount", double(amount)}, {"currency", "thb"}, {"card", tokenId}}), basic(kOpnSecret), key);
    }
    Reply sourceCharge(const QString &type, qint64 amount = 12000, const QByteArray &key = {})
    {
        return post(QStringLiteral("opn"), QStringLiteral("/charges"),
                    json({{"amount", double(amount)}, {"currency", "thb"}, {"source", QJsonObject{{"type", type}}}}),
                    basic(kOpnSecret), key);
    }
    QByteArray gbpPayment(const QString &referenceNo, const QString &amount, const QString &backgroundUrl = {})
    {
        const QByteArray checksum = QMessageAuthenticationCode::hash((amount + referenceNo + backgroundUrl).toUtf8(),
                                                                     kGbpSecret, QCryptographicHash::Sha256).toHex();
        QJsonObject o{{"token", "gbp_token_sandbox"}, {"referenceNo", referenceNo}, {"amount", amount},
                      {"detail", "order"}, {"checksum", QString::fromLatin1(checksum)}};
        if (!backgroundUrl.isEmpty())
            o.insert(QStringLiteral("backgroundUrl"), backgroundUrl);
        return json(o);
    }
    Reply faults(const QString &gateway, const QJsonObject &changes)
    {
        return post(QStringLiteral("control"), QStringLiteral("/%1/faults").arg(gateway), json(changes));
    }
    QJsonArray recordedCharges() { return get(QStringLiteral("control"), QStringLiteral("/charges")).json.value("charges").toArray(); }

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

    // ---- opn --------------------------------------------------------------------------------------

    void cardChargeFollowsTheTestCard_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("failureCode");
        QTest::newRow("succeeds") << "4242424242424242" << "successful" << "";
        QTest::newRow("declined") << "4000000000000002" << "failed" << "payment_rejected";
        QTest::newRow("insufficient funds") << "4000000000009995" << "failed" << "insufficient_fund";
    }
    void cardChargeFollowsTheTestCard()
    {
        QFETCH(QString, number);
        QFETCH(QString, status);
        QFETCH(QString, failureCode);
        const Reply r = cardCharge(token(number), 25000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("object").toString(), QStringLiteral("charge"));
        QCOMPARE(r.json.value("status").toString(), status);
        QCOMPARE(r.json.value("amount").toInt(), 25000);
        QCOMPARE(r.json.value("paid").toBool(), status == QLatin1String("successful"));
        QCOMPARE(r.json.value("failure_code").toString(), failureCode);
        QCOMPARE(r.json.value("card").toObject().value("last_digits").toString(), number.right(4));
        const QJsonArray record = recordedCharges();
        QCOMPARE(record.size(), 1);
        QCOMPARE(record[0].toObject().value("status").toString(), status);
        QCOMPARE(record[0].toObject().value("amount_satang").toInt(), 25000);
    }

    void idempotencyKeyReplaysOrRefusesAConflict()
    {
        const QString tok = token();
        const Reply first = cardCharge(tok, 30000, "order-17-pay-1");
        QCOMPARE(first.status, 200);
        QVERIFY(first.replayed.isEmpty());
        const Reply again = cardCharge(tok, 30000, "order-17-pay-1");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.replayed, QByteArray("true"));
        QCOMPARE(again.json.value("id"), first.json.value("id"));
        const Reply conflict = cardCharge(tok, 30001, "order-17-pay-1");
        QCOMPARE(conflict.status, 422);
        QCOMPARE(conflict.json.value("code").toString(), QStringLiteral("idempotency_key_conflict"));
        QCOMPARE(recordedCharges().size(), 1);
        // The key finds the charge again (how a client reconciles after losing a reply).
        const Reply search = get(QStringLiteral("opn"), QStringLiteral("/charges?idempotency_key=order-17-pay-1"),
                                 basic(kOpnSecret));
        QCOMPARE(search.status, 200);
        QCOMPARE(search.json.value("total").toInt(), 1);
        QCOMPARE(search.json.value("data").toArray()[0].toObject().value("id"), first.json.value("id"));
        QCOMPARE(get(QStringLiteral("opn"), QStringLiteral("/charges?idempotency_key=nobody"), basic(kOpnSecret))
                     .json.value("total").toInt(), 0);
    }

    void aTokenChargesOnlyOnce()
    {
        const QString tok = token();
        QCOMPARE(cardCharge(tok).status, 200);
        const Reply second = cardCharge(tok);
        QCOMPARE(second.status, 400);
        QCOMPARE(second.json.value("code").toString(), QStringLiteral("used_token"));
        QCOMPARE(recordedCharges().size(), 1);
    }

    void promptpaySourceIsPendingUntilTheControlCompletesIt()
    {
        const Reply created = sourceCharge(QStringLiteral("promptpay"), 9900);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value("status").toString(), QStringLiteral("pending"));
        const QJsonObject source = created.json.value("source").toObject();
        QCOMPARE(source.value("type").toString(), QStringLiteral("promptpay"));
        QVERIFY(!source.value("scannable_code").toObject().value("value").toString().isEmpty());
        QVERIFY(!created.json.value("authorize_uri").toString().isEmpty());
        const QString id = created.json.value("id").toString();
        const Reply done = post(QStringLiteral("control"), QStringLiteral("/charges/%1/complete").arg(id),
                                json({{"status", "successful"}}));
        QCOMPARE(done.status, 200);
        const Reply later = get(QStringLiteral("opn"), QStringLiteral("/charges/") + id, basic(kOpnSecret));
        QCOMPARE(later.json.value("status").toString(), QStringLiteral("successful"));
        QCOMPARE(later.json.value("paid").toBool(), true);
        // A settled charge cannot be completed again another way.
        QCOMPARE(post(QStringLiteral("control"), QStringLiteral("/charges/%1/complete").arg(id),
                      json({{"status", "expired"}})).status, 409);
    }

    void customerFinishesAWalletPaymentAtItsAuthorizeUri()
    {
        const Reply created = sourceCharge(QStringLiteral("truemoney"));
        const QUrl authorize(created.json.value("authorize_uri").toString());
        QVERIFY(authorize.isValid());
        QUrl fail = authorize;
        fail.setQuery(QStringLiteral("result=fail"));
        QCOMPARE(await(m_nam->get(request(fail))).status, 200);
        const Reply later = get(QStringLiteral("opn"), QStringLiteral("/charges/") + created.json.value("id").toString(),
                                basic(kOpnSecret));
        QCOMPARE(later.json.value("status").toString(), QStringLiteral("failed"));
    }

    void pendingSourceExpiresOnTheSandboxClock()
    {
        const Reply created = sourceCharge(QStringLiteral("shopeepay"));
        const QString id = created.json.value("id").toString();
        m_clock->advance(14min);
        QCOMPARE(get(QStringLiteral("opn"), QStringLiteral("/charges/") + id, basic(kOpnSecret)).json.value("status").toString(),
                 QStringLiteral("pending"));
        m_clock->advance(2min);
        const Reply later = get(QStringLiteral("opn"), QStringLiteral("/charges/") + id, basic(kOpnSecret));
        QCOMPARE(later.json.value("status").toString(), QStringLiteral("expired"));
        QCOMPARE(later.json.value("expired").toBool(), true);
    }

    void pendingSourceSettlesByItselfWhenAsked()
    {
        Sandbox::Options options;
        options.opn.autoSettleAfter = 30s;
        startBox(options);
        const QString id = sourceCharge(QStringLiteral("promptpay")).json.value("id").toString();
        m_clock->advance(31s);
        m_box->tick();
        QCOMPARE(m_box->charges().find(id)->status, ChargeStatus::Successful);
    }

    void reverseTurnsASuccessfulChargeReversed()
    {
        const QString id = cardCharge(token()).json.value("id").toString();
        const Reply reversed = post(QStringLiteral("opn"), QStringLiteral("/charges/%1/reverse").arg(id), {}, basic(kOpnSecret));
        QCOMPARE(reversed.status, 200);
        QCOMPARE(reversed.json.value("status").toString(), QStringLiteral("reversed"));
        QCOMPARE(reversed.json.value("reversed").toBool(), true);
        // Reversing again is harmless; a failed charge cannot be reversed.
        QCOMPARE(post(QStringLiteral("opn"), QStringLiteral("/charges/%1/reverse").arg(id), {}, basic(kOpnSecret)).status, 200);
        const QString declined = cardCharge(token(QStringLiteral("4000000000000002"))).json.value("id").toString();
        const Reply refused = post(QStringLiteral("opn"), QStringLiteral("/charges/%1/reverse").arg(declined), {}, basic(kOpnSecret));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value("code").toString(), QStringLiteral("failed_reverse"));
    }

    // ---- gbp --------------------------------------------------------------------------------------

    void gbpPaymentIsCompletedByTheCustomerAndFoundByInquiry()
    {
        const Reply created = post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"), gbpPayment("ORD0001", "149.50"));
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value("resultCode").toString(), QStringLiteral("00"));
        QCOMPARE(created.json.value("amount").toString(), QStringLiteral("149.50"));
        QCOMPARE(created.json.value("status").toString(), QStringLiteral("P"));
        const QString gbpRef = created.json.value("gbpReferenceNo").toString();
        const QByteArray inquiry = json({{"referenceNo", "ORD0001"}});
        Reply status = post(QStringLiteral("gbp"), QStringLiteral("/v1/check_status_txn"), inquiry, basic(kGbpSecret));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value("txn").toObject().value("status").toString(), QStringLiteral("P"));

        QUrl pay(created.json.value("paymentUrl").toString());
        pay.setQuery(QStringLiteral("result=success"));
        QCOMPARE(await(m_nam->get(request(pay))).status, 200);
        status = post(QStringLiteral("gbp"), QStringLiteral("/v1/check_status_txn"), inquiry, basic(kGbpSecret));
        const QJsonObject txn = status.json.value("txn").toObject();
        QCOMPARE(txn.value("status").toString(), QStringLiteral("S"));
        QCOMPARE(txn.value("amount").toString(), QStringLiteral("149.50"));
        QCOMPARE(txn.value("gbpReferenceNo").toString(), gbpRef);
        QCOMPARE(m_box->charges().find(gbpRef)->amountSatang, 14950);

        // The reference number is the idempotency key: same request -> same payment; different -> refused.
        const Reply again = post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"), gbpPayment("ORD0001", "149.50"));
        QCOMPARE(again.json.value("gbpReferenceNo").toString(), gbpRef);
        const Reply conflict = post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"), gbpPayment("ORD0001", "150.00"));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json.value("resultCode").toString(), QStringLiteral("11"));
        QCOMPARE(recordedCharges().size(), 1);

        const Reply voided = post(QStringLiteral("gbp"), QStringLiteral("/v1/void"), inquiry, basic(kGbpSecret));
        QCOMPARE(voided.json.value("txn").toObject().value("status").toString(), QStringLiteral("V"));
        QCOMPARE(m_box->charges().find(gbpRef)->status, ChargeStatus::Reversed);
    }

    void gbpRefusesBadRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("resultCode");
        const QByteArray good = basic(kGbpSecret);
        QByteArray badChecksum = gbpPayment("ORD9", "10.00").replace("\"checksum\":\"", "\"checksum\":\"00");
        QTest::newRow("malformed json") << "/v1/payments" << QByteArray("{\"referenceNo\":") << QByteArray() << 400 << "02";
        QTest::newRow("three decimals") << "/v1/payments" << gbpPayment("ORD9", "10.005") << QByteArray() << 400 << "02";
        QTest::newRow("bad checksum") << "/v1/payments" << badChecksum << QByteArray() << 401 << "04";
        QTest::newRow("inquiry without key") << "/v1/check_status_txn" << QByteArray("{\"referenceNo\":\"X\"}")
                                             << basic("wrong") << 401 << "01";
        QTest::newRow("unknown reference") << "/v1/check_status_txn" << QByteArray("{\"referenceNo\":\"NOPE\"}") << good
                                           << 404 << "03";
        QTest::newRow("unknown endpoint") << "/v2/whatever" << QByteArray("{}") << good << 404 << "03";
    }
    void gbpRefusesBadRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, auth);
        QFETCH(int, status);
        QFETCH(QString, resultCode);
        const Reply r = post(QStringLiteral("gbp"), path, body, auth);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value("resultCode").toString(), resultCode);
        QVERIFY(!r.json.value("resultMessage").toString().isEmpty());
        QCOMPARE(recordedCharges().size(), 0);
    }

    // ---- bad input on opn and control -------------------------------------------------------------

    void opnAndControlRefuseBadRequestsWithJsonErrors_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");   // "code" (opn) or "kind" (control)
        QTest::addColumn<QString>("code");
        const QByteArray secret = basic(kOpnSecret);
        QTest::newRow("malformed json") << "opn" << "POST" << "/charges" << QByteArray("{\"amount\": 100,") << secret
                                        << 400 << "code" << "bad_request";
        QTest::newRow("wrong key") << "opn" << "POST" << "/charges" << QByteArray("{}") << basic("skey_wrong") << 401
                                   << "code" << "authentication_failure";
        QTest::newRow("no key") << "opn" << "GET" << "/charges/chrg_test_000001" << QByteArray() << QByteArray() << 401
                                << "code" << "authentication_failure";
        QTest::newRow("unknown charge") << "opn" << "GET" << "/charges/chrg_test_999999" << QByteArray() << secret << 404
                                        << "code" << "not_found";
        QTest::newRow("fractional amount") << "opn" << "POST" << "/charges"
                                           << QByteArray("{\"amount\":10.5,\"currency\":\"thb\",\"source\":{\"type\":\"promptpay\"}}")
                                           << secret << 400 << "code" << "invalid_amount";
        QTest::newRow("wrong currency") << "opn" << "POST" << "/charges"
                                        << QByteArray("{\"amount\":1000,\"currency\":\"usd\",\"source\":{\"type\":\"promptpay\"}}")
                                        << secret << 400 << "code" << "invalid_charge";
        QTest::newRow("unknown source") << "opn" << "POST" << "/charges"
                                        << QByteArray("{\"amount\":1000,\"currency\":\"thb\",\"source\":{\"type\":\"cash\"}}")
                                        << secret << 400 << "code" << "invalid_source";
        QTest::newRow("unknown token") << "opn" << "POST" << "/charges"
                                       << QByteArray("{\"amount\":1000,\"currency\":\"thb\",\"card\":\"tokn_nope\"}") << secret
                                       << 400 << "code" << "invalid_card";
        QTest::newRow("bad card number") << "opn" << "POST" << "/tokens"
                                         << QByteArray("{\"card\":{\"number\":\"4242424242424241\",\"expiration_month\":1,"
                                                       "\"expiration_year\":2031}}")
                                         << basic(kOpnPublic) << 400 << "code" << "invalid_card";
        QTest::newRow("control: bad rate") << "control" << "POST" << "/opn/faults" << QByteArray("{\"error_rate\": 2}")
                                           << QByteArray() << 400 << "kind" << "bad_request";
        QTest::newRow("control: unknown fault") << "control" << "POST" << "/opn/faults" << QByteArray("{\"explode\": true}")
                                                << QByteArray() << 400 << "kind" << "bad_request";
        QTest::newRow("control: unknown gateway") << "control" << "POST" << "/paypal/faults" << QByteArray("{}")
                                                  << QByteArray() << 404 << "kind" << "not_found";
        QTest::newRow("control: malformed json") << "control" << "POST" << "/gbp/faults" << QByteArray("{hang")
                                                 << QByteArray() << 400 << "kind" << "bad_request";
        QTest::newRow("control: unknown charge") << "control" << "POST" << "/charges/chrg_nope/complete" << QByteArray("{}")
                                                 << QByteArray() << 404 << "kind" << "not_found";
        QTest::newRow("control: unknown route") << "control" << "GET" << "/nothing" << QByteArray() << QByteArray() << 404
                                                << "kind" << "unknown_route";
    }
    void opnAndControlRefuseBadRequestsWithJsonErrors()
    {
        QFETCH(QString, gateway);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, auth);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const Reply r = method == QLatin1String("GET") ? get(gateway, path, auth) : post(gateway, path, body, auth);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(field).toString(), code);
        const QString message = r.json.value(field == QLatin1String("code") ? "message" : "error").toString();
        QVERIFY2(message.size() > 10, qPrintable(message));
        QCOMPARE(recordedCharges().size(), 0);
        QCOMPARE(m_box->server(QStringLiteral("opn"))->faults().any(), false);
    }

    // ---- webhooks ---------------------------------------------------------------------------------

    void opnWebhookIsSignedAndRetriedAfterTheReceiverFailed()
    {
        Receiver receiver({500, 200});
        QVERIFY(receiver.port != 0);
        QCOMPARE(post(QStringLiteral("control"), QStringLiteral("/opn/webhook"),
                      json({{"url", receiver.url().toString()}})).status, 200);
        const QString id = cardCharge(token(), 4200).json.value("id").toString();
        m_box->tick();
        QTRY_COMPARE(receiver.received.size(), 1);
        QTRY_COMPARE(m_box->webhooks().toJson().value("deliveries").toArray()[0].toObject().value("last_status").toInt(), 500);

        // Not before the retry delay on the sandbox's clock (pump() would mark it "sending" at once)...
        m_box->tick();
        const QJsonObject waiting = m_box->webhooks().toJson().value("deliveries").toArray()[0].toObject();
        QCOMPARE(waiting.value("state").toString(), QStringLiteral("pending"));
        QCOMPARE(waiting.value("attempts").toInt(), 1);
        QCOMPARE(receiver.received.size(), 1);
        // ...and then again, signed afresh.
        m_clock->advance(1100ms);
        m_box->tick();
        QTRY_COMPARE(receiver.received.size(), 2);
        QTRY_COMPARE(m_box->webhooks().undelivered(), 0);

        for (const auto &delivery : std::as_const(receiver.received)) {
            const QByteArray timestamp = delivery.headers.value("opn-signature-timestamp");
            QVERIFY(!timestamp.isEmpty());
            const QByteArray expected = QMessageAuthenticationCode::hash(timestamp + '.' + delivery.body, "whsec_opn_sandbox",
                                                                         QCryptographicHash::Sha256).toHex();
            QCOMPARE(delivery.headers.value("opn-signature"), expected);
            const QJsonObject event = QJsonDocument::fromJson(delivery.body).object();
            QCOMPARE(event.value("key").toString(), QStringLiteral("charge.complete"));
            QCOMPARE(event.value("data").toObject().value("id").toString(), id);
            QCOMPARE(event.value("data").toObject().value("status").toString(), QStringLiteral("successful"));
        }
        QVERIFY(receiver.received[0].headers.value("opn-signature-timestamp")
                != receiver.received[1].headers.value("opn-signature-timestamp"));
        const QJsonObject delivery = get(QStringLiteral("control"), QStringLiteral("/webhooks")).json.value("deliveries")
                                         .toArray()[0].toObject();
        QCOMPARE(delivery.value("state").toString(), QStringLiteral("delivered"));
        QCOMPARE(delivery.value("attempts").toInt(), 2);
    }

    void gbpBackgroundNotificationCarriesAChecksum()
    {
        Receiver receiver({200});
        const Reply created = post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"),
                                   gbpPayment("ORD0042", "99.00", receiver.url().toString()));
        QCOMPARE(created.status, 200);
        const QString gbpRef = created.json.value("gbpReferenceNo").toString();
        QCOMPARE(post(QStringLiteral("control"), QStringLiteral("/charges/%1/complete").arg(gbpRef), json({{"status", "failed"}}))
                     .status, 200);
        m_box->tick();
        QTRY_COMPARE(receiver.received.size(), 1);
        const QJsonObject n = QJsonDocument::fromJson(receiver.received[0].body).object();
        QCOMPARE(n.value("referenceNo").toString(), QStringLiteral("ORD0042"));
        QCOMPARE(n.value("status").toString(), QStringLiteral("F"));
        QCOMPARE(n.value("amount").toString(), QStringLiteral("99.00"));
        const QByteArray expected = QMessageAuthenticationCode::hash(
            (QStringLiteral("99.00ORD0042") + gbpRef + n.value("resultCode").toString()).toUtf8(), kGbpSecret,
            QCryptographicHash::Sha256).toHex();
        QCOMPARE(n.value("checksum").toString().toLatin1(), expected);
        QVERIFY(n.value("resultCode").toString() != QLatin1String("00"));
    }

    // ---- faults -----------------------------------------------------------------------------------

    void faultDiceAreReproducible()
    {
        FaultSettings s;
        s.errorRate = 0.3;
        s.jitterMs = 40;
        s.latencyMs = 100;
        s.loseReplies = 0.5;
        FaultPlan a(7), b(7), c(8);
        int differences = 0;
        for (int i = 0; i < 200; ++i) {
            const auto da = a.decide(s, i % 2 == 0);
            const auto db = b.decide(s, i % 2 == 0);
            const auto dc = c.decide(s, i % 2 == 0);
            QCOMPARE(da.errorStatus, db.errorStatus);
            QCOMPARE(da.delayMs, db.delayMs);
            QCOMPARE(da.loseReply, db.loseReply);
            QVERIFY(da.delayMs >= 60 && da.delayMs <= 140);
            QVERIFY(!(da.loseReply && da.errorStatus));
            differences += da.delayMs != dc.delayMs;
        }
        QVERIFY(differences > 100);
    }

    void errorRateWithASeedGivesThePredictedCount()
    {
        QCOMPARE(faults(QStringLiteral("opn"), {{"error_rate", 0.3}, {"seed", 42}}).status, 200);
        FaultSettings settings;
        settings.errorRate = 0.3;
        FaultPlan predicted(42);
        int expected = 0, got = 0;
        for (int i = 0; i < 60; ++i) {
            expected += predicted.decide(settings, false).errorStatus != 0;
            const Reply r = get(QStringLiteral("opn"), QStringLiteral("/charges"), basic(kOpnSecret));
            QVERIFY(r.status == 200 || r.status == 500 || r.status == 503);
            if (r.status != 200) {
                ++got;
                QCOMPARE(r.json.value("code").toString(), QStringLiteral("sandbox_injected_fault"));
            }
        }
        QCOMPARE(got, expected);
        QVERIFY2(got >= 8 && got <= 30, qPrintable(QString::number(got)));
        const QJsonObject counters = faults(QStringLiteral("opn"), {}).json.value("counters").toObject();
        QCOMPARE(counters.value("injected_errors").toInt(), got);
        // An injected error does nothing: no charge is made behind it.
        QCOMPARE(faults(QStringLiteral("opn"), {{"error_rate", 1.0}}).status, 200);
        QVERIFY(sourceCharge(QStringLiteral("promptpay")).status >= 500);
        QCOMPARE(recordedCharges().size(), 0);
    }

    void latencyDelaysTheAnswerByThePlannedAmount()
    {
        QCOMPARE(faults(QStringLiteral("gbp"), {{"latency_ms", 150}, {"jitter_ms", 50}, {"seed", 9}}).status, 200);
        FaultSettings settings;
        settings.latencyMs = 150;
        settings.jitterMs = 50;
        FaultPlan predicted(9);
        const int delay = predicted.decide(settings, true).delayMs;
        QElapsedTimer timer;
        timer.start();
        const Reply r = post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"), gbpPayment("ORD0100", "1.00"));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(r.status, 200);
        QVERIFY2(elapsed >= delay - 5, qPrintable(QStringLiteral("%1 ms < planned %2 ms").arg(elapsed).arg(delay)));
        const QJsonObject counters = faults(QStringLiteral("gbp"), {}).json.value("counters").toObject();
        QCOMPARE(counters.value("last_delay_ms").toInt(), delay);
        QCOMPARE(counters.value("delayed").toInt(), 1);
    }

    void hangHoldsTheConnectionUntilReset()
    {
        QCOMPARE(faults(QStringLiteral("opn"), {{"hang", true}}).status, 200);
        std::unique_ptr<QNetworkReply> reply(m_nam->get(request(url(QStringLiteral("opn"), QStringLiteral("/charges")),
                                                                basic(kOpnSecret))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(!finished.wait(400));   // held, not answered
        QTRY_COMPARE(faults(QStringLiteral("opn"), {}).json.value("counters").toObject().value("held").toInt(), 1);
        // The other gateway and the control API are unaffected.
        QCOMPARE(post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"), gbpPayment("ORD0200", "5.00")).status, 200);
        QCOMPARE(faults(QStringLiteral("opn"), {{"reset", true}}).status, 200);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("code").toString(),
                 QStringLiteral("sandbox_hang_released"));
        QCOMPARE(get(QStringLiteral("opn"), QStringLiteral("/charges"), basic(kOpnSecret)).status, 200);
    }

    void downRefusesConnectionsUntilUp()
    {
        // A kept-alive connection from before must not keep working either.
        QCOMPARE(get(QStringLiteral("opn"), QStringLiteral("/charges"), basic(kOpnSecret)).status, 200);
        QCOMPARE(faults(QStringLiteral("opn"), {{"down", true}}).json.value("listening").toBool(), false);
        const Reply refused = get(QStringLiteral("opn"), QStringLiteral("/charges"), basic(kOpnSecret));
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"), gbpPayment("ORD0300", "5.00")).status, 200);
        QCOMPARE(faults(QStringLiteral("opn"), {{"down", false}}).json.value("listening").toBool(), true);
        QCOMPARE(get(QStringLiteral("opn"), QStringLiteral("/charges"), basic(kOpnSecret)).status, 200);
    }

    void gatewaysListenBelowTheEphemeralPortsSoTheyCanComeBack()
    {
        // While a gateway is down its port is free; a port from the ephemeral range could meanwhile become
        // the local port of any outgoing connection on the machine, and the gateway could not come back.
        for (const QString &name : {QStringLiteral("opn"), QStringLiteral("gbp")}) {
            const quint16 port = m_box->server(name)->port();
            QVERIFY2(port >= 20000 && port < 32000, qPrintable(name + QStringLiteral(" listens on %1").arg(port)));
        }
    }

    void lostReplyLeavesARecordedChargeAndAClientError()
    {
        QCOMPARE(faults(QStringLiteral("opn"), {{"lose_replies", 1.0}}).status, 200);
        const QString tok = token();   // a token is a POST too: its reply is lost as well
        QVERIFY(tok.isEmpty());
        QCOMPARE(faults(QStringLiteral("opn"), {{"reset", true}}).status, 200);
        const QString usable = token();
        QCOMPARE(faults(QStringLiteral("opn"), {{"lose_replies", 1.0}}).status, 200);
        const Reply lost = cardCharge(usable, 77700, "order-99-pay-1");
        QVERIFY2(lost.error != QNetworkReply::NoError, lost.body.constData());
        QVERIFY(lost.json.isEmpty());
        const QJsonArray record = recordedCharges();
        QCOMPARE(record.size(), 1);
        QCOMPARE(record[0].toObject().value("status").toString(), QStringLiteral("successful"));
        QCOMPARE(record[0].toObject().value("idempotency_key").toString(), QStringLiteral("order-99-pay-1"));
        // Counters add up over the sandbox's life: the token's lost reply and this one.
        QCOMPARE(faults(QStringLiteral("opn"), {}).json.value("counters").toObject().value("lost_replies").toInt(), 2);
        // Reads are still answered, so the client can reconcile; a replay finds the same charge.
        const Reply search = get(QStringLiteral("opn"), QStringLiteral("/charges?idempotency_key=order-99-pay-1"),
                                 basic(kOpnSecret));
        QCOMPARE(search.json.value("total").toInt(), 1);
        QCOMPARE(faults(QStringLiteral("opn"), {{"reset", true}}).status, 200);
        const Reply replay = cardCharge(usable, 77700, "order-99-pay-1");
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.replayed, QByteArray("true"));
        QCOMPARE(replay.json.value("id"), record[0].toObject().value("id"));
        QCOMPARE(recordedCharges().size(), 1);
    }

    // ---- the record -------------------------------------------------------------------------------

    void chargeRecordMatchesWhatWasDone()
    {
        cardCharge(token(), 10000);
        cardCharge(token(QStringLiteral("4000000000009995")), 20000);
        const QString pending = sourceCharge(QStringLiteral("promptpay"), 30000).json.value("id").toString();
        sourceCharge(QStringLiteral("truemoney"), 40000);
        post(QStringLiteral("control"), QStringLiteral("/charges/%1/complete").arg(pending), {});
        post(QStringLiteral("gbp"), QStringLiteral("/v1/payments"), gbpPayment("ORD0500", "500.00"));
        const QJsonObject record = get(QStringLiteral("control"), QStringLiteral("/charges")).json;
        QCOMPARE(record.value("charges").toArray().size(), 5);
        const QJsonObject summary = record.value("summary").toObject();
        QCOMPARE(summary.value("total").toInt(), 5);
        const QJsonObject opn = summary.value("opn").toObject();
        QCOMPARE(opn.value("successful").toObject().value("count").toInt(), 2);
        QCOMPARE(opn.value("successful").toObject().value("amount_satang").toInt(), 40000);
        QCOMPARE(opn.value("failed").toObject().value("count").toInt(), 1);
        QCOMPARE(opn.value("pending").toObject().value("count").toInt(), 1);
        QCOMPARE(summary.value("gbp").toObject().value("pending").toObject().value("amount_satang").toInt(), 50000);
        QCOMPARE(get(QStringLiteral("control"), QStringLiteral("/charges?gateway=gbp")).json.value("charges").toArray().size(), 1);
        for (const auto &v : record.value("charges").toArray()) {
            const QJsonObject c = v.toObject();
            QVERIFY(QDateTime::fromString(c.value("created").toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(!c.value("id").toString().isEmpty());
        }
    }

    void stateFileKeepsTheRecordAcrossRestarts()
    {
        QTemporaryDir dir;
        Sandbox::Options options;
        options.stateFile = dir.filePath(QStringLiteral("sandbox.json"));
        startBox(options);
        const QString first = cardCharge(token(), 1234, "k-1").json.value("id").toString();
        startBox(options);
        QCOMPARE(recordedCharges().size(), 1);
        QCOMPARE(m_box->charges().find(first)->amountSatang, 1234);
        // The key survives too, and ids go on from where they were.
        QCOMPARE(get(QStringLiteral("opn"), QStringLiteral("/charges?idempotency_key=k-1"), basic(kOpnSecret))
                     .json.value("total").toInt(), 1);
        const QString second = sourceCharge(QStringLiteral("promptpay")).json.value("id").toString();
        QVERIFY(second != first && !second.isEmpty());
    }

    // ---- the binary -------------------------------------------------------------------------------

    void binaryRunsAndIsSteeredFromTheCommandLine()
    {
        QProcess box;
        box.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("sandbox"), QStringLiteral("--json"), QStringLiteral("--seed"),
                                                 QStringLiteral("5")});
        QVERIFY(box.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += box.readAllStandardOutput()).contains('\n'), 20000);
        const QJsonObject info = QJsonDocument::fromJson(banner).object();
        const QString control = info.value("control_url").toString();
        const QUrl opn(info.value("opn").toObject().value("base_url").toString());
        QVERIFY2(!control.isEmpty() && opn.isValid(), banner.constData());

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
        QUrl charges = opn;
        charges.setPath(opn.path() + QStringLiteral("/charges"));
        const QByteArray body = json({{"amount", 5000}, {"currency", "thb"}, {"source", QJsonObject{{"type", "promptpay"}}}});
        const Reply made = await(m_nam->post(request(charges, basic(kOpnSecret), "cli-1"), body));
        QCOMPARE(made.status, 200);

        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("opn"), QStringLiteral("--down")}), 0);
        QCOMPARE(await(m_nam->get(request(charges, basic(kOpnSecret)))).error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("opn"), QStringLiteral("--reset")}), 0);
        QCOMPARE(await(m_nam->get(request(charges, basic(kOpnSecret)))).status, 200);

        QByteArray output;
        QCOMPARE(cli({QStringLiteral("complete"), made.json.value("id").toString()}), 0);
        QCOMPARE(cli({QStringLiteral("charges"), QStringLiteral("--json")}, &output), 0);
        const QJsonArray list = QJsonDocument::fromJson(output).object().value("charges").toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value("status").toString(), QStringLiteral("successful"));
        QCOMPARE(list[0].toObject().value("idempotency_key").toString(), QStringLiteral("cli-1"));
        QCOMPARE(cli({QStringLiteral("charges")}, &output), 0);
        QVERIFY(output.contains("1 successful"));

        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("paypal"), QStringLiteral("--down")}), 2);
        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("opn"), QStringLiteral("--error-rate"), QStringLiteral("2")}), 2);
        QCOMPARE(cli({QStringLiteral("complete"), QStringLiteral("chrg_nope")}), 2);
        QCOMPARE(cli({QStringLiteral("fault"), QStringLiteral("opn"), QStringLiteral("--control"),
                      QStringLiteral("http://127.0.0.1:1/control")}), 1);
        QCOMPARE(cli({QStringLiteral("--help")}), 0);

        box.terminate();
        QVERIFY(box.waitForFinished(20000));
        QCOMPARE(box.exitStatus(), QProcess::NormalExit);
        QCOMPARE(box.exitCode(), 0);
    }

    void commandsWithoutASandboxSayWhichOne()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BACKROOM_SANDBOX_CONTROL"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("sandbox"), QStringLiteral("charges")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--control"));
        p.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("sandbox"), QStringLiteral("--listen"), QStringLiteral("nowhere")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
