#include "conninfo.h"

#include <QRegularExpression>
#include <libpq-fe.h>
#include <memory>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace backroom::db {

std::optional<QMap<QString, QString>> parseConnInfo(const QString &conninfo)
{
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> opts(
        PQconninfoParse(conninfo.toUtf8().constData(), nullptr), &PQconninfoFree);
    if (!opts)
        return std::nullopt;
    QMap<QString, QString> params;
    for (auto *o = opts.get(); o->keyword; ++o)
        if (o->val)
            params.insert(QString::fromLatin1(o->keyword), QString::fromUtf8(o->val));
    return params;
}

QString quoteConnValue(const QString &value)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[\\s'\\\\]"));
    if (!value.isEmpty() && !value.contains(needsQuotes))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString maskPasswords(QString text)
{
    static const QRegularExpression keywordForm(
        QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|\\S+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uriForm(QStringLiteral("(postgres(?:ql)?://[^\\s:/@]*):[^\\s@]*@"),
                                            QRegularExpression::CaseInsensitiveOption);
    text.replace(keywordForm, QStringLiteral("\\1***"));
    text.replace(uriForm, QStringLiteral("\\1:***@"));
    return text;
}

namespace {
QString osUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USERNAME");
}
} // namespace

ConnTarget ConnTarget::of(const QMap<QString, QString> &params, const QProcessEnvironment &env)
{
    auto pick = [&](const char *keyword, const char *variable, const QString &fallback) {
        const QString given = params.value(QLatin1String(keyword));
        if (!given.isEmpty())
            return given;
        const QString fromEnv = env.value(QLatin1String(variable));
        return fromEnv.isEmpty() ? fallback : fromEnv;
    };
    ConnTarget t;
    t.host = pick("host", "PGHOST", {});
    if (t.host.isEmpty())
        t.host = pick("hostaddr", "PGHOSTADDR", {});
    t.port = pick("port", "PGPORT", QStringLiteral("5432"));
    t.user = pick("user", "PGUSER", osUserName());
    return t;
}

QString ConnTarget::account() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host.isEmpty() ? QStringLiteral("localhost") : host, port);
}

} // namespace backroom::db
