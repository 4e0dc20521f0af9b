// Fault proxy tests: every toxic proves itself against two probes — an echo server in this test (its
// bytes, timings and closes observed directly) and a real PostgreSQL reached with libpq through the
// proxy — while it is on, and stops showing after removal. Timings use a monotonic timer with tolerant
// bounds; waits are QTRY/QSignalSpy (the proxy runs on this thread's event loop, libpq on a worker).
#include "chaos/faultproxy.h"
#include "chaos/toxic.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtConcurrent/QtConcurrent>
#include <libpq-fe.h>
#include <memory>

#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace backroom;
using namespace backroom::chaos;
using namespace std::chrono_literals;

namespace {

// Echoes everything back; counts reads and keeps its sockets so tests can see them close.
class EchoServer : public QTcpServer {
public:
    EchoServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                sockets.append(s);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    ++reads;
                    const QByteArray data = s->readAll();
                    received += data.size();
                    if (echo)
                        s->write(data);
                });
            }
        });
    }
    int open() const
    {
        int n = 0;
        for (const auto &s : sockets)
            n += s && s->state() == QAbstractSocket::ConnectedState;
        return n;
    }
    QList<QPointer<QTcpSocket>> sockets;
    int reads = 0;
    qint64 received = 0;
    bool echo = true;
};

std::unique_ptr<FaultProxy> proxyTo(quint16 upstreamPort, quint64 seed = 7)
{
    FaultProxy::Options o;
    o.upstreamHost = QStringLiteral("127.0.0.1");
    o.upstreamPort = upstreamPort;
    o.seed = seed;
    auto proxy = std::make_unique<FaultProxy>(o);
    const Status started = proxy->start();
    if (!started)
        qFatal("proxy did not start: %s", qPrintable(started.error().message));
    return proxy;
}

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto s = std::make_unique<QTcpSocket>();
    s->connectToHost(QHostAddress::LocalHost, port);
    return s;
}

// Sends `payload` and waits (in an event loop, so the proxy on this thread keeps working) for it all to
// come back; the round trip in ms, or -1 when it did not come back whole within the timeout.
qint64 roundTrip(QTcpSocket &s, const QByteArray &payload, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    QByteArray back;
    QEventLoop loop;
    const auto read = QObject::connect(&s, &QTcpSocket::readyRead, &loop, [&] {
        back += s.readAll();
        if (back.size() >= payload.size())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    s.write(payload);
    back += s.readAll();
    if (back.size() < payload.size())
        loop.exec();
    QObject::disconnect(read);
    return back == payload ? t.elapsed() : -1;
}

struct PgProbe {
    bool ok = false;
    QString error;
    qint64 ms = 0;
};

// libpq (blocking) to the proxy port: connect, SELECT 1. Runs on a worker thread.
PgProbe selectOne(const QByteArray &conninfo)
{
    QElapsedTimer t;
    t.start();
    PgProbe probe;
    PGconn *conn = PQconnectdb(conninfo.constData());
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult *r = PQexec(conn, "SELECT 1");
        probe.ok = PQresultStatus(r) == PGRES_TUPLES_OK && QByteArray(PQgetvalue(r, 0, 0)) == "1";
        PQclear(r);
    }
    if (!probe.ok)
        probe.error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQfinish(conn);
    probe.ms = t.elapsed();
    return probe;
}

template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
        qFatal("worker did not finish");
    return future.result();
}

} // namespace

class TestFaultProxy : public QObject {
    Q_OBJECT
private:
    QByteArray pgThrough(quint16 port) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=fp_probe password=probe-pw sslmode=disable "
                              "connect_timeout=20")
            .arg(port)
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        auto admin = test::connectOrDie(test::TestCluster::instance().cluster().connInfo(QStringLiteral("postgres")));
        test::must(*admin, "DROP ROLE IF EXISTS fp_probe");
        test::must(*admin, "CREATE ROLE fp_probe LOGIN PASSWORD 'probe-pw'");
        test::must(*admin, "GRANT CONNECT ON DATABASE postgres TO fp_probe");
    }

    // ---- spec text ----
    void parsesAndFormatsSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("latency") << "latency:downstream:ms=200,jitter=50,toxicity=0.5"
                                 << "latency:downstream:ms=200,jitter=50,toxicity=0.5,name=latency_downstream";
        QTest::newRow("toxiproxy names") << "latency:upstream:latency=30,name=slow"
                                         << "latency:upstream:ms=30,jitter=0,toxicity=1,name=slow";
        QTest::newRow("bandwidth") << "bandwidth:upstream:rate=100" << "bandwidth:upstream:rate=100,toxicity=1,name=bandwidth_upstream";
        QTest::newRow("slow_close") << "slow_close:downstream:delay=500" << "slow_close:downstream:ms=500,toxicity=1,name=slow_close_downstream";
        QTest::newRow("timeout") << "timeout:ms=0" << "timeout:downstream:ms=0,toxicity=1,name=timeout_downstream";
        QTest::newRow("reset_peer") << "reset_peer:upstream:timeout=10" << "reset_peer:upstream:ms=10,toxicity=1,name=reset_peer_upstream";
        QTest::newRow("slicer") << "slicer:downstream:average_size=16,size_variation=8,delay=1000"
                                << "slicer:downstream:size=16,variation=8,delay_us=1000,toxicity=1,name=slicer_downstream";
        QTest::newRow("limit_data") << "limit_data:downstream:bytes=4096" << "limit_data:downstream:bytes=4096,toxicity=1,name=limit_data_downstream";
        QTest::newRow("down") << "down" << "down:toxicity=1,name=down";
    }
    void parsesAndFormatsSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, canonical);
        auto toxic = parseToxic(spec);
        QVERIFY2(toxic.ok(), qPrintable(toxic.ok() ? QString() : toxic.error().message));
        QCOMPARE(formatToxic(*toxic), canonical);
        auto again = parseToxic(canonical);
        QVERIFY(again.ok());
        QVERIFY(*again == *toxic);
    }

    void refusesBadSpecsWithClearText_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown type") << "lag:downstream:ms=1" << "Unknown toxic 'lag'";
        QTest::newRow("bad stream") << "latency:sideways:ms=1" << "upstream (client to server) or downstream";
        QTest::newRow("unknown key") << "latency:downstream:rate=5" << "latency takes no 'rate'";
        QTest::newRow("not a number") << "latency:downstream:ms=fast" << "must be a whole number, got 'fast'";
        QTest::newRow("toxicity range") << "latency:downstream:ms=1,toxicity=2" << "toxicity of latency_downstream must be from 0 to 1";
        QTest::newRow("negative") << "timeout:upstream:ms=-5" << "must not be negative";
        QTest::newRow("zero slice") << "slicer:downstream:size=0" << "at least 1 byte";
        QTest::newRow("no value") << "limit_data:downstream:bytes" << "is not key=value";
        QTest::newRow("too many parts") << "latency:downstream:ms=1:x" << "too many ':' parts";
    }
    void refusesBadSpecsWithClearText()
    {
        QFETCH(QString, spec);
        QFETCH(QString, mentions);
        auto toxic = parseToxic(spec);
        QVERIFY(!toxic.ok());
        QCOMPARE(toxic.error().kind, Error::Kind::BadInput);
        QVERIFY2(toxic.error().message.contains(mentions), qPrintable(toxic.error().message));
    }

    void schedulingArithmetic()
    {
        QRandomGenerator random(3);
        const QList<int> sizes = sliceSizes(1000, 16, 8, random);
        qsizetype sum = 0;
        for (int s : sizes) {
            QVERIFY(s >= 1 && s <= 24);
            sum += s;
        }
        QCOMPARE(sum, qsizetype(1000));
        QVERIFY(sizes.size() >= 1000 / 24);
        QCOMPARE(transferTime(100'000, 100), std::chrono::nanoseconds(1s));   // 100 KB at 100 KB/s
        QCOMPARE(transferTime(5, 0), std::chrono::nanoseconds(0));
        Toxic latency = *parseToxic(QStringLiteral("latency:downstream:ms=100,jitter=20"));
        for (int i = 0; i < 200; ++i) {
            const auto d = latencyDelay(latency, random);
            QVERIFY(d >= 80ms && d <= 120ms);
        }
        QVERIFY(!rollToxicity(0.0, random));
        QVERIFY(rollToxicity(1.0, random));
    }

    // ---- guardrails ----
    void listensOnLoopbackOnly()
    {
        FaultProxy::Options o;
        o.listenAddress = QHostAddress(QHostAddress::AnyIPv4);
        o.upstreamHost = QStringLiteral("127.0.0.1");
        o.upstreamPort = 5432;
        FaultProxy proxy(o);
        const Status s = proxy.start();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::BadInput);
        QVERIFY2(s.error().message.contains(QStringLiteral("loopback only")), qPrintable(s.error().message));

        o.listenAddress = QHostAddress(QHostAddress::LocalHost);
        o.upstreamHost = QStringLiteral("192.0.2.10");
        FaultProxy remote(o);
        const Status r = remote.start();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("confirm")), qPrintable(r.error().message));
        o.allowRemoteUpstream = true;
        FaultProxy confirmed(o);
        QVERIFY(confirmed.start().ok());
    }

    void refusesDuplicateAndUnknownNames()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        QVERIFY(proxy->addToxic(QStringLiteral("latency:downstream:ms=1")).ok());
        const Status dup = proxy->addToxic(QStringLiteral("latency:downstream:ms=5"));
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.contains(QStringLiteral("already")));
        QCOMPARE(proxy->removeToxic(QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
        QVERIFY(proxy->addToxic(QStringLiteral("timeout:upstream:ms=0")).ok());
        QCOMPARE(proxy->toxics().size(), 2);
        proxy->removeAll();
        QVERIFY(proxy->toxics().isEmpty());
    }

    // ---- each toxic against the echo probe ----
    void passesDataUntouchedWithoutToxics()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        auto client = connectTo(proxy->port());
        QByteArray payload(64 * 1024, '\0');
        QRandomGenerator(1).fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        QVERIFY(roundTrip(*client, payload) >= 0);
        QCOMPARE(proxy->openConnections(), 1);
    }

    void latencyDelaysUntilRemoved()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        auto client = connectTo(proxy->port());
        QVERIFY(roundTrip(*client, "warm") >= 0);
        QVERIFY(proxy->addToxic(QStringLiteral("latency:downstream:ms=300,jitter=20")).ok());
        const qint64 slow = roundTrip(*client, "ping");
        QVERIFY2(slow >= 270 && slow < 3000, qPrintable(QString::number(slow)));
        QVERIFY(proxy->addToxic(QStringLiteral("latency:upstream:ms=200")).ok());
        const qint64 slower = roundTrip(*client, "ping");
        QVERIFY2(slower >= 470, qPrintable(QString::number(slower)));
        proxy->removeAll();
        const qint64 fast = roundTrip(*client, "ping");
        QVERIFY2(fast >= 0 && fast < 150, qPrintable(QString::number(fast)));
        QCOMPARE(proxy->counters().value(QStringLiteral("latency_downstream")).connectionsAffected, 1);
        QCOMPARE(proxy->counters().value(QStringLiteral("latency_downstream")).bytes, 8);
    }

    void bandwidthCapsThroughput()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        auto client = connectTo(proxy->port());
        const QByteArray payload(30'000, 'b');
        QVERIFY(roundTrip(*client, "warm") >= 0);
        QVERIFY(proxy->addToxic(QStringLiteral("bandwidth:downstream:rate=50")).ok());   // 30 kB at 50 kB/s = 600 ms
        const qint64 capped = roundTrip(*client, payload);
        QVERIFY2(capped >= 500 && capped < 5000, qPrintable(QString::number(capped)));
        QVERIFY(proxy->removeToxic(QStringLiteral("bandwidth_downstream")).ok());
        const qint64 free = roundTrip(*client, payload);
        QVERIFY2(free >= 0 && free < 200, qPrintable(QString::number(free)));
    }

    void timeoutStallsThenCloses()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        auto client = connectTo(proxy->port());
        QVERIFY(roundTrip(*client, "warm") >= 0);
        QSignalSpy closed(client.get(), &QTcpSocket::disconnected);
        QElapsedTimer t;
        t.start();
        QVERIFY(proxy->addToxic(QStringLiteral("timeout:downstream:ms=400")).ok());
        client->write("lost");
        QVERIFY(closed.wait(5000));
        QVERIFY2(t.elapsed() >= 350, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(client->readAll(), QByteArray());
        QCOMPARE(echo.received, qint64(8));   // the server got it; the answer was held and dropped
        proxy->removeAll();
        auto next = connectTo(proxy->port());
        QVERIFY(roundTrip(*next, "back") >= 0);
    }

    void timeoutZeroHoldsUntilRemoved()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        auto client = connectTo(proxy->port());
        QVERIFY(roundTrip(*client, "warm") >= 0);
        QVERIFY(proxy->addToxic(QStringLiteral("timeout:upstream:ms=0")).ok());
        QCOMPARE(roundTrip(*client, "held", 600), qint64(-1));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QVERIFY(proxy->removeToxic(QStringLiteral("timeout_upstream")).ok());
        QVERIFY(roundTrip(*client, "again") >= 0);
    }

    void resetPeerSendsReset()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        QVERIFY(proxy->addToxic(QStringLiteral("reset_peer:upstream:ms=100")).ok());
        // A plain socket tells a reset (ECONNRESET) from an orderly close (read returns 0).
        const quint16 port = proxy->port();
        auto result = QtConcurrent::run([port] {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in addr{};
            addr.sin_family = AF_INET;
            addr.sin_port = htons(port);
            addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
                return -2;
            ::send(fd, "x", 1, 0);
            char buf[16];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            const int err = n < 0 ? errno : 0;
            ::close(fd);
            return n < 0 ? err : -1;
        });
        QCOMPARE(await(result), ECONNRESET);
        proxy->removeAll();
        auto client = connectTo(proxy->port());
        QVERIFY(roundTrip(*client, "fine") >= 0);
    }

    void slicerDeliversIntactDataInPieces()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        auto client = connectTo(proxy->port());
        QVERIFY(roundTrip(*client, "warm") >= 0);
        QVERIFY(proxy->addToxic(QStringLiteral("slicer:upstream:size=100,variation=50,delay_us=3000")).ok());
        QByteArray payload(5000, '\0');
        QRandomGenerator(9).fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        echo.reads = 0;
        const qint64 ms = roundTrip(*client, payload);
        QVERIFY2(ms >= 100, qPrintable(QString::number(ms)));   // ~50 slices, 3 ms apart
        QVERIFY2(echo.reads >= 10, qPrintable(QString::number(echo.reads)));
        proxy->removeAll();
        echo.reads = 0;
        QVERIFY(roundTrip(*client, payload) >= 0);
        QVERIFY2(echo.reads <= 3, qPrintable(QString::number(echo.reads)));
    }

    void limitDataClosesAfterLimit()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        QVERIFY(proxy->addToxic(QStringLiteral("limit_data:downstream:bytes=100")).ok());
        auto client = connectTo(proxy->port());
        QSignalSpy closed(client.get(), &QTcpSocket::disconnected);
        QByteArray got;
        connect(client.get(), &QTcpSocket::readyRead, this, [&] { got += client->readAll(); });
        client->write(QByteArray(300, 'L'));
        QVERIFY(closed.wait(5000));
        got += client->readAll();
        QCOMPARE(got.size(), 100);
        proxy->removeAll();
        auto next = connectTo(proxy->port());
        QVERIFY(roundTrip(*next, QByteArray(300, 'L')) >= 0);
    }

    void slowCloseDelaysTheClose()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        QVERIFY(proxy->addToxic(QStringLiteral("slow_close:downstream:ms=400")).ok());
        auto client = connectTo(proxy->port());
        QVERIFY(roundTrip(*client, "hello") >= 0);
        QSignalSpy closed(client.get(), &QTcpSocket::disconnected);
        QElapsedTimer t;
        t.start();
        echo.sockets.first()->disconnectFromHost();
        QVERIFY(closed.wait(5000));
        QVERIFY2(t.elapsed() >= 350, qPrintable(QString::number(t.elapsed())));
        proxy->removeAll();
        auto next = connectTo(proxy->port());
        QVERIFY(roundTrip(*next, "hi") >= 0);
        QSignalSpy quick(next.get(), &QTcpSocket::disconnected);
        t.restart();
        QTRY_COMPARE(echo.sockets.size(), 2);
        echo.sockets.last()->disconnectFromHost();
        QVERIFY(quick.wait(5000));
        QVERIFY2(t.elapsed() < 200, qPrintable(QString::number(t.elapsed())));
    }

    void downRefusesUntilRemoved()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        auto open = connectTo(proxy->port());
        QVERIFY(roundTrip(*open, "up") >= 0);
        QSignalSpy dropped(open.get(), &QTcpSocket::disconnected);
        QVERIFY(proxy->addToxic(QStringLiteral("down")).ok());
        QVERIFY(proxy->isDown());
        QVERIFY(dropped.count() == 1 || dropped.wait(5000));
        auto refused = connectTo(proxy->port());
        QSignalSpy error(refused.get(), &QTcpSocket::errorOccurred);
        QVERIFY(error.wait(5000));
        QCOMPARE(refused->error(), QAbstractSocket::ConnectionRefusedError);
        QVERIFY(proxy->removeToxic(QStringLiteral("down")).ok());
        auto back = connectTo(proxy->port());
        QVERIFY(roundTrip(*back, "back") >= 0);
    }

    void toxicityZeroNeverAppliesOneAlways()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        QVERIFY(proxy->addToxic(QStringLiteral("latency:downstream:ms=400,toxicity=0,name=never")).ok());
        QVERIFY(proxy->addToxic(QStringLiteral("limit_data:upstream:bytes=1000000,toxicity=1,name=always")).ok());
        for (int i = 0; i < 5; ++i) {
            auto c = connectTo(proxy->port());
            const qint64 ms = roundTrip(*c, "quick");
            QVERIFY2(ms >= 0 && ms < 200, qPrintable(QString::number(ms)));
        }
        QCOMPARE(proxy->counters().value(QStringLiteral("never")).connectionsAffected, 0);
        QCOMPARE(proxy->counters().value(QStringLiteral("always")).connectionsAffected, 5);
        QCOMPARE(proxy->counters().value(QStringLiteral("always")).bytes, 25);
        // About half at 0.5 (seeded: the same every run).
        QVERIFY(proxy->addToxic(QStringLiteral("latency:downstream:ms=1,toxicity=0.5,name=half")).ok());
        for (int i = 0; i < 40; ++i)
            connectTo(proxy->port()).release()->setParent(this);
        QTRY_COMPARE(proxy->connectionsAccepted(), 45);
        const qint64 half = proxy->counters().value(QStringLiteral("half")).connectionsAffected;
        QVERIFY2(half > 5 && half < 40, qPrintable(QString::number(half)));
    }

    void destroyingTheProxyClosesEverything()
    {
        EchoServer echo;
        auto proxy = proxyTo(echo.serverPort());
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(connectTo(proxy->port()));
            QVERIFY(roundTrip(*clients.back(), "open") >= 0);
        }
        QVERIFY(proxy->addToxic(QStringLiteral("timeout:downstream:ms=0")).ok());
        QCOMPARE(echo.open(), 3);
        const quint16 port = proxy->port();
        proxy.reset();
        QTRY_COMPARE(echo.open(), 0);   // the upstream saw every connection close
        for (const auto &c : clients)
            QTRY_COMPARE(c->state(), QAbstractSocket::UnconnectedState);
        auto after = connectTo(port);
        QSignalSpy error(after.get(), &QTcpSocket::errorOccurred);
        QVERIFY(error.wait(5000));   // nothing listens any more
    }

    // ---- a real PostgreSQL through the proxy ----
    void postgresSeesLatencyWhileOn()
    {
        const quint16 pgPort = quint16(test::TestCluster::instance().cluster().port());
        auto proxy = proxyTo(pgPort);
        const QByteArray conninfo = pgThrough(proxy->port());
        const PgProbe clean = await(QtConcurrent::run(selectOne, conninfo));
        QVERIFY2(clean.ok, qPrintable(clean.error));
        QVERIFY(proxy->addToxic(QStringLiteral("latency:downstream:ms=150")).ok());
        const PgProbe slow = await(QtConcurrent::run(selectOne, conninfo));
        QVERIFY2(slow.ok, qPrintable(slow.error));
        QVERIFY2(slow.ms >= 300, qPrintable(QString::number(slow.ms)));   // startup, auth and query: >= 2 round trips
        proxy->removeAll();
        const PgProbe again = await(QtConcurrent::run(selectOne, conninfo));
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY2(again.ms < slow.ms - 150, qPrintable(QStringLiteral("%1 vs %2").arg(again.ms).arg(slow.ms)));
    }

    void postgresFailsThroughEachBreakingToxic_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("libpqSays");
        QTest::newRow("down") << "down" << "refused";
        QTest::newRow("reset_peer") << "reset_peer:upstream:ms=0" << "closed the connection unexpectedly";
        QTest::newRow("timeout") << "timeout:downstream:ms=300" << "closed the connection unexpectedly";
        QTest::newRow("limit_data") << "limit_data:downstream:bytes=20" << "";
    }
    void postgresFailsThroughEachBreakingToxic()
    {
        QFETCH(QString, spec);
        QFETCH(QString, libpqSays);
        const quint16 pgPort = quint16(test::TestCluster::instance().cluster().port());
        auto proxy = proxyTo(pgPort);
        const QByteArray conninfo = pgThrough(proxy->port());
        QVERIFY(proxy->addToxic(spec).ok());
        const PgProbe broken = await(QtConcurrent::run(selectOne, conninfo));
        QVERIFY(!broken.ok);
        QVERIFY2(broken.error.contains(libpqSays), qPrintable(broken.error));
        proxy->removeAll();
        const PgProbe fine = await(QtConcurrent::run(selectOne, conninfo));
        QVERIFY2(fine.ok, qPrintable(fine.error));
        QTRY_COMPARE(proxy->openConnections(), 0);
    }

    void postgresDataIntactThroughSlicerAndBandwidth()
    {
        const quint16 pgPort = quint16(test::TestCluster::instance().cluster().port());
        auto proxy = proxyTo(pgPort);
        QVERIFY(proxy->addToxic(QStringLiteral("slicer:downstream:size=7,variation=3,delay_us=0")).ok());
        QVERIFY(proxy->addToxic(QStringLiteral("bandwidth:upstream:rate=20")).ok());
        const PgProbe sliced = await(QtConcurrent::run(selectOne, pgThrough(proxy->port())));
        QVERIFY2(sliced.ok, qPrintable(sliced.error));
        QVERIFY(proxy->counters().value(QStringLiteral("slicer_downstream")).bytes > 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
