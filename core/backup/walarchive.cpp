#include "walarchive.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace backroom::backup {

namespace {

const QString kSuffix = QStringLiteral(".z");
constexpr int kCompressionLevel = 1;   // WAL is written once and rarely read: favour speed

QString archivedPath(const QString &archiveDir, const QString &walName)
{
    return QDir(archiveDir).filePath(walName + kSuffix);
}

bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

// A rename is durable only once its directory entry is on disk (POSIX; NTFS journals it itself).
bool syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(dir)
    return true;
#endif
}

Result<QByteArray> readArchived(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound, BackupText::tr("%1 is not in the archive.").arg(QDir::toNativeSeparators(path)));
    const QByteArray packed = file.readAll();
    QByteArray data = qUncompress(packed);
    if (data.isEmpty() && packed.size() > 4)
        return Error::make(Error::Kind::BadInput,
                           BackupText::tr("%1 is damaged (it does not expand): restore it from another copy of the archive.")
                               .arg(QDir::toNativeSeparators(path)));
    return data;
}

Status sameContentOrRefuse(const QString &archived, const QByteArray &content)
{
    auto existing = readArchived(archived);
    if (existing && *existing == content)
        return Done{};
    return Error::make(Error::Kind::Conflict,
                       BackupText::tr("%1 is already archived with different content: refusing to overwrite it. Is a second "
                          "server archiving into the same folder?").arg(QDir::toNativeSeparators(archived)));
}

quint64 segmentsPerLogFile(qint64 segmentSize) { return quint64(0x100000000ULL) / quint64(segmentSize); }
} // namespace

Status archiveWalFile(const QString &source, const QString &archiveDir, const QString &walName)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           BackupText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString()));
    const QByteArray content = in.readAll();
    const QString target = archivedPath(archiveDir, walName);
    if (QFile::exists(target))
        return sameContentOrRefuse(target, content);

    const QString temporary = target + QStringLiteral(".tmp%1").arg(QCoreApplication::applicationPid());
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Kind::Connection, BackupText::tr("Cannot write to the archive folder %1: %2")
                                                        .arg(QDir::toNativeSeparators(archiveDir), out.errorString()));
    const QByteArray packed = qCompress(content, kCompressionLevel);
    if (out.write(packed) != packed.size() || !syncFile(out)) {
        const QString why = out.errorString();
        out.close();
        QFile::remove(temporary);
        return Error::make(Error::Kind::Connection,
                           BackupText::tr("Writing %1 to the archive failed (disk full?): %2").arg(walName, why));
    }
    out.close();
    // QFile::rename never replaces an existing file: if another writer got there first, compare.
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        if (QFile::exists(target))
            return sameContentOrRefuse(target, content);
        return Error::make(Error::Kind::Connection, BackupText::tr("Cannot rename %1 into place in the archive.").arg(walName));
    }
    if (!syncDirectory(archiveDir))
        return Error::make(Error::Kind::Connection,
                           BackupText::tr("Cannot flush the archive folder %1 to disk.").arg(QDir::toNativeSeparators(archiveDir)));
    return Done{};
}

Status restoreWalFile(const QString &archiveDir, const QString &walName, const QString &destination)
{
    auto data = readArchived(archivedPath(archiveDir, walName));
    if (!data)
        return data.error();
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
        return Error::make(Error::Kind::Connection,
                           BackupText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(destination), out.errorString()));
    return Done{};
}

std::optional<WalSegment> parseSegmentName(const QString &name, qint64 segmentSize)
{
    static const QRegularExpression segment(QStringLiteral("^[0-9A-F]{24}$"));
    if (!segment.match(name).hasMatch())
        return std::nullopt;
    WalSegment s;
    s.timeline = name.left(8).toUInt(nullptr, 16);
    const quint64 log = name.mid(8, 8).toULongLong(nullptr, 16);
    const quint64 seg = name.mid(16, 8).toULongLong(nullptr, 16);
    s.segno = log * segmentsPerLogFile(segmentSize) + seg;
    return s;
}

QString segmentFileName(const WalSegment &segment, qint64 segmentSize)
{
    const quint64 perLog = segmentsPerLogFile(segmentSize);
    return QStringLiteral("%1%2%3")
        .arg(segment.timeline, 8, 16, QLatin1Char('0'))
        .arg(segment.segno / perLog, 8, 16, QLatin1Char('0'))
        .arg(segment.segno % perLog, 8, 16, QLatin1Char('0'))
        .toUpper();
}

Result<ArchiveSpan> archiveSpan(const QString &archiveDir, const QString &startSegment, qint64 segmentSize)
{
    const auto start = parseSegmentName(startSegment, segmentSize);
    if (!start)
        return Error::make(Error::Kind::BadInput, BackupText::tr("'%1' is not a WAL segment name.").arg(startSegment));
    const QDir dir(archiveDir);
    if (!dir.exists())
        return Error::make(Error::Kind::NotFound,
                           BackupText::tr("The WAL archive %1 does not exist.").arg(QDir::toNativeSeparators(archiveDir)));
    QSet<quint64> present;
    quint64 newest = 0;
    QString newestName;
    for (const QString &file : dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        const QString name = file.chopped(kSuffix.size());
        const auto s = parseSegmentName(name, segmentSize);
        if (!s || s->timeline < start->timeline || s->segno < start->segno)
            continue;
        present.insert(s->segno);
        if (newestName.isEmpty() || s->segno > newest || (s->segno == newest && name > newestName)) {
            newest = s->segno;
            newestName = name;
        }
    }
    ArchiveSpan span;
    span.firstNeeded = startSegment;
    span.newest = newestName;
    span.segments = int(present.size());
    if (newestName.isEmpty())
        return span;
    for (quint64 n = start->segno; n < newest; ++n)
        if (!present.contains(n))
            span.missing << segmentFileName(WalSegment{start->timeline, n}, segmentSize);
    return span;
}

int pruneArchive(const QString &archiveDir, const QString &oldestNeeded, qint64 segmentSize)
{
    const auto keepFrom = parseSegmentName(oldestNeeded, segmentSize);
    if (!keepFrom)
        return 0;
    int removed = 0;
    QDir dir(archiveDir);
    for (const QString &file : dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        // Segments are 24 hex digits; backup history files start with the segment they belong to.
        const auto s = parseSegmentName(file.left(24), segmentSize);
        if (s && s->segno < keepFrom->segno && dir.remove(file))
            ++removed;
    }
    return removed;
}

} // namespace backroom::backup
