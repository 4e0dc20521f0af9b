// `backroom demo` (embedded PostgreSQL + demo shop + GUI) and `backroom gui` (GUI on a given database).
#include "channelsync.h"
#include "cli.h"
#include "demoguard.h"

#include "channels/channelcredentials.h"
#include "db/connection.h"
#include "db/embeddedcluster.h"
#include "db/migrations.h"
#include "inventory/demoseed.h"
#include "appsettings.h"
#include "connect/connectdialog.h"
#include "db/connectionprofile.h"
#include "mainwindow.h"
#include "net/httpclient.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "qrimage.h"
#include "sandbox/sandbox.h"
#include "sandbox/shoplistings.h"
#include "resilience/healthreporting.h"
#include "store/storeserver.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

namespace backroom::cli {
namespace {

// QApplication wants argc/argv that outlive it.
int g_argc = 1;
char g_argv0[] = "backroom";
char *g_argv[] = {g_argv0, nullptr};

// Without a display Qt's platform plugin aborts the process with a message about plugins. Say instead
// what to do, before anything starts. (X11/Wayland systems only; macOS and Windows always have one.)
bool displayMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

int failWithoutDisplay(const Parser &p, const QString &instead)
{
    return fail(p, Error::make(Error::Kind::Connection,
                               QStringLiteral("No display found (DISPLAY and WAYLAND_DISPLAY are not set): the window "
                                              "needs X11 or Wayland. %1").arg(instead)));
}


// The language chosen in Settings (the system's by default).
void installTranslations(QApplication &app)
{
    ui::installTranslations(app, ui::AppSettings().language());
}

// Opens the database, brings the schema up to date and seeds the demo shop if it is empty. True when
// this process started the server (and stops it when it ends), false when it shares the server
// another running demo started.
Result<bool> prepareDemoDatabase(db::EmbeddedCluster &cluster, DemoGuard &guard, int products,
                                 const std::function<void(QString)> &say)
{
    // The first demo on a cluster owns its server; a second one running at the same time shares it
    // (and leaves it running) instead of restarting it under the first one's feet.
    const QString root = QFileInfo(cluster.dataDir()).path();
    QDir().mkpath(root);
    static QLockFile owner(root + QStringLiteral("/demo.lock"));
    owner.setStaleLockTime(0);   // a crashed owner's lock is stale at once (its pid is gone)
    const bool owns = owner.tryLock(0);
    if (owns) {
        // The guard first, so that even a demo killed while the server starts leaves no server behind.
        if (auto g = guard.spawn(root); !g)
            say(QStringLiteral("Warning: %1 If the demo is killed, stop its server with: pg_ctl -D %2 stop")
                    .arg(g.error().message, cluster.dataDir()));
        say(QStringLiteral("Starting the embedded PostgreSQL in %1 ...").arg(cluster.dataDir()));
        if (auto s = cluster.start(); !s)
            return s.error();
        guard.watch(DemoGuard::postmasterPid(cluster.dataDir()));
    } else {
        auto attached = cluster.attachIfRunning();
        if (!attached)
            return attached.error();
        if (!*attached)
            return Error::make(Error::Kind::Connection,
                               QStringLiteral("Another Backroom demo is starting the database in %1; try again in a "
                                              "moment.").arg(cluster.dataDir()));
        say(QStringLiteral("Using the embedded PostgreSQL another Backroom demo runs in %1").arg(cluster.dataDir()));
    }
    if (auto s = cluster.ensureDatabase(QStringLiteral("backroom")); !s)
        return s.error();
    auto conn = db::Connection::open(cluster.connInfo());
    if (!conn)
        return conn.error();
    say(QStringLiteral("Applying migrations ..."));
    db::Migrator migrator(**conn);
    if (auto m = migrator.migrate(); !m)
        return m.error();
    auto count = (*conn)->exec("SELECT count(*) FROM product");
    if (!count)
        return count.error();
    if (count->toInt64(0, 0) == 0) {
        say(QStringLiteral("Loading the demo shop (%1 products) ...").arg(products));
        inventory::SeedOptions options;
        options.products = products;
        if (auto r = inventory::seedDemo(**conn, options); !r)
            return r.error();
    }
    // Also on a cluster made before demo orders existed; adds nothing once they are there.
    auto orders = inventory::seedDemoOrders(**conn);
    if (!orders)
        return orders.error();
    if (*orders > 0)
        say(QStringLiteral("Added %1 demo orders (web, Shopee, Lazada; reserved, paid, cancelled, expired).").arg(*orders));
    return owns;
}

// `demo --setup-only`: everything but the window and the servers; says honestly what is left running.
int setupOnly(const Parser &p, db::EmbeddedCluster &cluster, DemoGuard &guard, int products,
              const std::function<void(QString)> &say)
{
    auto owns = prepareDemoDatabase(cluster, guard, products, say);
    if (!owns)
        return fail(p, owns.error());
    if (!*owns) {
        out() << "Demo database: " << cluster.connInfo() << "\n"
              << "(served by the Backroom demo already running; it works while that demo runs)\n";
        out().flush();
        return Ok;
    }
    if (auto s = cluster.stop(); !s)
        return fail(p, s.error());
    const QString dirOption = p.isSet(QStringLiteral("data-dir"))
                                  ? QStringLiteral(" --data-dir ") + p.value(QStringLiteral("data-dir")) : QString();
    out() << "The demo shop is ready in " << QFileInfo(cluster.dataDir()).path() << "; its PostgreSQL is stopped now.\n"
          << "Start it with `backroom demo --headless" << dirOption << "` (prints a connection string that works "
          << "while it runs) or open the window with `backroom demo" << dirOption << "`.\n";
    out().flush();
    return Ok;
}

QString storeApiLine(store::StoreServer &storeApi, quint16 *boundPort = nullptr)
{
    if (auto port = storeApi.listen(QHostAddress::LocalHost, 0)) {
        if (boundPort)
            *boundPort = *port;
        return QStringLiteral("Store API: http://127.0.0.1:%1/products").arg(*port);
    } else {
        return QStringLiteral("Store API not started: %1").arg(port.error().message);
    }
}

store::StoreServer::Options storeOptions(const db::EmbeddedCluster &cluster)
{
    store::StoreServer::Options options;
    options.conninfo = cluster.connInfo();
    options.version = QCoreApplication::applicationVersion();
    options.promptPayId = QStringLiteral("0812345678");   // a demo shop's PromptPay phone number
    options.renderQrPng = [](const QString &payload) { return image::qrPngForPayload(payload); };
    return options;
}

// The demo's payments: the sandbox's two gateways in this process (pending QR and wallet payments settle
// by themselves after 20 s), a router over them with the sandbox's published test keys, webhooks back to
// the store API, and a reconcile pass every 30 s. The same sandbox runs the Shopee and Lazada stand-ins,
// listing the demo shop's products (read once here, before the window shows). Declare it after the store
// API: it goes first.
class DemoPayments {
public:
    DemoPayments(store::StoreServer &storeApi, quint16 storePort, const QString &conninfo)
        : m_router(payments::PaymentRouter::Options{}, storeApi.paymentLedger())
    {
        sandbox::Sandbox::Options box;
        if (auto db = db::Connection::open(conninfo)) {
            if (auto seeds = sandbox::listingSeedsFromShop(**db))
                box.listings = *seeds;
        }
        box.opn.autoSettleAfter = std::chrono::seconds(20);
        box.gbp.autoSettleAfter = std::chrono::seconds(20);
        const QString store = QStringLiteral("http://127.0.0.1:%1").arg(storePort);
        box.opn.webhookUrl = QUrl(store + QStringLiteral("/webhooks/opn"));
        m_sandbox = std::make_unique<sandbox::Sandbox>(box);
        if (auto started = m_sandbox->start(); !started) {
            m_problem = started.error().message;
            return;
        }
        payments::PaymentsConfig config;
        config.opnUrl = m_sandbox->baseUrl(QStringLiteral("opn"));
        config.gbpUrl = m_sandbox->baseUrl(QStringLiteral("gbp"));
        config.webhookBaseUrl = QUrl(store);
        if (auto added = payments::addConfiguredGateways(m_router, config, m_http, payments::sandboxSecrets()); !added) {
            m_problem = added.error().message;
            return;
        }
        storeApi.setPaymentRouter(&m_router);
        m_storeApi = &storeApi;
        QObject::connect(&m_reconcile, &QTimer::timeout, &m_router,
                         [this] { m_router.reconcile([](const payments::ReconcileReport &) {}); });
        m_reconcile.start(30000);
    }
    ~DemoPayments()
    {
        if (m_storeApi)
            m_storeApi->setPaymentRouter(nullptr);
    }

    // The router, e.g. to publish its gateways' health: router().publishHealthTo(registry).
    payments::PaymentRouter &router() { return m_router; }
    // The sandbox with the marketplace stand-ins; null when it did not start.
    sandbox::Sandbox *sandbox() const { return m_problem.isEmpty() ? m_sandbox.get() : nullptr; }

    // One line per gateway and the control URL, or why payments are off.
    QString lines() const
    {
        if (!m_problem.isEmpty())
            return QStringLiteral("Payments sandbox not started: %1").arg(m_problem);
        return QStringLiteral("Payments sandbox: opn %1, gbp %2, control %3 (export BACKROOM_SANDBOX_CONTROL=%3)\n"
                              "Marketplace stand-ins: shopee %4, lazada %5 (%6 listings each; docs/marketplaces.md)")
            .arg(m_sandbox->baseUrl(QStringLiteral("opn")).toString(), m_sandbox->baseUrl(QStringLiteral("gbp")).toString(),
                 m_sandbox->controlUrl().toString(), m_sandbox->baseUrl(QStringLiteral("shopee")).toString(),
                 m_sandbox->baseUrl(QStringLiteral("lazada")).toString())
            .arg(m_sandbox->shopee().listings().size());
    }

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    net::HttpClient m_http;
    payments::PaymentRouter m_router;
    QTimer m_reconcile;
    store::StoreServer *m_storeApi = nullptr;
    QString m_problem;
};

// The demo's marketplaces: Shopee and Lazada pointed at the sandbox's stand-ins and enabled (the owner's
// buffers kept), the stand-ins' item ids recorded as Shopee's listings, and the sync worker running in
// this process as `serve` runs it, so that the stand-ins follow the shop live. The stand-ins' sandbox keys
// are handed to the worker directly: the demo never writes them over a real shop's keys in the keychain
// (the credential store's accounts are per machine, not per database). Declare it after DemoPayments.
class DemoChannels {
public:
    DemoChannels(DemoPayments &payments, const QString &conninfo, resilience::HealthRegistry &health)
    {
        sandbox::Sandbox *box = payments.sandbox();
        if (!box) {
            m_problem = QStringLiteral("the sandbox did not start");
            return;
        }
        if (auto pointed = pointChannelsAt(*box, conninfo); !pointed) {
            m_problem = pointed.error().message;
            return;
        }
        channels::SyncWorker::Options options;
        options.conninfo = conninfo;
        options.workerId = QStringLiteral("demo");
        options.secrets = standInSecrets(*box);
        m_sync = std::make_unique<ChannelSync>(options, m_http, health, QStringLiteral("demo: "));
    }

    // The worker, e.g. to register its breakers for the Health screen's actions; null when off.
    channels::SyncWorker *worker() { return m_sync ? &m_sync->worker() : nullptr; }

    QString line() const
    {
        if (!m_problem.isEmpty())
            return QStringLiteral("Channel sync not started: %1").arg(m_problem);
        return QStringLiteral("Channel sync: shopee and lazada follow the shop's stock (backroom channels status; "
                              "docs/channels.md)");
    }

private:
    static channels::SecretsSource standInSecrets(sandbox::Sandbox &box)
    {
        const sandbox::ShopeeConfig shopee = box.shopee().config();
        const sandbox::LazadaConfig lazada = box.lazada().config();
        return [shopee, lazada](const QString &channel) -> Result<channels::ChannelSecrets> {
            if (channel == QLatin1String("shopee"))
                return channels::ChannelSecrets{shopee.partnerKey, shopee.accessToken};
            if (channel == QLatin1String("lazada"))
                return channels::ChannelSecrets{lazada.appSecret, lazada.accessToken};
            return Error::make(Error::Kind::NotFound, QStringLiteral("The sandbox has no marketplace %1.").arg(channel));
        };
    }

    // The stand-ins' ports change at every start: the channel table follows them. Their item ids are
    // numbered afresh too, so Shopee's listings are recorded again (a stale id would update another item).
    static Status pointChannelsAt(sandbox::Sandbox &box, const QString &conninfo)
    {
        auto db = db::Connection::open(conninfo);
        if (!db)
            return db.error();
        const auto &shopee = box.shopee().config();
        auto configured = (*db)->exec("SELECT channel_configure('shopee', true, NULL, $1, $2, $3), "
                                      "channel_configure('lazada', true, NULL, $4, '', $5)",
                                      {box.baseUrl(QStringLiteral("shopee")).toString(), QString::number(shopee.shopId),
                                       QString::number(shopee.partnerId), box.baseUrl(QStringLiteral("lazada")).toString(),
                                       box.lazada().config().appKey});
        if (!configured)
            return configured.error();
        QJsonArray listings;
        for (const sandbox::Listing &l : box.shopee().listings())
            listings.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("item_id"), QString::number(l.itemId)}});
        auto listed = (*db)->exec("SELECT count(channel_listing_set('shopee', x.sku, x.item_id)) "
                                  "FROM json_to_recordset($1::json) AS x(sku text, item_id text)",
                                  {QString::fromUtf8(QJsonDocument(listings).toJson(QJsonDocument::Compact))});
        if (!listed)
            return listed.error();
        // The stand-ins start with the shop's available stock; with a buffer they should show less.
        auto resync = (*db)->exec("SELECT channel_resync(c.name) FROM channel c WHERE c.remote AND c.enabled "
                                  "AND (c.buffer_qty > 0 OR EXISTS (SELECT 1 FROM channel_product_buffer b "
                                  "WHERE b.channel = c.name))");
        if (!resync)
            return resync.error();
        return Done{};
    }

    net::HttpClient m_http;
    std::unique_ptr<ChannelSync> m_sync;   // after the client it uses
    QString m_problem;
};

// The demo's health on every Health screen: its store API (serve, database, bulkheads) and the sandbox
// gateways behind its payments, with operator actions on their breakers. Make it after both.
std::unique_ptr<resilience::HealthReporting> reportDemoHealth(resilience::HealthRegistry &health,
                                                              store::StoreServer &storeApi, DemoPayments &payments,
                                                              DemoChannels &marketplaces, const QString &conninfo)
{
    storeApi.publishHealthTo(health);
    payments.router().publishHealthTo(health);
    auto reporting = std::make_unique<resilience::HealthReporting>(health, conninfo,
                                                                   QCoreApplication::applicationVersion());
    payments::registerGatewayBreakers(*reporting, payments.router());
    if (channels::SyncWorker *worker = marketplaces.worker())
        for (const QString &channel : worker->channelNames())
            reporting->registerBreaker(QStringLiteral("breaker:") + channel, worker->breaker(channel));
    return reporting;
}

// `demo --headless`: the database and the store API, no window, until Ctrl+C / SIGTERM / SIGHUP.
int headless(const Parser &p, db::EmbeddedCluster &cluster, DemoGuard &guard, int products,
             const std::function<void(QString)> &say)
{
    quitOnSignals();
    auto owns = prepareDemoDatabase(cluster, guard, products, say);
    if (!owns)
        return fail(p, owns.error());
    resilience::HealthRegistry health;   // outlives what it lists
    store::StoreServer storeApi(storeOptions(cluster));
    quint16 storePort = 0;
    const QString storeLine = storeApiLine(storeApi, &storePort);
    DemoPayments payments(storeApi, storePort, cluster.connInfo());
    DemoChannels marketplaces(payments, cluster.connInfo(), health);
    const auto reporting = reportDemoHealth(health, storeApi, payments, marketplaces, cluster.connInfo());
    out() << "Demo database: " << cluster.connInfo() << "\n"
          << storeLine << "\n"
          << payments.lines() << "\n"
          << marketplaces.line() << "\n"
          << (*owns ? "Running until Ctrl+C or SIGTERM; the database stops with it. In another terminal:\n"
                    : "Shared with the Backroom demo already running; works while that demo runs. In another terminal:\n")
          << "  export BACKROOM_DB=\"" << cluster.connInfo() << "\"\n"
          << "  backroom stock list\n";
    out().flush();
    return QCoreApplication::exec();
}

int demo(const QStringList &args)
{
    Parser p(QStringLiteral("backroom demo [--products n] [--data-dir dir] [--headless | --setup-only]"),
             QStringLiteral("Runs the whole shop on a private PostgreSQL with demo data: the database, the store API "
                            "and the window, with the payment sandbox (two local gateways) behind the store API's payments. "
                            "The server stops when the demo ends, however it ends."));
    p.addOption(QStringLiteral("products"), QStringLiteral("Demo products on first run (default 2000)."), QStringLiteral("n"));
    p.addOption(QStringLiteral("headless"),
                QStringLiteral("No window: run the database and the store API until Ctrl+C or SIGTERM, and print "
                               "their connection string and URL."));
    p.addOption(QStringLiteral("setup-only"),
                QStringLiteral("Create the cluster, migrate and seed, then stop the server again; no window."));
    p.addOption(QStringLiteral("data-dir"), QStringLiteral("Cluster directory (default: the app data directory)."),
                QStringLiteral("dir"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    qint64 products = 2000;
    if (p.isSet(QStringLiteral("products")) && (!p.intValue(QStringLiteral("products"), &products) || products < 0))
        return BadInput;
    if (p.isSet(QStringLiteral("headless")) && p.isSet(QStringLiteral("setup-only")))
        return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("Give --headless or --setup-only, not both.")));
    const QString root = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir"))
                                                              : db::EmbeddedCluster::defaultRoot();
    auto say = [](const QString &line) {
        err() << line << "\n";
        err().flush();
    };
    // Declared in this order so that the server is stopped (cluster) before the guard lets go.
    DemoGuard guard;
    db::EmbeddedCluster cluster(root);   // stops the server when the demo ends

    if (p.isSet(QStringLiteral("setup-only")) || p.isSet(QStringLiteral("headless"))) {
        QCoreApplication app(g_argc, g_argv);
        return p.isSet(QStringLiteral("headless")) ? headless(p, cluster, guard, int(products), say)
                                                   : setupOnly(p, cluster, guard, int(products), say);
    }

    if (displayMissing())
        return failWithoutDisplay(p, QStringLiteral("Run `backroom demo --headless` for the database and the store "
                                                    "API without a window, or `xvfb-run backroom demo`."));
    QApplication app(g_argc, g_argv);
    quitOnSignals();
    installTranslations(app);
    QProgressDialog progress(QObject::tr("Preparing the demo shop..."), QString(), 0, 0);
    progress.setWindowTitle(QObject::tr("Backroom demo"));
    progress.setMinimumDuration(0);
    progress.show();
    QFutureWatcher<Result<bool>> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Result<bool>>::finished, &app, [&] { app.exit(0); });
    watcher.setFuture(QtConcurrent::run([&cluster, &guard, products, &progress, say] {
        return prepareDemoDatabase(cluster, guard, int(products), [&progress, say](const QString &line) {
            say(line);
            QMetaObject::invokeMethod(&progress, [&progress, line] { progress.setLabelText(line); });
        });
    }));
    app.exec();
    progress.hide();
    const Result<bool> ready = watcher.result();
    if (!ready) {
        QMessageBox::critical(nullptr, QObject::tr("Backroom demo"), ready.error().message);
        return fail(p, ready.error());
    }
    say(QStringLiteral("Demo database: %1").arg(cluster.connInfo()));
    // The demo runs the whole shop: the store API (and its reservation expiry) beside the window.
    resilience::HealthRegistry health;   // outlives what it lists
    store::StoreServer storeApi(storeOptions(cluster));
    quint16 storePort = 0;
    say(storeApiLine(storeApi, &storePort));
    DemoPayments payments(storeApi, storePort, cluster.connInfo());
    say(payments.lines());
    DemoChannels marketplaces(payments, cluster.connInfo(), health);
    say(marketplaces.line());
    const auto reporting = reportDemoHealth(health, storeApi, payments, marketplaces, cluster.connInfo());
    ui::MainWindow window(cluster.connInfo());
    window.useSettings();
    window.show();
    return app.exec();
}

// The connection `backroom gui` opens: --profile, else --db / BACKROOM_DB, else the default profile;
// empty when none of them names one.
QString chosenConnInfo(const Parser &p, const db::ProfileStore &profiles, QString *profileName)
{
    if (p.isSet(QStringLiteral("profile"))) {
        *profileName = p.value(QStringLiteral("profile"));
        const auto profile = profiles.find(*profileName);
        return profile ? profile->conninfo() : QString();
    }
    if (!p.conninfo().isEmpty())
        return p.conninfo();
    *profileName = profiles.defaultProfile();
    const auto profile = profiles.find(*profileName);
    return profile ? profile->conninfo() : QString();
}

// Connects once before the window opens: a wrong string gets one clear line, and the password comes
// out of the keychain into this process for the window's connections.
Status checkConnection(const QString &conninfo)
{
    auto conn = db::Connection::open(conninfo);
    if (!conn)
        return conn.error();
    db::Migrator migrator(**conn);
    return migrator.requireCurrent();
}

// The connect dialog, when nothing names a working connection or the user asks for another one.
// Empty when the user closes it.
QString askForConnection(db::ProfileStore &profiles, const QString &profileName)
{
    ui::ConnectDialog dialog(profiles);
    if (!profileName.isEmpty())
        dialog.selectProfile(profileName);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.conninfo();   // tested; its password is in this process's PasswordVault
}

int gui(const QStringList &args)
{
    Parser p(QStringLiteral("backroom gui [--db conninfo | --profile name]"));
    p.addOption(QStringLiteral("profile"), QStringLiteral("Open a saved connection (saved from the connect dialog)."),
                QStringLiteral("name"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    if (displayMissing())
        return failWithoutDisplay(p, QStringLiteral("The command line (`backroom --help`) works without one."));
    // The application first: the keychain needs its event loop, and the connect dialog a screen.
    QApplication app(g_argc, g_argv);
    quitOnSignals();
    installTranslations(app);
    db::ProfileStore profiles;
    QString profileName;
    QString conninfo = chosenConnInfo(p, profiles, &profileName);
    if (p.isSet(QStringLiteral("profile")) && conninfo.isEmpty())
        return fail(p, Error::make(Error::Kind::NotFound,
                                   QStringLiteral("No saved connection is called \"%1\": run `backroom gui` without "
                                                  "--profile to see them.").arg(profileName)));
    const bool explicitChoice = p.isSet(QStringLiteral("profile")) || !p.conninfo().isEmpty();
    if (!conninfo.isEmpty()) {
        if (auto ok = checkConnection(conninfo); !ok) {
            if (explicitChoice)
                return fail(p, ok.error());
            conninfo.clear();   // the default profile no longer works: let the user fix it in the dialog
        }
    }
    if (conninfo.isEmpty())
        conninfo = askForConnection(profiles, profileName);
    if (conninfo.isEmpty())
        return Ok;
    // File > Connect…: a new window on the chosen database replaces this one.
    std::unique_ptr<ui::MainWindow> window;
    std::function<void(const QString &)> open = [&](const QString &info) {
        auto next = std::make_unique<ui::MainWindow>(info);
        next->useSettings();
        QObject::connect(next.get(), &ui::MainWindow::connectRequested, next.get(), [&] {
            const QString chosen = askForConnection(profiles, profiles.defaultProfile());
            if (!chosen.isEmpty())
                QMetaObject::invokeMethod(&app, [&, chosen] { open(chosen); }, Qt::QueuedConnection);
        });
        next->show();
        if (window)
            window->close();
        window = std::move(next);
    };
    open(conninfo);
    return app.exec();
}

const bool registeredDemo = registerCommand(
    QStringLiteral("demo"), QStringLiteral("run the whole shop on a private PostgreSQL with demo data, and the GUI"),
    demo, true);
const bool registeredGui =
    registerCommand(QStringLiteral("gui"), QStringLiteral("open the GUI on --db / BACKROOM_DB / --profile, or choose in the connect dialog"), gui, true);

} // namespace
} // namespace backroom::cli
