// The one outbound HTTP client (core/net/httpclient.h) against servers run inside this test: answers,
// deadlines, refused connections, the per-host limit and its bounded queue, pacing on the Clock seam,
// plain http to another machine refused, TLS with an untrusted certificate refused, cancel, observers.
// No database, no sleeps: waits are QTRY_* on events, time is a ManualClock where a schedule is asserted.
#include "net/clock.h"
#include "net/httpclient.h"
#include "security/selfsignedcertificate.h"

#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace backroom;
using namespace backroom::net;
using namespace std::chrono_literals;

namespace {

// A tiny HTTP/1.1 server: reads each request (headers + Content-Length body) and then answers at once,
// holds the answer until release(), or never answers (hang). Counts what it received.
class TestServer : public QObject {
public:
    enum class Mode { Answer, Hold, Hang };

    explicit TestServer(Mode mode = Mode::Answer) : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("test server cannot listen");
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int received() const { return int(m_requests.size()); }
    const QList<QByteArray> &requests() const { return m_requests; }
    // Answers the held requests, oldest first (at most n; all when n < 0).
    void release(int n = -1)
    {
        while (!m_held.isEmpty() && n-- != 0) {
            QPointer<QTcpSocket> s = m_held.takeFirst();
            if (s)
                answer(s, "released");
        }
    }

private:
    void onReadable(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        m_requests.append(buffer.left(end + 4 + length));
        buffer.remove(0, end + 4 + length);
        if (m_mode == Mode::Answer)
            answer(socket, m_requests.last().split(' ').value(1));
        else if (m_mode == Mode::Hold)
            m_held.append(socket);
        // Hang: say nothing, keep the connection open.
    }

    void answer(QTcpSocket *socket, const QByteArray &body)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Test: yes\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    QList<QPointer<QTcpSocket>> m_held;
};

// Collects the responses of calls, in the order they finished.
struct Outcomes {
    QList<HttpResponse> responses;
    QHash<HttpClient::CallId, HttpResponse> byId;
    HttpClient::Callback collect(QObject *, HttpClient::CallId *id)
    {
        return [this, id](const HttpResponse &r) {
            responses.append(r);
            byId.insert(*id, r);
        };
    }
};

HttpResponse callAndWait(HttpClient &client, HttpRequest request, int waitMs = 10000)
{
    std::optional<HttpResponse> result;
    QObject context;
    client.send(std::move(request), &context, [&](const HttpResponse &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, waitMs))
        qFatal("no answer within %d ms", waitMs);
    return *result;
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    void answersWithStatusHeadersAndBody()
    {
        TestServer server;
        HttpClient client;
        auto r = callAndWait(client, HttpRequest::get(server.url(QStringLiteral("/hello")), QStringLiteral("test")));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("/hello"));
        QCOMPARE(r.header("x-test"), QByteArray("yes"));

        auto post = callAndWait(client, HttpRequest::postJson(server.url(QStringLiteral("/charges")), "{\"amount\":100}")
                                             .withHeader("Idempotency-Key", "k-1"));
        QVERIFY(post.ok());
        const QByteArray sent = server.requests().last();
        QVERIFY2(sent.startsWith("POST /charges HTTP/1.1"), sent.constData());
        QVERIFY(sent.contains("Idempotency-Key: k-1"));
        QVERIFY(sent.endsWith("{\"amount\":100}"));
    }

    void failsAtItsTimeoutWhenTheServerNeverAnswers()
    {
        TestServer server(TestServer::Mode::Hang);
        HttpClient client;
        auto request = HttpRequest::get(server.url(QStringLiteral("/slow")));
        request.timeout = 300ms;
        QElapsedTimer wall;
        wall.start();
        auto r = callAndWait(client, request);
        QCOMPARE(r.error.kind, HttpError::Kind::Timeout);
        QCOMPARE(server.received(), 1);   // it was sent; the server just never answered
        QVERIFY2(wall.elapsed() >= 300, qPrintable(QString::number(wall.elapsed())));
        QVERIFY(r.elapsed >= 300ms);
        QCOMPARE(r.toError().kind, Error::Kind::Connection);
    }

    void reportsConnectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;   // a port that was free a moment ago and is closed now
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        HttpClient client;
        auto r = callAndWait(client, HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        QCOMPARE(r.error.kind, HttpError::Kind::ConnectionRefused);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error.message.contains(QString::number(port)));
    }

    void reportsHttpErrorStatusWithItsBody()
    {
        QTcpServer raw;
        QVERIFY(raw.listen(QHostAddress::LocalHost, 0));
        connect(&raw, &QTcpServer::newConnection, this, [&raw] {
            QTcpSocket *s = raw.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 7\r\nContent-Length: 4\r\n\r\ndown");
            });
        });
        HttpClient client;
        auto r = callAndWait(client, HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(raw.serverPort()))));
        QCOMPARE(r.error.kind, HttpError::Kind::HttpStatus);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body, QByteArray("down"));
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.toError().kind, Error::Kind::Connection);
    }

    void holdsTheCallOverTheHostLimitUntilASlotFrees()
    {
        TestServer server(TestServer::Mode::Hold);
        HttpClient client;
        const QString host = HttpClient::hostKey(server.url(QString()));
        client.setHostPolicy(host, {2, 8, 0ms});
        Outcomes outcomes;
        QObject context;
        HttpClient::CallId ids[3];
        for (auto &id : ids)
            id = client.send(HttpRequest::get(server.url(QStringLiteral("/n"))), &context, outcomes.collect(&context, &id));
        QTRY_COMPARE(server.received(), 2);
        auto m = client.hostMetrics(host);
        QCOMPARE(m.inFlight, 2);
        QCOMPARE(m.queued, 1);
        QCOMPARE(m.started, 2);

        server.release(1);
        QTRY_COMPARE(server.received(), 3);   // the third starts only once one of the first two is done
        QCOMPARE(outcomes.responses.size(), 1);
        m = client.hostMetrics(host);
        QCOMPARE(m.inFlight, 2);
        QCOMPARE(m.queued, 0);
        QCOMPARE(m.peakInFlight, 2);

        server.release();
        QTRY_COMPARE(outcomes.responses.size(), 3);
        for (const auto &r : outcomes.responses)
            QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(outcomes.byId.value(ids[2]).queued > 0ns);
        QCOMPARE(client.hostMetrics(host).inFlight, 0);
    }

    void refusesAtOnceWhenTheHostQueueIsFull()
    {
        TestServer server(TestServer::Mode::Hold);
        HttpClient::Options options;
        options.defaultHostPolicy = {1, 2, 0ms};
        HttpClient client(options);
        Outcomes outcomes;
        QObject context;
        HttpClient::CallId ids[4];
        for (auto &id : ids)
            id = client.send(HttpRequest::get(server.url(QStringLiteral("/q"))), &context, outcomes.collect(&context, &id));
        // One running, two queued, the fourth refused without touching the network.
        QTRY_COMPARE(outcomes.responses.size(), 1);
        const HttpResponse refused = outcomes.byId.value(ids[3]);
        QCOMPARE(refused.error.kind, HttpError::Kind::QueueFull);
        QVERIFY2(refused.error.message.contains(QStringLiteral("1 running, 2 queued")), qPrintable(refused.error.message));
        QCOMPARE(client.hostMetrics(HttpClient::hostKey(server.url(QString()))).refusedQueueFull, 1);

        for (int served = 1; served <= 3; ++served) {
            QTRY_COMPARE(server.received(), served);
            server.release();
        }
        QTRY_COMPARE(outcomes.responses.size(), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY(outcomes.byId.value(ids[i]).ok());
        QCOMPARE(server.received(), 3);
    }

    void pacesRequestStartsOnTheClock()
    {
        TestServer server;
        ManualClock clock;
        HttpClient::Options options;
        options.clock = &clock;
        HttpClient client(options);
        const QString host = HttpClient::hostKey(server.url(QString()));
        client.setHostPolicy(host, {4, 8, 100ms});   // room for 4 at once, but one start per 100 ms
        Outcomes outcomes;
        QObject context;
        HttpClient::CallId ids[3];
        const auto t0 = clock.now();
        for (auto &id : ids)
            id = client.send(HttpRequest::get(server.url(QStringLiteral("/p"))), &context, outcomes.collect(&context, &id));
        QCOMPARE(client.hostMetrics(host).started, 1);   // the others wait for the clock, not for a slot
        QTRY_COMPARE(outcomes.responses.size(), 1);
        QCOMPARE(client.hostMetrics(host).started, 1);

        clock.advance(60ms);   // not yet
        clock.advance(40ms);   // now the second may start
        QTRY_COMPARE(client.hostMetrics(host).started, 2);
        QCOMPARE(client.hostMetrics(host).queued, 1);
        clock.advance(100ms);
        QTRY_COMPARE(outcomes.responses.size(), 3);

        QCOMPARE(outcomes.byId.value(ids[0]).startedAt - t0, Clock::Duration(0ms));
        QCOMPARE(outcomes.byId.value(ids[1]).startedAt - t0, Clock::Duration(100ms));
        QCOMPARE(outcomes.byId.value(ids[2]).startedAt - t0, Clock::Duration(200ms));
        QCOMPARE(outcomes.byId.value(ids[2]).queued, Clock::Duration(200ms));
    }

    void refusesPlainHttpToAnotherMachine_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::newRow("http to a name") << "http://api.example.com/charges" << int(HttpError::Kind::InsecureUrl);
        QTest::newRow("http to an address") << "http://192.0.2.10:8080/" << int(HttpError::Kind::InsecureUrl);
        QTest::newRow("ftp") << "ftp://127.0.0.1/file" << int(HttpError::Kind::BadRequest);
        QTest::newRow("no host") << "https:///path" << int(HttpError::Kind::BadRequest);
    }

    void refusesPlainHttpToAnotherMachine()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        HttpClient client;
        int observed = 0;
        client.addObserver([&](const HttpRequest &, const HttpResponse &r) { observed += r.error.kind == HttpError::Kind(kind); });
        auto r = callAndWait(client, HttpRequest::get(QUrl(url)));
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.elapsed, 0ns);   // never went on the wire
        QCOMPARE(observed, 1);
        QCOMPARE(r.toError().kind, Error::Kind::BadInput);
    }

    void allowsPlainHttpToLoopbackAndToHostsNamedInTheOptions()
    {
        TestServer server;
        HttpClient::Options options;
        options.insecureHostsAllowed = {QStringLiteral("localhost")};
        HttpClient client(options);
        auto loopback = callAndWait(client, HttpRequest::get(server.url(QStringLiteral("/x"))));
        QVERIFY2(loopback.ok(), qPrintable(loopback.error.message));
        QUrl named = server.url(QStringLiteral("/y"));
        named.setHost(QStringLiteral("localhost"));
        auto r = callAndWait(client, HttpRequest::get(named));
        QVERIFY(r.error.kind != HttpError::Kind::InsecureUrl);
    }

    void refusesATlsServerWhoseCertificateIsNotTrusted()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend in this Qt");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("server.crt"));
        const QString key = dir.filePath(QStringLiteral("server.key"));
        auto written = security::writeSelfSignedCertificate({QStringLiteral("localhost"), {QStringLiteral("localhost")},
                                                             {QStringLiteral("127.0.0.1")}, 2}, cert, key);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QFile certFile(cert), keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        QVERIFY(!tls.privateKey().isNull());
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        HttpClient client;
        auto r = callAndWait(client, HttpRequest::get(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort()))));
        QCOMPARE(r.error.kind, HttpError::Kind::Tls);
    }

    void cancelEndsARunningCallAndAQueuedOne()
    {
        TestServer server(TestServer::Mode::Hang);
        HttpClient::Options options;
        options.defaultHostPolicy = {1, 4, 0ms};
        HttpClient client(options);
        Outcomes outcomes;
        QObject context;
        HttpClient::CallId running = 0, queued = 0;
        running = client.send(HttpRequest::get(server.url(QStringLiteral("/a"))), &context, outcomes.collect(&context, &running));
        queued = client.send(HttpRequest::get(server.url(QStringLiteral("/b"))), &context, outcomes.collect(&context, &queued));
        QTRY_COMPARE(server.received(), 1);
        client.cancel(queued);
        client.cancel(running);
        QTRY_COMPARE(outcomes.responses.size(), 2);
        QCOMPARE(outcomes.byId.value(running).error.kind, HttpError::Kind::Cancelled);
        QCOMPARE(outcomes.byId.value(queued).error.kind, HttpError::Kind::Cancelled);
        QCOMPARE(server.received(), 1);   // the queued one never went out
        client.cancel(running);           // already finished: ignored
    }

    void dropsTheAnswerWhenTheCallerIsGone()
    {
        TestServer server;
        HttpClient client;
        int calledBack = 0, observed = 0;
        client.addObserver([&](const HttpRequest &, const HttpResponse &) { ++observed; });
        {
            QObject context;
            client.send(HttpRequest::get(server.url(QStringLiteral("/gone"))), &context, [&](const HttpResponse &) { ++calledBack; });
        }
        QTRY_COMPARE(observed, 1);
        QCoreApplication::processEvents();
        QCOMPARE(calledBack, 0);
    }

    void observersSeeEveryExchangeWithItsCaller()
    {
        TestServer server;
        HttpClient client;
        QStringList seen;
        const int id = client.addObserver([&](const HttpRequest &req, const HttpResponse &r) {
            seen << req.caller + QLatin1Char('=') + QString::number(r.status);
        });
        callAndWait(client, HttpRequest::get(server.url(QStringLiteral("/o")), QStringLiteral("gateway:opn")));
        callAndWait(client, HttpRequest::get(QUrl(QStringLiteral("http://192.0.2.1/")), QStringLiteral("marketplace:shopee")));
        client.removeObserver(id);
        callAndWait(client, HttpRequest::get(server.url(QStringLiteral("/o"))));
        QCOMPARE(seen, (QStringList{QStringLiteral("gateway:opn=200"), QStringLiteral("marketplace:shopee=0")}));
    }

    void sendsFromAnotherThreadAndAnswersOnTheCallersThread()
    {
        TestServer server;
        HttpClient client;
        QThread worker;
        auto *context = new QObject;
        context->moveToThread(&worker);
        worker.start();
        std::atomic<QThread *> answeredOn{nullptr};
        std::atomic<int> status{0};
        QMetaObject::invokeMethod(context, [&, context] {
            client.send(HttpRequest::get(server.url(QStringLiteral("/t"))), context, [&](const HttpResponse &r) {
                answeredOn = QThread::currentThread();
                status = r.status;
            });
        });
        QTRY_COMPARE(status.load(), 200);
        QCOMPARE(answeredOn.load(), &worker);
        QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
