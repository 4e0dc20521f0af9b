#pragma once
// HealthReporting: what a process that runs the shop's services (`backroom serve`, `backroom demo`) does
// so that every Health screen sees them: publishes a HealthRegistry to PostgreSQL and applies the
// operator actions (force open / close / reset / disable) that owners request for its breakers.
// Declare it AFTER the objects whose breakers it registers, so that it is destroyed (and stops applying
// commands) before they are. Lives on the thread with an event loop that created it (the main thread).

#include "healthcommands.h"
#include "healthpublisher.h"
#include "healthregistry.h"

#include <memory>

namespace backroom::resilience {

class HealthReporting {
public:
    // conninfo: the login the instance publishes as (store or owner). Starts at once.
    HealthReporting(HealthRegistry &registry, const QString &conninfo, const QString &version);
    ~HealthReporting();
    HealthReporting(const HealthReporting &) = delete;
    HealthReporting &operator=(const HealthReporting &) = delete;

    // Lets the health screen's operator actions reach this breaker, known as component `name`.
    void registerBreaker(const QString &name, CircuitBreaker *breaker);
    const HealthInstance &instance() const { return m_publisher->instance(); }
    HealthPublisher &publisher() { return *m_publisher; }

private:
    std::unique_ptr<HealthPublisher> m_publisher;
    BreakerDirectory m_breakers;
    std::unique_ptr<HealthCommands> m_commands;
};

} // namespace backroom::resilience
