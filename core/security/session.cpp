#include "session.h"

#include <QCoreApplication>

namespace backroom::security {

namespace {

constexpr const char *kWhoAmISql = "SELECT login, job_role FROM backroom_whoami()";

bool staffCan(Capability c)
{
    return c == Capability::ViewStock || c == Capability::EditStock || c == Capability::ImportStocktake
        || c == Capability::ViewOrders;
}

bool warehouseCan(Capability c)
{
    return c == Capability::ViewStock || c == Capability::MoveStock || c == Capability::ViewOrders;
}

} // namespace

bool SessionInfo::can(Capability c) const
{
    switch (role) {
    case JobRole::None:
    case JobRole::Store:   // the store login serves the web shop; it has no screen of its own
        return false;
    case JobRole::Staff: return staffCan(c);
    case JobRole::Warehouse: return warehouseCan(c);
    case JobRole::Owner:
    case JobRole::Admin:
        return true;
    }
    return false;
}

QString SessionInfo::roleName() const
{
    return jobRoleName(role);
}

QString jobRoleName(JobRole role)
{
    switch (role) {
    case JobRole::None: return QCoreApplication::translate("backroom::security", "no role");
    case JobRole::Staff: return QCoreApplication::translate("backroom::security", "Staff");
    case JobRole::Warehouse: return QCoreApplication::translate("backroom::security", "Warehouse");
    case JobRole::Store: return QCoreApplication::translate("backroom::security", "Store");
    case JobRole::Owner: return QCoreApplication::translate("backroom::security", "Owner");
    case JobRole::Admin: return QCoreApplication::translate("backroom::security", "Administrator");
    }
    return {};
}

JobRole jobRoleFromSqlName(const QString &name)
{
    if (name == QLatin1String("staff")) return JobRole::Staff;
    if (name == QLatin1String("warehouse")) return JobRole::Warehouse;
    if (name == QLatin1String("store")) return JobRole::Store;
    if (name == QLatin1String("owner")) return JobRole::Owner;
    if (name == QLatin1String("admin")) return JobRole::Admin;
    return JobRole::None;
}

QString groupRoleFor(JobRole role)
{
    switch (role) {
    case JobRole::Staff: return QStringLiteral("backroom_staff");
    case JobRole::Warehouse: return QStringLiteral("backroom_warehouse");
    case JobRole::Store: return QStringLiteral("backroom_store");
    case JobRole::Owner: return QStringLiteral("backroom_owner");
    case JobRole::None:
    case JobRole::Admin:
        break;
    }
    return {};
}

Result<SessionInfo> whoAmI(db::Connection &conn)
{
    auto res = conn.exec(kWhoAmISql);
    if (!res) {
        if (res.error().sqlState == QLatin1String("42883"))   // undefined_function
            return Error::make(Error::Kind::Schema,
                               QCoreApplication::translate("backroom::security",
                                                           "This database has no job roles yet; run 'backroom db migrate' as its owner."),
                               res.error().sqlState);
        return res.error();
    }
    if (res->rows() != 1)
        return Error::make(Error::Kind::Query,
                           QCoreApplication::translate("backroom::security", "The server did not say who is connected."));
    SessionInfo info;
    info.login = res->text(0, 0);
    info.role = jobRoleFromSqlName(res->text(0, 1));
    return info;
}

} // namespace backroom::security
