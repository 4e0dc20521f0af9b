#pragma once
// The load drill's database target: libpq connections in non-blocking mode, every statement the mix can
// run prepared once per connection, one statement in flight each, replies noticed by QSocketNotifier on
// the drill's thread. Checkout follows the configured StockStrategy (XminRetry reads the row version,
// then writes, and reads again on 40001 up to xminMaxRetries times). Browse and search run the store
// API's own catalogue queries (core/store/catalog.cpp), so the database sees what GET /products and
// GET /search would make it do. Internal to core/drills.

#include "drills/drilllink.h"
#include "result.h"

#include <memory>
#include <vector>

namespace backroom::drills::detail {

struct DatabaseTarget {
    std::vector<std::unique_ptr<DrillLink>> links;
    qint64 productCount = 0;     // for browse's random page
};

// Opens and prepares config.connections connections (blocking, a few ms each on loopback). Search terms
// are turned into LIKE patterns once (the store's search_patterns()), here, and prepared per term.
// Errors: Connection (cannot connect), Schema (a strategy's SQL function is missing), Query.
Result<DatabaseTarget> openDatabaseTarget(const LoadDrillConfig &config, const QStringList &searchTerms);

} // namespace backroom::drills::detail
