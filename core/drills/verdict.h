#pragma once
// The Jepsen-style verdict every load drill ends with: after the load, read the database back and check
// that the checkout kept its promises whatever the speed was --
//   no negative stock (on_hand, reserved, available), sold <= stocked per SKU (and per stock row),
//   ledger == stock for every row, reservations and buckets match the open allocations
//   (checkout_violations()), every order the drill was acknowledged exists exactly once, is a drill
//   order and holds exactly the units it ordered, and no drill order exists that was never acknowledged
//   (beyond the ones whose answer was lost with a connection).
// The stock invariants are global (every stock row, bucket and ledger entry); the per-order checks read
// only the run's orders (acknowledged ids, drill orders above the watermark), so the verdict's cost does
// not grow with the drill orders of earlier runs.
// A run with any violation fails. Blocking calls on a Connection that may read backroom_data (the
// owner role or a superuser): the CLI's thread or a worker.

#include "db/connection.h"
#include "drills/loaddrill.h"

#include <QList>

namespace backroom::drills {

struct Violation {
    QString kind;     // negative, oversold, ledger, reserved, bucket, missing, duplicate, unexpected, allocation
    QString detail;   // one line naming the SKU / order
};

struct Verdict {
    QList<Violation> violations;
    qint64 drillOrdersInDatabase = 0;   // drill orders created since the watermark
    bool passed() const { return violations.isEmpty(); }
};

// The highest order id before the run: orders above it were created during the run.
Result<qint64> orderWatermark(db::Connection &conn);

Result<Verdict> judgeRun(db::Connection &conn, const LoadDrillReport &report, qint64 watermark);

} // namespace backroom::drills

#include <QJsonObject>

namespace backroom::drills {
// The run's figures and the verdict as one JSON object (`backroom drill load --json`); durations in ms.
QJsonObject drillReportJson(const LoadDrillReport &report, const Verdict &verdict);
} // namespace backroom::drills
