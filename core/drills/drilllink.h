#pragma once
// DrillLink: one connection of a load drill's target (a libpq connection or a keep-alive HTTP socket)
// carrying at most one operation at a time. The engine (LoadDrill) owns the links, hands each a request
// when it is idle and is told through `answered` when the answer is in. Everything runs on the drill's
// thread: links are driven by socket notifications of the event loop and never block after open.
// Internal to core/drills: the database target is dbtarget.h, the HTTP target httptarget.h.

#include "drills/loaddrill.h"

#include <QString>
#include <functional>

namespace backroom::drills::detail {

// What one iteration asks the target to do. sku: checkout's item (or the pinned product for browse);
// term: search's words (termIndex: its place in the run's list); page: browse's catalogue page (1-based); serial: unique per run (idempotency).
struct DrillRequest {
    Operation operation = Operation::Checkout;
    QString sku;
    QString term;
    int termIndex = 0;         // the term's place in the run's search terms (prepared per term)
    int page = 1;
    qint64 serial = 0;
};

// How the target answered. errorKind names an Error's kind for the report ("http_503", "timeout",
// "connection", an SQLSTATE, "conflict_retries_exhausted").
struct DrillAnswer {
    enum class Kind { Ok, Refused, Error, Cancelled, Indeterminate };
    Kind kind = Kind::Error;
    QString errorKind;
    qint64 orderId = 0;        // checkout acknowledged
    int attempts = 0;          // checkout statements sent (XminRetry retries included)
    int conflicts = 0;         // XminRetry: 40001 refusals
    qint64 catalogueTotal = -1;   // browse over HTTP: the "total" the page reported (-1: unknown)
};

class DrillLink {
public:
    using Answered = std::function<void(DrillLink &link, const DrillAnswer &answer)>;

    virtual ~DrillLink() = default;
    // Starts the request; false when the link is dead and nothing was sent (the caller counts it).
    virtual bool send(const DrillRequest &request) = 0;
    // Cancels the request in flight, if any; its answer still arrives through `answered` (Cancelled,
    // or Indeterminate when a checkout may have committed).
    virtual void cancel() = 0;
    // Gives up on the request in flight at once (cancel did not answer in time, or it timed out) and
    // answers synchronously: a checkout Indeterminate (it may have committed), anything else Cancelled
    // when why is "cancelled", else an Error of kind why ("timeout").
    virtual void abort(const QString &why) = 0;
    virtual bool alive() const = 0;

    Answered answered;         // set by the engine before the first send
    // Set by the engine: the link's connection was lost (kind "lost") or opened again ("reconnect").
    std::function<void(const QString &kind, const QString &detail)> connectionEvent;
    bool busy = false;
    Operation operation = Operation::Checkout;   // of the request in flight
    net::Clock::TimePoint intendedStart{};
    net::Clock::TimePoint sentAt{};
    int buyer = -1;            // closed model: whose request; -1 in the open model
};

} // namespace backroom::drills::detail
