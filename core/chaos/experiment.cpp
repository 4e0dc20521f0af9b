#include "chaos/experiment.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace backroom::chaos {
namespace {


struct ProbeName {
    ProbeKind kind;
    const char *name;
};
constexpr ProbeName kProbeNames[] = {
    {ProbeKind::CheckoutSuccessRate, "checkout_success_rate"},
    {ProbeKind::CheckoutP95Ms, "checkout_p95_ms"},
    {ProbeKind::PaymentSuccessRate, "payment_success_rate"},
    {ProbeKind::NoOversell, "no_oversell"},
    {ProbeKind::NoChargedButNotSaved, "no_charged_but_not_saved"},
    {ProbeKind::NoDoubleCharge, "no_double_charge"},
    {ProbeKind::NoSavedButNotCharged, "no_saved_but_not_charged"},
    {ProbeKind::SyncLagSeconds, "sync_lag_seconds"},
};

Error badField(const QString &field, const QString &what)
{
    return Error::make(Error::Kind::BadInput, ChaosText::tr("Experiment %1: %2").arg(field, what));
}

Result<Probe> parseProbe(const QJsonObject &o, int index)
{
    const QString field = QStringLiteral("steady-state-hypothesis.probes[%1]").arg(index);
    const QString kindName = o.value(QStringLiteral("probe")).toString();
    const auto kind = probeKindFromName(kindName);
    if (!kind)
        return badField(field, ChaosText::tr("unknown probe '%1'").arg(kindName));
    Probe probe;
    probe.kind = *kind;
    probe.name = o.value(QStringLiteral("name")).toString(kindName);
    probe.channel = o.value(QStringLiteral("channel")).toString();
    const QJsonObject tolerance = o.value(QStringLiteral("tolerance")).toObject();
    if (tolerance.contains(QStringLiteral("min")))
        probe.min = tolerance.value(QStringLiteral("min")).toDouble();
    if (tolerance.contains(QStringLiteral("max")))
        probe.max = tolerance.value(QStringLiteral("max")).toDouble();
    const bool countProbe = *kind == ProbeKind::NoOversell || *kind == ProbeKind::NoChargedButNotSaved
                            || *kind == ProbeKind::NoDoubleCharge || *kind == ProbeKind::NoSavedButNotCharged;
    if (countProbe && !probe.max)
        probe.max = 0;   // "no ...": none tolerated unless the file says otherwise
    if (!probe.min && !probe.max)
        return badField(field, ChaosText::tr("the probe '%1' needs a tolerance {\"min\": ...} or {\"max\": ...}").arg(kindName));
    return probe;
}

Result<MethodStep> parseStep(const QJsonObject &o, int index)
{
    const QString field = QStringLiteral("method[%1]").arg(index);
    MethodStep step;
    step.name = o.value(QStringLiteral("name")).toString();
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("pause")) {
        const auto pause = parseDuration(o.value(QStringLiteral("duration")));
        if (!pause)
            return badField(field + QStringLiteral(".duration"), ChaosText::tr("a duration such as 3s or 500ms"));
        step.type = MethodStep::Type::Pause;
        step.pause = *pause;
        return step;
    }
    if (type != QLatin1String("action"))
        return badField(field + QStringLiteral(".type"), ChaosText::tr("\"action\" or \"pause\", got '%1'").arg(type));
    step.type = MethodStep::Type::Action;
    step.fault = o.value(QStringLiteral("fault")).toObject();
    if (step.fault.value(QStringLiteral("type")).toString().isEmpty())
        return badField(field + QStringLiteral(".fault"), ChaosText::tr("an object with a \"type\""));
    if (step.name.isEmpty())
        step.name = step.fault.value(QStringLiteral("type")).toString();
    return step;
}

Status parseLoad(const QJsonObject &o, LoadSpec *load)
{
    if (o.contains(QStringLiteral("rate"))) {
        load->ratePerSecond = o.value(QStringLiteral("rate")).toDouble();
        if (load->ratePerSecond <= 0 || load->ratePerSecond > 1000)
            return badField(QStringLiteral("load.rate"), ChaosText::tr("checkouts per second, above 0 and at most 1000"));
    }
    for (const auto &sku : o.value(QStringLiteral("skus")).toArray())
        load->skus << sku.toString();
    const QString target = o.value(QStringLiteral("target")).toString(QStringLiteral("database"));
    if (target != QLatin1String("database") && target != QLatin1String("http"))
        return badField(QStringLiteral("load.target"), ChaosText::tr("\"database\" or \"http\""));
    load->target = target == QLatin1String("http") ? LoadSpec::Target::Http : LoadSpec::Target::Database;
    load->storeUrl = o.value(QStringLiteral("store_url")).toString();
    if (o.contains(QStringLiteral("connections"))) {
        load->connections = o.value(QStringLiteral("connections")).toInt();
        if (load->connections < 1 || load->connections > 64)
            return badField(QStringLiteral("load.connections"), ChaosText::tr("from 1 to 64"));
    }
    load->pay = o.value(QStringLiteral("pay")).toBool(false);
    load->paymentMethod = o.value(QStringLiteral("payment_method")).toString(load->paymentMethod);
    for (const auto &[key, target] : {std::pair{QStringLiteral("at_rest"), &load->atRest},
                                      std::pair{QStringLiteral("recovery"), &load->recovery}}) {
        if (!o.contains(key))
            continue;
        const auto d = parseDuration(o.value(key));
        if (!d)
            return badField(QStringLiteral("load.") + key, ChaosText::tr("a duration such as 3s or 500ms"));
        *target = *d;
    }
    return Done{};
}

QString toleranceText(const Probe &p)
{
    QStringList parts;
    if (p.min)
        parts << QStringLiteral(">= %1").arg(*p.min);
    if (p.max)
        parts << QStringLiteral("<= %1").arg(*p.max);
    return parts.join(QStringLiteral(" and "));
}

std::optional<double> figureFor(const Probe &probe, const Measurements &m)
{
    auto rate = [](double r) { return r < 0 ? std::nullopt : std::optional<double>(r); };
    auto count = [](const std::optional<int> &n) { return n ? std::optional<double>(*n) : std::nullopt; };
    switch (probe.kind) {
    case ProbeKind::CheckoutSuccessRate: return rate(m.checkoutSuccessRate());
    case ProbeKind::CheckoutP95Ms: return m.checkoutP95Ms < 0 || m.checkouts == 0 ? std::nullopt : std::optional<double>(m.checkoutP95Ms);
    case ProbeKind::PaymentSuccessRate: return rate(m.paymentSuccessRate());
    case ProbeKind::NoOversell: return m.verdictPassed ? std::optional<double>(*m.verdictPassed ? 0 : 1) : std::nullopt;
    case ProbeKind::NoChargedButNotSaved: return count(m.chargedButNotSaved);
    case ProbeKind::NoDoubleCharge: return count(m.chargedTwice);
    case ProbeKind::NoSavedButNotCharged: return count(m.savedButNotCharged);
    case ProbeKind::SyncLagSeconds:
        if (m.syncLagSeconds.isEmpty())
            return std::nullopt;
        if (!probe.channel.isEmpty())
            return m.syncLagSeconds.contains(probe.channel) ? std::optional<double>(m.syncLagSeconds.value(probe.channel))
                                                            : std::nullopt;
        return *std::max_element(m.syncLagSeconds.cbegin(), m.syncLagSeconds.cend());
    }
    return std::nullopt;
}

} // namespace

QString probeKindName(ProbeKind kind)
{
    for (const auto &p : kProbeNames)
        if (p.kind == kind)
            return QString::fromLatin1(p.name);
    return {};
}

std::optional<ProbeKind> probeKindFromName(const QString &name)
{
    for (const auto &p : kProbeNames)
        if (name == QLatin1String(p.name))
            return p.kind;
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> parseDuration(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() >= 0)
        return std::chrono::milliseconds(qint64(value.toDouble() * 1000));
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m)?\\s*$"));
    const auto match = pattern.match(value.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const double v = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    return std::chrono::milliseconds(qint64(unit == QLatin1String("ms") ? v : unit == QLatin1String("m") ? v * 60000 : v * 1000));
}

QString tagGatewayOutage() { return QStringLiteral("gateway_outage"); }

namespace {

bool isGateway(const QString &name) { return name == QLatin1String("opn") || name == QLatin1String("gbp"); }

// What a fault does, as tags (experiment.h).
QStringList tagsOfFault(const QJsonObject &fault)
{
    const QString type = fault.value(QStringLiteral("type")).toString();
    const QString target = fault.value(QStringLiteral("target")).toString(fault.value(QStringLiteral("upstream")).toString());
    QStringList tags;
    if (type == QLatin1String("sandbox")) {
        const QJsonObject changes = fault.value(QStringLiteral("changes")).toObject();
        const bool out = changes.value(QStringLiteral("down")).toBool() || changes.value(QStringLiteral("error_rate")).toDouble() >= 1;
        if (isGateway(target) && out)
            tags << tagGatewayOutage();
        if (!isGateway(target) && changes.contains(QStringLiteral("latency_ms")))
            tags << QStringLiteral("marketplace_slow");
    } else if (type == QLatin1String("proxy")) {
        tags << QStringLiteral("proxy");
        for (const auto &t : fault.value(QStringLiteral("toxics")).toArray()) {
            const QString spec = t.toString();
            if (isGateway(target) && (spec == QLatin1String("down") || spec.startsWith(QLatin1String("down:"))
                                      || spec.startsWith(QLatin1String("reset_peer"))))
                tags << tagGatewayOutage();
            if ((target == QLatin1String("shopee") || target == QLatin1String("lazada")) && spec.startsWith(QLatin1String("latency")))
                tags << QStringLiteral("marketplace_slow");
        }
    } else if (type == QLatin1String("restart_database")) {
        tags << QStringLiteral("database_restart");
    } else if (type == QLatin1String("kill_serve")) {
        tags << QStringLiteral("serve_killed");
    }
    return tags;
}

QString slug(const QString &title)
{
    QString out;
    for (const QChar c : title.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    while (out.contains(QLatin1String("--")))
        out.replace(QLatin1String("--"), QLatin1String("-"));
    return out.remove(QRegularExpression(QStringLiteral("^-|-$")));
}

} // namespace

Result<Experiment> parseExperiment(const QJsonObject &json)
{
    Experiment e;
    e.source = json;
    e.title = json.value(QStringLiteral("title")).toString();
    if (e.title.isEmpty())
        return badField(QStringLiteral("title"), ChaosText::tr("every experiment needs a title"));
    e.description = json.value(QStringLiteral("description")).toString();
    if (auto load = parseLoad(json.value(QStringLiteral("load")).toObject(), &e.load); !load)
        return load.error();
    const QJsonArray probes = json.value(QStringLiteral("steady-state-hypothesis")).toObject().value(QStringLiteral("probes")).toArray();
    if (probes.isEmpty())
        return badField(QStringLiteral("steady-state-hypothesis.probes"), ChaosText::tr("at least one probe"));
    for (int i = 0; i < probes.size(); ++i) {
        auto probe = parseProbe(probes[i].toObject(), i);
        if (!probe)
            return probe.error();
        e.probes << *probe;
    }
    const QJsonArray method = json.value(QStringLiteral("method")).toArray();
    for (int i = 0; i < method.size(); ++i) {
        auto step = parseStep(method[i].toObject(), i);
        if (!step)
            return step.error();
        e.method << *step;
    }
    for (const auto &r : json.value(QStringLiteral("rollbacks")).toArray())
        e.rollbacks << r.toObject();
    e.abort.minSuccessRate = json.value(QStringLiteral("abort")).toObject().value(QStringLiteral("below_success_rate")).toDouble(0);
    e.id = json.value(QStringLiteral("id")).toString(slug(e.title));
    for (const auto &t : json.value(QStringLiteral("tags")).toArray())
        e.tags << t.toString();
    for (const auto &step : e.method)
        if (step.type == MethodStep::Type::Action)
            e.tags << tagsOfFault(step.fault);
    e.tags.removeAll(QString());
    e.tags.sort();
    e.tags.removeDuplicates();
    return e;
}

Result<Experiment> loadExperiment(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound, ChaosText::tr("Cannot read the experiment %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Kind::BadInput, ChaosText::tr("The experiment %1 is not a JSON object: %2").arg(path, parseError.errorString()));
    return parseExperiment(doc.object());
}

QStringList shippedExperiments()
{
    QStringList paths;
    for (const QString &name : QDir(QStringLiteral(":/experiments")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << QStringLiteral(":/experiments/") + name;
    return paths;
}

ProbeResult judgeProbe(const Probe &probe, const Measurements &m)
{
    ProbeResult r;
    r.name = probe.name;
    r.kind = probeKindName(probe.kind);
    r.tolerance = toleranceText(probe);
    r.value = figureFor(probe, m);
    r.passed = r.value && (!probe.min || *r.value >= *probe.min) && (!probe.max || *r.value <= *probe.max);
    return r;
}

QList<ProbeResult> judgeProbes(const QList<Probe> &probes, const Measurements &m)
{
    QList<ProbeResult> results;
    for (const auto &p : probes)
        results << judgeProbe(p, m);
    return results;
}

bool allPassed(const QList<ProbeResult> &results)
{
    return std::all_of(results.begin(), results.end(), [](const ProbeResult &r) { return r.passed; });
}

QJsonObject ProbeResult::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("probe"), kind},
                       {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue()},
                       {QStringLiteral("tolerance"), tolerance}, {QStringLiteral("passed"), passed}};
}

} // namespace backroom::chaos
