#pragma once
// Typo-tolerant product search, shared by the stock screen, `stock list` and the store API. The SQL
// function search_patterns() turns what someone typed into one LIKE pattern per word, replacing a word
// no product contains by the closest known word (pg_trgm), e.g. "tshrit" -> "%tshirt%". Each pattern
// then filters product.search_text through its trigram index.

#include "db/connection.h"

#include <QStringList>
#include <QVariantList>

namespace backroom::inventory {

// The LIKE patterns for a search text; empty for an empty search.
Result<QStringList> searchPatterns(db::Connection &conn, const QString &text);

// "<column> LIKE $n AND <column> LIKE $m ...", appending the patterns to params (numbered after what
// params already holds). column is a fixed SQL expression, never user input.
QString likeAllClause(const QStringList &patterns, QVariantList &params, const char *column);

} // namespace backroom::inventory
