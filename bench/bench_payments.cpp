// Payments through the PaymentRouter against the in-process sandbox (real HTTP on loopback) and a real
// PostgreSQL (the test cluster): throughput and p50/p99 of one payment (record intent -> gateway call ->
// record outcome) with both gateways healthy and with gateway A (opn) down and its breaker open, and the
// time from A failing to its breaker opening. The ledger is StoreServer's (its payments pool), as in
// `backroom serve`; the HTTP front of the store API is left out. Prints figures; exits 0.
//   build/bin/bench_payments [payments per phase, default 400] [concurrent payers, default 8]
#include "testdb.h"

#include "net/httpclient.h"
#include "orders/checkout.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "resilience/latencyhistogram.h"
#include "sandbox/sandbox.h"
#include "store/storeserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <cstdio>

using namespace backroom;
using Steady = std::chrono::steady_clock;

namespace {

struct Phase {
    int ok = 0, other = 0;
    double seconds = 0;
    resilience::LatencyHistogram latency;
    QMap<QString, int> gateways;
};

// Pays `orders` with `concurrency` payers in a closed loop (the next payment starts when one ends).
Phase payAll(payments::PaymentRouter &router, const QList<QPair<qint64, qint64>> &orders, int concurrency,
             const QString &keyPrefix)
{
    Phase phase;
    int next = 0, running = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    std::function<void()> startOne = [&] {
        if (next >= orders.size()) {
            if (running == 0)
                loop.quit();
            return;
        }
        const auto [id, total] = orders.at(next++);
        ++running;
        payments::PayRequest request;
        request.orderId = id;
        request.amountSatang = total;
        request.method = payments::PaymentMethod::PromptPay;
        request.clientKey = keyPrefix + QString::number(id);
        const auto started = Steady::now();
        router.pay(request, [&, started](const payments::PayResult &r) {
            phase.latency.record(Steady::now() - started);
            if (r.kind == payments::PayResult::Kind::Charged)
                ++phase.ok;
            else
                ++phase.other;
            phase.gateways[r.gateway]++;
            --running;
            startOne();
        });
    };
    for (int i = 0; i < concurrency; ++i)
        startOne();
    if (running > 0)
        loop.exec();
    phase.seconds = double(wall.nsecsElapsed()) / 1e9;
    return phase;
}

void print(const char *name, const Phase &p)
{
    const auto s = p.latency.summary();
    auto ms = [](std::chrono::nanoseconds d) { return double(d.count()) / 1e6; };
    QStringList via;
    for (auto it = p.gateways.begin(); it != p.gateways.end(); ++it)
        via << QStringLiteral("%1 %2").arg(it.key().isEmpty() ? QStringLiteral("none") : it.key()).arg(it.value());
    std::printf("%-34s %5d charged %3d other  %7.1f payments/s  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%s)\n", name,
                p.ok, p.other, double(p.ok + p.other) / p.seconds, ms(s.p50), ms(s.p99), ms(s.max),
                qPrintable(via.join(QStringLiteral(", "))));
}

QList<QPair<qint64, qint64>> placeOrders(db::Connection &conn, int n)
{
    QList<QPair<qint64, qint64>> out;
    for (int i = 0; i < n; ++i) {
        orders::PlaceOrderRequest r;
        r.lines.append({QStringLiteral("BENCH-1"), 1});
        auto o = orders::placeOrder(conn, r);
        if (!o)
            qFatal("place order: %s", qPrintable(o.error().message));
        out.append({o->id, o->totalSatang});
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 400;
    const int concurrency = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 8;

    const QString conninfo = test::TestCluster::instance().freshDatabase();
    auto conn = test::connectOrDie(conninfo);
    test::must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1)");
    test::must(*conn, "INSERT INTO product (sku, name, price_satang) VALUES ('BENCH-1', 'Bench item', 19900)");
    test::must(*conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 100000 FROM product p, bin b");

    sandbox::Sandbox::Options box;
    box.tickMs = 0;
    sandbox::Sandbox sandbox(box);
    if (auto s = sandbox.start(); !s)
        qFatal("sandbox: %s", qPrintable(s.error().message));
    store::StoreServer::Options serverOptions;
    serverOptions.conninfo = conninfo;
    serverOptions.expirySweepMs = 0;
    serverOptions.paymentConnections = 4;
    store::StoreServer server(serverOptions);
    net::HttpClient http;
    payments::PaymentRouter router({}, server.paymentLedger());
    payments::PaymentsConfig config;
    config.opnUrl = sandbox.baseUrl(QStringLiteral("opn"));
    config.gbpUrl = sandbox.baseUrl(QStringLiteral("gbp"));
    payments::GatewayPolicy policy;   // the shop-sized defaults: 20-call window judged from 10, 10 s break
    if (auto added = payments::addConfiguredGateways(router, config, http, payments::sandboxSecrets(), policy); !added)
        qFatal("gateways: %s", qPrintable(added.error().message));

    std::printf("bench_payments: %d payments per phase, %d concurrent payers, PromptPay (opn then gbp), "
                "breaker defaults (window 20, minimum 10 calls, 50 %%, break 10 s)\n", n, concurrency);
    // Warm up connections (pool, HTTP keep-alive).
    payAll(router, placeOrders(*conn, 20), concurrency, QStringLiteral("warm-"));
    print("both gateways healthy", payAll(router, placeOrders(*conn, n), concurrency, QStringLiteral("healthy-")));

    // A fails: how long (and how many payments) until its breaker opens.
    auto *breaker = router.breaker(QStringLiteral("opn"));
    Steady::time_point openedAt{};
    breaker->addListener([&](const resilience::CircuitBreaker::Event &e) {
        if (e.type == resilience::CircuitBreaker::Event::Type::StateTransition && e.toState == resilience::BreakerState::Open
            && openedAt == Steady::time_point{})
            openedAt = Steady::now();
    });
    const auto failedAt = Steady::now();
    sandbox.changeFaults(QStringLiteral("opn"), QJsonObject{{QStringLiteral("down"), true}});
    const auto opening = placeOrders(*conn, 40);
    int paymentsUntilOpen = 0;
    for (const auto &order : opening) {
        payAll(router, {order}, 1, QStringLiteral("opening-"));
        ++paymentsUntilOpen;
        if (openedAt != Steady::time_point{})
            break;
    }
    std::printf("A down -> breaker OPEN: %.2f ms after the fault, at payment %d (each failed payment still paid via B)\n",
                std::chrono::duration<double, std::milli>(openedAt - failedAt).count(), paymentsUntilOpen);

    print("A down, breaker open (B only)", payAll(router, placeOrders(*conn, n), concurrency, QStringLiteral("open-")));
    server.setPaymentRouter(nullptr);
    return 0;
}
