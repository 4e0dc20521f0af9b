#pragma once
// The owner's changes to a channel, as the Channels screen (and any other front end) makes them: enable or
// disable it, set its buffer stock, queue every product for a push again. The typed face of the owner-only
// SQL functions channel_configure() and channel_resync() (migration 011), which hold the rules: a new
// buffer or enabling a marketplace resyncs it; disabling drops its queue.
//
// Blocking calls on one db::Connection: a worker thread (AsyncDb / DbGate) or the CLI, never the GUI thread.
// Errors: Connection, Permission (not an owner), BadInput (unknown channel, buffer out of range: 22023), Query.

#include "db/connection.h"
#include "result.h"

#include <QString>
#include <optional>

namespace backroom::channels {

// The range channel.buffer_qty accepts (its CHECK constraint).
constexpr int kMaxBufferQty = 1000000;

struct ChannelChange {
    QString channel;                 // "web", "shopee", "lazada"
    std::optional<bool> enabled;     // unset: left as it is
    std::optional<int> bufferQty;    // unset: left as it is
};

// Empty when `qty` is a buffer the database accepts, else a translated message saying what is allowed.
QString bufferQtyProblem(int qty);

Status configureChannel(db::Connection &conn, const ChannelChange &change);
// Queues every product for `channel`, or for every enabled marketplace when it is empty. Returns the rows
// queued (a disabled channel queues nothing).
Result<int> resyncChannel(db::Connection &conn, const QString &channel);

// One batch of a resync that can be stopped between batches (channel_resync_batch, migration 016): the next
// `batchSize` products after `afterProduct` (by id), queued for `channel` (or every enabled marketplace
// when empty) in one transaction, so a product is queued for all the run's channels or none.
struct ResyncBatch {
    std::optional<qint64> lastProduct;   // pass as afterProduct next; unset: nothing was left
    int queued = 0;                      // outbox rows written
    qint64 productsDone = 0;             // products up to lastProduct ...
    qint64 productsTotal = 0;            // ... of all products now
};
constexpr int kDefaultResyncBatch = 500;
Result<ResyncBatch> resyncBatch(db::Connection &conn, const QString &channel, qint64 afterProduct,
                                int batchSize = kDefaultResyncBatch);

} // namespace backroom::channels
