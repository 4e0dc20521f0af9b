// `backroom stock show|set|adjust|move|import|history|list`
#include "cli.h"

#include "inventory/stock.h"
#include "inventory/stocktake.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace backroom::cli {
namespace {

using inventory::StockLevel;

QJsonObject levelJson(const StockLevel &l)
{
    return QJsonObject{{QStringLiteral("sku"), l.sku},
                       {QStringLiteral("name"), l.name},
                       {QStringLiteral("name_th"), l.nameTh},
                       {QStringLiteral("bin"), l.binCode},
                       {QStringLiteral("on_hand"), l.onHand},
                       {QStringLiteral("reserved"), l.reserved},
                       {QStringLiteral("available"), l.available()},
                       {QStringLiteral("version"), l.version}};
}

void printLevels(const QList<StockLevel> &levels, bool withNames)
{
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(QStringLiteral("SKU"), -14).arg(QStringLiteral("BIN"), -8)
                 .arg(QStringLiteral("ON_HAND"), 8).arg(QStringLiteral("RESERVED"), 8)
                 .arg(QStringLiteral("AVAILABLE"), 9).arg(QStringLiteral("VERSION"), -10);
    if (withNames)
        out() << "  NAME";
    out() << "\n";
    for (const auto &l : levels) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(l.sku, -14).arg(l.binCode, -8).arg(l.onHand, 8).arg(l.reserved, 8)
                     .arg(l.available(), 9).arg(l.version, -10);
        if (withNames)
            out() << "  " << l.name << (l.nameTh.isEmpty() ? QString() : QStringLiteral(" / ") + l.nameTh);
        out() << "\n";
    }
    out().flush();
}

// Resolves --bin to exactly one stock row of sku.
Result<StockLevel> oneLevel(db::Connection &conn, const QString &sku, const QString &bin)
{
    auto levels = inventory::readStock(conn, sku, bin);
    if (!levels)
        return levels.error();
    if (levels->isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("SKU '%1' has no stock rows.").arg(sku));
    return levels->first();
}

int show(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock show <sku> [--bin code] [--json]"));
    p.addOption(QStringLiteral("bin"), QStringLiteral("Only this bin."), QStringLiteral("code"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto levels = inventory::readStock(*conn, p.positional().at(0), p.value(QStringLiteral("bin")));
    if (!levels)
        return fail(p, levels.error());
    if (p.json()) {
        QJsonArray rows;
        int onHand = 0, reserved = 0;
        for (const auto &l : *levels) {
            rows.append(levelJson(l));
            onHand += l.onHand;
            reserved += l.reserved;
        }
        printJson(QJsonObject{{QStringLiteral("sku"), p.positional().at(0)},
                              {QStringLiteral("bins"), rows},
                              {QStringLiteral("on_hand"), onHand},
                              {QStringLiteral("reserved"), reserved},
                              {QStringLiteral("available"), onHand - reserved}});
    } else {
        printLevels(*levels, false);
    }
    return Ok;
}

int set(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock set <sku> --bin code --qty n --expect-version v [--reason text]"),
             QStringLiteral("Sets on hand in one bin if its version is still the one you read (`stock show`). Exit codes: 0 set, 2 bad input or refused (below what open orders reserve), 3 someone changed it since you read it (nothing written; the current quantity and version are printed) or while the SKU is in a flash sale."));
    p.addOption(QStringLiteral("bin"), QStringLiteral("Bin code."), QStringLiteral("code"));
    p.addOption(QStringLiteral("qty"), QStringLiteral("New on-hand quantity."), QStringLiteral("n"));
    p.addOption(QStringLiteral("expect-version"), QStringLiteral("Version printed by `stock show`."), QStringLiteral("v"));
    p.addOption(QStringLiteral("reason"), QStringLiteral("Why (goes into the ledger)."), QStringLiteral("text"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!p.requireOptions({"bin", "qty", "expect-version"}))
        return p.failCode();
    qint64 qty = 0;
    if (!p.intValue(QStringLiteral("qty"), &qty))
        return BadInput;
    if (qty < 0 || qty > std::numeric_limits<int>::max())
        return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--qty must be between 0 and %1.")
                                                              .arg(std::numeric_limits<int>::max())));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto level = oneLevel(*conn, p.positional().at(0), p.value(QStringLiteral("bin")));
    if (!level)
        return fail(p, level.error());
    const QString reason = p.isSet(QStringLiteral("reason")) ? p.value(QStringLiteral("reason")) : QStringLiteral("set");
    auto outcome = inventory::setOnHand(*conn, level->key, int(qty), p.value(QStringLiteral("expect-version")), reason);
    if (!outcome)
        return fail(p, outcome.error());
    if (!outcome->applied) {
        if (p.json())
            printJson(QJsonObject{{QStringLiteral("applied"), false}, {QStringLiteral("current"), levelJson(outcome->now)}});
        else
            out() << "conflict: " << outcome->now.sku << " in " << outcome->now.binCode << " was changed by someone "
                  << "else; it is now " << outcome->now.onHand << " (version " << outcome->now.version
                  << "). Nothing was written.\n";
        out().flush();
        return Conflict;
    }
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("applied"), true}, {QStringLiteral("current"), levelJson(outcome->now)}});
    else
        out() << "set " << outcome->now.sku << " in " << outcome->now.binCode << " to " << outcome->now.onHand
              << "; new version " << outcome->now.version << "\n";
    return Ok;
}

int adjust(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock adjust <sku> --bin code --delta d --reason text"),
             QStringLiteral("Adds or removes units in one bin, re-reading and retrying if someone else changes it meanwhile; never below zero or below what open orders reserve. Exit codes: 0 adjusted, 2 bad input or refused (below zero), 3 while the SKU is in a flash sale (turn it off first)."));
    p.addOption(QStringLiteral("bin"), QStringLiteral("Bin code."), QStringLiteral("code"));
    p.addOption(QStringLiteral("delta"), QStringLiteral("Units to add (negative to remove)."), QStringLiteral("d"));
    p.addOption(QStringLiteral("reason"), QStringLiteral("Why (goes into the ledger)."), QStringLiteral("text"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!p.requireOptions({"bin", "delta", "reason"}))
        return p.failCode();
    qint64 delta = 0;
    if (!p.intValue(QStringLiteral("delta"), &delta))
        return BadInput;
    if (delta == 0 || std::abs(delta) > std::numeric_limits<int>::max())
        return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--delta must be a non-zero whole number.")));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto level = oneLevel(*conn, p.positional().at(0), p.value(QStringLiteral("bin")));
    if (!level)
        return fail(p, level.error());
    auto outcome = inventory::adjustOnHand(*conn, level->key, int(delta), p.value(QStringLiteral("reason")));
    if (!outcome)
        return fail(p, outcome.error());
    if (p.json()) {
        QJsonObject o = levelJson(outcome->now);
        o.insert(QStringLiteral("attempts"), outcome->attempts);
        printJson(o);
    } else {
        out() << "adjusted " << outcome->now.sku << " in " << outcome->now.binCode << " by " << delta << " to "
              << outcome->now.onHand << "; new version " << outcome->now.version << "\n";
    }
    return Ok;
}

int moveCmd(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock move <sku> --from code --to code --qty n [--reason text]"));
    p.addOption(QStringLiteral("from"), QStringLiteral("Bin code to take the units from."), QStringLiteral("code"));
    p.addOption(QStringLiteral("to"), QStringLiteral("Bin code to put them in."), QStringLiteral("code"));
    p.addOption(QStringLiteral("qty"), QStringLiteral("Units to move."), QStringLiteral("n"));
    p.addOption(QStringLiteral("reason"), QStringLiteral("Why (goes into the ledger; default move)."), QStringLiteral("text"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!p.requireOptions({"from", "to", "qty"}))
        return p.failCode();
    qint64 qty = 0;
    if (!p.intValue(QStringLiteral("qty"), &qty))
        return BadInput;
    if (qty < 1 || qty > std::numeric_limits<int>::max())
        return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--qty must be a whole number of 1 or more.")));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto from = oneLevel(*conn, p.positional().at(0), p.value(QStringLiteral("from")));
    if (!from)
        return fail(p, from.error());
    auto toBin = conn->exec("SELECT id FROM bin WHERE code = $1", {p.value(QStringLiteral("to"))});
    if (!toBin)
        return fail(p, toBin.error());
    if (toBin->rows() == 0)
        return fail(p, Error::make(Error::Kind::NotFound, QStringLiteral("Unknown bin '%1'.").arg(p.value(QStringLiteral("to")))));
    auto moved = inventory::moveStock(*conn, from->key.productId, from->key.binId, toBin->toInt(0, 0), int(qty),
                                      p.value(QStringLiteral("reason")));
    if (!moved)
        return fail(p, moved.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("sku"), from->sku}, {QStringLiteral("qty"), qty},
                              {QStringLiteral("from"), from->binCode}, {QStringLiteral("from_on_hand"), moved->fromOnHand},
                              {QStringLiteral("to"), p.value(QStringLiteral("to"))}, {QStringLiteral("to_on_hand"), moved->toOnHand}});
    else
        out() << "moved " << qty << " of " << from->sku << " from " << from->binCode << " (now " << moved->fromOnHand
              << ") to " << p.value(QStringLiteral("to")) << " (now " << moved->toOnHand << ")\n";
    return Ok;
}

int import(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock import <file.csv>   (columns: sku,bin,counted)"),
             QStringLiteral("Applies a stocktake, all lines or none; every bad line is listed. Exit codes: 0 applied, 2 rejected (nothing written), 3 while a SKU in the file is in a flash sale."));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString path = p.positional().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())));
    const QByteArray bytes = file.readAll();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    QList<inventory::StocktakeProblem> problems;
    auto report = inventory::importStocktake(*conn, bytes, db::Connection::defaultActor(),
                                             QStringLiteral("stocktake:") + QFileInfo(path).fileName(), &problems);
    if (!report) {
        if (p.json()) {
            QJsonArray list;
            for (const auto &pr : problems)
                list.append(QJsonObject{{QStringLiteral("line"), pr.line}, {QStringLiteral("reason"), pr.reason}});
            printJson(QJsonObject{{QStringLiteral("error"), report.error().message.section(QLatin1Char('\n'), 0, 0)},
                                  {QStringLiteral("problems"), list}});
        }
        err() << "backroom: " << report.error().message << "\n";
        err().flush();
        return exitCodeFor(report.error().kind);
    }
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("rows"), report->rows},
                              {QStringLiteral("changed"), report->changed},
                              {QStringLiteral("created"), report->created},
                              {QStringLiteral("total_delta"), report->totalDelta}});
    else
        out() << "stocktake applied: " << report->rows << " rows, " << report->changed << " changed, "
              << report->created << " new, net change " << report->totalDelta << " units\n";
    return Ok;
}

int historyCmd(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock history <sku> [--limit n] [--json]"));
    p.addOption(QStringLiteral("limit"), QStringLiteral("Newest n entries (default 50)."), QStringLiteral("n"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    qint64 limit = 50;
    if (p.isSet(QStringLiteral("limit")) && (!p.intValue(QStringLiteral("limit"), &limit) || limit < 1))
        return BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto entries = inventory::history(*conn, p.positional().at(0), int(limit));
    if (!entries)
        return fail(p, entries.error());
    if (p.json()) {
        QJsonArray rows;
        for (const auto &e : *entries)
            rows.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("bin"), e.binCode},
                                    {QStringLiteral("delta"), e.delta},
                                    {QStringLiteral("on_hand_after"), e.onHandAfter},
                                    {QStringLiteral("reason"), e.reason},
                                    {QStringLiteral("ref"), e.ref},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("note"), e.note},
                                    {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)}});
        printJson(rows);
        return Ok;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(QStringLiteral("WHEN (local)"), -19).arg(QStringLiteral("BIN"), -8).arg(QStringLiteral("DELTA"), 6)
                 .arg(QStringLiteral("AFTER"), 6).arg(QStringLiteral("ACTOR"), -12).arg(QStringLiteral("REASON"));
    for (const auto &e : *entries)
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                     .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                     .arg(e.binCode, -8).arg(e.delta, 6).arg(e.onHandAfter, 6).arg(e.actor, -12).arg(e.reason)
                     .arg(e.ref.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.ref));
    out().flush();
    return Ok;
}

int list(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock list [--search text] [--limit n] [--json]"));
    p.addOption(QStringLiteral("search"), QStringLiteral("Typo-tolerant search over SKU and names."), QStringLiteral("text"));
    p.addOption(QStringLiteral("limit"), QStringLiteral("At most n rows (default 50)."), QStringLiteral("n"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    inventory::StockQuery q;
    q.search = p.value(QStringLiteral("search"));
    qint64 limit = 50;
    if (p.isSet(QStringLiteral("limit")) && (!p.intValue(QStringLiteral("limit"), &limit) || limit < 1 || limit > 1'000'000))
        return p.json() ? BadInput : fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--limit must be 1..1000000.")));
    q.limit = int(limit);
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto rows = inventory::listStock(*conn, q);
    if (!rows)
        return fail(p, rows.error());
    if (p.json()) {
        QJsonArray arr;
        for (const auto &l : *rows)
            arr.append(levelJson(l));
        printJson(arr);
    } else {
        printLevels(*rows, true);
    }
    return Ok;
}

int stockCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("stock"),
                    {{QStringLiteral("show"), QStringLiteral("on hand, reserved, available and version per bin"), show},
                     {QStringLiteral("set"), QStringLiteral("set on hand, guarded by the version you read"), set},
                     {QStringLiteral("adjust"), QStringLiteral("add or remove units, never below zero"), adjust},
                     {QStringLiteral("move"), QStringLiteral("move units between bins"), moveCmd},
                     {QStringLiteral("import"), QStringLiteral("apply a stocktake CSV, all or nothing"), import},
                     {QStringLiteral("history"), QStringLiteral("the ledger of a SKU, newest first"), historyCmd},
                     {QStringLiteral("list"), QStringLiteral("stock rows, typo-tolerant search"), list}},
                    args);
}

const bool registered = registerCommand(QStringLiteral("stock"),
                                        QStringLiteral("show | set | adjust | move | import | history | list | flash-sale: stock levels"),
                                        stockCommand);

} // namespace
} // namespace backroom::cli
