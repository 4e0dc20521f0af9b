#include "healthreporting.h"

namespace backroom::resilience {

HealthReporting::HealthReporting(HealthRegistry &registry, const QString &conninfo, const QString &version)
{
    HealthPublisher::Config publishing;
    publishing.conninfo = conninfo;
    publishing.instance = HealthInstance::current(version);
    m_publisher = std::make_unique<HealthPublisher>(registry, publishing);
    m_publisher->start();
    m_commands = std::make_unique<HealthCommands>(
        m_breakers, HealthCommands::Config{conninfo, publishing.instance.id, std::chrono::seconds(10)});
    m_commands->start();
}

HealthReporting::~HealthReporting()
{
    m_commands.reset();   // no command is applied once it is gone
    m_publisher.reset();
}

void HealthReporting::registerBreaker(const QString &name, CircuitBreaker *breaker)
{
    if (breaker)
        m_breakers.registerBreaker(name, breaker);
}

} // namespace backroom::resilience
