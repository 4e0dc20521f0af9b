// `backroom stock flash-sale <sku> --buckets N | --off`
#include "cli.h"

#include "orders/checkout.h"

#include <QJsonObject>

namespace backroom::cli {
namespace {

int flashSale(const QStringList &args)
{
    Parser p(QStringLiteral("backroom stock flash-sale <sku> (--buckets N | --off | --status) [--json]"),
             QStringLiteral("Splits a hot SKU's available stock into buckets that buyers take from in parallel, so "
                            "checkout does not queue on one stock row. While it is on, staff edits of the SKU's stock "
                            "(stock set, adjust, import) are refused with exit code 3; sales go through."));
    p.addOption(QStringLiteral("buckets"),
                QStringLiteral("N buckets (1-256) in each bin that holds free stock of the SKU: a SKU in 3 bins with "
                               "--buckets 4 gets 12 buckets."),
                QStringLiteral("N"));
    p.addOption(QStringLiteral("off"), QStringLiteral("Merge the buckets back; edits are allowed again."));
    p.addOption(QStringLiteral("status"), QStringLiteral("Show whether the SKU is in flash-sale mode."));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString sku = p.positional().at(0);
    const int modes = int(p.isSet(QStringLiteral("buckets"))) + int(p.isSet(QStringLiteral("off")))
                      + int(p.isSet(QStringLiteral("status")));
    if (modes != 1)
        return fail(p, Error::make(Error::Kind::BadInput,
                                   QStringLiteral("Give exactly one of --buckets N, --off or --status.")));
    qint64 buckets = 0;
    if (p.isSet(QStringLiteral("buckets")) && !p.intValue(QStringLiteral("buckets"), &buckets))
        return BadInput;
    if (p.isSet(QStringLiteral("buckets")) && (buckets < 1 || buckets > 256))
        return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("--buckets must be from 1 to 256.")));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    Status done = Done{};
    if (p.isSet(QStringLiteral("buckets")))
        done = orders::flashSaleOn(*conn, sku, int(buckets));
    else if (p.isSet(QStringLiteral("off")))
        done = orders::flashSaleOff(*conn, sku);
    if (!done)
        return fail(p, done.error());
    auto state = orders::flashSaleState(*conn, sku);
    if (!state)
        return fail(p, state.error());
    if (p.json()) {
        printJson(QJsonObject{{QStringLiteral("sku"), sku},
                              {QStringLiteral("flash_sale"), state->on},
                              {QStringLiteral("buckets"), state->buckets},
                              {QStringLiteral("free_in_buckets"), state->freeInBuckets},
                              {QStringLiteral("taken_from_buckets"), state->takenFromBuckets}});
    } else if (state->on) {
        out() << sku << " is in flash-sale mode: " << state->buckets << " bucket(s)"
              << (buckets > 0 ? QStringLiteral(" (%1 in each bin with free stock)").arg(buckets) : QString())
              << ", " << state->freeInBuckets
              << " unit(s) free, " << state->takenFromBuckets << " held by open orders. Stock edits of " << sku
              << " are refused until `backroom stock flash-sale " << sku << " --off`.\n";
    } else {
        out() << sku << " is not in flash-sale mode; stock edits are allowed.\n";
    }
    out().flush();
    return Ok;
}

const bool registered = registerCommand(QStringLiteral("stock flash-sale"),
                                        QStringLiteral("split a hot SKU's stock into buckets for parallel checkout"),
                                        flashSale);

} // namespace
} // namespace backroom::cli
