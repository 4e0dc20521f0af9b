#include "chaossession.h"

#include "db/embeddedcluster.h"
#include "net/httpclient.h"
#include "payments/paymentrouter.h"
#include "payments/paymentsetup.h"
#include "payments/paymentstore.h"
#include "resilience/healthregistry.h"
#include "sandbox/sandbox.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

namespace backroom::ui {

namespace {

// The same test as `backroom drill chaos`: paid checkouts or a sandbox fault need the sandbox.
bool usesSandbox(const chaos::Experiment &e)
{
    if (e.load.pay)
        return true;
    return std::any_of(e.method.begin(), e.method.end(), [](const chaos::MethodStep &s) {
        return s.fault.value(QStringLiteral("type")).toString() == QLatin1String("sandbox");
    });
}

QJsonArray wholeSecondsJson(const std::vector<chaos::LoadSecond> &seconds)
{
    QJsonArray array;
    for (size_t i = 0; i + 1 < seconds.size(); ++i) {   // the last one is still filling
        const auto &s = seconds[i];
        array.append(QJsonObject{{QStringLiteral("at_s"), s.atSeconds}, {QStringLiteral("checkouts"), s.checkouts},
                                 {QStringLiteral("checkouts_ok"), s.checkoutsOk}, {QStringLiteral("payments"), s.payments},
                                 {QStringLiteral("payments_ok"), s.paymentsOk}, {QStringLiteral("rejected"), s.rejected}});
    }
    return array;
}

} // namespace

// Lives on the session's worker thread: everything the run touches is made, used and destroyed there.
class ChaosWorker : public QObject {
    Q_OBJECT
public:
    ChaosWorker(QString conninfo, chaos::Experiment experiment, bool confirmedRemote, ChaosSession::EnvironmentHook hook)
        : m_conninfo(std::move(conninfo)), m_experiment(std::move(experiment)), m_confirmedRemote(confirmedRemote),
          m_hook(std::move(hook))
    {
        m_progress.setParent(this);   // moves to the worker thread with this object
    }

    void begin()
    {
        chaos::ChaosEnvironment env;
        env.conninfo = m_conninfo;
        env.confirmedRemote = m_confirmedRemote;
        useDemoClusterIfItIsTheTarget(env);
        if (usesSandbox(m_experiment)) {
            if (auto started = startSandbox(); !started) {
                emit refused(started.error().message);
                return;
            }
            env.faults.sandbox = m_box.get();
            env.router = m_router.get();
            env.registry = &m_registry;
        }
        if (m_hook)
            m_hook(env);
        m_run = std::make_unique<chaos::ChaosRun>(m_experiment, env);
        connect(m_run.get(), &chaos::ChaosRun::timelineEvent, this, [this](const chaos::TimelineEvent &e) {
            emit timelineEvent(e.atSeconds, e.kind, e.detail);
        });
        connect(m_run.get(), &chaos::ChaosRun::finished, this, &ChaosWorker::onFinished);
        if (auto started = m_run->start(); !started) {
            m_run.reset();
            emit refused(started.error().message);
            return;
        }
        connect(&m_progress, &QTimer::timeout, this, [this] {
            if (m_run)
                emit secondsMeasured(wholeSecondsJson(m_run->secondsSoFar()));
        });
        m_progress.start(1000);
        emit running();
    }

    void cancel()
    {
        if (m_run && m_run->isRunning())
            m_run->cancel();
    }

    // Before the thread ends: the run first (its destructor rolls back whatever is still in), then what
    // it used.
    void shutdown()
    {
        m_progress.stop();
        if (m_run)
            disconnect(m_run.get(), nullptr, this, nullptr);
        m_run.reset();
        m_router.reset();
        m_http.reset();
        m_ledger.reset();
        m_ledgerConn.reset();
        m_box.reset();
        m_cluster.reset();
    }

signals:
    void running();
    void refused(const QString &message);
    void timelineEvent(double atSeconds, const QString &kind, const QString &detail);
    void secondsMeasured(const QJsonArray &seconds);
    void concluded(const QJsonObject &report);

private:
    void onFinished(const chaos::ChaosReport &report)
    {
        m_progress.stop();
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("run_id"), report.savedRunId);
        emit concluded(json);
    }

    // As `backroom drill chaos`: the demo's own database needs no backup, and its cluster is the one a
    // database restart stops and starts (this object never stops it when it goes: it did not start it).
    void useDemoClusterIfItIsTheTarget(chaos::ChaosEnvironment &env)
    {
        auto cluster = std::make_unique<db::EmbeddedCluster>(db::EmbeddedCluster::defaultRoot());
        if (!cluster->isInitialised())
            return;
        auto conn = db::Connection::open(m_conninfo);
        if (!conn || (*conn)->host() != cluster->socketDir())
            return;
        env.demoShop = true;
        m_cluster = std::move(cluster);
        env.faults.cluster = m_cluster.get();
    }

    // The sandbox's gateways and a router over them, as `backroom drill chaos` sets them up.
    Status startSandbox()
    {
        m_box = std::make_unique<sandbox::Sandbox>(sandbox::Sandbox::Options{});
        if (auto started = m_box->start(); !started)
            return started;
        auto conn = db::Connection::open(m_conninfo);
        if (!conn)
            return conn.error();
        m_ledgerConn = std::move(*conn);
        m_ledger = std::make_unique<payments::ConnectionLedger>(*m_ledgerConn);
        m_http = std::make_unique<net::HttpClient>();
        m_router = std::make_unique<payments::PaymentRouter>(payments::PaymentRouter::Options{}, *m_ledger);
        payments::PaymentsConfig config;
        config.opnUrl = m_box->baseUrl(QStringLiteral("opn"));
        config.gbpUrl = m_box->baseUrl(QStringLiteral("gbp"));
        if (auto added = payments::addConfiguredGateways(*m_router, config, *m_http, payments::sandboxSecrets()); !added)
            return added;
        m_router->publishHealthTo(m_registry);
        return Done{};
    }

    QString m_conninfo;
    chaos::Experiment m_experiment;
    bool m_confirmedRemote = false;
    ChaosSession::EnvironmentHook m_hook;
    std::unique_ptr<db::EmbeddedCluster> m_cluster;
    std::unique_ptr<sandbox::Sandbox> m_box;
    std::unique_ptr<db::Connection> m_ledgerConn;
    std::unique_ptr<payments::ConnectionLedger> m_ledger;
    std::unique_ptr<net::HttpClient> m_http;
    resilience::HealthRegistry m_registry;
    std::unique_ptr<payments::PaymentRouter> m_router;
    std::unique_ptr<chaos::ChaosRun> m_run;   // last: goes first
    QTimer m_progress;
};

ChaosSession::ChaosSession(QString conninfo, QObject *parent) : QObject(parent), m_conninfo(std::move(conninfo)) {}

ChaosSession::~ChaosSession()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ChaosWorker::cancel, Qt::BlockingQueuedConnection);
    tearDown();
}

void ChaosSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void ChaosSession::start(const chaos::Experiment &experiment, bool confirmedRemote)
{
    if (isBusy())
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("chaos run"));
    m_worker = new ChaosWorker(m_conninfo, experiment, confirmedRemote, m_hook);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ChaosWorker::running, this, [this] {
        if (m_phase == Phase::Starting)
            setPhase(Phase::Running);
    });
    connect(m_worker, &ChaosWorker::timelineEvent, this, &ChaosSession::timelineEvent);
    connect(m_worker, &ChaosWorker::secondsMeasured, this, &ChaosSession::secondsMeasured);
    connect(m_worker, &ChaosWorker::refused, this, [this](const QString &message) {
        tearDown();
        setPhase(Phase::Idle);
        emit refused(message);
    });
    connect(m_worker, &ChaosWorker::concluded, this, [this](const QJsonObject &report) {
        tearDown();
        setPhase(Phase::Idle);
        emit concluded(report);
    });
    m_thread->start();
    setPhase(Phase::Starting);
    QMetaObject::invokeMethod(m_worker, &ChaosWorker::begin, Qt::QueuedConnection);
}

void ChaosSession::stop()
{
    if (!m_worker || m_phase == Phase::RollingBack)
        return;
    setPhase(Phase::RollingBack);
    QMetaObject::invokeMethod(m_worker, &ChaosWorker::cancel, Qt::QueuedConnection);
}

// Blocks for the rollbacks still to run (none once the run has concluded) and the sandbox to close.
void ChaosSession::tearDown()
{
    if (!m_worker)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_worker, &ChaosWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

} // namespace backroom::ui

#include "chaossession.moc"
