#include "channels/tokenbucket.h"

#include <algorithm>

namespace backroom::channels {

TokenBucket::TokenBucket(double ratePerSecond, double burst, net::Clock &clock)
    : m_rate(std::max(ratePerSecond, 0.001)), m_burst(std::max(burst, 1.0)), m_clock(clock), m_tokens(m_burst),
      m_last(clock.now())
{
}

void TokenBucket::refillLocked(net::Clock::TimePoint now)
{
    if (now < m_pausedUntil) {
        m_last = now;
        return;
    }
    const auto from = std::max(m_last, m_pausedUntil);
    const double seconds = std::chrono::duration<double>(now - from).count();
    if (seconds > 0)
        m_tokens = std::min(m_burst, m_tokens + seconds * m_rate);
    m_last = now;
}

bool TokenBucket::tryTake()
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    refillLocked(now);
    if (now < m_pausedUntil || m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

int TokenBucket::available()
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    refillLocked(now);
    return now < m_pausedUntil ? 0 : int(m_tokens);
}

void TokenBucket::pauseFor(Duration duration)
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    refillLocked(now);
    m_pausedUntil = std::max(m_pausedUntil, now + duration);
    m_tokens = 0;
}

TokenBucket::Duration TokenBucket::untilNextToken()
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    refillLocked(now);
    if (now < m_pausedUntil)
        return m_pausedUntil - now + std::chrono::duration_cast<Duration>(std::chrono::duration<double>(1 / m_rate));
    if (m_tokens >= 1)
        return Duration{0};
    return std::chrono::duration_cast<Duration>(std::chrono::duration<double>((1 - m_tokens) / m_rate));
}

bool TokenBucket::paused()
{
    std::lock_guard lock(m_mutex);
    return m_clock.now() < m_pausedUntil;
}

} // namespace backroom::channels
