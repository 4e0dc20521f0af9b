#include "orderviews.h"

#include <QStringList>

namespace backroom::orders {

namespace {
constexpr const char *kItemCounts =
    "SELECT order_id, count(*)::int, sum(qty)::int FROM order_line "
    "WHERE order_id = ANY($1::bigint[]) GROUP BY order_id";
} // namespace

Result<QHash<qint64, OrderItemCount>> orderItemCounts(db::Connection &conn, const QList<qint64> &orderIds)
{
    QHash<qint64, OrderItemCount> out;
    if (orderIds.isEmpty())
        return out;
    QStringList ids;
    ids.reserve(orderIds.size());
    for (qint64 id : orderIds)
        ids << QString::number(id);
    auto r = conn.exec(kItemCounts, {QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')))});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->toInt64(i, 0), OrderItemCount{r->toInt(i, 1), r->toInt(i, 2)});
    return out;
}

} // namespace backroom::orders
