// The command line as scripts use it: the real `backroom` binary, exit codes, --json, clear one-line
// errors, and `demo --setup-only` creating then reusing its own cluster.
#include "db/connection.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace backroom;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run runBackroom(const QStringList &args, const QString &conninfo = {}, int timeoutMs = 120000)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (conninfo.isEmpty())
        env.remove(QStringLiteral("BACKROOM_DB"));
    else
        env.insert(QStringLiteral("BACKROOM_DB"), conninfo);
    env.insert(QStringLiteral("BACKROOM_ACTOR"), QStringLiteral("cli-test"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BACKROOM_BIN), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// A directory for a demo cluster that the postgres OS user can enter (the server runs as postgres as root).
QString demoRoot(const QTemporaryDir &dir)
{
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther
                                          | QFile::ReadOther | QFile::ExeGroup | QFile::ReadGroup);
    return dir.filePath("cluster");
}

bool serverRunning(const QString &root)
{
    return QFile::exists(root + "/pgdata/postmaster.pid");
}

qint64 postmasterPid(const QString &root)
{
    QFile file(root + "/pgdata/postmaster.pid");
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

// `backroom demo --headless` started on root; returns once it printed its connection string.
struct HeadlessDemo {
    QProcess process;
    QString out;
    QString conninfo;
    QString storeUrl;
};

void startHeadlessDemo(HeadlessDemo &demo, const QString &root)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    demo.process.setProcessEnvironment(env);
    demo.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    demo.process.start(QStringLiteral(BACKROOM_BIN), {"demo", "--headless", "--data-dir", root, "--products", "100"});
    QTRY_VERIFY_WITH_TIMEOUT((demo.out += QString::fromUtf8(demo.process.readAllStandardOutput())).contains("backroom stock list"),
                             120000);
    demo.conninfo = QRegularExpression("^Demo database: (.+)$", QRegularExpression::MultilineOption).match(demo.out).captured(1);
    demo.storeUrl = QRegularExpression("^Store API: (http\\S+)$", QRegularExpression::MultilineOption).match(demo.out).captured(1);
    QVERIFY2(!demo.conninfo.isEmpty() && !demo.storeUrl.isEmpty(), qPrintable(demo.out));
}

QString shop()
{
    const QString info = TestCluster::instance().freshDatabase();
    auto conn = connectOrDie(info);
    must(*conn, "INSERT INTO product (sku, name, name_th) VALUES ('TEE-1', 'Cotton T-Shirt', 'เสื้อยืดผ้าฝ้าย')");
    must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1), ('A-02', 'A', 2)");
    must(*conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 10 FROM product p, bin b");
    return info;
}
} // namespace

// Every command the binary lists: the top-level --help names the commands, each command's --help names
// its subcommands ("Subcommands:" section). So a newly registered command is covered without editing here.
QStringList listedCommands()
{
    const QRegularExpression entry(QStringLiteral("^  (\\S+)\\s{2,}\\S"));
    auto listed = [&](const QString &help) {
        QStringList names;
        for (const QString &line : help.split(QLatin1Char('\n')))
            if (auto m = entry.match(line); m.hasMatch())
                names << m.captured(1);
        return names;
    };
    QStringList all;
    for (const QString &command : listed(runBackroom({"--help"}).out)) {
        all << command;
        const Run help = runBackroom({command, "--help"});
        if (help.out.contains(QLatin1String("\nSubcommands:\n")))
            for (const QString &sub : listed(help.out.section(QLatin1String("\nSubcommands:\n"), 1)))
                all << command + QLatin1Char(' ') + sub;
    }
    return all;
}

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void everyHelpExitsZeroWithOneUsageLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::newRow("backroom --help") << QStringList{"--help"} << QString();
        QTest::newRow("backroom -h") << QStringList{"-h"} << QString();
        QTest::newRow("backroom help stock") << QStringList{"help", "stock"} << QStringLiteral("stock");
        const QStringList commands = listedCommands();
        // The commands and subcommands the issue found broken must be among those listed.
        for (const char *expected : {"demo", "gui", "serve", "db", "db seed-demo", "stock", "stock show",
                                     "stock flash-sale", "order", "order place", "orders", "orders cancel"})
            if (!commands.contains(QLatin1String(expected)))
                qFatal("`backroom --help` does not lead to '%s' (found: %s)", expected, qPrintable(commands.join(", ")));
        for (const QString &command : commands) {
            const QStringList words = command.split(QLatin1Char(' '));
            QTest::newRow(qPrintable(command + " --help")) << words + QStringList{"--help"} << command;
            QTest::newRow(qPrintable(command + " -h")) << words + QStringList{"-h"} << command;
        }
    }

    void everyHelpExitsZeroWithOneUsageLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        const Run r = runBackroom(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList usage = r.out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^\\s*usage:"),
                                                                         QRegularExpression::CaseInsensitiveOption));
        QVERIFY2(usage.size() == 1, qPrintable(r.out));
        const QString expected = command.isEmpty() ? QStringLiteral("Usage: backroom <command>")
                                                   : QStringLiteral("Usage: backroom %1 ").arg(command);
        QVERIFY2(usage.first().startsWith(expected), qPrintable(usage.first()));
        QVERIFY2(!r.out.contains(QLatin1String("backroom:")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("<executable_name>")), qPrintable(r.out));
    }

    void missingOrUnknownSubcommandExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("stock") << QStringList{"stock"};
        QTest::newRow("orders") << QStringList{"orders", "refund"};
        QTest::newRow("order") << QStringList{"order"};
        QTest::newRow("db") << QStringList{"db", "drop"};
        QTest::newRow("command") << QStringList{"stok"};
    }

    void missingOrUnknownSubcommandExitsTwo()
    {
        QFETCH(QStringList, args);
        const Run r = runBackroom(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void showSetAndConflictExitCodes()
    {
        const QString db = shop();
        Run show = runBackroom({"stock", "show", "TEE-1", "--bin", "A-01", "--json"}, db);
        QCOMPARE(show.exitCode, 0);
        const QJsonObject row = show.json().object().value("bins").toArray().at(0).toObject();
        QCOMPARE(row.value("on_hand").toInt(), 10);
        const QString version = row.value("version").toString();
        QVERIFY(!version.isEmpty());

        Run set = runBackroom({"stock", "set", "TEE-1", "--bin", "A-01", "--qty", "7", "--expect-version", version}, db);
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains("new version"), qPrintable(set.out));

        Run stale = runBackroom({"stock", "set", "TEE-1", "--bin", "A-01", "--qty", "3", "--expect-version", version, "--json"}, db);
        QCOMPARE(stale.exitCode, 3);
        QCOMPARE(stale.json().object().value("applied").toBool(true), false);
        QCOMPARE(stale.json().object().value("current").toObject().value("on_hand").toInt(), 7);

        auto conn = connectOrDie(db);
        QCOMPARE(must(*conn, "SELECT on_hand FROM stock s JOIN bin b ON b.id = s.bin_id WHERE b.code = 'A-01'").toInt(0, 0), 7);
    }

    void flashSaleRefusesStaffEditsWithConflictExit()
    {
        const QString db = shop();
        QCOMPARE(runBackroom({"stock", "flash-sale", "TEE-1", "--buckets", "2"}, db).exitCode, 0);
        Run refused = runBackroom({"stock", "adjust", "TEE-1", "--bin", "A-01", "--delta", "1", "--reason", "x"}, db);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("flash-sale"), qPrintable(refused.err));
        Run total = runBackroom({"stock", "show", "TEE-1", "--json"}, db);
        QCOMPARE(total.json().object().value("available").toInt(), 20);   // still one total while split
        // Every staff edit path says the same: 3, as the help and the README say.
        const QString version = runBackroom({"stock", "show", "TEE-1", "--bin", "A-01", "--json"}, db)
                                    .json().object().value("bins").toArray().at(0).toObject().value("version").toString();
        Run set = runBackroom({"stock", "set", "TEE-1", "--bin", "A-01", "--qty", "12", "--expect-version", version}, db);
        QCOMPARE(set.exitCode, 3);
        QTemporaryDir dir;
        QFile count(dir.filePath("count.csv"));
        QVERIFY(count.open(QIODevice::WriteOnly));
        count.write("sku,bin,counted\nTEE-1,A-01,12\n");
        count.close();
        QCOMPARE(runBackroom({"stock", "import", count.fileName()}, db).exitCode, 3);
        const QRegularExpression documented(QStringLiteral("Exit codes:.* 3 [^.]*while (the|a) SKU[^.]* is in a flash sale"));
        for (const char *command : {"set", "adjust", "import"}) {
            const QString help = runBackroom({"stock", command, "--help"}).out.simplified();
            QVERIFY2(documented.match(help).hasMatch(), qPrintable(help));
        }
        QCOMPARE(runBackroom({"stock", "flash-sale", "TEE-1", "--off"}, db).exitCode, 0);
        QCOMPARE(runBackroom({"stock", "adjust", "TEE-1", "--bin", "A-01", "--delta", "1", "--reason", "x"}, db).exitCode, 0);
    }

    // --buckets N makes N buckets in every bin with free stock, and the help says so.
    void flashSaleBucketsAreCountedPerBinAsTheHelpSays()
    {
        const QString db = shop();   // TEE-1 in two bins
        Run on = runBackroom({"stock", "flash-sale", "TEE-1", "--buckets", "4", "--json"}, db);
        QCOMPARE(on.exitCode, 0);
        QCOMPARE(on.json().object().value("buckets").toInt(), 8);
        const QString help = runBackroom({"stock", "flash-sale", "--help"}).out.simplified();
        QVERIFY2(help.contains("N buckets (1-256) in each bin that holds free stock"), qPrintable(help));
        Run text = runBackroom({"stock", "flash-sale", "TEE-1", "--buckets", "3"}, db);
        QVERIFY2(text.out.contains("6 bucket(s) (3 in each bin with free stock)"), qPrintable(text.out));
    }

    // Cancelling is safe to retry: an order already closed stays as it is and the command says so.
    void cancellingAClosedOrderChangesNothingAndSaysSo()
    {
        const QString db = shop();
        Run placed = runBackroom({"order", "place", "--sku", "TEE-1", "--qty", "2", "--json"}, db);
        QCOMPARE(placed.exitCode, 0);
        const QString id = QString::number(placed.json().object().value("id").toInteger());
        Run first = runBackroom({"orders", "cancel", id}, db);
        QCOMPARE(first.exitCode, 0);
        Run again = runBackroom({"orders", "cancel", id}, db);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("already cancelled; nothing changed"), qPrintable(again.out));
        Run json = runBackroom({"orders", "cancel", id, "--json"}, db);
        QCOMPARE(json.json().object().value("changed").toBool(true), false);
        QCOMPARE(json.json().object().value("status").toString(), QStringLiteral("cancelled"));
        QVERIFY2(runBackroom({"orders", "cancel", "--help"}).out.contains("already cancelled or expired changes nothing"),
                 "the help must say what a second cancel does");
        // A closed order shows no expiry: it can no longer expire.
        QVERIFY2(runBackroom({"orders", "show", id}, db).out.contains("expires -"), "closed order shows an expiry");
        QCOMPARE(runBackroom({"orders", "pay", id}, db).exitCode, 3);

        Run paid = runBackroom({"order", "place", "--sku", "TEE-1", "--qty", "1", "--json"}, db);
        const QString paidId = QString::number(paid.json().object().value("id").toInteger());
        QCOMPARE(runBackroom({"orders", "pay", paidId}, db).exitCode, 0);
        Run refused = runBackroom({"orders", "cancel", paidId}, db);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("refund"), qPrintable(refused.err));
        QCOMPARE(runBackroom({"orders", "cancel", "999999"}, db).exitCode, 2);
        auto conn = connectOrDie(db);
        QCOMPARE(must(*conn, "SELECT reserved FROM stock s JOIN bin b ON b.id = s.bin_id WHERE b.code = 'A-01'").toInt(0, 0)
                     + must(*conn, "SELECT reserved FROM stock s JOIN bin b ON b.id = s.bin_id WHERE b.code = 'A-02'").toInt(0, 0),
                 0);
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no qty") << QStringList{"stock", "set", "TEE-1", "--bin", "A-01", "--expect-version", "1"} << "--qty";
        QTest::newRow("qty not a number") << QStringList{"stock", "set", "TEE-1", "--bin", "A-01", "--qty", "x", "--expect-version", "1"} << "whole number";
        QTest::newRow("negative qty") << QStringList{"stock", "set", "TEE-1", "--bin", "A-01", "--qty", "-1", "--expect-version", "1"} << "--qty";
        QTest::newRow("bad version") << QStringList{"stock", "set", "TEE-1", "--bin", "A-01", "--qty", "1", "--expect-version", "abc"} << "not a row version";
        QTest::newRow("unknown sku") << QStringList{"stock", "show", "NOPE"} << "Unknown SKU";
        QTest::newRow("unknown bin") << QStringList{"stock", "show", "TEE-1", "--bin", "Z"} << "Unknown bin";
        QTest::newRow("unknown option") << QStringList{"stock", "show", "TEE-1", "--colour", "red"} << "colour";
        QTest::newRow("adjust below zero") << QStringList{"stock", "adjust", "TEE-1", "--bin", "A-02", "--delta=-11", "--reason", "x"} << "below zero";
        QTest::newRow("missing file") << QStringList{"stock", "import", "/nonexistent/count.csv"} << "Cannot read";
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        static QString db;
        if (db.isEmpty())
            db = shop();
        Run r = runBackroom(args, db);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        auto conn = connectOrDie(db);
        QCOMPARE(must(*conn, "SELECT sum(on_hand) FROM stock").toInt(0, 0), 20);
    }

    void adjustHistoryAndList()
    {
        const QString db = shop();
        Run adjust = runBackroom({"stock", "adjust", "TEE-1", "--bin", "A-02", "--delta", "-4", "--reason", "damaged", "--json"}, db);
        QCOMPARE(adjust.exitCode, 0);
        QCOMPARE(adjust.json().object().value("on_hand").toInt(), 6);
        Run hist = runBackroom({"stock", "history", "TEE-1", "--json"}, db);
        QCOMPARE(hist.exitCode, 0);
        const QJsonObject newest = hist.json().array().at(0).toObject();
        QCOMPARE(newest.value("delta").toInt(), -4);
        QCOMPARE(newest.value("reason").toString(), QStringLiteral("damaged"));
        // The ledger names the login (it cannot be forged); BACKROOM_ACTOR is kept as a note.
        QCOMPARE(newest.value("actor").toString(), must(*connectOrDie(db), "SELECT session_user").text(0, 0));
        QCOMPARE(newest.value("note").toString(), QStringLiteral("cli-test"));
        Run list = runBackroom({"stock", "list", "--search", "tshirt", "--json"}, db);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 2);
        Run thai = runBackroom({"stock", "list", "--search", "เสื้อยืด"}, db);
        QCOMPARE(thai.exitCode, 0);
        QVERIFY2(thai.out.contains(QStringLiteral("เสื้อยืดผ้าฝ้าย")), qPrintable(thai.out));
    }

    void importRejectsBadFileByLineAndAppliesGoodOne()
    {
        const QString db = shop();
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad.csv"), good = dir.filePath("good.csv");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sku,bin,counted\nTEE-1,A-01,4\nTEE-1,A-02,many\n");
        f.close();
        Run r = runBackroom({"stock", "import", bad}, db);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 3"), qPrintable(r.err));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("sku,bin,counted\nTEE-1,A-01,4\nTEE-1,A-02,9\n");
        g.close();
        Run ok = runBackroom({"stock", "import", good, "--json"}, db);
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json().object().value("total_delta").toInt(), -7);
    }

    void databaseProblemsGiveOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no database") << QStringList{"stock", "list"} << 1 << "No database given";
        QTest::newRow("malformed") << QStringList{"--db", "host=x dbname", "stock", "list"} << 2 << "malformed";
        QTest::newRow("server down") << QStringList{"stock", "list", "--db", "host=127.0.0.1 port=1 dbname=x"} << 1
                                     << "is the server running";
    }

    void databaseProblemsGiveOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        Run r = runBackroom(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void statusAndMigrateOnEmptyDatabase()
    {
        const QString db = TestCluster::instance().emptyDatabase();
        Run list = runBackroom({"stock", "list"}, db);
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains("backroom db migrate"), qPrintable(list.err));
        Run status = runBackroom({"db", "status", "--json"}, db);
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().object().value("state").toString(), QStringLiteral("behind"));
        QCOMPARE(runBackroom({"db", "migrate"}, db).exitCode, 0);
        QCOMPARE(runBackroom({"db", "status", "--json"}, db).json().object().value("state").toString(), QStringLiteral("current"));
        Run seed = runBackroom({"db", "seed-demo", "--products", "50", "--json"}, db);
        QCOMPARE(seed.exitCode, 0);
        QCOMPARE(seed.json().object().value("products").toInt(), 50);
    }

    // Without a display, one line saying what to do instead of Qt's plugin abort, and no server started.
    void windowCommandsWithoutADisplaySayWhatToDo()
    {
        QTemporaryDir dir;
        const QString root = demoRoot(dir);
        for (const QStringList &args : {QStringList{"demo", "--data-dir", root}, QStringList{"gui", "--db", "dbname=x"}}) {
            QProcess p;
            auto env = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QLatin1String(name));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(BACKROOM_BIN), args);
            QVERIFY(p.waitForFinished(30000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(err.contains("No display found"), qPrintable(err));
            QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);
        }
        QVERIFY2(!QFile::exists(root + "/pgdata"), "the demo started a cluster it could not show");
    }

    void seedDemoAddsOrdersInEveryStateOnce()
    {
        const QString db = TestCluster::instance().freshDatabase();
        Run first = runBackroom({"db", "seed-demo", "--products", "60", "--bins", "20", "--json"}, db);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.json().object().value("orders").toInt(), 30);
        auto conn = connectOrDie(db);
        const auto byStatus = must(*conn, "SELECT status, count(*) FROM orders GROUP BY 1 ORDER BY 1");
        QStringList statuses;
        for (int i = 0; i < byStatus.rows(); ++i)
            statuses << byStatus.text(i, 0);
        QCOMPARE(statuses, (QStringList{"cancelled", "expired", "paid", "reserved"}));
        QCOMPARE(must(*conn, "SELECT count(DISTINCT channel) FROM orders").toInt(0, 0), 3);
        QVERIFY(must(*conn, "SELECT max(created_at) - min(created_at) > interval '5 days' FROM orders").toBool(0, 0));
        QCOMPARE(must(*conn, "SELECT count(*) FROM orders WHERE status = 'reserved' AND expires_at <= now()").toInt(0, 0), 0);
        // Through the checkout functions: sales are in the ledger, reservations add up, nothing oversold.
        QVERIFY(must(*conn, "SELECT count(*) FROM stock_ledger WHERE reason = 'sale'").toInt(0, 0) > 0);
        QCOMPARE(must(*conn, "SELECT count(*) FROM checkout_violations()").toInt(0, 0), 0);

        Run second = runBackroom({"db", "seed-demo", "--products", "60", "--bins", "20", "--json"}, db);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().object().value("orders").toInt(), 0);
        QCOMPARE(second.json().object().value("products").toInt(), 0);
        QCOMPARE(must(*conn, "SELECT count(*) FROM orders").toInt(0, 0), 30);
    }

    void demoCreatesThenReusesItsCluster()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther
                                              | QFile::ReadOther | QFile::ExeGroup | QFile::ReadGroup);
        const QString root = dir.filePath("cluster");
        Run first = runBackroom({"demo", "--setup-only", "--data-dir", root, "--products", "2000"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains("Loading the demo shop"), qPrintable(first.err));
        QVERIFY(QFile::exists(root + "/pgdata/PG_VERSION"));
        Run second = runBackroom({"demo", "--setup-only", "--data-dir", root});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(!second.err.contains("Loading the demo shop"), "second run must reuse the cluster and its data");
        QVERIFY2(!QFile::exists(root + "/pgdata/postmaster.pid"), "the demo must stop its server when it ends");
        // It says so, and does not print a connection string to the server it stopped.
        QVERIFY2(second.out.contains("stopped") && second.out.contains("backroom demo --headless"), qPrintable(second.out));
        QVERIFY2(!second.out.contains("port="), qPrintable(second.out));
    }

    void headlessDemoPrintsAConnectionStringThatWorksUntilSigterm()
    {
        QTemporaryDir dir;
        const QString root = demoRoot(dir);
        HeadlessDemo demo;
        startHeadlessDemo(demo, root);
        // Payments work out of the box: the sandbox's gateways run in the demo, behind the store API.
        QVERIFY2(demo.out.contains("Payments sandbox: opn http://127.0.0.1:"), qPrintable(demo.out));
        Run payments = runBackroom({"payments", "list", "--json"}, demo.conninfo);
        QVERIFY2(payments.exitCode == 0, qPrintable(payments.err));
        QVERIFY(payments.json().object().value("payments").isArray());
        {
            auto conn = db::Connection::open(demo.conninfo);
            QVERIFY2(conn.ok(), qPrintable(demo.conninfo));
            QCOMPARE(must(**conn, "SELECT count(*) FROM product").toInt64(0, 0), 100);
            QCOMPARE(must(**conn, "SELECT count(DISTINCT status) FROM orders").toInt64(0, 0), 4);
        }
        Run list = runBackroom({"stock", "list", "--limit", "3", "--json"}, demo.conninfo);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 3);
        const qint64 postmaster = postmasterPid(root);
        QVERIFY(processAlive(postmaster));

        demo.process.terminate();
        QVERIFY(demo.process.waitForFinished(60000));
        QCOMPARE(demo.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(demo.process.exitCode(), 0);
        QVERIFY2(!serverRunning(root), "the server outlived the headless demo");
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(postmaster), 30000);
        QVERIFY(!db::Connection::open(demo.conninfo).ok());
    }

    // SIGKILL gives the demo no chance to clean up: its guard process stops the server instead.
    void demoKilledWithSigkillStillStopsItsServer()
    {
        QTemporaryDir dir;
        const QString root = demoRoot(dir);
        HeadlessDemo demo;
        startHeadlessDemo(demo, root);
        const qint64 postmaster = postmasterPid(root);
        QVERIFY(processAlive(postmaster));
        demo.process.kill();
        QVERIFY(demo.process.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(root), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(postmaster), 60000);
    }

    // Qt's xcb plugin ends the process with exit() when the X server goes away: no destructor runs.
    void demoWindowStopsItsServerWhenTheXServerDies()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            QSKIP("Xvfb is not installed (Debian: xvfb; scripts/bootstrap installs it)");
        QProcess x;
        x.start(xvfb, {"-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1280x800x24"});
        QString display;
        QTRY_VERIFY_WITH_TIMEOUT(!(display += QString::fromUtf8(x.readAllStandardOutput())).trimmed().isEmpty()
                                     && display.endsWith('\n'), 30000);
        QTemporaryDir dir;
        const QString root = demoRoot(dir);
        QProcess demo;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + display.trimmed());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        demo.setProcessEnvironment(env);
        demo.start(QStringLiteral(BACKROOM_BIN), {"demo", "--data-dir", root, "--products", "100"});
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(demo.readAllStandardError())).contains("Store API:"), 120000);
        const qint64 postmaster = postmasterPid(root);
        QVERIFY2(processAlive(postmaster), qPrintable(log));

        x.kill();
        QVERIFY(x.waitForFinished(10000));
        QVERIFY(demo.waitForFinished(30000));
        // The demo's stderr pipe is closed now: the guard must not die of SIGPIPE when it reports.
        demo.close();
        QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(root), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(postmaster), 60000);
    }

    // The window is up (offscreen); SIGTERM must still stop the embedded server, not orphan it.
    void demoWindowStopsItsServerOnSigterm()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther
                                              | QFile::ReadOther | QFile::ExeGroup | QFile::ReadGroup);
        const QString root = dir.filePath("cluster");
        QProcess demo;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        demo.setProcessEnvironment(env);
        demo.start(QStringLiteral(BACKROOM_BIN), {"demo", "--data-dir", root, "--products", "100"});
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(demo.readAllStandardError())).contains("Store API:"), 60000);
        QVERIFY2(log.contains("Store API: http://127.0.0.1:"), qPrintable(log));
        QVERIFY(QFile::exists(root + "/pgdata/postmaster.pid"));
        const QString port = QRegularExpression("port=(\\d+)").match(log).captured(1);
        QVERIFY(!port.isEmpty());

        // A second demo at the same time shares the running server instead of restarting it.
        Run second = runBackroom({"demo", "--setup-only", "--data-dir", root});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains("another Backroom demo"), qPrintable(second.err));
        QVERIFY2(second.out.contains("port=" + port), qPrintable(second.out));
        QVERIFY2(QFile::exists(root + "/pgdata/postmaster.pid"), "the second demo stopped the first one's server");
        QCOMPARE(demo.state(), QProcess::Running);

        demo.terminate();
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
        QVERIFY2(!QFile::exists(root + "/pgdata/postmaster.pid"), "the server outlived the demo");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
