// `backroom backup setup|base|status|restore-drill`, and `archive-wal|restore-wal`, which the server
// itself runs as its archive_command and restore_command.
#include "cli.h"

#include "backup/backupsetup.h"
#include "backup/backupstatus.h"
#include "backup/basebackup.h"
#include "backup/restoredrill.h"
#include "backup/walarchive.h"
#include "db/embeddedcluster.h"
#include "db/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <csignal>

namespace backroom::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

constexpr int kArchiveCheckSeconds = 30;

std::atomic<bool> g_cancelled{false};
extern "C" void cancelOnSignal(int) { g_cancelled = true; }

// Ctrl+C and SIGTERM ask long work (a restore drill, a base backup) to stop, so that it cleans up
// its throwaway cluster instead of dying with it running.
void cancelOnSignals()
{
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
}

void progressLine(const QString &line)
{
    err() << line << "\n";
    err().flush();
}

void addTargetOptions(Parser &p)
{
    p.addOption(QStringLiteral("data-dir"),
                tr("Embedded cluster directory, used when no --db is given (default: the app data directory)."),
                QStringLiteral("dir"));
}

// The server a backup command works on: --db / BACKROOM_DB, or else the embedded cluster (started
// for the command if no demo runs it, and stopped again afterwards).
struct Target {
    std::unique_ptr<db::EmbeddedCluster> embedded;
    bool embeddedServer = false;   // the server is Backroom's embedded cluster
    bool ownsServer = false;       // this command started it (so it may restart it)
    QString conninfo;
    std::unique_ptr<db::Connection> conn;
};

QString embeddedRoot(const Parser &p)
{
    return p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : db::EmbeddedCluster::defaultRoot();
}

Result<std::unique_ptr<db::Connection>> openCurrent(const QString &conninfo)
{
    auto conn = db::Connection::open(conninfo);
    if (!conn)
        return conn.error();
    db::Migrator migrator(**conn);
    if (auto st = migrator.requireCurrent(); !st)
        return st.error();
    return conn;
}

Result<Target> openTarget(const Parser &p)
{
    Target t;
    const QString root = embeddedRoot(p);
    if (!p.conninfo().trimmed().isEmpty()) {
        t.conninfo = p.conninfo();
        auto conn = openCurrent(t.conninfo);
        if (!conn)
            return conn.error();
        t.conn = std::move(*conn);
        auto dir = t.conn->exec("SELECT current_setting('data_directory', true)");
        const QString embeddedData = QFileInfo(db::EmbeddedCluster(root).dataDir()).canonicalFilePath();
        t.embeddedServer = dir && !embeddedData.isEmpty() && QFileInfo(dir->text(0, 0)).canonicalFilePath() == embeddedData;
        return t;
    }
    t.embedded = std::make_unique<db::EmbeddedCluster>(root);
    t.embeddedServer = true;
    if (!t.embedded->isInitialised())
        return Error::make(Error::Kind::Connection,
                           tr("No database given and no embedded cluster in %1: pass --db \"...\" (or set BACKROOM_DB), "
                              "or run `backroom demo` first.").arg(QDir::toNativeSeparators(root)));
    auto attached = t.embedded->attachIfRunning();
    if (!attached)
        return attached.error();
    if (!*attached) {
        progressLine(tr("Starting the embedded PostgreSQL in %1 ...").arg(t.embedded->dataDir()));
        if (auto s = t.embedded->start(); !s)
            return s.error();
        t.ownsServer = true;
    }
    t.conninfo = t.embedded->connInfo();
    auto conn = openCurrent(t.conninfo);
    if (!conn)
        return conn.error();
    t.conn = std::move(*conn);
    return t;
}

QString age(qint64 seconds)
{
    if (seconds < 120)
        return tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 h").arg(seconds / 3600);
}

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("never");
}

// After setup: forces a WAL switch and waits until the archiver took it, or says why it did not.
Status checkArchiving(db::Connection &conn)
{
    auto switched = conn.exec("SELECT pg_walfile_name(pg_switch_wal()), "
                              "(SELECT failed_count FROM pg_stat_archiver)");
    if (!switched)
        return switched.error();
    const QString segment = switched->text(0, 0);
    const qint64 failuresBefore = switched->toInt64(0, 1);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kArchiveCheckSeconds * 1000) {
        auto a = conn.exec("SELECT coalesce(last_archived_wal, ''), failed_count, coalesce(last_failed_wal, '') "
                           "FROM pg_stat_archiver");
        if (!a)
            return a.error();
        if (a->text(0, 0).left(24) >= segment)
            return Done{};
        if (a->toInt64(0, 1) > failuresBefore)
            return Error::make(Error::Kind::Connection,
                               tr("The server could not archive %1: read the PostgreSQL server log. Is the backroom "
                                  "program reachable by the server's OS user, and the folder writable by it?")
                                   .arg(a->text(0, 2)));
        QThread::msleep(200);
    }
    return Error::make(Error::Kind::Connection,
                       tr("The server did not archive %1 within %2 s: read the PostgreSQL server log.")
                           .arg(segment).arg(kArchiveCheckSeconds));
}

int setup(const QStringList &args)
{
    Parser p(QStringLiteral("backroom backup setup --to <folder> [--confirm] [--db conninfo | --data-dir dir]"));
    p.addOption(QStringLiteral("to"), tr("Folder for base backups and the WAL archive (on the server's host)."),
                QStringLiteral("folder"));
    p.addOption(QStringLiteral("confirm"), tr("Change the settings of a server that is not the embedded one."));
    p.addOption(QStringLiteral("archive-timeout"), tr("Archive at least every N seconds (default 5)."), QStringLiteral("s"));
    p.addOption(QStringLiteral("base-every"), tr("Hours between base backups (default 24)."), QStringLiteral("h"));
    addTargetOptions(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    if (!p.requireOptions({"to"}))
        return p.failCode();
    backup::SetupOptions options;
    options.folder = QDir(p.value(QStringLiteral("to"))).absolutePath();
    options.backroomProgram = QCoreApplication::applicationFilePath();
    qint64 n = 0;
    if (p.isSet(QStringLiteral("archive-timeout"))) {
        if (!p.intValue(QStringLiteral("archive-timeout"), &n) || n < 1 || n > 3600)
            return BadInput;
        options.archiveTimeoutSeconds = int(n);
    }
    if (p.isSet(QStringLiteral("base-every"))) {
        if (!p.intValue(QStringLiteral("base-every"), &n) || n < 1 || n > 24 * 365)
            return BadInput;
        options.baseIntervalHours = int(n);
    }
    auto target = openTarget(p);
    if (!target)
        return fail(p, target.error());
    if (!target->embeddedServer && !p.isSet(QStringLiteral("confirm")))
        return fail(p, Error::make(Error::Kind::BadInput,
                                   tr("This server is not Backroom's embedded one: setup would change its archive_mode, "
                                      "archive_command, archive_timeout and track_commit_timestamp (ALTER SYSTEM) and "
                                      "needs a server restart. Run it on the server's host with --confirm if you "
                                      "administer it.")));
    auto report = backup::setUpArchiving(*target->conn, options);
    if (!report)
        return fail(p, report.error());
    for (const QString &change : report->changes)
        progressLine(tr("set %1").arg(change));
    if (report->restartNeeded && target->ownsServer) {
        progressLine(tr("Restarting the embedded PostgreSQL so that archiving starts ..."));
        target->conn.reset();
        if (auto s = target->embedded->stop(); !s)
            return fail(p, s.error());
        if (auto s = target->embedded->start(); !s)
            return fail(p, s.error());
        target->conninfo = target->embedded->connInfo();
        auto conn = openCurrent(target->conninfo);
        if (!conn)
            return fail(p, conn.error());
        target->conn = std::move(*conn);
    } else if (report->restartNeeded) {
        progressLine(target->embeddedServer
                         ? tr("A Backroom demo runs the embedded server: archiving starts when it restarts (quit the "
                              "demo and start it again).")
                         : tr("Archiving starts when PostgreSQL restarts: restart it on its host (for example "
                              "`sudo systemctl restart postgresql`), then run `backroom backup status`."));
    }
    backup::BaseBackupOptions base;
    base.folder = options.folder;
    base.conninfo = target->conninfo;
    base.progress = progressLine;
    auto taken = backup::takeBaseBackup(*target->conn, base);
    if (!taken)
        return fail(p, taken.error());
    auto status = backup::readBackupStatus(*target->conn);
    if (!status)
        return fail(p, status.error());
    if (status->archivingOn()) {
        if (auto s = checkArchiving(*target->conn); !s)
            return fail(p, s.error());
        progressLine(tr("WAL archiving works."));
    }
    if (p.json()) {
        printJson(QJsonObject{{QStringLiteral("folder"), options.folder},
                              {QStringLiteral("changes"), QJsonArray::fromStringList(report->changes)},
                              {QStringLiteral("restart_needed"), report->restartNeeded && !target->ownsServer},
                              {QStringLiteral("archive_command"), report->archiveCommand},
                              {QStringLiteral("base_backup"), taken->label}});
    } else {
        out() << tr("Backups go to %1: WAL archived at least every %2 s, base backup %3 taken.\n")
                     .arg(QDir::toNativeSeparators(options.folder))
                     .arg(options.archiveTimeoutSeconds)
                     .arg(taken->label)
              << tr("Take a base backup every %1 h, e.g. from cron: `backroom backup base --if-older-than %1`.\n")
                     .arg(options.baseIntervalHours);
        out().flush();
    }
    return Ok;
}

int base(const QStringList &args)
{
    Parser p(QStringLiteral("backroom backup base [--if-older-than h] [--keep n] [--db conninfo | --data-dir dir]"));
    p.addOption(QStringLiteral("if-older-than"), tr("Only if the newest base backup is older than this many hours."),
                QStringLiteral("h"));
    p.addOption(QStringLiteral("keep"), tr("Base backups to keep (default 3); older ones and their WAL are removed."),
                QStringLiteral("n"));
    addTargetOptions(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    qint64 olderThan = -1, keep = 3;
    if (p.isSet(QStringLiteral("if-older-than")) && (!p.intValue(QStringLiteral("if-older-than"), &olderThan) || olderThan < 0))
        return BadInput;
    if (p.isSet(QStringLiteral("keep")) && (!p.intValue(QStringLiteral("keep"), &keep) || keep < 1))
        return BadInput;
    cancelOnSignals();
    auto target = openTarget(p);
    if (!target)
        return fail(p, target.error());
    auto folder = backup::configuredFolder(*target->conn);
    if (!folder)
        return fail(p, folder.error());
    if (olderThan >= 0) {
        auto status = backup::readBackupStatus(*target->conn);
        if (!status)
            return fail(p, status.error());
        if (status->lastGoodBaseAt.isValid() && status->lastGoodBaseAt.secsTo(status->checkedAt) < olderThan * 3600) {
            out() << tr("The newest base backup is %1 old: nothing to do.\n")
                         .arg(age(status->lastGoodBaseAt.secsTo(status->checkedAt)));
            out().flush();
            return Ok;
        }
    }
    backup::BaseBackupOptions options;
    options.folder = *folder;
    options.conninfo = target->conninfo;
    options.keep = int(keep);
    options.progress = progressLine;
    options.cancelled = [] { return g_cancelled.load(); };
    auto taken = backup::takeBaseBackup(*target->conn, options);
    if (!taken)
        return fail(p, taken.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("label"), taken->label},
                              {QStringLiteral("path"), QDir::toNativeSeparators(taken->path)},
                              {QStringLiteral("bytes"), taken->bytes},
                              {QStringLiteral("start_wal"), taken->startWal}});
    else
        out() << tr("Base backup %1 taken (%2 MB) in %3\n")
                     .arg(taken->label)
                     .arg(double(taken->bytes) / (1024 * 1024), 0, 'f', 1)
                     .arg(QDir::toNativeSeparators(taken->path));
    out().flush();
    return Ok;
}

void printStatus(const backup::BackupStatus &s)
{
    auto &o = out();
    o << tr("Backups: %1\n").arg(s.configured ? QDir::toNativeSeparators(s.folder) : tr("not set up"));
    const QDateTime point = s.restorePoint();
    if (!point.isValid())
        o << tr("Restore point: none\n");
    else if (s.upToDate())
        o << tr("Restore point: %1 (up to date: every commit is archived)\n").arg(local(point));
    else
        o << tr("Restore point: %1 (commits after it, %2, would be lost in a crash now)\n")
                 .arg(local(point), age(s.atRiskSeconds()));
    o << tr("WAL archiving: %1, at least every %2 s; %3 archived (last %4 at %5), %6 failed\n")
             .arg(s.archivingOn() ? tr("on") : tr("off"))
             .arg(s.archiveTimeoutSeconds)
             .arg(s.archivedCount)
             .arg(s.lastArchivedWal.isEmpty() ? tr("none") : s.lastArchivedWal, local(s.lastArchivedTime))
             .arg(s.failedCount);
    if (s.lastGoodBaseAt.isValid())
        o << tr("Last base backup: %1 (%2, %3 MB)\n")
                 .arg(local(s.lastGoodBaseAt), s.lastGoodBase.value(QStringLiteral("label")).toString())
                 .arg(s.lastGoodBase.value(QStringLiteral("bytes")).toDouble() / (1024 * 1024), 0, 'f', 1);
    else
        o << tr("Last base backup: none\n");
    if (s.lastDrillAt.isValid()) {
        const QJsonObject d = s.lastDrill;
        if (s.lastDrillOk)
            o << tr("Last restore drill: passed at %1; recovery point %2, data lost %3 s, recovery %4 s\n")
                     .arg(local(s.lastDrillAt), d.value(QStringLiteral("recovery_point")).toString())
                     .arg(d.value(QStringLiteral("data_lost_s")).toDouble(), 0, 'f', 1)
                     .arg(d.value(QStringLiteral("recovery_s")).toDouble(), 0, 'f', 1);
        else
            o << tr("Last restore drill: FAILED at %1: %2\n")
                     .arg(local(s.lastDrillAt), d.value(QStringLiteral("error")).toString(tr("invariants violated")));
    } else {
        o << tr("Last restore drill: never (run `backroom backup restore-drill`)\n");
    }
    for (const QString &problem : s.problems())
        o << tr("PROBLEM: %1\n").arg(problem);
    o.flush();
}

int status(const QStringList &args)
{
    Parser p(QStringLiteral("backroom backup status [--json] [--db conninfo | --data-dir dir]"));
    addTargetOptions(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto target = openTarget(p);
    if (!target)
        return fail(p, target.error());
    auto s = backup::readBackupStatus(*target->conn);
    if (!s)
        return fail(p, s.error());
    // The database remembers base backups; check they are still in the folder when we can see it.
    QStringList extra;
    if (s->lastGoodBaseAt.isValid() && (QDir(s->folder).exists() || target->embeddedServer)
        && backup::BackupFolder(s->folder).baseBackups().isEmpty())
        extra << tr("The base backups recorded are missing from %1: run `backroom backup base`.")
                     .arg(QDir::toNativeSeparators(s->folder));
    if (p.json()) {
        QJsonObject o = s->toJson();
        if (!extra.isEmpty()) {
            o.insert(QStringLiteral("healthy"), false);
            o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(s->problems() + extra));
        }
        printJson(o);
    } else {
        printStatus(*s);
        for (const QString &problem : extra)
            out() << tr("PROBLEM: %1\n").arg(problem);
        out().flush();
    }
    return s->healthy() && extra.isEmpty() ? Ok : Failed;
}

void printDrill(const backup::DrillReport &r)
{
    auto &o = out();
    o << tr("Restore drill %1\n").arg(r.passed() ? tr("PASSED") : tr("FAILED"));
    o << tr("  restored: base backup %1 + WAL %2 .. %3 (%4 segment(s) replayed)\n")
             .arg(r.baseLabel, r.archive.firstNeeded, r.archive.newest.isEmpty() ? tr("(none)") : r.archive.newest)
             .arg(r.segmentsRestored);
    o << tr("  recovery point: %1 (%2)\n").arg(local(r.recoveryPoint), r.recoveryPointSource);
    if (r.dataLostSeconds)
        o << tr("  data lost: %1 s of commits (source's newest commit %2)\n")
                 .arg(*r.dataLostSeconds, 0, 'f', 1).arg(local(r.sourceNewestCommit));
    else
        o << tr("  data lost: unknown (the source's newest commit is not known)\n");
    o << tr("  recovery time: %1 s to a running database, %2 s with the checks\n")
             .arg(r.recoverySeconds, 0, 'f', 1).arg(r.totalSeconds, 0, 'f', 1);
    for (const auto &c : r.invariants)
        o << QStringLiteral("  %1 %2%3\n")
                 .arg(c.violations == 0 ? tr("ok  ") : tr("FAIL"), c.name,
                      c.violations == 0 ? QString() : tr(": %1 violation(s), e.g. %2").arg(c.violations).arg(c.example));
    o.flush();
}

int restoreDrill(const QStringList &args)
{
    Parser p(QStringLiteral("backroom backup restore-drill [--json] [--folder dir] [--db conninfo | --data-dir dir]"));
    p.addOption(QStringLiteral("folder"), tr("Backup folder (default: the one `backup setup` recorded)."),
                QStringLiteral("dir"));
    p.addOption(QStringLiteral("database"), tr("Database to check in the restore (default: the source's)."),
                QStringLiteral("name"));
    addTargetOptions(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    cancelOnSignals();
    backup::DrillOptions options;
    options.restore.backroomProgram = QCoreApplication::applicationFilePath();
    options.restore.progress = progressLine;
    options.restore.cancelled = [] { return g_cancelled.load(); };
    options.restore.folder = p.value(QStringLiteral("folder"));
    options.database = p.isSet(QStringLiteral("database")) ? p.value(QStringLiteral("database")) : QStringLiteral("backroom");
    // Kept open for the whole drill: a server this command started stops when it goes.
    auto target = openTarget(p);
    if (target) {
        options.sourceConninfo = target->conninfo;
        if (options.restore.folder.isEmpty()) {
            auto folder = backup::configuredFolder(*target->conn);
            if (!folder)
                return fail(p, folder.error());
            options.restore.folder = *folder;
        }
        auto who = target->conn->exec("SELECT current_database(), (SELECT rolname FROM pg_roles WHERE oid = 10)");
        if (who && !p.isSet(QStringLiteral("database")))
            options.database = who->text(0, 0);
        if (who)
            options.restore.superuser = who->text(0, 1);
    } else if (options.restore.folder.isEmpty()) {
        return fail(p, target.error());
    } else {
        progressLine(tr("The source database is unreachable (%1): restoring from the folder alone.")
                         .arg(target.error().message));
    }
    auto report = backup::runRestoreDrill(options);
    if (!report) {
        fail(p, report.error());
        return Failed;   // no backup, a gap in the archive, a failed restore: the drill failed
    }
    if (p.json())
        printJson(report->toJson());
    else
        printDrill(*report);
    return report->passed() ? Ok : Failed;
}

// Run by the server: archive_command = backroom backup archive-wal <archive dir> %f %p
int archiveWal(const QStringList &args)
{
    if (args.size() != 3) {
        err() << "usage: backroom backup archive-wal <archive dir> <wal file name> <wal file path>\n";
        return BadInput;
    }
    if (auto s = backup::archiveWalFile(args.at(2), args.at(0), args.at(1)); !s) {
        err() << "backroom archive-wal: " << s.error().message << "\n";
        return Failed;
    }
    return Ok;
}

// Run by a restoring server: restore_command = backroom backup restore-wal <archive dir> %f %p
int restoreWal(const QStringList &args)
{
    if (args.size() != 3) {
        err() << "usage: backroom backup restore-wal <archive dir> <wal file name> <destination path>\n";
        return BadInput;
    }
    if (auto s = backup::restoreWalFile(args.at(0), args.at(1), args.at(2)); !s) {
        // Not archived is how every recovery ends; say nothing the server log would show as an error.
        if (s.error().kind != Error::Kind::NotFound)
            err() << "backroom restore-wal: " << s.error().message << "\n";
        return Failed;
    }
    return Ok;
}

int backupCommand(const QStringList &args)
{
    // The server's own archive_command and restore_command; not for people, so not listed.
    const QString sub = args.value(0);
    if (sub == QLatin1String("archive-wal"))
        return archiveWal(args.mid(1));
    if (sub == QLatin1String("restore-wal"))
        return restoreWal(args.mid(1));
    return dispatch(QStringLiteral("backup"),
                    {{QStringLiteral("setup"), QStringLiteral("continuous WAL archiving and a first base backup"), setup},
                     {QStringLiteral("base"), QStringLiteral("take a base backup now"), base},
                     {QStringLiteral("status"), QStringLiteral("the newest restore point and its age"), status},
                     {QStringLiteral("restore-drill"),
                      QStringLiteral("restore into a throwaway cluster, check, report RPO and RTO"), restoreDrill}},
                    args);
}

const bool registered = registerCommand(
    QStringLiteral("backup"),
    QStringLiteral("setup | base | status | restore-drill: continuous backups and the restore drill"), backupCommand);

} // namespace
} // namespace backroom::cli
