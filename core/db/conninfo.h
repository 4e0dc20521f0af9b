#pragma once
// Pure helpers over libpq connection strings (keyword=value or postgresql:// URIs): parse, quote a
// value, mask passwords before a string reaches a message or a log, and name the server + role a
// string leads to (the key its password is filed under). Any thread.

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace backroom::db {

// The keywords a string sets (URIs included), or nothing when libpq cannot parse it.
std::optional<QMap<QString, QString>> parseConnInfo(const QString &conninfo);

// A value ready for `keyword=value`: quoted ('...', with \ and ' escaped) when it is empty or holds
// spaces, quotes or backslashes.
QString quoteConnValue(const QString &value);

// The text with every connection-string password replaced by ***: `password=...` (quoted or not) and
// the `user:secret@` part of URIs. Use on anything that may echo a connection string.
QString maskPasswords(QString text);

// The server and role a connection string leads to, with libpq's defaults (PGHOST, PGPORT, PGUSER, the
// OS user, port 5432) filled in. One database password per server + role.
struct ConnTarget {
    QString host;   // as written (a name, an address, a socket directory, or a comma list); "" = default socket
    QString port;
    QString user;

    static ConnTarget of(const QMap<QString, QString> &params,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // "user@host:port": the account a password is filed under in the credential store.
    QString account() const;
    bool operator==(const ConnTarget &o) const { return host == o.host && port == o.port && user == o.user; }
};

} // namespace backroom::db
