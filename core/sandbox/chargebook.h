#pragma once
// ChargeBook: the sandbox's own record of every charge both gateways made — the truth a test or a drill
// checks Backroom's payments against (every successful charge belongs to exactly one paid order). Keeps
// the status rules (pending -> successful | failed | expired | reversed; successful -> reversed), tells
// a listener about every change, and can mirror itself to a JSON file (--state). Not thread-safe; lives
// on the sandbox's thread.

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace backroom::sandbox {

enum class ChargeStatus { Pending, Successful, Failed, Expired, Reversed };
QString chargeStatusName(ChargeStatus status);
std::optional<ChargeStatus> chargeStatusFromName(const QString &name);

struct ChargeRecord {
    QString gateway;          // "opn" or "gbp"
    QString id;               // the gateway's charge id (chrg_test_..., gbp...)
    QString idempotencyKey;   // opn: the Idempotency-Key header; gbp: the merchant's referenceNo
    QByteArray fingerprint;   // hash of the creating request, to tell a replay from a conflicting reuse
    qint64 amountSatang = 0;
    QString currency = QStringLiteral("thb");
    QString method;           // card, promptpay, truemoney, shopeepay, qr, ...
    ChargeStatus status = ChargeStatus::Pending;
    QString failureCode;
    QDateTime created;        // UTC, from the sandbox's clock
    QDateTime updated;
    QDateTime expiresAt;      // pending only; invalid = never
    QDateTime settlesAt;      // pending only: becomes successful then by itself (--auto-settle); invalid = never
    QJsonObject details;      // gateway-specific fields (card digits, source, urls, metadata)

    QJsonObject toJson() const;   // the control API's view (and the --state file's)
    static Result<ChargeRecord> fromJson(const QJsonObject &o);
};

class ChargeBook {
public:
    using ChangeListener = std::function<void(const ChargeRecord &)>;

    void setChangeListener(ChangeListener listener) { m_listener = std::move(listener); }

    // Adds a new charge (its id and idempotency key must be new for its gateway) and reports it.
    const ChargeRecord &add(ChargeRecord record);
    const ChargeRecord *find(const QString &id) const;
    const ChargeRecord *findByKey(const QString &gateway, const QString &key) const;
    const QList<ChargeRecord> &all() const { return m_charges; }
    int countFor(const QString &gateway) const;

    // Moves a charge on. NotFound for an unknown id, Conflict when the rules forbid the move (an expired
    // charge cannot succeed); moving to the status it already has is a no-op success.
    Status setStatus(const QString &id, ChargeStatus status, const QDateTime &at, const QString &failureCode = {});
    // Pending charges whose settlesAt has come become successful, those whose expiresAt has come expire
    // (whichever is earlier wins); returns how many moved.
    int settleDue(const QDateTime &now);

    // {"charges": [...], "summary": {...}} with per gateway and per status counts and amounts.
    QJsonObject toJson(const QString &gatewayFilter = {}) const;

    // The --state file: written whole after each change (atomically), read once at start.
    void setStateFile(const QString &path) { m_stateFile = path; }
    Status load();

private:
    ChargeRecord *findMutable(const QString &id);
    void changed(const ChargeRecord &record);
    void save() const;
    void index(int position);

    QList<ChargeRecord> m_charges;
    // Lookups stay O(1) when a load drill makes tens of thousands of charges.
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byKey;   // gateway + '\n' + idempotency key
    QHash<QString, int> m_perGateway;
    ChangeListener m_listener;
    QString m_stateFile;
};

} // namespace backroom::sandbox
