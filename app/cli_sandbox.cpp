// `backroom sandbox`: local stand-ins for two payment gateways (Opn-shaped and GBP-shaped) with switchable
// faults, and the commands that steer a running one over its control API (fault, charges, complete).
#include "cli.h"

#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QEventLoop>
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
                                                {QStringLiteral("secret_key"), o.gbp.secretKey}}}};
        out() << QJsonDocument(info).toJson(QJsonDocument::Compact) << "\n";
    } else {
        out() << "opn  " << box.baseUrl(QStringLiteral("opn")).toString() << "  control " << control
              << "  secret key " << o.opn.secretKey << ", public key " << o.opn.publicKey << ", webhook secret "
              << o.opn.webhookSecret << "\n";
        out() << "gbp  " << box.baseUrl(QStringLiteral("gbp")).toString() << "  control " << control << "  token "
              << o.gbp.token << ", secret key " << o.gbp.secretKey << "\n";
    }
    out().flush();
}

int run(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox run [--listen 127.0.0.1:0] [--seed n] [--state file] [--opn-webhook URL] "
                            "[--gbp-notify URL] [--auto-settle-ms N] [--expire-ms N] [--json]"),
             tr("Runs two fake payment gateways (opn: Opn/Omise-shaped; gbp: GB Prime Pay-shaped), each on its own "
                "port, and a control API on a third, until Ctrl+C (`backroom sandbox` alone does the same). Prints one line per gateway with its base URL and "
                "the control URL. With a port N in --listen: opn N, gbp N+1, control N+2. See docs/sandbox.md."));
    p.addOption(QStringLiteral("listen"), tr("Address and first port (default 127.0.0.1:0 = any free ports)."),
                QStringLiteral("host:port"));
    p.addOption(QStringLiteral("seed"), tr("Seed of the fault dice (default 0); gbp uses seed + 1."), QStringLiteral("n"));
    p.addOption(QStringLiteral("state"), tr("Keep the charge record in this JSON file (read at start)."), QStringLiteral("file"));
    p.addOption(QStringLiteral("opn-webhook"), tr("Where opn POSTs its signed webhooks."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("gbp-notify"), tr("Where gbp POSTs background notifications by default."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("auto-settle-ms"), tr("Pending QR/wallet payments succeed by themselves after N ms."),
                QStringLiteral("N"));
    p.addOption(QStringLiteral("expire-ms"), tr("Pending payments expire after N ms (default 900000)."), QStringLiteral("N"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;

    Sandbox::Options o;
    const QString listen = p.isSet(QStringLiteral("listen")) ? p.value(QStringLiteral("listen")) : QStringLiteral("127.0.0.1:0");
    // The control API and the two gateways take three ports from the first one on.
    if (!parseListen(listen, &o.address, &o.firstPort) || o.firstPort > 65533)
        return badInput(tr("--listen wants host:port with a port up to 65533, e.g. 127.0.0.1:0 (got '%1').").arg(listen));
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
    out() << f.value(QStringLiteral("gateway")).toString() << ": error-rate " << f.value(QStringLiteral("error_rate")).toDouble()
          << ", latency " << f.value(QStringLiteral("latency_ms")).toInt() << " ms +- "
          << f.value(QStringLiteral("jitter_ms")).toInt() << ", hang " << (f.value(QStringLiteral("hang")).toBool() ? "on" : "off")
          << ", down " << (f.value(QStringLiteral("down")).toBool() ? "yes" : "no") << ", lose-replies "
          << f.value(QStringLiteral("lose_replies")).toDouble() << "  (requests " << c.value(QStringLiteral("requests")).toInt()
          << ", injected errors " << c.value(QStringLiteral("injected_errors")).toInt() << ", held "
          << c.value(QStringLiteral("held")).toInt() << ", lost replies " << c.value(QStringLiteral("lost_replies")).toInt()
          << ")\n";
    out().flush();
}

int fault(const QStringList &args)
{
    Parser p(QStringLiteral("backroom sandbox fault <opn|gbp> [--error-rate 0.3] [--latency ms] [--jitter ms] [--hang] "
                            "[--down] [--up] [--lose-replies 0.5] [--seed n] [--reset] [--control URL] [--json]"),
             tr("Changes a running sandbox gateway's faults; options not given stay as they are. --reset clears all "
                "faults first (ends a hang, brings the gateway back up). With no option, shows the current faults."));
    p.addOption(QStringLiteral("error-rate"), tr("Share of requests answered 500/503 (0..1)."), QStringLiteral("p"));
    p.addOption(QStringLiteral("latency"), tr("Milliseconds added before every answer."), QStringLiteral("ms"));
    p.addOption(QStringLiteral("jitter"), tr("Plus or minus this many milliseconds around --latency."), QStringLiteral("ms"));
    p.addOption(QStringLiteral("hang"), tr("Accept connections and never answer, until --reset."));
    p.addOption(QStringLiteral("down"), tr("Close the gateway's port: connections are refused."));
    p.addOption(QStringLiteral("up"), tr("Open the port again after --down."));
    p.addOption(QStringLiteral("lose-replies"), tr("Share of POSTs carried out whose answer is dropped (0..1)."),
                QStringLiteral("p"));
    p.addOption(QStringLiteral("seed"), tr("Restart the gateway's fault dice from this seed."), QStringLiteral("n"));
    p.addOption(QStringLiteral("reset"), tr("Clear every fault before applying the others."));
    addControlOption(p);
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString gateway = p.positional().first();
    if (!Sandbox::gatewayNames().contains(gateway))
        return badInput(tr("Unknown gateway '%1': the sandbox has opn and gbp.").arg(gateway));
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
                     {QStringLiteral("complete"), tr("settle a pending charge as the customer would"), complete}},
                    args);
}

const bool registered = registerCommand(QStringLiteral("sandbox"),
                                        QStringLiteral("run fake payment gateways with switchable faults (for tests, demos, drills)"),
                                        sandboxCommand);

} // namespace
} // namespace backroom::cli
