#include "connectionprofile.h"
#include "coretext.h"

#include <QUrl>
#include <algorithm>

namespace backroom::db {

namespace {
constexpr const char *kProfilesGroup = "connectionProfiles";
constexpr const char *kDefaultKey = "connection/defaultProfile";

// QSettings keys must not hold slashes: profile names are percent-encoded into group names.
QString groupFor(const QString &name)
{
    return QLatin1String(kProfilesGroup) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

struct ModeName {
    TlsMode mode;
    const char *keyword;
};
constexpr ModeName kModes[] = {
    {TlsMode::Automatic, ""},           {TlsMode::Disable, "disable"},   {TlsMode::Prefer, "prefer"},
    {TlsMode::Require, "require"},      {TlsMode::VerifyCa, "verify-ca"}, {TlsMode::VerifyFull, "verify-full"},
};
} // namespace

QString tlsModeKeyword(TlsMode mode)
{
    for (const auto &m : kModes)
        if (m.mode == mode)
            return QString::fromLatin1(m.keyword);
    return {};
}

std::optional<TlsMode> tlsModeFromKeyword(const QString &keyword)
{
    for (const auto &m : kModes)
        if (keyword == QLatin1String(m.keyword))
            return m.mode;
    return std::nullopt;
}

QString ConnectionProfile::conninfo() const
{
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=") + quoteConnValue(host);
    parts << QStringLiteral("port=%1").arg(port);
    parts << QStringLiteral("dbname=") + quoteConnValue(database);
    parts << QStringLiteral("user=") + quoteConnValue(user);
    if (tlsMode != TlsMode::Automatic)
        parts << QStringLiteral("sslmode=") + tlsModeKeyword(tlsMode);
    if (!rootCertificate.isEmpty())
        parts << QStringLiteral("sslrootcert=") + quoteConnValue(rootCertificate);
    return parts.join(QLatin1Char(' '));
}

ConnTarget ConnectionProfile::target() const
{
    return ConnTarget{host, QString::number(port), user};
}

Status ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Kind::BadInput, DbText::tr("Give the connection a name."));
    if (database.trimmed().isEmpty())
        return Error::make(Error::Kind::BadInput, DbText::tr("Give the name of the database."));
    if (user.trimmed().isEmpty())
        return Error::make(Error::Kind::BadInput, DbText::tr("Give the database user name."));
    if (port <= 0 || port > 65535)
        return Error::make(Error::Kind::BadInput, DbText::tr("The port must be between 1 and 65535."));
    return Done{};
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_owned(settings ? nullptr : std::make_unique<QSettings>()), m_settings(settings ? settings : m_owned.get())
{
}

QList<ConnectionProfile> ProfileStore::list() const
{
    QList<ConnectionProfile> profiles;
    settings().beginGroup(QLatin1String(kProfilesGroup));
    const QStringList groups = settings().childGroups();
    settings().endGroup();
    for (const QString &group : groups)
        if (auto p = find(QUrl::fromPercentEncoding(group.toLatin1())))
            profiles << *p;
    std::sort(profiles.begin(), profiles.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return profiles;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    settings().beginGroup(groupFor(name));
    const bool exists = settings().contains(QStringLiteral("database"));
    ConnectionProfile p;
    p.name = name;
    p.host = settings().value(QStringLiteral("host")).toString();
    p.port = settings().value(QStringLiteral("port"), 5432).toInt();
    p.database = settings().value(QStringLiteral("database")).toString();
    p.user = settings().value(QStringLiteral("user")).toString();
    p.tlsMode = tlsModeFromKeyword(settings().value(QStringLiteral("tlsMode")).toString()).value_or(TlsMode::Automatic);
    p.rootCertificate = settings().value(QStringLiteral("rootCertificate")).toString();
    settings().endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

Status ProfileStore::save(const ConnectionProfile &p)
{
    if (auto valid = p.validate(); !valid)
        return valid;
    settings().remove(groupFor(p.name));
    settings().beginGroup(groupFor(p.name));
    settings().setValue(QStringLiteral("host"), p.host);
    settings().setValue(QStringLiteral("port"), p.port);
    settings().setValue(QStringLiteral("database"), p.database);
    settings().setValue(QStringLiteral("user"), p.user);
    settings().setValue(QStringLiteral("tlsMode"), tlsModeKeyword(p.tlsMode));
    settings().setValue(QStringLiteral("rootCertificate"), p.rootCertificate);
    settings().endGroup();
    settings().sync();
    if (settings().status() != QSettings::NoError)
        return Error::make(Error::Kind::BadInput,
                           DbText::tr("Could not save the connection in %1.").arg(settings().fileName()));
    return Done{};
}

void ProfileStore::remove(const QString &name)
{
    settings().remove(groupFor(name));
    if (defaultProfile() == name)
        settings().remove(QLatin1String(kDefaultKey));
    settings().sync();
}

QString ProfileStore::defaultProfile() const { return settings().value(QLatin1String(kDefaultKey)).toString(); }

void ProfileStore::setDefaultProfile(const QString &name)
{
    settings().setValue(QLatin1String(kDefaultKey), name);
    settings().sync();
}

} // namespace backroom::db
