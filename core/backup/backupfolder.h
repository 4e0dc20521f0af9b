#pragma once
// BackupFolder: the layout of the folder `backroom backup setup --to <folder>` chose, and the base
// backups in it. One folder holds one cluster's backups (backroom-backup.json names the cluster):
//   <folder>/backroom-backup.json       the cluster's system identifier and WAL segment size
//   <folder>/wal/<walfile>.z            the WAL archive (see walarchive.h)
//   <folder>/base/<UTC stamp>/data/     a base backup (pg_basebackup, plain format, WAL included)
//   <folder>/base/<UTC stamp>/backup.json  when it ran, where its WAL starts, its size
//   <folder>/base/<UTC stamp>.partial/  a base backup still running (or one that failed)
// Plain file work, no database; blocking; any thread.

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace backroom::backup {

struct BaseBackup {
    QString label;          // the folder name: UTC start time, yyyyMMddTHHmmsszzzZ (ms)
    QString path;           // <folder>/base/<label>
    QDateTime started;
    QDateTime finished;
    QString startWal;       // the first WAL segment a restore from it needs
    qint64 bytes = 0;
    qint64 walSegmentSize = 0;
    QString systemId;
    QString serverVersion;
    QString dataDir() const { return path + QStringLiteral("/data"); }
};

class BackupFolder {
public:
    explicit BackupFolder(QString root);

    const QString &root() const { return m_root; }
    QString walDir() const { return m_root + QStringLiteral("/wal"); }
    QString baseDir() const { return m_root + QStringLiteral("/base"); }
    QString manifestPath() const { return m_root + QStringLiteral("/backroom-backup.json"); }

    // Creates the folder layout for the cluster systemId, or checks that the folder already belongs
    // to it. Conflict when it holds another cluster's backups; BadInput when it cannot be written.
    Status claim(const QString &systemId, qint64 walSegmentSize);
    // The cluster the folder belongs to; NotFound when `backup setup` never ran on it.
    Result<QString> systemId() const;
    qint64 walSegmentSize() const;

    // Finished base backups, newest first (unfinished .partial ones are left out).
    QList<BaseBackup> baseBackups() const;
    // Records a finished base backup's facts in <path>/backup.json.
    static Status writeBaseBackupInfo(const BaseBackup &backup);

private:
    QString m_root;
};

// Size of a directory tree in bytes.
qint64 treeSize(const QString &root);
// Copies a directory tree, keeping file permissions. Fails on the first file it cannot copy.
Status copyTree(const QString &from, const QString &to);

} // namespace backroom::backup
