// Placeholder so that the tree links while scenarios are being written.
#include "drills/scenario.h"

#include <QCoreApplication>

namespace backroom::drills {
namespace {
Error notBuilt()
{
    return Error::make(Error::Kind::BadInput, QCoreApplication::translate("backroom::drills", "Scenarios are not built yet."));
}
} // namespace

QString scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::NormalDay: return QStringLiteral("normal-day");
    case Scenario::FlashSale: return QStringLiteral("flash-sale");
    case Scenario::Shootout: return QStringLiteral("shootout");
    }
    return QString();
}

std::optional<Scenario> scenarioFromName(const QString &name)
{
    for (Scenario s : {Scenario::NormalDay, Scenario::FlashSale, Scenario::Shootout})
        if (scenarioName(s) == name)
            return s;
    return std::nullopt;
}

QString scenarioDescription(Scenario scenario) { return scenarioName(scenario); }

Result<ScenarioSetup> prepareScenario(db::Connection &, Scenario, const ScenarioOptions &, LoadDrillConfig *) { return notBuilt(); }
Status finishScenario(db::Connection &, const ScenarioSetup &) { return notBuilt(); }

} // namespace backroom::drills
