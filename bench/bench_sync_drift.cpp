// What the Channels screen's readings cost at shop size (migration 016): the per-product drift table
// (channel_drift, 011's per-product channel_available() calls vs 016's set-based version) and the
// per-channel status (channel_status) over a push log before and after channel_prune_push_log.
// A throwaway cluster; 011's drift body is recreated as bench_drift_011() to time it side by side.
// Prints p50 / p95 / min per query over --runs runs; never fails on time.
//   bench_sync_drift [--products 5000] [--runs 20] [--log-rows 300000]
#include "channels/channelstatus.h"
#include "testdb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace backroom;

namespace {

// 011's channel_drift, verbatim but for the name: channel_available() once per product and channel.
constexpr const char *kDrift011 = R"(
CREATE FUNCTION bench_drift_011(p_limit integer DEFAULT 200)
RETURNS TABLE (product_id bigint, sku text, channel text, available integer, expected integer, shown integer,
               shown_at timestamptz, pending boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT x.* FROM (
        SELECT p.id, p.sku, c.name, av.available,
               greatest(0, av.available - coalesce(pb.buffer_qty, c.buffer_qty))::integer,
               a.qty, a.acked_at,
               EXISTS (SELECT 1 FROM channel_outbox o WHERE o.channel = c.name AND o.product_id = p.id)
          FROM product p CROSS JOIN channel c
          CROSS JOIN LATERAL (SELECT channel_available(p.id) AS available) av
          LEFT JOIN channel_product_buffer pb ON pb.channel = c.name AND pb.product_id = p.id
          LEFT JOIN channel_ack a ON a.channel = c.name AND a.product_id = p.id
         WHERE c.remote AND c.enabled) x (product_id, sku, channel, available, expected, shown, shown_at, pending)
     ORDER BY (x.shown IS DISTINCT FROM x.expected) DESC, x.sku, x.channel
     LIMIT greatest(coalesce(p_limit, 200), 0)
$$)";

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(std::ceil(p / 100.0 * v.size())) - 1, 0, int(v.size()) - 1);
    return v.at(i);
}

void timeIt(const char *name, int runs, const std::function<bool()> &once)
{
    QList<double> ms;
    once();   // warm the cache and the plan
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!once()) {
            std::printf("  %-52s FAILED\n", name);
            return;
        }
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::printf("  %-52s p50 %8.1f ms   p95 %8.1f ms   min %8.1f ms\n", name, percentile(ms, 50), percentile(ms, 95),
                *std::min_element(ms.begin(), ms.end()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("products"), QStringLiteral("products"), QStringLiteral("N"), QStringLiteral("5000")},
                  {QStringLiteral("runs"), QStringLiteral("runs per query"), QStringLiteral("N"), QStringLiteral("20")},
                  {QStringLiteral("log-rows"), QStringLiteral("push log rows over 14 days"), QStringLiteral("N"),
                   QStringLiteral("300000")}});
    p.process(app);
    const int products = p.value(QStringLiteral("products")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const int logRows = p.value(QStringLiteral("log-rows")).toInt();

    const QString conninfo = test::TestCluster::instance().freshDatabase();
    auto db = test::connectOrDie(conninfo);
    // Two bins per product, both marketplaces on, half the products acknowledged, a flash sale bucket on some.
    test::must(*db, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A', 'A', 1), ('B', 'B', 2)");
    test::must(*db, "INSERT INTO product (sku, name, price_satang) SELECT 'S-' || g, 'Item ' || g, 100 "
                    "FROM generate_series(1, $1::int) g", {products});
    test::must(*db, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 50 FROM product p, bin b");
    test::must(*db, "SELECT channel_configure('shopee', true, 2, 'http://127.0.0.1:1', '1', '2')");
    test::must(*db, "SELECT channel_configure('lazada', true, 1, 'http://127.0.0.1:1', NULL, 'k')");
    test::must(*db, "DELETE FROM backroom_data.channel_outbox WHERE product_id % 10 <> 0");
    test::must(*db, "INSERT INTO backroom_data.channel_ack (channel, product_id, seq, qty) "
                    "SELECT c, p.id, 1, 98 - (p.id % 3)::int FROM product p, unnest(ARRAY['shopee', 'lazada']) c "
                    "WHERE p.id % 2 = 0");
    test::must(*db, "ANALYZE");
    test::must(*db, kDrift011);
    std::printf("bench_sync_drift: %d products x 2 marketplaces (%d runs each)\n", products, runs);

    auto query = [&](const char *sql) { return std::function<bool()>([&db, sql] { return bool(db->exec(sql)); }); };
    timeIt("channel_drift(200), 011 (channel_available per row)", runs, query("SELECT * FROM bench_drift_011(200)"));
    timeIt("channel_drift(200), 016 (set-based)", runs, query("SELECT * FROM channel_drift(200)"));
    timeIt("readProductDrift(conn, 200): the screen's call", runs,
           [&db] { return bool(channels::readProductDrift(*db, 200)); });

    // The push log over two weeks, as an unpruned busy shop would have it.
    test::must(*db, "INSERT INTO backroom_data.channel_push_log (channel, product_id, seq, qty, ok, outcome, lag_ms, at) "
                    "SELECT CASE WHEN g % 2 = 0 THEN 'shopee' ELSE 'lazada' END, 1 + g % $2::int, g, 5, g % 50 <> 0, "
                    "'acked', 20 + g % 90, now() - make_interval(secs => (g::double precision / $1) * 14 * 86400) "
                    "FROM generate_series(1, $1::int) g",
               {logRows, products});
    test::must(*db, "ANALYZE backroom_data.channel_push_log");
    std::printf("push log: %d rows over 14 days\n", logRows);
    timeIt("channel_status() before pruning", runs, query("SELECT * FROM channel_status()"));
    QElapsedTimer pruning;
    pruning.start();
    auto pruned = db->exec("SELECT channel_prune_push_log('7 days', 100000)");
    std::printf("  channel_prune_push_log('7 days', 100000): %lld rows in %.1f ms\n",
                pruned ? qlonglong(pruned->toInt64(0, 0)) : -1LL, double(pruning.nsecsElapsed()) / 1e6);
    test::must(*db, "ANALYZE backroom_data.channel_push_log");
    timeIt("channel_status() after pruning", runs, query("SELECT * FROM channel_status()"));
    timeIt("channel_prune_push_log() with nothing to prune", runs,
           query("SELECT channel_prune_push_log('7 days', 100000)"));
    return 0;
}
