#pragma once
// TokenBucket: a marketplace's rate limit on our side. Tokens refill at ratePerSecond up to `burst`; a push
// takes one. A rate-limit answer (HTTP 429 with Retry-After) pauses the bucket: no token until then, so
// the channel stops calling instead of collecting more 429s. Reads time only through a net::Clock.
// Thread-safe.

#include "net/clock.h"

#include <chrono>
#include <mutex>

namespace backroom::channels {

class TokenBucket {
public:
    using Duration = net::Clock::Duration;

    TokenBucket(double ratePerSecond, double burst, net::Clock &clock = net::Clock::system());

    bool tryTake();
    // Whole tokens that could be taken now.
    int available();
    // No token until `for` from now (a longer pause already running is kept).
    void pauseFor(Duration duration);
    // How long until the next token (0 when one is there).
    Duration untilNextToken();
    bool paused();

private:
    void refillLocked(net::Clock::TimePoint now);

    const double m_rate;
    const double m_burst;
    net::Clock &m_clock;
    std::mutex m_mutex;
    double m_tokens;
    net::Clock::TimePoint m_last;
    net::Clock::TimePoint m_pausedUntil{};
};

} // namespace backroom::channels
