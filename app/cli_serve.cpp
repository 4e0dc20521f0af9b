// `backroom serve`: the headless store API (JSON over HTTP) on this machine.
#include "cli.h"
#include "channelsync.h"

#include "channels/syncworker.h"
#include "net/httpclient.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "qrimage.h"
#include "resilience/healthreporting.h"
#include "resilience/healthpublisher.h"
#include "resilience/healthregistry.h"
#include "store/storeserver.h"

#include <QCoreApplication>
#include <QTimer>

namespace backroom::cli {
namespace {

bool positiveOption(const Parser &p, const QString &name, int fallback, int *value)
{
    *value = fallback;
    if (!p.isSet(name))
        return true;
    qint64 v = 0;
    if (!p.intValue(name, &v))
        return false;
    if (v < 1 || v > 256) {
        err() << "backroom serve: --" << name << " must be between 1 and 256.\n";
        err().flush();
        return false;
    }
    *value = int(v);
    return true;
}


// Connection limits, caching and poolers (docs/store-api.md#hardened-http):
// --idle-timeout / --header-timeout (seconds), --max-connections, --max-header-bytes, --cache-max-age
// (seconds), --busy-delay (ms), --browse-while-buying N, --pooler session|transaction,
// --session-database CONNINFO.
void addHardeningOptions(Parser &p)
{
    p.addOption(QStringLiteral("idle-timeout"),
                QStringLiteral("Close a client connection idle this long between requests (default 30 s)."), QStringLiteral("s"));
    p.addOption(QStringLiteral("header-timeout"),
                QStringLiteral("A request must arrive in full within this long of its first byte, else 408 (default 10 s)."),
                QStringLiteral("s"));
    p.addOption(QStringLiteral("max-connections"),
                QStringLiteral("Open client connections; one more gets 503 and is closed (default 512)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("max-header-bytes"),
                QStringLiteral("Request line + headers larger than this get 431 (default 16384)."), QStringLiteral("bytes"));
    p.addOption(QStringLiteral("cache-max-age"),
                QStringLiteral("Cache-Control max-age of catalogue answers (default 5 s; 0 = revalidate each time)."),
                QStringLiteral("s"));
    p.addOption(QStringLiteral("busy-delay"),
                QStringLiteral("Hold a browse 503 (bulkhead full) this long before sending it (default 250 ms)."),
                QStringLiteral("ms"));
    p.addOption(QStringLiteral("browse-while-buying"),
                QStringLiteral("Browse connections that may query while orders are being placed (default half the "
                               "browse pool; 0 = no limit)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("pooler"),
                QStringLiteral("How --db is pooled: session (default, or none) or transaction (PgBouncer pool_mode=transaction: "
                               "no prepared statements are kept)."), QStringLiteral("mode"));
    p.addOption(QStringLiteral("session-database"),
                QStringLiteral("Direct connection (not through a transaction pooler) for LISTEN: channel sync and health "
                               "actions (default: --db)."), QStringLiteral("conninfo"));
}

bool boundedOption(const Parser &p, const QString &name, qint64 low, qint64 high, qint64 *value)
{
    if (!p.isSet(name))
        return true;
    if (!p.intValue(name, value))
        return false;
    if (*value < low || *value > high) {
        err() << "backroom serve: --" << name << " must be between " << low << " and " << high << ".\n";
        err().flush();
        return false;
    }
    return true;
}

// Reads the options above into options; false (after saying why) on a bad value.
bool readHardeningOptions(const Parser &p, store::StoreServer::Options *options, QString *sessionConninfo)
{
    auto &limits = options->connectionLimits;
    qint64 idle = limits.idleTimeout.count() / 1000, header = limits.headerTimeout.count() / 1000;
    qint64 maxConnections = limits.maxConnections, headerBytes = limits.maxHeaderBytes;
    qint64 maxAge = options->cacheMaxAgeSeconds, busyDelay = options->busyAnswerDelayMs;
    qint64 whileBuying = options->browseConnectionsWhileBuying;
    if (!boundedOption(p, QStringLiteral("idle-timeout"), 1, 3600, &idle)
        || !boundedOption(p, QStringLiteral("header-timeout"), 1, 600, &header)
        || !boundedOption(p, QStringLiteral("max-connections"), 1, 100000, &maxConnections)
        || !boundedOption(p, QStringLiteral("max-header-bytes"), 1024, 1024 * 1024, &headerBytes)
        || !boundedOption(p, QStringLiteral("cache-max-age"), 0, 86400, &maxAge)
        || !boundedOption(p, QStringLiteral("busy-delay"), 0, 10000, &busyDelay)
        || !boundedOption(p, QStringLiteral("browse-while-buying"), 0, 256, &whileBuying))
        return false;
    limits.idleTimeout = std::chrono::seconds(idle);
    limits.headerTimeout = std::chrono::seconds(header);
    limits.maxConnections = int(maxConnections);
    limits.maxHeaderBytes = int(headerBytes);
    options->cacheMaxAgeSeconds = int(maxAge);
    options->busyAnswerDelayMs = int(busyDelay);
    options->browseConnectionsWhileBuying = int(whileBuying);

    const QString pooler = p.isSet(QStringLiteral("pooler")) ? p.value(QStringLiteral("pooler")) : QStringLiteral("session");
    if (pooler != QLatin1String("session") && pooler != QLatin1String("none") && pooler != QLatin1String("transaction")) {
        err() << "backroom serve: --pooler must be session, none or transaction (got '" << pooler << "').\n";
        err().flush();
        return false;
    }
    // A transaction-mode pooler hands each transaction to any server connection: statements prepared on
    // one are not there on the next (docs/store-api.md, "Behind PgBouncer").
    if (pooler == QLatin1String("transaction"))
        db::Connection::setStatementCachingDefault(false);
    *sessionConninfo = p.isSet(QStringLiteral("session-database")) ? p.value(QStringLiteral("session-database")) : QString();
    if (!sessionConninfo->isEmpty()) {
        if (auto valid = db::Connection::validateConnInfo(*sessionConninfo); !valid) {
            err() << "backroom serve: --session-database: " << valid.error().message << "\n";
            err().flush();
            return false;
        }
    }
    return true;
}

// Payments from --payments-config, overridden by --opn-url / --gbp-url / --promptpay-id / --public-url.
// Secrets come from the credential store only (docs/payments.md).
std::optional<payments::PaymentsConfig> paymentsConfig(const Parser &p)
{
    payments::PaymentsConfig config;
    if (p.isSet(QStringLiteral("payments-config"))) {
        auto read = payments::readPaymentsConfig(p.value(QStringLiteral("payments-config")));
        if (!read) {
            fail(p, read.error());
            return std::nullopt;
        }
        config = *read;
    }
    if (p.isSet(QStringLiteral("opn-url")))
        config.opnUrl = QUrl(p.value(QStringLiteral("opn-url")));
    if (p.isSet(QStringLiteral("gbp-url")))
        config.gbpUrl = QUrl(p.value(QStringLiteral("gbp-url")));
    if (p.isSet(QStringLiteral("promptpay-id")))
        config.promptPayId = p.value(QStringLiteral("promptpay-id"));
    if (p.isSet(QStringLiteral("public-url")))
        config.webhookBaseUrl = QUrl(p.value(QStringLiteral("public-url")));
    return config;
}

int serve(const QStringList &args)
{
    Parser p(QStringLiteral("backroom serve [--listen 127.0.0.1:8080] [--db conninfo] [--browse-pool N] "
                            "[--checkout-pool N] [--browse-limit N] [--checkout-limit N] [--payments-config file] "
                            "[--opn-url URL] [--gbp-url URL] [--promptpay-id ID] [--public-url URL] [--no-channels] "
                            "[--channel-push-listen host:port] [--channel-push-url URL] "
                            "[--idle-timeout s] [--header-timeout s] [--max-connections N] [--max-header-bytes N] "
                            "[--cache-max-age s] [--busy-delay ms] [--browse-while-buying N] [--pooler session|transaction] "
                            "[--session-database conninfo]"));
    addHardeningOptions(p);
    p.addOption(QStringLiteral("listen"), QStringLiteral("Address and port to listen on (default 127.0.0.1:8080)."),
                QStringLiteral("host:port"));
    p.addOption(QStringLiteral("browse-pool"), QStringLiteral("Database connections for catalog and search (default 4)."),
                QStringLiteral("N"));
    p.addOption(QStringLiteral("checkout-pool"), QStringLiteral("Database connections for orders (default 4)."),
                QStringLiteral("N"));
    p.addOption(QStringLiteral("browse-limit"),
                QStringLiteral("Browse requests running or queued before 503 (default 8 x browse-pool)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("checkout-limit"),
                QStringLiteral("Order requests running or queued before 503 (default 8 x checkout-pool)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("payments-config"), QStringLiteral("Payments set-up (JSON; docs/payments.md)."),
                QStringLiteral("file"));
    p.addOption(QStringLiteral("opn-url"), QStringLiteral("Base URL of the opn gateway (e.g. the sandbox's)."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("gbp-url"), QStringLiteral("Base URL of the gbp gateway."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("promptpay-id"), QStringLiteral("The shop's PromptPay ID for QR payloads."), QStringLiteral("ID"));
    p.addOption(QStringLiteral("public-url"), QStringLiteral("This server's URL as gateways reach it (webhooks)."),
                QStringLiteral("URL"));
    p.addOption(QStringLiteral("no-channels"),
                QStringLiteral("Do not run the marketplace stock sync here (another `serve` does; docs/channels.md)."));
    p.addOption(QStringLiteral("channel-push-listen"),
                QStringLiteral("Receive Shopee's order pushes at http://host:port/shopee/push (docs/channels.md)."),
                QStringLiteral("host:port"));
    p.addOption(QStringLiteral("channel-push-url"),
                QStringLiteral("The public URL given to Shopee, without /shopee/push (the push signature covers it)."),
                QStringLiteral("URL"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    const auto payConfig = paymentsConfig(p);
    if (!payConfig)
        return p.failCode();

    QHostAddress address;
    quint16 port = 0;
    const QString listen = p.isSet(QStringLiteral("listen")) ? p.value(QStringLiteral("listen")) : QStringLiteral("127.0.0.1:8080");
    if (!parseListen(listen, &address, &port)) {
        err() << "backroom serve: --listen wants host:port, e.g. 127.0.0.1:8080 (got '" << listen << "').\n";
        err().flush();
        return BadInput;
    }
    store::StoreServer::Options options;
    if (!positiveOption(p, QStringLiteral("browse-pool"), 4, &options.browseConnections)
        || !positiveOption(p, QStringLiteral("checkout-pool"), 4, &options.checkoutConnections)
        || !positiveOption(p, QStringLiteral("browse-limit"), 8 * options.browseConnections, &options.browseMaxConcurrent)
        || !positiveOption(p, QStringLiteral("checkout-limit"), 8 * options.checkoutConnections,
                           &options.checkoutMaxConcurrent))
        return BadInput;
    QString sessionConninfo;
    if (!readHardeningOptions(p, &options, &sessionConninfo))
        return BadInput;

    // Fail at start, not on the first request, if the database is unreachable or its schema is old.
    auto check = connect(p);
    if (!check)
        return p.failCode();
    check.reset();

    options.conninfo = p.conninfo();
    // LISTEN needs a session of its own: through a transaction pooler, use --session-database.
    const QString listenConninfo = sessionConninfo.isEmpty() ? options.conninfo : sessionConninfo;
    options.version = QCoreApplication::applicationVersion();
    options.promptPayId = payConfig->promptPayId;
    options.renderQrPng = [](const QString &payload) { return image::qrPngForPayload(payload); };
    // The registry outlives the server (whose parts it lists); the publisher goes first (it reads them).
    resilience::HealthRegistry health;
    store::StoreServer server(options);
    auto bound = server.listen(address, port);
    if (!bound)
        return fail(p, bound.error());
    server.publishHealthTo(health);
    // Payments: the router lives on this thread with the HTTP client; its ledger runs on the server's pool.
    net::HttpClient http;
    payments::PaymentRouter::Options routing;
    routing.routes = payConfig->routes;
    payments::PaymentRouter router(routing, server.paymentLedger());
    QTimer reconcileTimer;
    if (payConfig->enabled()) {
        auto added = payments::addConfiguredGateways(router, *payConfig, http, payments::credentialStoreSecrets());
        if (!added)
            return fail(p, added.error());
        router.publishHealthTo(health);
        server.setPaymentRouter(&router);
        QObject::connect(&reconcileTimer, &QTimer::timeout, &router, [&router] {
            router.reconcile([](const payments::ReconcileReport &r) {
                if (r.settled + r.reversed > 0 || !r.errors.isEmpty())
                    err() << "backroom serve: reconcile: " << r.settled << " settled, " << r.reversed << " reversed, "
                          << r.stillUnknown << " still unknown" << (r.errors.isEmpty() ? QString() : QStringLiteral("; ") + r.errors.join(QStringLiteral("; "))) << "\n";
            });
        });
        reconcileTimer.start(payConfig->reconcileSeconds * 1000);
        out() << "backroom serve: payments through " << router.gatewaysFor(payments::PaymentMethod::PromptPay).join(QStringLiteral(", "))
              << " (reconcile every " << payConfig->reconcileSeconds << " s)\n";
    }
    // Marketplace stock sync and order intake (docs/channels.md): settings in the channel table,
    // secrets in the credential store.
    std::unique_ptr<ChannelSync> channelSync;
    if (!p.isSet(QStringLiteral("no-channels"))) {
        channels::SyncWorker::Options sync;
        sync.conninfo = listenConninfo;
        channelSync = std::make_unique<ChannelSync>(sync, http, health, QStringLiteral("backroom serve: "));
        out() << "backroom serve: channel sync on (backroom channels status)\n";
        if (p.isSet(QStringLiteral("channel-push-listen"))) {
            QHostAddress pushAddress;
            quint16 pushPort = 0;
            if (!parseListen(p.value(QStringLiteral("channel-push-listen")), &pushAddress, &pushPort)) {
                err() << "backroom serve: --channel-push-listen wants host:port, e.g. 127.0.0.1:8091.\n";
                return BadInput;
            }
            auto pushes = channelSync->listenForPushes(pushAddress, pushPort, p.value(QStringLiteral("channel-push-url")));
            if (!pushes)
                return fail(p, pushes.error());
            out() << "backroom serve: marketplace pushes on port " << *pushes << " (POST /shopee/push)\n";
        }
    }
    // Publishes the registry and applies the health screen's operator actions to the gateways' breakers.
    // Declared after the router and the channel sync: it stops applying actions before the breakers go.
    resilience::HealthReporting reporting(health, listenConninfo, options.version);
    payments::registerGatewayBreakers(reporting, router);
    if (channelSync)
        for (const QString &channel : channelSync->worker().channelNames())
            reporting.registerBreaker(QStringLiteral("breaker:") + channel, channelSync->worker().breaker(channel));
    if (!address.isLoopback())
        err() << "backroom serve: warning: listening on " << address.toString()
              << ", not loopback; put TLS and a firewall in front of it.\n";
    out() << "backroom serve: store API on http://" << (address.protocol() == QAbstractSocket::IPv6Protocol
                                                            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                            : address.toString())
          << ":" << *bound << " (browse pool " << options.browseConnections << "/" << options.browseMaxConcurrent
          << ", checkout pool " << options.checkoutConnections << "/" << options.checkoutMaxConcurrent << ")\n";
    out().flush();
    quitOnSignals();
    return QCoreApplication::exec();
}

const bool registered = registerCommand(QStringLiteral("serve"),
                                        QStringLiteral("run the store API (catalog, search, checkout) over HTTP"), serve);

} // namespace
} // namespace backroom::cli
