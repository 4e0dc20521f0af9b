#include "restoredrill.h"
#include "coretext.h"

#include "backupsetup.h"
#include "backupstatus.h"
#include "basebackup.h"
#include "pgprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <libpq-fe.h>

namespace backroom::backup {

namespace {

constexpr int kPollMs = 200;
constexpr int kProgressEverySeconds = 5;
constexpr int kDeadAfterMs = 5000;   // no postmaster.pid this long after start: the server died
constexpr const char *kInRecovery = "SELECT pg_is_in_recovery()";
constexpr const char *kLastReplayed = "SELECT (extract(epoch FROM pg_last_xact_replay_timestamp()) * 1000)::bigint";

constexpr const char *kLedgerCheck =
    "SELECT count(*), min(format('product %s bin %s: %s', product_id, bin_id, detail)) "
    "FROM checkout_violations() WHERE kind = 'ledger'";
constexpr const char *kNegativeCheck =
    "SELECT count(*), min(format('product %s bin %s: on_hand %s, reserved %s', product_id, bin_id, on_hand, reserved)) "
    "FROM stock WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand";
constexpr const char *kOrdersCheck =
    "SELECT count(*), min(format('%s, product %s bin %s: %s', kind, product_id, bin_id, detail)) "
    "FROM checkout_violations() WHERE kind <> 'ledger'";

void say(const RestoreOptions &o, const QString &line)
{
    if (o.progress)
        o.progress(line);
}

int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// A value for postgresql.conf: single-quoted, quotes doubled.
QString confValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Status appendFile(const QString &path, const QByteArray &text, bool truncate = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | (truncate ? QIODevice::Truncate : QIODevice::Append)) || f.write(text) != text.size())
        return Error::make(Error::Kind::BadInput, BackupText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return Done{};
}

QString mb(qint64 bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); }
QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
} // namespace

// ---- RestoredCluster ------------------------------------------------------------------------------

Result<std::unique_ptr<RestoredCluster>> RestoredCluster::restore(const RestoreOptions &options)
{
    std::unique_ptr<RestoredCluster> cluster(new RestoredCluster);
    if (auto p = cluster->prepare(options); !p)
        return p.error();
    if (auto s = cluster->startAndWait(options); !s)
        return s.error();   // the destructor stops the server and removes the directory
    return cluster;
}

RestoredCluster::~RestoredCluster() { stop(); }

QString RestoredCluster::dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

QString RestoredCluster::serverLogTail(int chars) const
{
    QFile log(m_dir.path() + QStringLiteral("/server.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(log.readAll().right(chars)).trimmed();
}

Status RestoredCluster::prepare(const RestoreOptions &o)
{
    if (!m_dir.isValid())
        return Error::make(Error::Kind::BadInput, BackupText::tr("Cannot create a temporary directory for the restore."));
    const BackupFolder folder(o.folder);
    if (auto id = folder.systemId(); !id)
        return id.error();
    const QList<BaseBackup> bases = folder.baseBackups();
    if (bases.isEmpty())
        return Error::make(Error::Kind::NotFound, BackupText::tr("There is no base backup in %1 yet: run `backroom backup base`.")
                                                      .arg(QDir::toNativeSeparators(folder.baseDir())));
    m_base = bases.first();
    auto span = archiveSpan(folder.walDir(), m_base.startWal, folder.walSegmentSize());
    if (!span)
        return span.error();
    m_span = *span;
    if (!m_span.missing.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           BackupText::tr("The WAL archive is missing %1 (%2 segment(s) missing between %3 and %4): a restore "
                              "would stop before it and lose everything after. Take a new base backup now "
                              "(`backroom backup base`) and find out why archiving skipped it.")
                               .arg(m_span.missing.first()).arg(m_span.missing.size()).arg(m_span.firstNeeded, m_span.newest));
    auto restoreCommand = restoreCommandFor(o.backroomProgram, folder.root());
    if (!restoreCommand)
        return restoreCommand.error();

    say(o, BackupText::tr("Copying base backup %1 (%2 MB) to %3 ...").arg(m_base.label, mb(m_base.bytes), m_dir.path()));
    if (auto c = copyTree(m_base.dataDir(), dataDir()); !c)
        return c;
    m_port = freeLoopbackPort();
    const QString socketDir = m_dir.path() + QStringLiteral("/run");
    QDir().mkpath(socketDir);
#ifdef Q_OS_WIN
    const QByteArray hba = "host all all 127.0.0.1/32 trust\n";
    const QString listen = QStringLiteral("127.0.0.1");
#else
    const QByteArray hba = "local all all trust\n";
    const QString listen;
#endif
    // Later lines of postgresql.auto.conf win: the restore never archives into the real archive,
    // listens only on its private socket, and needs no certificate files from the source host.
    const QString settings =
        QStringLiteral("\n# restore drill\nport = %1\nlisten_addresses = %2\nunix_socket_directories = %3\n"
                       "archive_mode = off\nhot_standby = off\nfsync = off\nssl = off\nlogging_collector = off\n"
                       "restore_command = %4\nrecovery_target_timeline = 'latest'\n")
            .arg(m_port)
            .arg(confValue(listen), confValue(QDir::fromNativeSeparators(socketDir)), confValue(*restoreCommand));
    for (const Status &s : {appendFile(dataDir() + QStringLiteral("/pg_hba.conf"), hba, true),
                            appendFile(dataDir() + QStringLiteral("/postgresql.auto.conf"), settings.toUtf8()),
                            appendFile(dataDir() + QStringLiteral("/recovery.signal"), QByteArray())})
        if (!s)
            return s;
    QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (runsAsPostgresUser())
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    handTreeToServerUser(m_dir.path());
    m_users = QStringList{o.superuser, QStringLiteral("backroom"), QStringLiteral("postgres")};
    m_users.removeAll(QString());
    m_users.removeDuplicates();
    return Done{};
}

Status RestoredCluster::startAndWait(const RestoreOptions &o)
{
    QElapsedTimer clock;
    clock.start();
    say(o, BackupText::tr("Starting the restore; it replays %1 archived WAL segment(s) up to %2 ...")
               .arg(m_span.segments).arg(m_span.newest.isEmpty() ? BackupText::tr("the base backup's end") : m_span.newest));
    m_started = true;   // from here on, stop() runs whatever pg_ctl says
    ProgramRun start{QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir.path() + QStringLiteral("/server.log"),
                      QStringLiteral("-W"), QStringLiteral("start")}};
    start.cancelled = o.cancelled;
    if (auto r = runPgProgram(start); !r)
        return Error::make(r.error().kind, BackupText::tr("The restore did not start: %1\n%2").arg(r.error().message, serverLogTail()));

#ifdef Q_OS_WIN
    const QString host = QStringLiteral("127.0.0.1");
#else
    const QString host = m_dir.path() + QStringLiteral("/run");
#endif
    const QByteArray ping = QStringLiteral("host='%1' port=%2 dbname=postgres connect_timeout=5").arg(host).arg(m_port).toUtf8();
    qint64 nextProgress = kProgressEverySeconds * 1000;
    static const QRegularExpression restored(QStringLiteral("restored log file \"([0-9A-F]{24})\""));
    for (;;) {
        const PGPing state = PQping(ping.constData());
        if (state == PQPING_OK)
            break;
        if (o.cancelled && o.cancelled())
            return Error::make(Error::Kind::Cancelled, BackupText::tr("The restore was cancelled."));
        if (clock.elapsed() > qint64(o.timeoutSeconds) * 1000)
            return Error::make(Error::Kind::Connection, BackupText::tr("The restore did not finish within %1 s. Server log:\n%2")
                                                            .arg(o.timeoutSeconds).arg(serverLogTail()));
        if (state == PQPING_NO_RESPONSE && clock.elapsed() > kDeadAfterMs
            && !QFile::exists(dataDir() + QStringLiteral("/postmaster.pid")))
            return Error::make(Error::Kind::Connection, BackupText::tr("The restored server stopped during recovery. Server log:\n%1")
                                                            .arg(serverLogTail()));
        if (clock.elapsed() >= nextProgress) {
            nextProgress += kProgressEverySeconds * 1000;
            QString last;
            for (auto it = restored.globalMatch(serverLogTail(20000)); it.hasNext();)
                last = it.next().captured(1);
            say(o, BackupText::tr("  recovering for %1 s%2").arg(clock.elapsed() / 1000)
                       .arg(last.isEmpty() ? QString() : BackupText::tr(", replayed up to %1").arg(last)));
        }
        QThread::msleep(kPollMs);
    }
    m_recoverySeconds = clock.elapsed() / 1000.0;
    QFile log(m_dir.path() + QStringLiteral("/server.log"));
    if (log.open(QIODevice::ReadOnly))
        m_segmentsRestored = int(QString::fromLocal8Bit(log.readAll()).count(restored));

    auto conn = connect(QStringLiteral("postgres"));
    if (!conn)
        return conn.error();
    auto recovering = (*conn)->exec(kInRecovery);
    if (!recovering)
        return recovering.error();
    if (recovering->toBool(0, 0))
        return Error::make(Error::Kind::Connection, BackupText::tr("The restored server accepts connections but is still in recovery."));
    auto replayed = (*conn)->exec(kLastReplayed);
    if (!replayed)
        return replayed.error();
    if (!replayed->isNull(0, 0))
        m_lastReplayed = QDateTime::fromMSecsSinceEpoch(replayed->toInt64(0, 0), Qt::UTC);
    say(o, BackupText::tr("Restored and promoted in %1 s (%2 WAL segment(s) replayed).")
               .arg(m_recoverySeconds, 0, 'f', 1).arg(m_segmentsRestored));
    return Done{};
}

Result<std::unique_ptr<db::Connection>> RestoredCluster::connect(const QString &database) const
{
#ifdef Q_OS_WIN
    const QString host = QStringLiteral("127.0.0.1");
#else
    const QString host = m_dir.path() + QStringLiteral("/run");
#endif
    Error last = Error::make(Error::Kind::Auth, BackupText::tr("No superuser of the restored cluster is known."));
    for (const QString &user : m_users) {
        auto conn = db::Connection::open(QStringLiteral("host='%1' port=%2 dbname='%3' user='%4'")
                                             .arg(host).arg(m_port).arg(database, user));
        if (conn)
            return conn;
        last = conn.error();
        if (last.message.contains(QLatin1String("database")) && last.message.contains(QLatin1String("does not exist")))
            break;
    }
    return last;
}

void RestoredCluster::stop()
{
    if (!m_started)
        return;
    m_started = false;
    ProgramRun stop{QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                               QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")}};
    stop.timeoutMs = 60000;
    if (auto r = runPgProgram(stop); !r && QFile::exists(dataDir() + QStringLiteral("/postmaster.pid")))
        qWarning("could not stop the restored cluster in %s: %s", qPrintable(dataDir()), qPrintable(r.error().message));
}

// ---- invariants and the drill ---------------------------------------------------------------------

Result<QList<InvariantCheck>> checkInvariants(db::Connection &conn)
{
    QList<InvariantCheck> checks;
    const QList<QPair<QString, const char *>> queries = {{QStringLiteral("ledger_equals_stock"), kLedgerCheck},
                                                         {QStringLiteral("no_negative_stock"), kNegativeCheck},
                                                         {QStringLiteral("orders_consistent"), kOrdersCheck}};
    for (const auto &[name, sql] : queries) {
        auto r = conn.exec(sql);
        if (!r)
            return Error::make(r.error().kind, BackupText::tr("Checking %1 failed (is this a Backroom database?): %2")
                                                   .arg(name, r.error().message), r.error().sqlState);
        checks.append(InvariantCheck{name, r->toInt64(0, 0), r->text(0, 1)});
    }
    return checks;
}

bool DrillReport::passed() const
{
    for (const auto &c : invariants)
        if (c.violations != 0)
            return false;
    return !invariants.isEmpty();
}

QJsonObject DrillReport::toJson() const
{
    QJsonArray checks;
    for (const auto &c : invariants)
        checks.append(QJsonObject{{QStringLiteral("name"), c.name},
                                  {QStringLiteral("violations"), c.violations},
                                  {QStringLiteral("example"), c.example}});
    return QJsonObject{
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("base_backup"), baseLabel},
        {QStringLiteral("base_backup_finished"), iso(baseFinished)},
        {QStringLiteral("archive_from"), archive.firstNeeded},
        {QStringLiteral("archive_newest"), archive.newest},
        {QStringLiteral("segments_restored"), segmentsRestored},
        {QStringLiteral("recovery_point"), iso(recoveryPoint)},
        {QStringLiteral("recovery_point_source"), recoveryPointSource},
        {QStringLiteral("source_newest_commit"), sourceNewestCommit.isValid() ? QJsonValue(iso(sourceNewestCommit)) : QJsonValue()},
        {QStringLiteral("data_lost_s"), dataLostSeconds ? QJsonValue(*dataLostSeconds) : QJsonValue()},
        {QStringLiteral("recovery_s"), recoverySeconds},
        {QStringLiteral("total_s"), totalSeconds},
        {QStringLiteral("invariants"), checks},
    };
}

namespace {
Result<DrillReport> restoreAndCheck(const DrillOptions &o, const QDateTime &sourceNewest, const QElapsedTimer &clock)
{
    auto restored = RestoredCluster::restore(o.restore);
    if (!restored)
        return restored.error();
    DrillReport report;
    const RestoredCluster &r = **restored;
    report.baseLabel = r.baseBackup().label;
    report.baseFinished = r.baseBackup().finished;
    report.archive = r.archive();
    report.segmentsRestored = r.segmentsRestored();
    report.recoverySeconds = clock.elapsed() / 1000.0;
    if (r.lastReplayedCommit().isValid()) {
        report.recoveryPoint = r.lastReplayedCommit();
        report.recoveryPointSource = QStringLiteral("last replayed commit");
    } else {
        report.recoveryPoint = r.baseBackup().finished;
        report.recoveryPointSource = QStringLiteral("base backup end");
    }
    report.sourceNewestCommit = sourceNewest;
    if (sourceNewest.isValid())
        report.dataLostSeconds = std::max(0.0, report.recoveryPoint.msecsTo(sourceNewest) / 1000.0);
    say(o.restore, BackupText::tr("Checking the invariants in database %1 ...").arg(o.database));
    auto conn = r.connect(o.database);
    if (!conn)
        return conn.error();
    auto checks = checkInvariants(**conn);
    if (!checks)
        return checks.error();
    report.invariants = *checks;
    report.totalSeconds = clock.elapsed() / 1000.0;
    say(o.restore, BackupText::tr("Removing the throwaway cluster ..."));
    return report;
}
} // namespace

Result<DrillReport> runRestoreDrill(const DrillOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    std::unique_ptr<db::Connection> source;
    QDateTime sourceNewest;
    if (!options.sourceConninfo.isEmpty()) {
        if (auto conn = db::Connection::open(options.sourceConninfo)) {
            source = std::move(*conn);
            if (auto status = readBackupStatus(*source))
                sourceNewest = status->newestCommit;
        } else {
            say(options.restore, BackupText::tr("The source database is unreachable (%1): the data lost cannot be measured.")
                                     .arg(conn.error().message));
        }
    }
    auto report = restoreAndCheck(options, sourceNewest, clock);
    if (source) {
        const QJsonObject detail = report ? report->toJson()
                                          : QJsonObject{{QStringLiteral("error"), report.error().message}};
        if (auto r = recordRun(*source, QStringLiteral("drill"), started, QDateTime::currentDateTimeUtc(),
                               report && report->passed(), detail); !r)
            say(options.restore, BackupText::tr("Could not record the drill's result: %1").arg(r.error().message));
    }
    return report;
}

} // namespace backroom::backup
