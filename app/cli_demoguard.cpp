// DemoGuard (demoguard.h) and `backroom demo-guard`, the internal command it runs as a child process.
#include "cli.h"
#include "demoguard.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace backroom::cli {

qint64 DemoGuard::postmasterPid(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();   // first line: the postmaster's pid
}

#ifdef Q_OS_UNIX

DemoGuard::~DemoGuard()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

Status DemoGuard::spawn(const QString &clusterRoot)
{
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, ends) != 0)
        return Error::make(Error::Kind::Query, QStringLiteral("No socket pair for the demo guard: %1")
                                                      .arg(QString::fromLocal8Bit(strerror(errno))));
    // Close-on-exec on both (SOCK_CLOEXEC is not portable): no other child may inherit them.
    ::fcntl(ends[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(ends[1], F_SETFD, FD_CLOEXEC);
#ifdef SO_NOSIGPIPE
    const int on = 1;   // macOS has no MSG_NOSIGNAL: a dead guard must not kill us with SIGPIPE
    ::setsockopt(ends[0], SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
    const QByteArray program = QFile::encodeName(QCoreApplication::applicationFilePath());
    const QByteArray root = QFile::encodeName(clusterRoot);
    const char *argv[] = {program.constData(), "demo-guard", "--data-dir", root.constData(), nullptr};
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(ends[0]);
        ::close(ends[1]);
        return Error::make(Error::Kind::Query, QStringLiteral("Could not start the demo guard: %1")
                                                      .arg(QString::fromLocal8Bit(strerror(errno))));
    }
    if (pid == 0) {
        // The guard reads its end as stdin. Its own session and ignored SIGINT/SIGHUP/SIGPIPE: a Ctrl+C,
        // a closed terminal or a closed stderr pipe that ends the demo must not end the guard before it
        // has done its job.
        ::dup2(ends[1], STDIN_FILENO);
        ::setsid();
        ::signal(SIGINT, SIG_IGN);
        ::signal(SIGHUP, SIG_IGN);
        ::signal(SIGPIPE, SIG_IGN);
        ::execv(argv[0], const_cast<char *const *>(argv));
        ::_exit(127);
    }
    ::close(ends[1]);
    m_socket = ends[0];   // close-on-exec: pg_ctl and postgres must not inherit it, or it never closes
    return Done{};
}

Status DemoGuard::watch(qint64 postmasterPid)
{
    if (m_socket < 0 || postmasterPid <= 0)
        return Error::make(Error::Kind::Query, QStringLiteral("The demo guard is not running."));
    const QByteArray line = QByteArray::number(postmasterPid) + '\n';
#ifdef MSG_NOSIGNAL
    const int flags = MSG_NOSIGNAL;
#else
    const int flags = 0;
#endif
    if (::send(m_socket, line.constData(), size_t(line.size()), flags) != line.size())
        return Error::make(Error::Kind::Query, QStringLiteral("The demo guard has gone away."));
    return Done{};
}

namespace {

// Blocks until the demo's end of the socket closes; returns the last postmaster pid it named.
qint64 waitForDemoToEnd()
{
    qint64 pid = 0;
    QByteArray pending;
    char buffer[64];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return pid;
        pending.append(buffer, int(n));
        while (pending.contains('\n')) {
            const int end = int(pending.indexOf('\n'));
            pid = pending.left(end).trimmed().toLongLong();
            pending.remove(0, end + 1);
        }
    }
}

int guard(const QStringList &args)
{
    Parser p(QStringLiteral("backroom demo-guard --data-dir dir"),
             QStringLiteral("Internal: started by `backroom demo`. Waits for the demo to end, then stops the "
                            "PostgreSQL it started if it is still running."));
    p.addOption(QStringLiteral("data-dir"), QStringLiteral("The demo's cluster directory."), QStringLiteral("dir"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    if (!p.requireOptions({"data-dir"}))
        return p.failCode();
    const QString dataDir = p.value(QStringLiteral("data-dir")) + QStringLiteral("/pgdata");
    const qint64 pid = waitForDemoToEnd();
    if (pid <= 0 || DemoGuard::postmasterPid(dataDir) != pid)
        return Ok;   // never started, stopped by the demo itself, or a later demo's server now
    // SIGINT = fast shutdown: roll back open transactions, checkpoint, stop. Sent before saying anything:
    // whoever read our stderr (the demo's) may be gone.
    if (::kill(pid_t(pid), SIGINT) != 0)
        return Failed;
    err() << "backroom demo-guard: the demo ended without stopping its PostgreSQL (pid " << pid
          << "); stopping it.\n";
    err().flush();
    // Wait for the server to finish (at most two minutes), so that whoever waits for us sees it down.
    QDeadlineTimer deadline(120000);
    while (::kill(pid_t(pid), 0) == 0 && !deadline.hasExpired())
        QThread::msleep(100);
    return ::kill(pid_t(pid), 0) == 0 ? Failed : Ok;
}

const bool registered = registerCommand(QStringLiteral("demo-guard"), QString(), guard);   // no summary: unlisted

} // namespace

#else   // no guard outside Unix: the demo stops its server on a normal quit only

DemoGuard::~DemoGuard() = default;
Status DemoGuard::spawn(const QString &)
{
    return Error::make(Error::Kind::Query, QStringLiteral("No demo guard on this system."));
}
Status DemoGuard::watch(qint64) { return Error::make(Error::Kind::Query, QStringLiteral("No demo guard.")); }

#endif

} // namespace backroom::cli
