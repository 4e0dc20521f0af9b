// Continuous backups against a real cluster of the test's own (archiving changes server settings, so
// it does not share the harness's cluster): setup, base backup, archiving, status, the restore drill
// and its errors; the archive files themselves without a database.
#include "backup/backupsetup.h"
#include "backup/backupstatus.h"
#include "backup/basebackup.h"
#include "backup/restoredrill.h"
#include "backup/walarchive.h"
#include "db/embeddedcluster.h"
#include "db/migrations.h"
#include "inventory/demoseed.h"
#include "screenshots.h"
#include "testdb.h"
#include "db/asyncdb.h"
#include "dbgate.h"
#include "health/backupssection.h"
#include "health/healthscreen.h"

#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace backroom;
using namespace backroom::backup;
using test::connectOrDie;
using test::must;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run backroomCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BACKROOM_BIN), args);
    if (!p.waitForFinished(300000))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QByteArray segmentLike(char fill) { return QByteArray(64 * 1024, fill); }

// Inserts n marker rows, one transaction each, and returns their ids.
QList<qint64> addMarkers(db::Connection &conn, int n)
{
    QList<qint64> ids;
    for (int i = 0; i < n; ++i)
        ids << must(conn, "INSERT INTO drill_marker DEFAULT VALUES RETURNING id").toInt64(0, 0);
    return ids;
}
} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::EmbeddedCluster> m_cluster;
    QString m_conninfo;

    QString folder() const { return m_dir->path() + QStringLiteral("/backups"); }

    // Forces the current WAL segment out and waits until the archiver has it.
    void switchAndWaitArchived(db::Connection &conn)
    {
        const QString segment = must(conn, "SELECT pg_walfile_name(pg_switch_wal())").text(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            must(conn, "SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver").text(0, 0).left(24) >= segment,
            30000);
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/backroom-backup-test-XXXXXX"));
        QVERIFY(m_dir->isValid());
        // As root the server (and the archive command) run as postgres, which must enter the dir.
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                 | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        m_cluster = std::make_unique<db::EmbeddedCluster>(m_dir->path() + QStringLiteral("/pg"));
        if (auto s = m_cluster->start(); !s)
            QFAIL(qPrintable(s.error().message));
        QVERIFY(m_cluster->ensureDatabase(QStringLiteral("backroom")));
        m_conninfo = m_cluster->connInfo();
        auto conn = connectOrDie(m_conninfo);
        db::Migrator migrator(*conn);
        QVERIFY(migrator.migrate());
        inventory::SeedOptions seed;
        seed.products = 30;
        seed.bins = 10;
        QVERIFY(inventory::seedDemo(*conn, seed));
        must(*conn, "CREATE TABLE drill_marker (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp())");
    }

    void cleanupTestCase()
    {
        m_cluster.reset();   // stops the server before the directory goes
        m_dir.reset();
    }

    // ---- the archive folder, without a database ----

    void archiveKeepsAnIdenticalSegmentAndRefusesADifferentOne()
    {
        QTemporaryDir dir;
        const QString wal = dir.filePath(QStringLiteral("wal"));
        QVERIFY(QDir().mkpath(wal));
        const QString name = QStringLiteral("000000010000000000000007");
        writeFile(dir.filePath(name), segmentLike('a'));
        QVERIFY(archiveWalFile(dir.filePath(name), wal, name));
        QVERIFY(QFileInfo(wal + QStringLiteral("/") + name + QStringLiteral(".z")).size() < 4096);   // compressed
        QVERIFY(archiveWalFile(dir.filePath(name), wal, name));   // a retry after a crash: same content, fine

        writeFile(dir.filePath(name), segmentLike('b'));
        auto again = archiveWalFile(dir.filePath(name), wal, name);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY(again.error().message.contains(QLatin1String("refusing to overwrite")));

        QVERIFY(restoreWalFile(wal, name, dir.filePath(QStringLiteral("RECOVERYXLOG"))));
        QFile restored(dir.filePath(QStringLiteral("RECOVERYXLOG")));
        QVERIFY(restored.open(QIODevice::ReadOnly));
        QCOMPARE(restored.readAll(), segmentLike('a'));   // the first archived copy, untouched
        QCOMPARE(QDir(wal).entryList(QDir::Files).size(), 1);   // no temporary files left behind
    }

    void restoreOfAFileNotArchivedIsNotFound()
    {
        QTemporaryDir dir;
        auto r = restoreWalFile(dir.path(), QStringLiteral("00000002.history"), dir.filePath(QStringLiteral("x")));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
    }

    void archiveSpanFindsGaps()
    {
        QTemporaryDir dir;
        for (const char *name : {"000000010000000000000002", "000000010000000000000003", "000000010000000000000005",
                                 "000000010000000000000001"})
            writeFile(dir.filePath(QLatin1String(name) + QStringLiteral(".z")), qCompress(QByteArray("x")));
        auto span = archiveSpan(dir.path(), QStringLiteral("000000010000000000000002"));
        QVERIFY(span);
        QCOMPARE(span->newest, QStringLiteral("000000010000000000000005"));
        QCOMPARE(span->missing, QStringList{QStringLiteral("000000010000000000000004")});
        QCOMPARE(pruneArchive(dir.path(), QStringLiteral("000000010000000000000003")), 2);
    }

    void segmentNamesRoundTrip()
    {
        const auto s = parseSegmentName(QStringLiteral("0000000200000001000000FF"));
        QVERIFY(s);
        QCOMPARE(s->timeline, 2u);
        QCOMPARE(s->segno, quint64(0x100 + 0xFF));
        QCOMPARE(segmentFileName(*s), QStringLiteral("0000000200000001000000FF"));
        QVERIFY(!parseSegmentName(QStringLiteral("00000002.history")));
    }

    // ---- against the cluster ----

    void onlyTheOwnerReadsAndRecordsBackups()
    {
        auto conn = connectOrDie(m_conninfo);
        auto r = must(*conn, "SELECT has_function_privilege('backroom_owner', 'backup_status()', 'EXECUTE'), "
                             "has_function_privilege('backroom_staff', 'backup_status()', 'EXECUTE'), "
                             "has_function_privilege('backroom_store', 'backup_record_run(text, timestamptz, "
                             "timestamptz, boolean, jsonb)', 'EXECUTE'), "
                             "has_table_privilege('backroom_owner', 'backroom_data.backup_run', 'INSERT'), "
                             "has_table_privilege('backroom_owner', 'backroom_data.backup_config', 'UPDATE')");
        QVERIFY(r.toBool(0, 0));
        QVERIFY(!r.toBool(0, 1));
        QVERIFY(!r.toBool(0, 2));
        QVERIFY(!r.toBool(0, 3));
        QVERIFY(!r.toBool(0, 4));
    }

    void statusWithoutBackupSaysSoAndFails()
    {
        auto conn = connectOrDie(m_conninfo);
        if (auto folder = configuredFolder(*conn))
            QSKIP("backups were already set up by an earlier test");
        auto status = readBackupStatus(*conn);
        QVERIFY(status);
        QVERIFY(!status->configured);
        QVERIFY(!status->healthy());
        QVERIFY(!status->restorePoint().isValid());
        const Run run = backroomCli({QStringLiteral("backup"), QStringLiteral("status"), QStringLiteral("--db"), m_conninfo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("not set up")), qPrintable(run.out));
    }

    void drillOnAnEmptyFolderSaysThereIsNoBackup()
    {
        QTemporaryDir empty;
        DrillOptions options;
        options.restore.folder = empty.path();
        options.restore.backroomProgram = QStringLiteral(BACKROOM_BIN);
        auto report = runRestoreDrill(options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::NotFound);
        QVERIFY(report.error().message.contains(QLatin1String("backup setup")));

        // With the source unreachable the drill still runs from the folder alone (and records nothing).
        const Run run = backroomCli({QStringLiteral("backup"), QStringLiteral("restore-drill"), QStringLiteral("--folder"),
                                     empty.path(), QStringLiteral("--db"), QStringLiteral("host=/nonexistent dbname=x")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("not a Backroom backup folder")), qPrintable(run.err));
    }

    void setupBaseBackupArchiveAndRestoreDrill()
    {
        auto conn = connectOrDie(m_conninfo);
        SetupOptions setup;
        setup.folder = folder();
        setup.backroomProgram = QStringLiteral(BACKROOM_BIN);
        setup.archiveTimeoutSeconds = 2;
        auto report = setUpArchiving(*conn, setup);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->restartNeeded);
        QVERIFY(report->archiveCommand.contains(QLatin1String("archive-wal")));
        conn.reset();
        QVERIFY(m_cluster->stop());
        QVERIFY(m_cluster->start());
        m_conninfo = m_cluster->connInfo();
        conn = connectOrDie(m_conninfo);
        QCOMPARE(must(*conn, "SHOW archive_mode").text(0, 0), QStringLiteral("on"));

        const QList<qint64> beforeBase = addMarkers(*conn, 5);
        BaseBackupOptions base;
        base.folder = folder();
        base.conninfo = m_conninfo;
        auto taken = takeBaseBackup(*conn, base);
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
        QVERIFY(QFileInfo::exists(taken->dataDir() + QStringLiteral("/backup_label")));
        QVERIFY(parseSegmentName(taken->startWal));

        // More writes, an order, a WAL switch in between, and all of it archived.
        const QList<qint64> afterBase = addMarkers(*conn, 20);
        must(*conn, "SELECT * FROM place_order(jsonb_build_array(jsonb_build_object('sku', "
                    "(SELECT p.sku FROM product p JOIN stock s ON s.product_id = p.id "
                    "  WHERE s.on_hand - s.reserved > 0 ORDER BY p.id LIMIT 1), 'qty', 1)))");
        switchAndWaitArchived(*conn);
        const QList<qint64> last = addMarkers(*conn, 10);
        switchAndWaitArchived(*conn);

        auto status = readBackupStatus(*conn);
        QVERIFY(status);
        QVERIFY2(status->healthy(), qPrintable(status->problems().join(QLatin1Char('\n'))));
        QVERIFY(status->upToDate());
        QVERIFY(status->restorePoint().isValid());
        QVERIFY(status->lastGoodBaseAt.isValid());

        DrillOptions drill;
        drill.restore.folder = folder();
        drill.restore.backroomProgram = QStringLiteral(BACKROOM_BIN);
        drill.sourceConninfo = m_conninfo;
        QStringList progress;
        drill.restore.progress = [&progress](const QString &line) { progress << line; };
        auto result = runRestoreDrill(drill);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(result->passed());
        QCOMPARE(result->invariants.size(), 3);
        QCOMPARE(result->recoveryPointSource, QStringLiteral("last replayed commit"));
        QVERIFY(result->recoveryPoint.isValid());
        QVERIFY(result->sourceNewestCommit.isValid());
        QVERIFY(result->dataLostSeconds);
        QCOMPARE(*result->dataLostSeconds, 0.0);   // everything was archived before the drill
        QVERIFY(result->recoverySeconds > 0);
        QVERIFY(!progress.isEmpty());
        QVERIFY2(result->segmentsRestored >= 2, qPrintable(QString::number(result->segmentsRestored)));

        // Every row committed before the recovery point is in the restore.
        const auto point = result->recoveryPoint;
        auto restored = RestoredCluster::restore(drill.restore);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        auto copy = (*restored)->connect(QStringLiteral("backroom"));
        QVERIFY(copy);
        auto rows = must(**copy, "SELECT count(*), max(at) FROM drill_marker");
        const auto expected = must(*conn, "SELECT count(*) FROM drill_marker WHERE at <= $1",
                                   {point.toString(Qt::ISODateWithMs)}).toInt64(0, 0);
        QCOMPARE(rows.toInt64(0, 0), qint64(beforeBase.size() + afterBase.size() + last.size()));
        QVERIFY(rows.toInt64(0, 0) >= expected);
        const QString tempDir = (*restored)->dataDir();
        copy->reset();
        restored->reset();
        QVERIFY(!QFileInfo::exists(tempDir));   // the throwaway cluster is gone

        // The result is recorded for every GUI.
        status = readBackupStatus(*conn);
        QVERIFY(status);
        QVERIFY(status->lastDrillOk);
        QCOMPARE(status->lastDrill.value(QStringLiteral("passed")).toBool(), true);

        // The command line agrees.
        Run run = backroomCli({QStringLiteral("backup"), QStringLiteral("status"), QStringLiteral("--db"), m_conninfo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        run = backroomCli({QStringLiteral("backup"), QStringLiteral("restore-drill"), QStringLiteral("--json"),
                           QStringLiteral("--db"), m_conninfo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), true);
        QVERIFY(!json.value(QStringLiteral("recovery_point")).toString().isEmpty());
        QVERIFY(run.err.contains(QLatin1String("Restored and promoted")));

        // A segment missing from the archive: a clear error, not a silently short restore.
        switchAndWaitArchived(*conn);
        addMarkers(*conn, 1);
        switchAndWaitArchived(*conn);
        auto span = archiveSpan(BackupFolder(folder()).walDir(), taken->startWal);
        QVERIFY(span && span->segments >= 3);
        const auto first = parseSegmentName(taken->startWal);
        const QString middle = segmentFileName(WalSegment{first->timeline, first->segno + 1});
        QVERIFY(QFile::remove(BackupFolder(folder()).walDir() + QStringLiteral("/") + middle + QStringLiteral(".z")));
        auto broken = runRestoreDrill(drill);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(middle), qPrintable(broken.error().message));
        run = backroomCli({QStringLiteral("backup"), QStringLiteral("restore-drill"), QStringLiteral("--db"), m_conninfo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("missing")), qPrintable(run.err));
        status = readBackupStatus(*conn);
        QVERIFY(status && !status->lastDrillOk);
    }

    // Runs in whatever state the earlier tests left: it compares the panel with the status itself.
    void healthScreenShowsTheBackupState()
    {
        db::AsyncDb async(m_conninfo);
        ui::DbGate gate(&async);
        ui::HealthScreen screen(&gate);
        QSignalSpy refreshed(screen.backups(), &ui::HealthSection::refreshed);
        screen.show();   // the first refresh comes with showing
        QVERIFY(refreshed.wait(10000));
        auto conn = connectOrDie(m_conninfo);
        auto status = readBackupStatus(*conn);
        QVERIFY(status);
        ui::BackupsSection *panel = screen.backups();
        QCOMPARE(panel->needsAttention(), !status->healthy());
        QCOMPARE(panel->problemsLabel()->text().isEmpty(), status->healthy());
        QCOMPARE(panel->problemsLabel()->styleSheet().contains(QLatin1String("#b3261e")), !status->healthy());
        if (status->lastDrillAt.isValid())
            QVERIFY(panel->drillLabel()->text().startsWith(status->lastDrillOk ? QStringLiteral("Passed")
                                                                                : QStringLiteral("Failed")));
        if (!status->restorePoint().isValid())
            QVERIFY(panel->restorePointLabel()->text().startsWith(QLatin1String("None")));
        else
            QVERIFY(!panel->baseBackupLabel()->text().startsWith(QLatin1String("None")));
        screen.resize(900, 420);
        screen.grab().save(test::screenshotPath(QStringLiteral("health.png")));
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
