#pragma once
// HaproxyRuntime: a client of HAProxy's runtime API over its unix stats socket (`stats socket PATH level
// admin` in the config). The auto-scaling supervisor uses it to put a new `serve` instance into a free
// `server-template` slot (set its address, then state ready) and to take one out (state maint).
// Each call opens the socket, sends one command, reads the answer until HAProxy closes it (the
// non-interactive mode) and returns it: blocking, bounded by the timeout, typically well under a
// millisecond. Use it from a worker or CLI thread, never from the GUI thread. Stateless, so several
// threads may each call it.
// Errors: Connection (no socket there, HAProxy gone, no answer before the timeout), NotFound (no such
// backend or server), BadInput (HAProxy refused the command: the message quotes its answer).

#include "result.h"

#include <QList>
#include <QString>
#include <chrono>

namespace backroom::stack {

// One server line of `show servers state BACKEND`.
struct ServerSlot {
    QString backend;
    QString name;            // "s3"
    int id = 0;
    QString address;         // "127.0.0.1"
    quint16 port = 0;
    int operationalState = 0;   // 0 stopped (down), 1 starting, 2 running (up), 3 stopping
    // Bit field: 0x01 forced maint (`state maint`, or `disabled` in the config), 0x02 inherited maint,
    // 0x04 "was disabled in the config" (stays after `state ready`: not maintenance), 0x08 forced drain,
    // 0x20 DNS resolution maint, 0x40 hostname maint.
    int adminState = 0;

    bool inMaintenance() const { return (adminState & (0x01 | 0x02 | 0x20 | 0x40)) != 0; }
    bool up() const { return operationalState == 2 && !inMaintenance(); }
};

// One server line of `show stat` (figures HAProxy measured itself).
struct ServerStat {
    QString backend;
    QString name;
    QString status;          // "UP", "DOWN", "MAINT", "no check", ...
    int currentSessions = 0; // scur
    qint64 totalSessions = 0;// stot
    int queued = 0;          // qcur
    int responseTimeMs = 0;  // rtime: average over the last 1024 requests
};

enum class SlotState { Ready, Drain, Maint };

class HaproxyRuntime {
public:
    explicit HaproxyRuntime(QString socketPath, std::chrono::milliseconds timeout = std::chrono::milliseconds(2000));

    const QString &socketPath() const { return m_socketPath; }

    // Sends one runtime command ("show info") and returns HAProxy's answer as it came.
    Result<QString> command(const QString &line) const;

    Result<QList<ServerSlot>> servers(const QString &backend) const;
    Result<QList<ServerStat>> stats(const QString &backend) const;
    Status setAddress(const QString &backend, const QString &server, const QString &address, quint16 port) const;
    Status setState(const QString &backend, const QString &server, SlotState state) const;
    Status setHealthChecks(const QString &backend, const QString &server, bool enabled) const;

    // Parsers, public for tests.
    static Result<QList<ServerSlot>> parseServersState(const QString &answer, const QString &backend);
    static QList<ServerStat> parseStat(const QString &answer, const QString &backend);

private:
    Status expectQuietAnswer(const QString &line, const QStringList &okPrefixes = {}) const;

    QString m_socketPath;
    std::chrono::milliseconds m_timeout;
};

} // namespace backroom::stack
