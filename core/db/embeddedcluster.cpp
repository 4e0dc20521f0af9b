#include "embeddedcluster.h"
#include "coretext.h"
#include "connection.h"
#include "pgbinaries.h"
#include "conninfo.h"
#include "passwordvault.h"
#include "security/credentialstore.h"
#include "security/selfsignedcertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace backroom::db {

namespace {
bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Gives the postgres OS user ownership of a path (root only).
void chownToPostgres(const QString &path)
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwnam("postgres"))
        if (chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
            qWarning("could not chown %s to postgres", qPrintable(path));
#else
    Q_UNUSED(path)
#endif
}
QString newPassword()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36)
           + QString::number(QRandomGenerator::system()->generate64(), 36);
}

// Regenerate a month before expiry so that a long-running shop never meets an expired certificate.
constexpr qint64 kCertificateRenewDays = 30;
} // namespace

EmbeddedCluster::EmbeddedCluster(QString dataRoot) : m_root(std::move(dataRoot)), m_asRoot(runningAsRoot()) {}

EmbeddedCluster::~EmbeddedCluster()
{
    if (m_started)
        stop();
}

QString EmbeddedCluster::defaultRoot()
{
    if (runningAsRoot())
        return QStringLiteral("/var/lib/backroom/cluster");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cluster");
}

Result<QString> EmbeddedCluster::findServerBinaries()
{
    const QString dir = findServerBinaryDir(PgSearchEnvironment::current());
    if (dir.isEmpty())
        return Error::make(Error::Kind::NotFound, missingServerBinariesMessage());
    return dir;
}

QString EmbeddedCluster::dataDir() const { return m_root + QStringLiteral("/pgdata"); }
QString EmbeddedCluster::socketDir() const { return m_root + QStringLiteral("/run"); }

QString EmbeddedCluster::connInfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(quoteConnValue(socketDir())).arg(m_port).arg(quoteConnValue(database), QLatin1String(kSuperuser));
}

QString EmbeddedCluster::tcpConnInfo(const QString &database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=verify-full sslrootcert=%4")
        .arg(m_port)
        .arg(quoteConnValue(database), QLatin1String(kSuperuser), quoteConnValue(rootCertificatePath()));
}

QString EmbeddedCluster::rootCertificatePath() const { return m_root + QStringLiteral("/root.crt"); }

QString EmbeddedCluster::credentialAccount() const
{
    return QStringLiteral("embedded-cluster:") + QDir(m_root).absolutePath();
}

Status EmbeddedCluster::ensureCertificate() const
{
    const QString cert = dataDir() + QStringLiteral("/server.crt");
    const QString key = dataDir() + QStringLiteral("/server.key");
    const QDateTime expiry = security::certificateExpiry(cert);
    if (!expiry.isValid() || !QFileInfo::exists(key)
        || expiry < QDateTime::currentDateTimeUtc().addDays(kCertificateRenewDays)) {
        security::CertificateRequest request;
        request.commonName = QStringLiteral("localhost");
        request.dnsNames = {QStringLiteral("localhost")};
        request.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        if (auto s = security::writeSelfSignedCertificate(request, cert, key); !s)
            return s;
        // PostgreSQL insists that its key is owned by the server's user and readable by it alone.
        if (m_asRoot)
            for (const QString &p : {cert, key})
                chownToPostgres(p);
    }
    // The client's copy, outside the data directory.
    QFile server(cert);
    if (!server.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::BadInput, DbText::tr("Cannot read %1.").arg(cert));
    const QByteArray pem = server.readAll();
    QFile existing(rootCertificatePath());
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == pem)
        return Done{};
    QSaveFile root(rootCertificatePath());
    if (!root.open(QIODevice::WriteOnly) || root.write(pem) != pem.size() || !root.commit())
        return Error::make(Error::Kind::BadInput, DbText::tr("Cannot write %1.").arg(rootCertificatePath()));
    return Done{};
}

Status EmbeddedCluster::ensureTcpPassword() const
{
    auto &store = security::CredentialStore::shared();
    const QString service = QLatin1String(kPasswordService);
    auto password = store.read(service, credentialAccount());
    const QString legacyFile = m_root + QStringLiteral("/password");
    if (!password) {
        if (password.error().kind != Error::Kind::NotFound)
            return password.error();
        // Clusters made before the credential store kept the password in a file: move it once.
        QFile legacy(legacyFile);
        QString chosen = legacy.open(QIODevice::ReadOnly) ? QString::fromUtf8(legacy.readAll()).trimmed() : QString();
        if (chosen.isEmpty())
            chosen = newPassword();
        if (auto saved = store.write(service, credentialAccount(), chosen); !saved)
            return saved;
        password = chosen;
    }
    if (QFileInfo::exists(legacyFile))
        QFile::remove(legacyFile);

    // Set the role's password as a SCRAM verifier made here: the password itself never reaches the
    // server, its logs or a command line.
    auto conn = Connection::open(connInfo(QStringLiteral("postgres")));
    if (!conn)
        return conn.error();
    const QByteArray clear = password->toUtf8();
    std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn((*conn)->raw(), clear.constData(), kSuperuser, "scram-sha-256"), &PQfreemem);
    if (!verifier)
        return Error::make(Error::Kind::Query, DbText::tr("Could not hash the embedded cluster's password."));
    std::unique_ptr<char, decltype(&PQfreemem)> literal(
        PQescapeLiteral((*conn)->raw(), verifier.get(), qstrlen(verifier.get())), &PQfreemem);
    if (!literal)
        return Error::make(Error::Kind::Query, DbText::tr("Could not quote the embedded cluster's password."));
    auto altered = (*conn)->exec(QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                                     .arg(QLatin1String(kSuperuser), QString::fromUtf8(literal.get())));
    if (!altered)
        return altered.error();
    PasswordVault::remember(ConnTarget{QStringLiteral("127.0.0.1"), QString::number(m_port), QLatin1String(kSuperuser)},
                            *password);
    return Done{};
}

bool EmbeddedCluster::isInitialised() const
{
    return QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"));
}

Result<QString> EmbeddedCluster::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = serverProgramPath(m_bindir, program);
    // PostgreSQL refuses to run as root: run its programs as the postgres OS user instead.
    if (m_asRoot)
#ifdef Q_OS_LINUX
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                       QStringLiteral("--"), exe} + args);
#else
        p.start(QStringLiteral("sudo"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), exe} + args);
#endif
    else
        p.start(exe, args);
    if (!p.waitForStarted(10000))
        return Error::make(Error::Kind::Connection, DbText::tr("Could not start %1: %2").arg(exe, p.errorString()));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return Error::make(Error::Kind::Connection, DbText::tr("%1 did not finish in time.").arg(program));
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error::make(Error::Kind::Connection,
                           DbText::tr("%1 failed (exit %2): %3").arg(program).arg(p.exitCode()).arg(out.trimmed()));
    return out;
}

Status EmbeddedCluster::resolveBinaries()
{
    if (!m_bindir.isEmpty())
        return Done{};
    auto bin = findServerBinaries();
    if (!bin)
        return bin.error();
    m_bindir = *bin;
    return Done{};
}

Status EmbeddedCluster::init()
{
    if (auto bin = resolveBinaries(); !bin)
        return bin;
    if (isInitialised())
        return Done{};
    if (!QDir().mkpath(socketDir()))
        return Error::make(Error::Kind::BadInput, DbText::tr("Cannot create %1: check permissions.").arg(m_root));
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_asRoot) {
        // The server runs as postgres: it must own the root, data and socket directories.
        QDir().mkpath(dataDir());
        for (const QString &p : {m_root, socketDir(), dataDir()})
            chownToPostgres(p);
    }
    // No password yet: the socket trusts its (0700) directory, and start() sets the TCP password.
    auto r = run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QLatin1String(kSuperuser),
                  QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync")});
    if (!r)
        return r.error();
    return Done{};
}

Status EmbeddedCluster::start()
{
    if (auto i = init(); !i)
        return i;
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return Error::make(Error::Kind::Connection, DbText::tr("No free loopback port for PostgreSQL."));
    // A crashed earlier run may leave the server up: stop it first so that the port we chose is used.
    run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                                   QStringLiteral("stop")}, 30000);
    if (auto cert = ensureCertificate(); !cert)
        return cert;
    // ssl_cert_file / ssl_key_file keep their defaults: server.crt and server.key in the data directory.
    QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=300 "
                                     "-c shared_buffers=256MB -c ssl=on")
                          .arg(m_port).arg(socketDir());
    if (!m_durable)
        options += QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    auto r = run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_root + QStringLiteral("/server.log"),
                  QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("start")});
    if (!r) {
        QFile log(m_root + QStringLiteral("/server.log"));
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(log.readAll().right(600)).trimmed();
        return Error::make(Error::Kind::Connection,
                           DbText::tr("The embedded PostgreSQL did not start: %1 %2").arg(r.error().message, tail));
    }
    m_started = true;
    // Without it only the loopback port is refused; the socket (which the demo and tests use) works.
    if (auto pw = ensureTcpPassword(); !pw)
        qWarning("embedded PostgreSQL: no password for TCP logins: %s", qPrintable(pw.error().message));
    wakeCheckpointerForArchiving();
    return Done{};
}

// PostgreSQL 15's checkpointer, which enforces archive_timeout, picks its first sleep while the server
// is still starting up, when archive_timeout does not apply: it then sleeps a whole checkpoint_timeout
// (5 min) and no WAL is archived meanwhile, whatever is committed. Measured here on a clean start: 0
// segments archived after 3 minutes of commits; one CHECKPOINT right after the start wakes it, and from
// then on it sleeps at most archive_timeout. Only when archiving is on; cheap on a just-started server.
void EmbeddedCluster::wakeCheckpointerForArchiving() const
{
    auto conn = Connection::open(connInfo(QStringLiteral("postgres")));
    if (!conn)
        return;
    auto archiving = (*conn)->exec("SELECT current_setting('archive_mode') <> 'off' "
                                   "AND current_setting('archive_timeout') <> '0'");
    if (archiving && archiving->toBool(0, 0))
        if (auto done = (*conn)->exec("CHECKPOINT"); !done)
            qWarning("embedded PostgreSQL: CHECKPOINT after start failed: %s", qPrintable(done.error().message));
}

Result<bool> EmbeddedCluster::attachIfRunning()
{
    if (auto i = init(); !i)
        return i.error();
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("status")}, 30000))
        return false;
    QFile pid(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!pid.open(QIODevice::ReadOnly))
        return false;
    // postmaster.pid: pid, data dir, start time, port, socket dir, ...
    const QList<QByteArray> lines = pid.readAll().split('\n');
    const int port = lines.value(3).trimmed().toInt();
    if (port <= 0)
        return false;
    m_port = port;
    m_started = false;
    if (auto pw = ensureTcpPassword(); !pw)
        qWarning("embedded PostgreSQL: no password for TCP logins: %s", qPrintable(pw.error().message));
    return true;
}

Status EmbeddedCluster::stop()
{
    if (!isInitialised())
        return Done{};
    // Also when stopping a cluster this object did not start (e.g. an orphan).
    if (auto bin = resolveBinaries(); !bin)
        return bin;
    auto r = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                            QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                 60000);
    m_started = false;
    if (!r)
        return r.error();
    return Done{};
}

Status EmbeddedCluster::ensureDatabase(const QString &name)
{
    auto conn = Connection::open(connInfo(QStringLiteral("postgres")));
    if (!conn)
        return conn.error();
    auto exists = (*conn)->exec("SELECT 1 FROM pg_database WHERE datname = $1", {name});
    if (!exists)
        return exists.error();
    if (exists->rows() > 0)
        return Done{};
    auto quoted = (*conn)->exec("SELECT quote_ident($1)", {name});
    if (!quoted)
        return quoted.error();
    // CREATE DATABASE takes no parameters; the name is quoted by the server itself.
    auto created = (*conn)->exec(QStringLiteral("CREATE DATABASE %1").arg(quoted->text(0, 0)));
    if (!created)
        return created.error();
    return Done{};
}

} // namespace backroom::db
