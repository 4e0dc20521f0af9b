// bench_backup: how much committed data a crash loses with WAL archiving on, and how long a restore
// takes. A writer commits in a steady stream (one row per transaction); the primary is crashed
// (pg_ctl stop -m immediate, as a power cut would) at a different point of the archive_timeout window
// each round; the newest base backup plus the WAL archive are restored into a throwaway cluster; the
// rows the writer saw committed but the restore lacks are the data lost (transactions and seconds).
// The primary's own pg_wal is treated as lost with its disk. Prints figures; never passes or fails.
//
//   bench_backup [--rounds 3] [--seconds 12] [--rate 50] [--archive-timeout 5]
#include "backup/backupfolder.h"
#include "backup/backupsetup.h"
#include "backup/basebackup.h"
#include "backup/pgprogram.h"
#include "backup/restoredrill.h"
#include "db/embeddedcluster.h"
#include "db/migrations.h"
#include "inventory/demoseed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using namespace backroom;

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

[[noreturn]] void die(const QString &what)
{
    out() << "bench_backup: " << what << "\n";
    out().flush();
    std::exit(1);
}

template <typename T>
T need(Result<T> r, const char *step)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(step), r.error().message));
    return std::move(r).value();
}

void need(const Status &s, const char *step)
{
    if (!s)
        die(QStringLiteral("%1: %2").arg(QLatin1String(step), s.error().message));
}

struct Round {
    qint64 lastAcked = 0;
    QDateTime lastAckedAt;
    qint64 restoredMax = 0;
    QDateTime restoredAt;
    double recoverySeconds = 0;
    bool invariantsOk = false;
    QString archiverState;   // pg_stat_archiver just before the crash
};

// Commits one row per transaction at `rate` per second for `seconds`; returns the last acknowledged.
void writeSteadily(db::Connection &conn, int rate, double seconds, Round &round)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 periodUs = 1000000 / rate;
    qint64 n = 0;
    while (clock.nsecsElapsed() / 1000 < qint64(seconds * 1e6)) {
        auto r = conn.exec("INSERT INTO bench_tick DEFAULT VALUES RETURNING id");
        if (!r)
            die(r.error().message);
        round.lastAcked = r->toInt64(0, 0);
        round.lastAckedAt = QDateTime::currentDateTimeUtc();
        ++n;
        const qint64 due = n * periodUs - clock.nsecsElapsed() / 1000;
        if (due > 0)
            QThread::usleep(quint64(due));
    }
}

qint64 archiveBytes(const QString &walDir, int *files)
{
    qint64 total = 0;
    *files = 0;
    QDirIterator it(walDir, QDir::Files);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
        ++*files;
    }
    return total;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("rounds"), QStringLiteral("Crashes to measure."), QStringLiteral("n"), QStringLiteral("3")},
                       {QStringLiteral("seconds"), QStringLiteral("Writing before the first crash."), QStringLiteral("s"), QStringLiteral("12")},
                       {QStringLiteral("rate"), QStringLiteral("Commits per second."), QStringLiteral("n"), QStringLiteral("50")},
                       {QStringLiteral("archive-timeout"), QStringLiteral("archive_timeout in seconds."), QStringLiteral("s"), QStringLiteral("5")}});
    parser.addHelpOption();
    parser.process(app);
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int archiveTimeout = parser.value(QStringLiteral("archive-timeout")).toInt();
    const QString backroomProgram = QCoreApplication::applicationDirPath() + QStringLiteral("/backroom");

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/backroom-bench-backup-XXXXXX"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    db::EmbeddedCluster primary(dir.path() + QStringLiteral("/primary"));   // durable, like a shop's
    need(primary.start(), "start");
    need(primary.ensureDatabase(QStringLiteral("backroom")), "create database");
    const QString folder = dir.path() + QStringLiteral("/backups");
    {
        auto conn = need(db::Connection::open(primary.connInfo()), "connect");
        db::Migrator migrator(*conn);
        need(migrator.migrate(), "migrate");
        inventory::SeedOptions seed;
        seed.products = 200;
        need(inventory::seedDemo(*conn, seed), "seed");
        need(conn->exec("CREATE TABLE bench_tick (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp())"),
             "create table");
        backup::SetupOptions setup{folder, backroomProgram, archiveTimeout, 24};
        need(backup::setUpArchiving(*conn, setup), "setup");
    }
    need(primary.stop(), "restart");
    need(primary.start(), "restart");
    {
        auto conn = need(db::Connection::open(primary.connInfo()), "connect");
        backup::BaseBackupOptions base;
        base.folder = folder;
        base.conninfo = primary.connInfo();
        need(backup::takeBaseBackup(*conn, base), "base backup");
    }
    out() << "bench_backup: archive_timeout " << archiveTimeout << " s, " << rate << " commits/s, " << rounds
          << " crash(es), base backup + archive restored into a throwaway cluster\n"
          << "round  written_s  last_acked  restored  lost_tx  lost_s  recovery_s  invariants\n";
    out().flush();

    QElapsedTimer total;
    total.start();
    QList<Round> results;
    for (int i = 0; i < rounds; ++i) {
        Round round;
        // Crash at a different point of the archive_timeout window each round.
        const double writeFor = seconds + i * archiveTimeout / double(std::max(rounds, 1)) + 0.37 * i;
        {
            auto conn = need(db::Connection::open(primary.connInfo()), "connect");
            writeSteadily(*conn, rate, writeFor, round);
            auto a = need(conn->exec("SELECT archived_count, failed_count, coalesce(last_archived_wal, ''), "
                                     "pg_walfile_name(pg_current_wal_lsn()) FROM pg_stat_archiver"), "archiver");
            round.archiverState = QStringLiteral("%1 archived, %2 failed, last %3, writing %4")
                                      .arg(a.text(0, 0), a.text(0, 1), a.text(0, 2), a.text(0, 3));
            backup::ProgramRun crash(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), primary.dataDir(), QStringLiteral("-m"),
                                                                QStringLiteral("immediate"), QStringLiteral("stop")});
            need(backup::runPgProgram(crash), "crash");
        }
        backup::RestoreOptions restore;
        restore.folder = folder;
        restore.backroomProgram = backroomProgram;
        QElapsedTimer clock;
        clock.start();
        {
            auto restored = need(backup::RestoredCluster::restore(restore), "restore");
            round.recoverySeconds = clock.elapsed() / 1000.0;
            auto conn = need(restored->connect(QStringLiteral("backroom")), "connect to the restore");
            auto r = need(conn->exec("SELECT coalesce(max(id), 0), (extract(epoch FROM max(at)) * 1000)::bigint FROM bench_tick"),
                          "count");
            round.restoredMax = r.toInt64(0, 0);
            round.restoredAt = QDateTime::fromMSecsSinceEpoch(r.toInt64(0, 1), Qt::UTC);
            auto checks = need(backup::checkInvariants(*conn), "invariants");
            round.invariantsOk = std::all_of(checks.begin(), checks.end(), [](const auto &c) { return c.violations == 0; });
        }
        const double lostSeconds = std::max(0.0, round.restoredAt.msecsTo(round.lastAckedAt) / 1000.0);
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                     .arg(i + 1, 5)
                     .arg(writeFor, 9, 'f', 1)
                     .arg(round.lastAcked, 10)
                     .arg(round.restoredMax, 8)
                     .arg(round.lastAcked - round.restoredMax, 7)
                     .arg(lostSeconds, 6, 'f', 2)
                     .arg(round.recoverySeconds, 10, 'f', 2)
                     .arg(round.invariantsOk ? QStringLiteral("pass") : QStringLiteral("FAIL"));
        out() << "       before the crash: " << round.archiverState << "\n";
        out().flush();
        results << round;
        // The next round runs on the server as it comes back from crash recovery, as a shop's would.
        // (PostgreSQL 15's checkpointer keeps the long sleep it chose while starting up and ignores
        // archive_timeout until its next checkpoint; EmbeddedCluster::start wakes it with a CHECKPOINT.)
        need(primary.start(), "restart after the crash");
    }
    int files = 0;
    const qint64 bytes = archiveBytes(backup::BackupFolder(folder).walDir(), &files);
    out() << QStringLiteral("archive: %1 files, %2 MB after %3 s of running (%4 MB per hour of steady writing; "
                            "uncompressed it would be %5 MB)\n")
                 .arg(files)
                 .arg(bytes / 1048576.0, 0, 'f', 1)
                 .arg(total.elapsed() / 1000)
                 .arg(bytes / 1048576.0 * 3600.0 / (total.elapsed() / 1000.0), 0, 'f', 0)
                 .arg(files * 16);
    out().flush();
    primary.stop();
    return 0;
}
