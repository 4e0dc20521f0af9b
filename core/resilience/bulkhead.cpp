#include "bulkhead.h"

#include <algorithm>

namespace backroom::resilience {

Bulkhead::Permit &Bulkhead::Permit::operator=(Permit &&other) noexcept
{
    if (this != &other) {
        release();
        m_owner = other.m_owner;
        other.m_owner = nullptr;
    }
    return *this;
}

void Bulkhead::Permit::release()
{
    if (m_owner) {
        m_owner->releaseOne();
        m_owner = nullptr;
    }
}

Bulkhead::Bulkhead(QString name, Config config) : m_name(std::move(name)), m_config(config)
{
    Q_ASSERT(config.maxConcurrentCalls > 0);
}

std::optional<Bulkhead::Permit> Bulkhead::tryAcquire()
{
    std::function<void(const QString &)> onRejected;
    {
        std::lock_guard lock(m_mutex);
        if (m_inFlight < m_config.maxConcurrentCalls) {
            ++m_inFlight;
            ++m_permitted;
            m_peak = std::max(m_peak, m_inFlight);
            return Permit(this);
        }
        ++m_rejected;
        onRejected = m_onRejected;
    }
    if (onRejected)
        onRejected(m_name);
    return std::nullopt;
}

void Bulkhead::releaseOne()
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(m_inFlight > 0);
    --m_inFlight;
}

Bulkhead::Metrics Bulkhead::metrics() const
{
    std::lock_guard lock(m_mutex);
    Metrics m;
    m.name = m_name;
    m.maxConcurrentCalls = m_config.maxConcurrentCalls;
    m.inFlight = m_inFlight;
    m.peakInFlight = m_peak;
    m.permitted = m_permitted;
    m.rejected = m_rejected;
    return m;
}

void Bulkhead::setOnRejected(std::function<void(const QString &)> callback)
{
    std::lock_guard lock(m_mutex);
    m_onRejected = std::move(callback);
}

} // namespace backroom::resilience
