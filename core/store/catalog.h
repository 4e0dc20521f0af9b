#pragma once
// Catalog: the read side of the store — product pages, one product with its available stock, and
// typo-tolerant search (migration 014's word index, docs/search.md). Blocking calls on a Connection: the store
// API runs them on its browse DbWorkerPool threads; tests and tools may call them directly.

#include "db/connection.h"

#include <QList>
#include <QString>

namespace backroom::store {

struct ProductSummary {
    QString sku;
    QString name;
    QString nameTh;
    qint64 priceSatang = 0;
    qint64 available = 0;    // on_hand - reserved, summed over bins
};

struct ProductDetail {
    ProductSummary summary;
    QString barcode;
    qint64 onHand = 0;       // summed over bins
    qint64 reserved = 0;     // summed over bins
    int bins = 0;            // bins that hold a stock row for it
};

struct ProductPage {
    int page = 1;            // 1-based
    int perPage = 20;
    qint64 total = 0;        // products in the catalogue
    QList<ProductSummary> items;
};

constexpr int kMaxPerPage = 100;
constexpr int kMaxSearchLength = 100;

// Products ordered by SKU (unique, so pages are stable). BadInput for page < 1 or per_page outside 1..100.
Result<ProductPage> listProducts(db::Connection &conn, int page, int perPage);
// NotFound for an unknown SKU.
Result<ProductDetail> productDetail(db::Connection &conn, const QString &sku);
// rankedSearch() (store/productsearch.h) without how each product matched: exact SKU, whole words, near
// misses ("tshrit" -> "T-Shirt"), prefixes, substrings, synonyms, in that order. BadInput for an empty or
// too long term.
Result<QList<ProductSummary>> searchProducts(db::Connection &conn, const QString &term, int limit = 20);

} // namespace backroom::store
