#include "drillplan.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace backroom::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::ui::DrillPlan", text); }

using drills::LoadDrillConfig;

QString hostOfConninfo(const QString &conninfo)
{
    // libpq takes the last of repeated keywords.
    static const QRegularExpression keyword(QStringLiteral("(?:^|\\s)host\\s*=\\s*'?([^'\\s]+)"));
    QString host;
    for (auto it = keyword.globalMatch(conninfo); it.hasNext();)
        host = it.next().captured(1);
    if (!host.isEmpty())
        return host;
    const QUrl url(conninfo);
    if (url.isValid() && !url.host().isEmpty())
        return url.host();
    return tr("this machine");
}

} // namespace

QString DrillPlan::targetDescription() const
{
    if (config.target == LoadDrillConfig::Target::Http)
        return config.storeUrl.toString();
    return tr("database on %1").arg(hostOfConninfo(config.conninfo));
}

bool DrillPlan::targetIsLoopback() const
{
    if (config.target == LoadDrillConfig::Target::Http)
        return isLoopbackUrl(config.storeUrl);
    return drills::isLoopbackTarget(config.conninfo);
}

drills::ShootoutConfig DrillPlan::shootoutConfig() const
{
    drills::ShootoutConfig shootout;
    shootout.conninfo = config.conninfo;
    shootout.buyerCounts = shootoutBuyerCounts;
    shootout.maxConnections = config.connections;
    shootout.durationPerRun = config.duration;
    shootout.strategies = shootoutStrategies;
    shootout.buckets = scenarioOptions.buckets;
    shootout.confirmedRemote = config.confirmedRemote;
    return shootout;
}

QJsonObject drillPlanJson(const DrillPlan &plan)
{
    const LoadDrillConfig &c = plan.config;
    QJsonObject params{{QStringLiteral("scenario"), drills::scenarioName(plan.scenario)},
                       {QStringLiteral("duration_ms"), qint64(c.duration.count())},
                       {QStringLiteral("connections"), c.connections}};
    if (plan.isShootout()) {
        QJsonArray buyers;
        for (int n : plan.shootoutBuyerCounts)
            buyers.append(n);
        params.insert(QStringLiteral("buyer_counts"), buyers);
    } else if (c.model == LoadDrillConfig::Model::Closed) {
        params.insert(QStringLiteral("model"), QStringLiteral("closed"));
        params.insert(QStringLiteral("buyers"), c.buyers);
        params.insert(QStringLiteral("think_ms"), qint64(c.thinkTime.count()));
    } else {
        params.insert(QStringLiteral("model"), QStringLiteral("open"));
        params.insert(QStringLiteral("rate"), c.ratePerSecond);
        QJsonArray stages;
        for (const auto &s : c.stages)
            stages.append(QJsonObject{{QStringLiteral("duration_ms"), qint64(s.duration.count())},
                                      {QStringLiteral("target_rate"), s.targetRate}});
        if (!stages.isEmpty())
            params.insert(QStringLiteral("stages"), stages);
    }
    if (c.target == LoadDrillConfig::Target::Http) {
        params.insert(QStringLiteral("target"), c.storeUrl.toString());
        params.insert(QStringLiteral("sockets"), c.sockets);
    } else {
        params.insert(QStringLiteral("target"), QStringLiteral("db"));
    }
    QJsonArray thresholds;
    for (const auto &t : plan.thresholds)
        thresholds.append(t.text);
    if (!thresholds.isEmpty())
        params.insert(QStringLiteral("thresholds"), thresholds);
    return params;
}

std::optional<std::chrono::milliseconds> parseDrillDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double factor = unit == QLatin1String("ms") ? 1 : unit == QLatin1String("m") ? 60000 : unit == QLatin1String("h") ? 3600000 : 1000;
    return std::chrono::milliseconds(qint64(value * factor));
}

Result<QList<drills::Threshold>> parseThresholdList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QList<drills::Threshold> thresholds;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (trimmed.isEmpty())
            continue;
        auto threshold = drills::parseThreshold(trimmed);
        if (!threshold)
            return Error::make(Error::Kind::BadInput,
                               tr("Threshold “%1”: %2").arg(trimmed, threshold.error().message));
        thresholds << *threshold;
    }
    return thresholds;
}

Result<std::vector<drills::Stage>> parseStages(const QString &text)
{
    std::vector<drills::Stage> stages;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        const auto duration = parts.size() == 2 ? parseDrillDuration(parts[0]) : std::nullopt;
        bool rateOk = false;
        const double rate = parts.size() == 2 ? parts[1].trimmed().toDouble(&rateOk) : 0;
        if (!duration || duration->count() <= 0 || !rateOk || rate < 0)
            return Error::make(Error::Kind::BadInput,
                               tr("Stage “%1”: write it as duration:rate, for example 30s:100 (ramp to 100 orders/s over 30 s).")
                                   .arg(item.trimmed()));
        stages.push_back(drills::Stage{*duration, rate});
    }
    return stages;
}

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace backroom::ui
