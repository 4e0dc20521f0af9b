#pragma once
// PaymentStore: the typed C++ face of migration 007 (payment_intent, payment_outcome and the
// payment_attempt view), blocking on a db::Connection (worker threads, the CLI, tests). PaymentLedger is
// the asynchronous seam the router records through: ConnectionLedger runs on a connection the caller owns
// (CLI, tests, benchmarks); StoreServer's ledger runs on its checkout pool.

#include "db/connection.h"
#include "payments/gateway.h"

#include <QDateTime>
#include <QList>
#include <functional>

namespace backroom::payments {

struct PaymentAttempt {
    qint64 id = 0;
    qint64 orderId = 0;
    QString method;
    QString gateway;
    QString idempotencyKey;
    QString gatewayChargeId;
    QString status;            // pending | successful | failed | expired | reversed
    bool needsReversal = false;
    qint64 amountSatang = 0;
    QString currency;
    QDateTime createdAt, updatedAt, settledAt;
    QString lastError;
};

struct IntentRecorded {
    qint64 attemptId = 0;
    QString status;
    bool replayed = false;
};

struct AttemptIntent {
    qint64 orderId = 0;
    PaymentMethod method = PaymentMethod::PromptPay;
    QString gateway;
    QString idempotencyKey;
    qint64 amountSatang = 0;
    QString currency = QStringLiteral("THB");
};

struct AttemptOutcome {
    QString idempotencyKey;
    ChargeStatus status = ChargeStatus::Failed;
    QString chargeId;          // empty = not known
    qint64 amountSatang = -1;  // what the gateway charged; -1 = not known
    QString error;
};

// SQLSTATEs of migration 007 become: P0002 NotFound, BR002/BR003 Conflict, 22023 BadInput.
Result<IntentRecorded> recordIntent(db::Connection &conn, const AttemptIntent &intent);
// 'paid', 'reversal_needed', 'recorded' or 'unchanged' (see payment_outcome).
Result<QString> recordOutcome(db::Connection &conn, const AttemptOutcome &outcome);

struct AttemptFilter {
    QString status;        // empty = any
    qint64 orderId = 0;    // 0 = any
    bool unsettledOnly = false;   // pending, or successful but needs_reversal
    int limit = 200;
};
Result<QList<PaymentAttempt>> listAttempts(db::Connection &conn, const AttemptFilter &filter);
Result<PaymentAttempt> attemptById(db::Connection &conn, qint64 id);
Result<PaymentAttempt> attemptByCharge(db::Connection &conn, const QString &gateway, const QString &chargeId);
Result<PaymentAttempt> attemptByKey(db::Connection &conn, const QString &key);
QJsonObject attemptJson(const PaymentAttempt &a);

class PaymentLedger {
public:
    virtual ~PaymentLedger() = default;
    virtual void recordIntent(const AttemptIntent &intent, std::function<void(Result<IntentRecorded>)> done) = 0;
    virtual void recordOutcome(const AttemptOutcome &outcome, std::function<void(Result<QString>)> done) = 0;
    virtual void unsettled(std::function<void(Result<QList<PaymentAttempt>>)> done) = 0;
};

// Runs each call at once on a connection the caller owns; callbacks run before the call returns.
class ConnectionLedger : public PaymentLedger {
public:
    explicit ConnectionLedger(db::Connection &conn) : m_conn(conn) {}
    void recordIntent(const AttemptIntent &intent, std::function<void(Result<IntentRecorded>)> done) override;
    void recordOutcome(const AttemptOutcome &outcome, std::function<void(Result<QString>)> done) override;
    void unsettled(std::function<void(Result<QList<PaymentAttempt>>)> done) override;

private:
    db::Connection &m_conn;
};

} // namespace backroom::payments
