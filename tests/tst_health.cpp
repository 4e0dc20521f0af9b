// The health registry on a real PostgreSQL (migration 006, core/resilience/health*.h): a registry's
// components published and read back, NOTIFY on change only, coalescing (many changes, few writes,
// counted by the publisher and by pg_stat_user_tables), stale instances when the heartbeat stops, the
// store role publishing but refused reading and forgetting, reconnect after the publisher's backend is
// killed, and `serve` publishing its bulkheads, database and itself. No sleeps: QTRY_* and a ManualClock.
#include "db/connection.h"
#include "db/notifylistener.h"
#include "net/clock.h"
#include "resilience/componenthealth.h"
#include "resilience/healthpublisher.h"
#include "resilience/healthregistry.h"
#include "store/storeserver.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>
#include <mutex>

using namespace backroom;
using namespace backroom::resilience;
using namespace std::chrono_literals;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;

namespace {

// A component whose state and figures the test sets from its own thread; read on the publisher's.
class FakeComponent {
public:
    FakeComponent(QString name, ComponentKind kind, QString state) : m_snapshot{}
    {
        m_snapshot.name = std::move(name);
        m_snapshot.kind = kind;
        m_snapshot.state = std::move(state);
        m_snapshot.stateSince = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    }
    void set(const std::function<void(ComponentSnapshot &)> &change)
    {
        std::lock_guard lock(m_mutex);
        change(m_snapshot);
    }
    HealthRegistry::Provider provider()
    {
        return [this] {
            std::lock_guard lock(m_mutex);
            return m_snapshot;
        };
    }

private:
    std::mutex m_mutex;
    ComponentSnapshot m_snapshot;
};

HealthPublisher::Config quickConfig(const QString &conninfo, const QString &version = QStringLiteral("test"))
{
    HealthPublisher::Config c;
    c.conninfo = conninfo;
    c.instance = HealthInstance::current(version);
    c.stateChangeGap = 20ms;
    c.figuresInterval = 50ms;
    c.heartbeatInterval = 60s;   // tests that need a heartbeat shorten it
    c.sampleInterval = 20ms;
    c.reconnectMin = 20ms;
    c.reconnectMax = 200ms;
    return c;
}

QList<ComponentHealthRow> readAll(db::Connection &conn, const QDateTime &asOf = {})
{
    auto rows = readComponentHealth(conn, asOf);
    if (!rows)
        qFatal("readComponentHealth: %s", qPrintable(rows.error().message));
    return *rows;
}

std::optional<ComponentHealthRow> rowOf(db::Connection &conn, const QString &instance, const QString &component)
{
    for (const auto &row : readAll(conn))
        if (row.instance.id == instance && row.component && row.component->name == component)
            return row;
    return std::nullopt;
}

QString stateOf(db::Connection &conn, const QString &instance, const QString &component)
{
    const auto row = rowOf(conn, instance, component);
    return row ? row->component->state : QString();
}

int g_logins = 0;

QString loginAs(db::Connection &admin, const QString &conninfo, const QString &group)
{
    const QString name = QStringLiteral("th%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_logins);
    must(admin, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, group).toUtf8().constData());
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + name);
    return out;
}

// component_health's inserted + updated + deleted rows, as the statistics collector counts them.
qint64 tableWrites(db::Connection &admin)
{
    must(admin, "SELECT pg_stat_clear_snapshot()");
    return must(admin, "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables "
                       "WHERE schemaname = 'backroom_data' AND relname = 'component_health'")
        .toInt64(0, 0);
}

} // namespace

class TestHealth : public QObject {
    Q_OBJECT

private slots:
    void publishesTheRegistryAndReadsItBack()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        HealthRegistry registry;
        FakeComponent database(QStringLiteral("database"), ComponentKind::Database, QStringLiteral("UP"));
        database.set([](ComponentSnapshot &s) {
            s.calls = 120;
            s.failureRate = 2.5;
            s.slowCallRate = -1;
            s.p95Ms = 14.25;
            s.lastError = QStringLiteral("timeout after 5 s");
        });
        FakeComponent browse(QStringLiteral("bulkhead:browse"), ComponentKind::Bulkhead, QStringLiteral("UP"));
        browse.set([](ComponentSnapshot &s) { s.extra.insert(QStringLiteral("in_flight"), 3); });
        registry.add(QStringLiteral("database"), database.provider());
        registry.add(QStringLiteral("bulkhead:browse"), browse.provider());

        HealthPublisher publisher(registry, quickConfig(db, QStringLiteral("9.9.9")));
        QSignalSpy published(&publisher, &HealthPublisher::published);
        publisher.start();
        QTRY_VERIFY(published.count() >= 1);
        QCOMPARE(published.first().first().toInt(), 2);

        const auto rows = readAll(*admin);
        QCOMPARE(rows.size(), 2);
        const HealthInstance &me = publisher.instance();
        for (const auto &row : rows) {
            QCOMPARE(row.instance.id, me.id);
            QCOMPARE(row.instance.host, me.host);
            QCOMPARE(row.instance.pid, QCoreApplication::applicationPid());
            QCOMPARE(row.instance.version, QStringLiteral("9.9.9"));
            QCOMPARE(row.heartbeatIntervalMs, 60000);
            QVERIFY(!row.stale);
            QVERIFY(row.component.has_value());
        }
        const ComponentSnapshot &b = *rows[0].component;   // ordered by kind: bulkhead, database
        QCOMPARE(b.name, QStringLiteral("bulkhead:browse"));
        QCOMPARE(b.kind, ComponentKind::Bulkhead);
        QCOMPARE(b.extra.value(QStringLiteral("in_flight")).toInt(), 3);
        const ComponentSnapshot &d = *rows[1].component;
        QCOMPARE(d.kind, ComponentKind::Database);
        QCOMPARE(d.state, QStringLiteral("UP"));
        QCOMPARE(d.calls, 120);
        QCOMPARE(d.failureRate, 2.5);
        QCOMPARE(d.slowCallRate, -1.0);
        QCOMPARE(d.p95Ms, 14.25);
        QCOMPARE(d.lastError, QStringLiteral("timeout after 5 s"));
        QCOMPARE(d.stateSince, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));

        // A component that goes away is removed from the table too.
        registry.remove(QStringLiteral("bulkhead:browse"));
        QTRY_COMPARE(readAll(*admin).size(), 1);
    }

    void notifiesOnChangeButNotOnAHeartbeat()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        HealthRegistry registry;
        FakeComponent gateway(QStringLiteral("gateway:opn"), ComponentKind::Gateway, QStringLiteral("CLOSED"));
        registry.add(QStringLiteral("gateway:opn"), gateway.provider());
        auto config = quickConfig(db);
        config.heartbeatInterval = 100ms;
        HealthPublisher publisher(registry, config);
        QSignalSpy published(&publisher, &HealthPublisher::published);

        db::NotifyListener listener(db, {QStringLiteral("component_health")});
        QSignalSpy listening(&listener, &db::NotifyListener::listening);
        QSignalSpy notified(&listener, &db::NotifyListener::notified);
        listener.start();
        QTRY_COMPARE(listening.count(), 1);

        publisher.start();
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(1).toString(), publisher.instance().id);
        // Heartbeats with nothing changed write no component row and notify nobody.
        const int before = published.count();
        QTRY_VERIFY(published.count() >= before + 2);
        QCOMPARE(published.last().first().toInt(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(notified.count(), 1);

        gateway.set([](ComponentSnapshot &s) { s.state = QStringLiteral("OPEN"); });
        registry.announceChange();
        QTRY_COMPARE(notified.count(), 2);
        QCOMPARE(stateOf(*admin, publisher.instance().id, QStringLiteral("gateway:opn")), QStringLiteral("OPEN"));
    }

    // 1000 state changes over one second of (manual) clock time: at most one write per stateChangeGap.
    void coalescesManyChangesIntoFewWrites()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        net::ManualClock clock;
        HealthRegistry registry;
        FakeComponent breaker(QStringLiteral("breaker:opn"), ComponentKind::Breaker, QStringLiteral("CLOSED"));
        FakeComponent steady(QStringLiteral("database"), ComponentKind::Database, QStringLiteral("UP"));
        registry.add(QStringLiteral("breaker:opn"), breaker.provider());
        registry.add(QStringLiteral("database"), steady.provider());
        auto config = quickConfig(db);
        config.clock = &clock;
        config.stateChangeGap = 200ms;
        config.figuresInterval = 1s;
        auto publisher = std::make_unique<HealthPublisher>(registry, config);
        QSignalSpy published(publisher.get(), &HealthPublisher::published);
        publisher->start();
        QTRY_COMPARE(published.count(), 1);

        for (int i = 1; i <= 1000; ++i) {
            breaker.set([i](ComponentSnapshot &s) {
                s.state = i % 2 ? QStringLiteral("OPEN") : QStringLiteral("HALF_OPEN");
                s.calls = i;
            });
            registry.announceChange();
            clock.advance(1ms);
        }
        breaker.set([](ComponentSnapshot &s) { s.state = QStringLiteral("CLOSED"); });
        registry.announceChange();
        clock.advance(200ms);   // the last change is due now
        const QString id = publisher->instance().id;
        QTRY_COMPARE(stateOf(*admin, id, QStringLiteral("breaker:opn")), QStringLiteral("CLOSED"));
        QCOMPARE(rowOf(*admin, id, QStringLiteral("breaker:opn"))->component->calls, 1000);

        const auto stats = publisher->stats();
        // First write + one per 200 ms of the 1.2 s that passed on the clock, however the threads interleave.
        QVERIFY2(stats.writes >= 2 && stats.writes <= 1 + 1200 / 200, qPrintable(QString::number(stats.writes)));
        QVERIFY(stats.rowsChanged <= 2 * stats.writes);
        qInfo("1000 state changes in 1 s of clock time: %lld writes, %lld rows written", stats.writes, stats.rowsChanged);

        // The server counts the same rows (statistics are flushed when the publisher's backend exits).
        publisher.reset();
        QTRY_COMPARE_WITH_TIMEOUT(tableWrites(*admin), stats.rowsChanged, 20000);
    }

    // The same on the real clock: a change every millisecond, for a second.
    void writesAFewTimesASecondUnderAThousandChangesASecond()
    {
        const QString db = TestCluster::instance().freshDatabase();
        HealthRegistry registry;
        FakeComponent breaker(QStringLiteral("breaker:opn"), ComponentKind::Breaker, QStringLiteral("CLOSED"));
        registry.add(QStringLiteral("breaker:opn"), breaker.provider());
        auto config = quickConfig(db);
        config.stateChangeGap = 250ms;
        config.figuresInterval = 2s;
        HealthPublisher publisher(registry, config);
        QSignalSpy published(&publisher, &HealthPublisher::published);
        publisher.start();
        QTRY_COMPARE(published.count(), 1);

        int changes = 0;
        QElapsedTimer wall;
        QTimer flipper;
        flipper.setTimerType(Qt::PreciseTimer);
        // Timers on a busy machine tick late: each tick catches up to one change per elapsed millisecond.
        connect(&flipper, &QTimer::timeout, this, [&] {
            while (changes < wall.elapsed() && changes < 1000) {
                ++changes;
                breaker.set([&](ComponentSnapshot &s) { s.state = changes % 2 ? QStringLiteral("OPEN") : QStringLiteral("CLOSED"); });
                registry.announceChange();
            }
        });
        const qint64 writesBefore = publisher.stats().writes;
        wall.start();
        flipper.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(changes >= 1000, 30000);
        flipper.stop();
        const double seconds = wall.elapsed() / 1000.0;
        const qint64 writes = publisher.stats().writes - writesBefore;
        qInfo("%d state changes in %.2f s (%.0f/s): %lld writes (%.1f/s)", changes, seconds, changes / seconds, writes,
              writes / seconds);
        QVERIFY2(writes <= qint64(seconds * 4) + 2, qPrintable(QString::number(writes)));
        QVERIFY(writes >= 2);
    }

    void showsAnInstanceAsStaleWhenItsHeartbeatStops()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        HealthRegistry registry;
        FakeComponent self(QStringLiteral("serve"), ComponentKind::Serve, QStringLiteral("UP"));
        registry.add(QStringLiteral("serve"), self.provider());
        auto quick = quickConfig(db);
        quick.heartbeatInterval = 1s;    // stale after 3 s without a heartbeat
        auto slow = quickConfig(db);
        slow.heartbeatInterval = 60s;    // stale after 3 minutes
        QString stoppedId;
        {
            HealthPublisher stopped(registry, quick);
            QSignalSpy published(&stopped, &HealthPublisher::published);
            stopped.start();
            QTRY_COMPARE(published.count(), 1);
            stoppedId = stopped.instance().id;
        }   // this instance stops: no heartbeat any more
        HealthPublisher running(registry, slow);
        QSignalSpy published(&running, &HealthPublisher::published);
        running.start();
        QTRY_COMPARE(published.count(), 1);

        const QDateTime serverNow = QDateTime::fromMSecsSinceEpoch(
            must(*admin, "SELECT (extract(epoch FROM now()) * 1000)::bigint").toInt64(0, 0), Qt::UTC);
        auto staleness = [&](const QDateTime &asOf) {
            QMap<QString, bool> stale;
            for (const auto &row : readAll(*admin, asOf))
                stale.insert(row.instance.id, row.stale);
            return stale;
        };
        const auto now = staleness({});
        QCOMPARE(now.value(stoppedId, true), false);
        QCOMPARE(now.value(running.instance().id, true), false);
        const auto tenSecondsLater = staleness(serverNow.addSecs(10));
        QCOMPARE(tenSecondsLater.value(stoppedId), true);
        QCOMPARE(tenSecondsLater.value(running.instance().id, true), false);
        const auto row = readAll(*admin, serverNow.addSecs(10)).first();
        QVERIFY(row.heartbeatAgeMs >= 9000);
    }

    void storeRolePublishesButMayNotReadOrForget()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        const QString storeDb = loginAs(*admin, db, QStringLiteral("backroom_store"));
        const QString otherStoreDb = loginAs(*admin, db, QStringLiteral("backroom_store"));

        // `serve` runs as the store role: its publisher works.
        HealthRegistry registry;
        FakeComponent self(QStringLiteral("serve"), ComponentKind::Serve, QStringLiteral("UP"));
        registry.add(QStringLiteral("serve"), self.provider());
        HealthPublisher publisher(registry, quickConfig(storeDb));
        QSignalSpy published(&publisher, &HealthPublisher::published);
        publisher.start();
        QTRY_COMPARE(published.count(), 1);
        QCOMPARE(readAll(*admin).first().login, storeDb.section(QStringLiteral("user="), 1).section(QLatin1Char(' '), 0, 0));

        auto store = connectOrDie(storeDb);
        auto read = readComponentHealth(*store);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Permission);
        auto forget = forgetHealthInstance(*store, publisher.instance().id);
        QVERIFY(!forget.ok());
        QCOMPARE(forget.error().kind, Error::Kind::Permission);

        // Another login may not overwrite this instance's picture.
        auto other = connectOrDie(otherStoreDb);
        ComponentHealthWriter writer(*other);
        auto hijack = writer.publish(publisher.instance(), 5s, {});
        QVERIFY(!hijack.ok());
        QCOMPARE(hijack.error().kind, Error::Kind::Permission);
        QCOMPARE(readAll(*admin).size(), 1);
        // ... but publishes its own.
        auto own = writer.publish(HealthInstance::current(QStringLiteral("x")), 5s, {});
        QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().message));

        // The owner forgets an instance; its rows go, listeners hear of it.
        auto forgotten = forgetHealthInstance(*admin, publisher.instance().id);
        QVERIFY(forgotten.ok() && *forgotten);
        auto again = forgetHealthInstance(*admin, publisher.instance().id);
        QVERIFY(again.ok() && !*again);
    }

    void republishesAfterItsConnectionIsKilled()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        HealthRegistry registry;
        FakeComponent gateway(QStringLiteral("gateway:opn"), ComponentKind::Gateway, QStringLiteral("CLOSED"));
        registry.add(QStringLiteral("gateway:opn"), gateway.provider());
        HealthPublisher publisher(registry, quickConfig(db));
        QSignalSpy published(&publisher, &HealthPublisher::published);
        QSignalSpy lost(&publisher, &HealthPublisher::connectionLost);
        QSignalSpy restored(&publisher, &HealthPublisher::connectionRestored);
        publisher.start();
        QTRY_COMPARE(published.count(), 1);
        const int firstPid = publisher.stats().backendPid;
        QVERIFY(firstPid > 0);
        QCOMPARE(must(*admin, "SELECT application_name FROM pg_stat_activity WHERE pid = $1", {firstPid}).text(0, 0),
                 QStringLiteral("backroom health publisher"));

        QVERIFY(must(*admin, "SELECT pg_terminate_backend($1)", {firstPid}).toBool(0, 0));
        gateway.set([](ComponentSnapshot &s) { s.state = QStringLiteral("OPEN"); });
        registry.announceChange();
        QTRY_COMPARE(lost.count(), 1);
        QTRY_COMPARE(restored.count(), 1);
        QTRY_COMPARE(stateOf(*admin, publisher.instance().id, QStringLiteral("gateway:opn")), QStringLiteral("OPEN"));
        const auto stats = publisher.stats();
        QCOMPARE(stats.reconnects, 1);
        QVERIFY(stats.failedWrites >= 1);
        QVERIFY(stats.connected);
        QVERIFY(stats.backendPid != firstPid);
    }

    void keepsTheStateWhileTheDatabaseIsUnreachable()
    {
        HealthRegistry registry;
        FakeComponent self(QStringLiteral("serve"), ComponentKind::Serve, QStringLiteral("UP"));
        registry.add(QStringLiteral("serve"), self.provider());
        auto config = quickConfig(QStringLiteral("host=127.0.0.1 port=1 dbname=none connect_timeout=1"));
        HealthPublisher publisher(registry, config);
        publisher.start();
        QTRY_VERIFY(!publisher.stats().lastError.isEmpty());
        QVERIFY(!publisher.stats().connected);
        registry.announceChange();   // never blocks the caller, even with no database
        QCOMPARE(publisher.stats().writes, 0);
    }

    void storeServerPublishesItsBulkheadsDatabaseAndItself()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        HealthRegistry registry;
        store::StoreServer::Options options;
        options.conninfo = db;
        options.version = QStringLiteral("test");
        options.expirySweepMs = 0;
        auto server = std::make_unique<store::StoreServer>(options);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        server->publishHealthTo(registry);
        QCOMPARE(registry.names(), (QStringList{QStringLiteral("bulkhead:browse"), QStringLiteral("bulkhead:checkout"),
                                                QStringLiteral("database"), QStringLiteral("serve")}));
        HealthPublisher publisher(registry, quickConfig(db));
        QSignalSpy published(&publisher, &HealthPublisher::published);
        publisher.start();
        QTRY_VERIFY(published.count() >= 1);
        QMap<QString, ComponentSnapshot> byName;
        for (const auto &row : readAll(*admin))
            byName.insert(row.component->name, *row.component);
        QCOMPARE(byName.size(), 4);
        QCOMPARE(byName.value(QStringLiteral("serve")).kind, ComponentKind::Serve);
        QCOMPARE(byName.value(QStringLiteral("serve")).state, QStringLiteral("UP"));
        QCOMPARE(byName.value(QStringLiteral("database")).kind, ComponentKind::Database);
        const auto browse = byName.value(QStringLiteral("bulkhead:browse"));
        QCOMPARE(browse.kind, ComponentKind::Bulkhead);
        QCOMPARE(browse.state, QStringLiteral("UP"));
        QCOMPARE(browse.extra.value(QStringLiteral("max_concurrent")).toInt(), options.browseMaxConcurrent);
        server.reset();   // unregisters its components
        QVERIFY(registry.names().isEmpty());
    }

    void serveCommandPublishesItsInstance()
    {
        const QString db = TestCluster::instance().freshDatabase();
        auto admin = connectOrDie(db);
        QProcess serve;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BACKROOM_DB"), db);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(serve.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(readAll(*admin).size() >= 4, 30000);
        const auto rows = readAll(*admin);
        QCOMPARE(rows.first().instance.pid, serve.processId());
        QStringList names;
        for (const auto &row : rows)
            names << row.component->name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("bulkhead:browse"), QStringLiteral("bulkhead:checkout"),
                                     QStringLiteral("database"), QStringLiteral("serve")}));
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
