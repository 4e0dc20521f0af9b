// Channel sync lag against the real marketplace stand-ins (core/sandbox's Shopee and Lazada shapes, their
// signing, their call record): from the commit of a stock change (booked just before its statement, so a
// little too long, never too short) to the stand-in holding a value at least that new, read from the
// stand-in's own call record (its receive time on the same steady clock). The worker runs as `serve`
// runs it (serve's limits: 10 pushes/s, burst 20, 4 in flight per marketplace; LISTEN + poll), unless
// told otherwise. Prints p50/p95/max per scenario and marketplace:
//   steady   --rate changes/s spread over --skus products for --seconds
//   burst    --burst changes on one SKU as fast as one connection commits them
//   down     steady, with Shopee down (connection refused) the whole time: Lazada's lag, then how long
//            Shopee took to hold every newest value after it came back, and whether either stand-in
//            ever received a value older than one it already held
//
//   bench_sync_e2e [--skus 200] [--rate 8] [--seconds 10] [--burst 300] [--poll-ms 250]
//                  [--push-rate 10] [--no-listen]
//
// Starts its own throwaway PostgreSQL (tests/testdb.h). Never passes or fails on time.
#include "testdb.h"

#include "channels/syncworker.h"
#include "net/httpclient.h"
#include "sandbox/sandbox.h"
#include "sandbox/shoplistings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace backroom;
using Steady = std::chrono::steady_clock;

namespace {

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now().time_since_epoch()).count();
}

// The changes committed, per SKU, in order: (booked at, value). Written by the writer thread.
class ChangeBook {
public:
    void committed(const QString &sku, int value)
    {
        std::lock_guard lock(m_mutex);
        m_changes[sku].append({nowMs(), value});
    }
    QHash<QString, QList<QPair<qint64, int>>> snapshot()
    {
        std::lock_guard lock(m_mutex);
        return m_changes;
    }
    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_changes.clear();
    }

private:
    std::mutex m_mutex;
    QHash<QString, QList<QPair<qint64, int>>> m_changes;
};

struct LagReport {
    std::vector<double> lags;   // ms, one per change
    int undelivered = 0;        // changes no accepted push covered
    int olderAfterNewer = 0;    // pushes carrying a value older than one the stand-in already held
};

// Matches a stand-in's call record (calls after `fromSeq`) against the changes: a push of value v for a
// SKU delivers every change of that SKU up to the one that set v.
LagReport lagsFromCallRecord(const sandbox::MarketStandIn &market, qint64 fromSeq,
                             const QHash<QString, QList<QPair<qint64, int>>> &changes)
{
    LagReport report;
    QHash<QString, int> delivered;   // per SKU, how many changes are delivered
    QHash<QString, int> newestHeld;  // per SKU, the index of the newest value held
    for (const sandbox::MarketCall &call : market.calls()) {
        if (call.seq <= fromSeq || call.outcome != QLatin1String("accepted"))
            continue;
        for (const QJsonValue &v : call.pushed.toArray()) {
            const QString sku = v[QStringLiteral("sku")].toString();
            const int value = v[QStringLiteral("stock")].toInt();
            const auto &list = changes.value(sku);
            int index = -1;
            for (int i = list.size() - 1; i >= 0; --i)
                if (list[i].second == value) {
                    index = i;
                    break;
                }
            if (index < 0)
                continue;   // a value from before the scenario
            if (index < newestHeld.value(sku, -1))
                ++report.olderAfterNewer;
            newestHeld[sku] = std::max(newestHeld.value(sku, -1), index);
            int &done = delivered[sku];
            for (int i = done; i <= index; ++i)
                report.lags.push_back(double(call.monotonicMs - list[i].first));
            done = std::max(done, index + 1);
        }
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        report.undelivered += int(it.value().size()) - delivered.value(it.key());
    return report;
}

QString percentiles(std::vector<double> lags)
{
    if (lags.empty())
        return QStringLiteral("no samples");
    std::sort(lags.begin(), lags.end());
    auto at = [&](double q) { return lags[std::min(lags.size() - 1, size_t(q * double(lags.size())))]; };
    return QStringLiteral("n=%1 p50=%2 ms p95=%3 ms max=%4 ms")
        .arg(lags.size())
        .arg(at(0.50), 0, 'f', 0)
        .arg(at(0.95), 0, 'f', 0)
        .arg(lags.back(), 0, 'f', 0);
}

void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Commits `count` changes at `rate`/s (0: as fast as it can) from its own connection. Values go down from
// `base`, so that each value names one change of its SKU.
std::thread writer(const QString &conninfo, ChangeBook &book, QStringList skus, int count, double rate,
                   std::atomic<bool> &finished, int base)
{
    return std::thread([=, &book, &finished] {
        auto conn = test::connectOrDie(conninfo);
        QHash<QString, int> next;
        const auto start = Steady::now();
        for (int i = 0; i < count; ++i) {
            if (rate > 0)
                std::this_thread::sleep_until(start + std::chrono::duration_cast<Steady::duration>(
                                                          std::chrono::duration<double>(i / rate)));
            const QString sku = skus[int((quint64(i) * 2654435761u) % quint64(skus.size()))];
            const int value = base - (++next[sku]);
            book.committed(sku, value);
            test::must(*conn, "UPDATE backroom_data.stock SET on_hand = $2 WHERE product_id = "
                              "(SELECT id FROM product WHERE sku = $1)", {sku, value});
        }
        finished = true;
    });
}

qint64 lastSeq(const sandbox::MarketStandIn &market)
{
    return market.calls().empty() ? 0 : market.calls().back().seq;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("skus"), QStringLiteral("products"), QStringLiteral("N"), QStringLiteral("200")},
                  {QStringLiteral("rate"), QStringLiteral("changes per second"), QStringLiteral("N"), QStringLiteral("8")},
                  {QStringLiteral("seconds"), QStringLiteral("steady run length"), QStringLiteral("N"), QStringLiteral("10")},
                  {QStringLiteral("burst"), QStringLiteral("changes in the burst"), QStringLiteral("N"), QStringLiteral("300")},
                  {QStringLiteral("poll-ms"), QStringLiteral("worker poll besides NOTIFY"), QStringLiteral("ms"), QStringLiteral("250")},
                  {QStringLiteral("push-rate"), QStringLiteral("pushes/s per marketplace (token bucket)"), QStringLiteral("N"),
                   QStringLiteral("10")},
                  {QStringLiteral("no-listen"), QStringLiteral("poll only, no LISTEN")}});
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
    QStringList skus;
    for (int i = 1; i <= skuCount; ++i)
        skus << QStringLiteral("S-%1").arg(i);

    sandbox::Sandbox::Options boxOptions;
    boxOptions.listings = *sandbox::listingSeedsFromShop(*admin);
    sandbox::Sandbox box(boxOptions);
    if (auto s = box.start(); !s)
        qFatal("sandbox: %s", qPrintable(s.error().message));
    const auto shopeeConfig = box.shopee().config();
    const auto lazadaConfig = box.lazada().config();
    test::must(*admin, "SELECT channel_configure('shopee', true, 0, $1, $2, $3)",
               {box.baseUrl(QStringLiteral("shopee")).toString(), QString::number(shopeeConfig.shopId),
                QString::number(shopeeConfig.partnerId)});
    test::must(*admin, "SELECT channel_configure('lazada', true, 0, $1, NULL, $2)",
               {box.baseUrl(QStringLiteral("lazada")).toString(), lazadaConfig.appKey});

    net::HttpClient http;
    channels::SyncWorker::Options options;
    options.conninfo = conninfo;
    options.poll = std::chrono::milliseconds(p.value(QStringLiteral("poll-ms")).toInt());
    options.listen = !p.isSet(QStringLiteral("no-listen"));
    options.orderPoll = std::chrono::milliseconds(0);
    options.secrets = [shopeeConfig, lazadaConfig](const QString &channel) -> Result<channels::ChannelSecrets> {
        if (channel == QLatin1String("shopee"))
            return channels::ChannelSecrets{shopeeConfig.partnerKey, shopeeConfig.accessToken};
        return channels::ChannelSecrets{lazadaConfig.appSecret, lazadaConfig.accessToken};
    };
    const double pushRate = p.value(QStringLiteral("push-rate")).toDouble();
    for (const QString &c : {QStringLiteral("shopee"), QStringLiteral("lazada")}) {
        channels::SyncWorker::ChannelLimits limits;
        limits.ratePerSecond = pushRate;
        options.limits.insert(c, limits);
    }
    channels::SyncWorker worker(options, http);
    worker.start();
    // The initial resync (enabling queued every product, Shopee item ids learnt) is not measured.
    spin([&] {
        return worker.pushesInFlight() == 0 && test::must(*admin, "SELECT count(*) FROM channel_outbox").toInt64(0, 0) == 0;
    }, 600000);

    std::printf("bench_sync_e2e: %d SKUs on both stand-ins, worker poll %lld ms%s, %.0f pushes/s burst 20, 4 in "
                "flight per marketplace\n",
                skuCount, qint64(options.poll.count()), options.listen ? " + LISTEN" : " (no LISTEN)", pushRate);
    ChangeBook book;
    int base = 900'000;
    struct Marks {
        qint64 shopee, lazada;
    };
    auto marks = [&] { return Marks{lastSeq(box.shopee()), lastSeq(box.lazada())}; };
    auto runWriter = [&](QStringList which, int count, double r) {
        std::atomic<bool> finished{false};
        std::thread t = writer(conninfo, book, which, count, r, finished, base);
        base -= 100'000;
        spin([&] { return finished.load(); }, 600000);
        t.join();
    };
    auto undelivered = [&](const sandbox::MarketStandIn &market, qint64 from) {
        return lagsFromCallRecord(market, from, book.snapshot()).undelivered;
    };
    auto report = [&](const char *title, const Marks &m, int drainMs) {
        spin([&] { return undelivered(box.shopee(), m.shopee) == 0 && undelivered(box.lazada(), m.lazada) == 0; }, drainMs);
        const auto changes = book.snapshot();
        const LagReport s = lagsFromCallRecord(box.shopee(), m.shopee, changes);
        const LagReport l = lagsFromCallRecord(box.lazada(), m.lazada, changes);
        std::printf("%s\n  shopee %s; %d undelivered, %d older after newer\n  lazada %s; %d undelivered, %d older after newer\n",
                    title, qPrintable(percentiles(s.lags)), s.undelivered, s.olderAfterNewer,
                    qPrintable(percentiles(l.lags)), l.undelivered, l.olderAfterNewer);
        std::fflush(stdout);
        book.clear();
    };

    // 1. steady
    Marks m = marks();
    runWriter(skus, int(rate * seconds), rate);
    report(qPrintable(QStringLiteral("steady %1 changes/s over %2 SKUs, %3 s:").arg(rate).arg(skuCount).arg(seconds)), m, 60000);

    // 2. burst on one SKU
    m = marks();
    runWriter({skus.first()}, burst, 0);
    report(qPrintable(QStringLiteral("burst of %1 changes on one SKU (coalesced):").arg(burst)), m, 60000);

    // 3. Shopee down
    m = marks();
    box.changeFaults(QStringLiteral("shopee"), QJsonObject{{QStringLiteral("down"), true}});
    runWriter(skus, int(rate * seconds), rate);
    spin([&] { return undelivered(box.lazada(), m.lazada) == 0; }, 60000);
    const auto during = book.snapshot();
    const LagReport lazadaDuring = lagsFromCallRecord(box.lazada(), m.lazada, during);
    const int waiting = lagsFromCallRecord(box.shopee(), m.shopee, during).undelivered;
    box.changeFaults(QStringLiteral("shopee"), QJsonObject{{QStringLiteral("down"), false}});
    QElapsedTimer back;
    back.start();
    spin([&] { return undelivered(box.shopee(), m.shopee) == 0; }, 600000);
    const qint64 catchUpMs = back.elapsed();
    const LagReport shopeeAfter = lagsFromCallRecord(box.shopee(), m.shopee, book.snapshot());
    std::printf("steady with shopee down (connection refused):\n  lazada %s; %d undelivered, %d older after newer\n"
                "  shopee: %d changes waiting; all delivered %lld ms after it came back; %d undelivered, %d older "
                "after newer\n",
                qPrintable(percentiles(lazadaDuring.lags)), lazadaDuring.undelivered, lazadaDuring.olderAfterNewer,
                waiting, catchUpMs, shopeeAfter.undelivered, shopeeAfter.olderAfterNewer);
    worker.stop();
    return 0;
}
