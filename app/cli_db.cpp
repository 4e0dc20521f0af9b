// `backroom db migrate|status|seed-demo`
#include "cli.h"

#include "db/migrations.h"
#include "inventory/demoseed.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace backroom::cli {
namespace {

int migrate(const QStringList &args)
{
    Parser p(QStringLiteral("backroom db migrate [--db conninfo]"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p, false);
    if (!conn)
        return p.failCode();
    db::Migrator migrator(*conn);
    auto applied = migrator.migrate();
    if (!applied)
        return fail(p, applied.error());
    QJsonArray list;
    for (const auto &m : *applied) {
        list.append(QJsonObject{{QStringLiteral("version"), m.version}, {QStringLiteral("name"), m.name}});
        if (!p.json())
            out() << "applied " << m.version << " " << m.name << "\n";
    }
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("applied"), list}});
    else if (applied->isEmpty())
        out() << "schema is up to date\n";
    return Ok;
}

int status(const QStringList &args)
{
    Parser p(QStringLiteral("backroom db status [--db conninfo] [--json]"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p, false);
    if (!conn)
        return p.failCode();
    db::Migrator migrator(*conn);
    auto st = migrator.status();
    if (!st)
        return fail(p, st.error());
    QJsonArray pending;
    for (const auto &m : st->pending)
        pending.append(QJsonObject{{QStringLiteral("version"), m.version}, {QStringLiteral("name"), m.name}});
    const QString verdict = st->tooNew() ? QStringLiteral("too_new")
                            : st->pending.isEmpty() ? QStringLiteral("current") : QStringLiteral("behind");
    if (p.json()) {
        printJson(QJsonObject{{QStringLiteral("database_version"), st->databaseVersion},
                              {QStringLiteral("binary_version"), st->binaryVersion},
                              {QStringLiteral("state"), verdict},
                              {QStringLiteral("pending"), pending}});
    } else {
        out() << "database schema version: " << st->databaseVersion << "\n"
              << "this binary knows up to: " << st->binaryVersion << "\n";
        if (st->tooNew())
            out() << "the database is newer than this binary: upgrade Backroom\n";
        for (const auto &m : st->pending)
            out() << "pending " << m.version << " " << m.name << "\n";
        if (verdict == QLatin1String("current"))
            out() << "schema is up to date\n";
    }
    out().flush();
    return st->tooNew() ? Failed : Ok;
}

int seedDemo(const QStringList &args)
{
    Parser p(QStringLiteral("backroom db seed-demo [--products n] [--bins n] [--orders n] [--db conninfo] [--json]"),
             QStringLiteral("Loads the demo shop: products, bins, stock and orders in every state. Idempotent: a "
                            "second run adds nothing."));
    p.addOption(QStringLiteral("products"), QStringLiteral("How many products (default 2000)."), QStringLiteral("n"));
    p.addOption(QStringLiteral("bins"), QStringLiteral("How many bins (default 200, at most 1040)."), QStringLiteral("n"));
    p.addOption(QStringLiteral("orders"), QStringLiteral("How many demo orders (default 30; 0 for none)."), QStringLiteral("n"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    inventory::SeedOptions options;
    qint64 n = 0;
    if (p.isSet(QStringLiteral("products"))) {
        if (!p.intValue(QStringLiteral("products"), &n) || n < 0 || n > 50'000'000)
            return BadInput;
        options.products = int(n);
    }
    if (p.isSet(QStringLiteral("bins"))) {
        if (!p.intValue(QStringLiteral("bins"), &n))
            return BadInput;
        options.bins = int(n);
    }
    int orders = 30;
    if (p.isSet(QStringLiteral("orders"))) {
        if (!p.intValue(QStringLiteral("orders"), &n) || n < 0 || n > 10000)
            return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--orders must be from 0 to 10000.")));
        orders = int(n);
    }
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    QElapsedTimer timer;
    timer.start();
    auto report = inventory::seedDemo(*conn, options, [&](qint64 done, qint64 total) {
        if (!p.json()) {
            err() << "\rseeding products " << done << "/" << total;
            err().flush();
        }
    });
    if (!p.json())
        err() << "\n";
    if (!report)
        return fail(p, report.error());
    auto added = inventory::seedDemoOrders(*conn, orders);
    if (!added)
        return fail(p, added.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("products"), report->products},
                              {QStringLiteral("bins"), report->bins},
                              {QStringLiteral("stock_rows"), report->stockRows},
                              {QStringLiteral("orders"), *added},
                              {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    else
        out() << "added " << report->products << " products, " << report->bins << " bins, " << report->stockRows
              << " stock rows, " << *added << " orders in " << timer.elapsed() / 1000.0 << " s\n";
    return Ok;
}

int dbCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("db"),
                    {{QStringLiteral("migrate"), QStringLiteral("apply pending migrations, each once"), migrate},
                     {QStringLiteral("status"), QStringLiteral("schema version of the database vs this binary"), status},
                     {QStringLiteral("seed-demo"), QStringLiteral("load the demo shop (idempotent)"), seedDemo}},
                    args);
}

const bool registered = registerCommand(QStringLiteral("db"),
                                        QStringLiteral("migrate | status | seed-demo: the database schema and demo data"),
                                        dbCommand);

} // namespace
} // namespace backroom::cli
