#pragma once
// Which capability each screen and action needs. A screen or QAction is tagged once where it is made
// (requireCapability); MainWindow::applyCapabilities then hides everything the signed-in role cannot
// use. Hiding is a courtesy: PostgreSQL refuses the call anyway. GUI thread.

#include "security/session.h"

#include <QString>
#include <functional>
#include <optional>

class QObject;

namespace backroom::ui {

using Capability = security::Capability;
using CapabilityCheck = std::function<bool(Capability)>;

// Tags a QAction or a screen widget with the capability it needs.
void requireCapability(QObject *actionOrScreen, Capability capability);
// The capability a QAction or widget was tagged with, if any.
std::optional<Capability> requiredCapability(const QObject *actionOrScreen);
// True when the object needs nothing, or the check allows what it needs.
bool isAllowed(const QObject *actionOrScreen, const CapabilityCheck &can);

} // namespace backroom::ui
