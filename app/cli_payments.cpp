// `backroom payments promptpay`: the PromptPay QR payload (and image) for a phone, national/tax ID or
// e-wallet ID. Further `payments` subcommands (list, show, reconcile) join paymentsSubcommands() below.
#include "cli.h"

#include "payments/promptpay.h"
#include "qrimage.h"

#include <QCoreApplication>
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

QList<Subcommand> paymentsSubcommands()
{
    return {
        {QStringLiteral("promptpay"), tr("the PromptPay QR payload (and PNG) for a phone, national/tax ID or e-wallet"),
         promptpay},
    };
}

int paymentsCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("payments"), paymentsSubcommands(), args);
}

const bool registeredPayments =
    registerCommand(QStringLiteral("payments"), QStringLiteral("promptpay: payments and PromptPay QR codes"),
                    paymentsCommand);

} // namespace
} // namespace backroom::cli
