#pragma once
// Migrator: applies the numbered SQL files shipped in the binary (:/sql/NNN_name.sql), each once, in
// its own transaction, recorded in schema_version. Refuses a database newer than this binary.

#include "connection.h"

#include <QList>
#include <QString>

namespace backroom::db {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

struct SchemaStatus {
    int databaseVersion = 0;   // highest applied, 0 for an empty database
    int binaryVersion = 0;     // highest this binary knows
    QList<Migration> pending;  // known but not applied, in order
    bool tooNew() const { return databaseVersion > binaryVersion; }
};

class Migrator {
public:
    explicit Migrator(Connection &conn);

    // The migrations shipped in this binary, in version order.
    static QList<Migration> bundled();

    Result<SchemaStatus> status();
    // Applies what is pending; returns the migrations it applied. Safe to run from several
    // processes at once (advisory lock).
    Result<QList<Migration>> migrate();
    // Fails with Kind::Schema unless the database is exactly at this binary's version.
    Status requireCurrent();

private:
    Connection &m_conn;
};

} // namespace backroom::db
