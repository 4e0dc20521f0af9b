// Overhead of the circuit breaker per protected call (goal: under 1 µs uncontended, no lock held across
// the call), and of recording into a LatencyHistogram. Prints figures; never passes or fails on time.
//   build/bin/bench_breaker [calls per thread, default 2000000]
#include "net/clock.h"
#include "resilience/circuitbreaker.h"
#include "resilience/latencyhistogram.h"

#include <QCoreApplication>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace backroom;
using namespace backroom::resilience;
using Steady = std::chrono::steady_clock;

namespace {

// One protected call: permission, (no work), outcome measured on the system clock.
void protectedCalls(CircuitBreaker &breaker, int calls)
{
    for (int i = 0; i < calls; ++i) {
        auto admission = breaker.tryAcquirePermission();
        if (admission)
            admission.permission().onSuccess();
    }
}

double nanosPerCall(CircuitBreaker &breaker, int threads, int callsPerThread)
{
    std::vector<std::thread> workers;
    const auto start = Steady::now();
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&] { protectedCalls(breaker, callsPerThread); });
    for (auto &w : workers)
        w.join();
    const double elapsed = std::chrono::duration<double, std::nano>(Steady::now() - start).count();
    // Wall time per call as one caller sees it: each thread made callsPerThread calls in `elapsed`.
    return elapsed / callsPerThread;
}

void report(const char *label, CircuitBreaker &breaker, int threads, int calls)
{
    nanosPerCall(breaker, threads, calls / 10);   // warm up
    const double ns = nanosPerCall(breaker, threads, calls);
    std::printf("%-46s threads=%d  %8.1f ns per call per thread  (%.2f M calls/s in total)\n", label, threads, ns,
                threads * 1e3 / ns);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? std::atoi(argv[1]) : 2'000'000;
    std::printf("bench_breaker: %d calls per thread, %u hardware threads\n", calls, std::thread::hardware_concurrency());

    {
        CircuitBreaker breaker(QStringLiteral("bench"));
        report("CLOSED, count window 20, no listener", breaker, 1, calls);
        report("CLOSED, count window 20, no listener", breaker, 2, calls);
    }
    {
        CircuitBreaker breaker(QStringLiteral("bench"), CircuitBreakerConfig::timeBased(30));
        report("CLOSED, time window 30 s, no listener", breaker, 1, calls);
        report("CLOSED, time window 30 s, no listener", breaker, 2, calls);
    }
    {
        CircuitBreaker breaker(QStringLiteral("bench"));
        breaker.addListener([](const CircuitBreaker::Event &) {});
        report("CLOSED, count window 20, one listener", breaker, 1, calls);
        report("CLOSED, count window 20, one listener", breaker, 2, calls);
    }
    {
        CircuitBreaker breaker(QStringLiteral("bench"));
        breaker.transitionToForcedOpen(QStringLiteral("bench"));
        report("FORCED_OPEN (every call refused)", breaker, 1, calls);
    }

    {
        // The clock read alone, for scale: two per protected call.
        const auto start = Steady::now();
        auto &clock = net::Clock::system();
        qint64 sink = 0;
        for (int i = 0; i < calls; ++i)
            sink += clock.now().time_since_epoch().count() & 1;
        const double ns = std::chrono::duration<double, std::nano>(Steady::now() - start).count() / calls;
        std::printf("%-46s            %8.1f ns per read (%lld)\n", "Clock::system().now()", ns, static_cast<long long>(sink % 2));
    }
    {
        LatencyHistogram histogram;
        const auto start = Steady::now();
        for (int i = 0; i < calls; ++i)
            histogram.record(std::chrono::nanoseconds(1000 + (i * 7919) % 100'000'000));
        const double ns = std::chrono::duration<double, std::nano>(Steady::now() - start).count() / calls;
        std::printf("%-46s            %8.1f ns per record (p99 %.3f ms)\n", "LatencyHistogram::record (1 us .. 1 h, 3 digits)",
                    ns, std::chrono::duration<double, std::milli>(histogram.percentile(99)).count());
    }
    return 0;
}
