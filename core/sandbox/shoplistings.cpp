#include "shoplistings.h"

#include "db/connection.h"

namespace backroom::sandbox {

namespace {
const char *const kAvailableBySku =
    "SELECT p.sku, COALESCE(sum(s.on_hand - s.reserved), 0)::bigint AS available "
    "FROM product p LEFT JOIN stock s ON s.product_id = p.id "
    "GROUP BY p.sku ORDER BY p.sku LIMIT NULLIF($1::int, 0)";
} // namespace

Result<QList<ListingSeed>> listingSeedsFromShop(db::Connection &db, int limit)
{
    auto rows = db.exec(kAvailableBySku, {limit});
    if (!rows)
        return rows.error();
    QList<ListingSeed> seeds;
    seeds.reserve(rows->rows());
    for (int row = 0; row < rows->rows(); ++row)
        seeds.append({rows->text(row, 0), int(std::max<qint64>(0, rows->toInt64(row, 1))), 0});
    return seeds;
}

} // namespace backroom::sandbox
