#pragma once
// DrillPlan: what the owner chose on the Drills screen: the engine's configuration plus what the screen
// adds around it (scenario, thresholds, the shoot-out's buyer counts), and the parsing the screen does
// as the owner types (thresholds k6-style, a target that is not this machine; durations and open-model
// stages are core's, drills/drillparse.h, shared with the command line). Pure values and functions; any thread.

#include "drills/drillparse.h"
#include "drills/loaddrill.h"
#include "drills/runstore.h"
#include "drills/scenario.h"
#include "drills/shootout.h"
#include "drills/threshold.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>
#include <vector>

namespace backroom::ui {

// The host a libpq conninfo (keywords or URL) names; "this machine" when it names none (the socket).
QString hostOfConninfo(const QString &conninfo);

struct DrillPlan {
    drills::Scenario scenario = drills::Scenario::NormalDay;
    drills::LoadDrillConfig config;              // model, buyers, think, rate or stages, duration, target
    drills::ScenarioOptions scenarioOptions;
    QList<drills::Threshold> thresholds;
    QList<int> shootoutBuyerCounts{32, 256};
    QList<drills::StockStrategy> shootoutStrategies{drills::StockStrategy::GuardedUpdate, drills::StockStrategy::Buckets,
                                                    drills::StockStrategy::ForUpdate, drills::StockStrategy::XminRetry};

    bool isShootout() const { return scenario == drills::Scenario::Shootout; }
    // Where the load goes: the store URL (HTTP target), else the database's host as the conninfo names it.
    QString targetDescription() const;
    // True when the load stays on this machine (loopback database or store URL).
    bool targetIsLoopback() const;
    // The shoot-out's configuration: one run per strategy and buyer count, `duration` each.
    drills::ShootoutConfig shootoutConfig() const;
};

// The saved run's "params", with the keys `backroom drill load` saves: a load run's scenario, model,
// target, strategy, connections, duration_ms, skus and mix (as the scenario set them: pass the prepared
// plan), buyers and think_ms / stages / rate, sockets, thresholds; a shoot-out's strategies, buyers,
// duration_ms, max_connections, buckets, hot_units.
QJsonObject drillPlanJson(const DrillPlan &plan);

// Thresholds separated by commas, semicolons or new lines ("p95<500ms, errors<1%"); empty text is no
// threshold. The error names the item that could not be read.
Result<QList<drills::Threshold>> parseThresholdList(const QString &text);

// True when the URL's host is this machine (localhost, 127.0.0.0/8, ::1).
bool isLoopbackUrl(const QUrl &url);

} // namespace backroom::ui
