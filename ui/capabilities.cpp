#include "capabilities.h"

#include <QObject>
#include <QVariant>

namespace backroom::ui {

namespace {
constexpr const char *kProperty = "backroomCapability";
}

void requireCapability(QObject *actionOrScreen, Capability capability)
{
    actionOrScreen->setProperty(kProperty, int(capability));
}

std::optional<Capability> requiredCapability(const QObject *actionOrScreen)
{
    const QVariant v = actionOrScreen->property(kProperty);
    if (!v.isValid())
        return std::nullopt;
    return Capability(v.toInt());
}

bool isAllowed(const QObject *actionOrScreen, const CapabilityCheck &can)
{
    const auto needed = requiredCapability(actionOrScreen);
    return !needed || !can || can(*needed);
}

} // namespace backroom::ui
