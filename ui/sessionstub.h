#pragma once
// STAND-IN, to be deleted when merging: the capability list of backroom::security::SessionInfo, built
// on another branch (core). Only ui/capabilities.h includes this file; replace that include with the
// real core header and delete this one.

namespace backroom::security {

enum class Capability {
    ViewStock,
    EditStock,
    ImportStocktake,
    MoveStock,
    ViewOrders,
    ManageOrders,
    FlashSale,
    ManageUsers,
    RunDrills,
    ManageBackups,
    Settings,
};

} // namespace backroom::security
