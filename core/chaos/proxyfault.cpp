#include "chaos/proxyfault.h"

#include "chaos/faultproxy.h"
#include "coretext.h"

#include <QJsonArray>
#include <atomic>

namespace backroom::chaos {

ProxyFault::ProxyFault(FaultProxy &proxy, QString upstream, QList<Toxic> toxics)
    : m_proxy(proxy), m_upstream(std::move(upstream)), m_toxics(std::move(toxics))
{
    // Two faults may add the same kind of toxic to one proxy: each gets names of its own.
    static std::atomic<int> serial{0};
    const int mine = ++serial;
    for (Toxic &t : m_toxics)
        t.name = QStringLiteral("chaos%1_%2").arg(mine).arg(t.name);
}

QString ProxyFault::describe() const
{
    QStringList specs;
    for (const Toxic &t : m_toxics)
        specs << formatToxic(t);
    return ChaosText::tr("proxy to %1 (port %2): %3").arg(m_upstream).arg(m_proxy.port()).arg(specs.join(QStringLiteral("; ")));
}

Status ProxyFault::inject()
{
    for (const Toxic &t : m_toxics) {
        if (auto added = m_proxy.addToxic(t); !added)
            return added;
        m_added << t.name;
        m_injected = true;
    }
    m_injected = true;
    return Done{};
}

Status ProxyFault::rollback()
{
    Status outcome = Done{};
    for (const QString &name : std::as_const(m_added)) {
        auto removed = m_proxy.removeToxic(name);
        if (!removed && removed.error().kind != Error::Kind::NotFound)
            outcome = removed;
    }
    m_added.clear();
    m_injected = false;
    return outcome;
}

Result<QList<Toxic>> parseProxyToxics(const QJsonObject &spec)
{
    const QJsonArray array = spec.value(QStringLiteral("toxics")).toArray();
    if (array.isEmpty())
        return Error::make(Error::Kind::BadInput, ChaosText::tr("A proxy fault needs \"toxics\", e.g. [\"latency:downstream:ms=500\"]."));
    QList<Toxic> toxics;
    for (int i = 0; i < array.size(); ++i) {
        auto toxic = parseToxic(array.at(i).toString());
        if (!toxic)
            return Error::make(Error::Kind::BadInput, ChaosText::tr("toxics[%1]: %2").arg(i).arg(toxic.error().message));
        toxics << *toxic;
    }
    return toxics;
}

} // namespace backroom::chaos
