#include "productsearch.h"
#include "coretext.h"

namespace backroom::store {

using db::PgResult;

namespace {

// search_products() gives the product ids best first; the page shows only those few, so available
// stock is summed for them alone. $1 = the term, $2 = the limit.
constexpr const char *kRankedSearchName = "backroom_store_ranked_search";
constexpr const char *kRankedSearch =
    "SELECT p.sku, p.name, coalesce(p.name_th, ''), p.price_satang, "
    "       (coalesce((SELECT sum(s.on_hand - s.reserved) FROM stock s WHERE s.product_id = p.id), 0) "
    "        + coalesce((SELECT sum(fb.free) FROM stock_bucket_free fb WHERE fb.product_id = p.id), 0))::bigint, "
    "       m.tier "
    "FROM search_products($1, $2) m JOIN product p ON p.id = m.product_id ORDER BY m.tier, m.rank";

constexpr const char *kListSynonyms =
    "SELECT word, synonym, added_by, (extract(epoch FROM added_at) * 1000)::bigint "
    "FROM search_synonym ORDER BY word, synonym";
constexpr const char *kAddSynonym = "SELECT search_synonym_add($1, $2)";
constexpr const char *kRemoveSynonym = "SELECT search_synonym_remove($1, $2)";

// The tiers of migration 014: 0 SKU, 1 word, 2 near miss, 3 prefix, 4-5 substring, 10 and up synonym.
MatchKind matchOfTier(int tier)
{
    if (tier >= 10)
        return MatchKind::Synonym;
    switch (tier) {
    case 0: return MatchKind::Sku;
    case 1: return MatchKind::Word;
    case 2: return MatchKind::NearMiss;
    case 3: return MatchKind::Prefix;
    default: return MatchKind::Substring;
    }
}

RankedProduct rankedAt(const PgResult &r, int row)
{
    RankedProduct out;
    out.product.sku = r.text(row, 0);
    out.product.name = r.text(row, 1);
    out.product.nameTh = r.text(row, 2);
    out.product.priceSatang = r.toInt64(row, 3);
    out.product.available = r.toInt64(row, 4);
    out.match = matchOfTier(r.toInt(row, 5));
    return out;
}

Status checkTerm(const QString &term, int limit)
{
    if (term.isEmpty())
        return Error::make(Error::Kind::BadInput, StoreText::tr("Say what to search for: ?q=shirt"));
    if (term.size() > kMaxSearchLength)
        return Error::make(Error::Kind::BadInput,
                           StoreText::tr("The search term is too long (%1 characters, at most %2).")
                               .arg(term.size()).arg(kMaxSearchLength));
    if (limit < 1 || limit > kMaxPerPage)
        return Error::make(Error::Kind::BadInput,
                           StoreText::tr("limit must be between 1 and %1 (got %2).").arg(kMaxPerPage).arg(limit));
    return Done{};
}

} // namespace

Result<QList<RankedProduct>> rankedSearch(db::Connection &conn, const QString &term, int limit)
{
    const QString t = term.trimmed().toLower();
    if (auto ok = checkTerm(t, limit); !ok)
        return ok.error();
    auto r = conn.execPrepared(kRankedSearchName, kRankedSearch, {t, limit});
    if (!r)
        return r.error();
    QList<RankedProduct> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append(rankedAt(*r, i));
    return out;
}

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Sku: return QStringLiteral("sku");
    case MatchKind::Word: return QStringLiteral("word");
    case MatchKind::NearMiss: return QStringLiteral("near_miss");
    case MatchKind::Prefix: return QStringLiteral("prefix");
    case MatchKind::Substring: return QStringLiteral("substring");
    case MatchKind::Synonym: return QStringLiteral("synonym");
    }
    return QString();
}

Result<QList<SynonymPair>> listSynonyms(db::Connection &conn)
{
    auto r = conn.exec(kListSynonyms);
    if (!r)
        return r.error();
    QList<SynonymPair> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append({r->text(i, 0), r->text(i, 1), r->text(i, 2),
                    QDateTime::fromMSecsSinceEpoch(r->toInt64(i, 3), Qt::UTC)});
    return out;
}

Result<bool> addSynonym(db::Connection &conn, const QString &word, const QString &synonym)
{
    auto r = conn.exec(kAddSynonym, {word, synonym});
    if (!r)
        return r.error();
    return r->toBool(0, 0);
}

Result<bool> removeSynonym(db::Connection &conn, const QString &word, const QString &synonym)
{
    auto r = conn.exec(kRemoveSynonym, {word, synonym});
    if (!r)
        return r.error();
    return r->toBool(0, 0);
}

} // namespace backroom::store
