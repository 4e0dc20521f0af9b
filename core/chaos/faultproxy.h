#pragma once
// FaultProxy: a TCP proxy on loopback in front of one upstream (PostgreSQL, a gateway, a marketplace)
// that applies Toxiproxy-style toxics to the streams passing through, added and removed at run time.
// The fault lives only in this object: destroying it (or the process dying) closes every connection and
// leaves nothing behind anywhere else. removeAll() takes every toxic off without closing connections.
// Lives on the thread that creates it (one event loop, non-blocking sockets); not thread-safe.

#include "chaos/toxic.h"
#include "net/clock.h"
#include "result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace backroom::chaos {

class ProxyConnection;
class Link;

class FaultProxy : public QObject {
    Q_OBJECT
public:
    struct Options {
        QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 listenPort = 0;                  // 0 = any free port
        QString upstreamHost;
        quint16 upstreamPort = 0;
        bool allowRemoteUpstream = false;        // an upstream off this machine must be confirmed
        quint64 seed = 0;                        // toxicity, jitter and slices; 0 = random
        net::Clock *clock = nullptr;             // nullptr = Clock::system()
    };
    // What one toxic did, for the chaos report (kept after the toxic is removed, until destruction).
    struct ToxicCounters {
        qint64 connectionsAffected = 0;          // streams the toxic applied to (toxicity roll won)
        qint64 bytes = 0;                        // bytes that reached it on those streams
    };

    explicit FaultProxy(Options options, QObject *parent = nullptr);
    ~FaultProxy() override;   // closes every connection and the listening socket

    // BadInput when the listen address is not loopback (or the upstream is remote and not confirmed),
    // Connection when the port cannot be opened.
    Status start();
    quint16 port() const { return m_port; }
    QString upstream() const;

    // BadInput for an invalid toxic or a name already in use. Applies to open connections at once
    // (each rolls its toxicity) and to every later one.
    Status addToxic(const Toxic &toxic);
    Status addToxic(const QString &spec);
    // NotFound when no toxic has that name. Data held by a delaying toxic is released at once.
    Status removeToxic(const QString &name);
    void removeAll();
    QList<Toxic> toxics() const { return m_toxics; }
    bool isDown() const;
    QHash<QString, ToxicCounters> counters() const { return m_counters; }

    int openConnections() const { return int(m_connections.size()); }
    qint64 connectionsAccepted() const { return m_accepted; }
    void closeAllConnections();

signals:
    void connectionOpened();
    void connectionClosed();
    void toxicsChanged();

private:
    friend class ProxyConnection;
    friend class Link;
    void acceptPending();
    void forgetConnection(ProxyConnection *connection);
    Status listen();
    net::Clock &clock() const;
    QRandomGenerator &random() { return m_random; }
    void countApplied(const QString &name) { ++m_counters[name].connectionsAffected; }
    void countBytes(const QString &name, qint64 bytes) { m_counters[name].bytes += bytes; }

    Options m_options;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QList<Toxic> m_toxics;
    QHash<QString, ToxicCounters> m_counters;
    QList<ProxyConnection *> m_connections;   // owned (children of this)
    QRandomGenerator m_random;
    qint64 m_accepted = 0;
};

} // namespace backroom::chaos
