#include "chaos/chaosrun.h"
#include "coretext.h"

#include "backup/backupstatus.h"
#include "channels/channelstatus.h"
#include "db/conninfo.h"
#include "db/passwordvault.h"
#include "drills/loaddrill.h"
#include "drills/runstore.h"
#include "payments/paymentrouter.h"
#include "resilience/healthregistry.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>
#include <libpq-fe.h>

namespace backroom::chaos {
namespace {


constexpr const char *kOrderTotalName = "backroom_chaos_order_total";
constexpr const char *kOrderTotal = "SELECT total_satang FROM backroom_data.orders WHERE id = $1::bigint";
constexpr const char *kDefaultSkus =
    "SELECT p.sku FROM backroom_data.product p JOIN backroom_data.stock s ON s.product_id = p.id "
    "GROUP BY p.sku HAVING sum(s.on_hand - s.reserved) > 0 ORDER BY sum(s.on_hand - s.reserved) DESC, p.sku LIMIT 20";
constexpr double kRecoveredRate = 0.9;

using Ms = std::chrono::milliseconds;

double toMs(net::Clock::Duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

} // namespace

QString windowName(Window w)
{
    switch (w) {
    case Window::Rest: return QStringLiteral("at_rest");
    case Window::Fault: return QStringLiteral("fault");
    case Window::Recovery: return QStringLiteral("recovery");
    case Window::Method: return QStringLiteral("method");
    }
    return {};
}

QJsonObject TimelineEvent::toJson() const
{
    return QJsonObject{{QStringLiteral("at_s"), atSeconds}, {QStringLiteral("kind"), kind}, {QStringLiteral("detail"), detail}};
}

// ---- ExperimentLoad ----

ExperimentLoad::ExperimentLoad(Config config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(m_config.clock ? m_config.clock : &net::Clock::system())
{
    for (auto &c : m_counters)
        c.latency = std::make_unique<resilience::LatencyHistogram>();
}

ExperimentLoad::~ExperimentLoad() = default;

Status ExperimentLoad::start()
{
    if (m_config.pay && !m_config.router)
        return Error::make(Error::Kind::BadInput, ChaosText::tr("The experiment pays its orders but no payment router was set up."));
    if (m_config.target == LoadSpec::Target::Http && (!m_config.storeUrl.isValid() || m_config.storeUrl.host().isEmpty()))
        return Error::make(Error::Kind::BadInput, ChaosText::tr("The experiment checks out over HTTP but names no `serve`: give "
                                                                "\"store_url\" in the file, --store-url or --start-serve."));
    auto lookup = db::Connection::open(m_config.lookupConninfo.isEmpty() ? m_config.conninfo : m_config.lookupConninfo);
    if (!lookup)
        return Error::make(Error::Kind::Connection, ChaosText::tr("The chaos load cannot connect to the database: %1").arg(lookup.error().message));
    m_lookup = std::move(*lookup);
    if (m_config.skus.isEmpty()) {
        auto rows = m_lookup->exec(kDefaultSkus);
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->rows(); ++r)
            m_config.skus << rows->text(r, 0);
    }
    if (m_config.skus.isEmpty())
        return Error::make(Error::Kind::OutOfStock, ChaosText::tr("No product has stock to sell: the chaos load needs some."));

    drills::LoadDrillConfig drill;
    drill.model = drills::LoadDrillConfig::Model::Open;
    drill.ratePerSecond = m_config.ratePerSecond;
    drill.duration = drills::LoadDrillLimits::maxDuration;   // the run stops it when its phases are over
    drill.dropAfter = m_config.dropAfter;
    drill.skus = m_config.skus;
    drill.seed = m_config.seed;
    drill.clock = m_clock;
    drill.confirmedRemote = m_config.confirmedRemote;
    drill.reconnect = true;
    drill.quiet = false;   // as buyers do: the sync worker and live screens hear of each order
    if (m_config.target == LoadSpec::Target::Http) {
        drill.target = drills::LoadDrillConfig::Target::Http;
        drill.storeUrl = m_config.storeUrl;
        drill.sockets = m_config.connections;
        drill.requestTimeout = std::chrono::milliseconds(10000);
    } else {
        drill.conninfo = m_config.conninfo;
        drill.connections = m_config.connections;
    }
    m_drill = std::make_unique<drills::LoadDrill>(drill);
    connect(m_drill.get(), &drills::LoadDrill::iterationAnswered, this, &ExperimentLoad::onIteration);
    connect(m_drill.get(), &drills::LoadDrill::linkEvent, this, &ExperimentLoad::onLinkEvent);
    connect(m_drill.get(), &drills::LoadDrill::finished, this, &ExperimentLoad::maybeIdle);
    m_startedAt = m_clock->now();
    return m_drill->start();
}

void ExperimentLoad::stop()
{
    m_stopped = true;
    if (m_drill)
        m_drill->stop();
    maybeIdle();
}

bool ExperimentLoad::idle() const
{
    return m_stopped && (!m_drill || !m_drill->isRunning()) && m_paymentsInFlight == 0;
}

void ExperimentLoad::maybeIdle()
{
    if (idle())
        QTimer::singleShot(0, this, &ExperimentLoad::becameIdle);
}

const drills::LoadDrillReport &ExperimentLoad::drillReport() const
{
    static const drills::LoadDrillReport none;
    return m_drill ? m_drill->report() : none;
}

drills::LoadDrillReport ExperimentLoad::drillReportSoFar() const
{
    drills::LoadDrillReport report = drillReport();
    if (m_drill)
        report.indeterminate += m_drill->inFlight();
    return report;
}

double ExperimentLoad::secondsSinceStart() const
{
    return std::chrono::duration<double>(m_clock->now() - m_startedAt).count();
}

LoadSecond &ExperimentLoad::currentSecond()
{
    const auto second = size_t(std::max(0.0, secondsSinceStart()));
    while (m_seconds.size() <= second)
        m_seconds.push_back(LoadSecond{double(m_seconds.size()), 0, 0, 0, 0, 0});
    return m_seconds[second];
}

void ExperimentLoad::onLinkEvent(const QString &kind, const QString &detail)
{
    emit event(kind, detail);
}

void ExperimentLoad::onIteration(const drills::IterationOutcome &outcome)
{
    using Kind = drills::IterationOutcome::Kind;
    if (outcome.operation != drills::Operation::Checkout || outcome.kind == Kind::Cancelled)
        return;
    const bool ok = outcome.kind == Kind::Ok || outcome.kind == Kind::Refused;
    record(m_window, ok, ok ? std::optional<net::Clock::Duration>(outcome.latency) : std::nullopt);
    if (outcome.kind == Kind::Ok && m_config.pay)
        pay(outcome.orderId, orderTotal(outcome.orderId), m_window);
}

void ExperimentLoad::record(Window w, bool ok, std::optional<net::Clock::Duration> latency)
{
    auto count = [&](Counters &c) {
        ++c.checkouts;
        c.checkoutsOk += ok ? 1 : 0;
        if (latency)
            c.latency->record(std::chrono::duration_cast<resilience::LatencyHistogram::Duration>(*latency));
    };
    count(m_counters[size_t(w)]);
    if (w != Window::Rest)
        count(m_counters[size_t(Window::Method)]);
    LoadSecond &s = currentSecond();
    ++s.checkouts;
    s.checkoutsOk += ok ? 1 : 0;
}

// A second statement on a connection of its own: the drill's links are busy with the next checkouts.
qint64 ExperimentLoad::orderTotal(qint64 orderId)
{
    if (!m_lookup->isOk() && !m_lookup->reset())
        return 0;
    auto res = m_lookup->execPrepared(kOrderTotalName, kOrderTotal, {orderId});
    return res && res->rows() == 1 ? res->toInt64(0, 0) : 0;
}

void ExperimentLoad::pay(qint64 orderId, qint64 amountSatang, Window window)
{
    payments::PayRequest request;
    request.orderId = orderId;
    request.method = payments::methodFromName(m_config.paymentMethod).value_or(payments::PaymentMethod::PromptPay);
    request.amountSatang = amountSatang;
    request.clientKey = QStringLiteral("chaos-%1").arg(orderId);
    ++m_paymentsInFlight;
    m_config.router->pay(request, [this, window](const payments::PayResult &result) {
        const bool charged = result.kind == payments::PayResult::Kind::Charged && result.charge
                             && (result.charge->status == payments::ChargeStatus::Pending
                                 || result.charge->status == payments::ChargeStatus::Successful);
        const bool rejected = result.kind == payments::PayResult::Kind::Unavailable;
        recordPayment(window, charged, rejected);
        if (rejected)
            emit event(QStringLiteral("rejected"), ChaosText::tr("payment refused: %1").arg(result.tried.join(QStringLiteral("; "))));
        --m_paymentsInFlight;
        maybeIdle();
    });
}

void ExperimentLoad::recordPayment(Window w, bool ok, bool rejected)
{
    auto count = [&](Counters &c) {
        ++c.payments;
        c.paymentsOk += ok ? 1 : 0;
    };
    count(m_counters[size_t(w)]);
    if (w != Window::Rest)
        count(m_counters[size_t(Window::Method)]);
    LoadSecond &s = currentSecond();
    ++s.payments;
    s.paymentsOk += ok ? 1 : 0;
    s.rejected += rejected ? 1 : 0;
}

Measurements ExperimentLoad::measurements(Window w) const
{
    const Counters &c = m_counters[size_t(w)];
    Measurements m;
    m.checkouts = c.checkouts;
    m.checkoutsOk = c.checkoutsOk;
    m.checkoutP95Ms = c.latency->summary().count ? toMs(c.latency->percentile(95)) : -1;
    m.payments = c.payments;
    m.paymentsOk = c.paymentsOk;
    return m;
}

// ---- guardrails ----

Status checkTarget(const ChaosEnvironment &env)
{
    if (!env.confirmedRemote && !drills::isLoopbackTarget(env.conninfo))
        return Error::make(Error::Kind::Permission,
                           ChaosText::tr("The chaos target is not this machine: breaking a real server hurts real buyers. Confirm "
                              "it with --yes if you mean it."));
    return Done{};
}

Status checkGuardrails(const ChaosEnvironment &env, db::Connection &conn)
{
    if (auto target = checkTarget(env); !target)
        return target;
    if (env.demoShop)
        return Done{};
    const QDateTime dayAgo = (env.clock ? env.clock : &net::Clock::system())->utcNow().addDays(-1);
    if (!env.backupMarker.isEmpty()) {
        const QFileInfo marker(env.backupMarker);
        if (marker.exists() && marker.lastModified().toUTC() > dayAgo)
            return Done{};
    }
    auto status = backup::readBackupStatus(conn);
    if (status && status->lastGoodBaseAt.isValid() && status->lastGoodBaseAt > dayAgo)
        return Done{};
    return Error::make(Error::Kind::Permission,
                       ChaosText::tr("This shop has no backup younger than a day: a chaos drill breaks things on purpose. Run "
                          "`backroom backup base` (or give your own fresh pg_dump with --backup-marker FILE) first."));
}

// ---- ChaosReport ----

bool ChaosReport::passed() const
{
    return steadyAtRest && methodRun && !aborted && !cancelled && failure.isEmpty() && allPassed(duringMethod)
           && verdictRead && verdict.passed() && money.clean() && rollbackErrors.isEmpty();
}

namespace {

QJsonObject measurementsJson(const Measurements &m)
{
    return QJsonObject{{QStringLiteral("checkouts"), m.checkouts}, {QStringLiteral("checkouts_ok"), m.checkoutsOk},
                       {QStringLiteral("checkout_success_rate"), m.checkoutSuccessRate()},
                       {QStringLiteral("checkout_p95_ms"), m.checkoutP95Ms}, {QStringLiteral("payments"), m.payments},
                       {QStringLiteral("payments_ok"), m.paymentsOk},
                       {QStringLiteral("payment_success_rate"), m.paymentSuccessRate()}};
}

QJsonArray probesJson(const QList<ProbeResult> &results)
{
    QJsonArray array;
    for (const auto &r : results)
        array.append(r.toJson());
    return array;
}

QString probeLine(const ProbeResult &r)
{
    const QString value = r.value ? QString::number(*r.value, 'g', 4) : ChaosText::tr("not measured");
    return QStringLiteral("  %1 %2: %3 (%4)").arg(r.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), r.name, value, r.tolerance);
}

} // namespace

QJsonObject ChaosReport::toJson() const
{
    QJsonObject windowsJson;
    for (int w = 0; w < kWindowCount; ++w)
        windowsJson.insert(windowName(Window(w)), measurementsJson(windows[size_t(w)]));
    QJsonArray events;
    for (const auto &e : timeline)
        events.append(e.toJson());
    QJsonArray perSecond;
    for (const auto &s : seconds)
        perSecond.append(QJsonObject{{QStringLiteral("at_s"), s.atSeconds}, {QStringLiteral("checkouts"), s.checkouts},
                                     {QStringLiteral("checkouts_ok"), s.checkoutsOk}, {QStringLiteral("payments"), s.payments},
                                     {QStringLiteral("payments_ok"), s.paymentsOk}, {QStringLiteral("rejected"), s.rejected}});
    QJsonArray violations;
    for (const auto &v : verdict.violations)
        violations.append(QJsonObject{{QStringLiteral("kind"), v.kind}, {QStringLiteral("detail"), v.detail}});
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("steady_at_rest"), steadyAtRest},
                       {QStringLiteral("method_run"), methodRun},
                       {QStringLiteral("aborted"), aborted},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("failure"), failure},
                       {QStringLiteral("probes_at_rest"), probesJson(atRest)},
                       {QStringLiteral("probes_during_method"), probesJson(duringMethod)},
                       {QStringLiteral("windows"), windowsJson},
                       {QStringLiteral("timeline"), events},
                       {QStringLiteral("seconds"), perSecond},
                       {QStringLiteral("time_to_recover_s"), timeToRecoverSeconds},
                       {QStringLiteral("verdict"), QJsonObject{{QStringLiteral("read"), verdictRead},
                                                               {QStringLiteral("passed"), verdictRead && verdict.passed()},
                                                               {QStringLiteral("violations"), violations}}},
                       {QStringLiteral("money_at_risk"), money.toJson()},
                       {QStringLiteral("rollback_errors"), QJsonArray::fromStringList(rollbackErrors)},
                       {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs)}};
}

QString ChaosReport::toText() const
{
    QString text;
    QTextStream o(&text);
    o << ChaosText::tr("Chaos experiment: %1").arg(title) << '\n';
    o << ChaosText::tr("Steady state at rest:") << '\n';
    for (const auto &r : atRest)
        o << probeLine(r) << '\n';
    if (!methodRun)
        o << ChaosText::tr("The steady state did not hold at rest: no fault was injected.") << '\n';
    if (!timeline.isEmpty()) {
        o << ChaosText::tr("Timeline:") << '\n';
        for (const auto &e : timeline)
            o << QStringLiteral("  %1 s  %2  %3").arg(e.atSeconds, 6, 'f', 2).arg(e.kind, -11).arg(e.detail) << '\n';
    }
    if (methodRun) {
        o << ChaosText::tr("Steady state during the method (faults and recovery):") << '\n';
        for (const auto &r : duringMethod)
            o << probeLine(r) << '\n';
        o << (timeToRecoverSeconds >= 0 ? ChaosText::tr("Time to recover: %1 s after the last fault was taken out.").arg(timeToRecoverSeconds, 0, 'f', 1)
                                        : ChaosText::tr("Time to recover: the shop did not get back to its steady state within the run."))
          << '\n';
    }
    if (verdictRead)
        o << (verdict.passed() ? ChaosText::tr("Verdict: nothing oversold, ledger == stock, no acknowledged order lost.")
                               : ChaosText::tr("Verdict: %1 violations, e.g. %2").arg(verdict.violations.size()).arg(verdict.violations.first().detail))
          << '\n';
    o << ChaosText::tr("Money at risk: %1").arg(money.plainWords()) << '\n';
    if (aborted)
        o << ChaosText::tr("The run was aborted: the steady state broke beyond the experiment's limit.") << '\n';
    if (cancelled)
        o << ChaosText::tr("The run was cancelled.") << '\n';
    if (!failure.isEmpty())
        o << ChaosText::tr("Failure: %1").arg(failure) << '\n';
    for (const auto &e : rollbackErrors)
        o << ChaosText::tr("Rollback failed: %1 (undo it by hand)").arg(e) << '\n';
    o << (passed() ? ChaosText::tr("PASSED") : ChaosText::tr("FAILED")) << '\n';
    return text;
}

// ---- ChaosRun ----

ChaosRun::ChaosRun(Experiment experiment, ChaosEnvironment env, QObject *parent)
    : QObject(parent), m_experiment(std::move(experiment)), m_env(std::move(env)),
      m_clock(m_env.clock ? m_env.clock : &net::Clock::system())
{
    m_report.title = m_experiment.title;
    m_phaseTimer.setSingleShot(true);
    m_secondTimer.setInterval(1000);
    connect(&m_secondTimer, &QTimer::timeout, this, &ChaosRun::watchSecond);
}

ChaosRun::~ChaosRun()
{
    if (m_env.registry && m_registrySubscription)
        m_env.registry->unsubscribe(m_registrySubscription);
    m_guard.rollbackAll();
}

double ChaosRun::secondsSinceStart() const
{
    return std::chrono::duration<double>(m_clock->now() - m_startedAt).count();
}

void ChaosRun::addEvent(const QString &kind, const QString &detail)
{
    TimelineEvent e{secondsSinceStart(), kind, detail};
    m_report.timeline.append(e);
    emit timelineEvent(e);
}

Status ChaosRun::start()
{
    if (auto target = checkTarget(m_env); !target)
        return target;   // before connecting to it
    auto conn = db::Connection::open(m_env.conninfo);
    if (!conn)
        return conn.error();
    m_conn = std::move(*conn);
    if (auto allowed = checkGuardrails(m_env, *m_conn); !allowed)
        return allowed;
    auto watermark = drills::orderWatermark(*m_conn);
    if (!watermark)
        return watermark.error();
    m_watermark = *watermark;
    m_env.faults.conninfo = m_env.conninfo;
    QString loadConninfo = m_env.conninfo;
    if (usesProxyTo(QStringLiteral("postgres")) && !m_env.faults.proxies.contains(QStringLiteral("postgres"))) {
        auto routed = routeLoadThroughProxy();
        if (!routed)
            return routed.error();
        loadConninfo = *routed;
    }

    ExperimentLoad::Config load;
    load.conninfo = loadConninfo;
    load.lookupConninfo = m_env.conninfo;
    load.ratePerSecond = m_experiment.load.ratePerSecond;
    load.target = m_experiment.load.target;
    load.storeUrl = m_experiment.load.storeUrl.isEmpty() ? m_env.storeUrl : QUrl(m_experiment.load.storeUrl);
    load.connections = m_experiment.load.connections;
    load.confirmedRemote = m_env.confirmedRemote;
    load.skus = m_experiment.load.skus;
    load.pay = m_experiment.load.pay;
    load.paymentMethod = m_experiment.load.paymentMethod;
    load.router = m_env.router;
    load.clock = m_clock;
    m_load = std::make_unique<ExperimentLoad>(load);
    connect(m_load.get(), &ExperimentLoad::event, this, &ChaosRun::addEvent);
    m_startedAt = m_clock->now();
    m_report.startedAt = m_clock->utcNow();
    if (auto started = m_load->start(); !started)
        return started;
    m_running = true;
    if (m_env.registry) {
        m_registrySubscription = m_env.registry->subscribe([this] {
            QMetaObject::invokeMethod(this, &ChaosRun::checkBreakers, Qt::QueuedConnection);
        });
        checkBreakers();
    }
    addEvent(QStringLiteral("phase"), ChaosText::tr("load at %1 checkouts/s, no fault (at rest)").arg(m_experiment.load.ratePerSecond));
    m_secondTimer.start();
    m_phaseTimer.disconnect();
    connect(&m_phaseTimer, &QTimer::timeout, this, &ChaosRun::restDone);
    m_phaseTimer.start(m_experiment.load.atRest);
    return Done{};
}

bool ChaosRun::usesProxyTo(const QString &upstream) const
{
    return std::any_of(m_experiment.method.begin(), m_experiment.method.end(), [&](const MethodStep &step) {
        return step.fault.value(QStringLiteral("type")).toString() == QLatin1String("proxy")
               && step.fault.value(QStringLiteral("upstream")).toString() == upstream;
    });
}

// Starts a FaultProxy in front of the shop's PostgreSQL (TCP) and answers the connection string the load
// uses to go through it: the same string with hostaddr and port pointing at the proxy (host kept, so TLS
// still verifies the server's name). The verdict's connection and the faults keep the direct route.
Result<QString> ChaosRun::routeLoadThroughProxy()
{
    auto params = db::parseConnInfo(m_env.conninfo);
    if (!params)
        return Error::make(Error::Kind::BadInput, ChaosText::tr("The connection string cannot be read."));
    const QString host = params->value(QStringLiteral("hostaddr"), params->value(QStringLiteral("host")));
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.contains(QLatin1Char(',')))
        return Error::make(Error::Kind::BadInput,
                           ChaosText::tr("A proxy fault on postgres needs the database over TCP (host=127.0.0.1 port=...), "
                                         "not a Unix socket: connect with a host address."));
    FaultProxy::Options options;
    options.upstreamHost = host;
    options.upstreamPort = quint16(params->value(QStringLiteral("port"), QStringLiteral("5432")).toUInt());
    options.allowRemoteUpstream = m_env.confirmedRemote;
    m_databaseProxy = std::make_unique<ProxyThread>();   // libpq blocks this thread on it: its own thread
    if (auto started = m_databaseProxy->start(options); !started)
        return started.error();
    m_env.faults.proxies.insert(QStringLiteral("postgres"), m_databaseProxy->proxy());
    const db::ConnTarget direct = db::ConnTarget::of(*params);
    params->insert(QStringLiteral("hostaddr"), QStringLiteral("127.0.0.1"));
    params->insert(QStringLiteral("port"), QString::number(m_databaseProxy->proxy()->port()));
    if (!params->contains(QStringLiteral("host")))
        params->insert(QStringLiteral("host"), host);
    // The password is filed under the server's own address: let this process use it for the proxy's too
    // (in memory only, never in the string).
    std::optional<QString> password = db::PasswordVault::find(direct);
    if (!password)
        if (auto stored = db::lookUpStoredPassword(direct))
            password = *stored;
    if (password)
        db::PasswordVault::remember(db::ConnTarget::of(*params), *password);
    QStringList parts;
    for (auto it = params->cbegin(); it != params->cend(); ++it)
        parts << it.key() + QLatin1Char('=') + db::quoteConnValue(it.value());
    return parts.join(QLatin1Char(' '));
}

Measurements ChaosRun::measureNow(Window w)
{
    Measurements m = m_load->measurements(w);
    auto verdict = drills::judgeRun(*m_conn, m_load->drillReportSoFar(), m_watermark);
    if (verdict)
        m.verdictPassed = verdict->passed();
    if (m_env.faults.sandbox) {
        auto attempts = readSavedAttempts(*m_conn, m_watermark);
        if (attempts) {
            const MoneyAtRisk money = reconcileMoney(chargesIn(m_env.faults.sandbox->charges()), *attempts);
            m.chargedButNotSaved = int(money.chargedButNotSaved.size());
            m.chargedTwice = int(money.chargedTwice.size());
            m.savedButNotCharged = int(money.savedButNotCharged.size());
        }
    }
    auto channels = channels::readChannelStatus(*m_conn);
    if (channels) {
        for (const auto &c : *channels)
            if (c.remote && c.enabled)
                m.syncLagSeconds.insert(c.channel, c.lagSeconds);
    }
    // Over the method a channel's lag is the worst seen in any second of it, not only the last one.
    if (w != Window::Rest)
        for (auto it = m_worstLagInMethod.cbegin(); it != m_worstLagInMethod.cend(); ++it)
            if (m.syncLagSeconds.contains(it.key()))
                m.syncLagSeconds[it.key()] = std::max(m.syncLagSeconds.value(it.key()), it.value());
    return m;
}

void ChaosRun::sampleSyncLag()
{
    auto channels = channels::readChannelStatus(*m_conn);
    if (!channels)
        return;   // the database may be restarting: the next second tries again
    for (const auto &c : *channels)
        if (c.remote && c.enabled)
            m_worstLagInMethod[c.channel] = std::max(m_worstLagInMethod.value(c.channel), c.lagSeconds);
}

void ChaosRun::restDone()
{
    const Measurements rest = measureNow(Window::Rest);
    m_report.windows[size_t(Window::Rest)] = rest;
    m_report.atRest = judgeProbes(m_experiment.probes, rest);
    m_report.steadyAtRest = allPassed(m_report.atRest);
    if (!m_report.steadyAtRest) {
        addEvent(QStringLiteral("phase"), ChaosText::tr("the steady state does not hold at rest: the method is skipped"));
        finishRun();
        return;
    }
    m_report.methodRun = true;
    m_inMethod = true;
    m_load->setWindow(Window::Fault);
    addEvent(QStringLiteral("phase"), ChaosText::tr("method starts"));
    runNextStep();
}

void ChaosRun::runNextStep()
{
    if (m_finishing)
        return;
    if (m_nextStep >= m_experiment.method.size()) {
        endMethod();
        return;
    }
    const MethodStep &step = m_experiment.method.at(m_nextStep++);
    if (step.type == MethodStep::Type::Pause) {
        m_phaseTimer.disconnect();
        connect(&m_phaseTimer, &QTimer::timeout, this, &ChaosRun::runNextStep);
        m_phaseTimer.start(step.pause);
        return;
    }
    auto fault = makeFault(step.fault, m_env.faults);
    if (!fault) {
        m_report.failure = fault.error().message;
        addEvent(QStringLiteral("fault_error"), fault.error().message);
        endMethod();
        return;
    }
    if (auto *terminate = dynamic_cast<TerminateBackendsFault *>(fault->get()))
        terminate->spare(m_conn->backendPid());
    Fault &added = m_guard.add(std::move(*fault));
    const Status injected = added.inject();
    if (!injected) {
        m_report.failure = ChaosText::tr("could not inject \"%1\": %2").arg(added.describe(), injected.error().message);
        addEvent(QStringLiteral("fault_error"), m_report.failure);
        endMethod();
        return;
    }
    QString detail = added.describe();
    if (auto *terminate = dynamic_cast<TerminateBackendsFault *>(&added))
        detail += ChaosText::tr(" (%1 terminated)").arg(terminate->terminated());
    addEvent(QStringLiteral("fault_in"), detail);
    QTimer::singleShot(0, this, &ChaosRun::runNextStep);
}

void ChaosRun::rollbackEverything()
{
    for (const auto &outcome : m_guard.rollbackAll()) {
        if (outcome.status)
            addEvent(QStringLiteral("fault_out"), outcome.fault);
        else {
            m_report.rollbackErrors << QStringLiteral("%1: %2").arg(outcome.fault, outcome.status.error().message);
            addEvent(QStringLiteral("rollback"), m_report.rollbackErrors.last());
        }
    }
    // The experiment's own rollbacks: reset the named sandbox targets whatever this run injected.
    for (const QJsonObject &spec : m_experiment.rollbacks) {
        const QString target = spec.value(QStringLiteral("target")).toString();
        const Status reset = m_env.faults.sandbox
                                 ? m_env.faults.sandbox->changeFaults(target, QJsonObject{{QStringLiteral("reset"), true}})
                                 : Status(Error::make(Error::Kind::NotFound, ChaosText::tr("no sandbox to reset %1 on").arg(target)));
        if (reset)
            addEvent(QStringLiteral("rollback"), ChaosText::tr("%1 faults reset").arg(target));
        else
            m_report.rollbackErrors << reset.error().message;
    }
    m_experiment.rollbacks.clear();
    m_lastRollbackAt = secondsSinceStart();
}

void ChaosRun::endMethod()
{
    rollbackEverything();
    m_load->setWindow(Window::Recovery);
    if (!m_report.failure.isEmpty()) {
        finishRun();
        return;
    }
    addEvent(QStringLiteral("phase"), ChaosText::tr("every fault is out: recovery"));
    m_phaseTimer.disconnect();
    connect(&m_phaseTimer, &QTimer::timeout, this, &ChaosRun::recoveryDone);
    m_phaseTimer.start(m_experiment.load.recovery);
}

void ChaosRun::recoveryDone()
{
    finishRun();
}

void ChaosRun::cancel()
{
    if (!m_running || m_finishing)
        return;
    m_report.cancelled = true;
    addEvent(QStringLiteral("abort"), ChaosText::tr("cancelled"));
    rollbackEverything();
    finishRun();
}

double ChaosRun::requiredSuccessRate(ProbeKind kind) const
{
    for (const auto &p : m_experiment.probes)
        if (p.kind == kind && p.min)
            return *p.min;
    return -1;
}

// Once a second: the abort limit, recovery, breakers.
void ChaosRun::watchSecond()
{
    checkBreakers();
    if (m_inMethod && !m_finishing)
        sampleSyncLag();
    const auto &seconds = m_load->seconds();
    if (!m_inMethod || m_finishing || seconds.size() < 2)
        return;
    const LoadSecond &last = seconds[seconds.size() - 2];   // the last whole second
    const double limit = m_experiment.abort.minSuccessRate;
    if (limit > 0 && last.checkouts > 0 && double(last.checkoutsOk) / double(last.checkouts) < limit) {
        m_report.aborted = true;
        addEvent(QStringLiteral("abort"), ChaosText::tr("checkout success %1 % in a second, below the limit %2 %: rolling back")
                                              .arg(100.0 * double(last.checkoutsOk) / double(last.checkouts), 0, 'f', 0)
                                              .arg(100 * limit, 0, 'f', 0));
        rollbackEverything();
        finishRun();
    }
}

void ChaosRun::checkBreakers()
{
    if (!m_env.registry || !m_running)
        return;
    for (const auto &snap : m_env.registry->snapshot()) {
        if (snap.kind != resilience::ComponentKind::Breaker)
            continue;
        const QString before = m_breakerStates.value(snap.name);
        if (before == snap.state)
            continue;
        m_breakerStates.insert(snap.name, snap.state);
        if (!before.isEmpty())
            addEvent(QStringLiteral("breaker"), QStringLiteral("%1 %2 -> %3").arg(snap.name, before, snap.state));
    }
}

void ChaosRun::finishRun()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_inMethod = false;
    m_phaseTimer.stop();
    m_load->stop();
    if (m_load->idle()) {
        judge();
        return;
    }
    connect(m_load.get(), &ExperimentLoad::becameIdle, this, &ChaosRun::judge, Qt::SingleShotConnection);
}

void ChaosRun::judge()
{
    m_secondTimer.stop();
    m_guard.rollbackAll();   // nothing should be left; this is the belt to the braces
    if (!m_conn->exec("SELECT 1").ok())   // the server restarted under us
        m_conn->reset();
    checkBreakers();
    for (Window w : {Window::Fault, Window::Recovery, Window::Method})
        m_report.windows[size_t(w)] = m_load->measurements(w);
    auto verdict = drills::judgeRun(*m_conn, m_load->drillReport(), m_watermark);
    m_report.verdictRead = verdict.ok();
    if (verdict)
        m_report.verdict = *verdict;
    else
        m_report.failure = ChaosText::tr("the verdict could not be read: %1").arg(verdict.error().message);
    if (m_env.faults.sandbox) {
        if (auto attempts = readSavedAttempts(*m_conn, m_watermark))
            m_report.money = reconcileMoney(chargesIn(m_env.faults.sandbox->charges()), *attempts);
    }
    if (m_report.methodRun) {
        Measurements method = measureNow(Window::Method);
        m_report.duringMethod = judgeProbes(m_experiment.probes, method);
    }
    m_report.seconds = m_load->seconds();
    // Recovered: a whole second at the probes' success rates, and never below 90 %: a tolerance loose
    // enough to cover an outage must not call a half-working shop recovered.
    const double checkoutNeed = std::max(kRecoveredRate, requiredSuccessRate(ProbeKind::CheckoutSuccessRate));
    const double paymentNeed = std::max(kRecoveredRate, requiredSuccessRate(ProbeKind::PaymentSuccessRate));
    if (m_lastRollbackAt >= 0) {
        for (const auto &s : m_report.seconds) {
            if (s.atSeconds + 1 <= m_lastRollbackAt || s.checkouts == 0)
                continue;
            const bool checkoutsFine = double(s.checkoutsOk) >= checkoutNeed * double(s.checkouts);
            const bool paymentsFine = s.payments == 0 || double(s.paymentsOk) >= paymentNeed * double(s.payments);
            if (checkoutsFine && paymentsFine) {
                m_report.timeToRecoverSeconds = std::max(0.0, s.atSeconds + 1 - m_lastRollbackAt);
                break;
            }
        }
        if (m_report.timeToRecoverSeconds >= 0)
            addEvent(QStringLiteral("recovered"), ChaosText::tr("back to the steady state %1 s after the last fault went out")
                                                      .arg(m_report.timeToRecoverSeconds, 0, 'f', 1));
    }
    m_report.finishedAt = m_clock->utcNow();
    if (m_env.save) {
        drills::DrillRun run;
        run.kind = QStringLiteral("chaos");
        run.scenario = m_experiment.title;
        run.startedAt = m_report.startedAt;
        run.finishedAt = m_report.finishedAt;
        run.passed = m_report.passed();
        run.params = m_experiment.source;   // the file as read, with its id and effective tags (the health check reads them)
        run.params.insert(QStringLiteral("id"), m_experiment.id);
        run.params.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m_experiment.tags));
        run.report = m_report.toJson();
        if (auto saved = drills::saveDrillRun(*m_conn, run))
            m_report.savedRunId = *saved;
    }
    m_running = false;
    emit finished(m_report);
}

} // namespace backroom::chaos
