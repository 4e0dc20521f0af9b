// Benchmark: latency of an xmin-guarded staff edit (read the level and its version, write it back guarded),
// with 1 editor and with 8 concurrent editors on the same few rows and on distinct rows; conflict rate.
// Prints figures; never passes or fails on time. Uses BACKROOM_DB if set, else a throwaway cluster.
#include "db/connection.h"
#include "db/embeddedcluster.h"
#include "db/migrations.h"
#include "inventory/demoseed.h"
#include "inventory/stock.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace backroom;
using namespace backroom::inventory;

namespace {

struct Figures {
    std::vector<double> editMs;      // one guarded write attempt (function call round trip)
    std::vector<double> rmwMs;       // read + write until applied (includes retries)
    qint64 attempts = 0;
    qint64 conflicts = 0;
    double seconds = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())))];
}

// Each editor adds +1/-1 alternately to a row chosen from `rows`, retrying on conflict.
Figures run(const QString &info, const QList<StockKey> &keys, int editors, int editsEach, bool distinct)
{
    Figures total;
    std::mutex m;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int e = 0; e < editors; ++e) {
        threads.emplace_back([&, e] {
            auto conn = db::Connection::open(info);
            if (!conn)
                qFatal("%s", qPrintable(conn.error().message));
            Figures f;
            for (int i = 0; i < editsEach; ++i) {
                const StockKey key = distinct ? keys[e % keys.size()] : keys[i % keys.size()];
                const int delta = ((i / int(keys.size())) % 2) ? -1 : 1;   // each row goes up and down alike
                QElapsedTimer t;
                t.start();
                for (;;) {
                    auto level = readLevel(**conn, key);
                    QElapsedTimer w;
                    w.start();
                    auto out = setOnHand(**conn, key, level->onHand + delta, level->version, QStringLiteral("bench"));
                    f.editMs.push_back(w.nsecsElapsed() / 1e6);
                    ++f.attempts;
                    if (!out)
                        qFatal("%s", qPrintable(out.error().message));
                    if (out->applied)
                        break;
                    ++f.conflicts;
                }
                f.rmwMs.push_back(t.nsecsElapsed() / 1e6);
            }
            std::lock_guard<std::mutex> lock(m);
            total.editMs.insert(total.editMs.end(), f.editMs.begin(), f.editMs.end());
            total.rmwMs.insert(total.rmwMs.end(), f.rmwMs.begin(), f.rmwMs.end());
            total.attempts += f.attempts;
            total.conflicts += f.conflicts;
        });
    }
    for (auto &t : threads)
        t.join();
    total.seconds = wall.elapsed() / 1000.0;
    return total;
}

void print(const char *label, const Figures &f)
{
    std::printf("%-30s attempts/s %6.0f edits/s %6.0f  write p50 %6.3f ms  p99 %6.3f ms | read+write p50 %6.3f ms  p99 %7.3f ms | "
                "conflicts %5.1f %% of %lld attempts\n",
                label, double(f.attempts) / f.seconds, double(f.rmwMs.size()) / f.seconds, percentile(f.editMs, 50), percentile(f.editMs, 99),
                percentile(f.rmwMs, 50), percentile(f.rmwMs, 99),
                f.attempts ? 100.0 * double(f.conflicts) / double(f.attempts) : 0.0, f.attempts);
}

// The same read + guarded write as one pgbench transaction, for a side-by-side reference.
void pgbenchReference(const QString &info, const StockKey &key, int clients, int transactionsEach,
                      const char *script, const char *label)
{
    auto bindir = db::EmbeddedCluster::findServerBinaries();
    if (!bindir) {
        std::printf("pgbench not found: no reference run\n");
        return;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(*bindir + QStringLiteral("/pgbench"),
            {QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("extended"), QStringLiteral("-c"),
             QString::number(clients), QStringLiteral("-j"), QString::number(std::min(clients, 2)), QStringLiteral("-t"),
             QString::number(transactionsEach), QStringLiteral("-D"), QStringLiteral("pid=%1").arg(key.productId),
             QStringLiteral("-D"), QStringLiteral("bid=%1").arg(key.binId), QStringLiteral("-f"),
             QStringLiteral(BENCH_DIR "/") + QLatin1String(script), info});
    p.waitForFinished(-1);
    const QString out = QString::fromLocal8Bit(p.readAll());
    const auto tps = QRegularExpression(QStringLiteral("tps = ([0-9.]+)")).match(out);
    const auto lat = QRegularExpression(QStringLiteral("latency average = ([0-9.]+) ms")).match(out);
    if (!tps.hasMatch()) {
        std::printf("pgbench failed:\n%s\n", qPrintable(out));
        return;
    }
    std::printf("pgbench %-9s %d client(s), same row  attempts/s %6.0f  (read+write) latency avg %6.3f ms\n", label, clients,
                tps.captured(1).toDouble(), lat.captured(1).toDouble());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int edits = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QString info = qEnvironmentVariable("BACKROOM_DB");
    if (info.isEmpty())
        info = test::TestCluster::instance().freshDatabase();
    auto conn = test::connectOrDie(info);
    db::Migrator migrator(*conn);
    if (auto m = migrator.migrate(); !m)
        qFatal("%s", qPrintable(m.error().message));
    SeedOptions options;
    options.products = 2000;
    seedDemo(*conn, options);
    auto rows = listStock(*conn, StockQuery{QString(), StockQuery::Sort::Sku, false, 16, std::nullopt});
    QList<StockKey> hot, spread;
    for (int i = 0; i < rows->size(); ++i)
        (i < 1 ? hot : spread).append(rows->at(i).key);

    std::printf("bench_stock_edit: %d edits per editor, %d cores, PostgreSQL over a Unix socket\n", edits,
                QThread::idealThreadCount());
    print("1 editor", run(info, hot, 1, edits, true));
    print("8 editors, 8 distinct rows", run(info, spread, 8, edits, true));
    print("8 editors, same row", run(info, hot, 8, edits, false));
    std::printf("reference in pgbench -M extended, one attempt per transaction (no retry loop); 'lean' reads only\n"
                "the stock row, 'same SQL' sends exactly Backroom's statements:\n");
    for (int clients : {1, 8}) {
        pgbenchReference(info, hot.first(), clients, edits, "pgbench_guarded_edit.sql", "lean");
        pgbenchReference(info, hot.first(), clients, edits, "pgbench_guarded_edit_full.sql", "same SQL");
    }
    const auto mismatches = ledgerMismatches(*conn);
    std::printf("ledger == stock afterwards: %s\n", mismatches && mismatches->isEmpty() ? "yes" : "NO");
    return 0;
}
