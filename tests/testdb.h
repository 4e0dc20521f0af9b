#pragma once
// Test harness: one throwaway PostgreSQL cluster per test executable (in a temp dir, stopped at exit),
// and a fresh, fully migrated database per test, copied from a template so that it takes milliseconds.

#include "db/connection.h"
#include "db/embeddedcluster.h"

#include <QString>
#include <memory>

namespace backroom::test {

class TestCluster {
public:
    // Starts the cluster on first use; QFAIL-style abort (qFatal) if PostgreSQL cannot start.
    static TestCluster &instance();

    // A new database with the whole schema; returns its connection string.
    QString freshDatabase();
    // An empty database with no schema at all.
    QString emptyDatabase();
    db::EmbeddedCluster &cluster() { return *m_cluster; }

    ~TestCluster();

private:
    TestCluster();
    QString newDatabase(const QString &templateName);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    db::EmbeddedCluster *m_cluster = nullptr;
    int m_counter = 0;
};

// Opens a connection or aborts the test run with the reason (tests cannot go on without one).
std::unique_ptr<db::Connection> connectOrDie(const QString &conninfo);

// Runs a statement that must succeed; aborts with the server's message otherwise.
db::PgResult must(db::Connection &conn, const char *sql, const QVariantList &params = {});

} // namespace backroom::test
