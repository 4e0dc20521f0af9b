#include "payments/paymentsetup.h"

#include "payments/gbpgateway.h"
#include "payments/opngateway.h"
#include "security/credentialstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace backroom::payments {

namespace {

Error bad(const QString &message)
{
    return Error::make(Error::Kind::BadInput, message);
}

} // namespace

QString secretsService()
{
    return QStringLiteral("backroom-payments");
}

Result<PaymentsConfig> readPaymentsConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bad(PaymentsText::tr("Cannot read the payments config %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return bad(PaymentsText::tr("The payments config %1 is not a JSON object (%2).").arg(path, error.errorString()));
    const QJsonObject root = doc.object();
    PaymentsConfig config;
    const QJsonObject gateways = root.value(QStringLiteral("gateways")).toObject();
    for (const QString &name : gateways.keys()) {
        const QUrl url(gateways.value(name).toObject().value(QStringLiteral("base_url")).toString());
        if (!url.isValid() || url.scheme().isEmpty())
            return bad(PaymentsText::tr("gateways.%1.base_url must be a URL.").arg(name));
        if (name == QLatin1String("opn"))
            config.opnUrl = url;
        else if (name == QLatin1String("gbp"))
            config.gbpUrl = url;
        else
            return bad(PaymentsText::tr("Unknown gateway '%1' (opn, gbp).").arg(name));
    }
    const QJsonObject routes = root.value(QStringLiteral("routes")).toObject();
    for (const QString &method : routes.keys()) {
        const auto m = methodFromName(method);
        if (!m)
            return bad(PaymentsText::tr("routes: unknown method '%1'.").arg(method));
        QStringList list;
        for (const QJsonValue &v : routes.value(method).toArray())
            list << v.toString();
        config.routes[*m] = list;
    }
    config.webhookBaseUrl = QUrl(root.value(QStringLiteral("webhook_base_url")).toString());
    config.promptPayId = root.value(QStringLiteral("promptpay_id")).toString();
    config.reconcileSeconds = root.value(QStringLiteral("reconcile_seconds")).toInt(60);
    config.timeout = std::chrono::milliseconds(root.value(QStringLiteral("timeout_ms")).toInt(10000));
    if (config.reconcileSeconds < 1 || config.timeout.count() < 100)
        return bad(PaymentsText::tr("reconcile_seconds must be at least 1 and timeout_ms at least 100."));
    return config;
}

SecretSource credentialStoreSecrets()
{
    return [](const QString &gateway, const QString &name) -> Result<QString> {
        const QString account = gateway + QLatin1Char('.') + name;
        auto secret = security::CredentialStore::shared().read(secretsService(), account);
        if (!secret && secret.error().kind == Error::Kind::NotFound)
            return Error::make(Error::Kind::NotFound,
                               PaymentsText::tr("No %1 secret in the credential store (service %2, account %3).")
                                   .arg(gateway, secretsService(), account));
        return secret;
    };
}

SecretSource sandboxSecrets()
{
    return [](const QString &gateway, const QString &name) -> Result<QString> {
        static const QHash<QString, QString> keys = {
            {QStringLiteral("opn.secret_key"), QStringLiteral("skey_test_sandbox")},
            {QStringLiteral("opn.webhook_secret"), QStringLiteral("whsec_opn_sandbox")},
            {QStringLiteral("gbp.token"), QStringLiteral("gbp_token_sandbox")},
            {QStringLiteral("gbp.secret_key"), QStringLiteral("gbp_secret_sandbox")},
        };
        const QString key = gateway + QLatin1Char('.') + name;
        if (!keys.contains(key))
            return Error::make(Error::Kind::NotFound, PaymentsText::tr("The sandbox has no key %1.").arg(key));
        return keys.value(key);
    };
}

Status addConfiguredGateways(PaymentRouter &router, const PaymentsConfig &config, net::HttpClient &http,
                             const SecretSource &secrets, const GatewayPolicy &policy,
                             const net::Clock &clock)
{
    if (!config.opnUrl.isEmpty()) {
        auto secretKey = secrets(QStringLiteral("opn"), QStringLiteral("secret_key"));
        if (!secretKey)
            return secretKey.error();
        auto webhookSecret = secrets(QStringLiteral("opn"), QStringLiteral("webhook_secret"));
        if (!webhookSecret)
            return webhookSecret.error();
        OpnGatewayConfig c;
        c.baseUrl = config.opnUrl;
        c.secretKey = *secretKey;
        c.webhookSecret = *webhookSecret;
        c.timeout = config.timeout;
        router.addGateway(std::make_unique<OpnGateway>(c, http, clock), policy);
    }
    if (!config.gbpUrl.isEmpty()) {
        auto token = secrets(QStringLiteral("gbp"), QStringLiteral("token"));
        if (!token)
            return token.error();
        auto secretKey = secrets(QStringLiteral("gbp"), QStringLiteral("secret_key"));
        if (!secretKey)
            return secretKey.error();
        GbpGatewayConfig c;
        c.baseUrl = config.gbpUrl;
        c.token = *token;
        c.secretKey = *secretKey;
        c.timeout = config.timeout;
        if (!config.webhookBaseUrl.isEmpty()) {
            QUrl notify = config.webhookBaseUrl;
            notify.setPath(notify.path() + QStringLiteral("/webhooks/gbp"));
            c.backgroundUrl = notify;
        }
        router.addGateway(std::make_unique<GbpGateway>(c, http), policy);
    }
    return Done{};
}

} // namespace backroom::payments
