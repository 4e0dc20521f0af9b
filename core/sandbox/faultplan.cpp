#include "faultplan.h"

#include <QJsonValue>
#include <QStringList>
#include <cmath>

namespace backroom::sandbox {

namespace {

const QStringList kFaultFields = {QStringLiteral("error_rate"), QStringLiteral("latency_ms"),
                                  QStringLiteral("jitter_ms"),  QStringLiteral("hang"),
                                  QStringLiteral("down"),       QStringLiteral("lose_replies"),
                                  QStringLiteral("seed"),       QStringLiteral("reset")};

Error badField(const QString &field, const QString &what)
{
    return Error::make(Error::Kind::BadInput, QStringLiteral("%1 must be %2.").arg(field, what));
}

bool readRate(const QJsonObject &changes, const QString &field, double *rate, Error *error)
{
    if (!changes.contains(field))
        return true;
    const QJsonValue v = changes.value(field);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        *error = badField(field, QStringLiteral("a number from 0 to 1"));
        return false;
    }
    *rate = v.toDouble();
    return true;
}

bool readMs(const QJsonObject &changes, const QString &field, int *ms, Error *error)
{
    if (!changes.contains(field))
        return true;
    const QJsonValue v = changes.value(field);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 600000 || d != std::floor(d)) {
        *error = badField(field, QStringLiteral("a whole number of milliseconds from 0 to 600000"));
        return false;
    }
    *ms = int(d);
    return true;
}

bool readFlag(const QJsonObject &changes, const QString &field, bool *flag, Error *error)
{
    if (!changes.contains(field))
        return true;
    if (!changes.value(field).isBool()) {
        *error = badField(field, QStringLiteral("true or false"));
        return false;
    }
    *flag = changes.value(field).toBool();
    return true;
}

} // namespace

bool FaultSettings::any() const
{
    return errorRate > 0 || latencyMs > 0 || jitterMs > 0 || hang || down || loseReplies > 0;
}

QJsonObject FaultSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("error_rate"), errorRate}, {QStringLiteral("latency_ms"), latencyMs},
                       {QStringLiteral("jitter_ms"), jitterMs},   {QStringLiteral("hang"), hang},
                       {QStringLiteral("down"), down},            {QStringLiteral("lose_replies"), loseReplies}};
}

Result<FaultSettings> FaultSettings::merged(const FaultSettings &base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (!kFaultFields.contains(it.key()))
            return Error::make(Error::Kind::BadInput, QStringLiteral("Unknown fault '%1'; known: %2.")
                                                          .arg(it.key(), kFaultFields.join(QStringLiteral(", "))));
    bool reset = false;
    Error error;
    if (!readFlag(changes, QStringLiteral("reset"), &reset, &error))
        return error;
    FaultSettings s = reset ? FaultSettings{} : base;
    if (!readRate(changes, QStringLiteral("error_rate"), &s.errorRate, &error)
        || !readMs(changes, QStringLiteral("latency_ms"), &s.latencyMs, &error)
        || !readMs(changes, QStringLiteral("jitter_ms"), &s.jitterMs, &error)
        || !readFlag(changes, QStringLiteral("hang"), &s.hang, &error)
        || !readFlag(changes, QStringLiteral("down"), &s.down, &error)
        || !readRate(changes, QStringLiteral("lose_replies"), &s.loseReplies, &error))
        return error;
    return s;
}

Result<std::optional<quint64>> seedIn(const QJsonObject &changes)
{
    if (!changes.contains(QStringLiteral("seed")))
        return std::optional<quint64>{};
    const QJsonValue v = changes.value(QStringLiteral("seed"));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9007199254740992.0)
        return badField(QStringLiteral("seed"), QStringLiteral("a whole number from 0 to 2^53"));
    return std::optional<quint64>(quint64(d));
}

double FaultPlan::nextUnit()
{
    // The top 53 bits of one 64-bit draw: unlike std::uniform_real_distribution, the same everywhere.
    return double(m_rng() >> 11) * (1.0 / 9007199254740992.0);
}

FaultDecision FaultPlan::decide(const FaultSettings &settings, bool isWrite)
{
    FaultDecision d;
    if (settings.errorRate > 0) {
        const double u = nextUnit();
        if (u < settings.errorRate)
            d.errorStatus = u < settings.errorRate / 2 ? 500 : 503;
    }
    d.delayMs = settings.latencyMs;
    if (settings.jitterMs > 0) {
        const double u = nextUnit();
        d.delayMs = std::max(0, settings.latencyMs + int(std::lround((2 * u - 1) * settings.jitterMs)));
    }
    if (isWrite && settings.loseReplies > 0 && d.errorStatus == 0)
        d.loseReply = nextUnit() < settings.loseReplies;
    return d;
}

} // namespace backroom::sandbox
