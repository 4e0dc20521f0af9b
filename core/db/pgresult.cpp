#include "pgresult.h"

namespace backroom::db {

QString PgResult::text(int row, int col) const
{
    return QString::fromUtf8(PQgetvalue(m_res.get(), row, col), PQgetlength(m_res.get(), row, col));
}

QByteArray PgResult::bytes(int row, int col) const
{
    return QByteArray(PQgetvalue(m_res.get(), row, col), PQgetlength(m_res.get(), row, col));
}

qint64 PgResult::toInt64(int row, int col) const
{
    if (col < 0 || PQgetisnull(m_res.get(), row, col))
        return 0;
    return QByteArray::fromRawData(PQgetvalue(m_res.get(), row, col), PQgetlength(m_res.get(), row, col))
        .toLongLong();
}

bool PgResult::toBool(int row, int col) const
{
    return !PQgetisnull(m_res.get(), row, col) && PQgetvalue(m_res.get(), row, col)[0] == 't';
}

double PgResult::toDouble(int row, int col) const
{
    if (PQgetisnull(m_res.get(), row, col))
        return 0;
    return QByteArray(PQgetvalue(m_res.get(), row, col)).toDouble();
}

qint64 PgResult::affectedRows() const
{
    return m_res ? QByteArray(PQcmdTuples(m_res.get())).toLongLong() : 0;
}

} // namespace backroom::db
