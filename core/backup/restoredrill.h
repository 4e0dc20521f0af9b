#pragma once
// Restoring a backup: the newest base backup plus the archived WAL into a throwaway cluster (a temp
// directory, a private socket, archiving off, promoted at the end of the archive), and the restore
// drill on top: restore, check the shop's invariants, report the recovery point (the last transaction
// restored), the data lost against the source's newest commit, and the recovery time.
// Blocking: use from the CLI, a worker thread or tests. Cancellable through the options.

#include "backupfolder.h"
#include "db/connection.h"
#include "walarchive.h"

#include <QDateTime>
#include <QJsonObject>
#include <QDir>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

namespace backroom::backup {

struct RestoreOptions {
    QString folder;                 // the backup folder
    QString backroomProgram;        // the executable the restored server runs as restore_command
    QString superuser;              // role to connect to the restore as (trust on its private socket);
                                    // empty: the source's usual names are tried
    int timeoutSeconds = 3600;      // recovery taking longer than this fails
    std::function<void(const QString &)> progress;
    std::function<bool()> cancelled;
};

// A cluster restored from a backup into a temp directory, running and promoted. The destructor stops
// it (immediate) and removes the directory, on every path out of the code that owns it.
class RestoredCluster {
public:
    // Errors: NotFound (not a backup folder, no base backup, a WAL segment missing from the archive),
    // Connection (the server failed to start or to recover, with its log's tail), Cancelled.
    static Result<std::unique_ptr<RestoredCluster>> restore(const RestoreOptions &options);
    ~RestoredCluster();
    RestoredCluster(const RestoredCluster &) = delete;
    RestoredCluster &operator=(const RestoredCluster &) = delete;

    // Opens a connection to a database of the restore as a superuser of the restored cluster.
    Result<std::unique_ptr<db::Connection>> connect(const QString &database) const;

    const BaseBackup &baseBackup() const { return m_base; }
    const ArchiveSpan &archive() const { return m_span; }
    // The commit time of the last transaction replayed; invalid when none was replayed after the
    // base backup (then the base backup's end is the recovery point).
    const QDateTime &lastReplayedCommit() const { return m_lastReplayed; }
    int segmentsRestored() const { return m_segmentsRestored; }
    double recoverySeconds() const { return m_recoverySeconds; }
    QString dataDir() const;
    QString serverLogTail(int chars = 1500) const;

private:
    RestoredCluster() = default;
    Status prepare(const RestoreOptions &options);
    Status startAndWait(const RestoreOptions &options);
    void stop();

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/backroom-restore-XXXXXX")};
    BaseBackup m_base;
    ArchiveSpan m_span;
    QStringList m_users;
    int m_port = 0;
    bool m_started = false;
    QDateTime m_lastReplayed;
    int m_segmentsRestored = 0;
    double m_recoverySeconds = 0;
};

struct InvariantCheck {
    QString name;          // ledger_equals_stock, no_negative_stock, orders_consistent
    qint64 violations = 0;
    QString example;       // one offending row, for the report
};
// The shop's invariants on a database: for every stock row on_hand equals its ledger sum; no stock
// is negative or over-reserved; orders, allocations and buckets agree (checkout_violations()).
Result<QList<InvariantCheck>> checkInvariants(db::Connection &conn);

struct DrillOptions {
    RestoreOptions restore;
    QString sourceConninfo;        // the database backed up: its newest commit, and where the result is
                                   // recorded; may be unreachable (then data lost is unknown)
    QString database = QStringLiteral("backroom");   // the database to check in the restore
};

struct DrillReport {
    QString baseLabel;
    QDateTime baseFinished;
    ArchiveSpan archive;
    int segmentsRestored = 0;
    QDateTime recoveryPoint;            // the last transaction restored (or the base backup's end)
    QString recoveryPointSource;        // "last replayed commit" or "base backup end"
    QDateTime sourceNewestCommit;       // invalid when unknown
    std::optional<double> dataLostSeconds;
    double recoverySeconds = 0;         // drill start until the restore accepted connections
    double totalSeconds = 0;            // the whole drill, invariants included
    QList<InvariantCheck> invariants;
    bool passed() const;
    QJsonObject toJson() const;
};

// Restores, checks and reports; records the outcome (good or bad) in the source's backup_run when it
// is reachable. An invariant violated is a report with passed() false, not an error.
Result<DrillReport> runRestoreDrill(const DrillOptions &options);

} // namespace backroom::backup
