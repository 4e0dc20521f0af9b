#pragma once
// Who is connected and what their job role lets them do. The database enforces every right itself
// (functions and views are granted per role, see docs/roles.md); SessionInfo only lets the GUI and
// the CLI hide or explain what the role cannot do. Any thread; whoAmI() blocks on its connection.

#include "db/connection.h"
#include "result.h"

#include <QList>
#include <QString>

namespace backroom::security {

// The job role of a login: the backroom_* group role it was granted. Admin is the migration owner
// or a superuser, who can do everything including what no job role can (migrations, demo seeding).
enum class JobRole { None, Staff, Warehouse, Store, Owner, Admin /* migration owner or superuser */ };

enum class Capability {
    ViewStock,
    EditStock,
    ImportStocktake,
    MoveStock,
    ViewOrders,
    ManageOrders,   // pay, cancel
    FlashSale,
    ManageUsers,
    RunDrills,
    ManageBackups,
    Settings,
    ViewHealth,     // the Health screen: backups now, breakers and gateways later (owner)
    Warehouse,      // the Waves, Picking and Packing screens (warehouse, owner)
    ManageChannels, // the Channel sync screen: marketplace status, buffers, enable, resync (owner)
};

struct SessionInfo {
    QString login;
    JobRole role = JobRole::None;

    bool can(Capability c) const;
    QString roleName() const;   // translated
};

// Asks the server (backroom_whoami(), granted to all four job roles) who this connection's
// authenticated login is and which job role it holds. Errors: Connection, Schema (no function: the
// database is older than migration 004), Permission (a login with no job role on a database whose
// owner revoked PUBLIC access), Query.
Result<SessionInfo> whoAmI(db::Connection &conn);

// Translated name of a role ("Staff", "Owner", ...).
QString jobRoleName(JobRole role);

// The job role from its SQL name as backroom_whoami() reports it ("staff", "owner", "admin", ...);
// unknown names give None.
JobRole jobRoleFromSqlName(const QString &name);
// The group role a job role stands for ("backroom_staff"); empty for None and Admin.
QString groupRoleFor(JobRole role);

// The job roles whose logins may EXECUTE a Backroom SQL function, owner included when it gets the
// right through staff or warehouse ("stock_move" -> Warehouse, Owner); empty for unknown names.
// Mirrors migration 004's grants for messages; tests/tst_roles.cpp checks it against the database.
QList<JobRole> rolesAllowedToRun(const QString &sqlFunction);

// A one-line, translated message for a Permission error (SQLSTATE 42501): what was refused and
// which role it needs when the server named a function we know ("Not allowed for your role: ...
// this needs the Warehouse or Owner role; an owner can change it with `backroom users set-role`.");
// otherwise the error's own message, which the connection already worded (db::classifyServerError).
QString notAllowedMessage(const Error &error);

} // namespace backroom::security
