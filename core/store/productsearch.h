#pragma once
// Ranked product search and the synonym table behind it (migration 014, docs/search.md). rankedSearch()
// is what the store API's /search, `backroom search` and the health check run: best matches first, each
// with how it matched (exact SKU, whole word, near miss, prefix, substring, synonym). Blocking calls on a
// Connection, from whichever thread owns it (the store API's browse DbWorkerPool threads, the CLI).

#include "store/catalog.h"

#include <QDateTime>

namespace backroom::store {

// How a product matched, best first (the order of search_products()' tiers).
enum class MatchKind { Sku, Word, NearMiss, Prefix, Substring, Synonym };

struct RankedProduct {
    ProductSummary product;
    MatchKind match = MatchKind::Word;
};

struct SynonymPair {
    QString word;
    QString synonym;
    QString addedBy;     // the login that added it
    QDateTime addedAt;   // UTC
};

// Up to limit products matching every word of term, best first. BadInput for an empty term, a term
// longer than kMaxSearchLength or a limit outside 1..kMaxPerPage. Prepared once per connection.
Result<QList<RankedProduct>> rankedSearch(db::Connection &conn, const QString &term, int limit);

// "sku", "word", "near_miss", "prefix", "substring", "synonym" (JSON and the CLI).
QString matchKindName(MatchKind kind);

// Every pair, ordered. Readable by every job role.
Result<QList<SynonymPair>> listSynonyms(db::Connection &conn);
// true when the pair is new (false: it was there already). Owner only (Permission otherwise); BadInput
// for an empty word, a word with a space, longer than 100 characters, or a word paired with itself.
Result<bool> addSynonym(db::Connection &conn, const QString &word, const QString &synonym);
// true when the pair was there. Same rules as addSynonym.
Result<bool> removeSynonym(db::Connection &conn, const QString &word, const QString &synonym);

} // namespace backroom::store
