#pragma once
// BackupStatus: what `backup status` and the health screen show: the newest restore point and how
// much committed time a crash would lose now, the last base backup and drill, and what is wrong.
// One SQL function (backup_status(), granted to backroom_owner) reads settings, pg_stat_archiver and
// backup_run. readBackupStatus blocks: use from AsyncDb jobs, the CLI or tests; the value is plain data.

#include "db/connection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace backroom::backup {

struct BackupStatus {
    bool configured = false;
    QString folder;
    qint64 baseIntervalSeconds = 0;
    QString archiveMode;
    int archiveTimeoutSeconds = 0;
    bool restartPending = false;
    qint64 archivedCount = 0;
    QString lastArchivedWal;
    QDateTime lastArchivedTime;
    qint64 failedCount = 0;
    QString lastFailedWal;
    QDateTime lastFailedTime;
    std::optional<qint64> unarchivedBytes;
    qint64 walSegmentSize = 0;
    QDateTime newestCommit;        // invalid unless track_commit_timestamp is on
    QDateTime lastGoodBaseAt;
    QJsonObject lastGoodBase;      // label, path, bytes, start_wal
    QDateTime lastBaseAt;
    bool lastBaseOk = false;
    QJsonObject lastBase;          // the newest attempt, with "error" when it failed
    QDateTime lastDrillAt;
    bool lastDrillOk = false;
    QJsonObject lastDrill;         // see restoredrill.h: recovery_point, data_lost_s, recovery_s, ...
    QDateTime checkedAt;           // the server's now()

    // Committed data at risk older than this (or archiving failing) makes the status a problem.
    static constexpr int kStaleAfterSeconds = 120;

    bool archivingOn() const;        // archive_mode on and no restart pending
    bool archivingFailing() const;   // the newest archive attempt failed
    // Everything committed is in the archive (a crash now loses nothing).
    bool upToDate() const;
    // Whole WAL segments wait for the archiver and it has archived nothing for kStaleAfterSeconds.
    bool archiveBehind() const;
    // The newest moment a restore can reach; invalid when there is no usable base backup.
    QDateTime restorePoint() const;
    // Seconds of commits a crash now could lose (0 when up to date); -1 when there is no restore point.
    qint64 atRiskSeconds() const;
    // What is wrong, in words a user can act on; empty when backups are healthy.
    QStringList problems() const;
    bool healthy() const { return problems().isEmpty(); }
    QJsonObject toJson() const;
};

Result<BackupStatus> readBackupStatus(db::Connection &conn);

} // namespace backroom::backup
