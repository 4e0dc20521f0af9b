// bench_search: search latency at catalogue scale (issue 16, docs/search.md). Seeds `db seed-demo`'s
// catalogue (1,000,000 products by default) into a throwaway PostgreSQL, then for each query kind
// (exact SKU, whole word, prefix, substring, typo, Thai, Thai with a wrong tone mark, two words, synonym)
// runs N concurrent clients for S seconds through the store API (GET /search over keep-alive HTTP, the
// StoreServer in-process with serve's pools) and directly over libpq (store::rankedSearch, the same
// prepared statement), and prints p50/p95/p99. With --old it also runs the pre-014 statement (LIKE
// patterns ranked by word_similarity) for two kinds, for comparison. Prints figures; never fails on time.
//
//   bench_search [--products 1000000] [--clients 8] [--seconds 10] [--browse-pool 4] [--old] [--db conninfo]
//
// With --db the database is used as it is when it holds at least --products products (seeded once, measured
// many times); otherwise it is seeded first.
#include "testdb.h"

#include "inventory/demoseed.h"
#include "inventory/search.h"
#include "store/productsearch.h"
#include "store/storeserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace backroom;

namespace {

struct QueryKind {
    const char *name;
    QStringList terms;   // clients take them in turn
};

QList<QueryKind> queryKinds()
{
    return {
        {"exact SKU", {QStringLiteral("TSH-0123460"), QStringLiteral("BPK-0500010"), QStringLiteral("SPK-0777716")}},
        {"whole word", {QStringLiteral("backpack"), QStringLiteral("hoodie"), QStringLiteral("sunscreen")}},
        {"prefix", {QStringLiteral("back"), QStringLiteral("hood"), QStringLiteral("sun")}},
        {"substring", {QStringLiteral("shirt"), QStringLiteral("oodi"), QStringLiteral("ackpac")}},
        {"typo", {QStringLiteral("tshrit"), QStringLiteral("backpak"), QStringLiteral("t-shrit"), QStringLiteral("hoodei")}},
        {"thai", {QStringLiteral("เสื้อยืด"), QStringLiteral("กระเป๋า"), QStringLiteral("ข้าวหอม")}},
        {"thai tone typo", {QStringLiteral("เสื่อยืด"), QStringLiteral("หม้อหุงข่าว")}},
        {"two words", {QStringLiteral("red tshrit"), QStringLiteral("cooker rice"), QStringLiteral("blue backpack")}},
        {"synonym", {QStringLiteral("bag")}},
    };
}

qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())))];
}

struct Figures {
    std::vector<qint64> latenciesUs;
    qint64 errors = 0;
    qint64 emptyAnswers = 0;
    double seconds = 0;
};

// N threads calling `call(client, n)` until the deadline; call returns 1 found, 0 empty, -1 failed.
template <typename MakeClient>
Figures runClients(int clients, int seconds, MakeClient makeClient)
{
    std::vector<Figures> results(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    std::atomic<int> done{0};
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto call = makeClient(c);
            Figures &res = results[size_t(c)];
            QElapsedTimer t;
            for (qint64 n = 0; wall.elapsed() < qint64(seconds) * 1000; ++n) {
                t.start();
                const int outcome = call(n);
                if (outcome < 0) {
                    ++res.errors;
                    continue;
                }
                res.latenciesUs.push_back(t.nsecsElapsed() / 1000);
                res.emptyAnswers += outcome == 0;
            }
            ++done;
        });
    }
    while (done.load() < clients)   // the API server answers on this thread
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (auto &t : threads)
        t.join();
    Figures f;
    f.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (auto &r : results) {
        f.latenciesUs.insert(f.latenciesUs.end(), r.latenciesUs.begin(), r.latenciesUs.end());
        f.errors += r.errors;
        f.emptyAnswers += r.emptyAnswers;
    }
    std::sort(f.latenciesUs.begin(), f.latenciesUs.end());
    return f;
}

void print(QTextStream &out, const QString &kind, const QString &way, const Figures &f)
{
    out << QStringLiteral("%1 %2 %3 calls %4/s  p50 %5 ms  p95 %6 ms  p99 %7 ms  max %8 ms  errors %9  empty %10\n")
               .arg(kind, -16).arg(way, -8)
               .arg(qint64(f.latenciesUs.size()), 7)
               .arg(double(f.latenciesUs.size()) / f.seconds, 7, 'f', 1)
               .arg(percentile(f.latenciesUs, 50) / 1000.0, 7, 'f', 2)
               .arg(percentile(f.latenciesUs, 95) / 1000.0, 7, 'f', 2)
               .arg(percentile(f.latenciesUs, 99) / 1000.0, 7, 'f', 2)
               .arg(f.latenciesUs.empty() ? 0.0 : f.latenciesUs.back() / 1000.0, 8, 'f', 2)
               .arg(f.errors).arg(f.emptyAnswers);
    out.flush();
}

// One keep-alive HTTP/1.1 connection used from a plain thread with blocking waits. get() returns the
// status and whether the answer held any item.
class HttpClient {
public:
    explicit HttpClient(quint16 port) : m_port(port) {}

    int get(const QByteArray &path, bool *found)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (!m_socket.waitForConnected(5000))
                return 0;
        }
        m_socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray buffer;
        int headerEnd = -1;
        while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket.waitForReadyRead(30000))
                return 0;
            buffer += m_socket.readAll();
        }
        const QByteArray lower = buffer.left(headerEnd).toLower();
        const int cl = lower.indexOf("content-length:");
        const int length = cl < 0 ? 0 : lower.mid(cl + 15, lower.indexOf("\r\n", cl) - cl - 15).trimmed().toInt();
        while (buffer.size() < headerEnd + 4 + length) {
            if (!m_socket.waitForReadyRead(30000))
                return 0;
            buffer += m_socket.readAll();
        }
        *found = buffer.indexOf("\"sku\"", headerEnd) >= 0;
        return buffer.mid(9, 3).toInt();
    }

private:
    quint16 m_port;
    QTcpSocket m_socket;
};

// The statement the store ran before migration 014: LIKE patterns from search_patterns(), every match
// ranked by word_similarity.
int oldSearch(db::Connection &conn, const QString &term)
{
    auto patterns = inventory::searchPatterns(conn, term);
    if (!patterns)
        return -1;
    QVariantList params{term, 20};
    const QString where = inventory::likeAllClause(*patterns, params, "p.search_text");
    auto r = conn.exec(QStringLiteral("SELECT p.sku FROM product p WHERE %1 "
                                      "ORDER BY word_similarity($1, p.search_text) DESC, p.sku LIMIT $2").arg(where),
                       params);
    return r ? (r->rows() > 0 ? 1 : 0) : -1;
}

bool seedIfNeeded(QTextStream &out, db::Connection &conn, int products)
{
    auto have = test::must(conn, "SELECT count(*) FROM product").toInt64(0, 0);
    if (have >= products) {
        out << "using the " << have << " products already there\n";
        return true;
    }
    out << "seeding " << products << " products (db seed-demo's code path)...\n";
    out.flush();
    QElapsedTimer t;
    t.start();
    inventory::SeedOptions seed;
    seed.products = products;
    auto s = inventory::seedDemo(conn, seed, [&](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total) {
            out << "  " << done << " / " << total << " after " << t.elapsed() / 1000 << " s\n";
            out.flush();
        }
    });
    if (!s) {
        out << "seeding failed: " << s.error().message << "\n";
        return false;
    }
    test::must(conn, "VACUUM ANALYZE");
    out << "seeded in " << t.elapsed() / 1000 << " s\n";
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search p50/p95/p99 per query kind, through the store API and over libpq."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("products"), QStringLiteral("Catalogue size (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent clients (default 8)."), QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per kind and way (default 10)."), QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("browse-pool"), QStringLiteral("API browse connections (default 4, as `serve`)."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("old"), QStringLiteral("Also run the pre-014 statement for typo and substring.")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Use this database (migrated) instead of a throwaway one."),
                      QStringLiteral("conninfo")});
    parser.process(app);
    const int products = std::max(1, parser.value(QStringLiteral("products")).toInt());
    const int clients = std::max(1, parser.value(QStringLiteral("clients")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int browsePool = std::max(1, parser.value(QStringLiteral("browse-pool")).toInt());
    QTextStream out(stdout);

    const QString conninfo = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : test::TestCluster::instance().freshDatabase();
    auto setup = test::connectOrDie(conninfo);
    if (!seedIfNeeded(out, *setup, products))
        return 1;
    if (auto s = store::addSynonym(*setup, QStringLiteral("bag"), QStringLiteral("กระเป๋า")); !s) {
        out << "adding the synonym failed: " << s.error().message << "\n";
        return 1;
    }
    out << "bench_search: " << test::must(*setup, "SELECT count(*) FROM product").toInt64(0, 0) << " products, "
        << test::must(*setup, "SELECT count(*) FROM search_word").toInt64(0, 0) << " dictionary words, " << clients
        << " clients, " << seconds << " s per kind and way, API browse pool " << browsePool << ", "
        << QThread::idealThreadCount() << " cores\n";
    out.flush();

    store::StoreServer::Options options;
    options.conninfo = conninfo;
    options.browseConnections = browsePool;
    options.browseMaxConcurrent = std::max(32, clients * 2);   // measure latency, not rejections
    options.version = QStringLiteral("bench");
    store::StoreServer server(options);
    auto port = server.listen(QHostAddress::LocalHost, 0);
    if (!port) {
        out << port.error().message << "\n";
        return 1;
    }

    for (const QueryKind &kind : queryKinds()) {
        const QString name = QString::fromLatin1(kind.name);
        const QStringList terms = kind.terms;
        print(out, name, QStringLiteral("API"), runClients(clients, seconds, [&](int c) {
            auto http = std::make_shared<HttpClient>(*port);
            return [http, terms, c](qint64 n) {
                const QByteArray q = QUrl::toPercentEncoding(terms.at(int((c + n) % terms.size())));
                bool found = false;
                return http->get("/search?q=" + q, &found) == 200 ? int(found) : -1;
            };
        }));
        print(out, name, QStringLiteral("libpq"), runClients(clients, seconds, [&](int c) {
            auto conn = std::shared_ptr<db::Connection>(test::connectOrDie(conninfo));
            return [conn, terms, c](qint64 n) {
                auto r = store::rankedSearch(*conn, terms.at(int((c + n) % terms.size())), 20);
                return r ? int(!r->isEmpty()) : -1;
            };
        }));
    }
    if (parser.isSet(QStringLiteral("old"))) {
        for (const QueryKind &kind : {QueryKind{"typo (pre-014)", {QStringLiteral("tshrit")}},
                                      QueryKind{"substring (pre-014)", {QStringLiteral("shirt")}}}) {
            const QStringList terms = kind.terms;
            print(out, QString::fromLatin1(kind.name), QStringLiteral("libpq"), runClients(clients, seconds, [&](int) {
                auto conn = std::shared_ptr<db::Connection>(test::connectOrDie(conninfo));
                return [conn, terms](qint64) { return oldSearch(*conn, terms.first()); };
            }));
        }
    }
    return 0;
}
