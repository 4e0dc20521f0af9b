#pragma once
// KeychainCredentialStore: the CredentialStore backend over the OS keychain (QtKeychain). QtKeychain
// jobs are asynchronous QObjects that must all live on one thread, so every job runs on a private
// thread of this object and the blocking calls wait for it. Any thread may call, except that the
// GUI thread should use the *Async calls. Needs a QCoreApplication.

#include "credentialstore.h"

#include <QThread>
#include <functional>

namespace QKeychain {
class Job;
}

namespace backroom::security {

class KeychainCredentialStore : public CredentialStore {
public:
    KeychainCredentialStore();
    ~KeychainCredentialStore() override;

    // See CredentialStore::keychainAnswers().
    static bool answers();

    Backend backend() const override { return Backend::Keychain; }
    QString location() const override;
    Result<QString> read(const QString &service, const QString &account) override;
    Status write(const QString &service, const QString &account, const QString &secret) override;
    Status remove(const QString &service, const QString &account) override;

private:
    struct Outcome {
        int error = 0;   // QKeychain::Error
        QString errorString;
        QString text;
    };
    // Creates the job on the keychain thread, starts it and waits for its end.
    Result<Outcome> run(const std::function<QKeychain::Job *()> &makeJob);
    Error describe(const Outcome &outcome, const QString &account) const;

    QThread m_thread;
    QObject *m_home = nullptr;   // lives on m_thread; jobs are created through it
};

} // namespace backroom::security
