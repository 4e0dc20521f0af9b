// Finding PostgreSQL's server programs on Linux, macOS and Windows (core/db/pgbinaries.h), against fake
// install trees in a temp dir: every platform's layout is checked on any build machine. No database.
#include "db/pgbinaries.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom::db;

namespace {

const QStringList kAllPrograms{QStringLiteral("initdb"), QStringLiteral("pg_ctl"), QStringLiteral("postgres")};

// Creates dir with the given server programs in it, runnable (".exe" files on Windows).
void makeServerDir(const QString &dir, PgPlatform platform, const QStringList &programs = kAllPrograms)
{
    QVERIFY(QDir().mkpath(dir));
    for (const QString &program : programs) {
        QFile file(serverProgramPath(dir, program, platform));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
}

PgSearchEnvironment fakeEnvironment(PgPlatform platform, const QString &root)
{
    PgSearchEnvironment env;
    env.platform = platform;
    env.rootPrefix = root;
    return env;
}

} // namespace

class TestPgBinaries : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString root() const { return m_dir.path(); }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        // A fresh tree per test: remove everything under the temp dir, keep the dir.
        QDir dir(root());
        for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            QVERIFY(QFileInfo(dir.filePath(entry)).isDir() ? QDir(dir.filePath(entry)).removeRecursively()
                                                            : dir.remove(entry));
    }

    void debianVersionsComeNewestFirst()
    {
        for (const char *version : {"9.6", "13", "15"})
            makeServerDir(root() + QStringLiteral("/usr/lib/postgresql/%1/bin").arg(QLatin1String(version)),
                          PgPlatform::Unix);
        const auto env = fakeEnvironment(PgPlatform::Unix, root());
        QCOMPARE(serverBinaryCandidates(env),
                 QStringList({root() + "/usr/lib/postgresql/15/bin", root() + "/usr/lib/postgresql/13/bin",
                              root() + "/usr/lib/postgresql/9.6/bin"}));
        QCOMPARE(findServerBinaryDir(env), root() + "/usr/lib/postgresql/15/bin");
    }

    void skipsAFolderThatLacksAServerProgram()
    {
        makeServerDir(root() + "/usr/lib/postgresql/16/bin", PgPlatform::Unix,
                      {QStringLiteral("initdb"), QStringLiteral("pg_ctl")});   // client-only: no postgres
        makeServerDir(root() + "/usr/lib/postgresql/15/bin", PgPlatform::Unix);
        makeServerDir(root() + "/usr/pgsql-14/bin", PgPlatform::Unix);
        const auto env = fakeEnvironment(PgPlatform::Unix, root());
        QVERIFY(!hasServerBinaries(root() + "/usr/lib/postgresql/16/bin", PgPlatform::Unix));
        QCOMPARE(serverBinaryCandidates(env).value(2), root() + "/usr/pgsql-14/bin");
        QCOMPARE(findServerBinaryDir(env), root() + "/usr/lib/postgresql/15/bin");
    }

    void aFileWithoutExecuteBitIsNotAServerOnUnix()
    {
        const QString dir = root() + "/usr/local/pgsql/bin";
        makeServerDir(dir, PgPlatform::Unix);
        QVERIFY(hasServerBinaries(dir, PgPlatform::Unix));
        QVERIFY(QFile::setPermissions(dir + "/pg_ctl", QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!hasServerBinaries(dir, PgPlatform::Unix));
        QVERIFY(findServerBinaryDir(fakeEnvironment(PgPlatform::Unix, root())).isEmpty());
    }

    void macLooksInPostgresAppHomebrewEdbAndMacPorts()
    {
        const QString versions = root() + "/Applications/Postgres.app/Contents/Versions";
        for (const char *dir : {"/14/bin", "/16/bin", "/latest/bin"})
            makeServerDir(versions + QLatin1String(dir), PgPlatform::MacOS);
        makeServerDir(root() + "/opt/homebrew/opt/postgresql@15/bin", PgPlatform::MacOS);
        makeServerDir(root() + "/opt/homebrew/opt/postgresql@17/bin", PgPlatform::MacOS);
        makeServerDir(root() + "/usr/local/opt/postgresql@13/bin", PgPlatform::MacOS);
        makeServerDir(root() + "/Library/PostgreSQL/12/bin", PgPlatform::MacOS);
        makeServerDir(root() + "/opt/local/lib/postgresql11/bin", PgPlatform::MacOS);
        QVERIFY(QDir().mkpath(root() + "/opt/homebrew/opt/postgresql@16"));   // keg without bin/: skipped
        const auto env = fakeEnvironment(PgPlatform::MacOS, root());
        QCOMPARE(serverBinaryCandidates(env),
                 QStringList({versions + "/latest/bin", versions + "/16/bin", versions + "/14/bin",
                              root() + "/opt/homebrew/opt/postgresql@17/bin",
                              root() + "/opt/homebrew/opt/postgresql@15/bin",
                              root() + "/usr/local/opt/postgresql@13/bin", root() + "/Library/PostgreSQL/12/bin",
                              root() + "/opt/local/lib/postgresql11/bin"}));
        QCOMPARE(findServerBinaryDir(env), versions + "/latest/bin");
    }

    void macFindsPostgresAppInTheUsersApplications()
    {
        const QString home = root() + "/Users/somchai";
        makeServerDir(home + "/Applications/Postgres.app/Contents/Versions/16/bin", PgPlatform::MacOS);
        auto env = fakeEnvironment(PgPlatform::MacOS, root());
        env.home = home;
        QCOMPARE(findServerBinaryDir(env), home + "/Applications/Postgres.app/Contents/Versions/16/bin");
    }

    void windowsLooksInProgramFilesWithExeSuffix()
    {
        const QString programFiles = root() + "/Program Files";
        for (const char *version : {"9.6", "10", "16"})
            makeServerDir(programFiles + QStringLiteral("/PostgreSQL/%1/bin").arg(QLatin1String(version)),
                          PgPlatform::Windows);
        auto env = fakeEnvironment(PgPlatform::Windows, root());
        env.programFiles = {programFiles};
        QCOMPARE(serverBinaryCandidates(env),
                 QStringList({programFiles + "/PostgreSQL/16/bin", programFiles + "/PostgreSQL/10/bin",
                              programFiles + "/PostgreSQL/9.6/bin"}));
        QCOMPARE(findServerBinaryDir(env), programFiles + "/PostgreSQL/16/bin");
        // The same folder has no server for Unix rules: there it would need initdb without .exe.
        QVERIFY(!hasServerBinaries(programFiles + "/PostgreSQL/16/bin", PgPlatform::Unix));
    }

    void windowsFindsScoopAndIgnoresCaseInDuplicates()
    {
        const QString home = root() + "/Users/Somchai";
        const QString scoop = home + "/scoop/apps/postgresql/current/bin";
        const QString shouted = home + "/scoop/apps/postgresql/current/BIN";   // Windows: the same folder
        makeServerDir(scoop, PgPlatform::Windows);
        QVERIFY(QDir().mkpath(shouted));
        auto env = fakeEnvironment(PgPlatform::Windows, root());
        env.home = home;
        QCOMPARE(serverBinaryCandidates(env), QStringList{scoop});
        QCOMPARE(findServerBinaryDir(env), scoop);
        env.pathDirs = {shouted, scoop};
        QCOMPARE(serverBinaryCandidates(env), QStringList{shouted});
        env.platform = PgPlatform::Unix;   // case-sensitive file names: two folders
        env.rootPrefix = root();           // (and none of this machine's real installs)
        QCOMPARE(serverBinaryCandidates(env), QStringList({shouted, scoop}));
    }

    void overrideThenPgConfigThenPathComeBeforeUsualInstalls()
    {
        const QString override = root() + "/custom/pg/bin";
        const QString pgConfig = root() + "/from-pg-config/bin";
        const QString onPath = root() + "/on-path/bin";
        makeServerDir(override, PgPlatform::Unix, {QStringLiteral("initdb")});   // incomplete
        makeServerDir(pgConfig, PgPlatform::Unix);
        makeServerDir(onPath, PgPlatform::Unix);
        makeServerDir(root() + "/usr/lib/postgresql/17/bin", PgPlatform::Unix);
        auto env = fakeEnvironment(PgPlatform::Unix, root());
        env.overrideDir = override;
        env.pgConfigBindir = pgConfig;
        env.pathDirs = {root() + "/missing/bin", onPath, pgConfig + "/", onPath};
        QCOMPARE(serverBinaryCandidates(env),
                 QStringList({override, pgConfig, onPath, root() + "/usr/lib/postgresql/17/bin"}));
        // The override is incomplete, so the next complete folder wins.
        QCOMPARE(findServerBinaryDir(env), pgConfig);
    }

    void serverProgramPath_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unix") << int(PgPlatform::Unix) << QStringLiteral("/opt/pg/bin/initdb");
        QTest::newRow("macos") << int(PgPlatform::MacOS) << QStringLiteral("/opt/pg/bin/initdb");
        QTest::newRow("windows") << int(PgPlatform::Windows) << QStringLiteral("/opt/pg/bin/initdb.exe");
    }

    void serverProgramPath()
    {
        QFETCH(int, platform);
        QFETCH(QString, expected);
        QCOMPARE(backroom::db::serverProgramPath(QStringLiteral("/opt/pg/bin"), QStringLiteral("initdb"),
                                                 PgPlatform(platform)),
                 expected);
    }

    void missingMessageSaysWhatToInstallOnEachPlatform_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unix") << int(PgPlatform::Unix) << QStringLiteral("apt install postgresql");
        QTest::newRow("macos") << int(PgPlatform::MacOS) << QStringLiteral("Postgres.app");
        QTest::newRow("windows") << int(PgPlatform::Windows) << QStringLiteral("C:\\Program Files\\PostgreSQL");
    }

    void missingMessageSaysWhatToInstallOnEachPlatform()
    {
        QFETCH(int, platform);
        QFETCH(QString, mentions);
        const QString message = missingServerBinariesMessage(PgPlatform(platform));
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("BACKROOM_PG_BINDIR")), qPrintable(message));
    }

    // This machine runs the test suite's PostgreSQL, so the real search must find its server.
    void findsTheServerThatRunsTheTests()
    {
        const auto env = PgSearchEnvironment::current();
        QCOMPARE(env.platform, currentPgPlatform());
        const QString dir = findServerBinaryDir(env);
        QVERIFY2(!dir.isEmpty(), qPrintable(serverBinaryCandidates(env).join(QLatin1Char('\n'))));
        QVERIFY(hasServerBinaries(dir));
        QVERIFY(serverBinaryCandidates().contains(dir));
    }
};

QTEST_GUILESS_MAIN(TestPgBinaries)
#include "tst_pgbinaries.moc"
