#include "search.h"

namespace backroom::inventory {

namespace {
constexpr const char *kPatterns = "SELECT unnest(search_patterns($1))";
}

QString matchingProductsClause(const QString &text, QVariantList &params, const char *idColumn)
{
    params << text;
    return QStringLiteral("%1 IN (SELECT product_id FROM search_products($%2, NULL))")
        .arg(QLatin1String(idColumn))
        .arg(params.size());
}

Result<QStringList> searchPatterns(db::Connection &conn, const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringList{};
    auto r = conn.exec(kPatterns, {text});
    if (!r)
        return r.error();
    QStringList out;
    for (int i = 0; i < r->rows(); ++i)
        out << r->text(i, 0);
    return out;
}

QString likeAllClause(const QStringList &patterns, QVariantList &params, const char *column)
{
    QStringList parts;
    for (const QString &p : patterns) {
        params << p;
        parts << QStringLiteral("%1 LIKE $%2").arg(QLatin1String(column)).arg(params.size());
    }
    return parts.join(QLatin1String(" AND "));
}

} // namespace backroom::inventory
