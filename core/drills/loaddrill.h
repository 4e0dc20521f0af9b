#pragma once
// LoadDrill: drives the database's checkout function place_order with many virtual buyers over a few
// libpq connections, all from ONE thread (the thread the object lives on, normally the main thread):
// every connection is non-blocking, its statement is prepared once, and QSocketNotifier tells the event
// loop when a reply arrives. Two load models:
//  - closed: N virtual buyers share M connections; a buyer orders, waits for the answer, thinks, orders
//    again. Latency runs from the moment the buyer was ready (waiting for a free connection included).
//  - open: iterations arrive at a fixed rate whatever the server does; latency runs from each
//    iteration's INTENDED start, so a stalled server cannot hide its queue (coordinated omission).
//    An iteration still waiting for a connection `dropAfter` past its intended start is dropped and
//    counted, not measured.
// Bounded: duration, buyers, connections, rate and the number of orders are capped (limits below), and a
// target that is not this machine is refused unless confirmedRemote. cancel() sends a cancel request to
// every busy connection and finishes as soon as they answer (well under a second on a live server).
// Drill orders are tagged channel 'drill' so they can be told from (and removed without touching) real ones.

#include "net/clock.h"
#include "resilience/latencyhistogram.h"
#include "result.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <deque>
#include <memory>
#include <random>
#include <vector>

namespace backroom::drills {

struct LoadDrillLimits {
    static constexpr int maxBuyers = 20000;
    static constexpr int maxConnections = 256;
    static constexpr double maxRatePerSecond = 100000;
    static constexpr std::chrono::seconds maxDuration{3600};
    static constexpr qint64 maxOrders = 5'000'000;
};

struct LoadDrillConfig {
    enum class Model { Closed, Open };
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
    double throughput() const { return seconds > 0 ? double(acknowledged + outOfStock) / seconds : 0; }
    bool countsAddUp() const;            // intended == started + dropped + never-run, started == answers
    qint64 notStarted = 0;               // intended but not sent when the run ended (deadline or cancel)
};

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
    bool isRunning() const { return m_running; }
    const LoadDrillReport &report() const { return m_report; }
    qint64 answered() const { return m_answered; }   // progress

signals:
    void finished(const backroom::drills::LoadDrillReport &report);

private:
    struct Link;
    using TimePoint = net::Clock::TimePoint;

    Status checkConfig() const;
    Status openLinks();
    void scheduleOpenArrivals();
    void buyerReady(int buyer);
    void dispatchWaiting();
    bool send(Link &link, TimePoint intendedStart, int buyer);
    void onReadable(Link &link);
    void onWritable(Link &link);
    void complete(Link &link, const QByteArray &sqlState, qint64 orderId);
    void loseLink(Link &link);
    void finishIfDone();
    bool acceptingNew() const;
    TimePoint now() const { return m_clock->now(); }

    LoadDrillConfig m_config;
    net::Clock *m_clock;
    std::vector<std::unique_ptr<Link>> m_links;
    struct Waiting { TimePoint intendedStart; int buyer; };
    std::deque<Waiting> m_waiting;       // ready to order, no free connection yet
    QTimer m_arrivalTimer;               // open model
    QTimer m_deadline;
    resilience::LatencyHistogram m_histogram;
    LoadDrillReport m_report;
    std::mt19937 m_random;
    TimePoint m_startedAt{};
    qint64 m_answered = 0;
    bool m_running = false;
    bool m_started = false;              // one run per object
    bool m_stopping = false;             // deadline passed or cancelled: nothing new starts
};

} // namespace backroom::drills
