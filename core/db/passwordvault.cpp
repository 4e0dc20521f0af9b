#include "passwordvault.h"

#include "security/credentialstore.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace backroom::db {

namespace {
struct Vault {
    QMutex mutex;
    QHash<QString, QString> byAccount;
};
Vault &vault()
{
    static Vault v;
    return v;
}
} // namespace

void PasswordVault::remember(const ConnTarget &target, const QString &password)
{
    QMutexLocker lock(&vault().mutex);
    vault().byAccount.insert(target.account(), password);
}

std::optional<QString> PasswordVault::find(const ConnTarget &target)
{
    QMutexLocker lock(&vault().mutex);
    const auto it = vault().byAccount.constFind(target.account());
    if (it == vault().byAccount.constEnd())
        return std::nullopt;
    return *it;
}

void PasswordVault::forget(const ConnTarget &target)
{
    QMutexLocker lock(&vault().mutex);
    vault().byAccount.remove(target.account());
}

Result<QString> lookUpStoredPassword(const ConnTarget &target)
{
    auto stored = security::CredentialStore::shared().read(QLatin1String(kPasswordService), target.account());
    if (stored)
        PasswordVault::remember(target, *stored);
    return stored;
}

Status storePassword(const ConnTarget &target, const QString &password)
{
    auto saved = security::CredentialStore::shared().write(QLatin1String(kPasswordService), target.account(), password);
    if (saved)
        PasswordVault::remember(target, password);
    return saved;
}

} // namespace backroom::db
