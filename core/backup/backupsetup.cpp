#include "backupsetup.h"
#include "coretext.h"

#include "backupfolder.h"

#include <QCoreApplication>
#include <QDir>

namespace backroom::backup {

namespace {

constexpr const char *kIdentity =
    "SELECT system_identifier::text, pg_size_bytes(current_setting('wal_segment_size')), "
    "current_setting('server_version') FROM pg_control_system()";
constexpr const char *kCurrent = "SELECT name, setting FROM pg_settings WHERE name = ANY($1::text[])";
constexpr const char *kIsSuperuser = "SELECT rolsuper FROM pg_roles WHERE rolname = current_user";
constexpr const char *kQuote = "SELECT quote_literal($1)";
constexpr const char *kReload = "SELECT pg_reload_conf()";
constexpr const char *kConfigure = "SELECT backup_configure($1, make_interval(hours => $2))";

// Settings that only change when the server starts.
const QStringList kRestartSettings = {QStringLiteral("archive_mode"), QStringLiteral("track_commit_timestamp"),
                                      QStringLiteral("wal_level"), QStringLiteral("max_wal_senders")};

Result<QString> quoted(const QString &path)
{
    static const QString unsafe = QStringLiteral("\"%$`");
    for (QChar c : path)
        if (unsafe.contains(c) || c < QChar(0x20))
            return Error::make(Error::Kind::BadInput,
                               BackupText::tr("The path %1 holds a character (%2) the server's shell cannot take safely: "
                                  "choose another folder.").arg(path, QString(c)));
    return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
}

Result<QString> walCommand(const QString &program, const QString &folder, const QString &verb,
                           const QString &arguments)
{
    auto exe = quoted(program);
    if (!exe)
        return exe;
    auto wal = quoted(BackupFolder(folder).walDir());
    if (!wal)
        return wal;
    return QStringLiteral("%1 backup %2 %3 %4").arg(*exe, verb, *wal, arguments);
}

// What each setting must be; max_wal_senders and wal_level only when they are too low.
QList<QPair<QString, QString>> wantedSettings(const QHash<QString, QString> &now, const QString &archiveCommand,
                                              int archiveTimeout)
{
    QList<QPair<QString, QString>> wanted = {
        {QStringLiteral("archive_mode"), QStringLiteral("on")},
        {QStringLiteral("archive_command"), archiveCommand},
        {QStringLiteral("archive_timeout"), QString::number(archiveTimeout)},
        {QStringLiteral("track_commit_timestamp"), QStringLiteral("on")},
    };
    if (now.value(QStringLiteral("wal_level")) == QLatin1String("minimal"))
        wanted.append({QStringLiteral("wal_level"), QStringLiteral("replica")});
    if (now.value(QStringLiteral("max_wal_senders")).toInt() < 2)
        wanted.append({QStringLiteral("max_wal_senders"), QStringLiteral("4")});
    return wanted;
}
} // namespace

Result<QString> archiveCommandFor(const QString &backroomProgram, const QString &folder)
{
    return walCommand(backroomProgram, folder, QStringLiteral("archive-wal"), QStringLiteral("\"%f\" \"%p\""));
}

Result<QString> restoreCommandFor(const QString &backroomProgram, const QString &folder)
{
    return walCommand(backroomProgram, folder, QStringLiteral("restore-wal"), QStringLiteral("\"%f\" \"%p\""));
}

Result<ClusterIdentity> clusterIdentity(db::Connection &conn)
{
    auto r = conn.exec(kIdentity);
    if (!r)
        return r.error();
    return ClusterIdentity{r->text(0, 0), r->toInt64(0, 1), r->text(0, 2)};
}

Result<SetupReport> setUpArchiving(db::Connection &conn, const SetupOptions &options)
{
    auto super = conn.exec(kIsSuperuser);
    if (!super)
        return super.error();
    if (super->rows() == 0 || !super->toBool(0, 0))
        return Error::make(Error::Kind::Auth, BackupText::tr("Setting up archiving changes server settings (ALTER SYSTEM): "
                                                 "connect as a superuser, e.g. the cluster's administrator."));
    if (options.archiveTimeoutSeconds < 1 || options.baseIntervalHours < 1)
        return Error::make(Error::Kind::BadInput, BackupText::tr("The archive timeout and base backup interval must be positive."));
    auto identity = clusterIdentity(conn);
    if (!identity)
        return identity.error();
    auto command = archiveCommandFor(options.backroomProgram, options.folder);
    if (!command)
        return command.error();
    if (auto claimed = BackupFolder(options.folder).claim(identity->systemId, identity->walSegmentSize); !claimed)
        return claimed.error();

    const QStringList names = {QStringLiteral("archive_mode"), QStringLiteral("archive_command"),
                               QStringLiteral("archive_timeout"), QStringLiteral("track_commit_timestamp"),
                               QStringLiteral("wal_level"), QStringLiteral("max_wal_senders")};
    auto current = conn.exec(kCurrent, {QStringLiteral("{%1}").arg(names.join(QLatin1Char(',')))});
    if (!current)
        return current.error();
    QHash<QString, QString> now;
    for (int i = 0; i < current->rows(); ++i)
        now.insert(current->text(i, 0), current->text(i, 1));

    SetupReport report;
    report.archiveCommand = *command;
    report.systemId = identity->systemId;
    for (const auto &[name, value] : wantedSettings(now, *command, options.archiveTimeoutSeconds)) {
        if (now.value(name) == value)
            continue;
        auto literal = conn.exec(kQuote, {value});
        if (!literal)
            return literal.error();
        // ALTER SYSTEM takes no parameters; the name is ours and the value is quoted by the server.
        if (auto r = conn.exec(QStringLiteral("ALTER SYSTEM SET %1 = %2").arg(name, literal->text(0, 0))); !r)
            return r.error();
        report.changes << QStringLiteral("%1: %2 -> %3").arg(name, now.value(name), value);
        if (kRestartSettings.contains(name))
            report.restartNeeded = true;
    }
    if (auto r = conn.exec(kReload); !r)
        return r.error();
    if (auto r = conn.exec(kConfigure, {BackupFolder(options.folder).root(), options.baseIntervalHours}); !r)
        return r.error();
    return report;
}

} // namespace backroom::backup
