#pragma once
// ConnectionFacts: what the window tells the user about its database connection (who, where, which
// server, encrypted or not), read from libpq's connection state without a query. read() runs on the
// AsyncDb worker thread that owns the connection; the value is then handed to the GUI thread.

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

    static ConnectionFacts read(db::Connection &conn);
    // A Unix socket or a loopback address: nothing crosses the network.
    bool isLocal() const;
    // "user @ host/db"; a Unix socket shows as "local".
    QString whoAndWhere() const;
};

} // namespace backroom::ui
