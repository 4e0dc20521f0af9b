#include "backupstatus.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace backroom::backup {

namespace {

// Times travel as milliseconds since the epoch: no text parsing, no time zone guessing.
#define BR_MS(column) "(extract(epoch FROM " column ") * 1000)::bigint AS " column ", "
constexpr const char *kStatus =
    "SELECT folder, base_interval_s, archive_mode, archive_timeout_s, restart_pending, archived_count, "
    "last_archived_wal, " BR_MS("last_archived_time") "failed_count, last_failed_wal, " BR_MS("last_failed_time")
    "unarchived_bytes, wal_segment_size, " BR_MS("newest_commit") BR_MS("last_base_ok_at") "last_base_ok_detail, "
    BR_MS("last_base_at") "last_base_ok, last_base_detail, " BR_MS("last_drill_at") "last_drill_ok, "
    "last_drill_detail, " BR_MS("checked_at") "1 FROM backup_status()";
#undef BR_MS

QDateTime timeAt(const db::PgResult &r, const char *column)
{
    const int c = r.column(column);
    if (r.isNull(0, c))
        return {};
    return QDateTime::fromMSecsSinceEpoch(r.toInt64(0, c), Qt::UTC);
}

QJsonObject jsonAt(const db::PgResult &r, const char *column)
{
    const int c = r.column(column);
    return r.isNull(0, c) ? QJsonObject{} : QJsonDocument::fromJson(r.bytes(0, c)).object();
}

QJsonValue isoOrNull(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(); }

// A recorded run's detail with its finish time (and outcome), or null when there was none.
QJsonValue withTime(QJsonObject detail, const QDateTime &finished, std::optional<bool> ok = std::nullopt)
{
    if (!finished.isValid())
        return QJsonValue();
    detail.insert(QStringLiteral("finished"), isoOrNull(finished));
    if (ok)
        detail.insert(QStringLiteral("ok"), *ok);
    return detail;
}
} // namespace

bool BackupStatus::archivingOn() const
{
    return (archiveMode == QLatin1String("on") || archiveMode == QLatin1String("always")) && !restartPending;
}

bool BackupStatus::archivingFailing() const
{
    return lastFailedTime.isValid() && (!lastArchivedTime.isValid() || lastFailedTime > lastArchivedTime);
}

bool BackupStatus::archiveBehind() const
{
    if (!archivingOn() || !unarchivedBytes || walSegmentSize <= 0 || *unarchivedBytes < walSegmentSize)
        return false;
    return !lastArchivedTime.isValid() || lastArchivedTime.secsTo(checkedAt) > kStaleAfterSeconds;
}

bool BackupStatus::upToDate() const
{
    if (!lastGoodBaseAt.isValid() || !archivingOn() || archivingFailing())
        return false;
    if (unarchivedBytes && *unarchivedBytes == 0)
        return true;
    const QDateTime covered = std::max(lastArchivedTime, lastGoodBaseAt);
    return newestCommit.isValid() && newestCommit <= covered;
}

QDateTime BackupStatus::restorePoint() const
{
    if (!lastGoodBaseAt.isValid())
        return {};
    if (upToDate())
        return newestCommit.isValid() ? std::max(newestCommit, lastGoodBaseAt) : checkedAt;
    if (archivingOn() && lastArchivedTime.isValid())
        return std::max(lastArchivedTime, lastGoodBaseAt);
    return lastGoodBaseAt;
}

qint64 BackupStatus::atRiskSeconds() const
{
    const QDateTime point = restorePoint();
    if (!point.isValid())
        return -1;
    if (upToDate())
        return 0;
    const QDateTime newest = newestCommit.isValid() ? newestCommit : checkedAt;
    return std::max<qint64>(0, point.secsTo(newest));
}

QStringList BackupStatus::problems() const
{
    QStringList list;
    if (!configured)
        return {BackupText::tr("Backups are not set up: run `backroom backup setup --to <folder>`.")};
    if (archiveMode != QLatin1String("on") && archiveMode != QLatin1String("always"))
        list << BackupText::tr("WAL archiving is off: run `backroom backup setup` again and restart the server.");
    else if (restartPending)
        list << BackupText::tr("WAL archiving waits for a server restart: restart PostgreSQL (for the embedded one, restart "
                   "the demo or run `backroom backup setup` again while no demo runs).");
    if (archivingFailing())
        list << BackupText::tr("WAL archiving is failing since %1 (%2, %3 failures): read the PostgreSQL server log; is the "
                   "backup folder writable and the disk not full?")
                    .arg(lastFailedTime.toLocalTime().toString(Qt::ISODate), lastFailedWal)
                    .arg(failedCount);
    else if (archiveBehind())
        list << BackupText::tr("WAL archiving is behind: nothing archived since %1 while complete segments wait.")
                    .arg(lastArchivedTime.isValid() ? lastArchivedTime.toLocalTime().toString(Qt::ISODate) : BackupText::tr("setup"));
    if (!lastGoodBaseAt.isValid())
        list << BackupText::tr("There is no base backup yet: run `backroom backup base`.");
    if (lastBaseAt.isValid() && !lastBaseOk)
        list << BackupText::tr("The last base backup failed: %1").arg(lastBase.value(QStringLiteral("error")).toString());
    if (lastDrillAt.isValid() && !lastDrillOk)
        list << BackupText::tr("The last restore drill failed: %1 Fix it and run `backroom backup restore-drill` again.")
                    .arg(lastDrill.value(QStringLiteral("error")).toString(BackupText::tr("invariants were violated.")));
    return list;
}

QJsonObject BackupStatus::toJson() const
{
    const QDateTime point = restorePoint();
    return QJsonObject{
        {QStringLiteral("configured"), configured},
        {QStringLiteral("folder"), folder},
        {QStringLiteral("healthy"), healthy()},
        {QStringLiteral("problems"), QJsonValue::fromVariant(problems())},
        {QStringLiteral("restore_point"), isoOrNull(point)},
        {QStringLiteral("up_to_date"), upToDate()},
        {QStringLiteral("at_risk_s"), point.isValid() ? QJsonValue(atRiskSeconds()) : QJsonValue()},
        {QStringLiteral("archive_mode"), archiveMode},
        {QStringLiteral("archive_timeout_s"), archiveTimeoutSeconds},
        {QStringLiteral("restart_pending"), restartPending},
        {QStringLiteral("archived_count"), archivedCount},
        {QStringLiteral("last_archived_wal"), lastArchivedWal},
        {QStringLiteral("last_archived_time"), isoOrNull(lastArchivedTime)},
        {QStringLiteral("failed_count"), failedCount},
        {QStringLiteral("last_failed_wal"), lastFailedWal},
        {QStringLiteral("last_failed_time"), isoOrNull(lastFailedTime)},
        {QStringLiteral("unarchived_bytes"), unarchivedBytes ? QJsonValue(double(*unarchivedBytes)) : QJsonValue()},
        {QStringLiteral("newest_commit"), isoOrNull(newestCommit)},
        {QStringLiteral("last_base_backup"), withTime(lastGoodBase, lastGoodBaseAt)},
        {QStringLiteral("last_base_attempt"), withTime(lastBase, lastBaseAt, lastBaseOk)},
        {QStringLiteral("last_drill"), withTime(lastDrill, lastDrillAt, lastDrillOk)},
    };
}

Result<BackupStatus> readBackupStatus(db::Connection &conn)
{
    auto r = conn.exec(kStatus);
    if (!r)
        return r.error();
    BackupStatus s;
    s.configured = !r->isNull(0, r->column("folder"));
    s.folder = r->text(0, "folder");
    s.baseIntervalSeconds = r->toInt64(0, "base_interval_s");
    s.archiveMode = r->text(0, "archive_mode");
    s.archiveTimeoutSeconds = int(r->toInt64(0, "archive_timeout_s"));
    s.restartPending = r->toBool(0, r->column("restart_pending"));
    s.archivedCount = r->toInt64(0, "archived_count");
    s.lastArchivedWal = r->text(0, "last_archived_wal");
    s.lastArchivedTime = timeAt(*r, "last_archived_time");
    s.failedCount = r->toInt64(0, "failed_count");
    s.lastFailedWal = r->text(0, "last_failed_wal");
    s.lastFailedTime = timeAt(*r, "last_failed_time");
    if (!r->isNull(0, r->column("unarchived_bytes")))
        s.unarchivedBytes = qint64(r->toDouble(0, r->column("unarchived_bytes")));
    s.walSegmentSize = r->toInt64(0, "wal_segment_size");
    s.newestCommit = timeAt(*r, "newest_commit");
    s.lastGoodBaseAt = timeAt(*r, "last_base_ok_at");
    s.lastGoodBase = jsonAt(*r, "last_base_ok_detail");
    s.lastBaseAt = timeAt(*r, "last_base_at");
    s.lastBaseOk = !r->isNull(0, r->column("last_base_ok")) && r->toBool(0, r->column("last_base_ok"));
    s.lastBase = jsonAt(*r, "last_base_detail");
    s.lastDrillAt = timeAt(*r, "last_drill_at");
    s.lastDrillOk = !r->isNull(0, r->column("last_drill_ok")) && r->toBool(0, r->column("last_drill_ok"));
    s.lastDrill = jsonAt(*r, "last_drill_detail");
    s.checkedAt = timeAt(*r, "checked_at");
    return s;
}

} // namespace backroom::backup
