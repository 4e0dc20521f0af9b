#pragma once
// LoadDrill: drives the database's checkout function place_order with many virtual buyers over a few
// libpq connections, all from ONE thread (the thread the object lives on, normally the main thread):
// every connection is non-blocking, its statement is prepared once, and QSocketNotifier tells the event
// loop when a reply arrives. Two load models:
//  - closed: N virtual buyers share M connections; a buyer orders, waits for the answer, thinks, orders
//    again. Latency runs from the moment the buyer was ready (waiting for a free connection included).
//    With a think time, the buyers' first orders are spread evenly over the first think time.
//  - open: iterations arrive at a fixed rate whatever the server does; latency runs from each
//    iteration's INTENDED start, so a stalled server cannot hide its queue (coordinated omission).
//    An iteration still waiting for a connection `dropAfter` past its intended start is dropped and
//    counted, not measured.
// Bounded: duration, buyers, connections, rate and the number of orders are capped (limits below), and a
// target that is not this machine is refused unless confirmedRemote. cancel() sends a cancel request to
// every busy connection and finishes as soon as they answer (well under a second on a live server).
// Drill orders are tagged channel 'drill' so they can be told from (and removed without touching) real ones.
//
// Targets: the database (place_order and the shoot-out's strategy functions, one statement in flight per
// connection) or the store API over HTTP/1.1 keep-alive sockets (`sockets` of them, one request in flight
// each; checkout sends "channel":"drill"). A virtual buyer is not a connection: buyers wait for a free one.
// Each iteration is ONE operation drawn from the mix (checkout, browse a product page, search), each with
// its own latency histogram; the overall histogram holds them all.
// Open model with stages: the arrival rate ramps linearly from the previous stage's target to this
// stage's target over the stage's duration (k6's ramping-arrival-rate); the run lasts the sum of stages.
// progressed() reports one Sample per second (for live charts and the CLI's progress line).
// Hooks for a caller that judges the run itself (the chaos run, core/chaos/chaosrun.*): iterationAnswered()
// reports every answered or dropped iteration (outcome, order id, latency from the intended start);
// linkEvent() says when a connection was lost or opened again; `reconnect` lets database links open a new
// connection after the server cut theirs; stop() ends an open-ended run gracefully.

#include "net/clock.h"
#include "resilience/latencyhistogram.h"
#include "result.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <array>
#include <optional>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <queue>
#include <random>
#include <vector>

namespace backroom::drills {

namespace detail {
class DrillLink;
struct DrillAnswer;
struct DrillRequest;
}

struct LoadDrillLimits {
    static constexpr int maxBuyers = 20000;
    static constexpr int maxConnections = 256;
    static constexpr double maxRatePerSecond = 100000;
    static constexpr std::chrono::seconds maxDuration{3600};
    static constexpr qint64 maxOrders = 5'000'000;
    static constexpr int maxSockets = 4096;
};

// What one iteration of a virtual buyer does.
enum class Operation { Checkout, Browse, Search };
constexpr int kOperationCount = 3;

// How a Database-target checkout reserves stock (the shoot-out runs the same load with each):
//   GuardedUpdate  place_order, no flash sale on the SKU: one guarded UPDATE per line (the default)
//   Buckets        place_order with the SKU in a flash sale (the scenario turns it on and off)
//   ForUpdate      drill_place_order_for_update: SELECT ... FOR UPDATE, check, UPDATE
//   XminRetry      the seed's approach: read (bin, xmin) with drill_stock_version, then
//                  drill_place_order_xmin(lines, bin, xmin), which refuses with 40001 when the row changed;
//                  the engine reads again and retries, at most xminMaxRetries times per iteration.
enum class StockStrategy { GuardedUpdate, Buckets, ForUpdate, XminRetry };

// Open model: ramp linearly to targetRate (per second) over duration.
struct Stage {
    std::chrono::milliseconds duration{0};
    double targetRate = 0;
};

// Relative weights of the operations; an iteration draws one (all zero is refused).
struct OperationMix {
    int checkout = 100;
    int browse = 0;
    int search = 0;
};

struct LoadDrillConfig {
    enum class Model { Closed, Open };
    enum class Target { Database, Http };
    QString conninfo;
    Model model = Model::Closed;
    int buyers = 8;                      // closed model
    std::chrono::milliseconds thinkTime{0};   // closed model, between a buyer's orders
    double ratePerSecond = 100;          // open model
    std::chrono::milliseconds dropAfter{2000};   // open model: give up on an iteration waiting this long
    int connections = 4;
    std::chrono::milliseconds duration{10000};
    qint64 maxOrders = 1'000'000;        // iterations started, at most
    QStringList skus;                    // each order buys one unit of one of these, chosen at random
    bool quiet = true;                   // backroom.quiet = on: no NOTIFY per order (no live screens)
    bool confirmedRemote = false;        // the user confirmed a target that is not this machine
    quint32 seed = 1;                    // SKU choice
    net::Clock *clock = nullptr;         // null: Clock::system()

    Target target = Target::Database;
    QUrl storeUrl;                       // Http: the store API's base URL, e.g. http://127.0.0.1:8080
    int sockets = 64;                    // Http: keep-alive sockets, 1..LoadDrillLimits::maxSockets
    std::vector<Stage> stages;           // open model: when set, replaces ratePerSecond and duration
    double startRate = 0;                // open model with stages: the rate before the first stage
    OperationMix mix;
    QStringList searchTerms;             // Search draws one of these (empty: the SKUs themselves)
    StockStrategy strategy = StockStrategy::GuardedUpdate;   // Database target, Checkout
    int xminMaxRetries = 10;
    QString browseSku;                   // set: browse always reads this product (GET /products/<sku>)
    std::chrono::milliseconds requestTimeout{30000};   // Http: give up on an answer after this long
    // Database: a link whose connection was lost (backend terminated, server restarted) opens a new one
    // for its next iteration; while that fails the iteration answers Error "connection". Off: a lost link
    // stays closed and the run ends when no link is left. (HTTP sockets always reconnect.)
    bool reconnect = false;
};

// One iteration's outcome, for iterationAnswered(): answered (ok, refused, error, cancelled, indeterminate)
// or dropped (waited dropAfter for a link and was never sent). latency runs from the intended start.
struct IterationOutcome {
    enum class Kind { Ok, Refused, Error, Cancelled, Indeterminate, Dropped };
    Operation operation = Operation::Checkout;
    Kind kind = Kind::Ok;
    qint64 orderId = 0;                  // checkout acknowledged
    QString errorKind;                   // Error / Indeterminate: "connection", an SQLSTATE, "http_503", ...
    net::Clock::Duration latency{0};
};

// One second of a run, for live charts.
struct LoadDrillSample {
    double atSeconds = 0;                // since the run started
    double targetRate = 0;               // open model: the rate the stages asked for; closed: 0
    double answeredPerSecond = 0;        // answers of any kind in this second
    double acknowledgedPerSecond = 0;
    qint64 errors = 0;                   // errors (not out-of-stock) in this second
    qint64 dropped = 0;                  // dropped in this second
    double p95Ms = 0, p99Ms = 0;         // of the answers in this second
    int inFlight = 0;                    // requests on the wire at the sample
    int waiting = 0;                     // iterations queued for a free connection/socket
};

// Per operation figures (acknowledged = checkout created an order / browse or search answered 200).
struct OperationReport {
    qint64 ok = 0;
    qint64 refused = 0;                  // checkout out of stock (BR001 / HTTP 409)
    qint64 errors = 0;
    resilience::LatencyHistogram::Summary latency;
};

struct LoadDrillReport {
    LoadDrillConfig::Model model = LoadDrillConfig::Model::Closed;
    int connections = 0;
    double seconds = 0;                  // from the first iteration to the last answer
    qint64 intended = 0;                 // iterations the model asked for
    qint64 started = 0;                  // sent to the server
    qint64 acknowledged = 0;             // place_order answered with an order id
    qint64 outOfStock = 0;               // BR001
    QMap<QString, qint64> otherErrors;   // SQLSTATE (or "connection") -> count
    qint64 cancelled = 0;                // answered 57014 after cancel()
    qint64 dropped = 0;                  // open model: never started (all connections busy too long)
    qint64 indeterminate = 0;            // connection lost with the order in flight: committed or not
    bool wasCancelled = false;
    resilience::LatencyHistogram::Summary latency;   // acknowledged and refused orders alike
    std::vector<qint64> acknowledgedIds;

    qint64 errors() const;
    // Answers per second that did what was asked or were refused for stock: orders acknowledged or out
    // of stock, browse and search pages served.
    double throughput() const { return seconds > 0 ? double(acknowledged + outOfStock + pagesServed()) / seconds : 0; }
    qint64 pagesServed() const;          // browse and search answered 200 (operations[Browse/Search].ok)
    bool countsAddUp() const;            // intended == started + dropped + never-run, started == answers
    qint64 notStarted = 0;               // intended but not sent when the run ended (deadline or cancel)

    LoadDrillConfig::Target target = LoadDrillConfig::Target::Database;
    StockStrategy strategy = StockStrategy::GuardedUpdate;
    std::array<OperationReport, kOperationCount> operations{};   // indexed by int(Operation)
    qint64 attempts = 0;                 // checkout statements sent, retries included (XminRetry > started)
    qint64 conflicts = 0;                // XminRetry: refusals because the row changed (40001)
    int peakBuyers = 0;                  // closed: buyers alive at once; open: peak iterations in flight + waiting
    qint64 peakMemoryBytes = 0;          // the process's peak resident set at the end (getrusage)
    std::vector<LoadDrillSample> timeline;
};

// Open model: arrivals the schedule asks for from the start to `by` (the integral of the rate, which
// ramps linearly within each stage from the previous stage's target, or startRate, to its own).
double expectedArrivals(double startRate, const std::vector<Stage> &stages, std::chrono::duration<double> by);

QString operationName(Operation op);          // "checkout", "browse", "search"
QString strategyName(StockStrategy strategy); // "guarded_update", "buckets", "for_update", "xmin_retry"
std::optional<StockStrategy> strategyFromName(const QString &name);

// True when every host the string leads to is this machine (socket directory, localhost, 127/8, ::1).
bool isLoopbackTarget(const QString &conninfo);

class LoadDrill : public QObject {
    Q_OBJECT
public:
    explicit LoadDrill(LoadDrillConfig config, QObject *parent = nullptr);
    ~LoadDrill() override;

    // Checks the limits and the target, opens and prepares the connections (blocking, a few ms each on
    // loopback), then starts the load; finished() follows. An error means nothing was sent. Once per object.
    Status start();
    void cancel();
    // No new iteration starts; those in flight finish, then finished(). For runs whose end the caller
    // decides (a chaos experiment sets the longest duration and stops when its phases are over).
    void stop();
    bool isRunning() const { return m_running; }
    const LoadDrillReport &report() const { return m_report; }
    int inFlight() const { return m_inFlight; }   // requests sent and not answered yet
    qint64 answered() const { return m_answered; }   // progress

signals:
    void progressed(const backroom::drills::LoadDrillSample &sample);   // once a second while running
    void finished(const backroom::drills::LoadDrillReport &report);
    void iterationAnswered(const backroom::drills::IterationOutcome &outcome);
    // kind "lost" (a connection died, with or without an iteration in flight) or "reconnect".
    void linkEvent(const QString &kind, const QString &detail);

private:
    using TimePoint = net::Clock::TimePoint;
    struct Waiting { TimePoint intendedStart; int buyer; };
    struct Wake {
        TimePoint at;
        int buyer;
        bool operator>(const Wake &other) const { return at > other.at; }
    };
    // Figures of the second in progress, for progressed().
    struct SecondCounters {
        qint64 answered = 0, acknowledged = 0, errors = 0, dropped = 0;
    };

    Status checkConfig() const;
    Status checkTarget() const;
    Status checkLoadShape() const;
    Status openTarget();
    void arrive();
    void buyerReady(int buyer, TimePoint readyAt);
    void wakeThinkingBuyers();
    void armWakeTimer();
    void dispatchWaiting();
    void dropStaleWaiting(TimePoint t);
    void send(detail::DrillLink &link, const Waiting &next);
    detail::DrillRequest drawRequest();
    void onAnswered(detail::DrillLink &link, const detail::DrillAnswer &answer);
    void recordAnswer(Operation op, const detail::DrillAnswer &answer, resilience::LatencyHistogram::Duration latency);
    void emitSample();
    void abortStuckRequests();
    void abortInFlight(const QString &why);
    void finishIfDone();
    bool acceptingNew() const;
    double secondsSinceStart(TimePoint t) const { return std::chrono::duration<double>(t - m_startedAt).count(); }
    TimePoint now() const { return m_clock->now(); }

    LoadDrillConfig m_config;
    net::Clock *m_clock;
    std::vector<std::unique_ptr<detail::DrillLink>> m_links;
    std::vector<detail::DrillLink *> m_idle;  // alive links with nothing in flight
    int m_inFlight = 0;
    std::deque<Waiting> m_waiting;       // ready to go, no free connection/socket yet
    std::priority_queue<Wake, std::vector<Wake>, std::greater<Wake>> m_thinking;   // closed model
    QTimer m_wakeTimer;                  // closed model with think time: the earliest wake-up
    QTimer m_arrivalTimer;               // open model
    QTimer m_deadline;
    QTimer m_sampleTimer;                // progressed(), once a second
    QTimer m_cancelGrace;                // after cancel(): abort what has not answered
    std::vector<Stage> m_stages;         // open model (one flat stage when none were given)
    double m_startRate = 0;
    std::chrono::milliseconds m_runDuration{0};
    QStringList m_searchTerms;
    qint64 m_catalogueTotal = 0;         // browse: products in the catalogue (pages to draw from)
    QString m_runToken;
    qint64 m_serial = 0;
    resilience::LatencyHistogram m_histogram;
    std::array<std::unique_ptr<resilience::LatencyHistogram>, kOperationCount> m_operationHistograms;
    resilience::LatencyHistogram m_secondHistogram;
    SecondCounters m_second;
    TimePoint m_lastSampleAt{};
    LoadDrillReport m_report;
    std::mt19937 m_random;
    TimePoint m_startedAt{};
    qint64 m_answered = 0;
    bool m_running = false;
    bool m_started = false;              // one run per object
    bool m_stopping = false;             // deadline passed or cancelled: nothing new starts
};

} // namespace backroom::drills
