// `backroom search <text>`: the store's ranked product search from the command line, with how each product
// matched; `backroom search synonyms list|add|remove`: the owner's synonym table (docs/search.md).
#include "cli.h"

#include "store/productsearch.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace backroom::cli {
namespace {

QJsonObject rankedJson(const store::RankedProduct &r)
{
    return QJsonObject{{QStringLiteral("sku"), r.product.sku},
                       {QStringLiteral("name"), r.product.name},
                       {QStringLiteral("name_th"), r.product.nameTh},
                       {QStringLiteral("price_satang"), r.product.priceSatang},
                       {QStringLiteral("available"), r.product.available},
                       {QStringLiteral("match"), store::matchKindName(r.match)}};
}

void printRanked(const QList<store::RankedProduct> &found)
{
    out() << QStringLiteral("%1  %2  %3  %4\n")
                 .arg(QStringLiteral("SKU"), -14).arg(QStringLiteral("MATCH"), -10).arg(QStringLiteral("AVAIL"), 6)
                 .arg(QStringLiteral("NAME"));
    for (const auto &r : found)
        out() << QStringLiteral("%1  %2  %3  %4%5\n")
                     .arg(r.product.sku, -14).arg(store::matchKindName(r.match), -10).arg(r.product.available, 6)
                     .arg(r.product.name)
                     .arg(r.product.nameTh.isEmpty() ? QString() : QStringLiteral(" / ") + r.product.nameTh);
    if (found.isEmpty())
        out() << "no products found\n";
    out().flush();
}

int searchProducts(const QStringList &args)
{
    Parser p(QStringLiteral("backroom search <text> [--limit n] [--json]"),
             QStringLiteral("Products matching every word, best first: exact SKU, whole words, near misses (typos), "
                            "prefixes, substrings, then synonyms. Quote text of several words."));
    p.addOption(QStringLiteral("limit"), QStringLiteral("At most n products (1..100, default 20)."), QStringLiteral("n"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    qint64 limit = 20;
    if (p.isSet(QStringLiteral("limit")) && !p.intValue(QStringLiteral("limit"), &limit))
        return BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto found = store::rankedSearch(*conn, p.positional().at(0), int(std::clamp<qint64>(limit, -1, 1000)));
    if (!found)
        return fail(p, found.error());
    if (p.json()) {
        QJsonArray items;
        for (const auto &r : *found)
            items.append(rankedJson(r));
        printJson(QJsonObject{{QStringLiteral("q"), p.positional().at(0)}, {QStringLiteral("items"), items}});
    } else {
        printRanked(*found);
    }
    return Ok;
}

int listSynonyms(const QStringList &args)
{
    Parser p(QStringLiteral("backroom search synonyms list [--json]"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto pairs = store::listSynonyms(*conn);
    if (!pairs)
        return fail(p, pairs.error());
    if (p.json()) {
        QJsonArray rows;
        for (const auto &s : *pairs)
            rows.append(QJsonObject{{QStringLiteral("word"), s.word}, {QStringLiteral("synonym"), s.synonym},
                                    {QStringLiteral("added_by"), s.addedBy},
                                    {QStringLiteral("added_at"), s.addedAt.toString(Qt::ISODateWithMs)}});
        printJson(rows);
        return Ok;
    }
    for (const auto &s : *pairs)
        out() << QStringLiteral("%1  <->  %2    (%3, %4)\n")
                     .arg(s.word, s.synonym, s.addedBy, s.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (pairs->isEmpty())
        out() << "no synonyms yet: backroom search synonyms add shirt เสื้อ\n";
    out().flush();
    return Ok;
}

// add and remove: the same two words, a different function.
int editSynonyms(const QStringList &args, bool adding)
{
    Parser p(adding ? QStringLiteral("backroom search synonyms add <word> <synonym> [--json]")
                    : QStringLiteral("backroom search synonyms remove <word> <synonym> [--json]"),
             QStringLiteral("A pair works both ways: either word finds the products of the other. Owner only."));
    if (!p.parse(args, 2, 2))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    const QString word = p.positional().at(0);
    const QString synonym = p.positional().at(1);
    auto changed = adding ? store::addSynonym(*conn, word, synonym) : store::removeSynonym(*conn, word, synonym);
    if (!changed)
        return fail(p, changed.error());
    if (p.json()) {
        printJson(QJsonObject{{QStringLiteral("word"), word}, {QStringLiteral("synonym"), synonym},
                              {adding ? QStringLiteral("added") : QStringLiteral("removed"), *changed}});
    } else if (adding) {
        out() << (*changed ? QStringLiteral("added %1 <-> %2\n") : QStringLiteral("%1 <-> %2 was there already\n"))
                     .arg(word, synonym);
    } else {
        out() << (*changed ? QStringLiteral("removed %1 <-> %2\n") : QStringLiteral("no synonym pair %1 <-> %2\n"))
                     .arg(word, synonym);
    }
    return Ok;
}

int synonymsCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("search synonyms"),
                    {{QStringLiteral("list"), QStringLiteral("every synonym pair"), listSynonyms},
                     {QStringLiteral("add"), QStringLiteral("add a pair of words that find each other's products (owner)"),
                      [](const QStringList &a) { return editSynonyms(a, true); }},
                     {QStringLiteral("remove"), QStringLiteral("remove a pair (owner)"),
                      [](const QStringList &a) { return editSynonyms(a, false); }}},
                    args);
}

const bool registeredSearch = registerCommand(QStringLiteral("search"),
                                              QStringLiteral("<text> | synonyms: ranked product search, the synonym table"),
                                              searchProducts);
const bool registeredSynonyms = registerCommand(QStringLiteral("search synonyms"),
                                                QStringLiteral("list | add | remove: words that find each other's products"),
                                                synonymsCommand);

} // namespace
} // namespace backroom::cli
