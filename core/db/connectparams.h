#pragma once
// ConnectParams: the keyword/value arrays Backroom hands to PQconnectdbParams / PQconnectStartParams
// (expand_dbname=1). The connection string goes in whole as `dbname`; Backroom's additions come
// before it, so that anything the string says wins: the TLS defaults of tls.h, connect_timeout=5, and
// a password from outside the string (given, or found in the PasswordVault). A password therefore
// never has to be written into a connection string. Any thread.

#include "conninfo.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace backroom::db {

class ConnectParams {
public:
    // conninfo must parse (Connection::validateConnInfo).
    ConnectParams(const QString &conninfo, const char *applicationName, const std::optional<QString> &password);

    const char *const *keywords() const { return m_keywordPointers.data(); }
    const char *const *values() const { return m_valuePointers.data(); }

    // The server + role the string leads to, and whether the string (or PGPASSWORD) brings its own
    // password, in which case Backroom supplies none.
    const ConnTarget &target() const { return m_target; }
    bool passwordInString() const { return m_passwordInString; }
    static ConnTarget targetOf(const QString &conninfo);

private:
    void add(const char *keyword, const QString &value);
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_keywordPointers;
    std::vector<const char *> m_valuePointers;
    ConnTarget m_target;
    bool m_passwordInString = false;
};

} // namespace backroom::db
