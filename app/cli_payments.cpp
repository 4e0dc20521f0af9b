// `backroom payments promptpay`: the PromptPay QR payload (and image) for a phone, national/tax ID or
// e-wallet ID. Further `payments` subcommands (list, show, reconcile) join paymentsSubcommands() below.
#include "cli.h"

#include "net/httpclient.h"
#include "orders/checkout.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "payments/paymentstore.h"
#include "payments/promptpay.h"
#include "qrimage.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace backroom::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

using payments::PromptPayProxy;

QJsonObject promptPayJson(const PromptPayProxy &proxy, std::optional<qint64> amountSatang, const QString &payload)
{
    return QJsonObject{
        {QStringLiteral("payload"), payload},
        {QStringLiteral("type"), proxy.typeName()},
        {QStringLiteral("id"), proxy.digits},
        {QStringLiteral("sub_tag"), proxy.subTag()},
        {QStringLiteral("proxy_value"), proxy.encodedValue()},
        {QStringLiteral("point_of_initiation"), amountSatang ? QStringLiteral("12") : QStringLiteral("11")},
        {QStringLiteral("dynamic"), bool(amountSatang)},
        {QStringLiteral("amount"), amountSatang ? QJsonValue(payments::formatAmount(*amountSatang)) : QJsonValue()},
        {QStringLiteral("amount_satang"), amountSatang ? QJsonValue(*amountSatang) : QJsonValue()},
        {QStringLiteral("currency"), QStringLiteral("764")},
        {QStringLiteral("country"), QStringLiteral("TH")},
        {QStringLiteral("crc"), payload.right(4)},
    };
}

// Reads --module-size (default 8) into style; prints the reason and returns false if it is not a number.
bool moduleSize(const Parser &p, image::QrImageStyle *style)
{
    if (!p.isSet(QStringLiteral("module-size")))
        return true;
    qint64 pixels = 0;
    if (!p.intValue(QStringLiteral("module-size"), &pixels))
        return false;
    style->modulePixels = int(std::clamp<qint64>(pixels, -1, 1000));   // out-of-range values fail in renderQr
    return true;
}

int promptpay(const QStringList &args)
{
    Parser p(QStringLiteral("backroom payments promptpay <phone | national/tax ID | e-wallet ID> [--amount 123.45] "
                            "[--png file] [--json]"),
             tr("Prints the PromptPay QR payload (EMVCo, Thai QR) that pays this PromptPay ID. Without --amount a "
                "static QR (the payer types the amount), with it a dynamic QR for exactly that amount. A phone "
                "number may have dashes, spaces or +66; a 13-digit ID must have a valid check digit. Needs no "
                "database. See docs/payments.md."));
    p.addOption(QStringLiteral("amount"), tr("Amount in baht, at most two decimals (e.g. 123.45)."), QStringLiteral("baht"));
    p.addOption(QStringLiteral("png"), tr("Also write the QR code as a PNG image to this file."), QStringLiteral("file"));
    p.addOption(QStringLiteral("module-size"), tr("Pixels per QR module in the PNG, 1 to 40 (default 8)."),
                QStringLiteral("px"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;

    const auto proxy = payments::parseProxy(p.positional().first());
    if (!proxy)
        return fail(p, proxy.error());
    std::optional<qint64> amountSatang;
    if (p.isSet(QStringLiteral("amount"))) {
        const auto amount = payments::parseAmount(p.value(QStringLiteral("amount")));
        if (!amount)
            return fail(p, amount.error());
        amountSatang = *amount;
    }
    image::QrImageStyle style;
    if (!moduleSize(p, &style))
        return BadInput;
    const auto payload = payments::buildPromptPayPayload(*proxy, amountSatang);
    if (!payload)
        return fail(p, payload.error());

    QJsonObject json = promptPayJson(*proxy, amountSatang, *payload);
    if (p.isSet(QStringLiteral("png"))) {
        const QString path = p.value(QStringLiteral("png"));
        const auto image = image::renderQrText(*payload, style);
        if (!image)
            return fail(p, image.error());
        if (auto written = image::writePng(*image, path); !written)
            return fail(p, written.error());
        json.insert(QStringLiteral("png"), path);
        json.insert(QStringLiteral("png_pixels"), image->width());
        if (!p.json()) {
            err() << tr("QR code written to %1 (%2 x %2 pixels).").arg(path).arg(image->width()) << "\n";
            err().flush();
        }
    }
    if (p.json()) {
        printJson(json);
    } else {
        out() << *payload << "\n";
        out().flush();
    }
    return Ok;
}

void printAttempt(const payments::PaymentAttempt &a)
{
    out() << a.id << "  order " << a.orderId << "  " << a.method << " on " << a.gateway << "  "
          << orders::formatBaht(a.amountSatang) << " " << a.currency << "  " << a.status
          << (a.needsReversal ? QStringLiteral(" (to be reversed)") : QString()) << "  "
          << a.createdAt.toString(Qt::ISODate)
          << (a.gatewayChargeId.isEmpty() ? QString() : QStringLiteral("  charge ") + a.gatewayChargeId)
          << (a.lastError.isEmpty() ? QString() : QStringLiteral("  ") + a.lastError) << "\n";
}

int list(const QStringList &args)
{
    Parser p(QStringLiteral("backroom payments list [--status pending|successful|failed|expired|reversed] [--order id] "
                            "[--unsettled] [--limit n] [--json]"),
             tr("Payment attempts, newest first."));
    p.addOption(QStringLiteral("status"), tr("Only attempts in this status."), QStringLiteral("status"));
    p.addOption(QStringLiteral("order"), tr("Only attempts for this order."), QStringLiteral("id"));
    p.addOption(QStringLiteral("unsettled"), tr("Only pending attempts and charges waiting to be reversed."));
    p.addOption(QStringLiteral("limit"), tr("At most this many (default 50)."), QStringLiteral("n"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    payments::AttemptFilter filter;
    filter.limit = 50;
    qint64 v = 0;
    if (p.isSet(QStringLiteral("limit"))) {
        if (!p.intValue(QStringLiteral("limit"), &v) || v < 1)
            return BadInput;
        filter.limit = int(std::min<qint64>(v, 10000));
    }
    if (p.isSet(QStringLiteral("order"))) {
        if (!p.intValue(QStringLiteral("order"), &v))
            return BadInput;
        filter.orderId = v;
    }
    filter.status = p.value(QStringLiteral("status"));
    if (!filter.status.isEmpty() && !payments::chargeStatusFromName(filter.status)) {
        err() << tr("backroom payments list: unknown status '%1'.").arg(filter.status) << "\n";
        return BadInput;
    }
    filter.unsettledOnly = p.isSet(QStringLiteral("unsettled"));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto attempts = payments::listAttempts(*conn, filter);
    if (!attempts)
        return fail(p, attempts.error());
    if (p.json()) {
        QJsonArray items;
        for (const auto &a : *attempts)
            items.append(payments::attemptJson(a));
        printJson(QJsonObject{{QStringLiteral("payments"), items}});
        return Ok;
    }
    for (const auto &a : *attempts)
        printAttempt(a);
    if (attempts->isEmpty())
        out() << tr("No payments.") << "\n";
    return Ok;
}

int show(const QStringList &args)
{
    Parser p(QStringLiteral("backroom payments show <id> [--json]"), tr("One payment attempt."));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    bool ok = false;
    const qint64 id = p.positional().at(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << tr("backroom payments show: payment ids are positive whole numbers.") << "\n";
        return BadInput;
    }
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto a = payments::attemptById(*conn, id);
    if (!a)
        return fail(p, a.error());
    if (p.json())
        printJson(payments::attemptJson(*a));
    else
        printAttempt(*a);
    return Ok;
}

int reconcile(const QStringList &args)
{
    Parser p(QStringLiteral("backroom payments reconcile [--payments-config file] [--opn-url URL] [--gbp-url URL] [--json]"),
             tr("Settles every pending payment by asking its gateway, and reverses charges no order could take. "
                "Needs the store or owner role; gateway secrets come from the credential store."));
    p.addOption(QStringLiteral("payments-config"), tr("Payments set-up (JSON; docs/payments.md)."), QStringLiteral("file"));
    p.addOption(QStringLiteral("opn-url"), tr("Base URL of the opn gateway."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("gbp-url"), tr("Base URL of the gbp gateway."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("not-found-grace"),
                tr("Seconds before a pending attempt the gateway never saw is declared failed (default 120)."),
                QStringLiteral("s"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    payments::PaymentsConfig config;
    if (p.isSet(QStringLiteral("payments-config"))) {
        auto read = payments::readPaymentsConfig(p.value(QStringLiteral("payments-config")));
        if (!read)
            return fail(p, read.error());
        config = *read;
    }
    if (p.isSet(QStringLiteral("opn-url")))
        config.opnUrl = QUrl(p.value(QStringLiteral("opn-url")));
    if (p.isSet(QStringLiteral("gbp-url")))
        config.gbpUrl = QUrl(p.value(QStringLiteral("gbp-url")));
    if (!config.enabled()) {
        err() << tr("backroom payments reconcile: say where the gateways are (--payments-config, --opn-url, --gbp-url).")
              << "\n";
        return BadInput;
    }
    payments::PaymentRouter::Options routing;
    routing.routes = config.routes;
    if (p.isSet(QStringLiteral("not-found-grace"))) {
        qint64 s = 0;
        if (!p.intValue(QStringLiteral("not-found-grace"), &s) || s < 0)
            return BadInput;
        routing.notFoundGrace = std::chrono::seconds(s);
    }
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    net::HttpClient http;
    payments::ConnectionLedger ledger(*conn);
    payments::PaymentRouter router(routing, ledger);
    auto added = payments::addConfiguredGateways(router, config, http, payments::credentialStoreSecrets());
    if (!added)
        return fail(p, added.error());
    payments::ReconcileReport report;
    QEventLoop loop;
    router.reconcile([&](const payments::ReconcileReport &r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    if (p.json()) {
        printJson(QJsonObject{{QStringLiteral("examined"), report.examined},
                              {QStringLiteral("settled"), report.settled},
                              {QStringLiteral("paid"), report.paid},
                              {QStringLiteral("reversed"), report.reversed},
                              {QStringLiteral("failed_no_charge"), report.failedNoCharge},
                              {QStringLiteral("still_unknown"), report.stillUnknown},
                              {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)}});
    } else {
        out() << tr("%1 examined: %2 settled (%3 paid an order, %4 never charged), %5 reversed, %6 still unknown.")
                     .arg(report.examined).arg(report.settled).arg(report.paid).arg(report.failedNoCharge)
                     .arg(report.reversed).arg(report.stillUnknown)
              << "\n";
        for (const QString &e : report.errors)
            err() << e << "\n";
    }
    return report.errors.isEmpty() ? Ok : Failed;
}

QList<Subcommand> paymentsSubcommands()
{
    return {
        {QStringLiteral("list"), tr("payment attempts, newest first"), list},
        {QStringLiteral("show"), tr("one payment attempt"), show},
        {QStringLiteral("reconcile"), tr("settle pending payments by asking the gateways"), reconcile},
        {QStringLiteral("promptpay"), tr("the PromptPay QR payload (and PNG) for a phone, national/tax ID or e-wallet"),
         promptpay},
    };
}

int paymentsCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("payments"), paymentsSubcommands(), args);
}

const bool registeredPayments =
    registerCommand(QStringLiteral("payments"), QStringLiteral("list, show, reconcile, promptpay: payments and PromptPay QR codes"),
                    paymentsCommand);

} // namespace
} // namespace backroom::cli
