#pragma once
// EmbeddedCluster: a private PostgreSQL cluster in a directory of ours (the demo's default database and
// the test harness's throwaway server). initdb on first use, pg_ctl start/stop, a Unix socket in the
// directory and loopback on a free port. As root, the server runs as the `postgres` OS user because
// PostgreSQL refuses to run as root. Blocking: use from main() or a worker thread, not the GUI thread.
//
// Security: the socket (trust, in a 0700 directory) needs no password. The loopback port takes the
// superuser's generated password, kept in the credential store (never in a file of the cluster, never
// in a connection string: start() puts it in this process's PasswordVault), over TLS with a
// self-signed certificate for 127.0.0.1 / localhost that tcpConnInfo() verifies (verify-full).

#include "result.h"

#include <QString>
#include <QStringList>

namespace backroom::db {

class EmbeddedCluster {
public:
    // dataRoot holds pgdata/ and the socket; created if missing.
    explicit EmbeddedCluster(QString dataRoot);
    ~EmbeddedCluster();   // stops the server if this object started it
    EmbeddedCluster(const EmbeddedCluster &) = delete;
    EmbeddedCluster &operator=(const EmbeddedCluster &) = delete;

    // Where a user's embedded cluster lives: the application data directory, or /var/lib/backroom
    // when running as root (the postgres user cannot enter /root).
    static QString defaultRoot();
    // Directory of initdb/pg_ctl: $BACKROOM_PG_BINDIR, `pg_config --bindir`, or the newest
    // /usr/lib/postgresql/*/bin.
    static Result<QString> findServerBinaries();

    bool isInitialised() const;
    Status init();    // initdb (no-op when already initialised)
    // Picks a free loopback port and starts the server (ssl=on, with a certificate made on first use
    // or near its expiry), waits until it accepts, then sets the TCP password (see above).
    Status start();
    Status stop();
    // Uses the server another process of ours already runs on this cluster (port from postmaster.pid)
    // without taking charge of it: it is not stopped when this object goes. False if none is running.
    Result<bool> attachIfRunning();
    Status ensureDatabase(const QString &name);   // CREATE DATABASE if missing

    // Durable (the default) keeps fsync on; throwaway test clusters turn it off for speed.
    void setDurable(bool durable) { m_durable = durable; }

    int port() const { return m_port; }
    QString socketDir() const;
    QString dataDir() const;
    // libpq connection string for a database on this cluster (over the Unix socket).
    QString connInfo(const QString &database = QStringLiteral("backroom")) const;
    // The same over loopback TCP with sslmode=verify-full and sslrootcert=rootCertificatePath(). It
    // holds no password: this process knows it once start() or attachIfRunning() succeeded.
    QString tcpConnInfo(const QString &database = QStringLiteral("backroom")) const;
    // The certificate to trust for the loopback port (a copy of the server's self-signed certificate).
    QString rootCertificatePath() const;
    // Where the superuser's password is filed in the credential store (service kPasswordService).
    QString credentialAccount() const;
    static constexpr const char *kSuperuser = "backroom";

private:
    Status resolveBinaries();
    void wakeCheckpointerForArchiving() const;   // see the .cpp: archive_timeout after a start   // finds initdb/pg_ctl once
    Status ensureCertificate() const;   // while the server is stopped
    Status ensureTcpPassword() const;   // while the server runs
    Result<QString> run(const QString &program, const QStringList &args, int timeoutMs = 120000) const;
    QString m_root;
    QString m_bindir;
    int m_port = 0;
    bool m_started = false;
    bool m_asRoot = false;
    bool m_durable = true;
};

} // namespace backroom::db
