#include "channels/channelcredentials.h"
#include "coretext.h"

#include "security/credentialstore.h"

#include <QCoreApplication>

namespace backroom::channels {
namespace {


} // namespace

QString credentialsService() { return QStringLiteral("backroom-channels"); }

SecretsSource credentialStoreSecrets()
{
    return [](const QString &channel) -> Result<ChannelSecrets> {
        auto &store = security::CredentialStore::shared();
        auto secret = store.read(credentialsService(), channel + QStringLiteral(".secret"));
        auto token = store.read(credentialsService(), channel + QStringLiteral(".access_token"));
        if (!secret || !token) {
            const Error &e = !secret ? secret.error() : token.error();
            if (e.kind != Error::Kind::NotFound)
                return e;
            return Error::make(Error::Kind::NotFound,
                               ChannelsText::tr("No %1 credentials in %2; run `backroom channels credentials %1`.")
                                   .arg(channel, store.location()));
        }
        return ChannelSecrets{secret->toUtf8(), *token};
    };
}

Status storeChannelSecrets(const QString &channel, const ChannelSecrets &secrets)
{
    auto &store = security::CredentialStore::shared();
    if (auto s = store.write(credentialsService(), channel + QStringLiteral(".secret"), QString::fromUtf8(secrets.secret)); !s)
        return s;
    return store.write(credentialsService(), channel + QStringLiteral(".access_token"), secrets.accessToken);
}

} // namespace backroom::channels
