#pragma once
// ConnectionProfile: a named way to reach a Backroom database (host, port, database, user, TLS mode,
// optional root certificate), and ProfileStore, which keeps profiles in QSettings. A profile never
// holds a password: the password lives in the credential store under the profile's server + role
// (ConnTarget::account()), where Connection::open finds it. ProfileStore: one instance per thread.

#include "conninfo.h"
#include "result.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <memory>
#include <optional>

namespace backroom::db {

// libpq's sslmode values, plus Automatic: verify-full for another machine, libpq's default locally.
enum class TlsMode { Automatic, Disable, Prefer, Require, VerifyCa, VerifyFull };
QString tlsModeKeyword(TlsMode mode);                          // "verify-full"; "" for Automatic
std::optional<TlsMode> tlsModeFromKeyword(const QString &keyword);   // "" -> Automatic

struct ConnectionProfile {
    QString name;
    QString host;   // a name, an address or a socket directory; empty = the local default socket
    int port = 5432;
    QString database;
    QString user;
    TlsMode tlsMode = TlsMode::Automatic;
    QString rootCertificate;   // sslrootcert; empty = ~/.postgresql/root.crt or the OS's CAs

    // The libpq connection string (keyword=value, values quoted). Never contains a password.
    QString conninfo() const;
    // The server + role its password is filed under.
    ConnTarget target() const;
    // BadInput naming the first missing field (name, database, user).
    Status validate() const;
};

class ProfileStore {
public:
    // settings: where profiles live (not owned); null = the application's QSettings().
    explicit ProfileStore(QSettings *settings = nullptr);

    QList<ConnectionProfile> list() const;   // sorted by name
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds or replaces the profile of that name.
    Status save(const ConnectionProfile &profile);
    void remove(const QString &name);

    // The profile `backroom gui` opens without asking; empty when none is set.
    QString defaultProfile() const;
    void setDefaultProfile(const QString &name);

private:
    QSettings &settings() const { return *m_settings; }
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace backroom::db
