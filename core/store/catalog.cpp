#include "catalog.h"
#include "coretext.h"

#include "productsearch.h"

namespace backroom::store {

using db::PgResult;

namespace {

// Available stock of a product, summed over its bins. During a flash sale stock.reserved also counts the
// units parked in buckets (migration 002); those nobody has ordered yet are still for sale.
#define BACKROOM_AVAILABLE_OF_P \
    "(coalesce((SELECT sum(s.on_hand - s.reserved) FROM stock s WHERE s.product_id = p.id), 0) " \
    " + coalesce((SELECT sum(fb.free) FROM stock_bucket_free fb WHERE fb.product_id = p.id), 0))::bigint"

constexpr const char *kProductPage =
    "SELECT p.sku, p.name, coalesce(p.name_th, ''), p.price_satang, " BACKROOM_AVAILABLE_OF_P " "
    "FROM product p ORDER BY p.sku LIMIT $1 OFFSET $2";
constexpr const char *kProductCount = "SELECT count(*) FROM product";
// reserved shown = what orders hold (bucket units nobody ordered are not reserved for anyone).
constexpr const char *kProductDetail =
    "SELECT p.sku, p.name, coalesce(p.name_th, ''), p.price_satang, "
    "       coalesce(sum(s.on_hand - s.reserved + coalesce(fb.free, 0)), 0)::bigint, coalesce(p.barcode, ''), "
    "       coalesce(sum(s.on_hand), 0)::bigint, coalesce(sum(s.reserved - coalesce(fb.free, 0)), 0)::bigint, "
    "       count(s.bin_id) "
    "FROM product p LEFT JOIN stock s ON s.product_id = p.id "
    "LEFT JOIN stock_bucket_free fb ON fb.product_id = s.product_id AND fb.bin_id = s.bin_id "
    "WHERE p.sku = $1 GROUP BY p.id, p.sku, p.name, p.name_th, p.price_satang, p.barcode";   // p is a view: no PK
#undef BACKROOM_AVAILABLE_OF_P

ProductSummary summaryAt(const PgResult &r, int row)
{
    ProductSummary s;
    s.sku = r.text(row, 0);
    s.name = r.text(row, 1);
    s.nameTh = r.text(row, 2);
    s.priceSatang = r.toInt64(row, 3);
    s.available = r.toInt64(row, 4);
    return s;
}


} // namespace

Result<ProductPage> listProducts(db::Connection &conn, int page, int perPage)
{
    if (page < 1)
        return Error::make(Error::Kind::BadInput, StoreText::tr("page must be 1 or more (got %1).").arg(page));
    if (perPage < 1 || perPage > kMaxPerPage)
        return Error::make(Error::Kind::BadInput,
                           StoreText::tr("per_page must be between 1 and %1 (got %2).").arg(kMaxPerPage).arg(perPage));
    auto count = conn.execPrepared("store_product_count", kProductCount);
    if (!count)
        return count.error();
    auto rows = conn.execPrepared("store_product_page", kProductPage, {perPage, qint64(page - 1) * perPage});
    if (!rows)
        return rows.error();
    ProductPage out;
    out.page = page;
    out.perPage = perPage;
    out.total = count->toInt64(0, 0);
    for (int i = 0; i < rows->rows(); ++i)
        out.items.append(summaryAt(*rows, i));
    return out;
}

Result<ProductDetail> productDetail(db::Connection &conn, const QString &sku)
{
    auto r = conn.execPrepared("store_product_detail", kProductDetail, {sku});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound, StoreText::tr("Unknown SKU '%1'.").arg(sku));
    ProductDetail d;
    d.summary = summaryAt(*r, 0);
    d.barcode = r->text(0, 5);
    d.onHand = r->toInt64(0, 6);
    d.reserved = r->toInt64(0, 7);
    d.bins = r->toInt(0, 8);
    return d;
}

Result<QList<ProductSummary>> searchProducts(db::Connection &conn, const QString &term, int limit)
{
    auto ranked = rankedSearch(conn, term, limit);
    if (!ranked)
        return ranked.error();
    QList<ProductSummary> out;
    for (const RankedProduct &r : *ranked)
        out.append(r.product);
    return out;
}

} // namespace backroom::store
