// bench_drill: runs the load-drill engine (core/drills/loaddrill.h) once against a database or a running
// store API and prints what it achieved, for the side-by-side scripts bench/drill-vs-pgbench.sh and
// bench/drill-vs-wrk.sh and the 20,000-buyer figure in docs/drill-engine.md. Prints figures; never
// passes or fails on time. The last line is machine-readable: "rate=<answers/s> ...".
//
//   bench_drill --target db --db CONNINFO [--connections 4] [--sku A,B] ...
//   bench_drill --target http --url http://127.0.0.1:8080 [--sockets 64] [--mix 0,1,0] [--browse-sku SKU] ...
//   common: [--buyers N | --rate R] [--think-ms 0] [--seconds 10] [--seed 1]
#include "drills/loaddrill.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace backroom;
using namespace backroom::drills;

namespace {

double ms(resilience::LatencyHistogram::Duration d) { return double(d.count()) / 1e6; }

LoadDrillConfig configFrom(const QCommandLineParser &p)
{
    LoadDrillConfig c;
    const bool http = p.value(QStringLiteral("target")) == QLatin1String("http");
    c.target = http ? LoadDrillConfig::Target::Http : LoadDrillConfig::Target::Database;
    c.conninfo = p.value(QStringLiteral("db"));
    c.storeUrl = QUrl(p.value(QStringLiteral("url")));
    c.connections = p.value(QStringLiteral("connections")).toInt();
    c.sockets = p.value(QStringLiteral("sockets")).toInt();
    if (p.isSet(QStringLiteral("rate"))) {
        c.model = LoadDrillConfig::Model::Open;
        c.ratePerSecond = p.value(QStringLiteral("rate")).toDouble();
    } else {
        c.buyers = p.value(QStringLiteral("buyers")).toInt();
    }
    c.thinkTime = std::chrono::milliseconds(p.value(QStringLiteral("think-ms")).toInt());
    c.duration = std::chrono::milliseconds(qint64(p.value(QStringLiteral("seconds")).toDouble() * 1000));
    c.skus = p.value(QStringLiteral("sku")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList mix = p.value(QStringLiteral("mix")).split(QLatin1Char(','));
    c.mix = OperationMix{mix.value(0).toInt(), mix.value(1).toInt(), mix.value(2).toInt()};
    c.browseSku = p.value(QStringLiteral("browse-sku"));
    c.seed = p.value(QStringLiteral("seed")).toUInt();
    c.maxOrders = LoadDrillLimits::maxOrders;
    return c;
}

void print(const LoadDrillConfig &c, const LoadDrillReport &r)
{
    QTextStream out(stdout);
    const qint64 answers = r.acknowledged + r.outOfStock + r.pagesServed() + r.errors();
    const double rate = r.seconds > 0 ? double(answers) / r.seconds : 0;
    out << "target " << (c.target == LoadDrillConfig::Target::Http ? "http" : "db") << ", "
        << r.connections << (c.target == LoadDrillConfig::Target::Http ? " sockets" : " connections") << ", "
        << (c.model == LoadDrillConfig::Model::Open ? QStringLiteral("rate %1/s").arg(c.ratePerSecond)
                                                    : QStringLiteral("%1 buyers").arg(c.buyers))
        << ", think " << c.thinkTime.count() << " ms, " << r.seconds << " s\n";
    out << "  intended " << r.intended << ", started " << r.started << ", acknowledged " << r.acknowledged
        << ", out of stock " << r.outOfStock << ", pages " << r.pagesServed() << ", errors " << r.errors()
        << ", dropped " << r.dropped << ", indeterminate " << r.indeterminate << "\n";
    for (auto it = r.otherErrors.begin(); it != r.otherErrors.end(); ++it)
        out << "  error " << it.key() << ": " << it.value() << "\n";
    out << "  latency p50 " << ms(r.latency.p50) << " ms, p99 " << ms(r.latency.p99) << " ms, max "
        << ms(r.latency.max) << " ms; peak buyers " << r.peakBuyers << ", peak RSS "
        << double(r.peakMemoryBytes) / (1024 * 1024) << " MiB\n";
    out << "rate=" << rate << " answers=" << answers << " seconds=" << r.seconds << " p50_ms=" << ms(r.latency.p50)
        << " p99_ms=" << ms(r.latency.p99) << " peak_rss_mib=" << double(r.peakMemoryBytes) / (1024 * 1024)
        << " counts_add_up=" << (r.countsAddUp() ? "yes" : "no") << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const auto opt = [&p](const char *name, const char *help, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value"));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        p.addOption(o);
    };
    opt("target", "db or http", "db");
    opt("db", "conninfo (db target)");
    opt("url", "store API base URL (http target)", "http://127.0.0.1:8080");
    opt("connections", "database connections", "4");
    opt("sockets", "HTTP keep-alive sockets", "64");
    opt("buyers", "closed model: virtual buyers", "4");
    opt("rate", "open model: iterations per second");
    opt("think-ms", "closed model: think time between a buyer's iterations", "0");
    opt("seconds", "duration", "10");
    opt("sku", "SKUs to order, comma-separated");
    opt("mix", "weights checkout,browse,search", "1,0,0");
    opt("browse-sku", "pin browse to this product");
    opt("seed", "random seed", "1");
    p.process(app);

    const LoadDrillConfig config = configFrom(p);
    LoadDrill drill(config);
    int code = 0;
    QObject::connect(&drill, &LoadDrill::finished, &app, [&](const LoadDrillReport &report) {
        print(config, report);
        code = report.countsAddUp() ? 0 : 1;
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    auto started = drill.start();
    if (!started) {
        std::fprintf(stderr, "bench_drill: %s\n", qPrintable(started.error().message));
        return 2;
    }
    app.exec();
    return code;
}
