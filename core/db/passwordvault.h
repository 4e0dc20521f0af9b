#pragma once
// How a database password reaches libpq without being written into a connection string: the
// passwords this process already knows, by server + role (ConnTarget), filled from the credential
// store (blocking, on first need) or by whoever just asked the user (the connect dialog) or set it
// (the embedded cluster). Connection::open and NotifyListener read it. Any thread (one mutex).

#include "conninfo.h"
#include "result.h"

#include <QString>
#include <optional>

namespace backroom::db {

// The credential store's service for database passwords; the account is ConnTarget::account().
inline constexpr const char *kPasswordService = "backroom-postgresql";

class PasswordVault {
public:
    static void remember(const ConnTarget &target, const QString &password);
    static std::optional<QString> find(const ConnTarget &target);
    static void forget(const ConnTarget &target);
};

// Reads the password for a server + role from the shared credential store and remembers it in the
// vault. Blocking (the keychain may ask the user to unlock it): not on the GUI thread. NotFound if
// none is stored.
Result<QString> lookUpStoredPassword(const ConnTarget &target);
// Stores it (blocking) and remembers it.
Status storePassword(const ConnTarget &target, const QString &password);

} // namespace backroom::db
