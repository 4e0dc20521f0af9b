#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#if defined(_MSC_VER)
#include <intrin.h>
#endif

// The layout is HdrHistogram's (hdrhistogram.org): buckets that double in range, each split into
// 2^k linear sub-buckets where 2^k >= 2 * 10^significantDigits, the lower half of each bucket after the
// first overlapping the previous one and therefore left out of the counts array.

namespace backroom::resilience {

namespace {

int floorLog2(qint64 v)
{
    int n = 0;
    while (v > 1) {
        v >>= 1;
        ++n;
    }
    return n;
}

int leadingZeros(quint64 v)
{
    if (v == 0)
        return 64;
#if defined(_MSC_VER)
    unsigned long index = 0;
    _BitScanReverse64(&index, v);
    return 63 - int(index);
#else
    return __builtin_clzll(v);
#endif
}

} // namespace

LatencyHistogram::LatencyHistogram() : LatencyHistogram(Config{}) {}

LatencyHistogram::LatencyHistogram(Config config) : m_config(config)
{
    m_config.significantDigits = std::clamp(m_config.significantDigits, 1, 5);
    const qint64 lowestNs = std::max<qint64>(1, m_config.lowest.count());
    qint64 digitsScale = 1;
    for (int i = 0; i < m_config.significantDigits; ++i)
        digitsScale *= 10;
    // The resolution is the largest power of two that still leaves `lowest` its significant digits.
    m_unitMagnitude = floorLog2(std::max<qint64>(1, lowestNs / digitsScale));

    const qint64 largestSingleUnitValue = 2 * digitsScale;
    int subBucketCountMagnitude = 0;
    while ((qint64(1) << subBucketCountMagnitude) < largestSingleUnitValue)
        ++subBucketCountMagnitude;
    m_subBucketHalfCountMagnitude = std::max(subBucketCountMagnitude, 1) - 1;
    const qint64 subBucketCount = qint64(1) << (m_subBucketHalfCountMagnitude + 1);
    m_subBucketHalfCount = subBucketCount / 2;
    m_subBucketMask = (subBucketCount - 1) << m_unitMagnitude;

    m_highestValue = std::max<qint64>(m_config.highest.count(), 2 * lowestNs);
    int bucketsNeeded = 1;
    qint64 smallestUntrackable = subBucketCount << m_unitMagnitude;
    while (smallestUntrackable <= m_highestValue) {
        if (smallestUntrackable > std::numeric_limits<qint64>::max() / 2) {
            ++bucketsNeeded;
            break;
        }
        smallestUntrackable <<= 1;
        ++bucketsNeeded;
    }
    m_counts.assign(size_t(bucketsNeeded + 1) * size_t(m_subBucketHalfCount), 0);
}

int LatencyHistogram::countsIndexFor(qint64 value) const
{
    const int pow2Ceiling = 64 - leadingZeros(quint64(value | m_subBucketMask));
    const int bucketIndex = pow2Ceiling - m_unitMagnitude - (m_subBucketHalfCountMagnitude + 1);
    const qint64 subBucketIndex = value >> (bucketIndex + m_unitMagnitude);
    return int(((qint64(bucketIndex) + 1) << m_subBucketHalfCountMagnitude) + (subBucketIndex - m_subBucketHalfCount));
}

qint64 LatencyHistogram::valueAtIndex(int index) const
{
    int bucketIndex = (index >> m_subBucketHalfCountMagnitude) - 1;
    qint64 subBucketIndex = (index & (m_subBucketHalfCount - 1)) + m_subBucketHalfCount;
    if (bucketIndex < 0) {
        subBucketIndex -= m_subBucketHalfCount;
        bucketIndex = 0;
    }
    return subBucketIndex << (bucketIndex + m_unitMagnitude);
}

qint64 LatencyHistogram::bucketSizeAt(qint64 value) const
{
    const int pow2Ceiling = 64 - leadingZeros(quint64(value | m_subBucketMask));
    const int bucketIndex = pow2Ceiling - m_unitMagnitude - (m_subBucketHalfCountMagnitude + 1);
    const qint64 subBucketIndex = value >> (bucketIndex + m_unitMagnitude);
    const int adjusted = subBucketIndex >= 2 * m_subBucketHalfCount ? bucketIndex + 1 : bucketIndex;
    return qint64(1) << (m_unitMagnitude + adjusted);
}

void LatencyHistogram::recordCount(Duration value, qint64 times)
{
    if (times <= 0)
        return;
    qint64 ns = std::max<qint64>(0, value.count());
    if (m_total == 0 || ns < m_min)
        m_min = ns;
    m_max = std::max(m_max, ns);
    m_sum += static_cast<long double>(ns) * times;
    m_total += times;
    if (ns > m_highestValue) {
        m_overflow += times;
        ns = m_highestValue;
    }
    m_counts[size_t(countsIndexFor(ns))] += times;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_total == 0)
        return;
    const bool sameLayout = other.m_unitMagnitude == m_unitMagnitude
        && other.m_subBucketHalfCountMagnitude == m_subBucketHalfCountMagnitude
        && other.m_counts.size() <= m_counts.size();
    if (sameLayout) {
        for (size_t i = 0; i < other.m_counts.size(); ++i)
            m_counts[i] += other.m_counts[i];
    } else {
        for (size_t i = 0; i < other.m_counts.size(); ++i) {
            if (!other.m_counts[i])
                continue;
            const qint64 low = other.valueAtIndex(int(i));
            const qint64 middle = std::min(low + other.bucketSizeAt(low) / 2, m_highestValue);
            m_counts[size_t(countsIndexFor(middle))] += other.m_counts[i];
        }
    }
    m_min = m_total ? std::min(m_min, other.m_min) : other.m_min;
    m_max = std::max(m_max, other.m_max);
    m_sum += other.m_sum;
    m_total += other.m_total;
    m_overflow += other.m_overflow;
}

void LatencyHistogram::reset()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_total = m_overflow = m_min = m_max = 0;
    m_sum = 0;
}

LatencyHistogram::Duration LatencyHistogram::mean() const
{
    return m_total ? Duration(qint64(std::llround(m_sum / m_total))) : Duration(0);
}

LatencyHistogram::Duration LatencyHistogram::percentile(double p) const
{
    if (m_total == 0)
        return Duration(0);
    p = std::clamp(p, 0.0, 100.0);
    // The small epsilon keeps 99.9 % of 1000 at rank 999, not 1000, despite floating-point rounding.
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_total) - 1e-9)));
    qint64 cumulative = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        cumulative += m_counts[i];
        if (cumulative >= rank)
            return Duration(std::min(highestEquivalent(valueAtIndex(int(i))), m_max));
    }
    return Duration(m_max);
}

LatencyHistogram::Summary LatencyHistogram::summary() const
{
    Summary s;
    s.count = m_total;
    s.mean = mean();
    s.p50 = percentile(50);
    s.p90 = percentile(90);
    s.p95 = percentile(95);
    s.p99 = percentile(99);
    s.p999 = percentile(99.9);
    s.max = max();
    return s;
}

} // namespace backroom::resilience
