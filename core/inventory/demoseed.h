#pragma once
// The demo shop: products with Thai and English names, bins in zones with a walking order, and stock
// spread over several bins per product. The same data `backroom demo` shows and benchmarks use.

#include "db/connection.h"

#include <functional>

namespace backroom::inventory {

struct SeedOptions {
    int products = 2000;
    int bins = 200;
    int minBinsPerProduct = 2;
    int maxBinsPerProduct = 4;
};

struct SeedReport {
    qint64 products = 0;
    qint64 bins = 0;
    qint64 stockRows = 0;
};

// Idempotent on SKU and bin code: running it twice adds nothing. progress(done, total) in products.
Result<SeedReport> seedDemo(db::Connection &conn, const SeedOptions &options,
                            const std::function<void(qint64, qint64)> &progress = {});

} // namespace backroom::inventory
