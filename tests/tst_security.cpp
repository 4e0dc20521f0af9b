// Credentials and encryption: the credential store's file backend, passwords kept out of settings,
// connection strings and messages, TLS (verify-full) to the test cluster, and the connect dialog.
#include "screenshots.h"
#include "testdb.h"

#include "connect/connectdialog.h"
#include "db/connectionprofile.h"
#include "db/connectparams.h"
#include "db/conninfo.h"
#include "db/passwordvault.h"
#include "db/tls.h"
#include "security/credentialstore.h"
#include "security/keychainstore.h"
#include "security/selfsignedcertificate.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace backroom;
using namespace backroom::test;

namespace {
constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Ignores the "user" permission bits Qt reports besides the owner's.
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The backroom binary, with this test's credentials file (inherited from the environment) and stdin.
Run runBackroom(const QStringList &args, const QString &input = {})
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BACKROOM_DB"));
    env.remove(QStringLiteral("PGPASSWORD"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BACKROOM_BIN), args);
    p.write(input.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString clusterPassword()
{
    auto &cluster = TestCluster::instance().cluster();
    auto pw = security::CredentialStore::shared().read(QLatin1String(db::kPasswordService), cluster.credentialAccount());
    if (!pw)
        qFatal("the test cluster's password is not in the credential store: %s", qPrintable(pw.error().message));
    return *pw;
}
} // namespace

class TestSecurity : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        TestCluster::instance();   // also points the shared credential store at a file of its own
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    }

    // ---- the file backend ----

    void fileStoreRoundTrip()
    {
        security::FileCredentialStore store(m_tmp.filePath(QStringLiteral("rt/credentials.json")));
        QCOMPARE(store.read(QStringLiteral("svc"), QStringLiteral("alice")).error().kind, Error::Kind::NotFound);
        QVERIFY(store.write(QStringLiteral("svc"), QStringLiteral("alice"), QStringLiteral("first")).ok());
        QVERIFY(store.write(QStringLiteral("svc"), QStringLiteral("bob"), QStringLiteral("b's \"pw\"")).ok());
        QVERIFY(store.write(QStringLiteral("svc"), QStringLiteral("alice"), QStringLiteral("second")).ok());
        QCOMPARE(*store.read(QStringLiteral("svc"), QStringLiteral("alice")), QStringLiteral("second"));
        // A second object on the same file (another process) reads what the first wrote.
        security::FileCredentialStore other(store.path());
        QCOMPARE(*other.read(QStringLiteral("svc"), QStringLiteral("bob")), QStringLiteral("b's \"pw\""));
        QVERIFY(store.remove(QStringLiteral("svc"), QStringLiteral("alice")).ok());
        QCOMPARE(other.read(QStringLiteral("svc"), QStringLiteral("alice")).error().kind, Error::Kind::NotFound);
        QVERIFY(store.remove(QStringLiteral("svc"), QStringLiteral("nobody")).ok());
    }

    void fileStoreIsReadableByItsOwnerOnly()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("mode"));
        security::FileCredentialStore store(dir + QStringLiteral("/credentials.json"));
        QVERIFY(store.write(QStringLiteral("svc"), QStringLiteral("a"), QStringLiteral("x")).ok());
        QCOMPARE(modeOf(store.path()), kOwnerReadWrite);
        QCOMPARE(modeOf(dir), kOwnerReadWrite | QFileDevice::ExeOwner);
        QVERIFY(store.write(QStringLiteral("svc"), QStringLiteral("b"), QStringLiteral("y")).ok());
        QCOMPARE(modeOf(store.path()), kOwnerReadWrite);   // still, after an atomic rewrite
    }

    void fileStoreRefusesAFileOthersCanRead()
    {
        security::FileCredentialStore store(m_tmp.filePath(QStringLiteral("open/credentials.json")));
        QVERIFY(store.write(QStringLiteral("svc"), QStringLiteral("a"), QStringLiteral("x")).ok());
        QFile::setPermissions(store.path(), kOwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const auto read = store.read(QStringLiteral("svc"), QStringLiteral("a"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::BadInput);
        QVERIFY2(read.error().message.contains(QStringLiteral("chmod 600")), qPrintable(read.error().message));
        QVERIFY(!store.write(QStringLiteral("svc"), QStringLiteral("b"), QStringLiteral("y")).ok());
        QFile::setPermissions(store.path(), kOwnerReadWrite);
        QCOMPARE(*store.read(QStringLiteral("svc"), QStringLiteral("a")), QStringLiteral("x"));
    }

    void asyncReadAnswersOnTheCallersThread()
    {
        security::FileCredentialStore store(m_tmp.filePath(QStringLiteral("async/credentials.json")));
        QVERIFY(store.write(QStringLiteral("svc"), QStringLiteral("a"), QStringLiteral("x")).ok());
        QObject context;
        std::optional<QString> got;
        QThread *answeredOn = nullptr;
        store.readAsync(QStringLiteral("svc"), QStringLiteral("a"), &context, [&](Result<QString> r) {
            answeredOn = QThread::currentThread();
            got = r ? *r : QString();
        });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(*got, QStringLiteral("x"));
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    // ---- choosing the backend ----

    void backendOverrideIsHonoured()
    {
        const QByteArray saved = qgetenv("BACKROOM_CREDENTIALS");
        qputenv("BACKROOM_CREDENTIALS", "file");
        QCOMPARE(security::CredentialStore::chooseBackend(), security::CredentialStore::Backend::File);
        qputenv("BACKROOM_CREDENTIALS", "keychain");
        QCOMPARE(security::CredentialStore::chooseBackend(), security::CredentialStore::Backend::Keychain);
        qputenv("BACKROOM_CREDENTIALS", saved);
        QCOMPARE(security::CredentialStore::shared().backend(), security::CredentialStore::Backend::File);
    }

    void noSessionBusMeansNoKeychainAtOnce()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_tmp.path()));   // no `bus` socket in it
        QElapsedTimer timer;
        timer.start();
        const bool answers = security::CredentialStore::keychainAnswers();
        qInfo("keychain probe without a session bus took %lld ms", timer.elapsed());
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", runtime);
        if (bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(!answers);
#else
        QSKIP("macOS and Windows always have their keychain");
#endif
    }

    void keychainWithoutBackendSaysWhatToDo()
    {
        if (security::CredentialStore::keychainAnswers())
            QSKIP("a real keychain answers here; this test is for machines without one");
        security::KeychainCredentialStore keychain;
        const auto read = keychain.read(QStringLiteral("backroom-test"), QStringLiteral("nobody"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().kind != Error::Kind::NotFound, qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(QStringLiteral("BACKROOM_CREDENTIALS=file")),
                 qPrintable(read.error().message));
    }

    // ---- passwords out of strings, settings and messages ----

    void maskPasswordsHidesEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("keyword") << QStringLiteral("host=a password=hunter2 user=b") << QStringLiteral("hunter2");
        QTest::newRow("spaces") << QStringLiteral("host=a password = hunter2") << QStringLiteral("hunter2");
        QTest::newRow("quoted") << QStringLiteral("password='hun ter\\'2' host=a") << QStringLiteral("ter");
        QTest::newRow("uri") << QStringLiteral("postgresql://staff:hunter2@db.example.com/shop")
                             << QStringLiteral("hunter2");
        QTest::newRow("uri query") << QStringLiteral("postgres://db/shop?password=hunter2") << QStringLiteral("hunter2");
        QTest::newRow("upper case") << QStringLiteral("PASSWORD=hunter2") << QStringLiteral("hunter2");
    }

    void maskPasswordsHidesEveryForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString masked = db::maskPasswords(text);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY2(masked.contains(QStringLiteral("***")), qPrintable(masked));
    }

    void connectErrorsNeverEchoAPassword_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("secret");
        QTest::newRow("unreachable") << QStringLiteral("host=127.0.0.1 port=1 dbname=x user=x password=s3cretValue")
                                     << QStringLiteral("s3cretValue");
        QTest::newRow("malformed") << QStringLiteral("host=127.0.0.1 password=firstHalf secondHalf")
                                   << QStringLiteral("secondHalf");
        QTest::newRow("uri") << QStringLiteral("postgresql://x:s3cretValue@127.0.0.1:1/x") << QStringLiteral("s3cretValue");
        const QString wrong = TestCluster::instance().cluster().tcpConnInfo(QStringLiteral("postgres"))
                              + QStringLiteral(" password=s3cretValue");
        QTest::newRow("wrong password") << wrong << QStringLiteral("s3cretValue");
    }

    void connectErrorsNeverEchoAPassword()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, secret);
        auto conn = db::Connection::open(conninfo);
        QVERIFY(!conn.ok());
        QVERIFY2(!conn.error().message.contains(secret), qPrintable(conn.error().message));
    }

    void embeddedClusterKeepsNoPasswordFileOrStringPassword()
    {
        auto &cluster = TestCluster::instance().cluster();
        const QString root = QFileInfo(cluster.dataDir()).path();
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/password")));
        QVERIFY(!cluster.tcpConnInfo().contains(QStringLiteral("password"), Qt::CaseInsensitive));
        QVERIFY(!clusterPassword().isEmpty());
        // The server's key: readable by the server's user only, as PostgreSQL demands.
        QCOMPARE(modeOf(cluster.dataDir() + QStringLiteral("/server.key")), kOwnerReadWrite);
    }

    void legacyPasswordFileMovesToTheStore()
    {
        auto &cluster = TestCluster::instance().cluster();
        const QString root = QFileInfo(cluster.dataDir()).path();
        const QString account = cluster.credentialAccount();
        auto &store = security::CredentialStore::shared();
        const QString service = QLatin1String(db::kPasswordService);
        const QString before = clusterPassword();
        // A cluster from before the credential store: its password in <root>/password, none stored.
        {
            QFile legacy(root + QStringLiteral("/password"));
            QVERIFY(legacy.open(QIODevice::WriteOnly));
            legacy.write("legacy-secret-42\n");
        }
        QVERIFY(store.remove(service, account).ok());
        db::EmbeddedCluster again(root);
        QCOMPARE(*again.attachIfRunning(), true);
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/password")));
        QCOMPARE(*store.read(service, account), QStringLiteral("legacy-secret-42"));
        auto conn = db::Connection::open(cluster.tcpConnInfo(QStringLiteral("postgres")),
                                         QStringLiteral("legacy-secret-42"));
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
        QVERIFY(before != QStringLiteral("legacy-secret-42"));
    }

    void profileSettingsHoldNoPassword()
    {
        const QString settingsFile = m_tmp.filePath(QStringLiteral("profiles.ini"));
        const QString secret = QStringLiteral("Pr0file-Secret-%1").arg(QCoreApplication::applicationPid());
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            db::ProfileStore profiles(&settings);
            db::ConnectionProfile p;
            p.name = QStringLiteral("Head office / main");
            p.host = QStringLiteral("db.example.com");
            p.database = QStringLiteral("shop");
            p.user = QStringLiteral("owner");
            p.tlsMode = db::TlsMode::VerifyFull;
            QVERIFY(profiles.save(p).ok());
            QVERIFY(db::storePassword(p.target(), secret).ok());
            QCOMPARE(profiles.find(p.name)->conninfo(), p.conninfo());
            QCOMPARE(profiles.list().size(), 1);
        }
        const QString written = readAll(settingsFile);
        QVERIFY2(written.contains(QStringLiteral("db.example.com")), qPrintable(written));
        QVERIFY2(!written.contains(secret), qPrintable(written));
        QVERIFY(!written.contains(QStringLiteral("password"), Qt::CaseInsensitive));
        auto stored = db::lookUpStoredPassword(db::ConnTarget{QStringLiteral("db.example.com"), QStringLiteral("5432"),
                                                              QStringLiteral("owner")});
        QCOMPARE(*stored, secret);
    }

    void profileConnInfoQuotesItsValues()
    {
        db::ConnectionProfile p;
        p.name = QStringLiteral("x");
        p.host = QStringLiteral("/var/run/my sockets");
        p.port = 6543;
        p.database = QStringLiteral("o'shop \\ db");
        p.user = QStringLiteral("staff member");
        p.tlsMode = db::TlsMode::VerifyCa;
        p.rootCertificate = QStringLiteral("/home/me/My Certs/root.crt");
        const auto parsed = db::parseConnInfo(p.conninfo());
        QVERIFY2(parsed.has_value(), qPrintable(p.conninfo()));
        QCOMPARE(parsed->value(QStringLiteral("host")), p.host);
        QCOMPARE(parsed->value(QStringLiteral("port")), QStringLiteral("6543"));
        QCOMPARE(parsed->value(QStringLiteral("dbname")), p.database);
        QCOMPARE(parsed->value(QStringLiteral("user")), p.user);
        QCOMPARE(parsed->value(QStringLiteral("sslmode")), QStringLiteral("verify-ca"));
        QCOMPARE(parsed->value(QStringLiteral("sslrootcert")), p.rootCertificate);
        QVERIFY(!parsed->contains(QStringLiteral("password")));
    }

    // ---- TLS ----

    void defaultSslModeVerifiesRemoteHosts_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("pgsslmode");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("default socket") << QStringLiteral("dbname=shop") << QString() << QString();
        QTest::newRow("socket dir") << QStringLiteral("host=/var/run/postgresql dbname=shop") << QString() << QString();
        QTest::newRow("localhost") << QStringLiteral("host=localhost dbname=shop") << QString() << QString();
        QTest::newRow("127.0.0.1") << QStringLiteral("host=127.0.0.1 dbname=shop") << QString() << QString();
        QTest::newRow("::1") << QStringLiteral("host=::1 dbname=shop") << QString() << QString();
        QTest::newRow("db.example.com") << QStringLiteral("host=db.example.com dbname=shop") << QString()
                                        << QStringLiteral("verify-full");
        QTest::newRow("uri") << QStringLiteral("postgresql://staff@db.example.com/shop") << QString()
                             << QStringLiteral("verify-full");
        QTest::newRow("hostaddr") << QStringLiteral("hostaddr=192.0.2.7 dbname=shop") << QString()
                                  << QStringLiteral("verify-full");
        QTest::newRow("list with a remote") << QStringLiteral("host=localhost,db.example.com dbname=shop") << QString()
                                            << QStringLiteral("verify-full");
        QTest::newRow("string says disable") << QStringLiteral("host=db.example.com sslmode=disable") << QString()
                                             << QString();
        QTest::newRow("PGSSLMODE says require") << QStringLiteral("host=db.example.com") << QStringLiteral("require")
                                                << QString();
    }

    void defaultSslModeVerifiesRemoteHosts()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, pgsslmode);
        QFETCH(QString, sslmode);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/nobody"));
        if (!pgsslmode.isEmpty())
            env.insert(QStringLiteral("PGSSLMODE"), pgsslmode);
        const auto params = db::parseConnInfo(conninfo);
        QVERIFY(params.has_value());
        const auto defaults = db::tls::defaultsFor(*params, env, [](const QString &) { return false; });
        QCOMPARE(defaults.sslmode, sslmode);
    }

    void verifyFullWithoutARootUsesTheSystemAuthorities()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/nobody"));
        const QString bundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        auto onlyBundle = [&](const QString &path) { return path == bundle; };
        auto params = *db::parseConnInfo(QStringLiteral("host=db.example.com"));
        QCOMPARE(db::tls::defaultsFor(params, env, onlyBundle).sslrootcert, bundle);
        // A root.crt of the user's, or one named in the string, wins.
        auto bundleAndUserRoot = [&](const QString &path) {
            return path == bundle || path == QStringLiteral("/home/nobody/.postgresql/root.crt");
        };
        QCOMPARE(db::tls::defaultsFor(params, env, bundleAndUserRoot).sslrootcert, QString());
        params = *db::parseConnInfo(QStringLiteral("host=db.example.com sslrootcert=/srv/root.crt"));
        QCOMPARE(db::tls::defaultsFor(params, env, onlyBundle).sslrootcert, QString());
    }

    void unencryptedRemoteConnectionsAreWarnedAbout_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("ssl");
        QTest::addColumn<bool>("warn");
        QTest::newRow("remote, clear") << QStringLiteral("db.example.com") << false << true;
        QTest::newRow("remote, tls") << QStringLiteral("db.example.com") << true << false;
        QTest::newRow("loopback, clear") << QStringLiteral("127.0.0.1") << false << false;
        QTest::newRow("socket, clear") << QStringLiteral("/var/run/postgresql") << false << false;
    }

    void unencryptedRemoteConnectionsAreWarnedAbout()
    {
        QFETCH(QString, host);
        QFETCH(bool, ssl);
        QFETCH(bool, warn);
        QCOMPARE(db::tls::mustWarnUnencrypted(host, ssl), warn);
    }

    void verifyFullToTheEmbeddedClusterIsEncrypted()
    {
        auto &cluster = TestCluster::instance().cluster();
        const QString info = cluster.tcpConnInfo(QStringLiteral("postgres"));
        QVERIFY(info.contains(QStringLiteral("sslmode=verify-full")));
        auto conn = db::Connection::open(info);
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
        QVERIFY((*conn)->sslInUse());
        auto ssl = (*conn)->exec("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        QVERIFY(ssl.ok());
        QCOMPARE(ssl->text(0, 0), QStringLiteral("t"));
        // The socket is not TLS, and needs no warning.
        auto local = connectOrDie(cluster.connInfo(QStringLiteral("postgres")));
        QVERIFY(!local->sslInUse());
        QVERIFY(!db::tls::mustWarnUnencrypted(local->host(), local->sslInUse()));
    }

    void aCertificateThatDoesNotMatchIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("mentions");
        auto &cluster = TestCluster::instance().cluster();
        const QString base = QStringLiteral("port=%1 dbname=postgres user=backroom sslmode=verify-full ")
                                 .arg(cluster.port());
        QTest::newRow("wrong host name")
            << base + QStringLiteral("host=wrong.example hostaddr=127.0.0.1 sslrootcert=")
                   + db::quoteConnValue(cluster.rootCertificatePath())
            << QStringLiteral("\"wrong.example\"");
        const QString otherCert = m_tmp.filePath(QStringLiteral("other.crt"));
        security::CertificateRequest other;
        other.commonName = QStringLiteral("localhost");
        other.dnsNames = {QStringLiteral("localhost")};
        other.ipAddresses = {QStringLiteral("127.0.0.1")};
        if (!security::writeSelfSignedCertificate(other, otherCert, m_tmp.filePath(QStringLiteral("other.key"))))
            qFatal("cannot write a certificate");
        QTest::newRow("other root") << base + QStringLiteral("host=127.0.0.1 sslrootcert=") + db::quoteConnValue(otherCert)
                                    << QStringLiteral("not signed");
        QTest::newRow("no root") << base + QStringLiteral("host=127.0.0.1 sslrootcert=")
                                        + db::quoteConnValue(m_tmp.filePath(QStringLiteral("missing.crt")))
                                 << QStringLiteral("root certificate");
    }

    void aCertificateThatDoesNotMatchIsRefusedClearly()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, mentions);
        auto conn = db::Connection::open(conninfo);
        QVERIFY(!conn.ok());
        QCOMPARE(conn.error().kind, Error::Kind::Connection);
        QVERIFY2(conn.error().message.contains(mentions), qPrintable(conn.error().message));
        QVERIFY2(!conn.error().message.contains(QLatin1Char('\n')), qPrintable(conn.error().message));
    }

    void generatedCertificateExpiresInTheFuture()
    {
        const QDateTime expiry =
            security::certificateExpiry(TestCluster::instance().cluster().rootCertificatePath());
        QVERIFY(expiry.isValid());
        QVERIFY(expiry > QDateTime::currentDateTimeUtc().addDays(300));
    }

    // ---- the command line ----

    void cliStoresAPasswordThatOtherProcessesFind()
    {
        auto &cluster = TestCluster::instance().cluster();
        // A database of its own so that `db status` has a schema to report on.
        const QString socketInfo = TestCluster::instance().freshDatabase();
        const QString dbname = db::parseConnInfo(socketInfo)->value(QStringLiteral("dbname"));
        const QString tcpInfo = cluster.tcpConnInfo(dbname);
        const QString account = db::ConnectParams::targetOf(tcpInfo).account();
        auto &store = security::CredentialStore::shared();
        QVERIFY(store.remove(QLatin1String(db::kPasswordService), account).ok());

        // Without a stored password another process cannot log in over TCP.
        QCOMPARE(runBackroom({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), tcpInfo}).exitCode,
                 1);
        // A wrong password is refused and not kept.
        Run wrong = runBackroom({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--db"), tcpInfo},
                                QStringLiteral("wrong-one\n"));
        QVERIFY2(wrong.exitCode != 0, qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(QStringLiteral("password")), qPrintable(wrong.err));
        QCOMPARE(store.read(QLatin1String(db::kPasswordService), account).error().kind, Error::Kind::NotFound);
        // The right one, from standard input (never an argument), is checked and stored ...
        Run stored = runBackroom({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--db"), tcpInfo},
                                 clusterPassword() + QStringLiteral("\n"));
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QVERIFY2(stored.out.contains(QStringLiteral("(connection encrypted)")), qPrintable(stored.out));
        QCOMPARE(*store.read(QLatin1String(db::kPasswordService), account), clusterPassword());
        // ... and the next process finds it by itself.
        Run status = runBackroom({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), tcpInfo});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY(runBackroom({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--remove"),
                             QStringLiteral("--db"), tcpInfo}).exitCode == 0);
        QCOMPARE(store.read(QLatin1String(db::kPasswordService), account).error().kind, Error::Kind::NotFound);
    }

    // ---- the connect dialog ----

    void connectDialogTestsAConnection()
    {
        auto &cluster = TestCluster::instance().cluster();
        QSettings settings(m_tmp.filePath(QStringLiteral("dialog.ini")), QSettings::IniFormat);
        db::ProfileStore profiles(&settings);
        ui::ConnectDialog dialog(profiles);
        fillDialog(dialog, clusterPassword());
        QSignalSpy finished(&dialog, &ui::ConnectDialog::testFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("PostgreSQL 15")), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("encrypted (TLS)")), qPrintable(dialog.statusText()));
        dialog.show();
        dialog.grab().save(test::screenshotPath(QStringLiteral("connect-dialog.png")));
        Q_UNUSED(cluster)
    }

    void connectDialogSaysWhyAWrongPasswordFails()
    {
        QSettings settings(m_tmp.filePath(QStringLiteral("dialog-wrong.ini")), QSettings::IniFormat);
        db::ProfileStore profiles(&settings);
        ui::ConnectDialog dialog(profiles);
        fillDialog(dialog, QStringLiteral("not-the-password"));
        QSignalSpy finished(&dialog, &ui::ConnectDialog::testFinished);
        // Keyboard only: Alt+E is "Test connection".
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("password")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.statusText().contains(QStringLiteral("not-the-password")));
    }

    void connectDialogSavesTheProfileButNotThePasswordInSettings()
    {
        const QString file = m_tmp.filePath(QStringLiteral("dialog-save.ini"));
        const QString secret = clusterPassword();
        {
            QSettings settings(file, QSettings::IniFormat);
            db::ProfileStore profiles(&settings);
            ui::ConnectDialog dialog(profiles);
            fillDialog(dialog, secret);
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Embedded over TLS"));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
            QTRY_VERIFY2(dialog.statusText().contains(QStringLiteral("password is in")), qPrintable(dialog.statusText()));
            QCOMPARE(profiles.list().size(), 1);
            // Connect tests first, then accepts with a string that holds no password.
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.findChild<QLineEdit *>(QStringLiteral("password"))->clear();
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
            QVERIFY(accepted.wait(30000));
            QCOMPARE(dialog.profileName(), QStringLiteral("Embedded over TLS"));
            QVERIFY(!dialog.conninfo().contains(QStringLiteral("password")));
            QCOMPARE(profiles.defaultProfile(), QStringLiteral("Embedded over TLS"));
        }
        const QString written = readAll(file);
        QVERIFY2(written.contains(QStringLiteral("verify-full")), qPrintable(written));
        QVERIFY2(!written.contains(secret), qPrintable(written));
        // Nor did any other settings file of this run get it.
        const QString credentials = readAll(security::FileCredentialStore::defaultPath());
        QVERIFY(credentials.contains(secret));
    }

private:
    void fillDialog(ui::ConnectDialog &dialog, const QString &password)
    {
        auto &cluster = TestCluster::instance().cluster();
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(cluster.port());
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("postgres"));
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("backroom"));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("tlsMode"));
        mode->setCurrentIndex(mode->findData(int(db::TlsMode::VerifyFull)));
        dialog.findChild<QLineEdit *>(QStringLiteral("rootCertificate"))->setText(cluster.rootCertificatePath());
    }
};

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"
