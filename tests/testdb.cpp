#include "testdb.h"

#include "db/conninfo.h"
#include "db/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>

namespace backroom::test {

namespace {
constexpr const char *kOwnerLock = "/owner.lock";

// The test process that owns a cluster directory holds this lock for its whole life. QLockFile knows
// a lock whose process is gone for stale on every OS, so no platform's process API is needed.
std::unique_ptr<QLockFile> ownerLock(const QString &dir)
{
    auto lock = std::make_unique<QLockFile>(dir + QLatin1String(kOwnerLock));
    lock->setStaleLockTime(0);   // stale only when its process is gone, never for its age
    return lock;
}
} // namespace

struct TestCluster::Impl {
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/backroom-test-XXXXXX")};
    std::unique_ptr<QLockFile> owner;   // released after the cluster stops, before the dir goes
    std::unique_ptr<db::EmbeddedCluster> cluster;
};

namespace {
// A test that crashed (qFatal, a signal) never stopped its server: stop those whose owner is gone, so
// that runs do not pile up orphaned PostgreSQL processes.
void stopOrphanedClusters()
{
    const QDir tmp(QDir::tempPath());
    for (const QString &name : tmp.entryList({QStringLiteral("backroom-test-*")}, QDir::Dirs)) {
        const QString dir = tmp.filePath(name);
        if (!QFile::exists(dir + QLatin1String(kOwnerLock)))
            continue;   // still starting, or not ours
        auto orphanLock = ownerLock(dir);
        if (!orphanLock->tryLock(0))
            continue;   // the owning test is alive (or we cannot tell)
        qInfo("stopping orphaned test cluster %s", qPrintable(dir));
        db::EmbeddedCluster orphan(dir + QStringLiteral("/pg"));
        orphan.stop();
        orphanLock->unlock();   // an open file cannot be deleted on Windows
        QDir(dir).removeRecursively();
    }
}

std::unique_ptr<TestCluster> &holder()
{
    static std::unique_ptr<TestCluster> instance;
    return instance;
}
} // namespace

TestCluster &TestCluster::instance()
{
    auto &h = holder();
    if (!h) {
        h.reset(new TestCluster);
        // Stop the server while the application (and QProcess) still works.
        qAddPostRoutine([] { holder().reset(); });
    }
    return *h;
}

TestCluster::TestCluster() : m_impl(std::make_unique<Impl>())
{
    if (!m_impl->dir.isValid())
        qFatal("cannot create a temp dir for the test cluster");
    stopOrphanedClusters();
    m_impl->owner = ownerLock(m_impl->dir.path());
    if (!m_impl->owner->tryLock(0))
        qFatal("cannot lock the new test cluster directory %s", qPrintable(m_impl->dir.path()));
    // As root the server runs as postgres, which must be able to enter the temp dir.
    QFile::setPermissions(m_impl->dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                  | QFile::ExeOther);
    // Tests never touch the user's keychain or credentials file: secrets go to a private file here (the
    // backroom processes that tests start inherit it).
    if (qEnvironmentVariableIsEmpty("BACKROOM_CREDENTIALS_FILE")) {
        qputenv("BACKROOM_CREDENTIALS", "file");
        qputenv("BACKROOM_CREDENTIALS_FILE", QFile::encodeName(m_impl->dir.path() + QStringLiteral("/credentials.json")));
    }
    m_impl->cluster = std::make_unique<db::EmbeddedCluster>(m_impl->dir.path() + QStringLiteral("/pg"));
    m_cluster = m_impl->cluster.get();
    m_cluster->setDurable(false);   // a throwaway server: speed over crash safety
    if (auto s = m_cluster->start(); !s)
        qFatal("test PostgreSQL did not start: %s", qPrintable(s.error().message));
    if (auto s = m_cluster->ensureDatabase(QStringLiteral("backroom_template")); !s)
        qFatal("%s", qPrintable(s.error().message));
    auto conn = connectOrDie(m_cluster->connInfo(QStringLiteral("backroom_template")));
    db::Migrator migrator(*conn);
    if (auto m = migrator.migrate(); !m)
        qFatal("migrations failed on the test template: %s", qPrintable(m.error().message));
}

TestCluster::~TestCluster()
{
    if (m_cluster)
        m_cluster->stop();
}

QString TestCluster::newDatabase(const QString &templateName)
{
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_counter);
    auto admin = connectOrDie(m_cluster->connInfo(QStringLiteral("postgres")));
    // Names are generated here, never user input; CREATE DATABASE takes no parameters.
    must(*admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName).toUtf8().constData());
    return m_cluster->connInfo(name);
}

QString TestCluster::freshDatabase() { return newDatabase(QStringLiteral("backroom_template")); }
QString TestCluster::emptyDatabase() { return newDatabase(QStringLiteral("template0")); }

std::unique_ptr<db::Connection> connectOrDie(const QString &conninfo)
{
    auto conn = db::Connection::open(conninfo);
    if (!conn)
        qFatal("cannot connect to %s: %s", qPrintable(db::maskPasswords(conninfo)), qPrintable(conn.error().message));
    return std::move(*conn);
}

db::PgResult must(db::Connection &conn, const char *sql, const QVariantList &params)
{
    auto r = conn.exec(sql, params);
    if (!r)
        qFatal("statement failed: %s\n%s", sql, qPrintable(r.error().message));
    return *r;
}

} // namespace backroom::test
