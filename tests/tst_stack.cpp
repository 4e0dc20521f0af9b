// Scale-out on real engines: `backroom stack up` starting real `serve` processes (the built binary),
// a real HAProxy and a real PgBouncer against the test cluster. Continuous buying through HAProxy while
// an instance is killed, checkout and browsing through PgBouncer, the 429 rate limit, a failed `up`
// that leaves nothing running, and the generated configs (HAProxy accepts them; edits are kept).

#include "testdb.h"

#include "db/conninfo.h"
#include "inventory/demoseed.h"
#include "stack/stack.h"
#include "stack/stackconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <libpq-fe.h>
#include <atomic>
#include <mutex>
#include <signal.h>
#include <thread>

using namespace backroom;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;

namespace {

struct HttpAnswer {
    int status = 0;   // 0: no answer (refused, reset, timed out)
    QByteArray body;
};

// One request on its own connection (Connection: close), blocking; any thread.
HttpAnswer httpRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &json = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!json.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n";
    socket.write(request + "\r\n" + json);
    QByteArray raw;
    QDeadlineTimer deadline(10000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        raw += socket.readAll();
    }
    raw += socket.readAll();
    const int headEnd = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || headEnd < 0)
        return {};
    return HttpAnswer{raw.mid(9, 3).toInt(), raw.mid(headEnd + 4)};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun backroomCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BACKROOM_BIN), args);
    if (!p.waitForFinished(120000))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject stackPart(const QString &dir, const QString &name)
{
    const CliRun run = backroomCli({QStringLiteral("stack"), QStringLiteral("status"), QStringLiteral("--json"),
                                    QStringLiteral("--dir"), dir});
    for (const QJsonValue &part : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("parts")).toArray())
        if (part.toObject().value(QStringLiteral("name")).toString() == name)
            return part.toObject();
    return {};
}

// Processes whose command line mentions dir (what a stack in dir started).
QStringList processesMentioning(const QString &dir)
{
    QStringList found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/") + entry + QStringLiteral("/cmdline"));
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' '));
            if (text.contains(dir))
                found << entry + QLatin1Char(' ') + text;
        }
    }
    return found;
}

// Demo products; `plenty` gets stock for any run, `scarce` exactly `scarceUnits` available.
void seedShop(const QString &conninfo, QString *plenty, QString *scarce, int scarceUnits)
{
    auto conn = connectOrDie(conninfo);
    inventory::SeedOptions seed;
    seed.products = 20;
    seed.bins = 10;
    QVERIFY(inventory::seedDemo(*conn, seed));
    const auto skus = must(*conn, "SELECT sku FROM product ORDER BY sku LIMIT 2");
    *plenty = skus.text(0, 0);
    *scarce = skus.text(1, 0);
    must(*conn, "SELECT set_config('backroom.reason', 'receive', false)");
    must(*conn, "UPDATE backroom_data.stock s SET on_hand = on_hand + 1000000 FROM backroom_data.product p "
                "WHERE p.id = s.product_id AND p.sku = $1", {*plenty});
    must(*conn, "UPDATE backroom_data.stock s SET on_hand = reserved FROM backroom_data.product p "
                "WHERE p.id = s.product_id AND p.sku = $1", {*scarce});
    must(*conn, "UPDATE backroom_data.stock SET on_hand = on_hand + $2 WHERE (product_id, bin_id) = "
                "(SELECT s.product_id, s.bin_id FROM backroom_data.stock s JOIN backroom_data.product p ON p.id = s.product_id "
                " WHERE p.sku = $1 ORDER BY s.bin_id LIMIT 1)", {*scarce, scarceUnits});
}

// Buyers placing orders through HAProxy: each order is retried with the same idempotency key until it
// is acknowledged (201/200) or refused for stock (409), as a careful client does.
class Buyers {
public:
    struct Ack {
        QString key;
        qint64 orderId = 0;
        bool scarce = false;
    };

    Buyers(quint16 port, QString plenty, QString scarce) : m_port(port), m_plenty(std::move(plenty)), m_scarce(std::move(scarce)) {}
    ~Buyers() { stop(); }

    void start(int count)
    {
        for (int i = 0; i < count; ++i)
            m_threads.emplace_back([this, i] { buy(i); });
    }
    void stop()
    {
        m_stop = true;
        for (auto &t : m_threads)
            t.join();
        m_threads.clear();
    }
    int acknowledged() const { return m_acked.load(); }
    int retried() const { return m_retried.load(); }
    int outOfStock() const { return m_outOfStock.load(); }
    int unexpected() const { return m_unexpected.load(); }
    QList<Ack> acks() const
    {
        std::lock_guard lock(m_mutex);
        return m_acks;
    }

private:
    void buy(int buyer)
    {
        for (int n = 0; !m_stop; ++n) {
            const bool scarce = n % 7 == 3;
            QJsonArray lines{QJsonObject{{QStringLiteral("sku"), m_plenty}, {QStringLiteral("qty"), 1}}};
            if (scarce)
                lines.append(QJsonObject{{QStringLiteral("sku"), m_scarce}, {QStringLiteral("qty"), 1}});
            const QString key = QStringLiteral("stack-b%1-%2").arg(buyer).arg(n);
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("lines"), lines},
                                                              {QStringLiteral("idempotency_key"), key}}).toJson(QJsonDocument::Compact);
            place(key, body, scarce);
        }
    }
    void place(const QString &key, const QByteArray &body, bool scarce)
    {
        QDeadlineTimer deadline(20000);
        for (int attempt = 0; !deadline.hasExpired(); ++attempt) {
            if (attempt > 0) {
                ++m_retried;
                QThread::msleep(20);   // back-off between retries of the same key, not synchronisation
            }
            const HttpAnswer answer = httpRequest(m_port, "POST", "/orders", body);
            if (answer.status == 201 || answer.status == 200) {
                std::lock_guard lock(m_mutex);
                m_acks.append({key, QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("id")).toInteger(), scarce});
                ++m_acked;
                return;
            }
            if (answer.status == 409 && answer.body.contains("out_of_stock")) {
                ++m_outOfStock;
                return;
            }
            if (answer.status != 0 && answer.status != 502 && answer.status != 503 && answer.status != 504) {
                ++m_unexpected;
                qWarning("unexpected answer %d: %s", answer.status, answer.body.constData());
                return;
            }
        }
        ++m_unexpected;   // never acknowledged within 20 s
    }

    quint16 m_port;
    QString m_plenty, m_scarce;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_acked{0}, m_retried{0}, m_outOfStock{0}, m_unexpected{0};
    mutable std::mutex m_mutex;
    QList<Ack> m_acks;
};

} // namespace

class TestStack : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rendersConfigsHaproxyAccepts();
    void keepsAnEditedConfigAndWritesTheNewOneBeside();
    void refusesTemplatePlaceholdersItCannotFill();
    void failedUpLeavesNothingRunning();
    void killedInstanceIsTakenOutBuyingGoesOnAndItRejoins();
    void browsingAndCheckoutWorkThroughPgbouncer();

private:
    QTemporaryDir m_tmp;
};

void TestStack::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // As root the embedded PostgreSQL and PgBouncer run as postgres: let them in.
    QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                            | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    TestCluster::instance();
}

void TestStack::rendersConfigsHaproxyAccepts()
{
    stack::StackOptions options;
    options.dir = m_tmp.filePath(QStringLiteral("render"));
    options.conninfo = QStringLiteral("host=/tmp port=5432 dbname=shop user=owner");
    options.haproxySlots = 6;
    options.rateLimitPer10s = 50;
    QVERIFY(QDir().mkpath(options.dir));
    auto cfg = stack::haproxyConfig(options);
    QVERIFY2(cfg, cfg ? "" : qPrintable(cfg.error().message));
    QVERIFY(cfg->contains(QStringLiteral("server-template app 1-6 127.0.0.1:1 disabled")));
    QVERIFY(cfg->contains(QStringLiteral("option httpchk GET /health")));
    QVERIFY(cfg->contains(QStringLiteral("gt 50 }")));
    QVERIFY(cfg->contains(QStringLiteral("level admin")));
    QFile file(stack::haproxyConfigPath(options.dir));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cfg->toUtf8());
    file.close();
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(QStringLiteral("haproxy"), {QStringLiteral("-c"), QStringLiteral("-f"), file.fileName()});
    QVERIFY(check.waitForFinished(15000));
    QVERIFY2(check.exitCode() == 0, check.readAll().constData());

    auto ini = stack::pgbouncerConfig(options, 6543, QStringLiteral("postgres"));
    QVERIFY2(ini, ini ? "" : qPrintable(ini.error().message));
    QVERIFY(ini->contains(QStringLiteral("backroom = host=/tmp port=5432 dbname=shop user=owner")));
    QVERIFY(ini->contains(QStringLiteral("pool_mode = transaction")));
    QVERIFY(ini->contains(QStringLiteral("listen_port = 6543")));
    QVERIFY(ini->contains(QStringLiteral("user = postgres")));
    QCOMPARE(stack::pgbouncerClientConninfo(options, 6543),
             QStringLiteral("host=%1/pgbouncer port=6543 dbname=backroom user=owner").arg(options.dir));
}

void TestStack::keepsAnEditedConfigAndWritesTheNewOneBeside()
{
    const QString dir = m_tmp.filePath(QStringLiteral("edits"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/haproxy.cfg");
    QCOMPARE(*stack::writeGeneratedFile(path, "one\n"), stack::FileOutcome::Written);
    QCOMPARE(*stack::writeGeneratedFile(path, "one\n"), stack::FileOutcome::Unchanged);
    QCOMPARE(*stack::writeGeneratedFile(path, "two\n"), stack::FileOutcome::Written);   // not edited: replaced
    QFile edit(path);
    QVERIFY(edit.open(QIODevice::Append));
    edit.write("# my change\n");
    edit.close();
    QCOMPARE(*stack::writeGeneratedFile(path, "three\n"), stack::FileOutcome::KeptEdited);
    QFile kept(path), beside(path + QStringLiteral(".new"));
    QVERIFY(kept.open(QIODevice::ReadOnly) && beside.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("two\n# my change\n"));
    QCOMPARE(beside.readAll(), QByteArray("three\n"));
}

void TestStack::refusesTemplatePlaceholdersItCannotFill()
{
    auto ok = stack::renderTemplate(QStringLiteral("bind @LISTEN@ # @LISTEN@"), {{QStringLiteral("LISTEN"), QStringLiteral(":80")}});
    QVERIFY(ok);
    QCOMPARE(*ok, QStringLiteral("bind :80 # :80"));
    auto missing = stack::renderTemplate(QStringLiteral("bind @LISTEN@ @OTHER@"), {{QStringLiteral("LISTEN"), QStringLiteral(":80")}});
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::BadInput);
    QVERIFY(missing.error().message.contains(QStringLiteral("@OTHER@")));
}

void TestStack::failedUpLeavesNothingRunning()
{
    // PgBouncer starts (it connects lazily), then the instances cannot reach their database: `up` fails
    // and stops PgBouncer and any instance it had started.
    const QString dir = m_tmp.filePath(QStringLiteral("failing"));
    const QString missingDb = TestCluster::instance().cluster().connInfo(QStringLiteral("no_such_database"));
    const CliRun run = backroomCli({QStringLiteral("stack"), QStringLiteral("up"), QStringLiteral("--instances"), QStringLiteral("2"),
                                    QStringLiteral("--pgbouncer"), QStringLiteral("--dir"), dir, QStringLiteral("--db"), missingDb,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort())});
    QVERIFY2(run.exitCode != 0, run.err.constData());
    QVERIFY2(run.err.contains("did not become healthy"), run.err.constData());
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/pgbouncer.ini")));   // it got as far as PgBouncer
    QVERIFY2(processesMentioning(dir).isEmpty(), qPrintable(processesMentioning(dir).join(QLatin1Char('\n'))));
    QVERIFY(QDir(dir + QStringLiteral("/run")).entryList(QDir::Files).isEmpty());
}

void TestStack::killedInstanceIsTakenOutBuyingGoesOnAndItRejoins()
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    QString plenty, scarce;
    const int scarceUnits = 12;
    seedShop(conninfo, &plenty, &scarce, scarceUnits);
    const QString dir = m_tmp.filePath(QStringLiteral("kill"));
    const quint16 port = freePort();
    const QStringList upArgs{QStringLiteral("stack"), QStringLiteral("up"), QStringLiteral("--dir"), dir};
    CliRun run = backroomCli(upArgs + QStringList{QStringLiteral("--instances"), QStringLiteral("2"), QStringLiteral("--db"), conninfo,
                                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                                  QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                                  QStringLiteral("--check-interval"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto stopStack = qScopeGuard([&] { backroomCli({QStringLiteral("stack"), QStringLiteral("down"), QStringLiteral("--dir"), dir}); });

    Buyers buyers(port, plenty, scarce);
    buyers.start(2);
    QTRY_VERIFY_WITH_TIMEOUT(buyers.acknowledged() >= 40, 15000);

    const QJsonObject victim = stackPart(dir, QStringLiteral("serve 1"));
    const qint64 pid = victim.value(QStringLiteral("pid")).toInteger();
    QVERIFY(pid > 0 && victim.value(QStringLiteral("health")).toString().startsWith(QLatin1String("UP")));
    QElapsedTimer sinceKill;
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    sinceKill.start();
    QTRY_VERIFY_WITH_TIMEOUT(stackPart(dir, QStringLiteral("serve 1")).value(QStringLiteral("health")).toString().startsWith(QLatin1String("DOWN")),
                             15000);
    const qint64 takenOutMs = sinceKill.elapsed();
    const int ackedWhenOut = buyers.acknowledged();
    QTRY_VERIFY_WITH_TIMEOUT(buyers.acknowledged() >= ackedWhenOut + 40, 15000);   // buying goes on
    QVERIFY(!stackPart(dir, QStringLiteral("serve 1")).value(QStringLiteral("running")).toBool());

    run = backroomCli(upArgs);   // starts what is not running: instance 1 on its port
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject back = stackPart(dir, QStringLiteral("serve 1"));
    QVERIFY(back.value(QStringLiteral("health")).toString().startsWith(QLatin1String("UP")));
    QVERIFY(back.value(QStringLiteral("pid")).toInteger() != pid);
    const qint64 requestsAtRejoin = back.value(QStringLiteral("requests")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(stackPart(dir, QStringLiteral("serve 1")).value(QStringLiteral("requests")).toInteger() >= requestsAtRejoin + 10,
                             15000);   // it gets its share again
    buyers.stop();

    const QList<Buyers::Ack> acks = buyers.acks();
    qInfo("HAProxy took the killed instance out after %lld ms (check every 300 ms, fall 2); %d orders acknowledged, "
          "%d retried requests, %d refused out of stock, %d lost",
          takenOutMs, int(acks.size()), buyers.retried(), buyers.outOfStock(), buyers.unexpected());
    QCOMPARE(buyers.unexpected(), 0);
    QVERIFY(buyers.outOfStock() > 0);   // the scarce SKU ran out during the run

    // Every acknowledged order exists exactly once, with the id the client was given.
    auto conn = connectOrDie(conninfo);
    QStringList keys;
    QMap<QString, qint64> idOf;
    int scarceAcked = 0;
    for (const auto &ack : acks) {
        keys << ack.key;
        idOf.insert(ack.key, ack.orderId);
        scarceAcked += ack.scarce ? 1 : 0;
    }
    const auto found = must(*conn, "SELECT idempotency_key, id FROM orders WHERE idempotency_key = ANY (string_to_array($1, ','))",
                            {keys.join(QLatin1Char(','))});
    QCOMPARE(found.rows(), int(acks.size()));
    for (int r = 0; r < found.rows(); ++r)
        QCOMPARE(found.toInt64(r, 1), idOf.value(found.text(r, 0)));
    // Nothing oversold: the scarce SKU's reservations are exactly the acknowledged orders that held it.
    const auto stock = must(*conn, "SELECT sum(s.on_hand), sum(s.reserved) FROM backroom_data.stock s "
                                   "JOIN backroom_data.product p ON p.id = s.product_id WHERE p.sku = $1", {scarce});
    QVERIFY(scarceAcked <= scarceUnits);
    QCOMPARE(stock.toInt(0, 1), scarceAcked);
    QVERIFY(stock.toInt(0, 1) <= stock.toInt(0, 0));

    run = backroomCli({QStringLiteral("stack"), QStringLiteral("down"), QStringLiteral("--dir"), dir});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(processesMentioning(dir).isEmpty(), qPrintable(processesMentioning(dir).join(QLatin1Char('\n'))));
}

void TestStack::browsingAndCheckoutWorkThroughPgbouncer()
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    QString plenty, scarce;
    seedShop(conninfo, &plenty, &scarce, 5);
    const QString dir = m_tmp.filePath(QStringLiteral("pgbouncer"));
    const quint16 port = freePort();
    const CliRun run = backroomCli({QStringLiteral("stack"), QStringLiteral("up"), QStringLiteral("--instances"), QStringLiteral("1"),
                                    QStringLiteral("--pgbouncer"), QStringLiteral("--dir"), dir, QStringLiteral("--db"), conninfo,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                    QStringLiteral("--rate-limit"), QStringLiteral("20")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto stopStack = qScopeGuard([&] { backroomCli({QStringLiteral("stack"), QStringLiteral("down"), QStringLiteral("--dir"), dir}); });
    const QJsonObject pgbouncer = stackPart(dir, QStringLiteral("pgbouncer"));
    QVERIFY(pgbouncer.value(QStringLiteral("running")).toBool());

    // Browse twice (a second run of the same statements on whichever server connection), then buy.
    for (int round = 0; round < 2; ++round) {
        const HttpAnswer product = httpRequest(port, "GET", "/products/" + plenty.toUtf8());
        QCOMPARE(product.status, 200);
        QVERIFY(product.body.contains(plenty.toUtf8()));
        QCOMPARE(httpRequest(port, "GET", "/search?q=shirt").status, 200);
    }
    const QByteArray order = QJsonDocument(QJsonObject{
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), scarce}, {QStringLiteral("qty"), 2}}}},
        {QStringLiteral("idempotency_key"), QStringLiteral("through-pgbouncer")}}).toJson(QJsonDocument::Compact);
    const HttpAnswer placed = httpRequest(port, "POST", "/orders", order);
    QVERIFY2(placed.status == 201, placed.body.constData());
    QCOMPARE(httpRequest(port, "POST", "/orders", order).status, 200);   // the replay, on another transaction
    auto conn = connectOrDie(conninfo);
    QCOMPARE(must(*conn, "SELECT count(*) FROM orders WHERE idempotency_key = 'through-pgbouncer'").toInt(0, 0), 1);

    // The transactions went through PgBouncer: its admin console counts them.
    const QString admin = QStringLiteral("host=%1/pgbouncer port=%2 dbname=pgbouncer user=%3")
                              .arg(dir).arg(pgbouncer.value(QStringLiteral("port")).toInt())
                              .arg(db::parseConnInfo(conninfo)->value(QStringLiteral("user")));
    std::unique_ptr<PGconn, decltype(&PQfinish)> console(PQconnectdb(admin.toUtf8().constData()), &PQfinish);
    QVERIFY2(PQstatus(console.get()) == CONNECTION_OK, PQerrorMessage(console.get()));
    std::unique_ptr<PGresult, decltype(&PQclear)> stats(PQexec(console.get(), "SHOW STATS"), &PQclear);
    QCOMPARE(PQresultStatus(stats.get()), PGRES_TUPLES_OK);
    qint64 transactions = 0;
    const int database = PQfnumber(stats.get(), "database"), xacts = PQfnumber(stats.get(), "total_xact_count");
    for (int r = 0; r < PQntuples(stats.get()); ++r)
        if (QByteArray(PQgetvalue(stats.get(), r, database)) == "backroom")
            transactions = QByteArray(PQgetvalue(stats.get(), r, xacts)).toLongLong();
    QVERIFY2(transactions >= 6, qPrintable(QString::number(transactions)));

    // Junk traffic from one address: past 20 requests in 10 s HAProxy answers 429 with a JSON body.
    HttpAnswer limited;
    for (int i = 0; i < 40 && limited.status != 429; ++i)
        limited = httpRequest(port, "GET", "/health");
    QCOMPARE(limited.status, 429);
    QCOMPARE(QJsonDocument::fromJson(limited.body).object().value(QStringLiteral("kind")).toString(), QStringLiteral("rate_limited"));
}

QTEST_GUILESS_MAIN(TestStack)
#include "tst_stack.moc"
