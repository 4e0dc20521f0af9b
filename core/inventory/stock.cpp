#include "stock.h"
#include "coretext.h"
#include "search.h"

#include "resilience/retry.h"

namespace backroom::inventory {

using db::Connection;
using db::PgResult;

namespace {

// Every statement that returns stock levels selects these columns in this order.
// During a flash sale a stock row's `reserved` also counts the units parked in its buckets (migration
// 002); people see only what orders hold, so the free bucket units are added back to available here.
#define BACKROOM_SHOWN_RESERVED "(s.reserved - coalesce(fb.free, 0))"
#define BACKROOM_SHOWN_AVAILABLE "(s.on_hand - s.reserved + coalesce(fb.free, 0))"
constexpr const char *kLevelColumns =
    "s.product_id, s.bin_id, p.sku, p.name, coalesce(p.name_th, ''), b.code, s.on_hand, "
    BACKROOM_SHOWN_RESERVED ", s.xmin::text";
constexpr const char *kLevelFrom =
    " FROM stock s JOIN product p ON p.id = s.product_id JOIN bin b ON b.id = s.bin_id "
    "LEFT JOIN stock_bucket_free fb ON fb.product_id = s.product_id AND fb.bin_id = s.bin_id ";

// One round trip: the guarded write plus the names and codes the caller shows; reserved as people see
// it (without flash-sale bucket allotments), like every other read here.
constexpr const char *kSetGuarded =
    "SELECT g.applied, g.on_hand, g.reserved - coalesce(fb.free, 0), g.version, p.sku, p.name, "
    "       coalesce(p.name_th, ''), b.code "
    "FROM stock_set_guarded($1, $2, $3, $4::xid, $5, $6) g JOIN product p ON p.id = $1 JOIN bin b ON b.id = $2 "
    "LEFT JOIN stock_bucket_free fb ON fb.product_id = $1 AND fb.bin_id = $2";
constexpr const char *kHistoryBySku =
    "SELECT l.id, b.code, l.delta, l.on_hand_after, l.reason, coalesce(l.ref, ''), l.actor, coalesce(l.note, ''), "
    "(extract(epoch FROM l.at) * 1000)::bigint FROM stock_ledger l JOIN product p ON p.id = l.product_id JOIN bin b ON b.id = l.bin_id "
    "WHERE p.sku = $1 ORDER BY l.id DESC LIMIT $2";
constexpr const char *kHistoryByKey =
    "SELECT l.id, b.code, l.delta, l.on_hand_after, l.reason, coalesce(l.ref, ''), l.actor, coalesce(l.note, ''), "
    "(extract(epoch FROM l.at) * 1000)::bigint FROM stock_ledger l JOIN bin b ON b.id = l.bin_id "
    "WHERE l.product_id = $1 AND l.bin_id = $2 ORDER BY l.id DESC LIMIT $3";
constexpr const char *kMove = "SELECT from_on_hand, to_on_hand FROM stock_move($1, $2, $3, $4, $5, $6)";
constexpr const char *kMismatches =
    "SELECT s.product_id, s.bin_id FROM stock s "
    "LEFT JOIN (SELECT product_id, bin_id, sum(delta) AS total FROM stock_ledger GROUP BY 1, 2) l "
    "  USING (product_id, bin_id) "
    "WHERE s.on_hand <> coalesce(l.total, 0)";

StockLevel levelAt(const PgResult &r, int row)
{
    StockLevel l;
    l.key = {r.toInt64(row, 0), r.toInt(row, 1)};
    l.sku = r.text(row, 2);
    l.name = r.text(row, 3);
    l.nameTh = r.text(row, 4);
    l.binCode = r.text(row, 5);
    l.onHand = r.toInt(row, 6);
    l.reserved = r.toInt(row, 7);
    l.version = r.text(row, 8);
    return l;
}

QList<StockLevel> levelsOf(const PgResult &r)
{
    QList<StockLevel> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append(levelAt(r, i));
    return out;
}

QList<LedgerEntry> ledgerOf(const PgResult &r)
{
    QList<LedgerEntry> out;
    for (int i = 0; i < r.rows(); ++i) {
        LedgerEntry e;
        e.id = r.toInt64(i, 0);
        e.binCode = r.text(i, 1);
        e.delta = r.toInt(i, 2);
        e.onHandAfter = r.toInt(i, 3);
        e.reason = r.text(i, 4);
        e.ref = r.text(i, 5);
        e.actor = r.text(i, 6);
        e.note = r.text(i, 7);
        e.at = QDateTime::fromMSecsSinceEpoch(r.toInt64(i, 8), Qt::UTC);
        out.append(e);
    }
    return out;
}

// ORDER BY columns per sort, the first being the one the user sorts by; the rest make it unique.
struct SortSpec {
    const char *columns[3];
};
// Without any flash sale, shown reserved/available are the stock row's own columns, which the
// stock_reserved / stock_available indexes serve; with one, the bucket-adjusted expressions (no index).
SortSpec sortSpec(StockQuery::Sort sort, bool flashSales)
{
    if (!flashSales && sort == StockQuery::Sort::Reserved)
        return {{"s.reserved", "s.product_id", "s.bin_id"}};
    if (!flashSales && sort == StockQuery::Sort::Available)
        return {{"(s.on_hand - s.reserved)", "s.product_id", "s.bin_id"}};
    switch (sort) {
    case StockQuery::Sort::Sku: return {{"p.sku", "s.bin_id", nullptr}};
    case StockQuery::Sort::Name: return {{"p.name", "s.product_id", "s.bin_id"}};
    case StockQuery::Sort::Bin: return {{"b.code", "s.product_id", nullptr}};
    case StockQuery::Sort::OnHand: return {{"s.on_hand", "s.product_id", "s.bin_id"}};
    case StockQuery::Sort::Reserved: return {{BACKROOM_SHOWN_RESERVED, "s.product_id", "s.bin_id"}};
    case StockQuery::Sort::Available: return {{BACKROOM_SHOWN_AVAILABLE, "s.product_id", "s.bin_id"}};
    }
    return {{"p.sku", "s.bin_id", nullptr}};
}

QVariant keyValue(const char *column, const StockLevel &l)
{
    const QByteArray c(column);
    if (c == "p.sku") return l.sku;
    if (c == "p.name") return l.name;
    if (c == "b.code") return l.binCode;
    if (c == "s.on_hand") return l.onHand;
    if (c == BACKROOM_SHOWN_RESERVED || c == "s.reserved") return l.reserved;
    if (c == BACKROOM_SHOWN_AVAILABLE || c == "(s.on_hand - s.reserved)") return l.available();
    if (c == "s.product_id") return l.key.productId;
    if (c == "s.bin_id") return l.key.binId;
    return {};
}

} // namespace

QString negativeStockMessage(const StockLevel &level, int wantedOnHand)
{
    if (wantedOnHand < 0)
        return InventoryText::tr("Refused: %1 in bin %2 has %3 on hand; that change would make it %4, and stock cannot "
                                 "go below zero. Nothing was changed.")
            .arg(level.sku, level.binCode).arg(level.onHand).arg(wantedOnHand);
    return InventoryText::tr("Refused: %1 in bin %2 has %3 units reserved for open orders, so on hand cannot be set "
                             "below %3 (asked for %4). Nothing was changed.")
        .arg(level.sku, level.binCode).arg(level.reserved).arg(wantedOnHand);
}

Result<QList<StockLevel>> readStock(Connection &conn, const QString &sku, const QString &binCode)
{
    const QString sql = QStringLiteral("SELECT %1 %2 WHERE p.sku = $1 AND ($2::text IS NULL OR b.code = $2) "
                                       "ORDER BY b.pick_seq, b.code")
                            .arg(QLatin1String(kLevelColumns), QLatin1String(kLevelFrom));
    auto r = conn.exec(sql, {sku, binCode.isEmpty() ? QVariant() : QVariant(binCode)});
    if (!r)
        return r.error();
    if (r->rows() > 0)
        return levelsOf(*r);
    auto product = conn.exec("SELECT 1 FROM product WHERE sku = $1", {sku});
    if (!product)
        return product.error();
    if (product->rows() == 0)
        return Error::make(Error::Kind::NotFound, InventoryText::tr("Unknown SKU '%1'.").arg(sku));
    if (binCode.isEmpty())
        return QList<StockLevel>{};
    auto bin = conn.exec("SELECT 1 FROM bin WHERE code = $1", {binCode});
    if (!bin)
        return bin.error();
    if (bin->rows() == 0)
        return Error::make(Error::Kind::NotFound, InventoryText::tr("Unknown bin '%1'.").arg(binCode));
    return Error::make(Error::Kind::NotFound,
                       InventoryText::tr("SKU '%1' has no stock row in bin '%2'.").arg(sku, binCode));
}

Result<StockLevel> readLevel(Connection &conn, const StockKey &key)
{
    static const QString sql = QStringLiteral("SELECT %1 %2 WHERE s.product_id = $1 AND s.bin_id = $2")
                                   .arg(QLatin1String(kLevelColumns), QLatin1String(kLevelFrom));
    auto r = conn.exec(sql, {key.productId, key.binId});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound, InventoryText::tr("That stock row no longer exists."));
    return levelAt(*r, 0);
}

Result<QList<StockLevel>> readLevels(Connection &conn, const QList<StockKey> &keys)
{
    QStringList products, bins;
    for (const auto &k : keys) {
        products << QString::number(k.productId);
        bins << QString::number(k.binId);
    }
    const QString sql = QStringLiteral("SELECT %1 %2 JOIN unnest($1::bigint[], $2::int[]) AS k(pid, bid) "
                                       "ON k.pid = s.product_id AND k.bid = s.bin_id")
                            .arg(QLatin1String(kLevelColumns), QLatin1String(kLevelFrom));
    auto r = conn.exec(sql, {QStringLiteral("{%1}").arg(products.join(QLatin1Char(','))),
                             QStringLiteral("{%1}").arg(bins.join(QLatin1Char(',')))});
    if (!r)
        return r.error();
    return levelsOf(*r);
}

Result<SetOutcome> setOnHand(Connection &conn, const StockKey &key, int newOnHand, const QString &expectedVersion,
                             const QString &reason, const QString &actor)
{
    if (newOnHand < 0)
        return Error::make(Error::Kind::BadInput,
                           InventoryText::tr("Quantity must be 0 or more (got %1).").arg(newOnHand));
    bool numeric = false;
    expectedVersion.toULongLong(&numeric);
    if (!numeric)
        return Error::make(Error::Kind::BadInput,
                           InventoryText::tr("Version '%1' is not a row version: use the number `stock show` printed.")
                               .arg(expectedVersion));
    auto r = conn.exec(kSetGuarded, {key.productId, key.binId, newOnHand, expectedVersion,
                                     reason.isEmpty() ? QStringLiteral("edit") : reason, actor});
    if (!r) {
        if (r.error().kind == Error::Kind::Constraint) {
            auto current = readLevel(conn, key);
            if (current)
                return Error::make(Error::Kind::Constraint, negativeStockMessage(*current, newOnHand),
                                   r.error().sqlState);
        }
        return r.error();
    }
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound, InventoryText::tr("That stock row no longer exists."));
    SetOutcome out;
    out.applied = r->toBool(0, 0);
    out.now.key = key;
    out.now.onHand = r->toInt(0, 1);
    out.now.reserved = r->toInt(0, 2);
    out.now.version = r->text(0, 3);
    out.now.sku = r->text(0, 4);
    out.now.name = r->text(0, 5);
    out.now.nameTh = r->text(0, 6);
    out.now.binCode = r->text(0, 7);
    return out;
}

namespace {
// Losers of an xmin race back off a little, with full jitter (a wait drawn from [0, 2 x nominal): 200 µs,
// 400 µs, ... up to 20 ms), so they do not collide again; the delay stays short because the race lasts
// only one round trip.
const resilience::RetryPolicy &adjustRetryPolicy()
{
    static const resilience::RetryPolicy policy([] {
        resilience::RetryPolicy::Config c;
        c.initialBackoff = std::chrono::microseconds(100);
        c.multiplier = 2;
        c.jitter = 1.0;
        c.maxBackoff = std::chrono::milliseconds(10);
        return c;
    }());
    return policy;
}
} // namespace

Result<AdjustOutcome> adjustOnHand(Connection &conn, const StockKey &key, int delta, const QString &reason,
                                   const QString &actor, int maxAttempts)
{
    int attempts = 0;
    bool refused = false;   // a final answer, not a lost race: never retried
    const auto refuse = [&refused](Error error) {
        refused = true;
        return error;
    };
    const auto policy = adjustRetryPolicy().withAttempts(maxAttempts).withRetryable([&refused](const Error &) {
        return !refused;
    });
    auto result = policy.run<AdjustOutcome>(
        // Safe to repeat: a lost race wrote nothing, and each attempt re-reads the row.
        resilience::Idempotency::Idempotent, [&]() -> Result<AdjustOutcome> {
            ++attempts;
            auto current = readLevel(conn, key);
            if (!current)
                return refuse(current.error());
            const qint64 wanted = qint64(current->onHand) + delta;
            if (wanted < 0 || wanted < current->reserved)
                return refuse(Error::make(Error::Kind::Constraint, negativeStockMessage(*current, int(wanted))));
            if (wanted > std::numeric_limits<int>::max())
                return refuse(
                    Error::make(Error::Kind::BadInput, InventoryText::tr("That would exceed the largest quantity.")));
            auto set = setOnHand(conn, key, int(wanted), current->version, reason, actor);
            // A reservation can land between our read and write (Constraint): like a lost race, the
            // next read shows it.
            if (!set && set.error().kind != Error::Kind::Constraint)
                return refuse(set.error());
            if (set && set->applied)
                return AdjustOutcome{set->now, attempts};
            return Error::make(Error::Kind::Conflict, InventoryText::tr("The row changed since it was read."));
        });
    if (!result && !refused)
        return Error::make(Error::Kind::Conflict,
                           InventoryText::tr("Gave up after %1 attempts: the row kept changing. Try again.").arg(maxAttempts));
    return result;
}

Result<MoveOutcome> moveStock(Connection &conn, qint64 productId, int fromBinId, int toBinId, int qty,
                              const QString &reason, const QString &note)
{
    auto r = conn.exec(kMove, {productId, fromBinId, toBinId, qty, reason.isEmpty() ? QVariant() : QVariant(reason),
                               note.isEmpty() ? QVariant() : QVariant(note)});
    if (!r)
        return r.error();
    return MoveOutcome{r->toInt(0, 0), r->toInt(0, 1)};
}

Result<QList<LedgerEntry>> history(Connection &conn, const QString &sku, int limit)
{
    auto r = conn.exec(kHistoryBySku, {sku, limit});
    if (!r)
        return r.error();
    if (r->rows() == 0) {
        auto p = conn.exec("SELECT 1 FROM product WHERE sku = $1", {sku});
        if (!p)
            return p.error();
        if (p->rows() == 0)
            return Error::make(Error::Kind::NotFound, InventoryText::tr("Unknown SKU '%1'.").arg(sku));
    }
    return ledgerOf(*r);
}

Result<QList<LedgerEntry>> history(Connection &conn, const StockKey &key, int limit)
{
    auto r = conn.exec(kHistoryByKey, {key.productId, key.binId, limit});
    if (!r)
        return r.error();
    return ledgerOf(*r);
}

Result<QList<StockLevel>> listStock(Connection &conn, const StockQuery &query)
{
    bool flashSales = false;
    if (query.sort == StockQuery::Sort::Reserved || query.sort == StockQuery::Sort::Available) {
        auto any = conn.exec("SELECT EXISTS (SELECT 1 FROM flash_sale)");
        if (!any)
            return any.error();
        flashSales = any->toBool(0, 0);
    }
    const SortSpec spec = sortSpec(query.sort, flashSales);
    const char *dir = query.descending ? " DESC" : "";
    QVariantList params;
    QStringList where;
    if (!query.search.trimmed().isEmpty())
        where << matchingProductsClause(query.search, params, "p.id");
    QStringList order, keyCols, keyParams;
    for (const char *col : spec.columns) {
        if (!col)
            break;
        order << QLatin1String(col) + QLatin1String(dir);
        keyCols << QLatin1String(col);
        if (query.after) {
            params << keyValue(col, *query.after);
            keyParams << QStringLiteral("$%1").arg(params.size());
        }
    }
    if (query.after) {
        const char *cmp = query.descending ? "<" : ">";
        const char *cmpEq = query.descending ? "<=" : ">=";
        // The leading column alone lets the planner walk an index; the row comparison makes it exact.
        where << QStringLiteral("%1 %2 %3").arg(keyCols.first(), QLatin1String(cmpEq), keyParams.first());
        where << QStringLiteral("(%1) %2 (%3)").arg(keyCols.join(QLatin1String(", ")), QLatin1String(cmp),
                                                    keyParams.join(QLatin1String(", ")));
    }
    params << query.limit;
    const QString sql = QStringLiteral("SELECT %1 %2 %3 ORDER BY %4 LIMIT $%5")
                            .arg(QLatin1String(kLevelColumns), QLatin1String(kLevelFrom),
                                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")),
                                 order.join(QLatin1String(", ")))
                            .arg(params.size());
    auto r = conn.exec(sql, params);
    if (!r)
        return r.error();
    return levelsOf(*r);
}

Result<QList<StockKey>> ledgerMismatches(Connection &conn)
{
    auto r = conn.exec(kMismatches);
    if (!r)
        return r.error();
    QList<StockKey> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append({r->toInt64(i, 0), r->toInt(i, 1)});
    return out;
}

} // namespace backroom::inventory
