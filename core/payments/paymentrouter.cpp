#include "payments/paymentrouter.h"

#include "resilience/healthregistry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPointer>

namespace backroom::payments {

using resilience::BreakerState;
using resilience::Bulkhead;
using resilience::CircuitBreaker;
using Fault = GatewayOutcome::Fault;

struct PaymentRouter::Slot {
    std::unique_ptr<PaymentGateway> gateway;
    std::unique_ptr<CircuitBreaker> breaker;
    std::unique_ptr<Bulkhead> bulkhead;
    int listener = 0;
};

struct PaymentRouter::PayRun {
    PayRequest request;
    QStringList gateways;
    int next = 0;
    PayResult result;
    int retryAfter = 0;
    QString key;
    Slot *slot = nullptr;
    std::shared_ptr<CircuitBreaker::Permission> permission;
    std::shared_ptr<Bulkhead::Permit> permit;
    std::function<void(const PayResult &)> done;

    void finish(PayResult::Kind kind, const QString &message = {})
    {
        permit.reset();
        permission.reset();
        result.kind = kind;
        if (!message.isEmpty())
            result.message = message;
        auto callback = std::move(done);
        done = nullptr;
        if (callback)
            callback(result);
    }
};

std::map<PaymentMethod, QStringList> PaymentRouter::defaultRoutes()
{
    const QString opn = QStringLiteral("opn"), gbp = QStringLiteral("gbp");
    return {{PaymentMethod::PromptPay, {opn, gbp}},
            {PaymentMethod::Card, {opn, gbp}},
            {PaymentMethod::TrueMoney, {opn}},
            {PaymentMethod::ShopeePay, {opn}}};
}

PaymentRouter::PaymentRouter(Options options, PaymentLedger &ledger, net::Clock &clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_ledger(ledger), m_clock(clock)
{
    if (m_options.routes.empty())
        m_options.routes = defaultRoutes();
}

PaymentRouter::~PaymentRouter()
{
    if (m_registry)
        for (const auto &slot : m_slots) {
            const QString g = slot->gateway->name();
            m_registry->remove(QStringLiteral("gateway:") + g);
            m_registry->remove(QStringLiteral("breaker:") + g);
        }
    for (const auto &slot : m_slots)
        if (slot->listener)
            slot->breaker->removeListener(slot->listener);
}

void PaymentRouter::addGateway(std::unique_ptr<PaymentGateway> gateway, GatewayPolicy policy)
{
    auto slot = std::make_unique<Slot>();
    const QString name = gateway->name();
    slot->breaker = std::make_unique<CircuitBreaker>(QStringLiteral("gateway:") + name, policy.breaker, m_clock);
    slot->bulkhead = std::make_unique<Bulkhead>(QStringLiteral("gateway:") + name, policy.bulkhead);
    slot->gateway = std::move(gateway);
    m_slots.push_back(std::move(slot));
}

PaymentRouter::Slot *PaymentRouter::slotFor(const QString &name) const
{
    for (const auto &slot : m_slots)
        if (slot->gateway->name() == name)
            return slot.get();
    return nullptr;
}

PaymentGateway *PaymentRouter::gateway(const QString &name) const
{
    Slot *s = slotFor(name);
    return s ? s->gateway.get() : nullptr;
}

CircuitBreaker *PaymentRouter::breaker(const QString &name) const
{
    Slot *s = slotFor(name);
    return s ? s->breaker.get() : nullptr;
}

Bulkhead *PaymentRouter::bulkhead(const QString &name) const
{
    Slot *s = slotFor(name);
    return s ? s->bulkhead.get() : nullptr;
}

QStringList PaymentRouter::gatewayNames() const
{
    QStringList names;
    for (PaymentMethod method : allMethods())
        for (const QString &name : gatewaysFor(method))
            if (!names.contains(name))
                names << name;
    return names;
}

QStringList PaymentRouter::gatewaysFor(PaymentMethod method) const
{
    QStringList out;
    const auto it = m_options.routes.find(method);
    if (it == m_options.routes.end())
        return out;
    for (const QString &name : it->second)
        if (Slot *s = slotFor(name); s && s->gateway->supports(method))
            out << name;
    return out;
}

QString PaymentRouter::attemptKey(qint64 orderId, const QString &clientKey, const QString &gateway)
{
    const QByteArray digest = QCryptographicHash::hash(clientKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStringLiteral("o%1-%2-%3").arg(orderId).arg(QString::fromLatin1(digest), gateway);
}

void PaymentRouter::pay(const PayRequest &request, std::function<void(const PayResult &)> done)
{
    auto run = std::make_shared<PayRun>();
    run->request = request;
    run->result.method = request.method;
    run->gateways = gatewaysFor(request.method);
    run->done = std::move(done);
    tryNext(run);
}

void PaymentRouter::tryNext(std::shared_ptr<PayRun> run)
{
    run->permit.reset();
    run->permission.reset();
    while (run->next < run->gateways.size()) {
        const QString name = run->gateways.at(run->next++);
        Slot *slot = slotFor(name);
        auto admission = slot->breaker->tryAcquirePermission();
        if (!admission) {
            const int after = admission.rejection().retryAfterSeconds();
            run->retryAfter = run->retryAfter == 0 ? after : std::min(run->retryAfter, after);
            run->result.tried << PaymentsText::tr("%1: breaker %2").arg(name, resilience::breakerStateName(admission.rejection().state));
            continue;
        }
        auto permit = slot->bulkhead->tryAcquire();
        if (!permit) {   // the admission is dropped unreported: a HALF_OPEN trial slot goes back
            const int after = int(slot->bulkhead->retryAfter().count());
            run->retryAfter = run->retryAfter == 0 ? after : std::min(run->retryAfter, after);
            run->result.tried << PaymentsText::tr("%1: bulkhead full").arg(name);
            continue;
        }
        run->slot = slot;
        run->permission = std::make_shared<CircuitBreaker::Permission>(admission.takePermission());
        run->permit = std::make_shared<Bulkhead::Permit>(std::move(*permit));
        run->key = attemptKey(run->request.orderId, run->request.clientKey, name);
        run->result.gateway = name;
        run->result.attemptKey = run->key;
        AttemptIntent intent{run->request.orderId, run->request.method, name, run->key, run->request.amountSatang};
        QPointer<PaymentRouter> self(this);
        m_ledger.recordIntent(intent, [self, run](Result<IntentRecorded> recorded) {
            if (!self)
                return;
            if (!recorded) {
                run->result.error = recorded.error();
                return run->finish(PayResult::Kind::NotRecorded, recorded.error().message);
            }
            self->callGateway(run);
        });
        return;
    }
    run->result.retryAfterSeconds = std::max(1, run->retryAfter);
    run->result.availableMethods = availableMethods();
    run->finish(PayResult::Kind::Unavailable,
                PaymentsText::tr("No gateway can take %1 payments right now (%2).")
                    .arg(methodName(run->request.method), run->result.tried.join(QStringLiteral("; "))));
}

void PaymentRouter::callGateway(std::shared_ptr<PayRun> run)
{
    ChargeRequest charge;
    charge.method = run->request.method;
    charge.amountSatang = run->request.amountSatang;
    charge.idempotencyKey = run->key;
    charge.cardToken = run->request.cardToken;
    charge.returnUrl = run->request.returnUrl;
    charge.description = PaymentsText::tr("Order %1").arg(run->request.orderId);
    run->slot->gateway->createCharge(charge, this, [this, run](const GatewayOutcome &o) {
        switch (o.fault) {
        case Fault::None:
            run->permission->onSuccess();
            return finishCharged(run, *o.charge);
        case Fault::Rejected:
        case Fault::NotFound:
            run->permission->onIgnoredError(o.message);
            run->result.tried << run->slot->gateway->name() + QStringLiteral(": ") + o.message;
            m_ledger.recordOutcome(AttemptOutcome{run->key, ChargeStatus::Failed, {}, -1, o.message},
                                   [run, o](Result<QString>) { run->finish(PayResult::Kind::Rejected, o.message); });
            return;
        case Fault::NotCharged:
            run->permission->onError(o.message);
            return markNotCharged(run, o.message);
        case Fault::Unknown:
            run->permission->onError(o.message);
            return afterUnknown(run, o);
        }
    });
}

void PaymentRouter::afterUnknown(std::shared_ptr<PayRun> run, GatewayOutcome first)
{
    // It may have charged: ask under the same key before anything else, past the breaker (the question
    // is about money already sent, not a new call).
    run->slot->gateway->inquire(run->key, this, [this, run, first](const GatewayOutcome &q) {
        if (q.ok())
            return finishCharged(run, *q.charge);
        const bool timedOut = first.code == QLatin1String("timeout");
        if (q.fault == Fault::NotFound && !timedOut)
            return markNotCharged(run, first.message);
        // A timed-out request may still be carried out by the gateway, so "nothing yet" is no proof.
        run->result.tried << run->slot->gateway->name() + QStringLiteral(": ") + first.message;
        run->finish(PayResult::Kind::Pending,
                    PaymentsText::tr("The payment's outcome at %1 is not known yet (%2); it is checked again "
                                     "shortly, and no other gateway is tried meanwhile.")
                        .arg(run->slot->gateway->name(), first.message));
    });
}

void PaymentRouter::finishCharged(std::shared_ptr<PayRun> run, const Charge &charge)
{
    run->result.charge = charge;
    m_ledger.recordOutcome(AttemptOutcome{run->key, charge.status, charge.chargeId, charge.amountSatang,
                                          charge.failureMessage},
                           [run](Result<QString> recorded) {
                               if (!recorded) {
                                   // Charged but not saved yet: the attempt stays pending; reconcile saves it.
                                   run->result.error = recorded.error();
                                   return run->finish(PayResult::Kind::Pending, recorded.error().message);
                               }
                               run->result.recorded = *recorded;
                               run->finish(PayResult::Kind::Charged);
                           });
}

void PaymentRouter::markNotCharged(std::shared_ptr<PayRun> run, const QString &why)
{
    run->result.tried << run->slot->gateway->name() + QStringLiteral(": ") + why;
    QPointer<PaymentRouter> self(this);
    m_ledger.recordOutcome(AttemptOutcome{run->key, ChargeStatus::Failed, {}, -1, why}, [self, run](Result<QString>) {
        if (self)
            self->tryNext(run);
    });
}

QStringList PaymentRouter::availableMethods() const
{
    QStringList out;
    for (PaymentMethod m : allMethods())
        for (const QString &g : gatewaysFor(m)) {
            const auto metrics = slotFor(g)->breaker->metrics();
            const bool refusing = (metrics.state == BreakerState::Open && metrics.retryAfter.count() > 0)
                                  || metrics.state == BreakerState::ForcedOpen;
            if (!refusing) {
                out << methodName(m);
                break;
            }
        }
    return out;
}

QJsonObject PaymentRouter::methodsHealth() const
{
    const QStringList available = availableMethods();
    QJsonArray methods;
    for (PaymentMethod m : allMethods()) {
        QJsonArray gateways;
        for (const QString &g : gatewaysFor(m)) {
            const auto metrics = slotFor(g)->breaker->metrics();
            gateways.append(QJsonObject{{QStringLiteral("name"), g},
                                        {QStringLiteral("state"), resilience::breakerStateName(metrics.state)},
                                        {QStringLiteral("failure_rate"), metrics.failureRate},
                                        {QStringLiteral("retry_after_ms"),
                                         qint64(std::chrono::duration_cast<std::chrono::milliseconds>(metrics.retryAfter).count())}});
        }
        methods.append(QJsonObject{{QStringLiteral("method"), methodName(m)},
                                   {QStringLiteral("available"), available.contains(methodName(m))},
                                   {QStringLiteral("gateways"), gateways}});
    }
    return QJsonObject{{QStringLiteral("methods"), methods}};
}

void PaymentRouter::publishHealthTo(resilience::HealthRegistry &registry)
{
    m_registry = &registry;
    for (const auto &slotPtr : m_slots) {
        Slot *slot = slotPtr.get();
        const QString g = slot->gateway->name();
        const QString url = slot->gateway->baseUrl().toString();
        QJsonArray methodsServed;   // the shop health check reads which methods each gateway serves
        for (PaymentMethod m : allMethods())
            if (gatewaysFor(m).contains(g))
                methodsServed.append(methodName(m));
        // Only transitions are announced; the figures are polled from metrics() by the publisher.
        slot->listener = slot->breaker->addListener([&registry](const CircuitBreaker::Event &e) {
            if (e.type == CircuitBreaker::Event::Type::StateTransition || e.type == CircuitBreaker::Event::Type::Reset)
                registry.announceChange();
        });
        auto breakerSnapshot = [slot](resilience::ComponentKind kind) {
            const auto m = slot->breaker->metrics();
            resilience::ComponentSnapshot s;
            s.kind = kind;
            s.state = resilience::breakerStateName(m.state);
            s.calls = m.callsInWindow;
            s.failureRate = m.failureRate;
            s.slowCallRate = m.slowCallRate;
            s.p95Ms = m.latency.count > 0 ? double(m.latency.p95.count()) / 1e6 : -1;
            s.lastError = m.lastError;
            s.stateSince = m.stateSinceUtc;
            return s;
        };
        registry.add(QStringLiteral("breaker:") + g, [breakerSnapshot] {
            return breakerSnapshot(resilience::ComponentKind::Breaker);
        });
        registry.add(QStringLiteral("gateway:") + g, [slot, url, methodsServed, breakerSnapshot] {
            auto s = breakerSnapshot(resilience::ComponentKind::Gateway);
            const auto b = slot->bulkhead->metrics();
            s.extra = QJsonObject{{QStringLiteral("base_url"), url},
                                  {QStringLiteral("in_flight"), b.inFlight},
                                  {QStringLiteral("max_concurrent"), b.maxConcurrentCalls},
                                  {QStringLiteral("peak_in_flight"), b.peakInFlight},
                                  {QStringLiteral("rejected"), b.rejected},
                                  {QStringLiteral("methods"), methodsServed}};
            return s;
        });
    }
}

void PaymentRouter::reconcile(std::function<void(const ReconcileReport &)> whenDone)
{
    if (m_reconciling) {
        ReconcileReport skipped;
        skipped.skipped = true;
        return whenDone(skipped);
    }
    m_reconciling = true;
    QPointer<PaymentRouter> self(this);
    auto done = [self, whenDone](const ReconcileReport &report) {
        if (self)
            self->m_reconciling = false;
        whenDone(report);
    };
    m_ledger.unsettled([self, done](Result<QList<PaymentAttempt>> attempts) {
        auto report = std::make_shared<ReconcileReport>();
        if (!self || !attempts) {
            if (!attempts)
                report->errors << attempts.error().message;
            return done(*report);
        }
        auto queue = std::make_shared<QList<PaymentAttempt>>(*attempts);
        auto step = std::make_shared<std::function<void()>>();
        *step = [self, queue, report, done, step] {
            if (!self || queue->isEmpty()) {
                done(*report);
                *step = nullptr;   // break the cycle
                return;
            }
            const PaymentAttempt a = queue->takeFirst();
            ++report->examined;
            self->settleOne(a, [report, step](const QString &what) {
                if (what == QLatin1String("paid")) { ++report->settled; ++report->paid; }
                else if (what == QLatin1String("reversed")) ++report->reversed;
                else if (what == QLatin1String("settled")) ++report->settled;
                else if (what == QLatin1String("failed_no_charge")) { ++report->settled; ++report->failedNoCharge; }
                else if (what.startsWith(QLatin1String("error:"))) report->errors << what.mid(6);
                else ++report->stillUnknown;
                (*step)();
            });
        };
        (*step)();
    });
}

void PaymentRouter::settleOne(const PaymentAttempt &a, std::function<void(const QString &)> done)
{
    Slot *slot = slotFor(a.gateway);
    if (!slot)
        return done(QStringLiteral("error:") + PaymentsText::tr("payment %1 is on gateway %2, which is not configured")
                                                   .arg(a.id).arg(a.gateway));
    auto reverse = [this, slot, a, done](const Charge &charge) {
        slot->gateway->reverse(charge, this, [this, a, done](const GatewayOutcome &r) {
            if (!r.ok() || r.charge->status != ChargeStatus::Reversed)
                return done(QStringLiteral("unknown"));
            m_ledger.recordOutcome(AttemptOutcome{a.idempotencyKey, ChargeStatus::Reversed, r.charge->chargeId, -1,
                                                  PaymentsText::tr("reversed: the order could not take the charge")},
                                   [done](Result<QString> rec) {
                                       done(rec ? QStringLiteral("reversed") : QStringLiteral("error:") + rec.error().message);
                                   });
        });
    };
    slot->gateway->inquire(a.idempotencyKey, this, [this, a, done, reverse](const GatewayOutcome &q) {
        if (q.fault == Fault::NotFound) {
            const qint64 age = a.createdAt.isValid() ? a.createdAt.secsTo(m_clock.utcNow()) : 0;
            if (m_options.notFoundGrace.count() > 0 && age < m_options.notFoundGrace.count())
                return done(QStringLiteral("unknown"));
            if (a.status != QLatin1String("pending"))
                return done(QStringLiteral("unknown"));
            return m_ledger.recordOutcome(
                AttemptOutcome{a.idempotencyKey, ChargeStatus::Failed, {}, -1,
                               PaymentsText::tr("the gateway has no charge under this key")},
                [done](Result<QString> rec) {
                    done(rec ? QStringLiteral("failed_no_charge") : QStringLiteral("error:") + rec.error().message);
                });
        }
        if (!q.ok())
            return done(QStringLiteral("unknown"));
        const Charge charge = *q.charge;
        if (a.needsReversal && charge.status == ChargeStatus::Successful)
            return reverse(charge);
        if (charge.status == ChargeStatus::Pending)
            return done(QStringLiteral("unknown"));
        m_ledger.recordOutcome(AttemptOutcome{a.idempotencyKey, charge.status, charge.chargeId, charge.amountSatang,
                                              charge.failureMessage},
                               [done, reverse, charge](Result<QString> rec) {
                                   if (!rec)
                                       return done(QStringLiteral("error:") + rec.error().message);
                                   if (*rec == QLatin1String("reversal_needed"))
                                       return reverse(charge);
                                   done(*rec == QLatin1String("paid") ? QStringLiteral("paid") : QStringLiteral("settled"));
                               });
    });
}

void registerGatewayBreakers(resilience::HealthReporting &reporting, const PaymentRouter &router)
{
    for (const QString &gateway : router.gatewayNames()) {
        reporting.registerBreaker(QStringLiteral("breaker:") + gateway, router.breaker(gateway));
        reporting.registerBreaker(QStringLiteral("gateway:") + gateway, router.breaker(gateway));
    }
}

} // namespace backroom::payments
