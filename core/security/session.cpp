#include "session.h"
#include "coretext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

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
    return c == Capability::ViewStock || c == Capability::MoveStock || c == Capability::ViewOrders
        || c == Capability::Warehouse;
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
    case JobRole::None: return SecurityText::tr("no role");
    case JobRole::Staff: return SecurityText::tr("Staff");
    case JobRole::Warehouse: return SecurityText::tr("Warehouse");
    case JobRole::Store: return SecurityText::tr("Store");
    case JobRole::Owner: return SecurityText::tr("Owner");
    case JobRole::Admin: return SecurityText::tr("Administrator");
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
                               SecurityText::tr("This database has no job roles yet; run 'backroom db migrate' "
                                                "as its owner."),
                               res.error().sqlState);
        return res.error();
    }
    if (res->rows() != 1)
        return Error::make(Error::Kind::Query,
                           SecurityText::tr("The server did not say who is connected."));
    SessionInfo info;
    info.login = res->text(0, 0);
    info.role = jobRoleFromSqlName(res->text(0, 1));
    return info;
}

QList<JobRole> rolesAllowedToRun(const QString &sqlFunction)
{
    using R = JobRole;
    // Owner is a member of staff and warehouse, so it appears wherever they do.
    static const QHash<QString, QList<JobRole>> allowed = {
        {QStringLiteral("backroom_whoami"), {R::Staff, R::Warehouse, R::Store, R::Owner}},
        {QStringLiteral("search_patterns"), {R::Staff, R::Warehouse, R::Store, R::Owner}},
        {QStringLiteral("search_products"), {R::Staff, R::Warehouse, R::Store, R::Owner}},
        {QStringLiteral("search_synonym_add"), {R::Owner}},
        {QStringLiteral("search_synonym_remove"), {R::Owner}},
        {QStringLiteral("stock_set_guarded"), {R::Staff, R::Owner}},
        {QStringLiteral("stocktake_apply"), {R::Staff, R::Owner}},
        {QStringLiteral("stock_move"), {R::Warehouse, R::Owner}},
        {QStringLiteral("place_order"), {R::Store}},
        {QStringLiteral("pay_order"), {R::Store, R::Owner}},
        {QStringLiteral("payment_intent"), {R::Store, R::Owner}},
        {QStringLiteral("payment_outcome"), {R::Store, R::Owner}},
        {QStringLiteral("cancel_order"), {R::Store, R::Owner}},
        {QStringLiteral("expire_reservations"), {R::Store, R::Owner}},
        {QStringLiteral("flash_sale_on"), {R::Owner}},
        {QStringLiteral("flash_sale_off"), {R::Owner}},
        {QStringLiteral("checkout_violations"), {R::Owner}},
        {QStringLiteral("backroom_user_add"), {R::Owner}},
        {QStringLiteral("backroom_user_set_role"), {R::Owner}},
        {QStringLiteral("backroom_user_remove"), {R::Owner}},
        {QStringLiteral("backroom_user_list"), {R::Owner}},
        {QStringLiteral("backup_configure"), {R::Owner}},
        {QStringLiteral("backup_record_run"), {R::Owner}},
        {QStringLiteral("backup_status"), {R::Owner}},
        {QStringLiteral("component_health_publish"), {R::Store, R::Owner}},
        {QStringLiteral("component_health_read"), {R::Owner}},
        {QStringLiteral("component_health_forget"), {R::Owner}},
        {QStringLiteral("health_command_request"), {R::Owner}},
        {QStringLiteral("health_command_read"), {R::Owner}},
        {QStringLiteral("health_command_claim"), {R::Store, R::Owner}},
        {QStringLiteral("health_command_complete"), {R::Store, R::Owner}},
        {QStringLiteral("scale_event_record"), {R::Store, R::Owner}},
        {QStringLiteral("drill_hot_skus"), {R::Owner}},
        {QStringLiteral("drill_place_order_for_update"), {R::Owner}},
        {QStringLiteral("drill_stock_version"), {R::Owner}},
        {QStringLiteral("drill_place_order_xmin"), {R::Owner}},
        {QStringLiteral("drill_cleanup"), {R::Owner}},
        {QStringLiteral("drill_run_save"), {R::Owner}},
        {QStringLiteral("wave_create"), {R::Warehouse, R::Owner}},
        {QStringLiteral("wave_release"), {R::Warehouse, R::Owner}},
        {QStringLiteral("wave_close"), {R::Warehouse, R::Owner}},
        {QStringLiteral("pick_claim"), {R::Warehouse, R::Owner}},
        {QStringLiteral("pick_confirm"), {R::Warehouse, R::Owner}},
        {QStringLiteral("pick_short"), {R::Warehouse, R::Owner}},
        {QStringLiteral("pack_order"), {R::Warehouse, R::Owner}},
        {QStringLiteral("ship_order"), {R::Warehouse, R::Owner}},
        {QStringLiteral("warehouse_cancel_order"), {R::Warehouse, R::Owner}},
        {QStringLiteral("channel_claim"), {R::Store, R::Owner}},
        {QStringLiteral("channel_release"), {R::Store, R::Owner}},
        {QStringLiteral("channel_record_push"), {R::Store, R::Owner}},
        {QStringLiteral("channel_enqueue_flash_sales"), {R::Store, R::Owner}},
        {QStringLiteral("channel_listing_set"), {R::Store, R::Owner}},
        {QStringLiteral("channel_order_intake"), {R::Store, R::Owner}},
        {QStringLiteral("channel_order_cursor_set"), {R::Store, R::Owner}},
        {QStringLiteral("channel_resync"), {R::Owner}},
        {QStringLiteral("channel_configure"), {R::Owner}},
        {QStringLiteral("channel_product_buffer_set"), {R::Owner}},
        {QStringLiteral("channel_status"), {R::Owner}},
        {QStringLiteral("channel_drift"), {R::Owner}},
        {QStringLiteral("channel_lag_history"), {R::Owner}},
        {QStringLiteral("channel_record_call_failure"), {R::Store, R::Owner}},
        {QStringLiteral("channel_prune_push_log"), {R::Store, R::Owner}},
        {QStringLiteral("channel_resync_batch"), {R::Owner}},
    };
    return allowed.value(sqlFunction);
}

QString notAllowedMessage(const Error &error)
{
    // The connection words PostgreSQL's refusals already (db::classifyServerError); a Backroom function's
    // own refusal (RAISE ... USING ERRCODE = '42501') says what it refused. Only a function we know the
    // roles of gets more: which role it needs.
    static const QRegularExpression deniedFunction(QStringLiteral("permission denied for function (\\w+)"));
    const auto m = deniedFunction.match(error.message);
    const QList<JobRole> roles = m.hasMatch() ? rolesAllowedToRun(m.captured(1)) : QList<JobRole>{};
    if (roles.isEmpty())
        return error.message;
    QStringList names;
    for (JobRole r : roles)
        names << jobRoleName(r);
    return SecurityText::tr("Not allowed for your role: %1; this needs the %2 role. An owner can change your role "
                            "with `backroom users set-role`.")
        .arg(m.captured(0), names.join(QStringLiteral(" / ")));
}

} // namespace backroom::security
