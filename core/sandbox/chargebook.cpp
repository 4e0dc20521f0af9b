#include "chargebook.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

namespace backroom::sandbox {

namespace {
const QStringList kStatusNames = {QStringLiteral("pending"), QStringLiteral("successful"), QStringLiteral("failed"),
                                  QStringLiteral("expired"), QStringLiteral("reversed")};

bool allowed(ChargeStatus from, ChargeStatus to)
{
    if (from == ChargeStatus::Pending)
        return to != ChargeStatus::Pending;
    return from == ChargeStatus::Successful && to == ChargeStatus::Reversed;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString chargeStatusName(ChargeStatus status)
{
    return kStatusNames.at(int(status));
}

std::optional<ChargeStatus> chargeStatusFromName(const QString &name)
{
    const int i = int(kStatusNames.indexOf(name));
    if (i < 0)
        return std::nullopt;
    return ChargeStatus(i);
}

QJsonObject ChargeRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("gateway"), gateway},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("idempotency_key"), idempotencyKey},
                       {QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint.toHex())},
                       {QStringLiteral("amount_satang"), amountSatang},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("status"), chargeStatusName(status)},
                       {QStringLiteral("failure_code"), failureCode.isEmpty() ? QJsonValue() : QJsonValue(failureCode)},
                       {QStringLiteral("created"), iso(created)},
                       {QStringLiteral("updated"), iso(updated)},
                       {QStringLiteral("expires_at"), expiresAt.isValid() ? QJsonValue(iso(expiresAt)) : QJsonValue()},
                       {QStringLiteral("settles_at"), settlesAt.isValid() ? QJsonValue(iso(settlesAt)) : QJsonValue()},
                       {QStringLiteral("details"), details}};
}

Result<ChargeRecord> ChargeRecord::fromJson(const QJsonObject &o)
{
    ChargeRecord r;
    r.gateway = o.value(QStringLiteral("gateway")).toString();
    r.id = o.value(QStringLiteral("id")).toString();
    r.idempotencyKey = o.value(QStringLiteral("idempotency_key")).toString();
    r.fingerprint = QByteArray::fromHex(o.value(QStringLiteral("fingerprint")).toString().toLatin1());
    r.amountSatang = qint64(o.value(QStringLiteral("amount_satang")).toDouble());
    r.currency = o.value(QStringLiteral("currency")).toString();
    r.method = o.value(QStringLiteral("method")).toString();
    const auto status = chargeStatusFromName(o.value(QStringLiteral("status")).toString());
    r.failureCode = o.value(QStringLiteral("failure_code")).toString();
    r.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    r.updated = QDateTime::fromString(o.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    r.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    r.settlesAt = QDateTime::fromString(o.value(QStringLiteral("settles_at")).toString(), Qt::ISODateWithMs);
    r.details = o.value(QStringLiteral("details")).toObject();
    if (r.gateway.isEmpty() || r.id.isEmpty() || !status || !r.created.isValid())
        return Error::make(Error::Kind::BadInput, QStringLiteral("A charge in the state file lacks its gateway, id, "
                                                                 "status or created time."));
    r.status = *status;
    return r;
}

const ChargeRecord &ChargeBook::add(ChargeRecord record)
{
    m_charges.append(std::move(record));
    index(int(m_charges.size()) - 1);
    changed(m_charges.last());
    return m_charges.last();
}

void ChargeBook::index(int position)
{
    const ChargeRecord &c = m_charges.at(position);
    m_byId.insert(c.id, position);
    if (!c.idempotencyKey.isEmpty())
        m_byKey.insert(c.gateway + QLatin1Char('\n') + c.idempotencyKey, position);
    ++m_perGateway[c.gateway];
}

const ChargeRecord *ChargeBook::find(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_charges.at(*it);
}

ChargeRecord *ChargeBook::findMutable(const QString &id)
{
    return const_cast<ChargeRecord *>(std::as_const(*this).find(id));
}

const ChargeRecord *ChargeBook::findByKey(const QString &gateway, const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    const auto it = m_byKey.constFind(gateway + QLatin1Char('\n') + key);
    return it == m_byKey.constEnd() ? nullptr : &m_charges.at(*it);
}

int ChargeBook::countFor(const QString &gateway) const
{
    return m_perGateway.value(gateway);
}

Status ChargeBook::setStatus(const QString &id, ChargeStatus status, const QDateTime &at, const QString &failureCode)
{
    ChargeRecord *c = findMutable(id);
    if (!c)
        return Error::make(Error::Kind::NotFound, QStringLiteral("No charge %1 in the sandbox.").arg(id));
    if (c->status == status)
        return Done{};
    if (!allowed(c->status, status))
        return Error::make(Error::Kind::Conflict, QStringLiteral("Charge %1 is %2 and cannot become %3.")
                                                      .arg(id, chargeStatusName(c->status), chargeStatusName(status)));
    c->status = status;
    c->failureCode = failureCode;
    c->updated = at;
    if (status != ChargeStatus::Pending) {
        c->expiresAt = QDateTime();
        c->settlesAt = QDateTime();
    }
    changed(*c);
    return Done{};
}

int ChargeBook::settleDue(const QDateTime &now)
{
    QList<QPair<QString, ChargeStatus>> due;
    for (const auto &c : std::as_const(m_charges)) {
        if (c.status != ChargeStatus::Pending)
            continue;
        const bool settles = c.settlesAt.isValid() && c.settlesAt <= now;
        const bool expires = c.expiresAt.isValid() && c.expiresAt <= now;
        if (settles && (!expires || c.settlesAt <= c.expiresAt))
            due.append({c.id, ChargeStatus::Successful});
        else if (expires)
            due.append({c.id, ChargeStatus::Expired});
    }
    for (const auto &[id, status] : std::as_const(due))
        setStatus(id, status, now, status == ChargeStatus::Expired ? QStringLiteral("expired") : QString());
    return int(due.size());
}

QJsonObject ChargeBook::toJson(const QString &gatewayFilter) const
{
    QJsonArray charges;
    QJsonObject summary;
    for (const auto &c : m_charges) {
        if (!gatewayFilter.isEmpty() && c.gateway != gatewayFilter)
            continue;
        charges.append(c.toJson());
        QJsonObject perGateway = summary.value(c.gateway).toObject();
        const QString status = chargeStatusName(c.status);
        QJsonObject perStatus = perGateway.value(status).toObject();
        perStatus[QStringLiteral("count")] = perStatus.value(QStringLiteral("count")).toInt() + 1;
        perStatus[QStringLiteral("amount_satang")] =
            perStatus.value(QStringLiteral("amount_satang")).toDouble() + double(c.amountSatang);
        perGateway[status] = perStatus;
        perGateway[QStringLiteral("total")] = perGateway.value(QStringLiteral("total")).toInt() + 1;
        summary[c.gateway] = perGateway;
    }
    summary[QStringLiteral("total")] = charges.size();
    return QJsonObject{{QStringLiteral("charges"), charges}, {QStringLiteral("summary"), summary}};
}

void ChargeBook::changed(const ChargeRecord &record)
{
    save();
    if (m_listener)
        m_listener(record);
}

void ChargeBook::save() const
{
    if (m_stateFile.isEmpty())
        return;
    QJsonArray charges;
    for (const auto &c : m_charges)
        charges.append(c.toJson());
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("sandbox: cannot write the state file %s: %s", qPrintable(m_stateFile), qPrintable(file.errorString()));
        return;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("charges"), charges}}).toJson(QJsonDocument::Indented));
    if (!file.commit())
        qWarning("sandbox: cannot write the state file %s: %s", qPrintable(m_stateFile), qPrintable(file.errorString()));
}

Status ChargeBook::load()
{
    QFile file(m_stateFile);
    if (!file.exists())
        return Done{};   // a new sandbox; the first change creates it
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::BadInput, QStringLiteral("Cannot read the state file %1: %2.")
                                                      .arg(m_stateFile, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Kind::BadInput, QStringLiteral("The state file %1 is not the sandbox's JSON (%2); "
                                                                 "move it away to start afresh.")
                                                      .arg(m_stateFile, parseError.errorString()));
    QList<ChargeRecord> loaded;
    for (const auto &v : doc.object().value(QStringLiteral("charges")).toArray()) {
        auto record = ChargeRecord::fromJson(v.toObject());
        if (!record)
            return Error::make(Error::Kind::BadInput, QStringLiteral("%1 (%2)").arg(record.error().message, m_stateFile));
        loaded.append(*record);
    }
    m_charges = loaded;
    m_byId.clear();
    m_byKey.clear();
    m_perGateway.clear();
    for (int i = 0; i < m_charges.size(); ++i)
        index(i);
    return Done{};
}

} // namespace backroom::sandbox
