#include "chaos/toxic.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace backroom::chaos {
namespace {

using std::chrono::milliseconds;

struct KindName {
    ToxicKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {{ToxicKind::Latency, "latency"},       {ToxicKind::Bandwidth, "bandwidth"},
                               {ToxicKind::SlowClose, "slow_close"},  {ToxicKind::Timeout, "timeout"},
                               {ToxicKind::ResetPeer, "reset_peer"},  {ToxicKind::Slicer, "slicer"},
                               {ToxicKind::LimitData, "limit_data"},  {ToxicKind::Down, "down"}};

Error bad(const QString &message) { return Error::make(Error::Kind::BadInput, message); }

QString kindList()
{
    QStringList names;
    for (const auto &k : kKinds)
        names << QLatin1String(k.name);
    return names.join(QStringLiteral(", "));
}

// The attribute keys each kind takes: canonical first, then Toxiproxy's names.
QStringList keysFor(ToxicKind kind)
{
    switch (kind) {
    case ToxicKind::Latency: return {QStringLiteral("ms"), QStringLiteral("jitter"), QStringLiteral("latency")};
    case ToxicKind::Bandwidth: return {QStringLiteral("rate")};
    case ToxicKind::SlowClose: return {QStringLiteral("ms"), QStringLiteral("delay")};
    case ToxicKind::Timeout:
    case ToxicKind::ResetPeer: return {QStringLiteral("ms"), QStringLiteral("timeout")};
    case ToxicKind::Slicer:
        return {QStringLiteral("size"), QStringLiteral("variation"), QStringLiteral("delay_us"),
                QStringLiteral("average_size"), QStringLiteral("size_variation"), QStringLiteral("delay")};
    case ToxicKind::LimitData: return {QStringLiteral("bytes")};
    case ToxicKind::Down: return {};
    }
    return {};
}

void setAttribute(Toxic *t, const QString &key, qint64 v)
{
    if (key == QLatin1String("ms") || key == QLatin1String("latency") || key == QLatin1String("timeout")
        || (key == QLatin1String("delay") && t->kind == ToxicKind::SlowClose))
        t->time = milliseconds(v);
    else if (key == QLatin1String("jitter"))
        t->jitter = milliseconds(v);
    else if (key == QLatin1String("rate"))
        t->rateKBps = v;
    else if (key == QLatin1String("size") || key == QLatin1String("average_size"))
        t->sliceSize = int(v);
    else if (key == QLatin1String("variation") || key == QLatin1String("size_variation"))
        t->sliceVariation = int(v);
    else if (key == QLatin1String("delay_us") || key == QLatin1String("delay"))
        t->sliceDelay = std::chrono::microseconds(v);
    else if (key == QLatin1String("bytes"))
        t->byteLimit = v;
}

Status parseAttribute(Toxic *t, const QString &pair)
{
    const qsizetype eq = pair.indexOf(QLatin1Char('='));
    const QString key = pair.left(eq).trimmed();
    const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
    if (eq < 0 || key.isEmpty() || value.isEmpty())
        return bad(ChaosText::tr("'%1' is not key=value.").arg(pair));
    if (key == QLatin1String("name")) {
        t->name = value;
        return Done{};
    }
    if (key == QLatin1String("toxicity")) {
        bool ok = false;
        t->toxicity = value.toDouble(&ok);
        if (!ok)
            return bad(ChaosText::tr("toxicity must be a number from 0 to 1, got '%1'.").arg(value));
        return Done{};
    }
    const QStringList keys = keysFor(t->kind);
    if (!keys.contains(key))
        return bad(ChaosText::tr("%1 takes no '%2' (it takes %3, name, toxicity).")
                       .arg(toxicKindName(t->kind), key, keys.isEmpty() ? ChaosText::tr("nothing else") : keys.join(QStringLiteral(", "))));
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok)
        return bad(ChaosText::tr("%1 of %2 must be a whole number, got '%3'.").arg(key, toxicKindName(t->kind), value));
    setAttribute(t, key, v);
    return Done{};
}

} // namespace

bool Toxic::operator==(const Toxic &o) const
{
    return name == o.name && kind == o.kind && stream == o.stream && toxicity == o.toxicity && time == o.time
        && jitter == o.jitter && rateKBps == o.rateKBps && sliceSize == o.sliceSize
        && sliceVariation == o.sliceVariation && sliceDelay == o.sliceDelay && byteLimit == o.byteLimit;
}

QString toxicKindName(ToxicKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

QString streamName(Stream stream)
{
    return stream == Stream::Upstream ? QStringLiteral("upstream") : QStringLiteral("downstream");
}

Result<Toxic> parseToxic(const QString &spec)
{
    QStringList parts = spec.trimmed().split(QLatin1Char(':'));
    Toxic t;
    const QString kind = parts.takeFirst().trimmed();
    const auto found = std::find_if(std::begin(kKinds), std::end(kKinds),
                                    [&](const KindName &k) { return kind == QLatin1String(k.name); });
    if (found == std::end(kKinds))
        return bad(ChaosText::tr("Unknown toxic '%1' in '%2': use one of %3.").arg(kind, spec, kindList()));
    t.kind = found->kind;
    if (!parts.isEmpty() && !parts.first().contains(QLatin1Char('='))) {
        const QString stream = parts.takeFirst().trimmed();
        if (stream == QLatin1String("upstream"))
            t.stream = Stream::Upstream;
        else if (stream != QLatin1String("downstream"))
            return bad(ChaosText::tr("Stream '%1' in '%2' must be upstream (client to server) or downstream (server to client).")
                           .arg(stream, spec));
    }
    if (parts.size() > 1)
        return bad(ChaosText::tr("'%1' has too many ':' parts: write type:stream:key=value,...").arg(spec));
    const QString attributes = parts.value(0).trimmed();
    if (!attributes.isEmpty()) {
        for (const QString &pair : attributes.split(QLatin1Char(','))) {
            if (auto s = parseAttribute(&t, pair.trimmed()); !s)
                return s.error();
        }
    }
    if (t.name.isEmpty())
        t.name = t.kind == ToxicKind::Down ? QStringLiteral("down") : toxicKindName(t.kind) + QLatin1Char('_') + streamName(t.stream);
    if (auto s = validateToxic(t); !s)
        return s.error();
    return t;
}

Status validateToxic(const Toxic &t)
{
    if (t.name.isEmpty() || t.name.contains(QLatin1Char(',')) || t.name.contains(QLatin1Char(':'))
        || t.name.contains(QLatin1Char(' ')))
        return bad(ChaosText::tr("A toxic needs a name without spaces, ',' or ':' (got '%1').").arg(t.name));
    if (!(t.toxicity >= 0.0 && t.toxicity <= 1.0))
        return bad(ChaosText::tr("toxicity of %1 must be from 0 to 1, got %2.").arg(t.name).arg(t.toxicity));
    if (t.time.count() < 0 || t.jitter.count() < 0 || t.rateKBps < 0 || t.sliceDelay.count() < 0 || t.byteLimit < 0
        || t.sliceVariation < 0)
        return bad(ChaosText::tr("%1: times, rates and sizes must not be negative.").arg(t.name));
    if (t.kind == ToxicKind::Slicer && t.sliceSize < 1)
        return bad(ChaosText::tr("%1: a slicer needs size of at least 1 byte.").arg(t.name));
    return Done{};
}

QString formatToxic(const Toxic &t)
{
    QStringList attrs;
    switch (t.kind) {
    case ToxicKind::Latency:
        attrs << QStringLiteral("ms=%1").arg(t.time.count()) << QStringLiteral("jitter=%1").arg(t.jitter.count());
        break;
    case ToxicKind::Bandwidth: attrs << QStringLiteral("rate=%1").arg(t.rateKBps); break;
    case ToxicKind::SlowClose:
    case ToxicKind::Timeout:
    case ToxicKind::ResetPeer: attrs << QStringLiteral("ms=%1").arg(t.time.count()); break;
    case ToxicKind::Slicer:
        attrs << QStringLiteral("size=%1").arg(t.sliceSize) << QStringLiteral("variation=%1").arg(t.sliceVariation)
              << QStringLiteral("delay_us=%1").arg(t.sliceDelay.count());
        break;
    case ToxicKind::LimitData: attrs << QStringLiteral("bytes=%1").arg(t.byteLimit); break;
    case ToxicKind::Down: break;
    }
    attrs << QStringLiteral("toxicity=%1").arg(t.toxicity) << QStringLiteral("name=%1").arg(t.name);
    const QString head = t.kind == ToxicKind::Down ? toxicKindName(t.kind)
                                                   : toxicKindName(t.kind) + QLatin1Char(':') + streamName(t.stream);
    return head + QLatin1Char(':') + attrs.join(QLatin1Char(','));
}

milliseconds latencyDelay(const Toxic &latency, QRandomGenerator &random)
{
    const qint64 jitter = latency.jitter.count();
    const qint64 offset = jitter > 0 ? qint64(random.bounded(quint64(2 * jitter + 1))) - jitter : 0;
    return milliseconds(std::max<qint64>(0, latency.time.count() + offset));
}

std::chrono::nanoseconds transferTime(qint64 bytes, qint64 rateKBps)
{
    if (rateKBps <= 0)
        return std::chrono::nanoseconds(0);
    // rate KB/s = rate bytes per millisecond.
    return std::chrono::nanoseconds(bytes * 1'000'000 / rateKBps);
}

QList<int> sliceSizes(qsizetype total, int average, int variation, QRandomGenerator &random)
{
    QList<int> sizes;
    average = std::max(1, average);
    variation = std::clamp(variation, 0, average - 1);
    while (total > 0) {
        const int offset = variation > 0 ? int(random.bounded(2 * variation + 1)) - variation : 0;
        const int size = int(std::min<qsizetype>(total, average + offset));
        sizes << size;
        total -= size;
    }
    return sizes;
}

bool rollToxicity(double toxicity, QRandomGenerator &random)
{
    if (toxicity <= 0.0)
        return false;
    if (toxicity >= 1.0)
        return true;
    return random.generateDouble() < toxicity;
}

} // namespace backroom::chaos
