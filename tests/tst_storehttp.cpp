// Store API over raw sockets: what a hostile or broken client can send (control characters, slow or
// oversized requests, too many connections, wrong methods) answers a clear JSON error, writes nothing and
// leaves the server up; catalogue answers carry Cache-Control and an ETag and answer 304. The server
// runs in-process on a free loopback port against a fresh database; the client is a QTcpSocket writing
// the exact bytes of each case.
#include "testdb.h"

#include "db/connection.h"
#include "store/storeapi.h"
#include "store/storeserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>

using namespace backroom;
using backroom::test::must;

namespace {

// One HTTP answer as read off the socket.
struct RawAnswer {
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonObject json;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QString kind() const { return json.value(QStringLiteral("kind")).toString(); }
};

// Parses the first complete answer at the front of buffer (removing it), or nullopt if it is not all there.
std::optional<RawAnswer> takeAnswer(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    RawAnswer a;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    a.status = lines.value(0).split(' ').value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        a.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        if (a.headers.last().first.compare("content-length", Qt::CaseInsensitive) == 0)
            length = a.headers.last().second.toLongLong();
    }
    if (a.status == 304)
        length = 0;
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    a.body = buffer.mid(end + 4, length);
    a.json = QJsonDocument::fromJson(a.body).object();
    buffer.remove(0, end + 4 + length);
    return a;
}

// A client connection that writes raw bytes and reads answers, spinning the event loop (the server runs
// on this thread) while it waits.
class RawClient {
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QSignalSpy connected(&m_socket, &QTcpSocket::connected);
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            connected.wait(5000);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next answer, or nullopt when none came within timeoutMs (or the server closed first).
    std::optional<RawAnswer> answer(int timeoutMs = 10000)
    {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            m_buffer += m_socket.readAll();
            if (auto a = takeAnswer(m_buffer))
                return a;
            if (m_socket.state() != QAbstractSocket::ConnectedState || waited.elapsed() > timeoutMs)
                return std::nullopt;
            QSignalSpy more(&m_socket, &QTcpSocket::readyRead);
            QSignalSpy gone(&m_socket, &QTcpSocket::disconnected);
            if (!more.wait(int(std::max<qint64>(1, timeoutMs - waited.elapsed()))) && gone.isEmpty())
                continue;
        }
    }
    std::optional<RawAnswer> exchange(const QByteArray &bytes)
    {
        send(bytes);
        return answer();
    }
    // True once the server has closed the connection (within timeoutMs).
    bool closedByServer(int timeoutMs = 10000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy gone(&m_socket, &QTcpSocket::disconnected);
        return gone.wait(timeoutMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray getRequest(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
}

QByteArray postRequest(const QByteArray &target, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestStoreHttp : public QObject {
    Q_OBJECT

private:
    QString m_conninfo;
    std::unique_ptr<db::Connection> m_conn;
    std::unique_ptr<store::StoreServer> m_server;
    quint16 m_port = 0;

    void startServer(store::StoreServer::Options options = {})
    {
        options.conninfo = m_conninfo;
        options.version = QStringLiteral("test");
        options.expirySweepMs = 0;
        m_server = std::make_unique<store::StoreServer>(options);
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        m_port = *port;
    }

    // What a refused request must not change: orders, reservations, the ledger.
    QString dbFingerprint()
    {
        return must(*m_conn, "SELECT (SELECT count(*) FROM orders) || '/' || (SELECT coalesce(sum(reserved), 0) FROM stock)"
                             " || '/' || (SELECT count(*) FROM stock_ledger)").text(0, 0);
    }

    // The server still answers a plain request on a new connection.
    void verifyServerStillAnswers()
    {
        RawClient client(m_port);
        auto health = client.exchange(getRequest("/health"));
        QVERIFY(health);
        QCOMPARE(health->status, 200);
    }

private slots:
    void init()
    {
        m_conninfo = test::TestCluster::instance().freshDatabase();
        m_conn = test::connectOrDie(m_conninfo);
        must(*m_conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1)");
        must(*m_conn, "INSERT INTO product (sku, name, name_th, barcode, price_satang) VALUES "
                      "('TS-RED', 'T-Shirt Red', 'เสื้อยืดสีแดง', '8850000000011', 19900), "
                      "('TS-RED2', 'T-Shirt Red 2', 'เสื้อยืดสีแดง', '8850000000012', 19900)");
        must(*m_conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 10 FROM product p CROSS JOIN bin b");
    }

    void cleanup()
    {
        m_server.reset();
        m_conn.reset();
    }

    // ---- control characters -------------------------------------------------------------------------

    void controlCharactersAreRefusedAsBadText_data()
    {
        QTest::addColumn<QByteArray>("request");
        // Before: answered for TS-RED (libpq cut the SKU at the NUL).
        QTest::newRow("NUL in a SKU") << getRequest("/products/TS-RED%00x");
        QTest::newRow("NUL at the end of a SKU") << getRequest("/products/TS-RED%00");
        QTest::newRow("line feed in a SKU") << getRequest("/products/TS-RED%0A");
        QTest::newRow("NUL in a search") << getRequest("/search?q=shirt%00");
        QTest::newRow("escape in a search") << getRequest("/search?q=%1Bshirt");
        QTest::newRow("NUL in a query parameter") << getRequest("/products?page=1%00");
        QTest::newRow("NUL in an unknown path") << getRequest("/nowhere%00");
        QTest::newRow("NUL in an order id") << getRequest("/orders/1%00");
        QTest::newRow("NUL in an order's SKU")
            << postRequest("/orders", R"({"lines":[{"sku":"TS-RED\u0000x","qty":1}]})");
        QTest::newRow("bell in an idempotency key")
            << postRequest("/orders", R"({"lines":[{"sku":"TS-RED","qty":1}],"idempotency_key":"k\u0007"})");
        QTest::newRow("lone surrogate in a SKU")
            << postRequest("/orders", R"({"lines":[{"sku":"TS-RED\ud800","qty":1}]})");
    }

    // Raw control bytes in the request line or a header: answered by the guard, then closed.
    void rawControlBytesInTheHeadAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("NUL in the request line") << QByteArray("GET /products/TS-RED\0x HTTP/1.1\r\nHost: x\r\n\r\n", 44);
        QTest::newRow("escape in a header") << QByteArray("GET /health HTTP/1.1\r\nHost: x\r\nX-A: \x1b[2J\r\n\r\n");
    }

    void rawControlBytesInTheHeadAreRefused()
    {
        QFETCH(QByteArray, request);
        startServer();
        RawClient client(m_port);
        auto a = client.exchange(request);
        QVERIFY(a);
        QCOMPARE(a->status, 400);
        QCOMPARE(a->kind(), QStringLiteral("bad_text"));
        QVERIFY(client.closedByServer());
        verifyServerStillAnswers();
    }

    void controlCharactersAreRefusedAsBadText()
    {
        QFETCH(QByteArray, request);
        startServer();
        const QString before = dbFingerprint();
        RawClient client(m_port);
        auto a = client.exchange(request);
        QVERIFY(a);
        QCOMPARE(a->status, 400);
        QCOMPARE(a->kind(), QStringLiteral("bad_text"));
        QVERIFY(!a->json.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(dbFingerprint(), before);
        // The same connection goes on working.
        auto next = client.exchange(getRequest("/products/TS-RED"));
        QVERIFY(next);
        QCOMPARE(next->status, 200);
        QCOMPARE(next->json.value(QStringLiteral("sku")).toString(), QStringLiteral("TS-RED"));
    }

    // The database's own refusal of bad text is bad input (400), not a server fault (500).
    void databaseBadTextIsBadInput()
    {
        auto r = m_conn->exec("SELECT $1::text", {QByteArray("caf\xc3")});   // a cut UTF-8 sequence
        QVERIFY(!r);
        QCOMPARE(r.error().sqlState, QStringLiteral("22021"));
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QCOMPARE(store::replyForError(r.error()).status, 400);
        QCOMPARE(store::replyForError(r.error()).body.value(QStringLiteral("kind")).toString(), QStringLiteral("bad_text"));
        QCOMPARE(db::classifyServerError(QStringLiteral("character has no equivalent"), QStringLiteral("22P05")).kind,
                 Error::Kind::BadInput);
    }

    // ---- slow, idle, oversized, too many ------------------------------------------------------------

    // Slowloris: headers dribbled a byte at a time never complete; the guard answers 408 at the header
    // timeout however often bytes arrive, and other clients are served meanwhile.
    void dribblingClientGetsRequestTimeout()
    {
        store::StoreServer::Options options;
        options.connectionLimits.headerTimeout = std::chrono::milliseconds(400);
        startServer(options);
        RawClient slow(m_port);
        slow.send("GET /health HTTP/1.1\r\nHost: localhost\r\n");
        QTimer drip;
        connect(&drip, &QTimer::timeout, &slow.socket(), [&slow] { slow.send("X"); });
        drip.start(50);
        QElapsedTimer took;
        took.start();
        verifyServerStillAnswers();
        auto a = slow.answer();
        drip.stop();
        QVERIFY(a);
        QCOMPARE(a->status, 408);
        QCOMPARE(a->kind(), QStringLiteral("request_timeout"));
        QVERIFY2(took.elapsed() < 5000, qPrintable(QString::number(took.elapsed())));
        QVERIFY(slow.closedByServer());
        QCOMPARE(m_server->connectionCounters().slowClosed, 1);
        verifyServerStillAnswers();
    }

    void idleConnectionIsClosed()
    {
        store::StoreServer::Options options;
        options.connectionLimits.idleTimeout = std::chrono::milliseconds(300);
        startServer(options);
        RawClient silent(m_port);
        RawClient used(m_port);
        auto a = used.exchange(getRequest("/health"));
        QVERIFY(a);
        QCOMPARE(a->status, 200);
        QVERIFY(silent.closedByServer());
        QVERIFY(used.closedByServer());
        QTRY_COMPARE(m_server->connectionCounters().open, 0);
        QCOMPARE(m_server->connectionCounters().idleClosed, 2);
    }

    // A request in flight is not idle: a slow answer (longer than the idle timeout) still arrives.
    void slowAnswerIsNotCutByTheIdleTimeout()
    {
        store::StoreServer::Options options;
        options.connectionLimits.idleTimeout = std::chrono::milliseconds(200);
        options.browseProbe = [] { QThread::msleep(600); };   // the database work takes 600 ms
        startServer(options);
        RawClient client(m_port);
        auto a = client.exchange(getRequest("/products/TS-RED"));
        QVERIFY(a);
        QCOMPARE(a->status, 200);
    }

    void oversizedHeadersAreRefused()
    {
        store::StoreServer::Options options;
        options.connectionLimits.maxHeaderBytes = 2048;
        startServer(options);
        RawClient client(m_port);
        auto a = client.exchange(getRequest("/health", "X-Junk: " + QByteArray(4096, 'a') + "\r\n"));
        QVERIFY(a);
        QCOMPARE(a->status, 431);
        QCOMPARE(a->kind(), QStringLiteral("headers_too_large"));
        QVERIFY(client.closedByServer());
        // Just under the limit is fine.
        RawClient fine(m_port);
        auto ok = fine.exchange(getRequest("/health", "X-Junk: " + QByteArray(1500, 'a') + "\r\n"));
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
    }

    // The declared length is refused before any of the body is read.
    void oversizedBodyIsRefusedBeforeItIsSent()
    {
        startServer();
        const QString before = dbFingerprint();
        RawClient client(m_port);
        auto a = client.exchange("POST /orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 10000000\r\n\r\n{\"lines\":");
        QVERIFY(a);
        QCOMPARE(a->status, 413);
        QCOMPARE(a->kind(), QStringLiteral("body_too_large"));
        QVERIFY(client.closedByServer());
        QCOMPARE(dbFingerprint(), before);
        verifyServerStillAnswers();
    }

    // A body a little over the limit is read (and dropped) before the 413, so a client that sends the
    // whole body before reading sees the answer, not a reset.
    void bodySlightlyOverTheLimitIsReadThenRefused()
    {
        startServer();
        const QString before = dbFingerprint();
        RawClient client(m_port);
        const QByteArray body = QByteArray("{\"lines\":[{\"sku\":\"TS-RED\",\"qty\":1}],\"pad\":\"") + QByteArray(100 * 1024, 'x') + "\"}";
        auto a = client.exchange(postRequest("/orders", body));
        QVERIFY(a);
        QCOMPARE(a->status, 413);
        QCOMPARE(a->kind(), QStringLiteral("body_too_large"));
        QVERIFY(client.closedByServer());
        QCOMPARE(dbFingerprint(), before);
        verifyServerStillAnswers();
    }

    void chunkedBodyIsRefused()
    {
        startServer();
        const QString before = dbFingerprint();
        RawClient client(m_port);
        auto a = client.exchange("POST /orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"lin\r\n0\r\n\r\n");
        QVERIFY(a);
        QCOMPARE(a->status, 411);
        QCOMPARE(a->kind(), QStringLiteral("length_required"));
        QCOMPARE(dbFingerprint(), before);
        verifyServerStillAnswers();
    }

    void connectionsOverTheCapAreRefused()
    {
        store::StoreServer::Options options;
        options.connectionLimits.maxConnections = 3;
        startServer(options);
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawClient>(m_port));
            QVERIFY(held.back()->isConnected());
        }
        QTRY_COMPARE(m_server->connectionCounters().open, 3);
        RawClient extra(m_port);
        auto refused = extra.answer();
        QVERIFY(refused);
        QCOMPARE(refused->status, 503);
        QCOMPARE(refused->kind(), QStringLiteral("too_many_connections"));
        QCOMPARE(refused->header("Retry-After"), QByteArray("1"));
        QVERIFY(extra.closedByServer());
        // The held ones are served; once one goes, a new client gets in.
        auto a = held.front()->exchange(getRequest("/health"));
        QVERIFY(a);
        QCOMPARE(a->status, 200);
        held.pop_back();
        QTRY_COMPARE(m_server->connectionCounters().open, 2);
        verifyServerStillAnswers();
        QCOMPARE(m_server->connectionCounters().refusedOverCap, 1);
    }

    // Two requests in one write (pipelining) get two answers (in completion order: Qt HttpServer 6.4
    // does not keep request order, docs/store-api.md) and the connection then goes idle normally.
    void pipelinedRequestsAreBothAnswered()
    {
        store::StoreServer::Options options;
        options.connectionLimits.idleTimeout = std::chrono::milliseconds(500);
        startServer(options);
        RawClient client(m_port);
        client.send(getRequest("/products/TS-RED") + getRequest("/products/TS-RED2"));
        auto first = client.answer();
        auto second = client.answer();
        QVERIFY(first && second);
        QStringList skus{first->json.value(QStringLiteral("sku")).toString(), second->json.value(QStringLiteral("sku")).toString()};
        skus.sort();
        QCOMPARE(skus, (QStringList{QStringLiteral("TS-RED"), QStringLiteral("TS-RED2")}));
        QVERIFY(client.closedByServer());
        QCOMPARE(m_server->connectionCounters().idleClosed, 1);
    }

    // ---- documented fields --------------------------------------------------------------------------

    void wrongMethodNamesTheAllowedOne_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("GET /orders") << getRequest("/orders") << QByteArray("POST");
        QTest::newRow("DELETE /orders") << QByteArray("DELETE /orders HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("POST");
        QTest::newRow("POST /products") << postRequest("/products", "{}") << QByteArray("GET");
        QTest::newRow("PUT /products/TS-RED") << QByteArray("PUT /products/TS-RED HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                                              << QByteArray("GET");
        QTest::newRow("POST /search") << postRequest("/search?q=x", "{}") << QByteArray("GET");
    }

    void wrongMethodNamesTheAllowedOne()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, allow);
        startServer();
        const QString before = dbFingerprint();
        RawClient client(m_port);
        auto a = client.exchange(request);
        QVERIFY(a);
        QCOMPARE(a->status, 405);
        QCOMPARE(a->kind(), QStringLiteral("method_not_allowed"));
        QCOMPARE(a->header("Allow"), allow);
        QCOMPARE(dbFingerprint(), before);
    }

    void reusedKeyNamesTheFirstOrder()
    {
        startServer();
        RawClient client(m_port);
        auto first = client.exchange(postRequest("/orders", R"({"lines":[{"sku":"TS-RED","qty":1}],"idempotency_key":"k1"})"));
        QVERIFY(first);
        QCOMPARE(first->status, 201);
        const QString before = dbFingerprint();
        auto reused = client.exchange(postRequest("/orders", R"({"lines":[{"sku":"TS-RED2","qty":1}],"idempotency_key":"k1"})"));
        QVERIFY(reused);
        QCOMPARE(reused->status, 422);
        QCOMPARE(reused->kind(), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(reused->json.value(QStringLiteral("order_id")).toInteger(), first->json.value(QStringLiteral("id")).toInteger());
        QCOMPARE(dbFingerprint(), before);
    }

    // ---- edge caching -------------------------------------------------------------------------------

    void catalogueAnswersRevalidateWithETags_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("product") << QByteArray("/products/TS-RED");
        QTest::newRow("page") << QByteArray("/products?page=1");
        QTest::newRow("search") << QByteArray("/search?q=shirt");
    }

    // 200 with Cache-Control and an ETag; the same tag back gives 304 and no body; a change to what the
    // answer shows (price, then available stock) gives a new tag and a 200 for the old one.
    void catalogueAnswersRevalidateWithETags()
    {
        QFETCH(QByteArray, target);
        store::StoreServer::Options options;
        options.cacheMaxAgeSeconds = 7;
        startServer(options);
        RawClient client(m_port);
        auto first = client.exchange(getRequest(target));
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(first->header("Cache-Control"), QByteArray("public, max-age=7"));
        const QByteArray tag = first->header("ETag");
        QVERIFY(tag.startsWith('"') && tag.endsWith('"') && tag.size() > 2);

        auto same = client.exchange(getRequest(target, "If-None-Match: " + tag + "\r\n"));
        QVERIFY(same);
        QCOMPARE(same->status, 304);
        QVERIFY(same->body.isEmpty());
        QCOMPARE(same->header("ETag"), tag);
        auto listed = client.exchange(getRequest(target, "If-None-Match: \"other\", W/" + tag + "\r\n"));
        QVERIFY(listed);
        QCOMPARE(listed->status, 304);

        must(*m_conn, "UPDATE product SET price_satang = price_satang + 100 WHERE sku = 'TS-RED'");
        auto repriced = client.exchange(getRequest(target, "If-None-Match: " + tag + "\r\n"));
        QVERIFY(repriced);
        QCOMPARE(repriced->status, 200);
        const QByteArray newTag = repriced->header("ETag");
        QVERIFY(newTag != tag);
        QVERIFY(!repriced->body.isEmpty());

        must(*m_conn, "UPDATE stock SET on_hand = on_hand - 1 WHERE product_id = (SELECT id FROM product WHERE sku = 'TS-RED')");
        auto restocked = client.exchange(getRequest(target, "If-None-Match: " + newTag + "\r\n"));
        QVERIFY(restocked);
        QCOMPARE(restocked->status, 200);
        QVERIFY(restocked->header("ETag") != newTag);
    }

    void ordersAndErrorsAreNotCacheable()
    {
        startServer();
        RawClient client(m_port);
        auto order = client.exchange(postRequest("/orders", R"({"lines":[{"sku":"TS-RED","qty":1}]})"));
        QVERIFY(order);
        QCOMPARE(order->status, 201);
        QVERIFY(order->header("ETag").isEmpty());
        QVERIFY(order->header("Cache-Control").isEmpty());
        auto unknown = client.exchange(getRequest("/products/NOPE"));
        QVERIFY(unknown);
        QCOMPARE(unknown->status, 404);
        QVERIFY(unknown->header("ETag").isEmpty());
    }

    // ---- the serve command's options ----------------------------------------------------------------

    void serveRefusesBadHardeningOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("zero connections") << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")};
        QTest::newRow("idle not a number") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("soon")};
        QTest::newRow("unknown pooler") << QStringList{QStringLiteral("--pooler"), QStringLiteral("statement")};
        QTest::newRow("bad session database") << QStringList{QStringLiteral("--session-database"), QStringLiteral("host='x")};
    }

    void serveRefusesBadHardeningOptions()
    {
        QFETCH(QStringList, args);
        QProcess serve;
        serve.start(QStringLiteral(BACKROOM_BIN), QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_conninfo} + args);
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 2);
        QVERIFY(!serve.readAllStandardError().isEmpty());
    }

    // --pooler transaction turns statement caching off (a transaction pooler would lose prepared
    // statements); the API answers reads and orders; --session-database carries the LISTEN connections.
    void servesWithStatementCachingOffForATransactionPooler()
    {
        QProcess serve;
        serve.start(QStringLiteral(BACKROOM_BIN),
                    {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                     m_conninfo, QStringLiteral("--pooler"), QStringLiteral("transaction"),
                     QStringLiteral("--session-database"), m_conninfo, QStringLiteral("--no-channels")});
        QVERIFY(serve.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += serve.readAllStandardOutput()).contains("store API on"), 20000);
        const int at = banner.indexOf("127.0.0.1:") + 10;
        const quint16 port = quint16(banner.mid(at, banner.indexOf(' ', at) - at).toUInt());
        QVERIFY2(port > 0, banner.constData());
        RawClient client(port);
        for (int i = 0; i < 3; ++i) {
            auto a = client.exchange(getRequest("/products/TS-RED"));
            QVERIFY(a);
            QCOMPARE(a->status, 200);
        }
        auto order = client.exchange(postRequest("/orders", R"({"lines":[{"sku":"TS-RED","qty":1}]})"));
        QVERIFY(order);
        QCOMPARE(order->status, 201);
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreHttp)
#include "tst_storehttp.moc"
