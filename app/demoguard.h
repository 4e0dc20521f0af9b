#pragma once
// DemoGuard: the demo's PostgreSQL stops whenever the demo process ends, however it ends: a normal quit,
// SIGINT/SIGTERM/SIGHUP, Qt's xcb plugin calling exit() when the X server goes away, qFatal, a crash,
// or SIGKILL. spawn() starts `backroom demo-guard` as a child holding one end of a socket pair; the
// kernel closes our end on every kind of process death, and the guard then stops the postmaster named
// by watch() if that postmaster still runs the cluster (a later demo's server is left alone).
// Unix only; elsewhere spawn() reports that there is no guard. Any thread; one per demo process.

#include "result.h"

#include <QString>

namespace backroom::cli {

class DemoGuard {
public:
    DemoGuard() = default;
    ~DemoGuard();   // closes our end: the guard checks the server (stopped already, normally) and exits
    DemoGuard(const DemoGuard &) = delete;
    DemoGuard &operator=(const DemoGuard &) = delete;

    // Starts the guard for the cluster in clusterRoot (the directory holding pgdata/).
    Status spawn(const QString &clusterRoot);
    // Tells the guard which postmaster to stop if we die without stopping it.
    Status watch(qint64 postmasterPid);

    // The postmaster running a data directory, from its postmaster.pid; 0 when none.
    static qint64 postmasterPid(const QString &dataDir);

private:
    int m_socket = -1;
};

} // namespace backroom::cli
