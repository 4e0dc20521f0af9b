// The database layer: migrations, connection errors a user can act on, lost connections, async jobs
// and LISTEN/NOTIFY, all against a real throwaway PostgreSQL.
#include "db/asyncdb.h"
#include "db/connection.h"
#include "db/migrations.h"
#include "db/notifylistener.h"
#include "testdb.h"

#include <QSignalSpy>
#include <QTest>
#include <thread>

using namespace backroom;
using namespace backroom::db;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;

namespace {
// Kills every other backend of this database, as a crashed network or a restarted pooler would.
int terminateOthers(Connection &admin, const QString &applicationName = QStringLiteral("%"))
{
    auto r = must(admin,
                  "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                  "WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE $1",
                  {applicationName});
    return r.toInt(0, 0);
}
} // namespace

class TestDb : public QObject {
    Q_OBJECT
private slots:
    void migrationsApplyOnceAndAreIdempotent()
    {
        auto conn = connectOrDie(TestCluster::instance().emptyDatabase());
        Migrator migrator(*conn);
        auto before = migrator.status();
        QVERIFY(before.ok());
        QCOMPARE(before->databaseVersion, 0);
        QCOMPARE(before->pending.size(), Migrator::bundled().size());

        auto first = migrator.migrate();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->size(), Migrator::bundled().size());
        auto second = migrator.migrate();
        QVERIFY(second.ok());
        QCOMPARE(second->size(), 0);

        QCOMPARE(must(*conn, "SELECT count(*) FROM schema_version").toInt(0, 0), int(Migrator::bundled().size()));
        QVERIFY(migrator.requireCurrent().ok());
    }

    void concurrentMigratorsApplyEachMigrationOnce()
    {
        const QString info = TestCluster::instance().emptyDatabase();
        std::vector<std::thread> threads;
        std::atomic<int> failures{0};
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&] {
                auto c = Connection::open(info);
                if (!c) { ++failures; return; }
                Migrator m(**c);
                if (!m.migrate()) ++failures;
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        auto conn = connectOrDie(info);
        QCOMPARE(must(*conn, "SELECT count(*) FROM schema_version").toInt(0, 0), int(Migrator::bundled().size()));
    }

    void refusesDatabaseNewerThanBinary()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        must(*conn, "INSERT INTO schema_version (version, name) VALUES (9999, 'from_the_future')");
        Migrator migrator(*conn);
        auto st = migrator.status();
        QVERIFY(st.ok());
        QVERIFY(st->tooNew());
        auto m = migrator.migrate();
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind, Error::Kind::Schema);
        QVERIFY2(m.error().message.contains(QLatin1String("upgrade Backroom")), qPrintable(m.error().message));
        QVERIFY(!migrator.requireCurrent().ok());
    }

    void refusesDatabaseBehindBinary()
    {
        auto conn = connectOrDie(TestCluster::instance().emptyDatabase());
        Migrator migrator(*conn);
        auto st = migrator.requireCurrent();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("backroom db migrate")), qPrintable(st.error().message));
    }

    void badConnectionsGiveOneClearLine_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        auto &cluster = TestCluster::instance().cluster();
        QTest::newRow("malformed") << QStringLiteral("host=localhost dbname") << int(Error::Kind::BadInput)
                                   << QStringLiteral("malformed");
        QTest::newRow("unknown keyword") << QStringLiteral("hots=localhost") << int(Error::Kind::BadInput)
                                         << QStringLiteral("malformed");
        QTest::newRow("server down") << QStringLiteral("host=127.0.0.1 port=1 dbname=x user=x")
                                     << int(Error::Kind::Connection) << QStringLiteral("is the server running");
        // The TCP string holds no password (the process knows it); one written in the string wins.
        const QString wrongPassword = cluster.tcpConnInfo() + QStringLiteral(" password=wrong");
        QTest::newRow("wrong password") << wrongPassword << int(Error::Kind::Auth) << QStringLiteral("password");
        QTest::newRow("no such database") << cluster.connInfo(QStringLiteral("nope_db")) << int(Error::Kind::Connection)
                                          << QStringLiteral("does not exist");
    }

    void badConnectionsGiveOneClearLine()
    {
        QFETCH(QString, conninfo);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        auto conn = Connection::open(conninfo);
        QVERIFY(!conn.ok());
        QCOMPARE(int(conn.error().kind), kind);
        QVERIFY2(conn.error().message.contains(mentions), qPrintable(conn.error().message));
        QVERIFY2(!conn.error().message.contains(QLatin1Char('\n')), qPrintable(conn.error().message));
        QVERIFY2(!conn.error().message.contains(QLatin1String("password=wrong")), "never echo a password");
    }

    void goodPasswordOverTcpConnects()
    {
        auto conn = Connection::open(TestCluster::instance().cluster().tcpConnInfo(QStringLiteral("postgres")));
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
    }

    void droppedConnectionIsReportedAndCanReset()
    {
        const QString info = TestCluster::instance().freshDatabase();
        auto victim = connectOrDie(info);
        auto admin = connectOrDie(info);
        must(*admin, "SELECT pg_terminate_backend($1)", {victim->backendPid()});
        auto r = victim->exec("SELECT 1");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Connection);
        QVERIFY(victim->reset());
        QVERIFY(victim->exec("SELECT 1").ok());
    }

    void preparedStatementsArePlannedOnceAndSurviveLossAndPoolers()
    {
        const QString info = TestCluster::instance().freshDatabase();
        auto conn = connectOrDie(info);
        const char *sql = "SELECT $1::int + 1";
        const auto preparedCount = [&] {
            return must(*conn, "SELECT count(*) FROM pg_prepared_statements WHERE name = 'tst_plus_one'").text(0, 0);
        };
        QCOMPARE(conn->execPrepared("tst_plus_one", sql, {41})->text(0, 0), QStringLiteral("42"));
        QCOMPARE(preparedCount(), QStringLiteral("1"));
        QCOMPARE(conn->execPrepared("tst_plus_one", sql, {1})->text(0, 0), QStringLiteral("2"));
        QCOMPARE(preparedCount(), QStringLiteral("1"));
        // A pooler's DISCARD ALL (or a DEALLOCATE) drops it on the server: it is prepared again.
        must(*conn, "DEALLOCATE ALL");
        QCOMPARE(conn->execPrepared("tst_plus_one", sql, {2})->text(0, 0), QStringLiteral("3"));
        // A lost session: the reset one has no statements, and they come back on first use.
        auto admin = connectOrDie(info);
        must(*admin, "SELECT pg_terminate_backend($1)", {conn->backendPid()});
        QCOMPARE(conn->execPrepared("tst_plus_one", sql, {3}).error().kind, Error::Kind::Connection);
        QVERIFY(conn->reset());
        QCOMPARE(conn->execPrepared("tst_plus_one", sql, {4})->text(0, 0), QStringLiteral("5"));
        // Caching off (a transaction-mode pooler): nothing is prepared on the session.
        db::Connection::setStatementCachingDefault(false);
        auto pooled = connectOrDie(info);
        db::Connection::setStatementCachingDefault(true);
        QCOMPARE(pooled->execPrepared("tst_plus_one", sql, {5})->text(0, 0), QStringLiteral("6"));
        QCOMPARE(must(*pooled, "SELECT count(*) FROM pg_prepared_statements").text(0, 0), QStringLiteral("0"));
        // A bad statement is an error, not a crash, and is not remembered as prepared.
        QVERIFY(!conn->execPrepared("tst_bad", "SELECT * FROM no_such_table").ok());
        QVERIFY(!conn->execPrepared("tst_bad", "SELECT * FROM no_such_table").ok());
    }

    void serverErrorsAreTyped()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        must(*conn, "INSERT INTO product (sku, name) VALUES ('A', 'a')");
        must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('B1', 'A', 1)");
        must(*conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 1 FROM product p, bin b");
        auto r = conn->exec("UPDATE stock SET on_hand = -1");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Constraint);
        QCOMPARE(r.error().sqlState, QStringLiteral("23514"));
        auto missing = conn->exec("SELECT * FROM no_such_table");
        QCOMPARE(missing.error().kind, Error::Kind::Schema);
        // Parameters are values, never SQL: a hostile string is just a name.
        must(*conn, "INSERT INTO product (sku, name) VALUES ($1, $2)",
             {QStringLiteral("X'); DROP TABLE stock; --"), QStringLiteral("ข้าว")});
        QCOMPARE(must(*conn, "SELECT name FROM product WHERE sku = $1", {QStringLiteral("X'); DROP TABLE stock; --")})
                     .text(0, 0),
                 QStringLiteral("ข้าว"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        {
            Transaction tx(*conn);
            QVERIFY(tx.begun().ok());
            must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('GONE', 'A', 1)");
        }
        QCOMPARE(must(*conn, "SELECT count(*) FROM bin").toInt(0, 0), 0);
        {
            Transaction tx(*conn);
            must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('KEPT', 'A', 1)");
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(must(*conn, "SELECT count(*) FROM bin").toInt(0, 0), 1);
    }

    void asyncDbRunsJobsOffThreadAndRecovers()
    {
        const QString info = TestCluster::instance().freshDatabase();
        AsyncDb async(info);
        QSignalSpy lost(&async, &AsyncDb::connectionLost);
        QSignalSpy restored(&async, &AsyncDb::connectionRestored);
        std::optional<Result<PgResult>> got;
        Qt::HANDLE jobThread = nullptr;
        async.run<Result<PgResult>>(
            this,
            [&jobThread](Connection &c) {
                jobThread = QThread::currentThreadId();
                return c.exec("SELECT 41 + 1");
            },
            [&got](Result<PgResult> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE((*got)->toInt(0, 0), 42);
        QVERIFY(jobThread != QThread::currentThreadId());

        auto admin = connectOrDie(info);
        QVERIFY(terminateOthers(*admin, QStringLiteral("backroom")) >= 1);
        got.reset();
        std::optional<Result<PgResult>> queuedBehind;
        async.run<Result<PgResult>>(this, [](Connection &c) { return c.exec("SELECT 1"); },
                                    [&got](Result<PgResult> r) { got = std::move(r); });
        // A job queued while the reconnect backoff runs gets a Connection error too, not a crash.
        async.run<Result<PgResult>>(this, [](Connection &c) { return c.exec("SELECT 2"); },
                                    [&queuedBehind](Result<PgResult> r) { queuedBehind = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, Error::Kind::Connection);
        QTRY_VERIFY(queuedBehind.has_value());
        QVERIFY(!queuedBehind->ok());
        QCOMPARE(queuedBehind->error().kind, Error::Kind::Connection);
        QTRY_COMPARE(lost.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
        got.reset();
        async.run<Result<PgResult>>(this, [](Connection &c) { return c.exec("SELECT 7"); },
                                    [&got](Result<PgResult> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
    }

    void notifyListenerDeliversAndResubscribesAfterLoss()
    {
        const QString info = TestCluster::instance().freshDatabase();
        NotifyListener listener(info, {QStringLiteral("stock_changed")});
        QSignalSpy listening(&listener, &NotifyListener::listening);
        QSignalSpy notified(&listener, &NotifyListener::notified);
        QSignalSpy lost(&listener, &NotifyListener::connectionLost);
        QSignalSpy resynced(&listener, &NotifyListener::resynced);
        listener.start();
        QVERIFY(listening.wait(5000));
        auto other = connectOrDie(info);
        must(*other, "SELECT pg_notify('stock_changed', '12:3')");
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("stock_changed"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("12:3"));

        QCOMPARE(terminateOthers(*other, QStringLiteral("backroom-listen")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(resynced.count() == 1, 10000);
        notified.clear();
        must(*other, "SELECT pg_notify('stock_changed', 'again')");
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
        QCOMPARE(notified.last().at(1).toString(), QStringLiteral("again"));
    }

    void listenerReportsUnreachableServerWithoutBlocking()
    {
        NotifyListener listener(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=x"), {QStringLiteral("c")});
        QSignalSpy lost(&listener, &NotifyListener::connectionLost);
        listener.start();
        QVERIFY(lost.wait(5000));
        QVERIFY(lost.first().at(0).toString().contains(QLatin1String("is the server running")));
    }
};

QTEST_GUILESS_MAIN(TestDb)
#include "tst_db.moc"
