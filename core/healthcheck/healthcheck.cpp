#include "healthcheck/healthcheck.h"
#include "coretext.h"

#include "channels/channelstatus.h"
#include "drills/runstore.h"
#include "payments/gateway.h"
#include "resilience/componenthealth.h"
#include "store/catalog.h"
#include "store/storeapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <optional>

namespace backroom::healthcheck {
namespace {

constexpr int kRunsRead = 200;                     // saved runs looked at, newest first
constexpr qint64 kMobilePayloadBudgetBytes = 100 * 1024;   // one JSON answer on a slow phone connection
constexpr int kSearchLimit = 20;

struct Sources {
    QDateTime now;
    QList<drills::DrillRun> runs;
    std::optional<Error> runsError;
    QList<resilience::ComponentHealthRow> components;
    std::optional<Error> componentsError;
};

QString ms(double value) { return QLocale::c().toString(value, 'f', value < 10 ? 1 : 0) + QStringLiteral(" ms"); }

// When a drill ran: its start (a run lasts minutes; finished_at is when it was saved, which an import may move).
QDateTime runTime(const drills::DrillRun &run) { return run.startedAt.isValid() ? run.startedAt : run.finishedAt; }

ItemResult unknown(Item item, const QString &figure, const QString &advice)
{
    return ItemResult{item, Answer::Unknown, figure, QDateTime(), advice};
}

ItemResult unreadable(Item item, const Error &error)
{
    return unknown(item, HealthCheckText::tr("Could not read the measurements: %1").arg(error.message),
                   HealthCheckText::tr("Run the health check as an owner while the database is reachable."));
}

// ---- 1, 2, 10: saved drill runs ----

std::optional<double> operationP95(const drills::DrillRun &run, const QString &operation)
{
    const QJsonObject op = run.report[QStringLiteral("operations")].toObject()[operation].toObject();
    const QJsonObject latency = op[QStringLiteral("latency_ms")].toObject();
    if (latency[QStringLiteral("count")].toDouble() <= 0)
        return std::nullopt;
    return latency[QStringLiteral("p95")].toDouble();
}

ItemResult checkStoreApiFast(const Sources &s, const HealthCheckOptions &o)
{
    const Item item = Item::StoreApiFast;
    if (s.runsError)
        return unreadable(item, *s.runsError);
    for (const drills::DrillRun &run : s.runs) {
        const auto browse = operationP95(run, QStringLiteral("browse"));
        const auto search = operationP95(run, QStringLiteral("search"));
        if (!browse && !search)
            continue;
        QStringList parts;
        double worst = 0;
        if (browse) {
            parts << HealthCheckText::tr("browse p95 %1").arg(ms(*browse));
            worst = std::max(worst, *browse);
        }
        if (search) {
            parts << HealthCheckText::tr("search p95 %1").arg(ms(*search));
            worst = std::max(worst, *search);
        }
        const QString figure = HealthCheckText::tr("%1 (drill run %2, budget %3 a page)").arg(parts.join(QStringLiteral(", "))).arg(run.id).arg(ms(o.pageBudgetMs));
        if (worst < o.pageBudgetMs)
            return ItemResult{item, Answer::Yes, figure, runTime(run), {}};
        return ItemResult{item, Answer::No, figure, runTime(run),
                          HealthCheckText::tr("Pages are slower than %1 at p95: add serve instances or browse workers, check slow "
                             "queries (docs/store-api.md), then run `backroom drill load --scenario normal-day` again.")
                              .arg(ms(o.pageBudgetMs))};
    }
    return unknown(item, HealthCheckText::tr("No saved drill browsed or searched the store."),
                   HealthCheckText::tr("Run `backroom drill load --scenario normal-day` (its mix browses and searches)."));
}

double flashSaleRate(const drills::DrillRun &run)
{
    double rate = run.params[QStringLiteral("rate")].toDouble();
    for (const QJsonValue &stage : run.params[QStringLiteral("stages")].toArray())
        rate = std::max(rate, stage.toObject()[QStringLiteral("target_rate")].toDouble());
    return rate;
}

ItemResult checkFlashSaleStability(const Sources &s)
{
    const Item item = Item::FlashSaleStability;
    if (s.runsError)
        return unreadable(item, *s.runsError);
    for (const drills::DrillRun &run : s.runs) {
        if (run.kind != QLatin1String("load") || run.scenario != QLatin1String("flash-sale"))
            continue;
        const double rate = flashSaleRate(run);
        const double throughput = run.report[QStringLiteral("throughput_per_s")].toDouble();
        const QString rateText = rate > 0 ? HealthCheckText::tr("%1 checkouts/s offered").arg(QLocale::c().toString(rate, 'f', 0))
                                          : HealthCheckText::tr("closed model");
        const QString figure = HealthCheckText::tr("flash-sale drill run %1 %2: %3, %4/s answered")
                                   .arg(run.id)
                                   .arg(run.passed ? HealthCheckText::tr("passed") : HealthCheckText::tr("failed"))
                                   .arg(rateText)
                                   .arg(QLocale::c().toString(throughput, 'f', 0));
        if (run.passed)
            return ItemResult{item, Answer::Yes, figure, runTime(run), {}};
        return ItemResult{item, Answer::No, figure, runTime(run),
                          HealthCheckText::tr("Open the run (`backroom drill show %1`): fix what its verdict names (oversell, lost "
                             "orders, thresholds), e.g. switch to bucketed stock for the hot product, then run the "
                             "flash-sale drill again.").arg(run.id)};
    }
    return unknown(item, HealthCheckText::tr("No flash-sale load drill has been saved."),
                   HealthCheckText::tr("Run `backroom drill load --scenario flash-sale` at the rate you expect for the campaign."));
}

ItemResult checkRegularLoadTesting(const Sources &s, const HealthCheckOptions &o)
{
    const Item item = Item::RegularLoadTesting;
    if (s.runsError)
        return unreadable(item, *s.runsError);
    if (s.runs.isEmpty())
        return unknown(item, HealthCheckText::tr("No drill has been saved."), HealthCheckText::tr("Run `backroom drill load` and repeat it at least monthly."));
    const drills::DrillRun &last = *std::max_element(s.runs.begin(), s.runs.end(), [](const auto &a, const auto &b) {
        return runTime(a) < runTime(b);
    });
    const QDateTime at = runTime(last);
    const qint64 days = at.daysTo(s.now);
    const QString figure = HealthCheckText::tr("last drill: run %1 (%2), %n day(s) ago", nullptr, int(days)).arg(last.id).arg(last.kind);
    if (days < o.staleDrillDays)
        return ItemResult{item, Answer::Yes, figure, at, {}};
    return ItemResult{item, Answer::No, figure, at,
                      HealthCheckText::tr("The last drill is older than %1 days: run `backroom drill load --scenario flash-sale` "
                         "before the next campaign, and after every change to the server.").arg(o.staleDrillDays)};
}

// ---- 3: channel lag ----

ItemResult checkRealTimeSync(db::Connection &conn, const Sources &s, const HealthCheckOptions &o)
{
    const Item item = Item::RealTimeSync;
    auto lag = channels::readLagHistory(conn, s.now.addSecs(-3600LL * o.lagWindowHours));
    if (!lag)
        return unreadable(item, lag.error());
    const channels::LagPoint *worst = nullptr;
    qint64 pushes = 0;
    for (const channels::LagPoint &p : *lag) {
        pushes += p.pushes;
        if (p.pushes > 0 && (!worst || p.lagP95Ms > worst->lagP95Ms))
            worst = &p;
    }
    if (!worst)
        return unknown(item, HealthCheckText::tr("No marketplace push in the last %n hour(s).", nullptr, o.lagWindowHours),
                       HealthCheckText::tr("Connect a marketplace (docs/channels.md) and let `backroom serve` push stock."));
    const QString figure = HealthCheckText::tr("worst minute's lag p95 %1 (%2, %3 pushes in the last %4 h), budget %5")
                               .arg(ms(worst->lagP95Ms), worst->channel)
                               .arg(pushes)
                               .arg(o.lagWindowHours)
                               .arg(ms(o.syncLagBudgetMs));
    if (worst->lagP95Ms < o.syncLagBudgetMs)
        return ItemResult{item, Answer::Yes, figure, worst->minuteUtc, {}};
    return ItemResult{item, Answer::No, figure, worst->minuteUtc,
                      HealthCheckText::tr("Stock reaches %1 too late: check `backroom channels status` for an open breaker, a deep "
                         "queue or rate limits, and that a serve instance is pushing.").arg(worst->channel)};
}

// ---- 4, 5, 7, 9: component health of running serve instances ----

QList<resilience::ComponentHealthRow> liveRows(const Sources &s)
{
    QList<resilience::ComponentHealthRow> live;
    for (const auto &row : s.components)
        if (!row.stale && row.component)
            live << row;
    return live;
}

QSet<QString> instanceIds(const QList<resilience::ComponentHealthRow> &rows, resilience::ComponentKind kind)
{
    QSet<QString> ids;
    for (const auto &row : rows)
        if (row.component && row.component->kind == kind)
            ids.insert(row.instance.id);
    return ids;
}

QDateTime newestHeartbeat(const QList<resilience::ComponentHealthRow> &rows)
{
    QDateTime newest;
    for (const auto &row : rows)
        if (!newest.isValid() || row.heartbeatAt > newest)
            newest = row.heartbeatAt;
    return newest;
}

struct GatewayView {
    bool known = false;                  // every live gateway said which methods it serves
    QMap<QString, QSet<QString>> routed;   // method -> gateways that serve it (any state)
    QMap<QString, QSet<QString>> healthy;  // method -> gateways that serve it and are CLOSED
};

GatewayView gatewayView(const QList<resilience::ComponentHealthRow> &live)
{
    GatewayView view;
    view.known = true;
    for (const auto &row : live) {
        if (row.component->kind != resilience::ComponentKind::Gateway)
            continue;
        const QString gateway = row.component->name.section(QLatin1Char(':'), 1);
        const QJsonValue methods = row.component->extra[QStringLiteral("methods")];
        if (!methods.isArray())
            view.known = false;
        for (const QJsonValue &m : methods.toArray()) {
            view.routed[m.toString()].insert(gateway);
            if (row.component->state == QLatin1String("CLOSED"))
                view.healthy[m.toString()].insert(gateway);
        }
    }
    return view;
}

bool hasGateways(const QList<resilience::ComponentHealthRow> &live)
{
    return !instanceIds(live, resilience::ComponentKind::Gateway).isEmpty();
}

// A chaos run that took a payment gateway down: its experiment carries the gateway_outage tag (the file's
// "tags", or derived from a method that takes opn or gbp down; core/chaos/experiment.h). A run whose
// method never ran (the steady state failed at rest) proved nothing about the fallback and is skipped.
bool isGatewayOutageDrill(const drills::DrillRun &run)
{
    if (run.kind != QLatin1String("chaos"))
        return false;
    if (run.report.contains(QStringLiteral("method_run")) && !run.report[QStringLiteral("method_run")].toBool())
        return false;
    const QJsonArray tags = run.params[QStringLiteral("tags")].toArray();
    return std::any_of(tags.begin(), tags.end(), [](const QJsonValue &t) { return t.toString() == QLatin1String("gateway_outage"); });
}

ItemResult checkPaymentFallback(const Sources &s)
{
    const Item item = Item::PaymentFallback;
    if (s.componentsError)
        return unreadable(item, *s.componentsError);
    const auto live = liveRows(s);
    const GatewayView view = gatewayView(live);
    if (!hasGateways(live) || !view.known)
        return unknown(item, HealthCheckText::tr("No running serve instance publishes its payment gateways and their methods."),
                       HealthCheckText::tr("Start `backroom serve` with payments configured (docs/payments.md) and check again."));
    QStringList thin;
    QStringList counts;
    for (payments::PaymentMethod m : payments::allMethods()) {
        const QString name = payments::methodName(m);
        const int healthy = int(view.healthy.value(name).size());
        counts << HealthCheckText::tr("%1: %2").arg(name).arg(healthy);
        if (healthy < 2)
            thin << name;
    }
    const QDateTime at = newestHeartbeat(live);
    const QString gatewaysFigure = HealthCheckText::tr("healthy gateways per method: %1").arg(counts.join(QStringLiteral(", ")));
    if (!thin.isEmpty())
        return ItemResult{item, Answer::No, gatewaysFigure, at,
                          HealthCheckText::tr("Fewer than two healthy gateways for %1: route each method to two gateways (`routes` in "
                             "payments.json) and close any open breaker once its gateway is back.").arg(thin.join(QStringLiteral(", ")))};
    for (const drills::DrillRun &run : s.runs) {
        if (!isGatewayOutageDrill(run))
            continue;
        const QString figure = HealthCheckText::tr("%1; gateway-outage chaos drill run %2 %3").arg(gatewaysFigure).arg(run.id)
                                   .arg(run.passed ? HealthCheckText::tr("passed") : HealthCheckText::tr("failed"));
        if (run.passed)
            return ItemResult{item, Answer::Yes, figure, runTime(run), {}};
        return ItemResult{item, Answer::No, figure, runTime(run),
                          HealthCheckText::tr("The gateway-outage drill failed: open it (`backroom drill show %1`) and fix what lost or "
                             "refused payments before the next sale.").arg(run.id)};
    }
    return ItemResult{item, Answer::Unknown, HealthCheckText::tr("%1; no gateway-outage chaos drill yet").arg(gatewaysFigure), at,
                      HealthCheckText::tr("Prove the fallback: run the gateway-outage chaos experiment (`backroom drill chaos`).")};
}

ItemResult checkSuperWallet(const Sources &s)
{
    const Item item = Item::SuperWallet;
    if (s.componentsError)
        return unreadable(item, *s.componentsError);
    const auto live = liveRows(s);
    const GatewayView view = gatewayView(live);
    if (!hasGateways(live) || !view.known)
        return unknown(item, HealthCheckText::tr("No running serve instance publishes its payment methods."),
                       HealthCheckText::tr("Start `backroom serve` with payments configured (docs/payments.md) and check again."));
    QStringList enabled;
    QStringList missing;
    for (payments::PaymentMethod m : payments::allMethods()) {
        const QString name = payments::methodName(m);
        (view.routed.value(name).isEmpty() ? missing : enabled) << name;
    }
    const QString figure = HealthCheckText::tr("enabled with a gateway: %1").arg(enabled.isEmpty() ? HealthCheckText::tr("none") : enabled.join(QStringLiteral(", ")));
    if (missing.isEmpty())
        return ItemResult{item, Answer::Yes, figure, newestHeartbeat(live), {}};
    return ItemResult{item, Answer::No, figure, newestHeartbeat(live),
                      HealthCheckText::tr("Route %1 to a gateway (`routes` in payments.json) so shoppers can pay the way they "
                         "prefer.").arg(missing.join(QStringLiteral(", ")))};
}

ItemResult checkApiFirst(const Sources &s)
{
    const Item item = Item::ApiFirst;
    if (s.componentsError)
        return unreadable(item, *s.componentsError);
    const auto live = liveRows(s);
    const int up = int(instanceIds(live, resilience::ComponentKind::Serve).size());
    if (up > 0)
        return ItemResult{item, Answer::Yes, HealthCheckText::tr("%n store API instance(s) up and publishing health", nullptr, up),
                          newestHeartbeat(live), {}};
    if (instanceIds(s.components, resilience::ComponentKind::Serve).isEmpty())
        return unknown(item, HealthCheckText::tr("No store API instance has ever published its health."),
                       HealthCheckText::tr("Run `backroom serve` (docs/store-api.md): the store API is how a storefront, app or "
                          "marketplace reads the shop."));
    return ItemResult{item, Answer::No, HealthCheckText::tr("Every store API instance stopped sending heartbeats."), newestHeartbeat(s.components),
                      HealthCheckText::tr("Start `backroom serve` again and check its log; `GET /health` answers when it is up.")};
}

ItemResult checkScaling(const Sources &s)
{
    const Item item = Item::Scaling;
    if (s.componentsError)
        return unreadable(item, *s.componentsError);
    const auto live = liveRows(s);
    const int up = int(instanceIds(live, resilience::ComponentKind::Serve).size());
    if (up == 0)
        return unknown(item, HealthCheckText::tr("No healthy serve instance publishes its health."),
                       HealthCheckText::tr("Run two or more `backroom serve` instances behind a load balancer."));
    const QString figure = HealthCheckText::tr("%n healthy serve instance(s)", nullptr, up);
    if (up >= 2)
        return ItemResult{item, Answer::Yes, figure, newestHeartbeat(live), {}};
    return ItemResult{item, Answer::No, figure, newestHeartbeat(live),
                      HealthCheckText::tr("One instance is a single point of failure: run a second `backroom serve` (another port or "
                         "machine) behind the load balancer.")};
}

// ---- 6, 8: measured here and now ----

qint64 jsonBytes(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact).size(); }

QString kib(qint64 bytes) { return QLocale::c().toString(double(bytes) / 1024.0, 'f', 1) + QStringLiteral(" KiB"); }

ItemResult checkMobileFirst(db::Connection &conn, const Sources &s)
{
    const Item item = Item::MobileFirst;
    auto page = store::listProducts(conn, 1, 20);
    if (!page)
        return unreadable(item, page.error());
    if (page->items.isEmpty())
        return unknown(item, HealthCheckText::tr("The storefront is outside Backroom, and the catalogue is empty: no store API "
                                "payload to measure."),
                       HealthCheckText::tr("Add products, then check again; check the storefront itself with a mobile audit (Lighthouse)."));
    QJsonArray items;
    for (const auto &p : page->items)
        items.append(store::productJson(p));
    const qint64 pageBytes = jsonBytes(QJsonObject{{QStringLiteral("page"), page->page}, {QStringLiteral("per_page"), page->perPage},
                                                   {QStringLiteral("total"), page->total}, {QStringLiteral("items"), items}});
    const QString term = page->items.front().name.section(QLatin1Char(' '), 0, 0);
    auto found = store::searchProducts(conn, term, kSearchLimit);
    if (!found)
        return unreadable(item, found.error());
    QJsonArray hits;
    for (const auto &p : *found)
        hits.append(store::productJson(p));
    const qint64 searchBytes = jsonBytes(QJsonObject{{QStringLiteral("q"), term}, {QStringLiteral("items"), hits}});
    const QString figure = HealthCheckText::tr("The storefront is outside Backroom. Store API payloads: product page (20) %1, "
                              "search \"%2\" %3; budget %4 each").arg(kib(pageBytes), term, kib(searchBytes), kib(kMobilePayloadBudgetBytes));
    if (std::max(pageBytes, searchBytes) <= kMobilePayloadBudgetBytes)
        return ItemResult{item, Answer::Yes, figure, s.now, {}};
    return ItemResult{item, Answer::No, figure, s.now,
                      HealthCheckText::tr("Answers are heavy for a phone: ask for fewer items per page and keep images out of the JSON.")};
}

bool findsAnyOf(const QList<store::ProductSummary> &found, const QSet<QString> &skus)
{
    return std::any_of(found.begin(), found.end(), [&](const store::ProductSummary &p) { return skus.contains(p.sku); });
}

ItemResult checkTypoSearch(db::Connection &conn, const Sources &s)
{
    const Item item = Item::TypoTolerantSearch;
    QStringList found;
    QStringList missed;
    for (const Misspelling &m : fixedMisspellings()) {
        auto correct = store::searchProducts(conn, m.correct, kSearchLimit);
        if (!correct)
            return unreadable(item, correct.error());
        if (correct->isEmpty())
            continue;   // the shop sells nothing by that word: this misspelling proves nothing here
        QSet<QString> skus;
        for (const auto &p : *correct)
            skus.insert(p.sku);
        auto typed = store::searchProducts(conn, m.typed, kSearchLimit);
        if (!typed)
            return unreadable(item, typed.error());
        (findsAnyOf(*typed, skus) ? found : missed) << QStringLiteral("\"%1\"").arg(m.typed);
    }
    const int tried = int(found.size() + missed.size());
    if (tried == 0)
        return unknown(item, HealthCheckText::tr("None of the fixed misspellings' words is in the catalogue (T-shirt, เสื้อยืด)."),
                       HealthCheckText::tr("Search your own products with a typo in the Stock screen to check it by hand."));
    if (missed.isEmpty())
        return ItemResult{item, Answer::Yes, HealthCheckText::tr("%1 of %2 misspellings found their products: %3").arg(found.size()).arg(tried)
                                                  .arg(found.join(QStringLiteral(", "))), s.now, {}};
    return ItemResult{item, Answer::No, HealthCheckText::tr("%1 of %2 misspellings found their products; missed: %3").arg(found.size()).arg(tried)
                                              .arg(missed.join(QStringLiteral(", "))), s.now,
                      HealthCheckText::tr("Check that migrations are current (`backroom db migrate`) so pg_trgm and search_patterns() "
                         "are installed, and that product names are filled in.")};
}

Sources readSources(db::Connection &conn, const HealthCheckOptions &o)
{
    Sources s;
    s.now = o.now.isValid() ? o.now.toUTC() : QDateTime::currentDateTimeUtc();
    auto runs = drills::listDrillRuns(conn, kRunsRead);
    if (runs)
        s.runs = *runs;
    else
        s.runsError = runs.error();
    auto components = resilience::readComponentHealth(conn, o.now);
    if (components)
        s.components = *components;
    else
        s.componentsError = components.error();
    return s;
}

} // namespace

QString answerName(Answer answer)
{
    switch (answer) {
    case Answer::Yes: return QStringLiteral("yes");
    case Answer::No: return QStringLiteral("no");
    case Answer::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QString answerText(Answer answer)
{
    switch (answer) {
    case Answer::Yes: return HealthCheckText::tr("Yes");
    case Answer::No: return HealthCheckText::tr("No");
    case Answer::Unknown: return HealthCheckText::tr("Unknown");
    }
    return QString();
}

QString itemKey(Item item)
{
    switch (item) {
    case Item::StoreApiFast: return QStringLiteral("store_api_fast");
    case Item::FlashSaleStability: return QStringLiteral("flash_sale_stability");
    case Item::RealTimeSync: return QStringLiteral("real_time_sync");
    case Item::PaymentFallback: return QStringLiteral("payment_fallback");
    case Item::SuperWallet: return QStringLiteral("super_wallet");
    case Item::MobileFirst: return QStringLiteral("mobile_first");
    case Item::ApiFirst: return QStringLiteral("api_first");
    case Item::TypoTolerantSearch: return QStringLiteral("typo_tolerant_search");
    case Item::Scaling: return QStringLiteral("scaling");
    case Item::RegularLoadTesting: return QStringLiteral("regular_load_testing");
    }
    return QString();
}

QString itemTitle(Item item)
{
    switch (item) {
    case Item::StoreApiFast: return HealthCheckText::tr("Does the store API answer fast?");
    case Item::FlashSaleStability: return HealthCheckText::tr("Does the shop hold a flash sale?");
    case Item::RealTimeSync: return HealthCheckText::tr("Does stock reach the marketplaces in real time?");
    case Item::PaymentFallback: return HealthCheckText::tr("Does payment fall back when a gateway fails?");
    case Item::SuperWallet: return HealthCheckText::tr("Can shoppers pay by PromptPay, card, TrueMoney and ShopeePay?");
    case Item::MobileFirst: return HealthCheckText::tr("Is the shop mobile-first?");
    case Item::ApiFirst: return HealthCheckText::tr("Is the store API up (API-first)?");
    case Item::TypoTolerantSearch: return HealthCheckText::tr("Does search forgive typos?");
    case Item::Scaling: return HealthCheckText::tr("Does the store API run on more than one instance?");
    case Item::RegularLoadTesting: return HealthCheckText::tr("Is the shop load-tested regularly?");
    }
    return QString();
}

QList<Misspelling> fixedMisspellings()
{
    return {
        {QStringLiteral("tshrit"), QStringLiteral("T-Shirt")},
        {QStringLiteral("t-shrit"), QStringLiteral("T-Shirt")},
        // เสื้อยืด (T-shirt) typed with mai ek instead of mai tho on the first syllable.
        {QStringLiteral("เสื่อยืด"), QStringLiteral("เสื้อยืด")},
    };
}

Result<QList<ItemResult>> runHealthCheck(db::Connection &conn, const HealthCheckOptions &options)
{
    const Sources s = readSources(conn, options);
    if (s.runsError && s.runsError->kind == Error::Kind::Connection)
        return *s.runsError;
    QList<ItemResult> results{
        checkStoreApiFast(s, options),
        checkFlashSaleStability(s),
        checkRealTimeSync(conn, s, options),
        checkPaymentFallback(s),
        checkSuperWallet(s),
        checkMobileFirst(conn, s),
        checkApiFirst(s),
        checkTypoSearch(conn, s),
        checkScaling(s),
        checkRegularLoadTesting(s, options),
    };
    return results;
}

bool allYes(const QList<ItemResult> &results)
{
    return !results.isEmpty()
        && std::all_of(results.begin(), results.end(), [](const ItemResult &r) { return r.answer == Answer::Yes; });
}

QJsonObject resultJson(const ItemResult &r)
{
    return QJsonObject{{QStringLiteral("number"), int(r.item)},
                       {QStringLiteral("item"), itemKey(r.item)},
                       {QStringLiteral("question"), itemTitle(r.item)},
                       {QStringLiteral("answer"), answerName(r.answer)},
                       {QStringLiteral("figure"), r.figure},
                       {QStringLiteral("measured_at"), r.measuredAt.isValid() ? QJsonValue(r.measuredAt.toUTC().toString(Qt::ISODate))
                                                                              : QJsonValue()},
                       {QStringLiteral("advice"), r.advice}};
}

QJsonObject healthCheckJson(const QList<ItemResult> &results)
{
    QJsonArray items;
    for (const ItemResult &r : results)
        items.append(resultJson(r));
    return QJsonObject{{QStringLiteral("all_yes"), allYes(results)}, {QStringLiteral("items"), items}};
}

} // namespace backroom::healthcheck
