#pragma once
// DrillPlan: what the owner chose on the Drills screen: the engine's configuration plus what the screen
// adds around it (scenario, thresholds, the shoot-out's buyer counts), and the parsing the screen does
// as the owner types (thresholds k6-style, open-model stages, durations, a target that is not this
// machine). Pure values and functions; any thread.

#include "drills/loaddrill.h"
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

// The saved run's "params": scenario, model, buyers, think_ms, rate, stages, duration_ms, target,
// connections, sockets, thresholds (texts).
QJsonObject drillPlanJson(const DrillPlan &plan);

// "10s", "500ms", "2m", "1.5s", "1h"; a bare number is seconds.
std::optional<std::chrono::milliseconds> parseDrillDuration(const QString &text);

// Thresholds separated by commas, semicolons or new lines ("p95<500ms, errors<1%"); empty text is no
// threshold. The error names the item that could not be read.
Result<QList<drills::Threshold>> parseThresholdList(const QString &text);

// Open-model stages "30s:100, 1m:1000, 30s:0" (duration:target rate per second, k6's ramping arrival rate).
Result<std::vector<drills::Stage>> parseStages(const QString &text);

// True when the URL's host is this machine (localhost, 127.0.0.0/8, ::1).
bool isLoopbackUrl(const QUrl &url);

} // namespace backroom::ui
