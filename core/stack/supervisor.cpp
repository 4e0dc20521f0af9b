#include "stack/supervisor.h"
#include "coretext.h"

#include "net/httpclient.h"
#include "resilience/healthregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <algorithm>
#include <mutex>

namespace backroom::stack {
namespace {

double msSince(const net::Clock &clock, net::Clock::TimePoint since)
{
    return std::chrono::duration<double, std::milli>(clock.now() - since).count();
}

// A port nothing listens on now (the kernel's pick). Another process could take it before the instance
// binds it: the instance then fails to start and the supervisor tries again on the next tick.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct PoolLoad {
    double saturation = 0;
    int inFlight = 0;
};

PoolLoad poolLoad(const QJsonObject &pool)
{
    const double max = pool.value(QStringLiteral("max_concurrent")).toDouble();
    const int inFlight = pool.value(QStringLiteral("in_flight")).toInt();
    return PoolLoad{max > 0 ? std::clamp(inFlight / max, 0.0, 1.0) : 0.0, inFlight};
}

} // namespace

QString instanceStateName(InstanceState state)
{
    switch (state) {
    case InstanceState::Starting: return QStringLiteral("starting");
    case InstanceState::Ready: return QStringLiteral("ready");
    case InstanceState::Draining: return QStringLiteral("draining");
    }
    return {};
}

// ---- ServeLauncher ----------------------------------------------------------------------------------

ServeLauncher::ServeLauncher(Config config) : m_config(std::move(config)) {}

ServeLauncher::~ServeLauncher()
{
    QStringList ids;
    for (const auto &[id, process] : m_processes)
        ids.append(id);
    for (const QString &id : ids)
        stop(id);
}

Result<QString> ServeLauncher::start(quint16 port)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_config.conninfo.isEmpty())
        env.insert(QStringLiteral("BACKROOM_DB"), m_config.conninfo);
    process->setProcessEnvironment(env);
    if (m_config.logDir.isEmpty()) {
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(QProcess::nullDevice());
    } else {
        QDir().mkpath(m_config.logDir);
        const QString log = QDir(m_config.logDir).filePath(QStringLiteral("serve-%1.log").arg(port));
        process->setStandardOutputFile(log, QIODevice::Append);
        process->setStandardErrorFile(log, QIODevice::Append);
    }
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    args += m_config.extraArgs;
    process->start(m_config.program, args);
    if (!process->waitForStarted(10000))
        return Error::make(Error::Kind::Connection, StackText::tr("Could not start %1 serve on port %2: %3")
                                                        .arg(m_config.program).arg(port).arg(process->errorString()));
    const QString id = QString::number(process->processId());
    m_processes[id] = std::move(process);
    return id;
}

bool ServeLauncher::isRunning(const QString &id) const
{
    const auto it = m_processes.find(id);
    return it != m_processes.end() && it->second->state() != QProcess::NotRunning;
}

void ServeLauncher::stop(const QString &id)
{
    const auto it = m_processes.find(id);
    if (it == m_processes.end())
        return;
    QProcess &process = *it->second;
    if (process.state() != QProcess::NotRunning) {
        process.terminate();   // SIGTERM: serve finishes its requests and closes its pools
        if (!process.waitForFinished(int(m_config.stopGrace.count()))) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    m_processes.erase(it);
}

// ---- Supervisor -------------------------------------------------------------------------------------

Supervisor::Supervisor(Config config, HaproxyRuntime &haproxy, InstanceLauncher &launcher, net::Clock &clock,
                       QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_haproxy(haproxy), m_launcher(launcher), m_clock(clock),
      m_policy(m_config.policy, clock), m_http(new net::HttpClient(this))
{
    qRegisterMetaType<backroom::stack::Supervisor::ScaleEvent>();
    qRegisterMetaType<backroom::stack::ScaleDecision>();
    m_timer.setInterval(int(m_config.tickInterval.count()));
    connect(&m_timer, &QTimer::timeout, this, &Supervisor::tick);
}

Supervisor::~Supervisor()
{
    stop();
    if (m_registry)
        for (const QString &name : std::as_const(m_registryNames))
            m_registry->remove(name);
}

Status Supervisor::start()
{
    if (m_running)
        return Done{};
    const QString problemText = m_config.policy.problem();
    if (!problemText.isEmpty())
        return Error::make(Error::Kind::BadInput, problemText);
    auto servers = m_haproxy.servers(m_config.backend);
    if (!servers)
        return servers.error();
    m_slots.clear();
    for (const ServerSlot &s : *servers)
        if (s.inMaintenance())
            m_slots.append(s.name);
    if (m_slots.size() < m_config.policy.maxInstances)
        return Error::make(Error::Kind::BadInput,
                           StackText::tr("HAProxy's backend %1 has %2 free server slots (in maintenance) for at most %3 instances: "
                              "raise its server-template count or lower --max.")
                               .arg(m_config.backend).arg(m_slots.size()).arg(m_config.policy.maxInstances));
    m_running = true;
    m_startedAt = m_clock.utcNow();
    for (int i = 0; i < m_config.policy.minInstances; ++i)
        if (!launchOne(StackText::tr("starting: the minimum is %1").arg(m_config.policy.minInstances), instanceCount()))
            break;
    m_timer.start();
    return Done{};
}

void Supervisor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_waiting = 0;
    ++m_round;
    const int before = instanceCount();
    QStringList slotList;
    for (const auto &[slot, instance] : m_instances)
        slotList.append(slot);
    for (const QString &slot : slotList)
        m_haproxy.setState(m_config.backend, slot, SlotState::Maint);
    for (const QString &slot : slotList)
        removeInstance(slot);
    if (before > 0)
        record(before, 0, StackText::tr("supervisor stopped"), {});
}

void Supervisor::tick()
{
    if (!m_running || m_waiting > 0)
        return;
    if (m_instances.empty())
        return finishRound();
    m_waiting = int(m_instances.size());
    ++m_round;
    for (auto &[slot, instance] : m_instances)
        probe(instance);
}

void Supervisor::probe(Instance &instance)
{
    net::HttpRequest request =
        net::HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(instance.port)),
                              QStringLiteral("autoscale:%1").arg(m_config.name));
    request.timeout = m_config.probeTimeout;
    request.idempotent = true;
    const QString slot = instance.slot;
    const quint64 round = m_round;
    m_http->send(request, this, [this, slot, round](const net::HttpResponse &r) {
        if (round != m_round)   // an answer to a round stop() abandoned
            return;
        const double latency = std::chrono::duration<double, std::milli>(r.elapsed).count();
        const QJsonObject pools = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("pools")).toObject();
        const PoolLoad browse = poolLoad(pools.value(QStringLiteral("browse")).toObject());
        const PoolLoad checkout = poolLoad(pools.value(QStringLiteral("checkout")).toObject());
        const bool answered = r.status > 0 && !pools.isEmpty();
        onProbeAnswer(slot, answered, r.status, latency, browse.saturation, checkout.saturation,
                      browse.inFlight + checkout.inFlight);
    });
}

void Supervisor::onProbeAnswer(const QString &slot, bool reachable, int status, double latencyMs, double browse,
                               double checkout, int inFlight)
{
    const auto it = m_instances.find(slot);
    if (it != m_instances.end()) {
        Instance &i = it->second;
        i.reachable = reachable;
        i.latencyMs = latencyMs;
        if (reachable) {
            i.browseSaturation = browse;
            i.checkoutSaturation = checkout;
            i.inFlight = inFlight;
        }
        if (i.state == InstanceState::Starting && reachable && status == 200) {
            if (auto ready = m_haproxy.setState(m_config.backend, slot, SlotState::Ready); ready) {
                i.state = InstanceState::Ready;
                i.stateSince = m_clock.now();
                emit instanceReady(slot, i.port);
            } else {
                emit problem(ready.error().message);
            }
        }
    }
    if (--m_waiting == 0 && m_running)
        finishRound();
}

void Supervisor::finishRound()
{
    QStringList slotList;
    for (const auto &[slot, instance] : m_instances)
        slotList.append(slot);
    for (const QString &slot : slotList) {
        const auto it = m_instances.find(slot);
        if (it == m_instances.end())
            continue;
        if (it->second.state == InstanceState::Starting)
            settleStarting(it->second);
        else if (it->second.state == InstanceState::Draining)
            settleDraining(it->second);
        else if (!m_launcher.isRunning(it->second.launcherId)) {
            const int before = instanceCount();
            emit problem(StackText::tr("Instance %1 (port %2) exited by itself.").arg(slot).arg(it->second.port));
            m_haproxy.setState(m_config.backend, slot, SlotState::Maint);
            removeInstance(slot);
            record(before, instanceCount(), StackText::tr("instance %1 exited").arg(slot), slot);
        }
    }
    QList<LoadSample> samples;
    int counted = 0;   // ready and starting: what the pool will be
    for (const auto &[slot, i] : m_instances) {
        if (i.state == InstanceState::Draining)
            continue;
        ++counted;
        if (i.state == InstanceState::Ready)
            samples.append(LoadSample{std::max(i.browseSaturation, i.checkoutSaturation), i.latencyMs, i.reachable});
    }
    const ScaleDecision decision = m_policy.observe(counted, samples);
    apply(decision);
    announce();
    emit ticked(decision);
}

void Supervisor::settleStarting(Instance &instance)
{
    const bool alive = m_launcher.isRunning(instance.launcherId);
    const bool late = msSince(m_clock, instance.stateSince) > double(m_config.startTimeout.count());
    if (alive && !late)
        return;
    const QString slot = instance.slot;
    emit problem(alive ? StackText::tr("Instance %1 (port %2) did not answer /health within %3 s; stopped it.")
                             .arg(slot).arg(instance.port).arg(m_config.startTimeout.count() / 1000)
                       : StackText::tr("Instance %1 (port %2) exited while starting; see its log.").arg(slot).arg(instance.port));
    const int before = instanceCount();
    m_haproxy.setState(m_config.backend, slot, SlotState::Maint);
    removeInstance(slot);
    record(before, instanceCount(), StackText::tr("instance %1 failed to start").arg(slot), slot);
}

void Supervisor::settleDraining(Instance &instance)
{
    const bool idle = instance.inFlight == 0 || !instance.reachable;
    const bool late = msSince(m_clock, instance.stateSince) > double(m_config.drainTimeout.count());
    if (!idle && !late)
        return;
    const QString slot = instance.slot;
    removeInstance(slot);
    emit instanceStopped(slot);
}

void Supervisor::apply(const ScaleDecision &decision)
{
    if (decision.direction == ScaleDirection::Up)
        launchOne(decision.reason, decision.from);
    else if (decision.direction == ScaleDirection::Down)
        drainOne(decision.reason, decision.from);
}

bool Supervisor::launchOne(const QString &reason, int from)
{
    const QString slot = freeSlot();
    const quint16 port = freeLoopbackPort();
    if (slot.isEmpty() || port == 0) {
        emit problem(slot.isEmpty() ? StackText::tr("No free HAProxy slot in backend %1.").arg(m_config.backend)
                                    : StackText::tr("No free port on 127.0.0.1."));
        return false;
    }
    // The slot takes its address first (still in maintenance), then the process starts; the slot goes
    // ready when the instance answers /health.
    if (auto placed = m_haproxy.setAddress(m_config.backend, slot, QStringLiteral("127.0.0.1"), port); !placed) {
        emit problem(placed.error().message);
        return false;
    }
    auto id = m_launcher.start(port);
    if (!id) {
        emit problem(id.error().message);
        return false;
    }
    Instance instance;
    instance.slot = slot;
    instance.port = port;
    instance.launcherId = *id;
    instance.stateSince = m_clock.now();
    m_instances[slot] = instance;
    record(from, from + 1, reason, slot);
    return true;
}

bool Supervisor::drainOne(const QString &reason, int from)
{
    // The least busy ready instance goes; among equals the newest (highest slot), so long-lived ones stay.
    Instance *victim = nullptr;
    for (auto &[slot, i] : m_instances)
        if (i.state == InstanceState::Ready && (!victim || i.inFlight <= victim->inFlight))
            victim = &i;
    if (!victim)
        return false;
    if (auto out = m_haproxy.setState(m_config.backend, victim->slot, SlotState::Maint); !out) {
        emit problem(out.error().message);
        return false;
    }
    victim->state = InstanceState::Draining;
    victim->stateSince = m_clock.now();
    record(from, from - 1, reason, victim->slot);
    return true;
}

void Supervisor::removeInstance(const QString &slot)
{
    const auto it = m_instances.find(slot);
    if (it == m_instances.end())
        return;
    m_launcher.stop(it->second.launcherId);
    m_instances.erase(it);
    announce();
}

QString Supervisor::freeSlot() const
{
    for (const QString &slot : m_slots)
        if (m_instances.find(slot) == m_instances.end())
            return slot;
    return {};
}

int Supervisor::readyCount() const
{
    return int(std::count_if(m_instances.begin(), m_instances.end(),
                             [](const auto &entry) { return entry.second.state == InstanceState::Ready; }));
}

QList<Supervisor::Instance> Supervisor::instances() const
{
    QList<Instance> list;
    for (const auto &[slot, i] : m_instances)
        list.append(i);
    return list;
}

void Supervisor::record(int from, int to, const QString &reason, const QString &slot)
{
    ScaleEvent event{m_clock.utcNow(), from, to, reason, slot};
    m_events.append(event);
    emit scaled(event);
}
// ---- health components ------------------------------------------------------------------------------

// What the registry's providers read from the publisher's thread: a copy made on the supervisor's
// thread at each change (announce), behind a mutex.
struct Supervisor::Published {
    std::mutex mutex;
    QMap<QString, resilience::ComponentSnapshot> components;
};

void Supervisor::publishHealthTo(resilience::HealthRegistry &registry)
{
    m_registry = &registry;
    if (!m_published)
        m_published = std::make_shared<Published>();
    announce();
}

resilience::ComponentSnapshot Supervisor::supervisorSnapshot() const
{
    resilience::ComponentSnapshot s;
    s.kind = resilience::ComponentKind::Serve;
    s.state = m_running ? QStringLiteral("UP") : QStringLiteral("DOWN");
    const TickLoad load = m_policy.lastLoad();
    s.calls = load.samples;
    s.p95Ms = load.samples > 0 ? load.latencyP95Ms : -1;
    s.stateSince = m_startedAt;
    s.extra = QJsonObject{{QStringLiteral("role"), QStringLiteral("autoscale")},
                          {QStringLiteral("instances"), instanceCount()},
                          {QStringLiteral("ready"), readyCount()},
                          {QStringLiteral("min"), m_config.policy.minInstances},
                          {QStringLiteral("max"), m_config.policy.maxInstances},
                          {QStringLiteral("mean_saturation"), load.meanSaturation},
                          {QStringLiteral("backend"), m_config.backend},
                          {QStringLiteral("events"), int(m_events.size())}};
    return s;
}

resilience::ComponentSnapshot Supervisor::instanceSnapshot(const Instance &i) const
{
    resilience::ComponentSnapshot s;
    s.kind = resilience::ComponentKind::Serve;
    s.state = i.state == InstanceState::Ready ? (i.reachable ? QStringLiteral("UP") : QStringLiteral("DOWN"))
                                              : instanceStateName(i.state).toUpper();
    s.p95Ms = i.reachable ? i.latencyMs : -1;
    s.stateSince = m_clock.utcNow().addMSecs(-qint64(msSince(m_clock, i.stateSince)));
    s.extra = QJsonObject{{QStringLiteral("role"), QStringLiteral("autoscale-instance")},
                          {QStringLiteral("slot"), i.slot},
                          {QStringLiteral("port"), int(i.port)},
                          {QStringLiteral("browse_saturation"), i.browseSaturation},
                          {QStringLiteral("checkout_saturation"), i.checkoutSaturation},
                          {QStringLiteral("in_flight"), i.inFlight}};
    return s;
}

void Supervisor::announce()
{
    if (!m_registry || !m_published)
        return;
    const QString base = QStringLiteral("autoscale:%1").arg(m_config.name);
    QMap<QString, resilience::ComponentSnapshot> now;
    now.insert(base, supervisorSnapshot());
    for (const auto &[slot, i] : m_instances)
        now.insert(base + QLatin1Char(':') + slot, instanceSnapshot(i));
    QStringList gone;
    {
        std::lock_guard lock(m_published->mutex);
        for (auto it = m_published->components.cbegin(); it != m_published->components.cend(); ++it)
            if (!now.contains(it.key()))
                gone.append(it.key());
        m_published->components = now;
    }
    for (const QString &name : gone)
        m_registry->remove(name);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_registryNames.contains(it.key()))
            continue;
        m_registryNames.insert(it.key());
        std::weak_ptr<Published> weak = m_published;
        const QString name = it.key();
        m_registry->add(name, [weak, name] {
            const auto shared = weak.lock();
            if (!shared)
                return resilience::ComponentSnapshot{};
            std::lock_guard lock(shared->mutex);
            return shared->components.value(name);
        });
    }
    for (const QString &name : gone)
        m_registryNames.remove(name);
    m_registry->announceChange();
}

} // namespace backroom::stack
