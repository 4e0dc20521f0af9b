#pragma once
// PgResult: an owned libpq result set read as values (QString, qint64, ...). Move-only; frees itself.

#include <QString>
#include <libpq-fe.h>
#include <memory>

namespace backroom::db {

class PgResult {
public:
    PgResult() = default;
    explicit PgResult(PGresult *res) : m_res(res, &PQclear) {}

    bool isNull() const { return !m_res; }
    int rows() const { return m_res ? PQntuples(m_res.get()) : 0; }
    int columns() const { return m_res ? PQnfields(m_res.get()) : 0; }
    int column(const char *name) const { return m_res ? PQfnumber(m_res.get(), name) : -1; }
    QString columnName(int col) const { return QString::fromUtf8(PQfname(m_res.get(), col)); }

    bool isNull(int row, int col) const { return PQgetisnull(m_res.get(), row, col); }
    QString text(int row, int col) const;
    QByteArray bytes(int row, int col) const;
    qint64 toInt64(int row, int col) const;
    int toInt(int row, int col) const { return int(toInt64(row, col)); }
    bool toBool(int row, int col) const;
    double toDouble(int row, int col) const;

    // By column name, for readability where speed does not matter.
    QString text(int row, const char *col) const { return text(row, column(col)); }
    qint64 toInt64(int row, const char *col) const { return toInt64(row, column(col)); }

    // Rows affected by INSERT/UPDATE/DELETE.
    qint64 affectedRows() const;

    PGresult *raw() const { return m_res.get(); }

private:
    std::shared_ptr<PGresult> m_res;   // shared so results can be captured by queued lambdas
};

} // namespace backroom::db
