#include "drills/scenario.h"
#include "coretext.h"

#include <QCoreApplication>

namespace backroom::drills {
namespace {


// A normal day spreads over the real catalogue: the SKUs with the most available units, drill products left out.
// Its searches are the first word of each of those products' names, as shoppers type them.
constexpr const char *kBusiestSkus =
    "SELECT p.sku, lower(split_part(p.name, ' ', 1)) FROM backroom_data.product p "
    "JOIN backroom_data.stock s ON s.product_id = p.id "
    "WHERE p.sku NOT LIKE 'DRILL-%' "
    "GROUP BY p.sku, p.name HAVING sum(s.on_hand - s.reserved) > 0 "
    "ORDER BY sum(s.on_hand - s.reserved) DESC, p.sku LIMIT 20";
constexpr const char *kHotSkus = "SELECT sku FROM drill_hot_skus($1::integer, $2::integer) AS sku";
constexpr const char *kFlashSaleOn = "SELECT flash_sale_on($1::text, $2::integer)";
constexpr const char *kFlashSaleOff = "SELECT flash_sale_off($1::text)";

Result<QStringList> column(db::Connection &conn, const char *sql, const QVariantList &params = {})
{
    auto rows = conn.exec(sql, params);
    if (!rows)
        return rows.error();
    QStringList values;
    for (int r = 0; r < rows->rows(); ++r)
        values << rows->text(r, 0);
    return values;
}

Status prepareNormalDay(db::Connection &conn, LoadDrillConfig *config)
{
    auto rows = conn.exec(kBusiestSkus);
    if (!rows)
        return rows.error();
    if (rows->rows() == 0)
        return Error::make(Error::Kind::NotFound,
                           DrillsText::tr("No product has stock to sell, so a normal day has nothing to order. Receive stock first."));
    QStringList skus, words;
    for (int r = 0; r < rows->rows(); ++r) {
        skus << rows->text(r, 0);
        if (!rows->text(r, 1).isEmpty() && !words.contains(rows->text(r, 1)))
            words << rows->text(r, 1);
    }
    config->skus = skus;
    config->searchTerms = words;
    config->mix = OperationMix{10, 70, 20};
    return Done{};
}

Result<ScenarioSetup> prepareFlashSale(db::Connection &conn, const ScenarioOptions &options, LoadDrillConfig *config)
{
    if (options.hotSkus < 1 || options.hotSkus > 99 || options.hotUnits < 1 || options.buckets < 1 || options.buckets > 256)
        return Error::make(Error::Kind::BadInput, DrillsText::tr("A flash sale needs 1 to 99 hot SKUs, at least one unit each and "
                                                     "1 to 256 buckets."));
    auto skus = column(conn, kHotSkus, {options.hotSkus, options.hotUnits});
    if (!skus)
        return skus.error();
    ScenarioSetup setup;
    setup.scenario = Scenario::FlashSale;
    for (const QString &sku : *skus) {
        if (auto on = conn.exec(kFlashSaleOn, {sku, options.buckets}); !on) {
            finishScenario(conn, setup);   // leave no sale on half-way
            return on.error();
        }
        setup.flashSaleSkus << sku;
    }
    config->skus = *skus;
    config->mix = OperationMix{80, 20, 0};
    if (!skus->isEmpty())
        config->browseSku = skus->first();   // flash-sale buyers keep refreshing the hot product page
    return setup;
}

} // namespace

QString scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::NormalDay: return QStringLiteral("normal-day");
    case Scenario::FlashSale: return QStringLiteral("flash-sale");
    case Scenario::Shootout: return QStringLiteral("shootout");
    }
    return QString();
}

std::optional<Scenario> scenarioFromName(const QString &name)
{
    for (Scenario s : {Scenario::NormalDay, Scenario::FlashSale, Scenario::Shootout})
        if (scenarioName(s) == name)
            return s;
    return std::nullopt;
}

QString scenarioDescription(Scenario scenario)
{
    switch (scenario) {
    case Scenario::NormalDay:
        return DrillsText::tr("Normal day: browse 70 %, search 20 %, checkout 10 % over the 20 products with the most stock.");
    case Scenario::FlashSale:
        return DrillsText::tr("Flash sale: checkout 80 %, browse 20 % on a few hot drill products with limited stock, flash-sale "
                  "buckets on; sells out and proves nothing was oversold.");
    case Scenario::Shootout:
        return DrillsText::tr("Shoot-out: the four stock strategies on one hot product, side by side, each judged by the verdict.");
    }
    return QString();
}

Result<ScenarioSetup> prepareScenario(db::Connection &conn, Scenario scenario, const ScenarioOptions &options,
                                      LoadDrillConfig *config)
{
    switch (scenario) {
    case Scenario::NormalDay: {
        if (auto ok = prepareNormalDay(conn, config); !ok)
            return ok.error();
        return ScenarioSetup{Scenario::NormalDay, {}};
    }
    case Scenario::FlashSale:
        return prepareFlashSale(conn, options, config);
    case Scenario::Shootout:
        break;
    }
    return Error::make(Error::Kind::BadInput,
                       DrillsText::tr("The shoot-out is a series of runs, not one: start it with the shoot-out runner "
                          "(`backroom drill load --scenario shootout`)."));
}

Status finishScenario(db::Connection &conn, const ScenarioSetup &setup)
{
    Status outcome = Done{};
    for (const QString &sku : setup.flashSaleSkus) {
        auto off = conn.exec(kFlashSaleOff, {sku});
        if (!off && outcome)
            outcome = off.error();   // keep turning the others off; report the first failure
    }
    return outcome;
}

} // namespace backroom::drills
