#include "stocktake.h"
#include "coretext.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace backroom::inventory {

using db::Connection;

namespace {

// Splits one CSV record (RFC 4180 quoting) into fields; ok=false on an unterminated quote.
QStringList splitCsvLine(const QString &line, bool *ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    *ok = true;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    *ok = !quoted;
    return fields;
}

int columnOf(const QStringList &header, std::initializer_list<const char *> names)
{
    for (int i = 0; i < header.size(); ++i)
        for (const char *n : names)
            if (header.at(i).compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

// Resolves, locks and (when every row is fine) writes in one call; see migration 004.
constexpr const char *kApply =
    "SELECT product_id, bin_id, before_on_hand, reserved, problem "
    "FROM stocktake_apply($1::text[], $2::text[], $3::int[], $4, $5)";

QString pgArray(const QStringList &items)
{
    QStringList quoted;
    for (QString s : items) {
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString problemsText(const QList<StocktakeProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << (p.line > 0 ? InventoryText::tr("line %1: %2").arg(p.line).arg(p.reason) : p.reason);
    return InventoryText::tr("Stocktake rejected, nothing was written (%n problem(s)):\n%1", nullptr,
                             int(problems.size()))
        .arg(lines.join(QLatin1Char('\n')));
}

} // namespace

StocktakeParse parseStocktakeCsv(const QByteArray &bytes)
{
    StocktakeParse out;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);   // UTF-8 byte order mark from spreadsheet exports
    const QList<QByteArray> rawLines = data.split('\n');
    QStringList header;
    int skuCol = -1, binCol = -1, qtyCol = -1;
    QHash<QString, int> seen;   // "sku\nbin" -> first line
    for (int i = 0; i < rawLines.size(); ++i) {
        const int lineNo = i + 1;
        QByteArray raw = rawLines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        QStringDecoder decode(QStringDecoder::Utf8);
        const QString line = decode(raw);
        if (decode.hasError()) {
            out.problems << StocktakeProblem{lineNo, InventoryText::tr("not valid UTF-8 text: save the file as UTF-8")};
            continue;
        }
        bool ok = true;
        const QStringList fields = splitCsvLine(line, &ok);
        if (!ok) {
            out.problems << StocktakeProblem{lineNo, InventoryText::tr("unterminated quote")};
            continue;
        }
        if (header.isEmpty()) {
            header = fields;
            skuCol = columnOf(header, {"sku"});
            binCol = columnOf(header, {"bin", "bin_code"});
            qtyCol = columnOf(header, {"counted", "qty", "quantity", "count"});
            QStringList missing;
            if (skuCol < 0) missing << QStringLiteral("sku");
            if (binCol < 0) missing << QStringLiteral("bin");
            if (qtyCol < 0) missing << QStringLiteral("counted");
            if (!missing.isEmpty()) {
                out.problems << StocktakeProblem{lineNo, InventoryText::tr("missing column(s) %1 in the header "
                                                                           "(expected sku,bin,counted)")
                                                             .arg(missing.join(QLatin1String(", ")))};
                return out;
            }
            continue;
        }
        if (fields.size() != header.size()) {
            out.problems << StocktakeProblem{lineNo, InventoryText::tr("has %n field(s), the header has %1", nullptr,
                                                                       int(fields.size()))
                                                         .arg(header.size())};
            continue;
        }
        StocktakeRow row{lineNo, fields.at(skuCol), fields.at(binCol), 0};
        if (row.sku.isEmpty()) out.problems << StocktakeProblem{lineNo, InventoryText::tr("empty SKU")};
        if (row.bin.isEmpty()) out.problems << StocktakeProblem{lineNo, InventoryText::tr("empty bin")};
        const qlonglong n = fields.at(qtyCol).toLongLong(&ok);
        if (!ok)
            out.problems << StocktakeProblem{lineNo, InventoryText::tr("counted quantity '%1' is not a whole number")
                                                         .arg(fields.at(qtyCol))};
        else if (n < 0)
            out.problems << StocktakeProblem{lineNo, InventoryText::tr("counted quantity %1 is negative").arg(n)};
        else if (n > std::numeric_limits<int>::max())
            out.problems << StocktakeProblem{lineNo, InventoryText::tr("counted quantity %1 is too large").arg(n)};
        row.counted = int(n);
        const QString key = row.sku + QLatin1Char('\n') + row.bin;
        if (seen.contains(key))
            out.problems << StocktakeProblem{lineNo, InventoryText::tr("duplicate of line %1 (%2 in bin %3)")
                                                         .arg(seen.value(key)).arg(row.sku, row.bin)};
        else if (!row.sku.isEmpty() && !row.bin.isEmpty())
            seen.insert(key, lineNo);
        out.rows << row;
    }
    if (header.isEmpty())
        out.problems << StocktakeProblem{0, InventoryText::tr("the file is empty: expected a header sku,bin,counted")};
    return out;
}

Result<StocktakeReport> importStocktake(Connection &conn, const QByteArray &csv, const QString &actor,
                                        const QString &reference, QList<StocktakeProblem> *problemsOut)
{
    StocktakeParse parsed = parseStocktakeCsv(csv);
    auto reject = [&](const QList<StocktakeProblem> &problems) -> Result<StocktakeReport> {
        if (problemsOut)
            *problemsOut = problems;
        return Error::make(Error::Kind::BadInput, problemsText(problems));
    };
    if (!parsed.problems.isEmpty())
        return reject(parsed.problems);

    QStringList skus, bins, counts;
    for (const auto &row : parsed.rows) {
        skus << row.sku;
        bins << row.bin;
        counts << QString::number(row.counted);
    }
    auto applied = conn.exec(kApply, {pgArray(skus), pgArray(bins),
                                      QLatin1Char('{') + counts.join(QLatin1Char(',')) + QLatin1Char('}'),
                                      actor.isEmpty() ? QVariant() : QVariant(actor), reference});
    if (!applied)
        return applied.error();
    if (applied->rows() != parsed.rows.size())
        return Error::make(Error::Kind::Query,
                           InventoryText::tr("The server answered the stocktake with the wrong row count."));
    QList<StocktakeProblem> problems;
    StocktakeReport report;
    report.rows = parsed.rows.size();
    for (int i = 0; i < applied->rows(); ++i) {
        const auto &row = parsed.rows.at(i);
        if (applied->isNull(i, 0))
            problems << StocktakeProblem{row.line, InventoryText::tr("unknown SKU '%1'").arg(row.sku)};
        if (applied->isNull(i, 1))
            problems << StocktakeProblem{row.line, InventoryText::tr("unknown bin '%1'").arg(row.bin)};
        if (applied->text(i, 4) == QLatin1String("below_reserved"))
            problems << StocktakeProblem{row.line, InventoryText::tr("counted %1 but %n unit(s) of %2 in bin %3 are "
                                                                     "reserved for open orders", nullptr,
                                                                     applied->toInt(i, 3))
                                                       .arg(row.counted).arg(row.sku, row.bin)};
        if (applied->isNull(i, 2)) {
            ++report.created;
            report.totalDelta += row.counted;
            continue;
        }
        const int before = applied->toInt(i, 2);
        if (row.counted != before)
            ++report.changed;
        report.totalDelta += row.counted - before;
    }
    if (!problems.isEmpty())
        return reject(problems);   // the function wrote nothing
    return report;
}

} // namespace backroom::inventory
