#pragma once
// PgProgram: runs one PostgreSQL program (pg_basebackup, pg_ctl, pg_verifybackup, ...) from the
// directory db::EmbeddedCluster::findServerBinaries() finds. As root it runs as the `postgres` OS
// user, so that what it writes (backups, throwaway clusters) belongs to the user the server runs as.
// Blocking: use from the CLI, a worker thread or tests, never the GUI thread.

#include "result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

namespace backroom::backup {

// True when this process is root and programs (and the server) run as `postgres` instead.
bool runsAsPostgresUser();
// Gives a path (not recursively) to the `postgres` OS user when runsAsPostgresUser(); no-op otherwise.
void handToServerUser(const QString &path);
// The same for a whole tree.
void handTreeToServerUser(const QString &root);

struct ProgramRun {
    ProgramRun(QString name, QStringList arguments) : program(std::move(name)), args(std::move(arguments)) {}
    QString program;                  // e.g. "pg_basebackup", looked up in the server binaries directory
    QStringList args;
    QProcessEnvironment extraEnv;     // added to this process's environment (e.g. PGPASSWORD)
    int timeoutMs = 600000;
    std::function<bool()> cancelled;  // polled while the program runs; true kills it
};

// Output (stdout and stderr merged) on exit code 0. Errors: NotFound (no PostgreSQL programs),
// Cancelled, Connection (failed to start, timed out, or non-zero exit, with the output's tail).
Result<QString> runPgProgram(const ProgramRun &run);

// Full path of a program in the server binaries directory, or NotFound.
Result<QString> pgProgramPath(const QString &program);

} // namespace backroom::backup
