#pragma once
// Product search, shared by the stock screen, `stock list`, `backroom search` and the store API. The SQL
// function search_products() (migration 014, docs/search.md) resolves what someone typed against the
// dictionary of words in product names (whole word, typo corrected, prefix, substring, owner-edited
// synonyms) and walks an inverted word index kept in rank order, so a common word over a million
// products costs no more than a rare one. Blocking calls on the caller's Connection, any thread that owns it.
//
// searchPatterns()/likeAllClause() are the pre-014 LIKE patterns (search_patterns()), still used by the
// load drill to reproduce the old statement; new code uses matchingProductsClause().

#include "db/connection.h"

#include <QStringList>
#include <QVariantList>

namespace backroom::inventory {

// "<idColumn> IN (SELECT product_id FROM search_products($n, NULL))": the products matching text in any
// way search_products() knows, appending text to params (numbered after what params already holds).
// idColumn is a fixed SQL expression, never user input. For filters that sort by their own columns.
QString matchingProductsClause(const QString &text, QVariantList &params, const char *idColumn);

// The LIKE patterns for a search text; empty for an empty search.
Result<QStringList> searchPatterns(db::Connection &conn, const QString &text);

// "<column> LIKE $n AND <column> LIKE $m ...", appending the patterns to params (numbered after what
// params already holds). column is a fixed SQL expression, never user input.
QString likeAllClause(const QStringList &patterns, QVariantList &params, const char *column);

} // namespace backroom::inventory
