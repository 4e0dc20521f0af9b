#pragma once
// A scale-out stack on one machine: N `backroom serve` instances, HAProxy in front of them and
// optionally PgBouncer (transaction mode) between them and PostgreSQL. `up` starts what is not running
// (a killed instance comes back on its port and rejoins), `down` stops what it started, `status` shows
// each part. Everything lives in one directory: the generated configs (kept when the user edits them),
// stack.json (ports), run/*.pid, log/*.log and HAProxy's runtime API socket.
// Processes are started detached (they outlive the command) but never outlive a failed `up`: whatever
// that call started is stopped again before it returns the error.
// Blocking calls (processes, sockets): the command line's or a test's thread; not the GUI thread.

#include "stack/stackconfig.h"

#include <QList>
#include <QString>
#include <functional>

namespace backroom::stack {

class StartedParts;

// One part as `stack status` shows it.
struct PartStatus {
    QString name;        // "haproxy", "pgbouncer", "serve 1" ...
    bool running = false;
    qint64 pid = 0;      // 0 when unknown (no pid file)
    quint16 port = 0;
    QString health;      // serve: HAProxy's view (UP, DOWN, MAINT, "UP 1/2" ...); haproxy: OPEN; "" unknown
    int slot = 0;        // serve only: HAProxy server slot (app<slot>)
    qint64 requests = 0; // serve only: sessions HAProxy sent to it
};

struct StackStatus {
    QString dir;
    QString url;         // HAProxy's frontend, e.g. http://127.0.0.1:8088
    QList<PartStatus> parts;
    bool allUp() const;
};

class Stack {
public:
    using Say = std::function<void(const QString &line)>;
    explicit Stack(QString dir, Say say = {});

    // Writes the configs, then starts PgBouncer, the instances (each answering /health) and HAProxy,
    // and registers the instances in HAProxy's slots. On an existing stack, options come from its
    // stack.json and only the parts that are not running are started. BadInput for bad options,
    // Connection when a part does not start (its log is named in the message).
    Result<StackStatus> up(const StackOptions &options);
    // Stops HAProxy, the instances and PgBouncer (each: SIGTERM, then SIGKILL after a grace period).
    Result<Done> down();
    Result<StackStatus> status() const;

    // Sends one command to HAProxy's runtime API (stats socket) and returns its answer.
    Result<QString> haproxyCommand(const QString &command) const;

private:
    struct Layout;
    Result<Layout> prepare(const StackOptions &options);
    Result<Done> writeConfigs(const StackOptions &options, quint16 pgbouncerPort);
    Result<Done> startHaproxy(const StackOptions &options, StartedParts &started);
    Result<Done> registerInstances(const QList<quint16> &ports);
    QString m_dir;
    Say m_say;
};

} // namespace backroom::stack
