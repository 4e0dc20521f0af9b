// Channel sync lag: from the commit of a stock change (measured from just before its statement) to the moment a marketplace holds a value at least
// that new, through the whole path (trigger -> outbox -> NOTIFY/poll -> SyncWorker claim -> HTTP push ->
// record). Two in-process marketplaces shaped like Shopee v2 and Lazada (loopback, Qt HttpServer) record
// arrival times on the same steady clock as the writer. Prints p50/p95/max per scenario:
//   steady   --rate changes/s spread over --skus products for --seconds
//   burst    --burst changes on one SKU as fast as one connection commits them
//   down     steady, with Shopee down (connection refused) the whole time: Lazada's lag, then Shopee's
//            catch-up time after it returns and whether it ever received an older value after a newer
// and the outbox's cost on place_order: orders/s with the outbox triggers enabled vs disabled
// (ALTER TABLE ... DISABLE TRIGGER), --clients connections, synchronous_commit=off so that the commit
// flush does not hide the CPU cost, alternating runs.
//
//   bench_sync [--skus 200] [--rate 50] [--seconds 10] [--burst 500] [--clients 4] [--order-seconds 5] [--rounds 3]
//
// Starts its own throwaway PostgreSQL (tests/testdb.h). Never passes or fails on time.
#include "testdb.h"

#include "channels/syncworker.h"
#include "net/httpclient.h"
#include "sandbox/faultyhttpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace backroom;
using Clock = std::chrono::steady_clock;

namespace {

// Per SKU, the changes committed (time, value) and, per marketplace, the newest value index delivered.
class LagBook {
public:
    void committed(const QString &sku, int value)
    {
        std::lock_guard lock(m_mutex);
        m_changes[sku].append({Clock::now(), value});
    }
    // A marketplace now shows `value` for `sku`: every change up to the one that set it is delivered.
    void arrived(const QString &market, const QString &sku, int value)
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        const auto &changes = m_changes[sku];
        int &done = m_delivered[market][sku];
        int upTo = -1;
        for (int i = changes.size() - 1; i >= done; --i)
            if (changes[i].value == value) {
                upTo = i;
                break;
            }
        auto &seen = m_lastValueIndex[market][sku];
        int index = -1;
        for (int i = changes.size() - 1; i >= 0; --i)
            if (changes[i].value == value) {
                index = i;
                break;
            }
        if (index >= 0 && index < seen)
            ++m_olderAfterNewer[market];
        seen = std::max(seen, index);
        for (int i = done; i <= upTo; ++i)
            m_lags[market].push_back(std::chrono::duration<double, std::milli>(now - changes[i].at).count());
        done = std::max(done, upTo + 1);
    }
    std::vector<double> takeLags(const QString &market)
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_lags[market], {});
    }
    int undelivered(const QString &market)
    {
        std::lock_guard lock(m_mutex);
        int n = 0;
        for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it)
            n += it.value().size() - m_delivered[market].value(it.key());
        return n;
    }
    int olderAfterNewer(const QString &market)
    {
        std::lock_guard lock(m_mutex);
        return m_olderAfterNewer[market];
    }

private:
    struct Change {
        Clock::time_point at;
        int value;
    };
    std::mutex m_mutex;
    QHash<QString, QList<Change>> m_changes;
    QHash<QString, QHash<QString, int>> m_delivered;
    QHash<QString, QHash<QString, int>> m_lastValueIndex;
    QHash<QString, std::vector<double>> m_lags;
    QHash<QString, int> m_olderAfterNewer;
};

std::unique_ptr<sandbox::FaultyHttpServer> fakeMarket(const QString &market, LagBook &book, const QStringList &skus)
{
    auto json = [](const QJsonObject &o) { return sandbox::HttpReply::json(200, o); };
    auto server = std::make_unique<sandbox::FaultyHttpServer>(market, [=, &book](const sandbox::HttpRequest &r) {
        if (market == QLatin1String("shopee")) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const int index = int(body.value(QStringLiteral("item_id")).toDouble()) - 5000;
            const int qty = body[QStringLiteral("stock_list")][0][QStringLiteral("seller_stock")][0][QStringLiteral("stock")].toInt();
            book.arrived(market, skus.value(index), qty);
            return json({{QStringLiteral("error"), QString()},
                         {QStringLiteral("response"), QJsonObject{{QStringLiteral("success_list"),
                                                                   QJsonArray{QJsonObject{{QStringLiteral("stock"), qty}}}}}}});
        }
        static const QRegularExpression re(QStringLiteral("<SellerSku>(.*)</SellerSku><Quantity>(\\d+)</Quantity>"));
        const auto m = re.match(QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded));
        book.arrived(market, m.captured(1), m.captured(2).toInt());
        return json({{QStringLiteral("code"), QStringLiteral("0")}});
    });
    if (!server->start(QHostAddress::LocalHost, 0))
        qFatal("fake %s did not start", qPrintable(market));
    return server;
}

QString percentiles(std::vector<double> lags)
{
    if (lags.empty())
        return QStringLiteral("no samples");
    std::sort(lags.begin(), lags.end());
    auto at = [&](double q) { return lags[std::min(lags.size() - 1, size_t(q * double(lags.size())))]; };
    return QStringLiteral("n=%1 p50=%2 ms p95=%3 ms p99=%4 ms max=%5 ms")
        .arg(lags.size())
        .arg(at(0.50), 0, 'f', 1)
        .arg(at(0.95), 0, 'f', 1)
        .arg(at(0.99), 0, 'f', 1)
        .arg(lags.back(), 0, 'f', 1);
}

// Runs the event loop until done() or the timeout.
void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Commits `count` changes at `rate`/s from its own connection. Values go down from `base`, so that each
// value names one change of its SKU (give each run a lower base than the last).
std::thread writer(const QString &conninfo, LagBook &book, QStringList skus, int count, double rate,
                   std::atomic<bool> &finished, int base)
{
    return std::thread([=, &book, &finished] {
        auto conn = test::connectOrDie(conninfo);
        QHash<QString, int> next;
        const auto start = Clock::now();
        for (int i = 0; i < count; ++i) {
            if (rate > 0)
                std::this_thread::sleep_until(start + std::chrono::duration_cast<Clock::duration>(
                                                          std::chrono::duration<double>(i / rate)));
            const QString sku = skus[int((quint64(i) * 2654435761u) % quint64(skus.size()))];
            const int value = base - (++next[sku]);
            // Booked before the statement: the push can arrive before this thread sees its commit return.
            // The lag then includes the statement's own time (a little too long, never too short).
            book.committed(sku, value);
            test::must(*conn, "UPDATE backroom_data.stock SET on_hand = $2 WHERE product_id = "
                              "(SELECT id FROM product WHERE sku = $1)", {sku, value});
        }
        finished = true;
    });
}

double orderRate(const QString &conninfo, int clients, int seconds)
{
    std::atomic<bool> stop{false};
    std::atomic<qint64> done{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            auto conn = test::connectOrDie(conninfo);
            test::must(*conn, "SET synchronous_commit = off");
            int i = c;
            while (!stop) {
                const QString sku = QStringLiteral("S-%1").arg(1 + (i++ * 7) % 200);
                test::must(*conn, "SELECT * FROM place_order(jsonb_build_array(jsonb_build_object('sku', $1::text, 'qty', 1)))",
                           {sku});
                ++done;
            }
        });
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &t : threads)
        t.join();
    return double(done) / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("skus"), QStringLiteral("products"), QStringLiteral("N"), QStringLiteral("200")},
                  {QStringLiteral("rate"), QStringLiteral("changes per second"), QStringLiteral("N"), QStringLiteral("50")},
                  {QStringLiteral("seconds"), QStringLiteral("steady run length"), QStringLiteral("N"), QStringLiteral("10")},
                  {QStringLiteral("burst"), QStringLiteral("changes in the burst"), QStringLiteral("N"), QStringLiteral("500")},
                  {QStringLiteral("clients"), QStringLiteral("place_order connections"), QStringLiteral("N"), QStringLiteral("4")},
                  {QStringLiteral("order-seconds"), QStringLiteral("per throughput run"), QStringLiteral("N"), QStringLiteral("5")},
                  {QStringLiteral("rounds"), QStringLiteral("throughput runs each way"), QStringLiteral("N"), QStringLiteral("3")}});
    p.process(app);
    const int skuCount = p.value(QStringLiteral("skus")).toInt();
    const double rate = p.value(QStringLiteral("rate")).toDouble();
    const int seconds = p.value(QStringLiteral("seconds")).toInt();
    const int burst = p.value(QStringLiteral("burst")).toInt();

    const QString conninfo = test::TestCluster::instance().freshDatabase();
    auto admin = test::connectOrDie(conninfo);
    test::must(*admin, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A', 'A', 1)");
    test::must(*admin, "INSERT INTO product (sku, name, price_satang) SELECT 'S-' || g, 'Item ' || g, 100 "
                       "FROM generate_series(1, $1::int) g", {skuCount});
    test::must(*admin, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT id, 1, 1000000 FROM product");
    test::must(*admin, "INSERT INTO backroom_data.channel_listing (channel, product_id, item_id) "
                       "SELECT 'shopee', id, (5000 + id - 1)::text FROM product");
    QStringList skus;
    for (int i = 1; i <= skuCount; ++i)
        skus << QStringLiteral("S-%1").arg(i);

    LagBook book;
    auto shopee = fakeMarket(QStringLiteral("shopee"), book, skus);
    auto lazada = fakeMarket(QStringLiteral("lazada"), book, skus);
    test::must(*admin, "SELECT channel_configure('shopee', true, 0, $1, '1', '1')",
               {QStringLiteral("http://127.0.0.1:%1").arg(shopee->port())});
    test::must(*admin, "SELECT channel_configure('lazada', true, 0, $1, NULL, '1')",
               {QStringLiteral("http://127.0.0.1:%1").arg(lazada->port())});
    // The initial resync is not measured.
    test::must(*admin, "DELETE FROM backroom_data.channel_outbox");

    net::HttpClient http;
    channels::SyncWorker::Options options;
    options.conninfo = conninfo;
    options.orderPoll = std::chrono::milliseconds(0);
    options.secrets = [](const QString &) -> Result<channels::ChannelSecrets> {
        return channels::ChannelSecrets{"k", QStringLiteral("t")};
    };
    for (const QString &c : {QStringLiteral("shopee"), QStringLiteral("lazada")}) {
        channels::SyncWorker::ChannelLimits limits;
        limits.ratePerSecond = 200;
        limits.burst = 50;
        limits.maxConcurrent = 8;
        options.limits.insert(c, limits);
    }
    channels::SyncWorker worker(options, http);
    worker.start();
    spin([] { return false; }, 1000);   // settings read, LISTEN in place

    std::printf("bench_sync: %d SKUs, worker poll %lld ms, limits 200/s burst 50, 8 in flight per marketplace\n",
                skuCount, qint64(options.poll.count()));
    int base = 1'000'000;
    auto runWriter = [&](QStringList which, int count, double r) {
        std::atomic<bool> finished{false};
        std::thread t = writer(conninfo, book, which, count, r, finished, base);
        base -= 100'000;
        spin([&] { return finished.load(); }, 600000);
        t.join();
    };
    auto drain = [&](const QString &market, int ms) {
        spin([&] { return book.undelivered(market) == 0; }, ms);
    };

    // 1. steady
    runWriter(skus, int(rate * seconds), rate);
    drain(QStringLiteral("shopee"), 30000);
    drain(QStringLiteral("lazada"), 30000);
    std::printf("steady %.0f changes/s over %d SKUs, %d s:\n  shopee %s\n  lazada %s\n", rate, skuCount, seconds,
                qPrintable(percentiles(book.takeLags(QStringLiteral("shopee")))),
                qPrintable(percentiles(book.takeLags(QStringLiteral("lazada")))));

    // 2. burst on one SKU
    runWriter({skus.first()}, burst, 0);
    drain(QStringLiteral("shopee"), 30000);
    drain(QStringLiteral("lazada"), 30000);
    std::printf("burst of %d changes on one SKU (coalesced):\n  shopee %s\n  lazada %s\n", burst,
                qPrintable(percentiles(book.takeLags(QStringLiteral("shopee")))),
                qPrintable(percentiles(book.takeLags(QStringLiteral("lazada")))));

    // 3. one marketplace down
    shopee->changeFaults(QJsonObject{{QStringLiteral("down"), true}});
    runWriter(skus, int(rate * seconds), rate);
    drain(QStringLiteral("lazada"), 30000);
    const int waiting = book.undelivered(QStringLiteral("shopee"));
    QElapsedTimer catchUp;
    shopee->changeFaults(QJsonObject{{QStringLiteral("down"), false}});
    catchUp.start();
    drain(QStringLiteral("shopee"), 300000);
    const qint64 catchUpMs = catchUp.elapsed();
    book.takeLags(QStringLiteral("shopee"));
    std::printf("steady with shopee down:\n  lazada %s\n  shopee: %d changes waiting; all delivered %lld ms after it "
                "came back (breaker break included); %d values older than one already held\n",
                qPrintable(percentiles(book.takeLags(QStringLiteral("lazada")))), waiting, catchUpMs,
                book.olderAfterNewer(QStringLiteral("shopee")) + book.olderAfterNewer(QStringLiteral("lazada")));

    // 4. the outbox's cost on place_order
    worker.stop();
    const int clients = p.value(QStringLiteral("clients")).toInt();
    const int orderSeconds = p.value(QStringLiteral("order-seconds")).toInt();
    QList<double> with, without;
    for (int round = 0; round < p.value(QStringLiteral("rounds")).toInt(); ++round) {
        test::must(*admin, "ALTER TABLE backroom_data.stock ENABLE TRIGGER channel_outbox_on_update");
        with << orderRate(conninfo, clients, orderSeconds);
        test::must(*admin, "ALTER TABLE backroom_data.stock DISABLE TRIGGER channel_outbox_on_update");
        without << orderRate(conninfo, clients, orderSeconds);
    }
    test::must(*admin, "ALTER TABLE backroom_data.stock ENABLE TRIGGER channel_outbox_on_update");
    auto median = [](QList<double> v) { std::sort(v.begin(), v.end()); return v[v.size() / 2]; };
    auto list = [](const QList<double> &v) {
        QStringList s;
        for (double x : v)
            s << QString::number(x, 'f', 0);
        return s.join(QStringLiteral(", "));
    };
    std::printf("place_order, %d clients, 200 SKUs, synchronous_commit=off, %d s runs:\n"
                "  with outbox (2 marketplaces on): %s orders/s (median %.0f)\n"
                "  trigger disabled:                %s orders/s (median %.0f)\n"
                "  cost: %.1f %%\n",
                clients, orderSeconds, qPrintable(list(with)), median(with), qPrintable(list(without)), median(without),
                100.0 * (1.0 - median(with) / median(without)));
    return 0;
}
