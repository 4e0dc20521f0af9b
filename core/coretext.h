#pragma once
// Translatable text of core/: one translation context per area. Write `InventoryText::tr("...")` for
// every message a person may read (errors included); lupdate reads the context from the macro below,
// QCoreApplication::translate gets the same one at run time. The command line installs no translator,
// so it prints the English source; the window installs the language chosen in Settings.
// Any thread (QCoreApplication::translate is thread-safe).

#include <QCoreApplication>

namespace backroom::db {
struct DbText {
    Q_DECLARE_TR_FUNCTIONS(backroom::db)
};
} // namespace backroom::db

namespace backroom::inventory {
struct InventoryText {
    Q_DECLARE_TR_FUNCTIONS(backroom::inventory)
};
} // namespace backroom::inventory

namespace backroom::orders {
struct OrdersText {
    Q_DECLARE_TR_FUNCTIONS(backroom::orders)
};
} // namespace backroom::orders

namespace backroom::store {
struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(backroom::store)
};
} // namespace backroom::store

namespace backroom::security {
struct SecurityText {
    Q_DECLARE_TR_FUNCTIONS(backroom::security)
};
} // namespace backroom::security

namespace backroom::backup {
struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(backroom::backup)
};
} // namespace backroom::backup

namespace backroom::drills {
struct DrillsText {
    Q_DECLARE_TR_FUNCTIONS(backroom::drills)
};
} // namespace backroom::drills

namespace backroom::channels {
struct ChannelsText {
    Q_DECLARE_TR_FUNCTIONS(backroom::channels)
};
} // namespace backroom::channels

namespace backroom::healthcheck {
struct HealthCheckText {
    Q_DECLARE_TR_FUNCTIONS(backroom::healthcheck)
};
} // namespace backroom::healthcheck

namespace backroom::chaos {
struct ChaosText {
    Q_DECLARE_TR_FUNCTIONS(backroom::chaos)
};
} // namespace backroom::chaos

namespace backroom::stack {
struct StackText {
    Q_DECLARE_TR_FUNCTIONS(backroom::stack)
};
} // namespace backroom::stack
