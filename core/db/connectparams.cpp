#include "connectparams.h"

#include "tls.h"

#include <QFileInfo>

namespace backroom::db {

ConnTarget ConnectParams::targetOf(const QString &conninfo)
{
    return ConnTarget::of(parseConnInfo(conninfo).value_or(QMap<QString, QString>{}));
}

ConnectParams::ConnectParams(const QString &conninfo, const char *applicationName,
                             const std::optional<QString> &password)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> params = parseConnInfo(conninfo).value_or(QMap<QString, QString>{});
    m_target = ConnTarget::of(params, env);
    m_passwordInString = !params.value(QStringLiteral("password")).isEmpty()
                         || !env.value(QStringLiteral("PGPASSWORD")).isEmpty();
    m_storage.reserve(16);   // pointers into it must stay valid while adding

    const tls::Defaults tlsDefaults =
        tls::defaultsFor(params, env, [](const QString &path) { return QFileInfo::exists(path); });
    if (!tlsDefaults.sslmode.isEmpty())
        add("sslmode", tlsDefaults.sslmode);
    if (!tlsDefaults.sslrootcert.isEmpty())
        add("sslrootcert", tlsDefaults.sslrootcert);
    if (params.value(QStringLiteral("connect_timeout")).isEmpty() && env.value(QStringLiteral("PGCONNECT_TIMEOUT")).isEmpty())
        add("connect_timeout", QStringLiteral("5"));
    if (password && !m_passwordInString)
        add("password", *password);
    add("dbname", conninfo);   // expanded: its keywords override everything above
    add("application_name", QString::fromLatin1(applicationName));
    m_keywordPointers.push_back(nullptr);
    m_valuePointers.push_back(nullptr);
}

void ConnectParams::add(const char *keyword, const QString &value)
{
    m_storage.push_back(value.toUtf8());
    m_keywordPointers.push_back(keyword);
    m_valuePointers.push_back(m_storage.back().constData());
}

} // namespace backroom::db
