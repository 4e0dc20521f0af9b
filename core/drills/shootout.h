#pragma once
// The stock-strategy shoot-out: the same closed-model load (N buyers, one unit per order, whole orders
// through the database, no think time) on ONE hot drill SKU with ample stock, once per strategy
// (GuardedUpdate, Buckets, ForUpdate, XminRetry) and per buyer count (default 32 and 256), each followed
// by the verdict. Runs one LoadDrill at a time on the thread the runner lives on (the GUI or CLI thread);
// the set-up and verdict between runs are short blocking calls on `admin` (owner or superuser).
// cancel() stops the current run and skips the rest.

#include "db/connection.h"
#include "drills/loaddrill.h"
#include "drills/verdict.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

namespace backroom::drills {

struct ShootoutConfig {
    QString conninfo;                         // the drill's connections
    QList<int> buyerCounts{32, 256};
    int maxConnections = 64;                  // connections = min(buyers, maxConnections)
    std::chrono::milliseconds durationPerRun{10000};
    QList<StockStrategy> strategies{StockStrategy::GuardedUpdate, StockStrategy::Buckets,
                                    StockStrategy::ForUpdate, StockStrategy::XminRetry};
    // Buckets of the hot SKU in a Buckets run; 0: one per connection of that run. Fewer buckets than
    // connections make buyers queue on a bucket row (measured: 16 buckets for 64 connections cost a third
    // of the orders; docs/drill.md).
    int buckets = 0;
    int hotUnits = 1'000'000;                 // enough not to sell out during a run
    bool confirmedRemote = false;
};

struct ShootoutRow {
    StockStrategy strategy = StockStrategy::GuardedUpdate;
    int buyers = 0;
    int connections = 0;
    qint64 attempts = 0, successes = 0, conflicts = 0, errors = 0;
    double ordersPerSecond = 0;
    resilience::LatencyHistogram::Summary latency;
    double vsGuardedUpdate = 0;               // orders/s over guarded_update's at the same buyers; 0: no such run
    double setupSeconds = 0;                  // fresh hot SKU (+ flash sale) before the run
    double verdictSeconds = 0;                // flash sale off + verdict after it
    bool verdictPassed = false;
    QStringList violations;                   // "kind: detail"
};

// The row as JSON (`--json`, saved runs): latency_ms has p50, p95, p99, p99_9 and max;
// vs_guarded_update is absent when no guarded_update run had the same buyer count.
QJsonObject shootoutRowJson(const ShootoutRow &row);

// Fills vsGuardedUpdate of every row from the guarded_update row with the same buyer count (the goal:
// buckets >= 3x). A guarded_update row gets 1; rows without one (or with 0 orders/s there) get 0.
void fillGuardedUpdateRatios(QList<ShootoutRow> &rows);

class ShootoutRunner : public QObject {
    Q_OBJECT
public:
    ShootoutRunner(ShootoutConfig config, db::Connection &admin, QObject *parent = nullptr);
    ~ShootoutRunner() override;

    Status start();                            // checks the config; the first run starts; finished() follows
    void cancel();
    bool isRunning() const;
    const QList<ShootoutRow> &rows() const;
    int totalRuns() const;                     // strategies x buyer counts

signals:
    void runStarted(backroom::drills::StockStrategy strategy, int buyers, int index);
    void progressed(const backroom::drills::LoadDrillSample &sample);   // of the current run
    void rowFinished(const backroom::drills::ShootoutRow &row);
    void finished(bool cancelled);

private:
    struct PlannedRun;
    Status startRun();                         // fresh hot SKU, flash sale if Buckets, then startDrill()
    Status startDrill(const PlannedRun &planned);
    int bucketsFor(const PlannedRun &planned) const;   // config.buckets, or one per connection
    Status endFlashSale();
    void finishRun();                          // verdict and row of the run that just finished
    void startNextOrFinish();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom::drills
