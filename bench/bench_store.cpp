// bench_store: checkout throughput and latency through the store API (POST /orders over HTTP, keep-alive)
// against the same checkout called directly over libpq, same number of clients, one run side by side:
// the place_order SQL function alone, orders::placeOrder (place_order plus reading the order back,
// exactly what the API handler runs), and POST /orders; then POST /orders again while many clients
// flood /search, to show the bulkheads at work. Prints figures; never passes or fails on time.
//
//   bench_store [--clients 8] [--seconds 5] [--rounds 3] [--checkout-pool 4] [--flood-clients 48] [--db conninfo]
//
// Without --db it starts a throwaway PostgreSQL (as the tests do) and seeds the demo shop.
#include "testdb.h"

#include "inventory/demoseed.h"
#include "orders/checkout.h"
#include "store/storeserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace backroom;

namespace {

// The checkout SQL function alone, as any storefront sharing the database would call it.
constexpr const char *kPlaceOrderSql = "SELECT order_id, replayed FROM place_order($1::jsonb, $2)";
constexpr const char *kPickSkus = "SELECT sku FROM product ORDER BY sku LIMIT 200";
constexpr const char *kPlentyOfStock =
    "SELECT set_config('backroom.reason', 'bench stock', true), set_config('backroom.quiet', 'on', true); "
    "UPDATE stock SET on_hand = on_hand + 1000000";

struct Figures {
    QString label;
    int clients = 0;
    double seconds = 0;
    std::vector<qint64> latenciesUs;   // successful calls only
    qint64 errors = 0;
};

struct ClientResult {
    std::vector<qint64> latenciesUs;
    qint64 errors = 0;
};

qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return sorted[i];
}

void print(QTextStream &out, Figures f)
{
    std::sort(f.latenciesUs.begin(), f.latenciesUs.end());
    const double ok = double(f.latenciesUs.size());
    out << QStringLiteral("%1  clients %2  orders %3  errors %4  %5 orders/s  p50 %6 ms  p90 %7 ms  p99 %8 ms  max %9 ms\n")
               .arg(f.label, -22)
               .arg(f.clients)
               .arg(qint64(ok), 6)
               .arg(f.errors)
               .arg(ok / f.seconds, 8, 'f', 1)
               .arg(percentile(f.latenciesUs, 50) / 1000.0, 6, 'f', 2)
               .arg(percentile(f.latenciesUs, 90) / 1000.0, 6, 'f', 2)
               .arg(percentile(f.latenciesUs, 99) / 1000.0, 6, 'f', 2)
               .arg(f.latenciesUs.empty() ? 0.0 : f.latenciesUs.back() / 1000.0, 7, 'f', 2);
    out.flush();
}

void merge(Figures &into, const Figures &from)
{
    into.label = from.label;
    into.clients = from.clients;
    into.seconds += from.seconds;
    into.errors += from.errors;
    into.latenciesUs.insert(into.latenciesUs.end(), from.latenciesUs.begin(), from.latenciesUs.end());
}

orders::PlaceOrderRequest randomOrder(const QStringList &skus, const QString &keyPrefix, qint64 n)
{
    orders::PlaceOrderRequest r;
    r.lines.append({skus.at(int(QRandomGenerator::global()->bounded(qint64(skus.size())))), 1});
    r.idempotencyKey = QStringLiteral("%1-%2").arg(keyPrefix).arg(n);
    return r;
}

QByteArray orderBody(const orders::PlaceOrderRequest &r)
{
    QJsonArray lines;
    for (const auto &l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("qty"), l.qty}});
    return QJsonDocument(QJsonObject{{QStringLiteral("lines"), lines},
                                     {QStringLiteral("idempotency_key"), r.idempotencyKey}})
        .toJson(QJsonDocument::Compact);
}

// Runs `clients` threads until the deadline; each call returns true on success.
template <typename MakeClient>
Figures runClients(const QString &label, int clients, int seconds, MakeClient makeClient)
{
    std::vector<ClientResult> results(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    std::atomic<int> done{0};
    QElapsedTimer wall;
    wall.start();
    const qint64 deadlineMs = qint64(seconds) * 1000;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto call = makeClient(c);
            ClientResult &res = results[size_t(c)];
            QElapsedTimer t;
            for (qint64 n = 0; wall.elapsed() < deadlineMs; ++n) {
                t.start();
                const bool ok = call(n);
                const qint64 us = t.nsecsElapsed() / 1000;
                if (ok)
                    res.latenciesUs.push_back(us);
                else
                    ++res.errors;
            }
            ++done;
        });
    }
    // The API server lives on this thread: keep its event loop turning while clients run.
    while (done.load() < clients)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (auto &t : threads)
        t.join();
    Figures f;
    f.label = label;
    f.clients = clients;
    f.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (auto &r : results) {
        f.latenciesUs.insert(f.latenciesUs.end(), r.latenciesUs.begin(), r.latenciesUs.end());
        f.errors += r.errors;
    }
    return f;
}

// One keep-alive HTTP/1.1 connection used from a plain thread with blocking waits.
class HttpClient {
public:
    explicit HttpClient(quint16 port) : m_port(port) {}

    int post(const QByteArray &path, const QByteArray &body)
    {
        return send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    int get(const QByteArray &path) { return send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); }

private:
    // Writes one request and reads its whole answer; returns the status, 0 on a network failure.
    int send(const QByteArray &request)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (!m_socket.waitForConnected(5000))
                return 0;
        }
        m_socket.write(request);
        QByteArray buffer;
        int headerEnd = -1;
        while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket.waitForReadyRead(10000))
                return 0;
            buffer += m_socket.readAll();
        }
        const int status = buffer.mid(9, 3).toInt();
        const QByteArray lower = buffer.left(headerEnd).toLower();
        const int cl = lower.indexOf("content-length:");
        const int length = cl < 0 ? 0 : lower.mid(cl + 15, lower.indexOf("\r\n", cl) - cl - 15).trimmed().toInt();
        while (buffer.size() < headerEnd + 4 + length) {
            if (!m_socket.waitForReadyRead(10000))
                return 0;
            buffer += m_socket.readAll();
        }
        return status;
    }

    quint16 m_port;
    QTcpSocket m_socket;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("POST /orders through the store API vs placeOrder over libpq."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent clients (default 8)."), QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per way per round (default 5)."), QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("flood-clients"), QStringLiteral("Search clients flooding browse in the last run (default 48)."),
                      QStringLiteral("N"), QStringLiteral("48")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Alternating rounds of the three ways (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("checkout-pool"), QStringLiteral("API checkout connections (default 4, as `serve`)."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Use this database (migrated) instead of a throwaway one."),
                      QStringLiteral("conninfo")});
    parser.process(app);
    const int clients = std::max(1, parser.value(QStringLiteral("clients")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int floodClients = std::max(0, parser.value(QStringLiteral("flood-clients")).toInt());
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const int pool = std::max(1, parser.value(QStringLiteral("checkout-pool")).toInt());
    QTextStream out(stdout);

    const QString conninfo = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : test::TestCluster::instance().freshDatabase();
    auto setup = test::connectOrDie(conninfo);
    inventory::SeedOptions seed;
    seed.products = 500;
    seed.bins = 50;
    if (auto s = inventory::seedDemo(*setup, seed); !s) {
        out << "seeding failed: " << s.error().message << "\n";
        return 1;
    }
    if (auto s = setup->execScript(QString::fromLatin1(kPlentyOfStock)); !s) {
        out << "stocking failed: " << s.error().message << "\n";
        return 1;
    }
    auto skuRows = test::must(*setup, kPickSkus);
    QStringList skus;
    for (int i = 0; i < skuRows.rows(); ++i)
        skus << skuRows.text(i, 0);

    out << "bench_store: " << clients << " clients, " << rounds << " rounds x " << seconds << " s per way, 1-line orders over " << skus.size()
        << " SKUs, unique idempotency keys; API checkout pool " << pool << " connections; "
        << QThread::idealThreadCount() << " cores\n";
    out.flush();

    // The API server lives on this thread; its event loop turns while the clients run.
    store::StoreServer::Options options;
    options.conninfo = conninfo;
    options.checkoutConnections = pool;
    options.checkoutMaxConcurrent = std::max(32, clients * 2);   // measure throughput, not rejections
    options.version = QStringLiteral("bench");
    store::StoreServer server(options);
    auto port = server.listen(QHostAddress::LocalHost, 0);
    if (!port) {
        out << port.error().message << "\n";
        return 1;
    }

    // Rounds alternate the three ways so that a change in machine load hits all of them alike.
    Figures sqlOnly, direct, api;
    for (int round = 0; round < rounds; ++round) {
        // 1. The place_order SQL function alone, as any storefront sharing the database would call it.
        merge(sqlOnly, runClients(QStringLiteral("place_order SQL only"), clients, seconds, [&](int c) {
            auto conn = test::connectOrDie(conninfo);
            return [conn = std::shared_ptr<db::Connection>(std::move(conn)), &skus, c, round](qint64 n) {
                const auto order = randomOrder(skus, QStringLiteral("sql-%1-%2").arg(round).arg(c), n);
                const QString lines = QStringLiteral("[{\"sku\":\"%1\",\"qty\":1}]").arg(order.lines.first().sku);
                return conn->exec(kPlaceOrderSql, {lines, order.idempotencyKey}).ok();
            };
        }));
        // 2. orders::placeOrder over libpq: exactly what the API handler runs, one connection per client.
        merge(direct, runClients(QStringLiteral("placeOrder over libpq"), clients, seconds, [&](int c) {
            auto conn = test::connectOrDie(conninfo);
            return [conn = std::shared_ptr<db::Connection>(std::move(conn)), &skus, c, round](qint64 n) {
                return orders::placeOrder(*conn, randomOrder(skus, QStringLiteral("direct-%1-%2").arg(round).arg(c), n))
                    .ok();
            };
        }));
        // 3. POST /orders through the API over keep-alive HTTP.
        merge(api, runClients(QStringLiteral("POST /orders (API)"), clients, seconds, [&](int c) {
            auto http = std::make_shared<HttpClient>(*port);
            return [http, &skus, c, round](qint64 n) {
                const auto order = randomOrder(skus, QStringLiteral("api-%1-%2").arg(round).arg(c), n);
                return http->post("/orders", orderBody(order)) == 201;
            };
        }));
    }

    // 4. Checkout while a search flood fills the browse bulkhead: the bulkheads at work.
    std::atomic<bool> flooding{true};
    std::atomic<qint64> browseOk{0}, browseBusy{0}, browseOther{0};
    std::atomic<int> floodDone{0};
    std::vector<std::thread> flood;
    for (int f = 0; f < floodClients; ++f) {
        flood.emplace_back([&, f] {
            static const QByteArray terms[] = {"tshrit", "shirt", "hoodie", "rice", "%E0%B9%80%E0%B8%AA%E0%B8%B7%E0%B9%89%E0%B8%AD"};
            HttpClient http(*port);
            for (int n = f; flooding.load(); ++n) {
                const int status = http.get("/search?q=" + terms[n % 5]);
                (status == 200 ? browseOk : status == 503 ? browseBusy : browseOther)++;
            }
            ++floodDone;
        });
    }
    // Let the flood reach full strength (the server answers on this thread) before measuring.
    for (QElapsedTimer warm; !warm.isValid() || warm.elapsed() < 500;) {
        if (!warm.isValid())
            warm.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    Figures duringFlood;
    for (int round = 0; round < rounds; ++round)
        merge(duringFlood, runClients(QStringLiteral("POST /orders, flood"), clients, seconds, [&](int c) {
            auto http = std::make_shared<HttpClient>(*port);
            return [http, &skus, c, round](qint64 n) {
                const auto order = randomOrder(skus, QStringLiteral("flood-%1-%2").arg(round).arg(c), n);
                return http->post("/orders", orderBody(order)) == 201;
            };
        }));
    flooding = false;
    while (floodDone.load() < floodClients)   // the server answers their last requests meanwhile
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (auto &t : flood)
        t.join();

    print(out, sqlOnly);
    print(out, direct);
    print(out, api);
    print(out, duringFlood);
    const auto b = server.browseMetrics();
    out << "  ...while " << floodClients << " clients searched: " << browseOk.load() << " answered 200, "
        << browseBusy.load() << " refused 503 busy, " << browseOther.load() << " other; browse bulkhead peak "
        << b.bulkhead.peakInFlight << " of " << b.bulkhead.maxConcurrentCalls << "\n";
    const auto rate = [](const Figures &f) { return double(f.latenciesUs.size()) / f.seconds; };
    out << QStringLiteral("API / direct throughput: %1 %\n").arg(100.0 * rate(api) / std::max(1.0, rate(direct)), 0, 'f', 1);
    const auto m = server.checkoutMetrics();
    out << "API checkout bulkhead: peak in flight " << m.bulkhead.peakInFlight << " of " << m.bulkhead.maxConcurrentCalls
        << ", rejected " << m.bulkhead.rejected << ", connections " << m.connectionsOpen << "\n";
    return 0;
}
