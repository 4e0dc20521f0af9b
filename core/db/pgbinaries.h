#pragma once
// Where the PostgreSQL server programs (initdb, pg_ctl, postgres) are on this machine, on Linux, macOS
// and Windows: the folders to look in, best first, and whether a folder has them. The embedded demo
// cluster and the test harness start their server from the first folder that has them. Pure functions
// over the file system and the environment; any thread. `PgSearchEnvironment::current()` runs
// `pg_config` (a few milliseconds, at most 5 s), so call it from a worker or main(), not the GUI thread.

#include <QString>
#include <QStringList>

namespace backroom::db {

enum class PgPlatform { Unix, MacOS, Windows };

// The current build's platform.
PgPlatform currentPgPlatform();

// Everything the search reads, so that tests can point it at a fake directory tree.
struct PgSearchEnvironment {
    PgPlatform platform = currentPgPlatform();
    QString overrideDir;        // $BACKROOM_PG_BINDIR: always first when set
    QStringList pathDirs;       // $PATH, in order
    QString pgConfigBindir;     // `pg_config --bindir`, empty when there is no pg_config
    QString rootPrefix;         // put before every fixed location ("" on a real system)
    QStringList programFiles;   // Windows: %ProgramW6432%, %ProgramFiles% (else C:/Program Files)
    QString home;               // the user's home (Scoop on Windows, Postgres.app per-user on macOS)

    // The running process's environment (runs `pg_config --bindir` if it is on PATH).
    static PgSearchEnvironment current();
};

// Folders that may hold the server programs, best first, existing ones only, without duplicates:
//   1. $BACKROOM_PG_BINDIR;  2. `pg_config --bindir`;  3. the folders on PATH;
//   4. the platform's usual installs, newest major version first:
//      Linux/Unix: /usr/lib/postgresql/<v>/bin (Debian, Ubuntu), /usr/pgsql-<v>/bin (PGDG RPMs),
//                  /usr/local/pgsql/bin (built from source);
//      macOS:      Postgres.app (/Applications/Postgres.app/Contents/Versions/<v|latest>/bin),
//                  Homebrew (/opt/homebrew/opt/postgresql@<v>/bin, /usr/local/opt/postgresql@<v>/bin,
//                  then the plain `postgresql` formula and /opt/homebrew/bin, /usr/local/bin),
//                  EDB (/Library/PostgreSQL/<v>/bin), MacPorts (/opt/local/lib/postgresql<v>/bin);
//      Windows:    <Program Files>/PostgreSQL/<v>/bin (EDB installer, also Chocolatey and winget),
//                  ~/scoop/apps/postgresql/current/bin.
// PATH comes before the usual installs because it is the user's own choice; apps started from the
// macOS Finder or a Linux menu get a short PATH, which is why the usual installs are listed at all.
QStringList serverBinaryCandidates(const PgSearchEnvironment &env);
QStringList serverBinaryCandidates();   // for the running process

// True when dir has initdb, pg_ctl and postgres (with .exe on Windows) as runnable files.
bool hasServerBinaries(const QString &dir, PgPlatform platform = currentPgPlatform());

// The full path of one server program in dir: "<dir>/initdb" or "<dir>/initdb.exe".
QString serverProgramPath(const QString &dir, const QString &program, PgPlatform platform = currentPgPlatform());

// The first candidate that has the server programs, or an empty string.
QString findServerBinaryDir(const PgSearchEnvironment &env);

// What to tell a user whose machine has none, per platform (translated).
QString missingServerBinariesMessage(PgPlatform platform = currentPgPlatform());

} // namespace backroom::db
