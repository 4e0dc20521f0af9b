#pragma once
// Read-only order queries for list screens (the orders tab): extra figures listOrders does not carry,
// fetched for a page of orders at once. Blocking calls on a Connection: use from AsyncDb jobs or tests.

#include "db/connection.h"

#include <QHash>
#include <QList>

namespace backroom::orders {

struct OrderItemCount {
    int lines = 0;   // order lines (distinct SKUs)
    int units = 0;   // sum of quantities
};

// Item counts for the given orders; orders without lines are absent from the answer.
Result<QHash<qint64, OrderItemCount>> orderItemCounts(db::Connection &conn, const QList<qint64> &orderIds);

} // namespace backroom::orders
