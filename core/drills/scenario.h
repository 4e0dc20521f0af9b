#pragma once
// Scenarios of the load drill: what the virtual buyers do and on which SKUs, set up on the shop's own
// database and undone afterwards.
//   normal-day   browse 70 %, search 20 %, checkout 10 % over the 20 SKUs with the most stock; searches
//                are the first words of their names
//   flash-sale   checkout 80 %, browse 20 % on a few hot drill SKUs with limited stock and the flash-sale
//                buckets on: the run sells out, and the verdict proves nothing was oversold
//   shootout     see shootout.h: the four stock strategies on one hot SKU, side by side
// Hot SKUs are drill products (drill_hot_skus(), SKUs DRILL-HOT-nn in bin DRILL), so a scenario never
// changes a real product's stock. Blocking calls on a Connection that may run the drill_* functions (owner).

#include "db/connection.h"
#include "drills/loaddrill.h"
#include "result.h"

#include <optional>

namespace backroom::drills {

enum class Scenario { NormalDay, FlashSale, Shootout };

QString scenarioName(Scenario scenario);                      // "normal-day", "flash-sale", "shootout"
std::optional<Scenario> scenarioFromName(const QString &name);
QString scenarioDescription(Scenario scenario);               // one translated line for the GUI and --help

struct ScenarioOptions {
    int hotSkus = 3;          // flash-sale: how many hot SKUs
    int hotUnits = 500;       // flash-sale: units of each hot SKU on sale
    int buckets = 16;         // flash-sale and shootout Buckets: buckets per hot SKU
};

// What prepareScenario() changed, so that finishScenario() can undo it (flash sales turned on).
struct ScenarioSetup {
    Scenario scenario = Scenario::NormalDay;
    QStringList flashSaleSkus;
};

// Fills config.skus, config.mix and config.searchTerms for the scenario (keeping the load model, rate,
// buyers, duration and target the caller set), creates/refills hot SKUs and turns their flash sale on.
Result<ScenarioSetup> prepareScenario(db::Connection &conn, Scenario scenario, const ScenarioOptions &options,
                                      LoadDrillConfig *config);
// Turns off the flash sales prepareScenario() turned on. Safe to call twice.
Status finishScenario(db::Connection &conn, const ScenarioSetup &setup);

} // namespace backroom::drills
