#pragma once
// Base backups: pg_basebackup (plain format, WAL streamed into it, fast checkpoint) into
// <folder>/base/<UTC stamp>, checked with pg_verifybackup, older ones pruned together with the WAL
// only they needed, and the outcome recorded in backup_run (backup_record_run) for every GUI.
// Blocking: use from the CLI, a worker thread or tests.

#include "backupfolder.h"
#include "db/connection.h"

#include <functional>

namespace backroom::backup {

struct BaseBackupOptions {
    QString folder;                        // the backup folder (see backupfolder.h)
    QString conninfo;                      // the server to back up (the password goes by environment)
    int keep = 3;                          // finished base backups to keep; older ones are removed
    std::function<void(const QString &)> progress;
    std::function<bool()> cancelled;
};

// Takes a base backup now. Errors: NotFound (no folder set up, no pg_basebackup), Connection
// (pg_basebackup or pg_verifybackup failed, with their output), Cancelled. The outcome, good or bad,
// is recorded through conn.
Result<BaseBackup> takeBaseBackup(db::Connection &conn, const BaseBackupOptions &options);

// The folder recorded by `backup setup` in backup_config; NotFound when backups were never set up.
Result<QString> configuredFolder(db::Connection &conn);

// Records a base backup or drill outcome in backup_run.
Status recordRun(db::Connection &conn, const QString &kind, const QDateTime &started, const QDateTime &finished,
                 bool ok, const QJsonObject &detail);

// Splits a libpq connection string into one without the password (safe for process arguments) and
// the password (to pass as PGPASSWORD).
struct SplitConnInfo {
    QString withoutPassword;
    QString password;
};
Result<SplitConnInfo> splitPassword(const QString &conninfo);

} // namespace backroom::backup
