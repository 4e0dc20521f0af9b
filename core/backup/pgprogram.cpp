#include "pgprogram.h"
#include "coretext.h"

#include "db/embeddedcluster.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace backroom::backup {

namespace {
constexpr int kPollMs = 100;
} // namespace

bool runsAsPostgresUser()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0 && getpwnam("postgres") != nullptr;
#else
    return false;
#endif
}

void handToServerUser(const QString &path)
{
#ifdef Q_OS_UNIX
    if (!runsAsPostgresUser())
        return;
    if (const passwd *pw = getpwnam("postgres"))
        if (lchown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
            qWarning("could not give %s to the postgres user", qPrintable(path));
#else
    Q_UNUSED(path)
#endif
}

void handTreeToServerUser(const QString &root)
{
    if (!runsAsPostgresUser())
        return;
    handToServerUser(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        handToServerUser(it.next());
}

Result<QString> pgProgramPath(const QString &program)
{
    auto bindir = db::EmbeddedCluster::findServerBinaries();
    if (!bindir)
        return bindir.error();
    const QString path = QStandardPaths::findExecutable(program, {*bindir});
    if (path.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           BackupText::tr("%1 is missing from %2: install the PostgreSQL client and server programs.")
                               .arg(program, *bindir));
    return path;
}

Result<QString> runPgProgram(const ProgramRun &run)
{
    auto exe = pgProgramPath(run.program);
    if (!exe)
        return exe.error();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(run.extraEnv);
    p.setProcessEnvironment(env);
    if (runsAsPostgresUser())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), *exe} + run.args);
    else
        p.start(*exe, run.args);
    if (!p.waitForStarted(10000))
        return Error::make(Error::Kind::Connection, BackupText::tr("Could not start %1: %2").arg(*exe, p.errorString()));
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && !p.waitForFinished(kPollMs)) {
        if (run.cancelled && run.cancelled()) {
            p.kill();
            p.waitForFinished(5000);
            return Error::make(Error::Kind::Cancelled, BackupText::tr("%1 was cancelled.").arg(run.program));
        }
        if (clock.elapsed() > run.timeoutMs) {
            p.kill();
            p.waitForFinished(5000);
            return Error::make(Error::Kind::Connection,
                               BackupText::tr("%1 did not finish within %2 s.").arg(run.program).arg(run.timeoutMs / 1000));
        }
    }
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error::make(Error::Kind::Connection, BackupText::tr("%1 failed (exit %2): %3")
                                                        .arg(run.program)
                                                        .arg(p.exitCode())
                                                        .arg(output.trimmed().right(800)));
    return output;
}

} // namespace backroom::backup
