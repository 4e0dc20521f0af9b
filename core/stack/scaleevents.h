#pragma once
// The database face of scale events (migration 015): a supervisor records each instance it added or
// removed; the health screen reads the latest. Blocking calls on a Connection: use them from the
// supervisor's CLI thread or a worker (AsyncDb / DbGate), never the GUI thread.
// Errors: Permission (42501) when the login's role may not (record: store and owner; read: owner),
// Connection when the server is away, Constraint for a malformed event (negative count, empty name).

#include "db/connection.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace backroom::stack {

struct ScaleEventRow {
    qint64 id = 0;
    QString supervisor;
    QDateTime at;           // UTC
    int from = 0;
    int to = 0;
    QString slot;
    QString reason;
    QString recordedBy;     // the login
};

// Records one event; returns its id. NOTIFY scale_event (payload: the supervisor's name).
Result<qint64> recordScaleEvent(db::Connection &conn, const ScaleEventRow &event);

// The latest `limit` events of every supervisor, newest first. Owner only.
Result<QList<ScaleEventRow>> readScaleEvents(db::Connection &conn, int limit = 50);

} // namespace backroom::stack
