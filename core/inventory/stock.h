#pragma once
// Stock levels and the staff edit path: read a level with its version (the row's xmin), write it back
// only if nobody changed it since (optimistic concurrency), adjust by a delta with retries. Blocking
// calls on a Connection: use from worker threads, AsyncDb jobs, the CLI or tests.

#include "db/connection.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace backroom::inventory {

struct StockKey {
    qint64 productId = 0;
    int binId = 0;
    bool operator==(const StockKey &o) const { return productId == o.productId && binId == o.binId; }
};

struct StockLevel {
    StockKey key;
    QString sku;
    QString name;      // English name
    QString nameTh;    // Thai name, may be empty
    QString binCode;
    int onHand = 0;
    int reserved = 0;
    QString version;   // xmin of the row when read, as text
    int available() const { return onHand - reserved; }
};

// Outcome of a guarded write: either applied (now = the new level) or refused because the row
// changed since it was read (now = the current level and version, nothing was written).
struct SetOutcome {
    bool applied = false;
    StockLevel now;
};

struct LedgerEntry {
    qint64 id = 0;
    QString binCode;
    int delta = 0;
    int onHandAfter = 0;
    QString reason;
    QString ref;
    QString actor;  // the authenticated login that made the change (session_user; cannot be forged)
    QString note;   // what the caller said about itself (a name on a shared login, the OS user); may be empty
    QDateTime at;   // UTC

    // How people see who did it: "somchai_login (Somchai)", or the login alone without a note.
    QString who() const { return note.isEmpty() ? actor : QStringLiteral("%1 (%2)").arg(actor, note); }
};

// Finds the stock rows of a SKU (optionally one bin). NotFound if the SKU or bin is unknown.
Result<QList<StockLevel>> readStock(db::Connection &conn, const QString &sku, const QString &binCode = {});
Result<StockLevel> readLevel(db::Connection &conn, const StockKey &key);

// Sets on_hand to newOnHand if the row is still at expectedVersion.
Result<SetOutcome> setOnHand(db::Connection &conn, const StockKey &key, int newOnHand,
                             const QString &expectedVersion, const QString &reason,
                             const QString &actor = db::Connection::defaultActor());

// Read-modify-write of on_hand by delta, retrying on conflict (up to maxAttempts). Refuses with
// Kind::Constraint, writing nothing, if on_hand would go below zero or below what is reserved.
struct AdjustOutcome {
    StockLevel now;
    int attempts = 0;   // 1 = no conflict
};
Result<AdjustOutcome> adjustOnHand(db::Connection &conn, const StockKey &key, int delta, const QString &reason,
                                   const QString &actor = db::Connection::defaultActor(), int maxAttempts = 200);

// Moves qty units of a product from one bin to another (SQL stock_move: warehouse and owner roles).
// Two ledger rows (reason `reason`, default "move"). Errors: BadInput (qty < 1, same bin), NotFound
// (no stock in the source bin), Constraint (fewer free units than qty: reserved units stay),
// Conflict (the SKU is in a flash sale), Permission (the login's role may not move stock).
struct MoveOutcome {
    int fromOnHand = 0;
    int toOnHand = 0;
};
Result<MoveOutcome> moveStock(db::Connection &conn, qint64 productId, int fromBinId, int toBinId, int qty,
                              const QString &reason = {}, const QString &note = db::Connection::defaultActor());

Result<QList<LedgerEntry>> history(db::Connection &conn, const QString &sku, int limit = 200);
Result<QList<LedgerEntry>> history(db::Connection &conn, const StockKey &key, int limit = 200);

// Listing for the CLI and the stock screen: filter and sort in SQL, keyset paging.
struct StockQuery {
    enum class Sort { Sku, Name, Bin, OnHand, Reserved, Available };
    QString search;           // typo-tolerant (pg_trgm) over SKU, English and Thai names; empty = all
    Sort sort = Sort::Sku;
    bool descending = false;
    int limit = 200;
    // Keyset: continue after this row (from the previous page's last row); empty = first page.
    std::optional<StockLevel> after;
};
Result<QList<StockLevel>> listStock(db::Connection &conn, const StockQuery &query);
// Re-reads specific rows (live refresh of what a view already shows).
Result<QList<StockLevel>> readLevels(db::Connection &conn, const QList<StockKey> &keys);

// Checks the ledger invariant: rows where on_hand != sum(ledger deltas). Empty = healthy.
Result<QList<StockKey>> ledgerMismatches(db::Connection &conn);

// Message for a refused write that would break stock_never_negative.
QString negativeStockMessage(const StockLevel &level, int wantedOnHand);

} // namespace backroom::inventory
