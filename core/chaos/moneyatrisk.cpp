#include "chaos/moneyatrisk.h"
#include "coretext.h"

#include "payments/gateway.h"
#include "sandbox/chargebook.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace backroom::chaos {
namespace {


constexpr const char *kAttempts =
    "SELECT order_id, gateway, idempotency_key, status, amount_satang FROM payment_attempt "
    "WHERE order_id > $1 ORDER BY id";

bool takesMoney(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("successful");
}

QString keyOf(const QString &gateway, const QString &key)
{
    return gateway + QLatin1Char('\n') + key;
}

QJsonArray problemsJson(const QList<MoneyProblem> &problems)
{
    QJsonArray array;
    for (const auto &p : problems)
        array.append(QJsonObject{{QStringLiteral("order_id"), p.orderId}, {QStringLiteral("gateway"), p.gateway},
                                 {QStringLiteral("idempotency_key"), p.idempotencyKey},
                                 {QStringLiteral("amount_satang"), p.amountSatang}});
    return array;
}

} // namespace

bool GatewayCharge::tookMoney() const { return takesMoney(status); }
bool SavedAttempt::savedAsTaken() const { return takesMoney(status); }

qint64 MoneyAtRisk::total(const QList<MoneyProblem> &problems)
{
    qint64 sum = 0;
    for (const auto &p : problems)
        sum += p.amountSatang;
    return sum;
}

MoneyAtRisk reconcileMoney(const QList<GatewayCharge> &charges, const QList<SavedAttempt> &attempts)
{
    MoneyAtRisk risk;
    risk.chargesExamined = int(charges.size());
    risk.attemptsExamined = int(attempts.size());
    QHash<QString, const SavedAttempt *> attemptByKey;
    for (const auto &a : attempts)
        attemptByKey.insert(keyOf(a.gateway, a.idempotencyKey), &a);

    QHash<QString, const GatewayCharge *> liveChargeByKey;
    QHash<qint64, int> liveChargesPerOrder;
    for (const auto &c : charges) {
        if (!c.tookMoney())
            continue;
        liveChargeByKey.insert(keyOf(c.gateway, c.idempotencyKey), &c);
        const SavedAttempt *saved = attemptByKey.value(keyOf(c.gateway, c.idempotencyKey));
        MoneyProblem problem{saved ? saved->orderId : 0, c.gateway, c.idempotencyKey, c.amountSatang};
        if (!saved || !saved->savedAsTaken()) {
            risk.chargedButNotSaved.append(problem);
            continue;
        }
        if (++liveChargesPerOrder[saved->orderId] > 1)
            risk.chargedTwice.append(problem);
    }
    for (const auto &a : attempts) {
        if (a.status == QLatin1String("successful") && !liveChargeByKey.contains(keyOf(a.gateway, a.idempotencyKey)))
            risk.savedButNotCharged.append({a.orderId, a.gateway, a.idempotencyKey, a.amountSatang});
    }
    return risk;
}

QString MoneyAtRisk::plainWords() const
{
    if (clean())
        return ChaosText::tr("No money was at risk: each of the %1 charges the gateways hold belongs to exactly one order Backroom "
                  "saved, and every payment Backroom saved was charged.").arg(chargesExamined);
    QStringList lines;
    if (!chargedButNotSaved.isEmpty())
        lines << ChaosText::tr("%1 customers were charged %2 baht in total but Backroom has no paid order for it: refund them or "
                    "complete their orders (`backroom payments reconcile`).")
                     .arg(chargedButNotSaved.size()).arg(payments::satangToBaht(total(chargedButNotSaved)));
    if (!chargedTwice.isEmpty())
        lines << ChaosText::tr("%1 orders were charged twice (%2 baht too much): reverse the extra charges.")
                     .arg(chargedTwice.size()).arg(payments::satangToBaht(total(chargedTwice)));
    if (!savedButNotCharged.isEmpty())
        lines << ChaosText::tr("%1 orders are marked paid (%2 baht) but no gateway charged them: do not ship them before the "
                    "money is in.").arg(savedButNotCharged.size()).arg(payments::satangToBaht(total(savedButNotCharged)));
    return lines.join(QLatin1Char(' '));
}

QJsonObject MoneyAtRisk::toJson() const
{
    return QJsonObject{{QStringLiteral("clean"), clean()},
                       {QStringLiteral("charges_examined"), chargesExamined},
                       {QStringLiteral("attempts_examined"), attemptsExamined},
                       {QStringLiteral("charged_but_not_saved"), problemsJson(chargedButNotSaved)},
                       {QStringLiteral("charged_twice"), problemsJson(chargedTwice)},
                       {QStringLiteral("saved_but_not_charged"), problemsJson(savedButNotCharged)},
                       {QStringLiteral("charged_but_not_saved_satang"), total(chargedButNotSaved)},
                       {QStringLiteral("charged_twice_satang"), total(chargedTwice)},
                       {QStringLiteral("saved_but_not_charged_satang"), total(savedButNotCharged)},
                       {QStringLiteral("in_words"), plainWords()}};
}

QList<GatewayCharge> chargesIn(const sandbox::ChargeBook &book)
{
    QList<GatewayCharge> charges;
    for (const auto &record : book.all())
        charges.append({record.gateway, record.idempotencyKey, sandbox::chargeStatusName(record.status), record.amountSatang});
    return charges;
}

Result<QList<SavedAttempt>> readSavedAttempts(db::Connection &conn, qint64 afterOrderId)
{
    auto rows = conn.exec(kAttempts, {afterOrderId});
    if (!rows)
        return rows.error();
    QList<SavedAttempt> attempts;
    for (int r = 0; r < rows->rows(); ++r)
        attempts.append({rows->toInt64(r, 0), rows->text(r, 1), rows->text(r, 2), rows->text(r, 3), rows->toInt64(r, 4)});
    return attempts;
}

} // namespace backroom::chaos
