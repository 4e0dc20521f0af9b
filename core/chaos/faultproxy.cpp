#include "chaos/faultproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace backroom::chaos {

using Clock = net::Clock;
using std::chrono::duration_cast;
using std::chrono::milliseconds;

namespace {

// SO_LINGER 0 makes the close that follows a TCP RST instead of a FIN: the peer sees "connection reset".
void lingerZero(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    if (socket->socketDescriptor() >= 0) {
        const linger off{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &off, sizeof off);
    }
#else
    Q_UNUSED(socket)
#endif
}

bool delaysData(ToxicKind kind)
{
    return kind == ToxicKind::Latency || kind == ToxicKind::Bandwidth || kind == ToxicKind::Slicer;
}

} // namespace

// One direction of one connection: reads `from`, applies its toxics, writes `to` when each chunk is due.
class Link {
public:
    Link(ProxyConnection *connection, QTcpSocket *from, QTcpSocket *to, Stream stream);
    Stream stream() const { return m_stream; }
    void apply(const Toxic &toxic);
    void remove(const QString &name);
    void readAvailable();
    void sourceEnded();
    void flush();

private:
    struct ActiveToxic {
        Toxic toxic;
        bool applies = false;
        std::unique_ptr<QTimer> timer;   // timeout's close, reset_peer's reset
    };
    struct Chunk {
        QByteArray data;
        Clock::TimePoint due;
    };
    const ActiveToxic *find(ToxicKind kind) const;
    void schedule(const QByteArray &data);
    void enqueue(const QByteArray &data, Clock::TimePoint earliest, Clock::Duration spacing);
    void drained();

    ProxyConnection *m_connection;
    QTcpSocket *m_from;
    QTcpSocket *m_to;
    Stream m_stream;
    std::vector<std::unique_ptr<ActiveToxic>> m_toxics;
    std::deque<Chunk> m_queue;
    Clock::TimePoint m_lastDue{};
    QTimer m_flushTimer;
    QTimer m_slowCloseTimer;
    qint64 m_passed = 0;
    bool m_sourceEnded = false;
    bool m_limitReached = false;
};

class ProxyConnection : public QObject {
public:
    ProxyConnection(FaultProxy *proxy, QTcpSocket *client);
    ~ProxyConnection() override;
    void apply(const Toxic &toxic);
    void remove(const QString &name);
    // Graceful close of both sides (FIN), or a reset (RST) of both.
    void close();
    void reset();
    void detach() { m_proxy = nullptr; }

    FaultProxy *proxy() const { return m_proxy; }
    Clock &clock() const { return *m_clock; }
    QRandomGenerator &random() const { return *m_random; }

private:
    void checkDone();
    Link &linkFrom(QTcpSocket *socket) { return socket == m_client ? *m_up : *m_down; }

    FaultProxy *m_proxy;
    Clock *m_clock;
    QRandomGenerator *m_random;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    std::unique_ptr<Link> m_up;
    std::unique_ptr<Link> m_down;
    bool m_done = false;
};

// ---- Link ----

Link::Link(ProxyConnection *connection, QTcpSocket *from, QTcpSocket *to, Stream stream)
    : m_connection(connection), m_from(from), m_to(to), m_stream(stream)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_flushTimer, &QTimer::timeout, connection, [this] { flush(); });
    m_slowCloseTimer.setSingleShot(true);
    QObject::connect(&m_slowCloseTimer, &QTimer::timeout, connection, [this] { m_to->disconnectFromHost(); });
}

void Link::apply(const Toxic &toxic)
{
    auto active = std::make_unique<ActiveToxic>();
    active->toxic = toxic;
    active->applies = rollToxicity(toxic.toxicity, m_connection->random());
    if (active->applies) {
        if (auto *proxy = m_connection->proxy())
            proxy->countApplied(toxic.name);
        if (toxic.kind == ToxicKind::Timeout && toxic.time.count() > 0) {
            // Toxiproxy's timeout: data stops now, the connection closes after the timeout.
            active->timer = std::make_unique<QTimer>();
            active->timer->setSingleShot(true);
            QObject::connect(active->timer.get(), &QTimer::timeout, m_connection, [c = m_connection] { c->close(); });
            active->timer->start(toxic.time);
        }
    }
    m_toxics.push_back(std::move(active));
}

void Link::remove(const QString &name)
{
    const auto it = std::find_if(m_toxics.begin(), m_toxics.end(), [&](const auto &a) { return a->toxic.name == name; });
    if (it == m_toxics.end())
        return;
    const ToxicKind kind = (*it)->toxic.kind;
    m_toxics.erase(it);
    if (delaysData(kind)) {
        // What the toxic held back goes out now, in order.
        const Clock::TimePoint now = m_connection->clock().now();
        for (Chunk &c : m_queue)
            c.due = now;
        m_lastDue = now;
        flush();
    } else if (kind == ToxicKind::SlowClose && m_slowCloseTimer.isActive()) {
        m_slowCloseTimer.stop();
        m_to->disconnectFromHost();
    }
}

const Link::ActiveToxic *Link::find(ToxicKind kind) const
{
    for (const auto &a : m_toxics)
        if (a->applies && a->toxic.kind == kind)
            return a.get();
    return nullptr;
}

void Link::readAvailable()
{
    if (!m_from->isOpen())
        return;   // reset or closed: nothing left to read
    const QByteArray data = m_from->readAll();
    if (data.isEmpty())
        return;
    if (auto *proxy = m_connection->proxy()) {
        for (const auto &a : m_toxics)
            if (a->applies)
                proxy->countBytes(a->toxic.name, data.size());
    }
    if (find(ToxicKind::Timeout))
        return;   // dropped on the floor while the timeout holds
    for (const auto &a : m_toxics) {
        if (a->applies && a->toxic.kind == ToxicKind::ResetPeer) {
            // The first data arms the reset; nothing more gets through.
            if (!a->timer) {
                a->timer = std::make_unique<QTimer>();
                a->timer->setSingleShot(true);
                QObject::connect(a->timer.get(), &QTimer::timeout, m_connection, [c = m_connection] { c->reset(); });
                a->timer->start(a->toxic.time);
            }
            return;
        }
    }
    schedule(data);
}

void Link::schedule(const QByteArray &input)
{
    QByteArray data = input;
    if (m_limitReached)
        return;
    if (const ActiveToxic *limit = find(ToxicKind::LimitData)) {
        const qint64 allowed = std::max<qint64>(0, limit->toxic.byteLimit - m_passed);
        data.truncate(qsizetype(std::min<qint64>(allowed, data.size())));
        m_limitReached = m_passed + input.size() >= limit->toxic.byteLimit;
    }
    m_passed += data.size();
    Clock::TimePoint earliest = m_connection->clock().now();
    for (const auto &a : m_toxics)
        if (a->applies && a->toxic.kind == ToxicKind::Latency)
            earliest += latencyDelay(a->toxic, m_connection->random());
    if (const ActiveToxic *slicer = find(ToxicKind::Slicer)) {
        qsizetype offset = 0;
        for (int size : sliceSizes(data.size(), slicer->toxic.sliceSize, slicer->toxic.sliceVariation, m_connection->random())) {
            enqueue(data.mid(offset, size), earliest, offset == 0 ? Clock::Duration(0) : Clock::Duration(slicer->toxic.sliceDelay));
            offset += size;
        }
    } else if (!data.isEmpty()) {
        enqueue(data, earliest, Clock::Duration(0));
    }
    flush();
}

void Link::enqueue(const QByteArray &data, Clock::TimePoint earliest, Clock::Duration spacing)
{
    const ActiveToxic *bandwidth = find(ToxicKind::Bandwidth);
    const qint64 rate = bandwidth ? bandwidth->toxic.rateKBps : 0;
    // At a low rate a big chunk goes out in 100 ms pieces, so the stream trickles instead of stalling.
    const qsizetype piece = rate > 0 ? qsizetype(std::max<qint64>(1, rate * 100)) : data.size();
    for (qsizetype offset = 0; offset < data.size(); offset += piece) {
        const QByteArray part = data.mid(offset, piece);
        Clock::TimePoint due = std::max(earliest, m_lastDue) + spacing + transferTime(part.size(), rate);
        spacing = Clock::Duration(0);
        m_queue.push_back({part, due});
        m_lastDue = due;
    }
}

void Link::flush()
{
    if (m_to->state() != QAbstractSocket::ConnectedState)
        return;   // the upstream is still connecting (flushed when it is) or gone
    const Clock::TimePoint now = m_connection->clock().now();
    while (!m_queue.empty() && m_queue.front().due <= now) {
        m_to->write(m_queue.front().data);
        m_queue.pop_front();
    }
    if (!m_queue.empty()) {
        const auto wait = duration_cast<milliseconds>(m_queue.front().due - now) + milliseconds(1);
        m_flushTimer.start(wait);
        return;
    }
    if (m_sourceEnded || m_limitReached)
        drained();
}

void Link::sourceEnded()
{
    readAvailable();
    m_sourceEnded = true;
    flush();
}

void Link::drained()
{
    if (m_limitReached) {
        m_connection->close();
        return;
    }
    if (m_slowCloseTimer.isActive())
        return;
    if (const ActiveToxic *slow = find(ToxicKind::SlowClose); slow && slow->toxic.time.count() > 0) {
        m_slowCloseTimer.start(slow->toxic.time);
        return;
    }
    m_to->disconnectFromHost();
}

// ---- ProxyConnection ----

ProxyConnection::ProxyConnection(FaultProxy *proxy, QTcpSocket *client)
    : QObject(proxy), m_proxy(proxy), m_clock(&proxy->clock()), m_random(&proxy->random()), m_client(client),
      m_server(new QTcpSocket(this))
{
    m_client->setParent(this);
    m_up = std::make_unique<Link>(this, m_client, m_server, Stream::Upstream);
    m_down = std::make_unique<Link>(this, m_server, m_client, Stream::Downstream);
    for (const Toxic &t : proxy->toxics())
        apply(t);
    for (QTcpSocket *s : {m_client, m_server}) {
        connect(s, &QTcpSocket::readyRead, this, [this, s] { linkFrom(s).readAvailable(); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            linkFrom(s).sourceEnded();
            checkDone();
        });
        connect(s, &QTcpSocket::errorOccurred, this, [this, s](QAbstractSocket::SocketError) {
            // A refused or failed upstream (or a broken client) ends the whole connection.
            if (s->state() == QAbstractSocket::UnconnectedState)
                close();
        });
    }
    connect(m_server, &QTcpSocket::connected, this, [this] { m_up->flush(); });
    m_server->connectToHost(proxy->m_options.upstreamHost, proxy->m_options.upstreamPort);
    if (m_client->bytesAvailable() > 0)
        m_up->readAvailable();
}

ProxyConnection::~ProxyConnection()
{
    m_up.reset();
    m_down.reset();
}

void ProxyConnection::apply(const Toxic &toxic)
{
    if (toxic.kind == ToxicKind::Down)
        return;
    (toxic.stream == Stream::Upstream ? *m_up : *m_down).apply(toxic);
}

void ProxyConnection::remove(const QString &name)
{
    m_up->remove(name);
    m_down->remove(name);
}

void ProxyConnection::close()
{
    m_client->disconnectFromHost();
    m_server->disconnectFromHost();
    if (m_server->state() == QAbstractSocket::ConnectingState || m_server->state() == QAbstractSocket::HostLookupState)
        m_server->abort();
    checkDone();
}

void ProxyConnection::reset()
{
    for (QTcpSocket *s : {m_client, m_server}) {
        lingerZero(s);
        s->abort();
    }
    checkDone();
}

void ProxyConnection::checkDone()
{
    if (m_done || m_client->state() != QAbstractSocket::UnconnectedState
        || m_server->state() != QAbstractSocket::UnconnectedState)
        return;
    m_done = true;
    if (m_proxy)
        m_proxy->forgetConnection(this);
    deleteLater();
}

// ---- FaultProxy ----

FaultProxy::FaultProxy(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_random(m_options.seed ? QRandomGenerator(quint32(m_options.seed)) : QRandomGenerator(QRandomGenerator::global()->generate()))
{
}

FaultProxy::~FaultProxy()
{
    m_toxics.clear();
    const QList<ProxyConnection *> open = m_connections;
    m_connections.clear();
    for (ProxyConnection *c : open) {
        c->detach();
        c->close();
        delete c;
    }
}

net::Clock &FaultProxy::clock() const { return m_options.clock ? *m_options.clock : net::Clock::system(); }

QString FaultProxy::upstream() const
{
    return QStringLiteral("%1:%2").arg(m_options.upstreamHost).arg(m_options.upstreamPort);
}

Status FaultProxy::start()
{
    if (!m_options.listenAddress.isLoopback())
        return Error::make(Error::Kind::BadInput,
                           ChaosText::tr("The fault proxy listens on loopback only (127.0.0.1 or ::1), not %1.")
                               .arg(m_options.listenAddress.toString()));
    if (m_options.upstreamHost.isEmpty() || m_options.upstreamPort == 0)
        return Error::make(Error::Kind::BadInput, ChaosText::tr("The fault proxy needs an upstream host:port."));
    const QHostAddress upstreamAddress(m_options.upstreamHost);
    const bool local = m_options.upstreamHost == QLatin1String("localhost") || (!upstreamAddress.isNull() && upstreamAddress.isLoopback());
    if (!local && !m_options.allowRemoteUpstream)
        return Error::make(Error::Kind::BadInput,
                           ChaosText::tr("The upstream %1 is not on this machine: confirm it to put faults in front of it.")
                               .arg(upstream()));
    m_port = m_options.listenPort;
    return listen();
}

Status FaultProxy::listen()
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptPending);
    }
    if (!m_server->listen(m_options.listenAddress, m_port))
        return Error::make(Error::Kind::Connection, ChaosText::tr("The fault proxy cannot listen on %1:%2: %3.")
                                                        .arg(m_options.listenAddress.toString())
                                                        .arg(m_port)
                                                        .arg(m_server->errorString()));
    m_port = m_server->serverPort();
    return Done{};
}

void FaultProxy::acceptPending()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        if (isDown()) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        m_connections.append(new ProxyConnection(this, client));
        emit connectionOpened();
    }
}

void FaultProxy::forgetConnection(ProxyConnection *connection)
{
    if (m_connections.removeOne(connection))
        emit connectionClosed();
}

bool FaultProxy::isDown() const
{
    return std::any_of(m_toxics.begin(), m_toxics.end(), [](const Toxic &t) { return t.kind == ToxicKind::Down; });
}

Status FaultProxy::addToxic(const QString &spec)
{
    auto toxic = parseToxic(spec);
    if (!toxic)
        return toxic.error();
    return addToxic(*toxic);
}

Status FaultProxy::addToxic(const Toxic &toxic)
{
    if (auto valid = validateToxic(toxic); !valid)
        return valid;
    for (const Toxic &t : m_toxics)
        if (t.name == toxic.name)
            return Error::make(Error::Kind::BadInput,
                               ChaosText::tr("A toxic named %1 is already on this proxy: remove it first or pick another name.")
                                   .arg(toxic.name));
    m_toxics.append(toxic);
    m_counters[toxic.name];
    if (toxic.kind == ToxicKind::Down) {
        // Down: the port is closed (new connections are refused) and every open one is dropped.
        countApplied(toxic.name);
        if (m_server)
            m_server->close();
        closeAllConnections();
    } else {
        for (ProxyConnection *c : std::as_const(m_connections))
            c->apply(toxic);
    }
    emit toxicsChanged();
    return Done{};
}

Status FaultProxy::removeToxic(const QString &name)
{
    const auto it = std::find_if(m_toxics.begin(), m_toxics.end(), [&](const Toxic &t) { return t.name == name; });
    if (it == m_toxics.end())
        return Error::make(Error::Kind::NotFound, ChaosText::tr("No toxic named %1 on this proxy.").arg(name));
    const bool wasDown = it->kind == ToxicKind::Down;
    m_toxics.erase(it);
    for (ProxyConnection *c : std::as_const(m_connections))
        c->remove(name);
    Status status = Done{};
    if (wasDown && !isDown() && m_server && !m_server->isListening())
        status = listen();
    emit toxicsChanged();
    return status;
}

void FaultProxy::removeAll()
{
    const QList<Toxic> all = m_toxics;
    for (const Toxic &t : all)
        removeToxic(t.name);
}

void FaultProxy::closeAllConnections()
{
    const QList<ProxyConnection *> open = m_connections;
    for (ProxyConnection *c : open)
        c->close();
}

} // namespace backroom::chaos
