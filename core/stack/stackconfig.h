#pragma once
// The configuration of a scale-out stack (`backroom stack up`): what the user chose, the HAProxy and
// PgBouncer files rendered from the templates in resources/stack/, and the rule for writing them where
// the user may have edited them (an edited file is kept, the new rendering goes beside it as NAME.new).
// Pure functions and plain files; any thread.

#include "coretext.h"
#include "result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMap>
#include <QString>

namespace backroom::stack {

// Translation context of the stack's messages.

struct StackOptions {
    QString dir;                    // configs, pid files, logs, sockets
    int instances = 2;              // `serve` processes started at once
    int haproxySlots = 8;                  // HAProxy server slots app1..appN (instances + room to scale)
    bool pgbouncer = false;         // PgBouncer (transaction mode) between instances and PostgreSQL
    bool channels = true;           // instance 1 runs the marketplace sync (false: another process does)
    QString conninfo;               // PostgreSQL, direct (no password: libpq/credential store finds it)
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8088;      // HAProxy's frontend
    int rateLimitPer10s = 300;      // requests per source address per 10 s before 429; 0 = off
    int checkIntervalMs = 1000;     // HAProxy health check period (2 failures take a server out)
    int httpRequestTimeoutS = 10;   // HAProxy `timeout http-request`
    int clientTimeoutS = 30;        // HAProxy `timeout client`
    int poolSize = 20;              // PgBouncer server connections per database/user
    QString backroomProgram;        // the `backroom` binary whose `serve` runs the instances
    QString haproxyProgram = QStringLiteral("haproxy");
    QString pgbouncerProgram = QStringLiteral("pgbouncer");
};

// Checks bounds and required fields; BadInput with the reason otherwise.
Result<Done> validate(const StackOptions &options);

// The HAProxy backend and server names the runtime API uses: backend "serve", servers "app1".."appN".
QString haproxyBackend();
QString haproxyServerName(int slot);

// Files under options.dir.
QString haproxyConfigPath(const QString &dir);
QString haproxySocketPath(const QString &dir);
QString pgbouncerConfigPath(const QString &dir);
QString pgbouncerSocketDir(const QString &dir);

// Replaces every @NAME@ with values[NAME]; BadInput naming the first placeholder left without a value.
Result<QString> renderTemplate(const QString &text, const QMap<QString, QString> &values);

// The files for these options, from the compiled-in templates (:/stack/*.in).
Result<QString> haproxyConfig(const StackOptions &options);
Result<QString> pgbouncerConfig(const StackOptions &options, quint16 port, const QString &runAsUser);

// PgBouncer's auth_file: the role of options.conninfo, with no password (auth_type trust).
QString pgbouncerUserListPath(const QString &dir);
QString pgbouncerUserList(const StackOptions &options);

// The conninfo the instances use through PgBouncer (its socket, database "backroom").
QString pgbouncerClientConninfo(const StackOptions &options, quint16 port);

enum class FileOutcome {
    Written,      // new, or still as `stack up` last wrote it: replaced
    Unchanged,    // already what would be written
    KeptEdited,   // edited by the user since: kept; the new rendering is in path + ".new"
};
// Writes a generated file unless the user edited it since the last write (a copy of what was written
// last is kept in DIR/.generated/). Io error if a file cannot be written.
Result<FileOutcome> writeGeneratedFile(const QString &path, const QByteArray &content);

} // namespace backroom::stack
