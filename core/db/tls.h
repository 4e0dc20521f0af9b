#pragma once
// TLS rules for connections to PostgreSQL, as pure functions (any thread, no I/O except where named):
// which sslmode Backroom adds when a string says none (verify-full for a server on another machine),
// where the root certificate comes from, and when the window must warn that a connection to a remote
// host is not encrypted.

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <functional>

namespace backroom::db::tls {

// True for the local socket ("" or a directory), localhost and loopback addresses (127.0.0.0/8, ::1).
// A comma-separated host list is local only if every host in it is.
bool isLocalHost(const QString &hosts);

// What Backroom adds to a connection string before libpq sees it. Empty fields add nothing.
struct Defaults {
    QString sslmode;       // "verify-full" for a TCP host that is not this machine
    QString sslrootcert;   // the OS's CA bundle, when verification needs a root and none is configured
};

// params: the string's keywords (parseConnInfo). The string and PGSSLMODE / PGSSLROOTCERT always win.
// fileExists is the seam for "does this root certificate file exist" (QFileInfo::exists in production).
Defaults defaultsFor(const QMap<QString, QString> &params, const QProcessEnvironment &env,
                     const std::function<bool(const QString &)> &fileExists);

// libpq's own default root certificate: ~/.postgresql/root.crt (%APPDATA%\postgresql\root.crt on Windows).
QString userRootCertificatePath(const QProcessEnvironment &env);
// The OS's bundle of trusted CAs as one PEM file (Debian, Fedora, macOS, the BSDs), or empty if none
// of the known places exists. libpq 15 has no sslrootcert=system (PostgreSQL 16 adds it): this stands in.
QString systemRootCertificates(const std::function<bool(const QString &)> &fileExists);

// The window warns when the server is on another machine and the connection is not encrypted.
bool mustWarnUnencrypted(const QString &host, bool sslInUse);
// The warning's text, translated.
QString unencryptedWarning(const QString &host);

} // namespace backroom::db::tls
