#include "demoseed.h"

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

} // namespace

Result<SeedReport> seedDemo(Connection &conn, const SeedOptions &options,
                            const std::function<void(qint64, qint64)> &progress)
{
    if (options.products < 0 || options.bins < 1 || options.bins > 1040 || options.minBinsPerProduct < 1
        || options.maxBinsPerProduct < options.minBinsPerProduct || options.maxBinsPerProduct > 4)
        return Error::make(Error::Kind::BadInput,
                           QStringLiteral("Seed options out of range: products >= 0, 1..1040 bins, 1..4 bins per product."));
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
