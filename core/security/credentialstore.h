#pragma once
// CredentialStore: where Backroom keeps secrets (database passwords; gateway and marketplace API keys),
// filed by service + account. Two backends behind one interface: the OS keychain through QtKeychain
// (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) and, for headless
// servers, a JSON file only its owner may read (0600, written atomically). Secrets never go to
// QSettings or the database.
//
// Threads: the blocking calls (read/write/remove) may be used from any thread except the GUI thread:
// the CLI's main thread, worker threads, QtConcurrent. The GUI thread uses the *Async calls, whose
// callback runs on the context object's thread. The keychain backend needs a QCoreApplication.

#include "result.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace backroom::security {

class CredentialStore {
public:
    enum class Backend { Keychain, File };

    virtual ~CredentialStore() = default;

    virtual Backend backend() const = 0;
    // Where the secrets are, for messages and `--help`: "the system keychain", "file /path".
    virtual QString location() const = 0;

    // NotFound when nothing is stored under service + account.
    virtual Result<QString> read(const QString &service, const QString &account) = 0;
    virtual Status write(const QString &service, const QString &account, const QString &secret) = 0;
    // Succeeds when there was nothing to remove.
    virtual Status remove(const QString &service, const QString &account) = 0;

    // The same without blocking the caller; `done` runs on context's thread, never if context is gone.
    void readAsync(const QString &service, const QString &account, QObject *context,
                   std::function<void(Result<QString>)> done);
    void writeAsync(const QString &service, const QString &account, const QString &secret, QObject *context,
                    std::function<void(Status)> done);
    void removeAsync(const QString &service, const QString &account, QObject *context,
                     std::function<void(Status)> done);

    // The process-wide store, chosen on first use: BACKROOM_CREDENTIALS=file|keychain forces one;
    // otherwise the keychain when one answers, else the file (BACKROOM_CREDENTIALS_FILE or
    // <app data>/credentials.json).
    static CredentialStore &shared();
    static std::unique_ptr<CredentialStore> create(Backend backend);
    static Backend chooseBackend();
    // True when an OS keychain can answer now. On Linux this asks the D-Bus session bus whether a
    // Secret Service (or KWallet) is there; with no session bus it answers at once.
    static bool keychainAnswers();
};

// The fallback for machines without a keychain: one JSON file {"service": {"account": "secret"}} that
// only its owner may read. A file that others can read, or that another user owns, is refused (its
// secrets may already be exposed) with a message that says how to fix it.
class FileCredentialStore : public CredentialStore {
public:
    explicit FileCredentialStore(QString path);
    static QString defaultPath();

    Backend backend() const override { return Backend::File; }
    QString location() const override;
    Result<QString> read(const QString &service, const QString &account) override;
    Status write(const QString &service, const QString &account, const QString &secret) override;
    Status remove(const QString &service, const QString &account) override;

    const QString &path() const { return m_path; }

private:
    Status change(const std::function<void(QJsonObject &)> &edit);
    QString m_path;
    QMutex m_mutex;   // one writer at a time in this process; a lock file across processes
};

} // namespace backroom::security
