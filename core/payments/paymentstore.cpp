#include "payments/paymentstore.h"

#include <QJsonObject>

namespace backroom::payments {

namespace {

constexpr const char *kIntent = "SELECT attempt_id, status, replayed FROM payment_intent($1, $2, $3, $4, $5, $6)";
constexpr const char *kOutcome = "SELECT payment_outcome($1, $2, $3, $4, $5)";
constexpr const char *kColumns =
    "SELECT id, order_id, method, gateway, idempotency_key, gateway_charge_id, status, needs_reversal, amount_satang, "
    "currency, created_at, updated_at, settled_at, last_error FROM payment_attempt ";

Error typed(const Error &e)
{
    Error out = e;
    if (e.sqlState == QLatin1String("P0002"))
        out.kind = Error::Kind::NotFound;
    else if (e.sqlState == QLatin1String("BR002") || e.sqlState == QLatin1String("BR003"))
        out.kind = Error::Kind::Conflict;
    else if (e.sqlState == QLatin1String("22023"))
        out.kind = Error::Kind::BadInput;
    return out;
}

QDateTime timeAt(const db::PgResult &r, int row, int col)
{
    if (r.isNull(row, col))
        return {};
    return QDateTime::fromString(r.text(row, col), Qt::ISODateWithMs).toUTC();
}

PaymentAttempt attemptAt(const db::PgResult &r, int row)
{
    PaymentAttempt a;
    a.id = r.toInt64(row, 0);
    a.orderId = r.toInt64(row, 1);
    a.method = r.text(row, 2);
    a.gateway = r.text(row, 3);
    a.idempotencyKey = r.text(row, 4);
    a.gatewayChargeId = r.text(row, 5);
    a.status = r.text(row, 6);
    a.needsReversal = r.toBool(row, 7);
    a.amountSatang = r.toInt64(row, 8);
    a.currency = r.text(row, 9);
    a.createdAt = timeAt(r, row, 10);
    a.updatedAt = timeAt(r, row, 11);
    a.settledAt = timeAt(r, row, 12);
    a.lastError = r.text(row, 13);
    return a;
}

Result<PaymentAttempt> one(db::Connection &conn, const QString &where, const QVariantList &params, const QString &what)
{
    auto r = conn.exec(QString::fromLatin1(kColumns) + where, params);
    if (!r)
        return typed(r.error());
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound, PaymentsText::tr("No payment %1.").arg(what));
    return attemptAt(*r, 0);
}

} // namespace

Result<IntentRecorded> recordIntent(db::Connection &conn, const AttemptIntent &intent)
{
    auto r = conn.exec(kIntent, {intent.orderId, methodName(intent.method), intent.gateway, intent.idempotencyKey,
                                 intent.amountSatang, intent.currency});
    if (!r)
        return typed(r.error());
    return IntentRecorded{r->toInt64(0, 0), r->text(0, 1), r->toBool(0, 2)};
}

Result<QString> recordOutcome(db::Connection &conn, const AttemptOutcome &o)
{
    auto r = conn.exec(kOutcome, {o.idempotencyKey, chargeStatusName(o.status),
                                  o.chargeId.isEmpty() ? QVariant() : QVariant(o.chargeId),
                                  o.amountSatang < 0 ? QVariant() : QVariant(o.amountSatang),
                                  o.error.isEmpty() ? QVariant() : QVariant(o.error)});
    if (!r)
        return typed(r.error());
    return r->text(0, 0);
}

Result<QList<PaymentAttempt>> listAttempts(db::Connection &conn, const AttemptFilter &f)
{
    auto r = conn.exec(QString::fromLatin1(kColumns)
                           + QStringLiteral("WHERE ($1 = '' OR status = $1) AND ($2 = 0 OR order_id = $2) "
                                            "AND (NOT $3 OR status = 'pending' OR needs_reversal) "
                                            "ORDER BY id DESC LIMIT $4"),
                       {f.status, f.orderId, f.unsettledOnly, f.limit});
    if (!r)
        return typed(r.error());
    QList<PaymentAttempt> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append(attemptAt(*r, i));
    return out;
}

Result<PaymentAttempt> attemptById(db::Connection &conn, qint64 id)
{
    return one(conn, QStringLiteral("WHERE id = $1"), {id}, QString::number(id));
}

Result<PaymentAttempt> attemptByCharge(db::Connection &conn, const QString &gateway, const QString &chargeId)
{
    return one(conn, QStringLiteral("WHERE gateway = $1 AND gateway_charge_id = $2"), {gateway, chargeId},
               gateway + QLatin1Char(' ') + chargeId);
}

Result<PaymentAttempt> attemptByKey(db::Connection &conn, const QString &key)
{
    return one(conn, QStringLiteral("WHERE idempotency_key = $1"), {key}, key);
}

QJsonObject attemptJson(const PaymentAttempt &a)
{
    const auto iso = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("order_id"), a.orderId},
                       {QStringLiteral("method"), a.method},
                       {QStringLiteral("gateway"), a.gateway},
                       {QStringLiteral("idempotency_key"), a.idempotencyKey},
                       {QStringLiteral("gateway_charge_id"),
                        a.gatewayChargeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.gatewayChargeId)},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("needs_reversal"), a.needsReversal},
                       {QStringLiteral("amount_satang"), a.amountSatang},
                       {QStringLiteral("currency"), a.currency},
                       {QStringLiteral("created_at"), iso(a.createdAt)},
                       {QStringLiteral("updated_at"), iso(a.updatedAt)},
                       {QStringLiteral("settled_at"), iso(a.settledAt)},
                       {QStringLiteral("last_error"),
                        a.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.lastError)}};
}

void ConnectionLedger::recordIntent(const AttemptIntent &intent, std::function<void(Result<IntentRecorded>)> done)
{
    done(payments::recordIntent(m_conn, intent));
}

void ConnectionLedger::recordOutcome(const AttemptOutcome &outcome, std::function<void(Result<QString>)> done)
{
    done(payments::recordOutcome(m_conn, outcome));
}

void ConnectionLedger::unsettled(std::function<void(Result<QList<PaymentAttempt>>)> done)
{
    AttemptFilter f;
    f.unsettledOnly = true;
    f.limit = 1000;
    done(listAttempts(m_conn, f));
}

} // namespace backroom::payments
