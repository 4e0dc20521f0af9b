#include "pgbinaries.h"
#include "coretext.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>

namespace backroom::db {

namespace {

const QString kVersion = QStringLiteral("(\\d+(?:\\.\\d+)*)");

// Subfolders of parent whose whole name matches namePattern (its one capture is the version), each
// joined with tail, newest version first.
QStringList versionedDirs(const QString &parent, const QString &namePattern, const QString &tail)
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(namePattern));
    QList<std::pair<QVersionNumber, QString>> found;
    const QDir dir(parent);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            found.append({QVersionNumber::fromString(match.captured(1)), dir.filePath(name) + tail});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList dirs;
    for (const auto &entry : found)
        dirs << entry.second;
    return dirs;
}

QStringList unixLocations(const PgSearchEnvironment &env)
{
    const QString &root = env.rootPrefix;
    return versionedDirs(root + QStringLiteral("/usr/lib/postgresql"), kVersion, QStringLiteral("/bin"))
           + versionedDirs(root + QStringLiteral("/usr"), QStringLiteral("pgsql-") + kVersion, QStringLiteral("/bin"))
           + QStringList{root + QStringLiteral("/usr/local/pgsql/bin")};
}

QStringList postgresAppLocations(const QString &applications)
{
    const QString versions = applications + QStringLiteral("/Postgres.app/Contents/Versions");
    return QStringList{versions + QStringLiteral("/latest/bin")}
           + versionedDirs(versions, kVersion, QStringLiteral("/bin"));
}

QStringList macLocations(const PgSearchEnvironment &env)
{
    const QString &root = env.rootPrefix;
    QStringList dirs = postgresAppLocations(root + QStringLiteral("/Applications"));
    if (!env.home.isEmpty())
        dirs += postgresAppLocations(env.home + QStringLiteral("/Applications"));
    for (const QString &brew : {root + QStringLiteral("/opt/homebrew"), root + QStringLiteral("/usr/local")})
        dirs += versionedDirs(brew + QStringLiteral("/opt"), QStringLiteral("postgresql@") + kVersion,
                              QStringLiteral("/bin"));
    for (const QString &brew : {root + QStringLiteral("/opt/homebrew"), root + QStringLiteral("/usr/local")})
        dirs << brew + QStringLiteral("/opt/postgresql/bin") << brew + QStringLiteral("/bin");
    dirs += versionedDirs(root + QStringLiteral("/Library/PostgreSQL"), kVersion, QStringLiteral("/bin"));
    dirs += versionedDirs(root + QStringLiteral("/opt/local/lib"), QStringLiteral("postgresql(\\d+)"),
                          QStringLiteral("/bin"));
    return dirs;
}

QStringList windowsLocations(const PgSearchEnvironment &env)
{
    QStringList dirs;
    for (const QString &programFiles : env.programFiles)
        dirs += versionedDirs(programFiles + QStringLiteral("/PostgreSQL"), kVersion, QStringLiteral("/bin"));
    if (!env.home.isEmpty())
        dirs << env.home + QStringLiteral("/scoop/apps/postgresql/current/bin");
    return dirs;
}

QString runPgConfigBindir()
{
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (pgConfig.isEmpty())
        return {};
    QProcess process;
    process.start(pgConfig, {QStringLiteral("--bindir")});
    if (!process.waitForFinished(5000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QDir::fromNativeSeparators(QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed());
}

} // namespace

PgPlatform currentPgPlatform()
{
#if defined(Q_OS_WIN)
    return PgPlatform::Windows;
#elif defined(Q_OS_MACOS)
    return PgPlatform::MacOS;
#else
    return PgPlatform::Unix;
#endif
}

PgSearchEnvironment PgSearchEnvironment::current()
{
    PgSearchEnvironment env;
    env.overrideDir = QDir::fromNativeSeparators(qEnvironmentVariable("BACKROOM_PG_BINDIR"));
    for (const QString &dir : qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts))
        env.pathDirs << QDir::fromNativeSeparators(dir);
    env.pgConfigBindir = runPgConfigBindir();
    env.home = QDir::homePath();
    if (env.platform == PgPlatform::Windows) {
        for (const char *name : {"ProgramW6432", "ProgramFiles"})
            if (qEnvironmentVariableIsSet(name))
                env.programFiles << QDir::fromNativeSeparators(qEnvironmentVariable(name));
        if (env.programFiles.isEmpty())
            env.programFiles << QStringLiteral("C:/Program Files");
    }
    return env;
}

QStringList serverBinaryCandidates(const PgSearchEnvironment &env)
{
    QStringList all;
    all << env.overrideDir << env.pgConfigBindir << env.pathDirs;
    switch (env.platform) {
    case PgPlatform::Unix: all += unixLocations(env); break;
    case PgPlatform::MacOS: all += macLocations(env); break;
    case PgPlatform::Windows: all += windowsLocations(env); break;
    }
    const Qt::CaseSensitivity caseRule =
        env.platform == PgPlatform::Windows ? Qt::CaseInsensitive : Qt::CaseSensitive;
    QStringList candidates;
    for (const QString &dir : all) {
        if (dir.isEmpty())
            continue;
        const QString clean = QDir::cleanPath(dir);
        if (!candidates.contains(clean, caseRule) && QFileInfo(clean).isDir())
            candidates << clean;
    }
    return candidates;
}

QStringList serverBinaryCandidates() { return serverBinaryCandidates(PgSearchEnvironment::current()); }

QString serverProgramPath(const QString &dir, const QString &program, PgPlatform platform)
{
    const QString path = QDir(dir).filePath(program);
    return platform == PgPlatform::Windows ? path + QStringLiteral(".exe") : path;
}

bool hasServerBinaries(const QString &dir, PgPlatform platform)
{
    if (dir.isEmpty())
        return false;
    for (const char *program : {"initdb", "pg_ctl", "postgres"}) {
        const QFileInfo file(serverProgramPath(dir, QLatin1String(program), platform));
        // Windows has no execute bit: a .exe file is runnable.
        if (!file.isFile() || (platform != PgPlatform::Windows && !file.isExecutable()))
            return false;
    }
    return true;
}

QString findServerBinaryDir(const PgSearchEnvironment &env)
{
    for (const QString &dir : serverBinaryCandidates(env))
        if (hasServerBinaries(dir, env.platform))
            return dir;
    return {};
}

QString missingServerBinariesMessage(PgPlatform platform)
{
    switch (platform) {
    case PgPlatform::MacOS:
        return DbText::tr("The PostgreSQL server programs (initdb, pg_ctl) were not found. Install Postgres.app, "
                          "or PostgreSQL with Homebrew (brew install postgresql@16), or set BACKROOM_PG_BINDIR to "
                          "the folder that has them.");
    case PgPlatform::Windows:
        return DbText::tr("The PostgreSQL server programs (initdb.exe, pg_ctl.exe) were not found. Install "
                          "PostgreSQL from postgresql.org (its installer puts them in "
                          "C:\\Program Files\\PostgreSQL\\<version>\\bin), or set BACKROOM_PG_BINDIR to the folder "
                          "that has them.");
    case PgPlatform::Unix:
        break;
    }
    return DbText::tr("The PostgreSQL server programs (initdb, pg_ctl) were not found. Install the PostgreSQL "
                      "server (Debian and Ubuntu: apt install postgresql postgresql-contrib), or set "
                      "BACKROOM_PG_BINDIR to the folder that has them.");
}

} // namespace backroom::db
