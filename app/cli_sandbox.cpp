// `backroom sandbox`: local stand-ins for two payment gateways (Opn-shaped and GBP-shaped) and two
// marketplaces (Shopee- and Lazada-shaped) with switchable faults, and the commands that steer a running
// one over its control API (fault, charges, complete, listings, order, calls).
#include "cli.h"

#include "db/connection.h"
#include "sandbox/sandbox.h"
#include "sandbox/shoplistings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <cmath>

namespace backroom::cli {
namespace {

using sandbox::Sandbox;

QString tr(const char *text)
{
    return QCoreApplication::translate("backroom::cli::sandbox", text);
}

int badInput(const QString &message)
{
    err() << "backroom sandbox: " << message << "\n";
    err().flush();
    return BadInput;
}

bool msOption(const Parser &p, const QString &name, std::optional<std::chrono::milliseconds> *value)
{
    if (!p.isSet(name))
        return true;
    qint64 v = 0;
    if (!p.intValue(name, &v))
        return false;
    if (v < 0) {
        badInput(tr("--%1 must not be negative.").arg(name));
        return false;
    }
    *value = std::chrono::milliseconds(v);
    return true;
}

bool urlOption(const Parser &p, const QString &name, QUrl *url)
{
    if (!p.isSet(name))
        return true;
    *url = QUrl(p.value(name), QUrl::StrictMode);
    if (!url->isValid() || !url->scheme().startsWith(QLatin1String("http"))) {
        badInput(tr("--%1 must be an http(s) URL (got '%2').").arg(name, p.value(name)));
        return false;
    }
    return true;
}

void printStarted(const Sandbox &box, const Sandbox::Options &o, bool json)
{
    const QString control = box.controlUrl().toString();
    if (json) {
        const QJsonObject info{
            {QStringLiteral("control_url"), control},
            {QStringLiteral("opn"), QJsonObject{{QStringLiteral("base_url"), box.baseUrl(QStringLiteral("opn")).toString()},
                                                {QStringLiteral("secret_key"), o.opn.secretKey},
                                                {QStringLiteral("public_key"), o.opn.publicKey},
                                                {QStringLiteral("webhook_secret"), o.opn.webhookSecret}}},
            {QStringLiteral("gbp"), QJsonObject{{QStringLiteral("base_url"), box.baseUrl(QStringLiteral("gbp")).toString()},
                                                {QStringLiteral("token"), o.gbp.token},
                                                {QStringLiteral("secret_key"), o.gbp.secretKey}}},
            {QStringLiteral("shopee"), QJsonObject{{QStringLiteral("base_url"), box.baseUrl(QStringLiteral("shopee")).toString()},
                                                   {QStringLiteral("partner_id"), o.shopee.partnerId},
                                                   {QStringLiteral("partner_key"), QString::fromUtf8(o.shopee.partnerKey)},
                                                   {QStringLiteral("shop_id"), o.shopee.shopId},
                                                   {QStringLiteral("access_token"), o.shopee.accessToken}}},
            {QStringLiteral("lazada"), QJsonObject{{QStringLiteral("base_url"), box.baseUrl(QStringLiteral("lazada")).toString()},
                                                   {QStringLiteral("app_key"), o.lazada.appKey},
                                                   {QStringLiteral("app_secret"), QString::fromUtf8(o.lazada.appSecret)},
                                                   {QStringLiteral("access_token"), o.lazada.accessToken}}}};
        out() << QJsonDocument(info).toJson(QJsonDocument::Compact) << "\n";
    } else {
        out() << "opn  " << box.baseUrl(QStringLiteral("opn")).toString() << "  control " << control
              << "  secret key " << o.opn.secretKey << ", public key " << o.opn.publicKey << ", webhook secret "
              << o.opn.webhookSecret << "\n";
        out() << "gbp  " << box.baseUrl(QStringLiteral("gbp")).toString() << "  control " << control << "  token "
              << o.gbp.token << ", secret key " << o.gbp.secretKey << "\n";
        out() << "shopee  " << box.baseUrl(QStringLiteral("shopee")).toString() << "  partner id " << o.shopee.partnerId
              << ", partner key " << o.shopee.partnerKey << ", shop id " << o.shopee.shopId << ", access token "
              << o.shopee.accessToken << "  (" << box.marketplace(QStringLiteral("shopee"))->listings().size() << " listings)\n";
        out() << "lazada  " << box.baseUrl(QStringLiteral("lazada")).toString() << "  app key " << o.lazada.appKey
              << ", app secret " << o.lazada.appSecret << ", access token " << o.lazada.accessToken << "  ("
              << box.marketplace(QStringLiteral("lazada"))->listings().size() << " listings)\n";
    }
    out().flush();
}

// Listings from a JSON file: [{"sku": "A", "stock": 5, "item_id": 123 (optional)}, ...] or {"listings": [...]}.
bool listingsOption(const Parser &p, QList<sandbox::ListingSeed> *seeds)
{
    if (!p.isSet(QStringLiteral("listings")))
        return true;
    QFile file(p.value(QStringLiteral("listings")));
    if (!file.open(QIODevice::ReadOnly)) {
        badInput(tr("Cannot read --listings %1: %2.").arg(file.fileName(), file.errorString()));
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("listings")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const double stock = o.value(QStringLiteral("stock")).toDouble(-1);
        if (o.value(QStringLiteral("sku")).toString().isEmpty() || stock < 0 || stock != std::floor(stock)) {
            badInput(tr("--listings wants a JSON array of {\"sku\": \"...\", \"stock\": n, \"item_id\": n (optional)}."));
            return false;
        }
        seeds->append({o.value(QStringLiteral("sku")).toString(), int(stock),
                       qint64(o.value(QStringLiteral("item_id")).toDouble(0))});
    }
    return true;
}

bool portOption(const Parser &p, const QString &name, quint16 *port)
{
    if (!p.isSet(name))
        return true;
    qint64 v = 0;
    if (!p.intValue(name, &v))
        return false;
    if (v < 1 || v > 65535) {
        badInput(tr("--%1 must be a port from 1 to 65535.").arg(name));
        return false;
    }
    *port = quint16(v);
    return true;
}

int run(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox run [--listen 127.0.0.1:0] [--seed n] [--state file] [--opn-webhook URL] "
                            "[--gbp-notify URL] [--auto-settle-ms N] [--expire-ms N] [--listings file.json] [--from-shop [--db conninfo]] "
                            "[--shopee-port N] "
                            "[--lazada-port N] [--json]"),
             tr("Runs two fake payment gateways (opn: Opn/Omise-shaped; gbp: GB Prime Pay-shaped) and two marketplace "
                "stand-ins (shopee: Shopee Open Platform v2-shaped; lazada: Lazada Open Platform-shaped), each on its own "
                "port, and a control API on another, until Ctrl+C (`backroom sandbox` alone does the same). Prints one "
                "line per gateway and marketplace with its base URL and keys, and the control URL. With a port N in "
                "--listen: opn N, gbp N+1, control N+2, shopee N+3, lazada N+4. See docs/sandbox.md and "
                "docs/marketplaces.md."));
    p.addOption(QStringLiteral("listen"), tr("Address and first port (default 127.0.0.1:0 = any free ports)."),
                QStringLiteral("host:port"));
    p.addOption(QStringLiteral("seed"), tr("Seed of the fault dice (default 0); gbp uses seed + 1."), QStringLiteral("n"));
    p.addOption(QStringLiteral("state"), tr("Keep the charge record in this JSON file (read at start)."), QStringLiteral("file"));
    p.addOption(QStringLiteral("opn-webhook"), tr("Where opn POSTs its signed webhooks."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("gbp-notify"), tr("Where gbp POSTs background notifications by default."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("auto-settle-ms"), tr("Pending QR/wallet payments succeed by themselves after N ms."),
                QStringLiteral("N"));
    p.addOption(QStringLiteral("expire-ms"), tr("Pending payments expire after N ms (default 900000)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("listings"), tr("List these products on both marketplaces at start: a JSON array of "
                                               "{\"sku\", \"stock\", \"item_id\" (optional)}."), QStringLiteral("file"));
    p.addOption(QStringLiteral("from-shop"), tr("List every product of the shop (--db or BACKROOM_DB) on both marketplaces "
                                                "with the stock it has available now."));
    p.addOption(QStringLiteral("shopee-port"), tr("The Shopee stand-in's port (default: from --listen)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("lazada-port"), tr("The Lazada stand-in's port (default: from --listen)."), QStringLiteral("N"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;

    Sandbox::Options o;
    const QString listen = p.isSet(QStringLiteral("listen")) ? p.value(QStringLiteral("listen")) : QStringLiteral("127.0.0.1:0");
    // The two gateways, the control API and the two marketplaces take five ports from the first one on.
    if (!parseListen(listen, &o.address, &o.firstPort) || o.firstPort > 65531)
        return badInput(tr("--listen wants host:port with a port up to 65531, e.g. 127.0.0.1:0 (got '%1').").arg(listen));
    if (!listingsOption(p, &o.listings) || !portOption(p, QStringLiteral("shopee-port"), &o.shopeePort)
        || !portOption(p, QStringLiteral("lazada-port"), &o.lazadaPort))
        return BadInput;
    if (p.isSet(QStringLiteral("from-shop"))) {
        auto db = connect(p);
        if (!db)
            return p.failCode();
        auto seeds = sandbox::listingSeedsFromShop(*db);
        if (!seeds)
            return fail(p, seeds.error());
        o.listings += *seeds;
    }
    if (p.isSet(QStringLiteral("seed"))) {
        qint64 seed = 0;
        if (!p.intValue(QStringLiteral("seed"), &seed))
            return BadInput;
        o.seed = quint64(seed);
    }
    o.stateFile = p.value(QStringLiteral("state"));
    std::optional<std::chrono::milliseconds> settle, expire;
    if (!urlOption(p, QStringLiteral("opn-webhook"), &o.opn.webhookUrl)
        || !urlOption(p, QStringLiteral("gbp-notify"), &o.gbp.notifyUrl)
        || !msOption(p, QStringLiteral("auto-settle-ms"), &settle) || !msOption(p, QStringLiteral("expire-ms"), &expire))
        return BadInput;
    o.opn.autoSettleAfter = o.gbp.autoSettleAfter = settle;
    if (expire)
        o.opn.sourceExpiry = o.gbp.paymentExpiry = *expire;

    Sandbox box(o);
    if (auto started = box.start(); !started)
        return fail(p, started.error());
    if (!o.address.isLoopback())
        err() << "backroom sandbox: " << tr("warning: listening on %1, not loopback; its control API has no password.")
                                             .arg(o.address.toString())
              << "\n";
    printStarted(box, o, p.json());
    quitOnSignals();
    return QCoreApplication::exec();
}

// ---- talking to a running sandbox -------------------------------------------------------------------

void addControlOption(Parser &p)
{
    p.addOption(QStringLiteral("control"),
                tr("The running sandbox's control URL (default: $BACKROOM_SANDBOX_CONTROL)."), QStringLiteral("URL"));
}

std::optional<QUrl> controlUrl(const Parser &p)
{
    const QString text = p.isSet(QStringLiteral("control")) ? p.value(QStringLiteral("control"))
                                                            : qEnvironmentVariable("BACKROOM_SANDBOX_CONTROL");
    if (text.isEmpty()) {
        badInput(tr("Which sandbox? Pass --control URL (printed by `backroom sandbox`) or set BACKROOM_SANDBOX_CONTROL."));
        return std::nullopt;
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http")) {
        badInput(tr("--control must be the http URL `backroom sandbox` printed (got '%1').").arg(text));
        return std::nullopt;
    }
    if (!url.path().endsWith(QLatin1String("/control")))
        url.setPath(url.path() + QStringLiteral("/control"));
    return url;
}

// One call to the control API; the reply's JSON, or an Error whose kind matches the HTTP status.
Result<QJsonObject> callControl(const QUrl &control, const QString &method, const QString &path, const QJsonObject &body = {})
{
    QUrl url = control;
    const int query = int(path.indexOf(QLatin1Char('?')));
    url.setPath(control.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == QLatin1String("POST")
                               ? network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                               : network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0)
        return Error::make(Error::Kind::Connection, tr("No sandbox answers at %1 (%2). Is `backroom sandbox` running?")
                                                        .arg(control.toString(), reply->errorString()));
    if (status >= 200 && status < 300)
        return json;
    const QString message = json.value(QStringLiteral("error")).toString(reply->errorString());
    const Error::Kind kind = status == 404 ? Error::Kind::NotFound
                             : status == 409 ? Error::Kind::Conflict
                             : status < 500  ? Error::Kind::BadInput
                                             : Error::Kind::Query;
    return Error::make(kind, message);
}

bool rateOption(const Parser &p, const QString &name, const QString &field, QJsonObject *changes)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        badInput(tr("--%1 must be a number from 0 to 1 (got '%2').").arg(name, p.value(name)));
        return false;
    }
    changes->insert(field, v);
    return true;
}

bool wholeOption(const Parser &p, const QString &name, const QString &field, QJsonObject *changes)
{
    if (!p.isSet(name))
        return true;
    qint64 v = 0;
    if (!p.intValue(name, &v))
        return false;
    if (v < 0) {
        badInput(tr("--%1 must not be negative.").arg(name));
        return false;
    }
    changes->insert(field, double(v));
    return true;
}

void printFaults(const QJsonObject &f)
{
    const QJsonObject c = f.value(QStringLiteral("counters")).toObject();
    const bool market = f.contains(QStringLiteral("marketplace"));
    out() << (market ? f.value(QStringLiteral("marketplace")) : f.value(QStringLiteral("gateway"))).toString()
          << ": error-rate " << f.value(QStringLiteral("error_rate")).toDouble()
          << ", latency " << f.value(QStringLiteral("latency_ms")).toInt() << " ms +- "
          << f.value(QStringLiteral("jitter_ms")).toInt() << ", hang " << (f.value(QStringLiteral("hang")).toBool() ? "on" : "off")
          << ", down " << (f.value(QStringLiteral("down")).toBool() ? "yes" : "no") << ", lose-replies "
          << f.value(QStringLiteral("lose_replies")).toDouble();
    if (market)
        out() << ", rate-limited " << f.value(QStringLiteral("rate_limited")).toDouble() << ", bad-json "
              << f.value(QStringLiteral("bad_json")).toDouble() << ", wrong-signature "
              << f.value(QStringLiteral("wrong_signature")).toDouble() << ", calls-per-second "
              << f.value(QStringLiteral("calls_per_second")).toInt();
    out() << "  (requests " << c.value(QStringLiteral("requests")).toInt()
          << ", injected errors " << c.value(QStringLiteral("injected_errors")).toInt() << ", held "
          << c.value(QStringLiteral("held")).toInt() << ", lost replies " << c.value(QStringLiteral("lost_replies")).toInt()
          << ")\n";
    out().flush();
}

int fault(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox fault <opn|gbp|shopee|lazada> [--error-rate 0.3] [--latency ms] [--jitter ms] "
                            "[--hang] [--down] [--up] [--lose-replies 0.5] [--rate-limited p] [--bad-json p] "
                            "[--wrong-signature p] [--calls-per-second N] [--seed n] [--reset] [--control URL] [--json]"),
             tr("Changes a running sandbox gateway's or marketplace's faults; options not given stay as they are. --reset "
                "clears all faults first (ends a hang, brings the port back up). With no option, shows the current faults. "
                "--rate-limited, --bad-json, --wrong-signature and --calls-per-second are for the marketplaces only."));
    p.addOption(QStringLiteral("error-rate"), tr("Share of requests answered 500/503 (0..1)."), QStringLiteral("p"));
    p.addOption(QStringLiteral("latency"), tr("Milliseconds added before every answer."), QStringLiteral("ms"));
    p.addOption(QStringLiteral("jitter"), tr("Plus or minus this many milliseconds around --latency."), QStringLiteral("ms"));
    p.addOption(QStringLiteral("hang"), tr("Accept connections and never answer, until --reset."));
    p.addOption(QStringLiteral("down"), tr("Close the gateway's port: connections are refused."));
    p.addOption(QStringLiteral("up"), tr("Open the port again after --down."));
    p.addOption(QStringLiteral("lose-replies"), tr("Share of POSTs carried out whose answer is dropped (0..1)."),
                QStringLiteral("p"));
    p.addOption(QStringLiteral("rate-limited"), tr("Marketplaces: share of calls answered 429 (0..1)."), QStringLiteral("p"));
    p.addOption(QStringLiteral("bad-json"), tr("Marketplaces: share of calls answered with broken JSON (0..1)."),
                QStringLiteral("p"));
    p.addOption(QStringLiteral("wrong-signature"), tr("Marketplaces: share of calls refused as wrongly signed (0..1)."),
                QStringLiteral("p"));
    p.addOption(QStringLiteral("calls-per-second"), tr("Marketplaces: the rate limit per shop (0 = none)."),
                QStringLiteral("N"));
    p.addOption(QStringLiteral("seed"), tr("Restart the gateway's fault dice from this seed."), QStringLiteral("n"));
    p.addOption(QStringLiteral("reset"), tr("Clear every fault before applying the others."));
    addControlOption(p);
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString gateway = p.positional().first();
    if (!Sandbox::gatewayNames().contains(gateway) && !Sandbox::marketplaceNames().contains(gateway))
        return badInput(tr("Unknown gateway '%1': the sandbox has opn, gbp, shopee and lazada.").arg(gateway));
    if (p.isSet(QStringLiteral("down")) && p.isSet(QStringLiteral("up")))
        return badInput(tr("--down and --up contradict each other; give one."));
    QJsonObject changes;
    if (p.isSet(QStringLiteral("reset")))
        changes.insert(QStringLiteral("reset"), true);
    if (p.isSet(QStringLiteral("hang")))
        changes.insert(QStringLiteral("hang"), true);
    if (p.isSet(QStringLiteral("down")) || p.isSet(QStringLiteral("up")))
        changes.insert(QStringLiteral("down"), p.isSet(QStringLiteral("down")));
    if (!rateOption(p, QStringLiteral("error-rate"), QStringLiteral("error_rate"), &changes)
        || !rateOption(p, QStringLiteral("lose-replies"), QStringLiteral("lose_replies"), &changes)
        || !wholeOption(p, QStringLiteral("latency"), QStringLiteral("latency_ms"), &changes)
        || !wholeOption(p, QStringLiteral("jitter"), QStringLiteral("jitter_ms"), &changes)
        || !rateOption(p, QStringLiteral("rate-limited"), QStringLiteral("rate_limited"), &changes)
        || !rateOption(p, QStringLiteral("bad-json"), QStringLiteral("bad_json"), &changes)
        || !rateOption(p, QStringLiteral("wrong-signature"), QStringLiteral("wrong_signature"), &changes)
        || !wholeOption(p, QStringLiteral("calls-per-second"), QStringLiteral("calls_per_second"), &changes)
        || !wholeOption(p, QStringLiteral("seed"), QStringLiteral("seed"), &changes))
        return BadInput;
    const auto control = controlUrl(p);
    if (!control)
        return BadInput;
    const QString path = QStringLiteral("/%1/faults").arg(gateway);
    auto reply = changes.isEmpty() ? callControl(*control, QStringLiteral("GET"), path)
                                   : callControl(*control, QStringLiteral("POST"), path, changes);
    if (!reply)
        return fail(p, reply.error());
    if (p.json())
        printJson(*reply);
    else
        printFaults(*reply);
    return Ok;
}

void printCharges(const QJsonObject &record)
{
    const QJsonArray charges = record.value(QStringLiteral("charges")).toArray();
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(QStringLiteral("gateway"), -7)
                 .arg(QStringLiteral("id"), -18)
                 .arg(QStringLiteral("status"), -10)
                 .arg(QStringLiteral("amount"), 12)
                 .arg(QStringLiteral("created"), -24)
                 .arg(QStringLiteral("idempotency key"));
    for (const auto &v : charges) {
        const QJsonObject c = v.toObject();
        const qint64 satang = qint64(c.value(QStringLiteral("amount_satang")).toDouble());
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(c.value(QStringLiteral("gateway")).toString(), -7)
                     .arg(c.value(QStringLiteral("id")).toString(), -18)
                     .arg(c.value(QStringLiteral("status")).toString(), -10)
                     .arg(QStringLiteral("%1.%2").arg(satang / 100).arg(satang % 100, 2, 10, QLatin1Char('0')), 12)
                     .arg(c.value(QStringLiteral("created")).toString(), -24)
                     .arg(c.value(QStringLiteral("idempotency_key")).toString());
    }
    const QJsonObject summary = record.value(QStringLiteral("summary")).toObject();
    out() << "\n" << charges.size() << " charges";
    for (const QString &gateway : Sandbox::gatewayNames()) {
        const QJsonObject g = summary.value(gateway).toObject();
        if (g.isEmpty())
            continue;
        QStringList parts;
        for (auto it = g.begin(); it != g.end(); ++it)
            if (it.key() != QLatin1String("total"))
                parts << QStringLiteral("%1 %2").arg(it.value().toObject().value(QStringLiteral("count")).toInt()).arg(it.key());
        out() << "; " << gateway << ": " << parts.join(QStringLiteral(", "));
    }
    out() << "\n";
    out().flush();
}

int charges(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox charges [--gateway opn|gbp] [--control URL] [--json]"),
             tr("Lists every charge a running sandbox made (its own record, the truth to check payments against), "
                "with a summary per gateway and status. Amounts in baht."));
    p.addOption(QStringLiteral("gateway"), tr("Only this gateway's charges."), QStringLiteral("name"));
    addControlOption(p);
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    const QString gateway = p.value(QStringLiteral("gateway"));
    if (!gateway.isEmpty() && !Sandbox::gatewayNames().contains(gateway))
        return badInput(tr("Unknown gateway '%1': the sandbox has opn and gbp.").arg(gateway));
    const auto control = controlUrl(p);
    if (!control)
        return BadInput;
    auto reply = callControl(*control, QStringLiteral("GET"),
                             gateway.isEmpty() ? QStringLiteral("/charges") : QStringLiteral("/charges?gateway=") + gateway);
    if (!reply)
        return fail(p, reply.error());
    if (p.json())
        printJson(*reply);
    else
        printCharges(*reply);
    return Ok;
}

int complete(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox complete <charge id> [--status successful|failed|expired|reversed] "
                            "[--control URL] [--json]"),
             tr("Settles a pending charge as the customer or the bank would (default: successful)."));
    p.addOption(QStringLiteral("status"), tr("successful, failed, expired or reversed."), QStringLiteral("status"));
    addControlOption(p);
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const auto control = controlUrl(p);
    if (!control)
        return BadInput;
    QJsonObject body;
    if (p.isSet(QStringLiteral("status")))
        body.insert(QStringLiteral("status"), p.value(QStringLiteral("status")));
    auto reply = callControl(*control, QStringLiteral("POST"),
                             QStringLiteral("/charges/%1/complete").arg(QString::fromLatin1(QUrl::toPercentEncoding(p.positional().first()))),
                             body);
    if (!reply)
        return fail(p, reply.error());
    if (p.json())
        printJson(*reply);
    else
        out() << reply->value(QStringLiteral("id")).toString() << " is now " << reply->value(QStringLiteral("status")).toString()
              << "\n";
    out().flush();
    return Ok;
}

// ---- the marketplaces ---------------------------------------------------------------------------------

bool marketplaceArgument(const Parser &p, QString *name)
{
    *name = p.positional().first();
    if (Sandbox::marketplaceNames().contains(*name))
        return true;
    badInput(tr("Unknown marketplace '%1': the sandbox has shopee and lazada.").arg(*name));
    return false;
}

int listings(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox listings <shopee|lazada> [--control URL] [--json]"),
             tr("Shows what each listing on a running marketplace stand-in shows buyers now, and how many stock "
                "updates it accepted."));
    addControlOption(p);
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    QString market;
    if (!marketplaceArgument(p, &market))
        return BadInput;
    const auto control = controlUrl(p);
    if (!control)
        return BadInput;
    auto reply = callControl(*control, QStringLiteral("GET"), QStringLiteral("/%1/listings").arg(market));
    if (!reply)
        return fail(p, reply.error());
    if (p.json()) {
        printJson(*reply);
        return Ok;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5\n").arg(QStringLiteral("sku"), -20).arg(QStringLiteral("item id"), 12)
                 .arg(QStringLiteral("stock"), 8).arg(QStringLiteral("updates"), 8).arg(QStringLiteral("updated"));
    for (const QJsonValue &v : reply->value(QStringLiteral("listings")).toArray()) {
        const QJsonObject l = v.toObject();
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(l.value(QStringLiteral("sku")).toString(), -20)
                     .arg(qint64(l.value(QStringLiteral("item_id")).toDouble()), 12)
                     .arg(l.value(QStringLiteral("stock")).toInt(), 8)
                     .arg(qint64(l.value(QStringLiteral("accepted_pushes")).toDouble()), 8)
                     .arg(l.value(QStringLiteral("updated_at")).toString());
    }
    out().flush();
    return Ok;
}

int order(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox order <shopee|lazada> SKU[:quantity]... [--control URL] [--json]"),
             tr("Places an order on a running marketplace stand-in as a buyer would (the listings' stock drops), for "
                "the sync engine to pull. Prints the order id."));
    addControlOption(p);
    if (!p.parse(args, 2, -1))
        return p.helpShown() ? Ok : BadInput;
    QString market;
    if (!marketplaceArgument(p, &market))
        return BadInput;
    QJsonArray items;
    for (const QString &arg : p.positional().mid(1)) {
        const int colon = int(arg.lastIndexOf(QLatin1Char(':')));
        bool ok = true;
        const int quantity = colon < 0 ? 1 : arg.mid(colon + 1).toInt(&ok);
        if (!ok || quantity < 1)
            return badInput(tr("Give each item as SKU or SKU:quantity with a quantity of 1 or more (got '%1').").arg(arg));
        items.append(QJsonObject{{QStringLiteral("sku"), colon < 0 ? arg : arg.left(colon)},
                                 {QStringLiteral("quantity"), quantity}});
    }
    const auto control = controlUrl(p);
    if (!control)
        return BadInput;
    auto reply = callControl(*control, QStringLiteral("POST"), QStringLiteral("/%1/orders").arg(market),
                             QJsonObject{{QStringLiteral("items"), items}});
    if (!reply)
        return fail(p, reply.error());
    if (p.json())
        printJson(*reply);
    else
        out() << market << " order " << reply->value(QStringLiteral("id")).toString() << " placed ("
              << reply->value(QStringLiteral("status")).toString() << ")\n";
    out().flush();
    return Ok;
}

int calls(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox calls <shopee|lazada> [--since seq] [--control URL] [--json]"),
             tr("Lists the calls a running marketplace stand-in received: time, path, values pushed, and whether it "
                "accepted them or the error code it answered."));
    p.addOption(QStringLiteral("since"), tr("Only calls after this sequence number."), QStringLiteral("seq"));
    addControlOption(p);
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    QString market;
    if (!marketplaceArgument(p, &market))
        return BadInput;
    qint64 since = 0;
    if (p.isSet(QStringLiteral("since")) && !p.intValue(QStringLiteral("since"), &since))
        return BadInput;
    const auto control = controlUrl(p);
    if (!control)
        return BadInput;
    auto reply = callControl(*control, QStringLiteral("GET"), QStringLiteral("/%1/calls?since=%2").arg(market).arg(since));
    if (!reply)
        return fail(p, reply.error());
    if (p.json()) {
        printJson(*reply);
        return Ok;
    }
    for (const QJsonValue &v : reply->value(QStringLiteral("calls")).toArray()) {
        const QJsonObject c = v.toObject();
        out() << c.value(QStringLiteral("seq")).toInt() << "  " << c.value(QStringLiteral("at")).toString() << "  "
              << c.value(QStringLiteral("method")).toString() << " " << c.value(QStringLiteral("path")).toString() << "  "
              << c.value(QStringLiteral("outcome")).toString();
        if (c.value(QStringLiteral("pushed")).isArray())
            out() << "  " << QJsonDocument(c.value(QStringLiteral("pushed")).toArray()).toJson(QJsonDocument::Compact);
        out() << "\n";
    }
    out().flush();
    return Ok;
}

int sandboxCommand(const QStringList &args)
{
    // No subcommand, or options straight away: run the sandbox.
    if (args.isEmpty() || (args.first().startsWith(QLatin1Char('-')) && args.first() != QLatin1String("--help")
                           && args.first() != QLatin1String("-h")))
        return run(args);
    return dispatch(QStringLiteral("sandbox"),
                    {{QStringLiteral("run"), tr("run the fake gateways until Ctrl+C (the default)"), run},
                     {QStringLiteral("fault"), tr("switch a running gateway's faults (error rate, latency, hang, down, lost replies)"), fault},
                     {QStringLiteral("charges"), tr("list a running sandbox's record of charges"), charges},
                     {QStringLiteral("complete"), tr("settle a pending charge as the customer would"), complete},
                     {QStringLiteral("listings"), tr("show what a marketplace stand-in's listings show now"), listings},
                     {QStringLiteral("order"), tr("place an order on a marketplace stand-in as a buyer would"), order},
                     {QStringLiteral("calls"), tr("list the calls a marketplace stand-in received"), calls}},
                    args);
}

const bool registered = registerCommand(QStringLiteral("sandbox"),
                                        QStringLiteral("run fake payment gateways and marketplaces with switchable faults (for tests, demos, drills)"),
                                        sandboxCommand);

} // namespace
} // namespace backroom::cli
