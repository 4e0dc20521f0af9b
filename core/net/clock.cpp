#include "clock.h"

namespace backroom::net {

namespace {
class SystemClock final : public Clock {
public:
    TimePoint now() const override
    {
        return std::chrono::time_point_cast<Duration>(std::chrono::steady_clock::now());
    }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime utcStart) : m_utcStart(std::move(utcStart)) {}

Clock::TimePoint ManualClock::now() const
{
    // An arbitrary but fixed origin far from zero, so that "time point 0" is never a special case.
    return TimePoint(std::chrono::hours(24 * 365) + Duration(m_elapsed.load(std::memory_order_acquire)));
}

QDateTime ManualClock::utcNow() const
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Duration(m_elapsed.load()));
    return m_utcStart.addMSecs(ms.count());
}

void ManualClock::advance(Duration by)
{
    m_elapsed.fetch_add(by.count(), std::memory_order_acq_rel);
}

} // namespace backroom::net
