// Placeholder so that the tree links while thresholds are being written.
#include "drills/threshold.h"

#include <QCoreApplication>

namespace backroom::drills {

Result<Threshold> parseThreshold(const QString &text)
{
    return Error::make(Error::Kind::BadInput,
                       QCoreApplication::translate("backroom::drills", "Thresholds are not built yet: %1").arg(text));
}

ThresholdResult evaluateThreshold(const Threshold &threshold, const LoadDrillReport &)
{
    return ThresholdResult{threshold, 0, false};
}

QList<ThresholdResult> evaluateThresholds(const QList<Threshold> &thresholds, const LoadDrillReport &report)
{
    QList<ThresholdResult> results;
    for (const auto &t : thresholds)
        results << evaluateThreshold(t, report);
    return results;
}

} // namespace backroom::drills
