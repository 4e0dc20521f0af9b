#include "migrations.h"
#include "coretext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace backroom::db {

namespace {
constexpr const char *kCreateVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())";
constexpr const char *kAppliedVersions = "SELECT coalesce(max(version), 0) FROM schema_version";
constexpr const char *kVersionTableExists = "SELECT to_regclass('schema_version') IS NOT NULL";
constexpr const char *kRecordVersion = "INSERT INTO schema_version (version, name) VALUES ($1, $2)";
// Arbitrary constant key: one migrator at a time per database.
constexpr const char *kLock = "SELECT pg_advisory_xact_lock(728301)";
Error tooNewError(const SchemaStatus &st)
{
    return Error::make(Error::Kind::Schema,
                       DbText::tr("The database schema is version %1 but this Backroom knows only up to %2: "
                                  "upgrade Backroom before using this database.")
                           .arg(st.databaseVersion).arg(st.binaryVersion));
}
} // namespace

Migrator::Migrator(Connection &conn) : m_conn(conn) {}

QList<Migration> Migrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_([\\w-]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append(Migration{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

Result<SchemaStatus> Migrator::status()
{
    SchemaStatus st;
    const auto known = bundled();
    st.binaryVersion = known.isEmpty() ? 0 : known.last().version;
    auto exists = m_conn.exec(kVersionTableExists);
    if (!exists)
        return exists.error();
    if (exists->toBool(0, 0)) {
        auto v = m_conn.exec(kAppliedVersions);
        if (!v)
            return v.error();
        st.databaseVersion = v->toInt(0, 0);
    }
    for (const auto &m : known)
        if (m.version > st.databaseVersion)
            st.pending.append(m);
    return st;
}

Result<QList<Migration>> Migrator::migrate()
{
    QList<Migration> applied;
    // Each migration in its own transaction; re-read the version under the lock each time so that
    // concurrent migrators never apply one twice.
    for (;;) {
        Transaction tx(m_conn);
        if (!tx.begun())
            return tx.begun().error();
        for (const char *sql : {kLock, kCreateVersionTable}) {
            if (auto r = m_conn.exec(sql); !r)
                return r.error();
        }
        auto st = status();
        if (!st)
            return st.error();
        if (st->tooNew())
            return tooNewError(*st);
        if (st->pending.isEmpty()) {
            if (auto c = tx.commit(); !c)
                return c.error();
            return applied;
        }
        const Migration next = st->pending.first();
        if (auto r = m_conn.execScript(next.sql); !r)
            return Error::make(r.error().kind,
                               DbText::tr("Migration %1 (%2) failed and was rolled back: %3")
                                   .arg(next.version).arg(next.name, r.error().message),
                               r.error().sqlState);
        if (auto r = m_conn.exec(kRecordVersion, {next.version, next.name}); !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        applied.append(next);
    }
}

Status Migrator::requireCurrent()
{
    auto st = status();
    if (!st)
        return st.error();
    if (st->tooNew())
        return tooNewError(*st);
    if (!st->pending.isEmpty())
        return Error::make(Error::Kind::Schema,
                           DbText::tr("The database schema is at version %1, %n migration(s) behind: run "
                                      "`backroom db migrate`.", nullptr, int(st->pending.size()))
                               .arg(st->databaseVersion));
    return Done{};
}

} // namespace backroom::db
