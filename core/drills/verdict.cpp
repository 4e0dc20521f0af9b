#include "drills/verdict.h"
#include "coretext.h"

#include <QCoreApplication>
#include <algorithm>

namespace backroom::drills {
namespace {


constexpr int kListedPerCheck = 100;   // enough to act on; the count of the rest is what matters

// Each check returns rows (kind, detail); LIMIT keeps a badly broken database from flooding the report.
constexpr const char *kNegativeStock =
    "SELECT 'negative', format('SKU %s bin %s: on_hand %s, reserved %s', p.sku, s.bin_id, s.on_hand, s.reserved) "
    "FROM backroom_data.stock s JOIN backroom_data.product p ON p.id = s.product_id "
    "WHERE s.on_hand < 0 OR s.reserved < 0 OR s.reserved > s.on_hand LIMIT 100";
constexpr const char *kOversoldPerSku =
    "SELECT 'oversold', format('SKU %s: sold %s, stocked %s', p.sku, l.sold, l.stocked) "
    "FROM (SELECT product_id, coalesce(-sum(delta) FILTER (WHERE reason = 'sale'), 0) AS sold, "
    "             coalesce(sum(delta) FILTER (WHERE delta > 0), 0) AS stocked "
    "        FROM backroom_data.stock_ledger GROUP BY 1) l "
    "JOIN backroom_data.product p ON p.id = l.product_id WHERE l.sold > l.stocked LIMIT 100";
constexpr const char *kCheckoutViolations =
    "SELECT v.kind, format('SKU %s bin %s: %s', p.sku, v.bin_id, v.detail) "
    "FROM checkout_violations() v LEFT JOIN backroom_data.product p ON p.id = v.product_id LIMIT 100";
constexpr const char *kAcknowledgedNotOnce =
    "SELECT CASE WHEN count(o.id) = 0 THEN 'missing' ELSE 'duplicate' END, "
    "       format('order %s acknowledged, found %s times', a.id, count(o.id)) "
    "FROM unnest($1::bigint[]) a(id) LEFT JOIN backroom_data.orders o ON o.id = a.id "
    "GROUP BY a.id HAVING count(o.id) <> 1 LIMIT 100";
constexpr const char *kAcknowledgedNotDrill =
    "SELECT 'unexpected', format('order %s acknowledged to the drill has channel %s', o.id, o.channel) "
    "FROM backroom_data.orders o WHERE o.id = ANY ($1::bigint[]) AND o.channel <> 'drill' LIMIT 100";
// Per order, only the run's own drill orders (above the watermark): each summed through its index, so the
// cost follows the run's size, not the number of orders ever placed.
constexpr const char *kAllocationMismatch =
    "SELECT 'allocation', format('order %s (%s): lines %s units, allocations %s units', o.id, o.status, l.q, a.q) "
    "FROM backroom_data.orders o "
    "CROSS JOIN LATERAL (SELECT coalesce(sum(x.qty), 0) AS q FROM backroom_data.order_line x WHERE x.order_id = o.id) l "
    "CROSS JOIN LATERAL (SELECT coalesce(sum(x.qty), 0) AS q FROM backroom_data.order_allocation x "
    "                     WHERE x.order_id = o.id) a "
    "WHERE o.id > $1 AND o.channel = 'drill' AND o.status = 'reserved' AND (l.q = 0 OR l.q <> a.q) LIMIT 100";
constexpr const char *kDrillOrdersSince =
    "SELECT count(*), count(*) FILTER (WHERE NOT (o.id = ANY ($2::bigint[]))) "
    "FROM backroom_data.orders o WHERE o.id > $1 AND o.channel = 'drill'";

QString idArray(const std::vector<qint64> &ids)
{
    QString text;
    text.reserve(int(ids.size()) * 8 + 2);
    text += QLatin1Char('{');
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i)
            text += QLatin1Char(',');
        text += QString::number(ids[i]);
    }
    text += QLatin1Char('}');
    return text;
}

Status collect(db::Connection &conn, const char *sql, const QVariantList &params, QList<Violation> *into)
{
    auto rows = conn.exec(sql, params);
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->rows(); ++r)
        into->append({rows->text(r, 0), rows->text(r, 1)});
    return Done{};
}

void collectRepeatedAcknowledgements(std::vector<qint64> ids, QList<Violation> *into)
{
    std::sort(ids.begin(), ids.end());
    int listed = 0;
    for (size_t i = 1; i < ids.size() && listed < kListedPerCheck; ++i) {
        if (ids[i] == ids[i - 1] && (i < 2 || ids[i - 2] != ids[i])) {
            into->append({QStringLiteral("duplicate"), DrillsText::tr("order %1 was acknowledged more than once").arg(ids[i])});
            ++listed;
        }
    }
}

} // namespace

Result<qint64> orderWatermark(db::Connection &conn)
{
    auto row = conn.exec("SELECT coalesce(max(id), 0) FROM backroom_data.orders");
    if (!row)
        return row.error();
    return row->toInt64(0, 0);
}

Result<Verdict> judgeRun(db::Connection &conn, const LoadDrillReport &report, qint64 watermark)
{
    Verdict verdict;
    const QString ids = idArray(report.acknowledgedIds);
    for (const char *check : {kNegativeStock, kOversoldPerSku, kCheckoutViolations}) {
        if (auto ok = collect(conn, check, {}, &verdict.violations); !ok)
            return ok.error();
    }
    for (const char *check : {kAcknowledgedNotOnce, kAcknowledgedNotDrill}) {
        if (auto ok = collect(conn, check, {ids}, &verdict.violations); !ok)
            return ok.error();
    }
    if (auto ok = collect(conn, kAllocationMismatch, {watermark}, &verdict.violations); !ok)
        return ok.error();
    collectRepeatedAcknowledgements(report.acknowledgedIds, &verdict.violations);

    auto counts = conn.exec(kDrillOrdersSince, {watermark, ids});
    if (!counts)
        return counts.error();
    verdict.drillOrdersInDatabase = counts->toInt64(0, 0);
    const qint64 neverAcknowledged = counts->toInt64(0, 1);
    if (neverAcknowledged > report.indeterminate)
        verdict.violations.append({QStringLiteral("unexpected"),
                                   DrillsText::tr("%1 drill orders exist that were never acknowledged (%2 answers were lost with a "
                                      "connection)").arg(neverAcknowledged).arg(report.indeterminate)});
    return verdict;
}

} // namespace backroom::drills

#include <QJsonArray>

namespace backroom::drills {

QJsonObject drillReportJson(const LoadDrillReport &report, const Verdict &verdict)
{
    const auto ms = [](resilience::LatencyHistogram::Duration d) { return double(d.count()) / 1e6; };
    QJsonObject otherErrors;
    for (auto it = report.otherErrors.begin(); it != report.otherErrors.end(); ++it)
        otherErrors.insert(it.key(), it.value());
    QJsonArray violations;
    for (const Violation &v : verdict.violations)
        violations.append(QJsonObject{{QStringLiteral("kind"), v.kind}, {QStringLiteral("detail"), v.detail}});
    const auto &l = report.latency;
    return QJsonObject{
        {QStringLiteral("model"), report.model == LoadDrillConfig::Model::Open ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("connections"), report.connections},
        {QStringLiteral("seconds"), report.seconds},
        {QStringLiteral("throughput_per_s"), report.throughput()},
        {QStringLiteral("intended"), report.intended},
        {QStringLiteral("started"), report.started},
        {QStringLiteral("acknowledged"), report.acknowledged},
        {QStringLiteral("out_of_stock"), report.outOfStock},
        {QStringLiteral("other_errors"), otherErrors},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("dropped"), report.dropped},
        {QStringLiteral("not_started"), report.notStarted},
        {QStringLiteral("indeterminate"), report.indeterminate},
        {QStringLiteral("was_cancelled"), report.wasCancelled},
        {QStringLiteral("latency_ms"),
         QJsonObject{{QStringLiteral("count"), l.count}, {QStringLiteral("mean"), ms(l.mean)}, {QStringLiteral("p50"), ms(l.p50)},
                     {QStringLiteral("p90"), ms(l.p90)}, {QStringLiteral("p95"), ms(l.p95)}, {QStringLiteral("p99"), ms(l.p99)},
                     {QStringLiteral("p99_9"), ms(l.p999)}, {QStringLiteral("max"), ms(l.max)}}},
        {QStringLiteral("drill_orders_in_database"), verdict.drillOrdersInDatabase},
        {QStringLiteral("verdict"), verdict.passed() ? QStringLiteral("pass") : QStringLiteral("fail")},
        {QStringLiteral("violations"), violations},
    };
}

} // namespace backroom::drills
