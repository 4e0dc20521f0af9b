#pragma once
// LatencyHistogram: call durations in log-spaced buckets with HdrHistogram's layout and precision, so a
// breaker, the health registry and the load drill can report p50/p90/p95/p99/p99.9 and max from millions
// of calls in a fixed, small amount of memory. Values from config.lowest to config.highest keep
// config.significantDigits significant digits (default 3: every reported percentile is within 0.1 % of
// the true value, and never below it); shorter values are kept to the resolution of `lowest`, longer ones
// are counted in the top bucket (and in overflowCount()) while max() stays exact.
// record() is O(1) and never allocates. Not thread-safe: one owner, or the owner's lock (a breaker records
// under its own mutex); merge() copies across threads.

#include <QtGlobal>
#include <chrono>
#include <vector>

namespace backroom::resilience {

class LatencyHistogram {
public:
    using Duration = std::chrono::nanoseconds;

    struct Config {
        Duration lowest = std::chrono::microseconds(1);   // shortest value kept to full precision
        Duration highest = std::chrono::hours(1);         // longest value kept apart; longer ones clamp
        int significantDigits = 3;                        // 1..5
    };

    // The figures every report shows.
    struct Summary {
        qint64 count = 0;
        Duration mean{0}, p50{0}, p90{0}, p95{0}, p99{0}, p999{0}, max{0};
    };

    LatencyHistogram();   // 1 µs .. 1 h, 3 digits (about 270 KB)
    explicit LatencyHistogram(Config config);

    void record(Duration value) { recordCount(value, 1); }
    void recordCount(Duration value, qint64 times);
    // Adds other's counts. Same Config: bucket by bucket; otherwise each of other's buckets is
    // re-recorded at its middle value (precision of the coarser of the two).
    void merge(const LatencyHistogram &other);
    void reset();

    qint64 count() const { return m_total; }
    qint64 overflowCount() const { return m_overflow; }   // values above config.highest
    Duration min() const { return m_total ? Duration(m_min) : Duration(0); }
    Duration max() const { return Duration(m_max); }       // exact, even past config.highest
    Duration mean() const;                                 // exact
    // Nearest-rank percentile (0 < p <= 100): the smallest recorded value v such that at least p % of
    // all values are <= v, reported as the top of v's bucket. 0 when empty.
    Duration percentile(double p) const;
    Summary summary() const;

    const Config &config() const { return m_config; }

private:
    int countsIndexFor(qint64 value) const;
    qint64 valueAtIndex(int index) const;              // lowest value of the bucket at index
    qint64 bucketSizeAt(qint64 value) const;           // width of value's bucket
    qint64 highestEquivalent(qint64 value) const { return value + bucketSizeAt(value) - 1; }

    Config m_config;
    int m_unitMagnitude = 0;             // log2 of the smallest resolution, in ns
    int m_subBucketHalfCountMagnitude = 0;
    qint64 m_subBucketHalfCount = 0;
    qint64 m_subBucketMask = 0;
    qint64 m_highestValue = 0;           // config.highest in ns
    std::vector<qint64> m_counts;
    qint64 m_total = 0;
    qint64 m_overflow = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
    long double m_sum = 0;
};

} // namespace backroom::resilience
