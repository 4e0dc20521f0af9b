// `backroom demo` (embedded PostgreSQL + demo shop + GUI) and `backroom gui` (GUI on a given database).
#include "cli.h"

#include "db/embeddedcluster.h"
#include "db/migrations.h"
#include "inventory/demoseed.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "store/storeserver.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLockFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

namespace backroom::cli {
namespace {

// QApplication wants argc/argv that outlive it.
int g_argc = 1;
char g_argv0[] = "backroom";
char *g_argv[] = {g_argv0, nullptr};

// The language chosen in Settings (the system's by default).
void installTranslations(QApplication &app)
{
    ui::installTranslations(app, ui::AppSettings().language());
}

// Opens the database, brings the schema up to date and seeds the demo shop if it is empty.
Status prepareDemoDatabase(db::EmbeddedCluster &cluster, int products, const std::function<void(QString)> &say)
{
    // The first demo on a cluster owns its server; a second one running at the same time shares it
    // (and leaves it running) instead of restarting it under the first one's feet.
    const QString root = QFileInfo(cluster.dataDir()).path();
    QDir().mkpath(root);
    static QLockFile owner(root + QStringLiteral("/demo.lock"));
    owner.setStaleLockTime(0);   // a crashed owner's lock is stale at once (its pid is gone)
    if (owner.tryLock(0)) {
        say(QStringLiteral("Starting the embedded PostgreSQL in %1 ...").arg(cluster.dataDir()));
        if (auto s = cluster.start(); !s)
            return s;
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
        return s;
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
    return Done{};
}

int demo(const QStringList &args)
{
    Parser p(QStringLiteral("backroom demo [--products n] [--setup-only]"));
    p.addOption(QStringLiteral("products"), QStringLiteral("Demo products on first run (default 2000)."), QStringLiteral("n"));
    p.addOption(QStringLiteral("setup-only"),
                QStringLiteral("Create/start the cluster, migrate and seed, print the connection string, stop; no window."));
    p.addOption(QStringLiteral("data-dir"), QStringLiteral("Cluster directory (default: the app data directory)."),
                QStringLiteral("dir"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    qint64 products = 2000;
    if (p.isSet(QStringLiteral("products")) && (!p.intValue(QStringLiteral("products"), &products) || products < 0))
        return BadInput;
    const QString root = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir"))
                                                              : db::EmbeddedCluster::defaultRoot();
    db::EmbeddedCluster cluster(root);   // stops the server when the demo ends
    auto say = [](const QString &line) {
        err() << line << "\n";
        err().flush();
    };

    if (p.isSet(QStringLiteral("setup-only"))) {
        if (auto s = prepareDemoDatabase(cluster, int(products), say); !s)
            return fail(p, s.error());
        out() << cluster.connInfo() << "\n";
        out().flush();
        return Ok;
    }

    QApplication app(g_argc, g_argv);
    quitOnSignals();
    installTranslations(app);
    QProgressDialog progress(QObject::tr("Preparing the demo shop..."), QString(), 0, 0);
    progress.setWindowTitle(QObject::tr("Backroom demo"));
    progress.setMinimumDuration(0);
    progress.show();
    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &app, [&] { app.exit(0); });
    watcher.setFuture(QtConcurrent::run([&cluster, products, &progress, say] {
        return prepareDemoDatabase(cluster, int(products), [&progress, say](const QString &line) {
            say(line);
            QMetaObject::invokeMethod(&progress, [&progress, line] { progress.setLabelText(line); });
        });
    }));
    app.exec();
    progress.hide();
    const Status ready = watcher.result();
    if (!ready) {
        QMessageBox::critical(nullptr, QObject::tr("Backroom demo"), ready.error().message);
        return fail(p, ready.error());
    }
    say(QStringLiteral("Demo database: %1").arg(cluster.connInfo()));
    // The demo runs the whole shop: the store API (and its reservation expiry) beside the window.
    store::StoreServer::Options storeOptions;
    storeOptions.conninfo = cluster.connInfo();
    storeOptions.version = QCoreApplication::applicationVersion();
    store::StoreServer storeApi(storeOptions);
    if (auto port = storeApi.listen(QHostAddress::LocalHost, 0))
        say(QStringLiteral("Store API: http://127.0.0.1:%1/products").arg(*port));
    else
        say(QStringLiteral("Store API not started: %1").arg(port.error().message));
    ui::MainWindow window(cluster.connInfo());
    window.useSettings();
    window.show();
    return app.exec();
}

int gui(const QStringList &args)
{
    Parser p(QStringLiteral("backroom gui [--db conninfo]"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    // Check once before opening the window so that a wrong string gets one clear line.
    if (!connect(p))
        return p.failCode();
    QApplication app(g_argc, g_argv);
    quitOnSignals();
    installTranslations(app);
    ui::MainWindow window(p.conninfo());
    window.useSettings();
    window.show();
    return app.exec();
}

const bool registeredDemo = registerCommand(
    QStringLiteral("demo"), QStringLiteral("run the whole shop on a private PostgreSQL with demo data, and the GUI"),
    demo, true);
const bool registeredGui =
    registerCommand(QStringLiteral("gui"), QStringLiteral("open the GUI on --db / BACKROOM_DB"), gui, true);

} // namespace
} // namespace backroom::cli
