#pragma once
// Where a marketplace's secrets live: the credential store (OS keychain, or a 0600 file on headless
// servers; security::CredentialStore), service "backroom-channels", accounts "<channel>.secret" (Shopee
// partner key / Lazada app secret) and "<channel>.access_token". Never the database.
// Blocking (the keychain may take a moment): the CLI's main thread or the sync worker's thread.

#include "result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace backroom::channels {

struct ChannelSecrets {
    QByteArray secret;
    QString accessToken;
};

// Reads a channel's secrets; NotFound (with what to run) when they were never stored.
using SecretsSource = std::function<Result<ChannelSecrets>(const QString &channel)>;

QString credentialsService();   // "backroom-channels"
SecretsSource credentialStoreSecrets();
Status storeChannelSecrets(const QString &channel, const ChannelSecrets &secrets);

} // namespace backroom::channels
