#pragma once
// The warehouse flow: waves of paid orders -> pick tasks in walking order -> claim, scan, confirm (or
// record a short pick) -> pack with a scan of every unit -> ship with a tracking number. Every state
// change is a SQL function of migration 012 (resources/sql/012_warehouse.sql), so every client gets the
// same rules; this file is their typed C++ face, plus the reads a pick list and a packing slip need.
// Blocking calls on a Connection: use from worker threads, AsyncDb jobs, the CLI, tests and benches.
// Each call is one statement in autocommit; a rolled-back deadlock (40P01) is retried, which is safe
// because nothing was written and confirms carry a scan id.

#include "db/connection.h"
#include "warehouse/documents.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace backroom::warehouse {

// SQLSTATEs the warehouse functions raise and the Error kinds they become.
constexpr const char *kWrongBinState = "BRW01";     // -> BadInput: the scanned bin is not the task's
constexpr const char *kWrongItemState = "BRW02";    // -> BadInput: the scanned item is not the task's / unknown
constexpr const char *kTakenState = "BRW03";        // -> Conflict: another picker holds the task
constexpr const char *kWrongStepState = "BRW04";    // -> Conflict: wave not released, task done, order not picked ...
constexpr const char *kPackMismatchState = "BRW05"; // -> Conflict: a missing or extra unit in the parcel
// Re-types a server error from the warehouse functions (the generic classifier does not know BRW0x).
Error warehouseError(const Error &error);

struct WaveRequest {
    QDateTime cutoff;     // UTC; paid orders up to then. Invalid = now
    QString channel;      // empty = every channel
    QString zone;         // empty = every zone (else only orders whose units all sit in that zone)
    QString note;
};
// A new wave with every matching paid order that is in no open wave. NotFound when none matches.
Result<qint64> createWave(db::Connection &conn, const WaveRequest &request);
// created -> released; with pickers, the walk is cut into one stretch per picker. Returns the task count.
// Conflict when it is not 'created'.
Result<int> releaseWave(db::Connection &conn, qint64 waveId, const QStringList &pickers = {});
// -> closed; orders with nothing picked go back to the pool (returned: how many). Conflict while an
// order of the wave has picked units and is neither shipped nor cancelled.
Result<int> closeWave(db::Connection &conn, qint64 waveId);

// Takes a task for `picker` (empty = the login). Conflict (kTakenState) when another picker has it;
// claiming one's own task again succeeds. Returns the picker name recorded.
Result<QString> claimTask(db::Connection &conn, qint64 taskId, const QString &picker = {});

struct PickScan {
    qint64 taskId = 0;
    QString binCode;      // what the picker scanned at the bin
    QString item;         // the item's barcode or SKU (keyboard entry works too)
    int qty = 1;
    QString scanId;       // one per physical confirm; the same id again counts once. Empty = a new one
    QString picker;       // empty = the login
};
struct ConfirmOutcome {
    QString taskStatus;   // "claimed" while units are left, then "picked" or "short"
    int picked = 0;
    int left = 0;
    bool replayed = false;   // this scan id was already counted
};
// Wrong bin / item: BadInput (kWrongBinState / kWrongItemState), nothing counted.
Result<ConfirmOutcome> confirmPick(db::Connection &conn, const PickScan &scan);

struct ShortOutcome {
    int reallocated = 0;          // units now taken from other bins (a new task on the same list)
    QList<qint64> flaggedOrders;  // orders the lead must decide on: no other bin had the units
    bool replayed = false;
};
// The bin holds `missing` units fewer than the task asks (ledger: 'short pick' moves, 'stocktake' fix).
Result<ShortOutcome> recordShortPick(db::Connection &conn, qint64 taskId, int missing, const QString &scanId = {},
                                     const QString &picker = {});

// items: every unit scanned into the parcel (SKU or barcode, one entry per unit). Conflict
// (kPackMismatchState) names what is missing or extra; nothing changes then.
Status packOrder(db::Connection &conn, qint64 orderId, const QStringList &items, const QString &packer = {});
// packed -> shipped. The same tracking again succeeds; another one for a shipped order is a Conflict.
Status shipOrder(db::Connection &conn, qint64 orderId, const QString &tracking, const QString &shipper = {});
// Cancels a paid, picked or packed order: its units go back to on_hand (picked ones into returnBin when
// given, else where they came from), each with a ledger row. Returns the units put back.
Result<int> cancelHeldOrder(db::Connection &conn, qint64 orderId, const QString &reason = {},
                            const QString &returnBin = {});

// Reads.
Result<WaveHeader> waveHeader(db::Connection &conn, qint64 waveId);
// Newest first; with beforeId > 0 only the waves older than that one (keyset paging).
Result<QList<WaveHeader>> listWaves(db::Connection &conn, int limit = 50, qint64 beforeId = 0);
// The wave's tasks in walking order; with a picker, only the tasks on that picker's list or claimed by them.
Result<PickListDocument> pickListDocument(db::Connection &conn, qint64 waveId, const QString &picker = {});
Result<PackingSlipDocument> packingSlipDocument(db::Connection &conn, qint64 orderId);

// A fresh scan id (a UUID) for a confirm that has none.
QString newScanId();

} // namespace backroom::warehouse
