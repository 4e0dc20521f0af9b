#include "healthregistry.h"

#include <QJsonValue>
#include <QStringList>

namespace backroom::resilience {

namespace {

struct KindName {
    ComponentKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {ComponentKind::Database, "database"}, {ComponentKind::Gateway, "gateway"},
    {ComponentKind::Bulkhead, "bulkhead"}, {ComponentKind::Breaker, "breaker"},
    {ComponentKind::Serve, "serve"},       {ComponentKind::Marketplace, "marketplace"},
};

const QString kCalls = QStringLiteral("calls");
const QString kFailureRate = QStringLiteral("failure_rate");
const QString kSlowRate = QStringLiteral("slow_rate");
const QString kP95 = QStringLiteral("p95_ms");
const QString kLastError = QStringLiteral("last_error");
const QString kSince = QStringLiteral("since");

// -1 (unknown) is stored as JSON null, so that SQL and the screen never average it in.
QJsonValue rateOrNull(double v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

double rateFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : -1;
}

} // namespace

QString componentKindName(ComponentKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<ComponentKind> componentKindFromName(const QString &name)
{
    for (const auto &k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QJsonObject ComponentSnapshot::detailJson() const
{
    QJsonObject detail = extra;
    detail.insert(kCalls, calls);
    detail.insert(kFailureRate, rateOrNull(failureRate));
    detail.insert(kSlowRate, rateOrNull(slowCallRate));
    detail.insert(kP95, rateOrNull(p95Ms));
    detail.insert(kLastError, lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError));
    detail.insert(kSince, stateSince.isValid() ? QJsonValue(stateSince.toUTC().toString(Qt::ISODateWithMs))
                                               : QJsonValue(QJsonValue::Null));
    return detail;
}

ComponentSnapshot ComponentSnapshot::fromDetail(QString name, ComponentKind kind, QString state,
                                                const QJsonObject &detail)
{
    ComponentSnapshot s;
    s.name = std::move(name);
    s.kind = kind;
    s.state = std::move(state);
    s.calls = detail.value(kCalls).toInteger();
    s.failureRate = rateFrom(detail.value(kFailureRate));
    s.slowCallRate = rateFrom(detail.value(kSlowRate));
    s.p95Ms = rateFrom(detail.value(kP95));
    s.lastError = detail.value(kLastError).toString();
    s.stateSince = QDateTime::fromString(detail.value(kSince).toString(), Qt::ISODateWithMs);
    s.extra = detail;
    for (const QString &k : {kCalls, kFailureRate, kSlowRate, kP95, kLastError, kSince})
        s.extra.remove(k);
    return s;
}

bool ComponentSnapshot::operator==(const ComponentSnapshot &o) const
{
    return name == o.name && kind == o.kind && state == o.state && detailJson() == o.detailJson();
}

void HealthRegistry::add(const QString &name, Provider provider)
{
    {
        std::lock_guard lock(m_mutex);
        m_providers[name] = std::move(provider);
    }
    notifyListeners();
}

void HealthRegistry::remove(const QString &name)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_providers.erase(name) == 0)
            return;
    }
    { std::lock_guard waitForRunningProviders(m_calling); }
    notifyListeners();
}

QStringList HealthRegistry::names() const
{
    std::lock_guard lock(m_mutex);
    QStringList out;
    for (const auto &entry : m_providers)
        out << entry.first;
    return out;
}

QList<ComponentSnapshot> HealthRegistry::snapshot() const
{
    std::lock_guard calling(m_calling);
    std::map<QString, Provider> providers;
    {
        std::lock_guard lock(m_mutex);
        providers = m_providers;   // call them outside this lock: a provider may announce a change
    }
    QList<ComponentSnapshot> out;
    out.reserve(int(providers.size()));
    for (const auto &[name, provide] : providers) {
        ComponentSnapshot s = provide();
        s.name = name;
        out.append(std::move(s));
    }
    return out;
}

void HealthRegistry::announceChange()
{
    notifyListeners();
}

int HealthRegistry::subscribe(std::function<void()> listener)
{
    std::lock_guard lock(m_mutex);
    const int id = m_nextListener++;
    m_listeners[id] = std::move(listener);
    return id;
}

void HealthRegistry::unsubscribe(int id)
{
    std::lock_guard lock(m_mutex);
    m_listeners.erase(id);
}

void HealthRegistry::notifyListeners()
{
    std::map<int, std::function<void()>> listeners;
    {
        std::lock_guard lock(m_mutex);
        listeners = m_listeners;
    }
    for (const auto &entry : listeners)
        entry.second();
}

} // namespace backroom::resilience
