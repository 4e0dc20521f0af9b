#pragma once
// Faults a chaos experiment injects into the shop and takes out again. Every fault is one object behind
// one interface -- inject(), rollback(), describe() -- so a new kind (the TCP fault proxy's toxics,
// core/chaos/faultproxy.*) plugs in without the run knowing what it breaks. rollback() is safe to call
// when inject() failed or was never called, and a second time (it undoes only what is still in).
// FaultGuard owns injected faults and rolls them back in its destructor, so a run that fails, is
// cancelled or throws still leaves nothing broken behind.
//
// Thread: the thread the run lives on (sandbox faults must be on the sandbox's thread). inject() and
// rollback() block for at most a few seconds (a PostgreSQL restart), never on the GUI thread.

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QProcess;

namespace backroom::db {
class EmbeddedCluster;
}
namespace backroom::sandbox {
class Sandbox;
}

namespace backroom::chaos {

class FaultProxy;

class Fault {
public:
    virtual ~Fault() = default;
    // One line for the timeline and the report: "gateway opn down", "terminate 3 backroom backends".
    virtual QString describe() const = 0;
    // Puts the fault in. An error means it is not (fully) in; rollback() is still called.
    virtual Status inject() = 0;
    // Takes the fault out (restarts what was stopped, resets what was switched on).
    virtual Status rollback() = 0;
    bool isInjected() const { return m_injected; }

protected:
    bool m_injected = false;
};

// Terminates the backends of this database whose application_name starts with `applicationPrefix`
// ("backroom": serve, the GUI, the chaos load), at most `count` of them (0 = all), chosen at random,
// never the connection running the statement nor the pids in `spared` (the verdict's connection).
// Nothing to roll back: clients reconnect by themselves; rollback() only marks the fault out.
class TerminateBackendsFault : public Fault {
public:
    TerminateBackendsFault(QString conninfo, QString applicationPrefix, int count, QList<int> spared = {});
    QString describe() const override;
    Status inject() override;
    Status rollback() override;
    int terminated() const { return m_terminated; }
    void spare(int pid) { m_spared << pid; }

private:
    QString m_conninfo;
    QString m_prefix;
    int m_count;
    QList<int> m_spared;
    int m_terminated = 0;
};

// Stops PostgreSQL, and starts it again on rollback: the embedded cluster (pg_ctl stop, then pg_ctl
// restart, which keeps its port), or the operator's own two
// commands (run through /bin/sh; e.g. "systemctl stop postgresql@15-main").
class RestartDatabaseFault : public Fault {
public:
    explicit RestartDatabaseFault(db::EmbeddedCluster &cluster);
    RestartDatabaseFault(QString stopCommand, QString startCommand);
    QString describe() const override;
    Status inject() override;
    Status rollback() override;

private:
    static Status runCommand(const QString &command);
    db::EmbeddedCluster *m_cluster = nullptr;
    QString m_stopCommand, m_startCommand;
};

// A sandbox gateway's or marketplace stand-in's run-time faults ({"down": true}, {"latency_ms": 800},
// {"error_rate": 0.5}, ...: docs/sandbox.md); rollback sends {"reset": true}.
class SandboxFault : public Fault {
public:
    SandboxFault(sandbox::Sandbox &box, QString target, QJsonObject changes);
    QString describe() const override;
    Status inject() override;
    Status rollback() override;

private:
    sandbox::Sandbox &m_box;
    QString m_target;
    QJsonObject m_changes;
};

// Kills a `serve` instance this process started (SIGKILL), and starts it again with the same program
// and arguments on rollback, waiting until it runs.
class KillProcessFault : public Fault {
public:
    explicit KillProcessFault(QProcess &process);
    QString describe() const override;
    Status inject() override;
    Status rollback() override;

private:
    QProcess &m_process;
    qint64 m_pid = 0;
};

// Owns the faults of a run in injection order and rolls back whatever is in, newest first: explicitly
// (rollbackAll, which reports each outcome) or in the destructor.
class FaultGuard {
public:
    struct Outcome {
        QString fault;
        Status status;
    };
    FaultGuard() = default;
    ~FaultGuard();
    FaultGuard(const FaultGuard &) = delete;
    FaultGuard &operator=(const FaultGuard &) = delete;

    Fault &add(std::unique_ptr<Fault> fault);
    // Rolls back every fault still in, newest first; each one even when an earlier one failed.
    QList<Outcome> rollbackAll();
    bool anyInjected() const;
    const std::vector<std::unique_ptr<Fault>> &faults() const { return m_faults; }

private:
    std::vector<std::unique_ptr<Fault>> m_faults;
};

// Makes a fault from an experiment's JSON ({"type": "sandbox", "target": "opn", "changes": {...}},
// {"type": "terminate_backends", "count": 2}, {"type": "restart_database"}, {"type": "kill_serve"},
// {"type": "proxy", "upstream": "shopee", "toxics": ["latency:downstream:ms=1500"]})
// with what the run has at hand. BadInput for an unknown type or a bad toxic; NotFound when the run lacks
// what the fault needs (no sandbox, no cluster and no operator command, no serve process, no proxy).
struct FaultContext {
    QString conninfo;
    sandbox::Sandbox *sandbox = nullptr;
    db::EmbeddedCluster *cluster = nullptr;
    QString restartStopCommand, restartStartCommand;
    QProcess *serve = nullptr;
    // The fault proxies standing between a client and an upstream, by upstream name ("postgres", "opn",
    // "shopee", ...): the `proxy` fault (proxyfault.h) adds its toxics to the one it names.
    QHash<QString, FaultProxy *> proxies;
    // Fault types a caller adds (tried for a type none of the above knows).
    std::function<Result<std::unique_ptr<Fault>>(const QJsonObject &)> extraFaults;
};
Result<std::unique_ptr<Fault>> makeFault(const QJsonObject &spec, const FaultContext &context);

} // namespace backroom::chaos
