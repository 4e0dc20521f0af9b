#include "drills/drillparse.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace backroom::drills {

namespace {


double millisecondsPer(const QString &unit)
{
    if (unit == QLatin1String("ms"))
        return 1;
    if (unit == QLatin1String("m"))
        return 60'000;
    if (unit == QLatin1String("h"))
        return 3'600'000;
    return 1000;   // "s" or no unit
}

} // namespace

std::optional<std::chrono::milliseconds> parseDrillDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    return std::chrono::milliseconds(qint64(value * millisecondsPer(match.captured(2))));
}

Result<std::vector<Stage>> parseStages(const QString &text)
{
    std::vector<Stage> stages;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        const auto duration = parts.size() == 2 ? parseDrillDuration(parts[0]) : std::nullopt;
        bool rateOk = false;
        const double rate = parts.size() == 2 ? parts[1].trimmed().toDouble(&rateOk) : 0;
        if (!duration || duration->count() <= 0 || !rateOk || rate < 0)
            return Error::make(Error::Kind::BadInput,
                               DrillsText::tr("Stage “%1”: write it as duration:rate, for example 30s:100 (ramp to 100 orders/s over 30 s).")
                                   .arg(item.trimmed()));
        stages.push_back(Stage{*duration, rate});
    }
    return stages;
}

} // namespace backroom::drills
