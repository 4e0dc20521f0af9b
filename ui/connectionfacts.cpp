#include "connectionfacts.h"

#include "db/connection.h"

#include <QHostAddress>

namespace backroom::ui {

ConnectionFacts ConnectionFacts::read(db::Connection &conn)
{
    ConnectionFacts f;
    PGconn *pg = conn.raw();
    if (!conn.isOk() || !pg)
        return f;
    f.known = true;
    f.user = QString::fromUtf8(PQuser(pg));
    f.host = QString::fromUtf8(PQhost(pg));
    f.database = QString::fromUtf8(PQdb(pg));
    f.serverVersion = QString::fromUtf8(PQparameterStatus(pg, "server_version"));
    f.encrypted = PQsslInUse(pg) == 1;
    f.viaUnixSocket = f.host.isEmpty() || f.host.startsWith(QLatin1Char('/')) || f.host.startsWith(QLatin1Char('@'));
    return f;
}

bool ConnectionFacts::isLocal() const
{
    if (viaUnixSocket || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionFacts::whoAndWhere() const
{
    const QString where = viaUnixSocket ? tr("local") : host;
    return QStringLiteral("%1 @ %2/%3").arg(user, where, database);
}

} // namespace backroom::ui
