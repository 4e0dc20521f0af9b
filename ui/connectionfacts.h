#pragma once
// ConnectionFacts: what the window tells the user about its database connection (who, where, which
// server, encrypted or not, and the login's job role), read from libpq's state and backroom_whoami(). read() runs on the
// AsyncDb worker thread that owns the connection; the value is then handed to the GUI thread.

#include "security/session.h"

#include <QCoreApplication>
#include <QString>

namespace backroom::db {
class Connection;
}

namespace backroom::ui {

struct ConnectionFacts {
    Q_DECLARE_TR_FUNCTIONS(ConnectionFacts)
public:
    bool known = false;          // false until read from a live connection
    QString user;
    QString host;                // "localhost", a name or address; a Unix socket directory as given
    QString database;
    QString serverVersion;       // e.g. "15.8"
    bool encrypted = false;      // TLS in use
    bool viaUnixSocket = false;
    // The login's job role (backroom_whoami()); unknown when the server could not say, in which case
    // the window hides nothing and leaves refusing to the database.
    bool sessionKnown = false;
    security::SessionInfo session;

    static ConnectionFacts read(db::Connection &conn);
    // A Unix socket or a loopback address: nothing crosses the network.
    bool isLocal() const;
    // "user @ host/db"; a Unix socket shows as "local".
    QString whoAndWhere() const;
};

} // namespace backroom::ui
