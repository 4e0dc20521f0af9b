#pragma once
// Setting up continuous backups of one PostgreSQL cluster: WAL archiving through
// `backroom backup archive-wal` (archive_mode, archive_command, archive_timeout), commit timestamps
// (so that a restore drill can say how much committed time a crash would lose), and the folder the
// base backups and the archive go to, recorded in backup_config for every GUI.
// Blocking calls on a Connection: use from the CLI, a worker thread or tests.

#include "db/connection.h"

#include <QString>
#include <QStringList>

namespace backroom::backup {

struct SetupOptions {
    QString folder;             // where base backups and WAL go, as the server's host sees it
    QString backroomProgram;    // absolute path of the backroom executable the server runs
    int archiveTimeoutSeconds = 5;   // the most committed time a crash loses while archiving works
    int baseIntervalHours = 24;
};

struct SetupReport {
    QStringList changes;        // "archive_mode: off -> on", ...
    bool restartNeeded = false; // archive_mode (and friends) only change at a server start
    QString archiveCommand;
    QString systemId;
};

// The archive and restore commands for a folder, quoted for the server's shell (sh -c / cmd /c).
// BadInput if a path holds a character that cannot be quoted safely (", %, $, `).
Result<QString> archiveCommandFor(const QString &backroomProgram, const QString &folder);
Result<QString> restoreCommandFor(const QString &backroomProgram, const QString &folder);

// Applies the settings with ALTER SYSTEM (needs a superuser), reloads, claims the folder and records
// it in backup_config. Says what changed and whether a restart is needed before archiving starts.
Result<SetupReport> setUpArchiving(db::Connection &conn, const SetupOptions &options);

// The cluster's system identifier and WAL segment size (a backup folder belongs to one cluster).
struct ClusterIdentity {
    QString systemId;
    qint64 walSegmentSize = 0;
    QString serverVersion;
};
Result<ClusterIdentity> clusterIdentity(db::Connection &conn);

} // namespace backroom::backup
