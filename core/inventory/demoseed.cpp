#include "demoseed.h"
#include "coretext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace backroom::inventory {

using db::Connection;

namespace {

constexpr const char *kBins =
    "INSERT INTO bin (code, zone, pick_seq) "
    "SELECT format('%s-%s-%s', z.zone, lpad(a::text, 2, '0'), s), z.zone, "
    "       row_number() OVER (ORDER BY z.zone, a, CASE WHEN a % 2 = 0 THEN -s ELSE s END) "
    "FROM (SELECT chr(65 + g) AS zone FROM generate_series(0, 25) g) z, generate_series(1, 10) a, "
    "     generate_series(1, 4) s "
    "ORDER BY 1 LIMIT $1 "
    "ON CONFLICT (code) DO NOTHING";

// Names are built from parallel English/Thai word lists so that each product reads naturally in both.
constexpr const char *kProducts =
    "WITH w AS (SELECT "
    " ARRAY['T-Shirt','Hoodie','Jeans','Sneakers','Rice Cooker','Fish Sauce','Jasmine Rice','Coconut Oil',"
    "       'Phone Case','USB-C Cable','Backpack','Water Bottle','Face Mask','Sunscreen','Notebook','Desk Lamp',"
    "       'Bluetooth Speaker','Yoga Mat','Coffee Beans','Green Tea'] AS en,"
    " ARRAY['เสื้อยืด','เสื้อฮู้ด','กางเกงยีนส์','รองเท้าผ้าใบ','หม้อหุงข้าว','น้ำปลา','ข้าวหอมมะลิ','น้ำมันมะพร้าว',"
    "       'เคสโทรศัพท์','สายชาร์จ USB-C','กระเป๋าเป้','ขวดน้ำ','หน้ากากอนามัย','ครีมกันแดด','สมุดโน้ต','โคมไฟตั้งโต๊ะ',"
    "       'ลำโพงบลูทูธ','เสื่อโยคะ','เมล็ดกาแฟ','ชาเขียว'] AS th,"
    " ARRAY['TSH','HOD','JNS','SNK','RCK','FSS','JRC','COL','PHC','USB','BPK','WBT','FMK','SUN','NTB','LMP',"
    "       'SPK','YGM','COF','GRT'] AS code,"
    " ARRAY['Red','Blue','Black','White','Green','Pink','Grey','Navy','Gold','Silver'] AS col_en,"
    " ARRAY['สีแดง','สีน้ำเงิน','สีดำ','สีขาว','สีเขียว','สีชมพู','สีเทา','สีกรมท่า','สีทอง','สีเงิน'] AS col_th,"
    " ARRAY['Classic','Premium','Eco','Mini','Pro','Lite','Deluxe','Travel'] AS adj_en,"
    " ARRAY['คลาสสิก','พรีเมียม','อีโค','มินิ','โปร','ไลท์','ดีลักซ์','ทราเวล'] AS adj_th) "
    "INSERT INTO product (sku, name, name_th, barcode, price_satang) "
    "SELECT w.code[1 + i % 20] || '-' || lpad(i::text, 7, '0'),"
    "       w.adj_en[1 + (i / 200) % 8] || ' ' || w.en[1 + i % 20] || ' ' || w.col_en[1 + (i / 20) % 10] || ' ' || i,"
    "       w.th[1 + i % 20] || ' ' || w.adj_th[1 + (i / 200) % 8] || ' ' || w.col_th[1 + (i / 20) % 10] || ' ' || i,"
    "       '885' || lpad(i::text, 10, '0'),"
    "       (1 + i % 20) * 4900 + (i % 7) * 1000 "
    "FROM w, generate_series($1::int, $2::int) i "
    "ON CONFLICT (sku) DO NOTHING RETURNING id";

constexpr const char *kStock =
    "WITH bins AS (SELECT array_agg(id ORDER BY pick_seq) AS ids FROM bin) "
    "INSERT INTO stock (product_id, bin_id, on_hand) "
    "SELECT p.id, bins.ids[1 + ((p.id * 7 + j * 53) % array_length(bins.ids, 1))], 5 + (p.id * 13 + j * 7) % 80 "
    "FROM product p CROSS JOIN bins "
    "CROSS JOIN LATERAL generate_series(0, $3::int - 1 + (p.id % ($4::int - $3::int + 1))::int) j "
    "WHERE p.id BETWEEN $1 AND $2 "
    "ON CONFLICT DO NOTHING";

constexpr const char *kQuietSeed =
    "SELECT set_config('backroom.quiet', 'on', true), set_config('backroom.reason', 'demo seed', true), "
    "set_config('backroom.actor', $1, true)";

// Demo orders carry keys demo-seed-<n>: how a second run knows they are there.
constexpr const char *kDemoOrdersExist = "SELECT EXISTS (SELECT 1 FROM orders WHERE idempotency_key LIKE 'demo-seed-%')";
// Products that can take a few small orders without coming near zero.
constexpr const char *kOrderableSkus =
    "SELECT p.sku FROM product p WHERE NOT EXISTS (SELECT 1 FROM flash_sale f WHERE f.product_id = p.id) "
    "AND (SELECT coalesce(sum(s.on_hand - s.reserved), 0) FROM stock s WHERE s.product_id = p.id) >= 20 "
    "ORDER BY p.id LIMIT $1";
constexpr const char *kPlaceOrder = "SELECT order_id FROM place_order($1::jsonb, $2, $3, $4, $5)";
constexpr const char *kPayOrder = "SELECT pay_order($1, $2)";
constexpr const char *kCancelOrder = "SELECT cancel_order($1, $2, $3)";
constexpr const char *kExpireReservations = "SELECT expire_reservations()";
// Ages: the checkout functions stamp now(); a shop's history needs orders from earlier days. Only the
// timestamps move, never a state or a quantity.
constexpr const char *kAgeOrder =
    "UPDATE orders SET created_at = now() - $2::interval, updated_at = now() - $2::interval + interval '5 minutes', "
    "paid_at = CASE WHEN paid_at IS NOT NULL THEN now() - $2::interval + interval '5 minutes' END, "
    "closed_at = CASE WHEN closed_at IS NOT NULL THEN now() - $2::interval + interval '20 minutes' END, "
    "expires_at = CASE WHEN status = 'cancelled' THEN now() - $2::interval + interval '15 minutes' ELSE expires_at END "
    "WHERE id = $1";
// Let a reservation run out 15 minutes after its (aged) order was placed, for the expiry sweep to release.
constexpr const char *kRunOutReservation =
    "UPDATE orders SET expires_at = created_at + interval '15 minutes' WHERE id = $1 AND status = 'reserved'";

enum class DemoOrderFate { Reserved, Paid, Cancelled, Expired };

// A fixed, varied pattern: most orders paid, some open, a few cancelled or left to expire.
DemoOrderFate fateOf(int n)
{
    switch (n % 8) {
    case 0: case 1: case 3: case 6: return DemoOrderFate::Paid;
    case 2: return DemoOrderFate::Cancelled;
    case 5: return DemoOrderFate::Expired;
    default: return DemoOrderFate::Reserved;
    }
}

// Open orders are recent (minutes to hours); settled ones spread over ten days.
QString ageOf(int n, DemoOrderFate fate)
{
    if (fate == DemoOrderFate::Reserved)
        return QStringLiteral("%1 minutes").arg(3 + (n * 17) % 180);
    return QStringLiteral("%1 minutes").arg(60 + (n * 7919) % (10 * 24 * 60));
}

} // namespace

Result<int> seedDemoOrders(Connection &conn, int orders)
{
    if (orders < 0 || orders > 10000)
        return Error::make(Error::Kind::BadInput, InventoryText::tr("Demo orders: from 0 to 10000."));
    auto exist = conn.exec(kDemoOrdersExist);
    if (!exist)
        return exist.error();
    if (exist->toBool(0, 0) || orders == 0)
        return 0;
    auto skus = conn.exec(kOrderableSkus, {std::max(3, orders)});
    if (!skus)
        return skus.error();
    if (skus->rows() < 3)
        return 0;   // an empty (or nearly) shop: nothing to sell
    const QStringList channels = {QStringLiteral("web"), QStringLiteral("shopee"), QStringLiteral("lazada")};
    const QString actor = Connection::defaultActor();
    db::Transaction tx(conn);
    if (!tx.begun())
        return tx.begun().error();
    if (auto r = conn.exec(kQuietSeed, {actor}); !r)
        return r.error();
    QList<qint64> runOut;
    for (int n = 0; n < orders; ++n) {
        QJsonArray lines;
        for (int line = 0; line <= n % 3; ++line)
            lines.append(QJsonObject{{QStringLiteral("sku"), skus->text((n * 5 + line * 3) % skus->rows(), 0)},
                                     {QStringLiteral("qty"), 1 + (n + line) % 2}});
        const QString json = QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact));
        const DemoOrderFate fate = fateOf(n);
        const int minutes = fate == DemoOrderFate::Reserved ? 2 * 24 * 60 : 15;
        auto placed = conn.exec(kPlaceOrder, {json, QStringLiteral("demo-seed-%1").arg(n + 1, 4, 10, QLatin1Char('0')),
                                              channels.at(n % 3), minutes, actor});
        if (!placed)
            return placed.error();
        const qint64 id = placed->toInt64(0, 0);
        Result<db::PgResult> moved = db::PgResult();
        if (fate == DemoOrderFate::Paid)
            moved = conn.exec(kPayOrder, {id, actor});
        else if (fate == DemoOrderFate::Cancelled)
            moved = conn.exec(kCancelOrder, {id, QStringLiteral("customer changed their mind"), actor});
        else if (fate == DemoOrderFate::Expired)
            runOut.append(id);
        if (!moved)
            return moved.error();
        if (auto r = conn.exec(kAgeOrder, {id, ageOf(n, fate)}); !r)
            return r.error();
    }
    for (qint64 id : runOut)
        if (auto r = conn.exec(kRunOutReservation, {id}); !r)
            return r.error();
    if (auto r = conn.exec(kExpireReservations); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    conn.exec("SELECT pg_notify('orders_changed', '*'), pg_notify('stock_changed', '*')");
    return orders;
}

Result<SeedReport> seedDemo(Connection &conn, const SeedOptions &options,
                            const std::function<void(qint64, qint64)> &progress)
{
    if (options.products < 0 || options.bins < 1 || options.bins > 1040 || options.minBinsPerProduct < 1
        || options.maxBinsPerProduct < options.minBinsPerProduct || options.maxBinsPerProduct > 4)
        return Error::make(Error::Kind::BadInput,
                           InventoryText::tr("Seed options out of range: products >= 0, 1..1040 bins, 1..4 bins "
                                             "per product."));
    SeedReport report;
    {
        auto r = conn.exec(kBins, {options.bins});
        if (!r)
            return r.error();
        report.bins = r->affectedRows();
    }
    constexpr int kChunk = 20000;   // one transaction per chunk: progress and bounded memory
    for (int from = 1; from <= options.products; from += kChunk) {
        const int to = std::min(options.products, from + kChunk - 1);
        db::Transaction tx(conn);
        if (!tx.begun())
            return tx.begun().error();
        if (auto r = conn.exec(kQuietSeed, {Connection::defaultActor()}); !r)
            return r.error();
        auto ids = conn.exec(kProducts, {from, to});
        if (!ids)
            return ids.error();
        report.products += ids->rows();
        if (ids->rows() > 0) {
            qint64 lo = ids->toInt64(0, 0), hi = lo;
            for (int i = 1; i < ids->rows(); ++i) {
                lo = std::min(lo, ids->toInt64(i, 0));
                hi = std::max(hi, ids->toInt64(i, 0));
            }
            auto stock = conn.exec(kStock, {lo, hi, options.minBinsPerProduct, options.maxBinsPerProduct});
            if (!stock)
                return stock.error();
            report.stockRows += stock->affectedRows();
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        if (progress)
            progress(to, options.products);
    }
    conn.exec("SELECT pg_notify('stock_changed', '*')");
    conn.execScript(QStringLiteral("ANALYZE product; ANALYZE stock; ANALYZE bin"));
    return report;
}

} // namespace backroom::inventory
