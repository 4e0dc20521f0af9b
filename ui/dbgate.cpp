#include "dbgate.h"

#include <QTimer>

namespace backroom::ui {

using resilience::BreakerState;
using resilience::CircuitBreaker;
using resilience::CircuitBreakerConfig;

CircuitBreakerConfig DbGate::breakerConfig()
{
    CircuitBreakerConfig config;
    config.isFailure = [](const Error &e) { return e.kind == Error::Kind::Connection; };
    config.slidingWindowType = CircuitBreakerConfig::WindowType::CountBased;
    config.slidingWindowSize = 4;
    config.minimumNumberOfCalls = 1;
    config.permittedNumberOfCallsInHalfOpenState = 1;
    config.breakDuration = CircuitBreakerConfig::exponentialBreak(std::chrono::seconds(1), 2, std::chrono::seconds(30));
    config.automaticTransitionFromOpenToHalfOpen = true;
    // A screen's job is never "slow" enough to open the gate: only lost connections do.
    config.slowCallDurationThreshold = std::chrono::hours(24);
    return config;
}

DbGate::DbGate(db::AsyncDb *db, QObject *parent, net::Clock &clock, resilience::Scheduler *scheduler)
    : QObject(parent), m_db(db)
{
    if (!scheduler) {
        m_ownScheduler = std::make_unique<resilience::QtScheduler>(this);
        scheduler = m_ownScheduler.get();
    }
    m_breaker = std::make_unique<CircuitBreaker>(QStringLiteral("database (this window)"), breakerConfig(), clock,
                                                 scheduler);
    QPointer<DbGate> self(this);
    m_breaker->addListener([self](const CircuitBreaker::Event &event) {
        if (event.type != CircuitBreaker::Event::Type::StateTransition && event.type != CircuitBreaker::Event::Type::Reset)
            return;
        // Listeners run on the thread that caused the change; the gate's users live on the GUI thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, event] {
                if (!self)
                    return;
                emit self->breakerStateChanged(event.fromState, event.toState, event.reason);
                self->pump();
            },
            Qt::QueuedConnection);
    });
    connect(db, &db::AsyncDb::connectionLost, this, [this](const QString &message) {
        m_breaker->transitionToOpen(message.isEmpty() ? tr("the connection to the database is lost") : message);
    });
    connect(db, &db::AsyncDb::connectionRestored, this, [this] {
        m_breaker->transitionToClosed(tr("the connection to the database is back"));
        pump();
    });
}

DbGate::~DbGate() = default;

bool DbGate::isDown() const
{
    switch (m_breaker->state()) {
    case BreakerState::Open:
    case BreakerState::ForcedOpen:
        return true;
    case BreakerState::HalfOpen:
        return m_busy;   // one trial job at a time, and jobs run one at a time
    default:
        return false;
    }
}

void DbGate::pump()
{
    if (m_queue.empty())
        return;
    if (m_busy) {
        if (isDown())   // the running job is HALF_OPEN's trial: the others need not wait for it
            scheduleRefusal();
        return;
    }
    auto admission = m_breaker->tryAcquirePermission();
    if (!admission)
        return scheduleRefusal();
    m_busy = true;
    auto permission = std::make_shared<Permission>(admission.takePermission());
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    next.start(std::move(permission));
}

void DbGate::scheduleRefusal()
{
    // Answer on the next event loop turn, as a real job would: callers never get called back from
    // inside their own run() call.
    if (m_refusalScheduled)
        return;
    m_refusalScheduled = true;
    QTimer::singleShot(0, this, &DbGate::refuseQueued);
}

void DbGate::lostConnection(Permission &permission)
{
    const QString reason = tr("a database job lost the connection");
    permission.onError(reason);
    // One lost connection is enough: the screens must not queue behind the reconnect backoff.
    if (m_breaker->state() == BreakerState::Closed)
        m_breaker->transitionToOpen(reason);
}

void DbGate::finished()
{
    m_busy = false;
    pump();
}

Error DbGate::offlineError() const
{
    const CircuitBreaker::Metrics m = m_breaker->metrics();
    QString text = tr("The connection to the database is lost; Backroom is reconnecting. "
                      "Try again when the red banner is gone.");
    if (m.state == BreakerState::ForcedOpen)
        text = tr("The database connection of this window was switched off by an operator.");
    else if (m.retryAfter.count() > 0)
        text += QLatin1Char(' ')
                + tr("Next try in %n second(s).", nullptr,
                     int(std::chrono::ceil<std::chrono::seconds>(m.retryAfter).count()));
    return Error::make(Error::Kind::Connection, text);
}

void DbGate::refuseQueued()
{
    m_refusalScheduled = false;
    if (m_busy && !isDown())
        return;   // a normal job is running; the queue waits for it
    if (!m_busy) {
        auto admission = m_breaker->tryAcquirePermission();
        if (admission) {
            // Let through again meanwhile (closed, or a free HALF_OPEN trial): the first queued job takes it.
            admission.takePermission();   // dropped unreported: gives the trial slot back
            return pump();
        }
    }
    const Error lost = offlineError();
    while (!m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        p.refuse(lost);
    }
}

} // namespace backroom::ui
