#pragma once
// PaymentRouter: charges an order through the gateways configured for its method, in order. Each call
// goes through that gateway's CircuitBreaker (a gateway 4xx is the caller's fault, not a failure), its
// Bulkhead and the HttpClient deadline. The attempt is recorded (PaymentLedger::recordIntent, committed)
// before the gateway is called and its outcome after, never inside one transaction.
//
// Fallback rule: the next gateway is tried only when the failed call provably did not charge (breaker
// open, bulkhead full, connection refused, or an inquiry by key that found nothing after a 5xx or a lost
// reply). After a timeout, or when the inquiry itself fails, the outcome is unknown: the router stops,
// answers "pending", and leaves the attempt `pending` for reconcile(), which asks the gateway again. So a
// customer is never charged on two gateways for one order. When every gateway for the method is down the
// answer is Unavailable with a retry-after and the methods that still have a healthy gateway.
//
// Thread: lives on its HttpClient's thread (an event loop); pay(), reconcile() and their callbacks run
// there. metrics() and the health providers may be read from any thread.

#include "net/clock.h"
#include "net/httpclient.h"
#include "payments/gateway.h"
#include "payments/paymentstore.h"
#include "resilience/bulkhead.h"
#include "resilience/circuitbreaker.h"
#include "resilience/healthreporting.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>

namespace backroom::resilience {
class HealthRegistry;
}

namespace backroom::payments {

struct PayRequest {
    qint64 orderId = 0;
    PaymentMethod method = PaymentMethod::PromptPay;
    qint64 amountSatang = 0;
    QString clientKey;     // the shopper's idempotency key for this payment
    QString cardToken;
    QUrl returnUrl;
};

struct PayResult {
    enum class Kind {
        Charged,       // `charge` is the gateway's answer (pending, successful or failed)
        Pending,       // the gateway's outcome is unknown; the attempt stays pending for reconcile
        Rejected,      // the gateway refused the request (4xx); `message` says why
        Unavailable,   // no gateway for the method could be used: 503 with retryAfterSeconds
        NotRecorded,   // the intent was refused or could not be recorded (order not payable, amount wrong,
                       // database away): `error` says which; nothing was sent to a gateway
    };
    Kind kind = Kind::Unavailable;
    PaymentMethod method = PaymentMethod::PromptPay;
    QString gateway;
    QString attemptKey;
    std::optional<Charge> charge;
    QString recorded;      // payment_outcome's answer: paid, reversal_needed, recorded, unchanged
    QString message;
    int retryAfterSeconds = 0;
    QStringList availableMethods;   // Unavailable: methods with a usable gateway now
    QStringList tried;              // "opn: breaker open", "gbp: connection refused", ...
    Error error;
};

struct ReconcileReport {
    int examined = 0;
    int settled = 0;       // pending attempts whose outcome was recorded
    int paid = 0;          // of which paid their order
    int reversed = 0;      // charges reversed at the gateway (order could not take them)
    int failedNoCharge = 0;   // pending attempts the gateway never charged
    int stillUnknown = 0;  // the gateway did not answer; tried again next pass
    bool skipped = false;  // another pass was still running
    QStringList errors;
};

// Each gateway's breaker and bulkhead settings (shop-sized: docs/resilience.md; 8 calls in flight).
struct GatewayPolicy {
    resilience::CircuitBreakerConfig breaker;
    resilience::Bulkhead::Config bulkhead{8, std::chrono::seconds(1)};
};

class PaymentRouter : public QObject {
    Q_OBJECT
public:

    struct Options {
        // Ordered gateway names per method; default: everything on opn, card and promptpay also on gbp.
        std::map<PaymentMethod, QStringList> routes;
        // A pending attempt the gateway has no charge for is declared failed only once it is this old
        // (a timed-out request may still be carried out by the gateway meanwhile).
        std::chrono::seconds notFoundGrace{120};
    };

    static std::map<PaymentMethod, QStringList> defaultRoutes();

    PaymentRouter(Options options, PaymentLedger &ledger, net::Clock &clock = net::Clock::system(),
                  QObject *parent = nullptr);
    ~PaymentRouter() override;

    // Takes the gateway; its breaker and bulkhead are made from policy.
    void addGateway(std::unique_ptr<PaymentGateway> gateway, GatewayPolicy policy = GatewayPolicy());
    PaymentGateway *gateway(const QString &name) const;
    resilience::CircuitBreaker *breaker(const QString &name) const;
    resilience::Bulkhead *bulkhead(const QString &name) const;
    QStringList gatewaysFor(PaymentMethod method) const;   // configured and added, in order
    QStringList gatewayNames() const;                      // every gateway some method routes to

    void pay(const PayRequest &request, std::function<void(const PayResult &)> done);
    // Settles every unsettled attempt (pending, or charged but to be reversed) by asking its gateway, one
    // at a time. A call while a pass is running joins nothing: it answers at once with `skipped` set.
    void reconcile(std::function<void(const ReconcileReport &)> done);

    // Health per method: "available" when a gateway for it would be tried now, with gateway states.
    QJsonObject methodsHealth() const;
    QStringList availableMethods() const;

    // Registers "breaker:<g>" and "gateway:<g>" for each gateway; transitions announce at once. The
    // registry must outlive the router (the router removes its components when destroyed).
    void publishHealthTo(resilience::HealthRegistry &registry);

    // The attempt key for an order, the shopper's key and a gateway (fits both gateways' key rules).
    static QString attemptKey(qint64 orderId, const QString &clientKey, const QString &gateway);

private:
    struct Slot;
    struct PayRun;
    void tryNext(std::shared_ptr<PayRun> run);
    void callGateway(std::shared_ptr<PayRun> run);
    void afterUnknown(std::shared_ptr<PayRun> run, GatewayOutcome first);
    void finishCharged(std::shared_ptr<PayRun> run, const Charge &charge);
    void markNotCharged(std::shared_ptr<PayRun> run, const QString &why);
    void settleOne(const PaymentAttempt &attempt, std::function<void(const QString &what)> done);
    Slot *slotFor(const QString &name) const;

    Options m_options;
    PaymentLedger &m_ledger;
    net::Clock &m_clock;
    std::vector<std::unique_ptr<Slot>> m_slots;
    resilience::HealthRegistry *m_registry = nullptr;
    bool m_reconciling = false;
};

// Lets the health screen's operator actions (force open, close, reset, disable) reach each gateway's
// breaker, under the names the router publishes ("breaker:<g>", "gateway:<g>"). The reporting must be
// destroyed before the router.
void registerGatewayBreakers(resilience::HealthReporting &reporting, const PaymentRouter &router);

} // namespace backroom::payments
