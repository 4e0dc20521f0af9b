#include "connectionfacts.h"

#include "db/connection.h"
#include "db/tls.h"


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
    auto session = security::whoAmI(conn);
    if (session) {
        f.session = *session;
        f.sessionKnown = true;
    } else if (session.error().kind == Error::Kind::Permission) {
        f.sessionKnown = true;   // a login with no job role: it may do nothing
    }
    return f;
}

bool ConnectionFacts::isLocal() const
{
    return viaUnixSocket || db::tls::isLocalHost(host);
}

QString ConnectionFacts::whoAndWhere() const
{
    const QString where = viaUnixSocket ? tr("local") : host;
    return QStringLiteral("%1 @ %2/%3").arg(user, where, database);
}

} // namespace backroom::ui
