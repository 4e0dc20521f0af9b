#pragma once
// The demo shop: products with Thai and English names, bins in zones with a walking order, stock spread
// over several bins per product, and orders in every state. The same data `backroom demo` shows and
// benchmarks use. Blocking calls on a Connection: main(), worker threads, tests.

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

// Orders from the web shop, Shopee and Lazada, placed over the last ten days: reserved, paid, cancelled
// and expired, placed and moved on only through the checkout functions (place_order, pay_order,
// cancel_order, expire_reservations) so that stock, reservations and the ledger agree as in a real shop;
// only their timestamps are moved back to give them ages. Idempotent: all added in one transaction, and
// nothing when demo orders exist already. Needs products with stock; returns how many were added.
Result<int> seedDemoOrders(db::Connection &conn, int orders = 30);

} // namespace backroom::inventory
