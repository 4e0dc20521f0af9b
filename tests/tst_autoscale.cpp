// The auto-scaling supervisor (issue 16, checklist 9): its ScalePolicy tick by tick on a ManualClock
// (bounds, hysteresis, cooldown, no flapping on a noisy signal), the HAProxy runtime client against a
// real haproxy started here with a config written to a temp dir, the Supervisor driving that haproxy
// with in-test instances whose /health load the test sets, and one end-to-end case with real `serve`
// processes under a load spike sent over raw sockets through HAProxy. Plus scale events in PostgreSQL
// and the health screen's auto-scaling panel (screenshot). No sleeps: QTRY_* and QSignalSpy::wait.

#include "db/asyncdb.h"
#include "health/autoscalesection.h"
#include "inventory/demoseed.h"
#include "net/clock.h"
#include "resilience/healthpublisher.h"
#include "resilience/healthregistry.h"
#include "screenshots.h"
#include "stack/haproxyruntime.h"
#include "stack/scaleevents.h"
#include "stack/scalepolicy.h"
#include "stack/supervisor.h"
#include "testdb.h"
#include "dbgate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace backroom;
using namespace backroom::stack;
using namespace backroom::test;
using namespace std::chrono_literals;

namespace {

const QString kHaproxy = QStringLiteral("/usr/sbin/haproxy");

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

ScalePolicyConfig policyConfig()
{
    ScalePolicyConfig c;
    c.minInstances = 1;
    c.maxInstances = 3;
    c.saturationUp = 0.75;
    c.saturationDown = 0.20;
    c.latencyUpMs = 500;
    c.latencyDownMs = 100;
    c.ticksAboveToScaleUp = 3;
    c.ticksBelowToScaleDown = 5;
    c.cooldown = 30s;
    return c;
}

QList<LoadSample> load(int instances, double saturation, double latencyMs = 5)
{
    return QList<LoadSample>(instances, LoadSample{saturation, latencyMs, true});
}

// A real haproxy in the foreground (-db) with a frontend on a free port, a backend `store` with
// `slotCount` server-template slots declared disabled, health checks on /health, and the runtime socket.
class Haproxy {
public:
    explicit Haproxy(int slotCount = 3)
    {
        m_port = freePort();
        const QString config = m_dir.filePath(QStringLiteral("haproxy.cfg"));
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("global\n"
                               "    stats socket %1 level admin\n"
                               "defaults\n"
                               "    mode http\n"
                               "    timeout connect 2s\n"
                               "    timeout client 10s\n"
                               "    timeout server 10s\n"
                               "frontend store_front\n"
                               "    bind 127.0.0.1:%2\n"
                               "    default_backend store\n"
                               "backend store\n"
                               "    option httpchk GET /health\n"
                               "    default-server inter 100ms fall 2 rise 1\n"
                               "    server-template s 1-%3 127.0.0.1:1 check disabled\n")
                    .arg(socket()).arg(m_port).arg(slotCount).toUtf8());
        f.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(kHaproxy, {QStringLiteral("-db"), QStringLiteral("-q"), QStringLiteral("-f"), config});
        const HaproxyRuntime runtime(socket());
        m_ready = m_process.waitForStarted(10000)
                  && QTest::qWaitFor([&] { return runtime.command(QStringLiteral("show info")).ok(); }, 10000);
    }
    ~Haproxy()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool ready() const { return m_ready; }
    QString socket() const { return m_dir.filePath(QStringLiteral("haproxy.sock")); }
    quint16 port() const { return m_port; }
    HaproxyRuntime runtime() const { return HaproxyRuntime(socket()); }

    // Slots HAProxy routes to now (not in maintenance).
    int slotsInService() const
    {
        auto servers = runtime().servers(QStringLiteral("store"));
        int n = 0;
        for (const ServerSlot &s : servers ? *servers : QList<ServerSlot>{})
            n += s.inMaintenance() ? 0 : 1;
        return n;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_ready = false;
};

// An HTTP server answering GET /health like `serve` does, with the browse bulkhead's in_flight the
// test sets (shared by every instance of a launcher).
class FakeInstance {
public:
    FakeInstance(quint16 port, const int *browseInFlight) : m_inFlight(browseInFlight)
    {
        m_http.route(QStringLiteral("/health"), [this] {
            const QJsonObject pool{{QStringLiteral("max_concurrent"), 8}, {QStringLiteral("in_flight"), *m_inFlight}};
            const QJsonObject idle{{QStringLiteral("max_concurrent"), 8}, {QStringLiteral("in_flight"), 0}};
            return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                   {QStringLiteral("pools"), QJsonObject{{QStringLiteral("browse"), pool},
                                                                                         {QStringLiteral("checkout"), idle}}}});
        });
        m_listening = m_http.listen(QHostAddress::LocalHost, port) == port;
    }
    bool listening() const { return m_listening; }

private:
    const int *m_inFlight;
    QHttpServer m_http;
    bool m_listening = false;
};

class FakeLauncher : public InstanceLauncher {
public:
    int browseInFlight = 0;
    int started = 0;
    int stopped = 0;

    Result<QString> start(quint16 port) override
    {
        auto instance = std::make_unique<FakeInstance>(port, &browseInFlight);
        if (!instance->listening())
            return Error::make(Error::Kind::Connection, QStringLiteral("port %1 taken").arg(port));
        const QString id = QString::number(++started);
        m_instances[id] = std::move(instance);
        return id;
    }
    bool isRunning(const QString &id) const override { return m_instances.count(id) > 0; }
    void stop(const QString &id) override { stopped += int(m_instances.erase(id)); }
    void crash(const QString &id) { m_instances.erase(id); }
    int running() const { return int(m_instances.size()); }

private:
    std::map<QString, std::unique_ptr<FakeInstance>> m_instances;
};

// One probe round of the supervisor, waited for.
bool round(Supervisor &supervisor)
{
    QSignalSpy ticked(&supervisor, &Supervisor::ticked);
    supervisor.tick();
    return ticked.count() > 0 || ticked.wait(10000);
}

// Clients that send GET requests through HAProxy as fast as answers come back, each on a new
// connection (Connection: close), until stopped.
class Flood : public QObject {
public:
    Flood(quint16 port, int clients, QByteArray path) : m_port(port), m_path(std::move(path))
    {
        for (int i = 0; i < clients; ++i) {
            auto *socket = new QTcpSocket(this);
            connect(socket, &QTcpSocket::connected, socket, [this, socket] {
                socket->write("GET " + m_path + " HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n");
            });
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                ++answered;
                if (m_running)
                    QMetaObject::invokeMethod(socket, [this, socket] { send(socket); }, Qt::QueuedConnection);
            });
            connect(socket, &QTcpSocket::errorOccurred, socket, [this, socket](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError && m_running)
                    QMetaObject::invokeMethod(socket, [this, socket] { send(socket); }, Qt::QueuedConnection);
            });
            send(socket);
        }
    }
    void stop() { m_running = false; }
    qint64 answered = 0;

private:
    void send(QTcpSocket *socket)
    {
        if (!m_running || socket->state() != QAbstractSocket::UnconnectedState)
            return;
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }
    quint16 m_port;
    QByteArray m_path;
    bool m_running = true;
};

} // namespace

class TestAutoscale : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kHaproxy))
            QSKIP("haproxy is not installed (apt-get install haproxy)");
    }

    // ---- ScalePolicy ---------------------------------------------------------------------------------

    void policyScalesUpOnlyAfterLoadStaysHighForKTicks()
    {
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        QCOMPARE(policy.observe(1, load(1, 0.9)).direction, ScaleDirection::Hold);
        QCOMPARE(policy.observe(1, load(1, 0.9)).direction, ScaleDirection::Hold);
        const ScaleDecision d = policy.observe(1, load(1, 0.9));
        QCOMPARE(d.direction, ScaleDirection::Up);
        QCOMPARE(d.from, 1);
        QCOMPARE(d.to, 2);
        QVERIFY2(d.reason.contains(QStringLiteral("0.90")), qPrintable(d.reason));
    }

    void policyStreakStartsAgainWhenLoadDips()
    {
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        for (double s : {0.9, 0.9, 0.5, 0.9, 0.9})
            QCOMPARE(policy.observe(1, load(1, s)).direction, ScaleDirection::Hold);
        QCOMPARE(policy.observe(1, load(1, 0.9)).direction, ScaleDirection::Up);
    }

    void policyHighLatencyAloneScalesUp()
    {
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        policy.observe(2, load(2, 0.1, 800));
        policy.observe(2, load(2, 0.1, 800));
        const ScaleDecision d = policy.observe(2, load(2, 0.1, 800));
        QCOMPARE(d.direction, ScaleDirection::Up);
        QVERIFY2(d.reason.contains(QStringLiteral("800 ms")), qPrintable(d.reason));
    }

    void policyCountsAnUnreachableInstanceAsSaturated()
    {
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        const QList<LoadSample> samples{{0.6, 5, true}, {0.0, 1500, false}};
        QCOMPARE(summarize(samples).meanSaturation, 0.8);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(policy.observe(2, samples).direction, ScaleDirection::Hold);
        QCOMPARE(policy.observe(2, samples).direction, ScaleDirection::Up);
    }

    void policyWaitsOutTheCooldownAfterAnEvent()
    {
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        for (int i = 0; i < 3; ++i)
            policy.observe(1, load(1, 0.95));
        QVERIFY(policy.coolingDown());
        for (int i = 0; i < 20; ++i) {   // still high, but within 30 s of the last change
            clock.advance(1s);
            QCOMPARE(policy.observe(2, load(2, 0.95)).direction, ScaleDirection::Hold);
        }
        clock.advance(10s);
        QVERIFY(!policy.coolingDown());
        QCOMPARE(policy.observe(2, load(2, 0.95)).direction, ScaleDirection::Up);
    }

    void policyNeverGoesBeyondMaxOrBelowMin()
    {
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        for (int i = 0; i < 100; ++i) {
            clock.advance(60s);
            QCOMPARE(policy.observe(3, load(3, 1.0, 5000)).direction, ScaleDirection::Hold);
        }
        for (int i = 0; i < 100; ++i) {
            clock.advance(60s);
            QCOMPARE(policy.observe(1, load(1, 0.0, 1)).direction, ScaleDirection::Hold);
        }
    }

    void policyMovesBackInsideTheBoundsAtOnce()
    {
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        const ScaleDecision up = policy.observe(0, {});
        QCOMPARE(up.direction, ScaleDirection::Up);
        QCOMPARE(up.to, 1);
        // even while cooling down
        const ScaleDecision down = policy.observe(5, load(5, 0.9));
        QCOMPARE(down.direction, ScaleDirection::Down);
        QCOMPARE(down.to, 4);
    }

    void policyScalesDownOnlyWhenWellBelow_data()
    {
        QTest::addColumn<int>("instances");
        QTest::addColumn<double>("saturation");
        QTest::addColumn<double>("latencyMs");
        QTest::addColumn<bool>("down");
        QTest::newRow("idle") << 3 << 0.05 << 10.0 << true;
        QTest::newRow("at the down threshold") << 3 << 0.20 << 10.0 << true;
        QTest::newRow("between the thresholds") << 3 << 0.40 << 10.0 << false;
        QTest::newRow("low load, slow answers") << 3 << 0.05 << 300.0 << false;
        QTest::newRow("at the minimum") << 1 << 0.0 << 1.0 << false;
    }
    void policyScalesDownOnlyWhenWellBelow()
    {
        QFETCH(int, instances);
        QFETCH(double, saturation);
        QFETCH(double, latencyMs);
        QFETCH(bool, down);
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        ScaleDecision last;
        for (int i = 0; i < 5; ++i)
            last = policy.observe(instances, load(instances, saturation, latencyMs));
        QCOMPARE(last.direction, down ? ScaleDirection::Down : ScaleDirection::Hold);
        if (down)
            QCOMPARE(last.to, instances - 1);
    }

    void policyDoesNotRemoveAnInstanceTheRestWouldCallBack()
    {
        // down 0.3 and up 0.5: two instances at 0.28 each would be 0.56 on one, above up.
        ScalePolicyConfig c = policyConfig();
        c.saturationDown = 0.3;
        c.saturationUp = 0.5;
        net::ManualClock clock;
        ScalePolicy policy(c, clock);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(policy.observe(2, load(2, 0.28)).direction, ScaleDirection::Hold);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(policy.observe(2, load(2, 0.2)).direction, ScaleDirection::Hold);
        QCOMPARE(policy.observe(2, load(2, 0.2)).direction, ScaleDirection::Down);
    }

    void policyDoesNotFlapOnANoisySignal_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("maxEvents");
        // Alternating across both thresholds every tick: no streak ever reaches K.
        QTest::newRow("square wave across both thresholds") << 0.0 << 1.0 << 0;
        // Uniform noise over the middle band: neither threshold is crossed.
        QTest::newRow("noise between the thresholds") << 0.25 << 0.70 << 0;
        // Noise over the whole range: the odd streak happens, but rarely and never closer than the cooldown.
        QTest::newRow("noise over the whole range") << 0.0 << 1.0 << 40;
    }
    void policyDoesNotFlapOnANoisySignal()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, maxEvents);
        net::ManualClock clock;
        ScalePolicy policy(policyConfig(), clock);
        QRandomGenerator random(16);
        int instances = 2;
        int events = 0;
        std::optional<net::Clock::TimePoint> lastEvent;
        const bool square = QByteArray(QTest::currentDataTag()).startsWith("square");
        for (int tick = 0; tick < 2000; ++tick) {
            clock.advance(2s);
            const double s = square ? (tick % 2 ? high : low) : low + (high - low) * random.generateDouble();
            const ScaleDecision d = policy.observe(instances, load(instances, s));
            if (d.direction == ScaleDirection::Hold)
                continue;
            ++events;
            if (lastEvent)
                QVERIFY2(clock.now() - *lastEvent >= policyConfig().cooldown, "two changes within the cooldown");
            lastEvent = clock.now();
            instances = d.to;
            QVERIFY(instances >= 1 && instances <= 3);
        }
        QVERIFY2(events <= maxEvents, qPrintable(QStringLiteral("%1 scale events in 2000 ticks").arg(events)));
    }

    void policyConfigProblemsAreNamed_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<double>("up");
        QTest::addColumn<double>("down");
        QTest::addColumn<bool>("usable");
        QTest::newRow("default") << 1 << 4 << 0.75 << 0.2 << true;
        QTest::newRow("min 0") << 0 << 4 << 0.75 << 0.2 << false;
        QTest::newRow("max below min") << 3 << 2 << 0.75 << 0.2 << false;
        QTest::newRow("down above up") << 1 << 4 << 0.5 << 0.6 << false;
        QTest::newRow("up above 1") << 1 << 4 << 1.5 << 0.2 << false;
    }
    void policyConfigProblemsAreNamed()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(double, up);
        QFETCH(double, down);
        QFETCH(bool, usable);
        ScalePolicyConfig c;
        c.minInstances = min;
        c.maxInstances = max;
        c.saturationUp = up;
        c.saturationDown = down;
        QCOMPARE(c.problem().isEmpty(), usable);
    }

    // ---- HaproxyRuntime against a real haproxy ----------------------------------------------------------

    void runtimeListsTheTemplateSlotsInMaintenance()
    {
        Haproxy haproxy(3);
        QVERIFY(haproxy.ready());
        auto servers = haproxy.runtime().servers(QStringLiteral("store"));
        QVERIFY2(servers, qPrintable(servers ? QString() : servers.error().message));
        QCOMPARE(servers->size(), 3);
        QCOMPARE(servers->at(0).name, QStringLiteral("s1"));
        QCOMPARE(servers->at(2).name, QStringLiteral("s3"));
        for (const ServerSlot &s : *servers) {
            QVERIFY(s.inMaintenance());
            QVERIFY(!s.up());
        }
    }

    void runtimePutsAnInstanceIntoASlotAndTakesItOut()
    {
        Haproxy haproxy(2);
        QVERIFY(haproxy.ready());
        int inFlight = 0;
        const quint16 port = freePort();
        FakeInstance instance(port, &inFlight);
        QVERIFY(instance.listening());
        const HaproxyRuntime runtime = haproxy.runtime();
        const QString store = QStringLiteral("store");
        QVERIFY(runtime.setAddress(store, QStringLiteral("s2"), QStringLiteral("127.0.0.1"), port));
        QVERIFY(runtime.setState(store, QStringLiteral("s2"), SlotState::Ready));
        QVERIFY(runtime.setHealthChecks(store, QStringLiteral("s2"), true));
        const auto slot = [&] { return runtime.servers(store)->at(1); };
        QTRY_VERIFY_WITH_TIMEOUT(slot().up(), 10000);   // its /health check passed
        QCOMPARE(slot().port, port);
        QVERIFY(slot().address == QStringLiteral("127.0.0.1"));

        // A request through the frontend reaches it.
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, haproxy.port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /health HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains("\"in_flight\""), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());

        auto stats = runtime.stats(store);
        QVERIFY(stats);
        QCOMPARE(stats->size(), 2);
        QCOMPARE(stats->at(1).name, QStringLiteral("s2"));
        QVERIFY2(stats->at(1).status.startsWith(QStringLiteral("UP")), qPrintable(stats->at(1).status));
        QVERIFY(stats->at(1).totalSessions >= 1);

        QVERIFY(runtime.setState(store, QStringLiteral("s2"), SlotState::Maint));
        QVERIFY(slot().inMaintenance());
        QCOMPARE(runtime.stats(store)->at(1).status, QStringLiteral("MAINT"));
    }

    void runtimeNamesWhatIsMissing()
    {
        Haproxy haproxy(1);
        QVERIFY(haproxy.ready());
        const HaproxyRuntime runtime = haproxy.runtime();
        auto noServer = runtime.setState(QStringLiteral("store"), QStringLiteral("s9"), SlotState::Ready);
        QVERIFY(!noServer);
        QCOMPARE(noServer.error().kind, Error::Kind::NotFound);
        auto noBackend = runtime.servers(QStringLiteral("nothing"));
        QVERIFY(!noBackend);
        QCOMPARE(noBackend.error().kind, Error::Kind::NotFound);
        auto refused = runtime.command(QStringLiteral("set server store/s1 state sideways"));
        QVERIFY(refused);   // the raw answer is HAProxy's complaint
        QVERIFY(refused->contains(QStringLiteral("expects")));

        QTemporaryDir empty;
        const HaproxyRuntime nobody(empty.filePath(QStringLiteral("haproxy.sock")), 500ms);
        auto away = nobody.servers(QStringLiteral("store"));
        QVERIFY(!away);
        QCOMPARE(away.error().kind, Error::Kind::Connection);
        QVERIFY(away.error().message.contains(QStringLiteral("stats socket")));
    }

    // ---- Supervisor with in-test instances --------------------------------------------------------------

    void supervisorScalesUpUnderLoadAndBackDownWithinItsBounds()
    {
        Haproxy haproxy(4);
        QVERIFY(haproxy.ready());
        HaproxyRuntime runtime = haproxy.runtime();
        FakeLauncher launcher;
        net::ManualClock clock;
        Supervisor::Config config;
        config.policy = policyConfig();
        config.policy.ticksAboveToScaleUp = 2;
        config.policy.ticksBelowToScaleDown = 3;
        config.policy.cooldown = 10s;
        config.tickInterval = 1h;   // the test ticks
        Supervisor supervisor(config, runtime, launcher, clock);
        QSignalSpy scaled(&supervisor, &Supervisor::scaled);
        QVERIFY(supervisor.start());
        QCOMPARE(supervisor.instanceCount(), 1);
        QCOMPARE(launcher.running(), 1);
        QVERIFY(round(supervisor));
        QCOMPARE(supervisor.readyCount(), 1);
        QCOMPARE(haproxy.slotsInService(), 1);

        // The spike: every instance's browse bulkhead full.
        launcher.browseInFlight = 8;
        int most = 0;
        for (int i = 0; i < 30 && supervisor.readyCount() < 3; ++i) {
            clock.advance(4s);
            QVERIFY(round(supervisor));
            most = std::max(most, supervisor.instanceCount());
        }
        QCOMPARE(supervisor.readyCount(), 3);
        QCOMPARE(haproxy.slotsInService(), 3);
        for (int i = 0; i < 20; ++i) {   // still saturated: never past max
            clock.advance(4s);
            QVERIFY(round(supervisor));
            most = std::max(most, supervisor.instanceCount());
        }
        QCOMPARE(most, 3);
        QCOMPARE(launcher.running(), 3);

        // After the spike.
        launcher.browseInFlight = 0;
        for (int i = 0; i < 60 && supervisor.instanceCount() > 1; ++i) {
            clock.advance(4s);
            QVERIFY(round(supervisor));
        }
        QCOMPARE(supervisor.instanceCount(), 1);
        for (int i = 0; i < 20; ++i) {   // idle: never below min
            clock.advance(4s);
            QVERIFY(round(supervisor));
        }
        QCOMPARE(supervisor.instanceCount(), 1);
        QCOMPARE(launcher.running(), 1);
        QCOMPARE(haproxy.slotsInService(), 1);

        QList<int> path;
        for (const QList<QVariant> &args : std::as_const(scaled)) {
            const auto e = args.at(0).value<Supervisor::ScaleEvent>();
            QVERIFY2(!e.reason.isEmpty() && !e.slot.isEmpty(), qPrintable(e.reason));
            path << e.to;
        }
        QCOMPARE(path, (QList<int>{1, 2, 3, 2, 1}));
        supervisor.stop();
        QCOMPARE(launcher.running(), 0);
        QCOMPARE(haproxy.slotsInService(), 0);
    }

    void supervisorReplacesAnInstanceThatExits()
    {
        Haproxy haproxy(2);
        QVERIFY(haproxy.ready());
        HaproxyRuntime runtime = haproxy.runtime();
        FakeLauncher launcher;
        net::ManualClock clock;
        Supervisor::Config config;
        config.policy = policyConfig();
        config.policy.maxInstances = 2;
        config.tickInterval = 1h;
        Supervisor supervisor(config, runtime, launcher, clock);
        QSignalSpy problems(&supervisor, &Supervisor::problem);
        QVERIFY(supervisor.start());
        QVERIFY(round(supervisor));
        QCOMPARE(supervisor.readyCount(), 1);
        launcher.crash(QStringLiteral("1"));
        QVERIFY(round(supervisor));   // sees it gone, removes it, and is below min: launches another
        QCOMPARE(supervisor.instanceCount(), 1);
        QCOMPARE(launcher.started, 2);
        QVERIFY(!problems.isEmpty());
        QVERIFY(round(supervisor));
        QCOMPARE(supervisor.readyCount(), 1);
        QCOMPARE(haproxy.slotsInService(), 1);
    }

    void supervisorRefusesABackendWithTooFewSlots()
    {
        Haproxy haproxy(2);
        QVERIFY(haproxy.ready());
        HaproxyRuntime runtime = haproxy.runtime();
        FakeLauncher launcher;
        Supervisor::Config config;
        config.policy = policyConfig();
        config.policy.maxInstances = 5;
        Supervisor supervisor(config, runtime, launcher);
        auto started = supervisor.start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::BadInput);
        QVERIFY(started.error().message.contains(QStringLiteral("server-template")));
        QCOMPARE(launcher.started, 0);

        config.backend = QStringLiteral("nothing");
        config.policy.maxInstances = 2;
        Supervisor elsewhere(config, runtime, launcher);
        auto missing = elsewhere.start();
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void supervisorPublishesItsInstancesAsHealthComponents()
    {
        Haproxy haproxy(2);
        QVERIFY(haproxy.ready());
        HaproxyRuntime runtime = haproxy.runtime();
        FakeLauncher launcher;
        resilience::HealthRegistry registry;
        Supervisor::Config config;
        config.policy = policyConfig();
        config.policy.maxInstances = 2;
        config.tickInterval = 1h;
        Supervisor supervisor(config, runtime, launcher);
        supervisor.publishHealthTo(registry);
        QVERIFY(supervisor.start());
        launcher.browseInFlight = 4;
        QVERIFY(round(supervisor));
        QCOMPARE(registry.names(), (QStringList{QStringLiteral("autoscale:store"), QStringLiteral("autoscale:store:s1")}));
        const auto snapshot = registry.snapshot();
        QCOMPARE(snapshot.at(0).extra.value(QStringLiteral("instances")).toInt(), 1);
        QCOMPARE(snapshot.at(1).state, QStringLiteral("UP"));
        QCOMPARE(snapshot.at(1).extra.value(QStringLiteral("browse_saturation")).toDouble(), 0.5);
        supervisor.stop();
        QCOMPARE(registry.names(), QStringList{QStringLiteral("autoscale:store")});
    }

    // ---- scale events in PostgreSQL and the health screen ------------------------------------------

    void scaleEventsAreRecordedAndReadNewestFirst()
    {
        const QString conninfo = TestCluster::instance().freshDatabase();
        auto conn = connectOrDie(conninfo);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(recordScaleEvent(*conn, {0, QStringLiteral("store"), t0, 1, 2, QStringLiteral("s2"), QStringLiteral("busy"), {}}));
        QVERIFY(recordScaleEvent(*conn, {0, QStringLiteral("store"), t0.addSecs(30), 2, 1, QStringLiteral("s2"), QStringLiteral("idle"), {}}));
        auto bad = recordScaleEvent(*conn, {0, QStringLiteral("store"), t0, -1, 2, {}, QStringLiteral("no"), {}});
        QVERIFY(!bad);
        auto events = readScaleEvents(*conn, 10);
        QVERIFY2(events, qPrintable(events ? QString() : events.error().message));
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).reason, QStringLiteral("idle"));
        QCOMPARE(events->at(0).from, 2);
        QCOMPARE(events->at(0).to, 1);
        QCOMPARE(events->at(1).at, t0);
        QVERIFY(!events->at(1).recordedBy.isEmpty());
    }

    void healthScreenShowsInstancesAndScaleEvents()
    {
        const QString conninfo = TestCluster::instance().freshDatabase();
        Haproxy haproxy(3);
        QVERIFY(haproxy.ready());
        HaproxyRuntime runtime = haproxy.runtime();
        FakeLauncher launcher;
        resilience::HealthRegistry registry;
        Supervisor::Config config;
        config.policy = policyConfig();
        config.policy.minInstances = 2;
        config.tickInterval = 1h;
        auto conn = connectOrDie(conninfo);   // outlives the supervisor, whose stop() records an event
        Supervisor supervisor(config, runtime, launcher);
        connect(&supervisor, &Supervisor::scaled, this, [&](const Supervisor::ScaleEvent &e) {
            QVERIFY(recordScaleEvent(*conn, {0, config.name, e.at, e.from, e.to, e.slot, e.reason, {}}));
        });
        supervisor.publishHealthTo(registry);
        resilience::HealthPublisher::Config pc;
        pc.conninfo = conninfo;
        pc.instance = resilience::HealthInstance::current(QStringLiteral("test"));
        resilience::HealthPublisher publisher(registry, pc);
        publisher.start();
        QVERIFY(supervisor.start());
        launcher.browseInFlight = 6;   // 6 of 8: at the scale-up threshold for 3 rounds adds the third
        for (int i = 0; i < 4; ++i)
            QVERIFY(round(supervisor));
        QCOMPARE(supervisor.readyCount(), 3);

        // Every instance UP in component_health before the screen reads it.
        const auto instancesUp = [&] {
            auto rows = resilience::readComponentHealth(*conn);
            int up = 0;
            for (const auto &row : rows ? *rows : QList<resilience::ComponentHealthRow>{})
                up += row.component && row.component->name.startsWith(QStringLiteral("autoscale:store:"))
                              && row.component->state == QStringLiteral("UP") ? 1 : 0;
            return up;
        };
        QTRY_COMPARE_WITH_TIMEOUT(instancesUp(), 3, 10000);

        db::AsyncDb async(conninfo);
        ui::DbGate gate(&async);
        ui::AutoscaleSection section(&gate);
        section.resize(900, 520);
        section.show();
        QSignalSpy refreshed(&section, &ui::HealthSection::refreshed);
        section.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(section.instancesTable()->rowCount(), 3);
        QCOMPARE(section.instancesTable()->item(0, 0)->text(), QStringLiteral("s1"));
        QCOMPARE(section.instancesTable()->item(0, 2)->text(), QStringLiteral("UP"));
        QCOMPARE(section.instancesTable()->item(0, 3)->text(), QStringLiteral("75%"));
        QVERIFY(section.summaryLabel()->text().contains(QStringLiteral("3 instances")));
        QCOMPARE(section.eventsTable()->rowCount(), 3);
        QCOMPARE(section.eventsTable()->item(0, 2)->text(), QStringLiteral("s3"));
        QVERIFY(section.eventsTable()->item(0, 3)->text().contains(QStringLiteral("0.75")));
        QVERIFY(section.grab().save(screenshotPath(QStringLiteral("health-autoscale.png"))));
        supervisor.stop();
    }

    // ---- end to end: real `serve` instances behind a real HAProxy under a load spike ---------------

    void realServeInstancesScaleUpUnderASpikeAndBackDown()
    {
        const QString conninfo = TestCluster::instance().freshDatabase();
        {
            auto conn = connectOrDie(conninfo);
            inventory::SeedOptions seed;
            seed.products = 3000;
            QVERIFY(inventory::seedDemo(*conn, seed));
        }
        Haproxy haproxy(3);
        QVERIFY(haproxy.ready());
        HaproxyRuntime runtime = haproxy.runtime();
        QTemporaryDir logs;
        // One browse connection and room for 4 browse requests per instance: a few clients fill it.
        ServeLauncher launcher({QStringLiteral(BACKROOM_BIN), conninfo,
                                {QStringLiteral("--browse-pool"), QStringLiteral("1"), QStringLiteral("--browse-limit"),
                                 QStringLiteral("4"), QStringLiteral("--checkout-pool"), QStringLiteral("1"),
                                 QStringLiteral("--no-channels")},
                                logs.path(), 10s});
        Supervisor::Config config;
        config.policy.minInstances = 1;
        config.policy.maxInstances = 3;
        config.policy.saturationUp = 0.75;
        config.policy.saturationDown = 0.2;
        config.policy.latencyUpMs = 60000;   // this case is about saturation; probe latency on a busy CI box varies
        config.policy.latencyDownMs = 30000;
        config.policy.ticksAboveToScaleUp = 2;
        config.policy.ticksBelowToScaleDown = 4;
        config.policy.cooldown = 1s;
        config.tickInterval = 250ms;
        config.probeTimeout = 5s;
        Supervisor supervisor(config, runtime, launcher);
        QList<int> counts;
        QElapsedTimer sinceStart;
        sinceStart.start();
        connect(&supervisor, &Supervisor::scaled, this, [&](const Supervisor::ScaleEvent &e) {
            counts << e.to;
            qInfo("%6.2f s  %d -> %d  %s  %s", double(sinceStart.elapsed()) / 1000, e.from, e.to, qPrintable(e.slot),
                  qPrintable(e.reason));
        });
        QVERIFY(supervisor.start());
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.readyCount(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(haproxy.slotsInService(), 1, 10000);

        qInfo("%6.2f s  spike starts", double(sinceStart.elapsed()) / 1000);
        Flood flood(haproxy.port(), 24, QByteArrayLiteral("/search?q=tshrit"));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.readyCount(), 3, 90000);
        QCOMPARE(haproxy.slotsInService(), 3);
        flood.stop();
        qInfo("%6.2f s  spike ends after %lld answers", double(sinceStart.elapsed()) / 1000, flood.answered);
        QVERIFY(flood.answered > 0);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.instanceCount(), 1, 90000);
        QCOMPARE(haproxy.slotsInService(), 1);
        for (int n : std::as_const(counts))
            QVERIFY2(n >= 1 && n <= 3, qPrintable(QStringLiteral("went to %1 instances").arg(n)));
        QStringList path;
        for (int n : std::as_const(counts))
            path << QString::number(n);
        QVERIFY2(counts.count(3) >= 1 && counts.last() == 1, qPrintable(path.join(QLatin1Char(' '))));
        supervisor.stop();
        QCOMPARE(haproxy.slotsInService(), 0);
    }
};

QTEST_MAIN(TestAutoscale)
#include "tst_autoscale.moc"
