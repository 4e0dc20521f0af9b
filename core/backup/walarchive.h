#pragma once
// WalArchive: the WAL archive folder of a backup (<folder>/wal). The server's archive_command and
// restore_command call `backroom backup archive-wal` / `restore-wal`, which land here. Archived files
// are zlib-compressed (qCompress: a 4-byte big-endian length, then a zlib stream) and named
// <walfile>.z: a segment switched early by archive_timeout is mostly zeros and shrinks to kilobytes.
// Plain file work, no database; blocking; any thread.

#include "result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace backroom::backup {

inline constexpr qint64 kDefaultWalSegmentSize = 16 * 1024 * 1024;

// Copies one WAL file (a segment, a timeline history or a backup history file) into the archive:
// written to a temporary name, fsynced, renamed without ever replacing an existing file, and the
// folder fsynced. A file already archived with the same content is success (the server may retry
// after a crash); with different content it is an error and nothing is touched.
Status archiveWalFile(const QString &source, const QString &archiveDir, const QString &walName);

// Expands an archived file to destination (restore_command). NotFound when it is not archived, which
// the server reads as "end of the archive".
Status restoreWalFile(const QString &archiveDir, const QString &walName, const QString &destination);

struct WalSegment {
    quint32 timeline = 0;
    quint64 segno = 0;   // position in the WAL stream, counted in segments
};
// Parses a 24-hex-digit segment file name; nullopt for anything else (history files, .backup, ...).
std::optional<WalSegment> parseSegmentName(const QString &name, qint64 segmentSize = kDefaultWalSegmentSize);
QString segmentFileName(const WalSegment &segment, qint64 segmentSize = kDefaultWalSegmentSize);

struct ArchiveSpan {
    QString firstNeeded;    // the segment a restore starts from
    QString newest;         // the newest archived segment (empty if none)
    int segments = 0;       // archived segments from firstNeeded to newest
    QStringList missing;    // gaps between them, in order: a restore would stop at the first one
};
// Which segments the archive holds from startSegment on (any timeline at or after startSegment's).
Result<ArchiveSpan> archiveSpan(const QString &archiveDir, const QString &startSegment,
                                qint64 segmentSize = kDefaultWalSegmentSize);

// Removes archived segments (and backup history files) older than oldestNeeded; keeps timeline
// history files. Returns how many files it removed.
int pruneArchive(const QString &archiveDir, const QString &oldestNeeded, qint64 segmentSize = kDefaultWalSegmentSize);

} // namespace backroom::backup
