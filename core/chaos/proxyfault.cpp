#include "chaos/proxyfault.h"

#include "chaos/faultproxy.h"
#include "coretext.h"

#include <QJsonArray>
#include <QMetaObject>
#include <atomic>
#include <functional>
#include <optional>

namespace backroom::chaos {
namespace {

// Runs f where the proxy lives (at once when that is here) and answers its status.
Status onProxyThread(FaultProxy &proxy, const std::function<Status()> &f)
{
    if (proxy.thread() == QThread::currentThread())
        return f();
    std::optional<Status> out;
    QMetaObject::invokeMethod(&proxy, [&] { out = f(); }, Qt::BlockingQueuedConnection);
    return out.value_or(Status(Error::make(Error::Kind::Connection, ChaosText::tr("The fault proxy's thread did not answer."))));
}

} // namespace

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
    for (const Toxic &t : m_toxics)   // without the generated chaos<N>_ names: they say nothing to the reader
        specs << formatToxic(t).section(QStringLiteral(",name="), 0, 0);
    return ChaosText::tr("proxy to %1 (port %2): %3").arg(m_upstream).arg(m_proxy.port()).arg(specs.join(QStringLiteral("; ")));
}

Status ProxyFault::inject()
{
    for (const Toxic &t : m_toxics) {
        if (auto added = onProxyThread(m_proxy, [&] { return m_proxy.addToxic(t); }); !added)
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
        auto removed = onProxyThread(m_proxy, [&] { return m_proxy.removeToxic(name); });
        if (!removed && removed.error().kind != Error::Kind::NotFound)
            outcome = removed;
    }
    m_added.clear();
    m_injected = false;
    return outcome;
}

ProxyThread::~ProxyThread()
{
    if (m_proxy)
        QMetaObject::invokeMethod(m_proxy, [p = m_proxy] { delete p; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Status ProxyThread::start(const FaultProxy::Options &options)
{
    m_proxy = new FaultProxy(options);   // no socket yet: those are made by start(), on the thread
    m_proxy->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("fault-proxy"));
    m_thread.start();
    std::optional<Status> started;
    QMetaObject::invokeMethod(m_proxy, [&] { started = m_proxy->start(); }, Qt::BlockingQueuedConnection);
    return started.value_or(Status(Error::make(Error::Kind::Connection, ChaosText::tr("The fault proxy's thread did not start."))));
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
