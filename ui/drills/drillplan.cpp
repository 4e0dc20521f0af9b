#include "drillplan.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace backroom::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::ui::DrillPlan", text); }

using drills::LoadDrillConfig;

} // namespace

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
    shootout.buckets = 0;   // one bucket per connection of each run (the shoot-out's default, see docs/drill.md)
    shootout.confirmedRemote = config.confirmedRemote;
    return shootout;
}

namespace {

// The shoot-out's "params" as `backroom drill load --scenario shootout` saves them.
QJsonObject shootoutParamsJson(const DrillPlan &plan)
{
    const drills::ShootoutConfig config = plan.shootoutConfig();
    QJsonArray strategies, buyers;
    for (auto strategy : config.strategies)
        strategies.append(drills::strategyName(strategy));
    for (int n : config.buyerCounts)
        buyers.append(n);
    return QJsonObject{{QStringLiteral("scenario"), drills::scenarioName(plan.scenario)},
                       {QStringLiteral("strategies"), strategies},
                       {QStringLiteral("buyers"), buyers},
                       {QStringLiteral("duration_ms"), qint64(config.durationPerRun.count())},
                       {QStringLiteral("max_connections"), config.maxConnections},
                       {QStringLiteral("buckets"), config.buckets},
                       {QStringLiteral("hot_units"), config.hotUnits}};
}

} // namespace

QJsonObject drillPlanJson(const DrillPlan &plan)
{
    if (plan.isShootout())
        return shootoutParamsJson(plan);
    return drills::loadRunParamsJson(plan.config, drills::scenarioName(plan.scenario), plan.thresholds);
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

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace backroom::ui
