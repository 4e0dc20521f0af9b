#pragma once
// ProxyFault: the TCP fault proxy (faultproxy.h) inside a chaos experiment. A FaultProxy stands between a
// client and one upstream for the whole run, passing bytes untouched; this fault adds its toxics
// (latency+jitter, bandwidth, slow_close, timeout, reset_peer, slicer, limit_data, down; each with a
// stream direction and a toxicity) while it is in, and takes exactly those off on rollback. Nothing is
// changed outside this process: when the process dies, so does the proxy and every toxic with it.
//
// Experiment JSON: {"type": "proxy", "upstream": "shopee", "toxics": ["latency:downstream:ms=1500,jitter=300"]}
// The upstream names a proxy the run has at hand (FaultContext::proxies): "postgres" (the run puts one
// between its load and PostgreSQL when the experiment asks for it), the sandbox's "opn", "gbp",
// "shopee", "lazada" (`drill chaos` puts one in front of each stand-in it starts), or any name the
// caller registered.
//
// Thread: the run's. The proxy may live on another thread (ProxyThread): the fault then changes its
// toxics there and waits.

#include "chaos/faultproxy.h"
#include "chaos/faults.h"
#include "chaos/toxic.h"

#include <QList>
#include <QStringList>
#include <QThread>
#include <memory>

namespace backroom::chaos {

class ProxyFault : public Fault {
public:
    ProxyFault(FaultProxy &proxy, QString upstream, QList<Toxic> toxics);
    QString describe() const override;
    // Adds every toxic (each under a name unique to this fault); BadInput if the proxy refuses one, with
    // those already added still in (rollback() takes them off).
    Status inject() override;
    Status rollback() override;

private:
    FaultProxy &m_proxy;
    QString m_upstream;
    QList<Toxic> m_toxics;
    QStringList m_added;   // names on the proxy now
};

// A FaultProxy on a thread of its own, for clients that block on it from the run's thread (libpq's
// connect and queries: a proxy on the same thread would never get to forward their bytes). Created,
// started and destroyed on that thread; the destructor stops the thread.
class ProxyThread {
public:
    ProxyThread() = default;
    ~ProxyThread();
    ProxyThread(const ProxyThread &) = delete;
    ProxyThread &operator=(const ProxyThread &) = delete;
    Status start(const FaultProxy::Options &options);
    FaultProxy *proxy() const { return m_proxy; }

private:
    QThread m_thread;
    FaultProxy *m_proxy = nullptr;   // lives on m_thread
};

// The toxics of a proxy fault's JSON ("toxics": ["latency:downstream:ms=200", ...]); BadInput naming the
// bad entry.
Result<QList<Toxic>> parseProxyToxics(const QJsonObject &spec);

} // namespace backroom::chaos
