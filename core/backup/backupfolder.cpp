#include "backupfolder.h"
#include "coretext.h"

#include "pgprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace backroom::backup {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Status writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(object).toJson()) < 0 || !f.commit())
        return Error::make(Error::Kind::BadInput,
                           BackupText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    handToServerUser(path);
    return Done{};
}

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }
} // namespace

BackupFolder::BackupFolder(QString root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

Status BackupFolder::claim(const QString &systemId, qint64 walSegmentSize)
{
    for (const QString &dir : {m_root, walDir(), baseDir()}) {
        if (!QDir().mkpath(dir))
            return Error::make(Error::Kind::BadInput,
                               BackupText::tr("Cannot create %1: check the path and its permissions.").arg(QDir::toNativeSeparators(dir)));
        handToServerUser(dir);
    }
    auto owner = this->systemId();
    if (owner && *owner != systemId)
        return Error::make(Error::Kind::Conflict,
                           BackupText::tr("%1 already holds the backups of another database cluster (%2): choose an empty folder.")
                               .arg(QDir::toNativeSeparators(m_root), *owner));
    if (owner)
        return Done{};
    return writeJson(manifestPath(), QJsonObject{{QStringLiteral("system_identifier"), systemId},
                                                 {QStringLiteral("wal_segment_size"), walSegmentSize},
                                                 {QStringLiteral("created"), iso(QDateTime::currentDateTimeUtc())}});
}

Result<QString> BackupFolder::systemId() const
{
    const QString id = readJson(manifestPath()).value(QStringLiteral("system_identifier")).toString();
    if (id.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           BackupText::tr("%1 is not a Backroom backup folder: run `backroom backup setup --to <folder>` first.")
                               .arg(QDir::toNativeSeparators(m_root)));
    return id;
}

qint64 BackupFolder::walSegmentSize() const
{
    const qint64 size = qint64(readJson(manifestPath()).value(QStringLiteral("wal_segment_size")).toDouble());
    return size > 0 ? size : 16 * 1024 * 1024;
}

QList<BaseBackup> BackupFolder::baseBackups() const
{
    QList<BaseBackup> list;
    const QDir dir(baseDir());
    for (const QString &label : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        if (label.endsWith(QLatin1String(".partial")))
            continue;
        const QJsonObject o = readJson(dir.filePath(label) + QStringLiteral("/backup.json"));
        if (o.isEmpty())
            continue;
        BaseBackup b;
        b.label = label;
        b.path = dir.filePath(label);
        b.started = fromIso(o.value(QStringLiteral("started")).toString());
        b.finished = fromIso(o.value(QStringLiteral("finished")).toString());
        b.startWal = o.value(QStringLiteral("start_wal")).toString();
        b.bytes = qint64(o.value(QStringLiteral("bytes")).toDouble());
        b.walSegmentSize = qint64(o.value(QStringLiteral("wal_segment_size")).toDouble());
        b.systemId = o.value(QStringLiteral("system_identifier")).toString();
        b.serverVersion = o.value(QStringLiteral("server_version")).toString();
        list.append(b);
    }
    return list;
}

Status BackupFolder::writeBaseBackupInfo(const BaseBackup &b)
{
    return writeJson(b.path + QStringLiteral("/backup.json"),
                     QJsonObject{{QStringLiteral("label"), b.label},
                                 {QStringLiteral("started"), iso(b.started)},
                                 {QStringLiteral("finished"), iso(b.finished)},
                                 {QStringLiteral("start_wal"), b.startWal},
                                 {QStringLiteral("bytes"), b.bytes},
                                 {QStringLiteral("wal_segment_size"), b.walSegmentSize},
                                 {QStringLiteral("system_identifier"), b.systemId},
                                 {QStringLiteral("server_version"), b.serverVersion}});
}

qint64 treeSize(const QString &root)
{
    qint64 total = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Status copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!QDir().mkpath(to))
        return Error::make(Error::Kind::BadInput, BackupText::tr("Cannot create %1.").arg(QDir::toNativeSeparators(to)));
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(path);
        const QFileInfo info = it.fileInfo();
        const bool ok = info.isDir() ? QDir().mkpath(target) : QFile::copy(path, target);
        if (!ok)
            return Error::make(Error::Kind::BadInput, BackupText::tr("Cannot copy %1 to %2 (disk full or no permission?).")
                                                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
        if (info.isDir())
            QFile::setPermissions(target, info.permissions());
    }
    return Done{};
}

} // namespace backroom::backup
