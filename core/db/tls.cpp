#include "tls.h"
#include "coretext.h"

#include <QHostAddress>
#include <QStringList>

namespace backroom::db::tls {

namespace {
bool isLocalSingleHost(const QString &host)
{
    const QString h = host.trimmed();
    // Unix socket directories (and Linux abstract sockets) are on this machine by definition.
    if (h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')))
        return true;
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool verifies(const QString &sslmode)
{
    return sslmode == QLatin1String("verify-full") || sslmode == QLatin1String("verify-ca");
}
} // namespace

bool isLocalHost(const QString &hosts)
{
    const QStringList list = hosts.split(QLatin1Char(','));
    for (const QString &h : list)
        if (!isLocalSingleHost(h))
            return false;
    return true;
}

Defaults defaultsFor(const QMap<QString, QString> &params, const QProcessEnvironment &env,
                     const std::function<bool(const QString &)> &fileExists)
{
    Defaults d;
    QString host = params.value(QStringLiteral("host"), env.value(QStringLiteral("PGHOST")));
    if (host.isEmpty())
        host = params.value(QStringLiteral("hostaddr"), env.value(QStringLiteral("PGHOSTADDR")));
    QString sslmode = params.value(QStringLiteral("sslmode"), env.value(QStringLiteral("PGSSLMODE")));
    if (sslmode.isEmpty() && params.value(QStringLiteral("requiressl")) != QLatin1String("1") && !isLocalHost(host)) {
        d.sslmode = QStringLiteral("verify-full");
        sslmode = d.sslmode;
    }
    const bool rootConfigured = !params.value(QStringLiteral("sslrootcert")).isEmpty()
                                || !env.value(QStringLiteral("PGSSLROOTCERT")).isEmpty()
                                || fileExists(userRootCertificatePath(env));
    if (verifies(sslmode) && !rootConfigured)
        d.sslrootcert = systemRootCertificates(fileExists);
    return d;
}

QString userRootCertificatePath(const QProcessEnvironment &env)
{
#ifdef Q_OS_WIN
    return env.value(QStringLiteral("APPDATA")) + QStringLiteral("\\postgresql\\root.crt");
#else
    return env.value(QStringLiteral("HOME")) + QStringLiteral("/.postgresql/root.crt");
#endif
}

QString systemRootCertificates(const std::function<bool(const QString &)> &fileExists)
{
    static const char *const bundles[] = {
        "/etc/ssl/certs/ca-certificates.crt",                  // Debian, Ubuntu, Arch
        "/etc/pki/tls/certs/ca-bundle.crt",                    // Fedora, RHEL
        "/etc/ssl/ca-bundle.pem",                              // openSUSE
        "/etc/ssl/cert.pem",                                   // macOS, the BSDs, Alpine
    };
    for (const char *bundle : bundles)
        if (fileExists(QString::fromLatin1(bundle)))
            return QString::fromLatin1(bundle);
    return {};
}

bool mustWarnUnencrypted(const QString &host, bool sslInUse)
{
    return !sslInUse && !isLocalHost(host);
}

QString unencryptedWarning(const QString &host)
{
    return DbText::tr("The connection to %1 is not encrypted: passwords and shop data cross the network in clear "
                      "text. Connect with TLS mode \"verify-full\".")
        .arg(host);
}

} // namespace backroom::db::tls
