#pragma once
// Stocktake import: a CSV of (sku, bin, counted) that becomes the new on_hand of each row, all or
// nothing. Any bad row (unknown SKU or bin, bad number, duplicate, invalid UTF-8, missing column)
// rejects the whole file with every problem listed by line, and nothing is written.

#include "db/connection.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace backroom::inventory {

struct StocktakeProblem {
    int line = 0;     // 1-based line in the file; 0 = the file as a whole
    QString reason;
};

struct StocktakeRow {
    int line = 0;
    QString sku;
    QString bin;
    int counted = 0;
};

struct StocktakeReport {
    int rows = 0;        // rows in the file
    int changed = 0;     // rows whose on_hand changed
    int created = 0;     // new stock rows (item counted in a bin it had no row for)
    qint64 totalDelta = 0;
};

// Parses and checks the file's own content (no database). Problems empty = well formed.
struct StocktakeParse {
    QList<StocktakeRow> rows;
    QList<StocktakeProblem> problems;
};
StocktakeParse parseStocktakeCsv(const QByteArray &bytes);

// Parses, checks against the database, and applies in one transaction (SQL stocktake_apply: staff and
// owner roles; Kind::Permission for others). On any problem, returns Kind::BadInput whose message lists
// every problem ("line 7: unknown SKU 'X'"), writing nothing. `actor` goes into the ledger as a note;
// the ledger's actor is the login.
Result<StocktakeReport> importStocktake(db::Connection &conn, const QByteArray &csv, const QString &actor,
                                        const QString &reference, QList<StocktakeProblem> *problems = nullptr);

} // namespace backroom::inventory
