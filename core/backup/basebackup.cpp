#include "basebackup.h"
#include "coretext.h"

#include "backupsetup.h"
#include "pgprogram.h"
#include "walarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace backroom::backup {

namespace {

constexpr const char *kFolder = "SELECT folder FROM backup_status() WHERE folder IS NOT NULL";
constexpr const char *kRecord = "SELECT backup_record_run($1, $2, $3, $4, $5::jsonb)";
constexpr int kBaseBackupTimeoutMs = 6 * 3600 * 1000;

void say(const BaseBackupOptions &o, const QString &line)
{
    if (o.progress)
        o.progress(line);
}

QString quoteConnValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// backup_label: "START WAL LOCATION: 0/2000028 (file 000000010000000000000002)"
QString startWalOf(const QString &dataDir)
{
    QFile label(dataDir + QStringLiteral("/backup_label"));
    if (!label.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression start(QStringLiteral("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)"));
    return start.match(QString::fromUtf8(label.readAll())).captured(1);
}

QString utcStamp(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")); }

// Keeps the newest `keep` base backups and the WAL the oldest of them needs.
void prune(const BackupFolder &folder, int keep, const BaseBackupOptions &o)
{
    const QList<BaseBackup> all = folder.baseBackups();
    if (keep < 1 || all.size() <= keep)
        return;
    for (int i = keep; i < all.size(); ++i) {
        say(o, BackupText::tr("Removing the old base backup %1").arg(all[i].label));
        QDir(all[i].path).removeRecursively();
    }
    const BaseBackup &oldestKept = all[keep - 1];
    if (!oldestKept.startWal.isEmpty()) {
        const int removed = pruneArchive(folder.walDir(), oldestKept.startWal, folder.walSegmentSize());
        if (removed > 0)
            say(o, BackupText::tr("Removed %1 archived WAL file(s) older than %2").arg(removed).arg(oldestKept.startWal));
    }
}

Result<BaseBackup> runBaseBackup(db::Connection &conn, const BaseBackupOptions &o, const BackupFolder &folder,
                                 const QDateTime &started)
{
    auto identity = clusterIdentity(conn);
    if (!identity)
        return identity.error();
    auto owner = folder.systemId();
    if (!owner)
        return owner.error();
    if (*owner != identity->systemId)
        return Error::make(Error::Kind::Conflict, BackupText::tr("%1 holds the backups of another database cluster (%2).")
                                                      .arg(QDir::toNativeSeparators(folder.root()), *owner));
    auto split = splitPassword(o.conninfo);
    if (!split)
        return split.error();

    BaseBackup b;
    b.label = utcStamp(started);
    b.started = started;
    b.path = folder.baseDir() + QLatin1Char('/') + b.label;
    b.walSegmentSize = identity->walSegmentSize;
    b.systemId = identity->systemId;
    b.serverVersion = identity->serverVersion;
    const QString partial = b.path + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (QFileInfo::exists(b.path) || !QDir().mkpath(partial))
        return Error::make(Error::Kind::BadInput, BackupText::tr("Cannot create %1 (a base backup with this time exists, or no "
                                                     "permission).").arg(QDir::toNativeSeparators(partial)));
    handToServerUser(partial);

    say(o, BackupText::tr("Taking a base backup into %1 ...").arg(QDir::toNativeSeparators(b.path)));
    ProgramRun run(QStringLiteral("pg_basebackup"),
                   QStringList{QStringLiteral("--dbname=") + split->withoutPassword,
                               QStringLiteral("--pgdata=") + partial + QStringLiteral("/data"),
                               QStringLiteral("--format=plain"), QStringLiteral("--wal-method=stream"),
                               QStringLiteral("--checkpoint=fast"), QStringLiteral("--no-password"),
                               QStringLiteral("--label=backroom ") + b.label});
    if (!split->password.isEmpty())
        run.extraEnv.insert(QStringLiteral("PGPASSWORD"), split->password);
    run.timeoutMs = kBaseBackupTimeoutMs;
    run.cancelled = o.cancelled;
    if (auto r = runPgProgram(run); !r) {
        QDir(partial).removeRecursively();
        return r.error();
    }
    if (pgProgramPath(QStringLiteral("pg_verifybackup"))) {
        say(o, BackupText::tr("Verifying the base backup ..."));
        ProgramRun verify(QStringLiteral("pg_verifybackup"), {QStringLiteral("--quiet"), partial + QStringLiteral("/data")});
        verify.cancelled = o.cancelled;
        if (auto r = runPgProgram(verify); !r) {
            QDir(partial).removeRecursively();
            return r.error();
        }
    }
    b.startWal = startWalOf(partial + QStringLiteral("/data"));
    b.bytes = treeSize(partial);
    b.finished = QDateTime::currentDateTimeUtc();
    BaseBackup written = b;
    written.path = partial;
    if (auto w = BackupFolder::writeBaseBackupInfo(written); !w)
        return w.error();
    if (!QDir().rename(partial, b.path))
        return Error::make(Error::Kind::BadInput, BackupText::tr("Cannot rename %1 into place.").arg(QDir::toNativeSeparators(partial)));
    return b;
}
} // namespace

Result<SplitConnInfo> splitPassword(const QString &conninfo)
{
    char *errmsg = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (!options) {
        const QString why = errmsg ? QString::fromUtf8(errmsg).trimmed() : QString();
        PQfreemem(errmsg);
        return Error::make(Error::Kind::BadInput, BackupText::tr("The connection string is not valid: %1").arg(why));
    }
    SplitConnInfo split;
    QStringList parts;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("password"))
            split.password = value;
        else
            parts << key + QLatin1Char('=') + quoteConnValue(value);
    }
    PQconninfoFree(options);
    split.withoutPassword = parts.join(QLatin1Char(' '));
    return split;
}

Result<QString> configuredFolder(db::Connection &conn)
{
    auto r = conn.exec(kFolder);
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound,
                           BackupText::tr("Backups are not set up for this database: run `backroom backup setup --to <folder>`."));
    return r->text(0, 0);
}

Status recordRun(db::Connection &conn, const QString &kind, const QDateTime &started, const QDateTime &finished,
                 bool ok, const QJsonObject &detail)
{
    auto r = conn.exec(kRecord, {kind, started.toUTC().toString(Qt::ISODateWithMs),
                                 finished.toUTC().toString(Qt::ISODateWithMs), ok,
                                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    return Done{};
}

Result<BaseBackup> takeBaseBackup(db::Connection &conn, const BaseBackupOptions &options)
{
    const BackupFolder folder(options.folder);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto backup = runBaseBackup(conn, options, folder, started);
    QJsonObject detail;
    if (backup) {
        detail = QJsonObject{{QStringLiteral("label"), backup->label},
                             {QStringLiteral("path"), QDir::toNativeSeparators(backup->path)},
                             {QStringLiteral("bytes"), backup->bytes},
                             {QStringLiteral("start_wal"), backup->startWal}};
        prune(folder, options.keep, options);
    } else {
        detail = QJsonObject{{QStringLiteral("error"), backup.error().message}};
    }
    const QDateTime finished = backup ? backup->finished : QDateTime::currentDateTimeUtc();
    if (auto r = recordRun(conn, QStringLiteral("base"), started, finished, bool(backup), detail); !r && backup)
        return r.error();
    return backup;
}

} // namespace backroom::backup
