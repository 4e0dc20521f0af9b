#pragma once
// MoneyAtRisk: the reconciliation a chaos run ends with -- every charge the gateways hold against every
// payment Backroom saved -- told in plain words: money taken from a customer that Backroom has no record
// of (charged but not saved), one order charged twice, and an order Backroom thinks is paid that no
// gateway charged (saved but not charged). A charge counts as money taken while it is pending or
// successful; failed, expired and reversed charges took nothing.
// reconcileMoney() is pure; readSavedAttempts() blocks on a Connection (the run's thread or a worker).

#include "db/connection.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace backroom::sandbox {
class ChargeBook;
}

namespace backroom::chaos {

// What a gateway says it charged.
struct GatewayCharge {
    QString gateway;
    QString idempotencyKey;
    QString status;          // pending, successful, failed, expired, reversed
    qint64 amountSatang = 0;
    bool tookMoney() const;  // pending or successful
};

// What Backroom saved about one payment attempt (the payment_attempt view).
struct SavedAttempt {
    qint64 orderId = 0;
    QString gateway;
    QString idempotencyKey;
    QString status;          // pending, successful, failed, expired, reversed
    qint64 amountSatang = 0;
    bool savedAsTaken() const;   // pending or successful: Backroom expects the money
};

struct MoneyProblem {
    qint64 orderId = 0;      // 0 when no saved attempt names an order
    QString gateway;
    QString idempotencyKey;
    qint64 amountSatang = 0;
};

struct MoneyAtRisk {
    QList<MoneyProblem> chargedButNotSaved;
    QList<MoneyProblem> chargedTwice;        // one entry per extra charge
    QList<MoneyProblem> savedButNotCharged;
    int chargesExamined = 0;
    int attemptsExamined = 0;

    bool clean() const { return chargedButNotSaved.isEmpty() && chargedTwice.isEmpty() && savedButNotCharged.isEmpty(); }
    static qint64 total(const QList<MoneyProblem> &problems);
    QString plainWords() const;   // a few sentences for the owner, baht amounts
    QJsonObject toJson() const;
};

MoneyAtRisk reconcileMoney(const QList<GatewayCharge> &charges, const QList<SavedAttempt> &attempts);

// Every charge in the sandbox's charge book.
QList<GatewayCharge> chargesIn(const sandbox::ChargeBook &book);
// The attempts of orders above `afterOrderId` (the run's watermark). Errors: Connection, Permission, Query.
Result<QList<SavedAttempt>> readSavedAttempts(db::Connection &conn, qint64 afterOrderId);

} // namespace backroom::chaos
