#pragma once
// The marketplace stand-ins' listings taken from the shop's own products: every product's SKU with the
// stock it has available now (on hand minus reserved, summed over its bins; flash-sale buckets are not
// counted), so that `backroom sandbox --from-shop` and the demo start with marketplaces that list what
// the shop sells. Blocking: call it from the CLI or a worker thread, never the GUI thread.

#include "result.h"
#include "sandbox/marketstandin.h"

namespace backroom::db {
class Connection;
}

namespace backroom::sandbox {

// At most `limit` products (0 = all), by SKU. Errors are the connection's (Connection, Permission, ...).
Result<QList<ListingSeed>> listingSeedsFromShop(db::Connection &db, int limit = 0);

} // namespace backroom::sandbox
