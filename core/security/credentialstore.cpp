#include "credentialstore.h"
#include "coretext.h"
#include "keychainstore.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace backroom::security {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir = kOwnerOnly | QFileDevice::ExeOwner;

// Runs a blocking call on the thread pool and hands its value to `done` on context's thread. The
// watcher is the context's child: if the context goes first, so does the callback.
template <typename T>
void runDetached(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto value = std::make_shared<std::optional<T>>();
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context, [watcher, value, done] {
        watcher->deleteLater();
        done(std::move(**value));
    });
    watcher->setFuture(QtConcurrent::run([work, value] { value->emplace(work()); }));
}

// The file must be ours and readable by nobody else; Windows has no such modes to check.
Status checkPrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Done{};
    if (st.st_uid != ::geteuid())
        return Error::make(Error::Kind::BadInput,
                           SecurityText::tr("The credentials file %1 belongs to another user, so Backroom will not "
                                            "read it: remove it or run Backroom as its owner.").arg(path));
    if ((st.st_mode & 077) != 0)
        return Error::make(Error::Kind::BadInput,
                           SecurityText::tr("The credentials file %1 can be read by other users (mode %2), so "
                                            "Backroom will not use it: run `chmod 600 %1` and change the passwords "
                                            "it holds, they may have been seen.")
                               .arg(path, QString::number(st.st_mode & 0777, 8)));
#else
    Q_UNUSED(path)
#endif
    return Done{};
}

Result<QJsonObject> loadSecrets(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QJsonObject{};
    if (auto ok = checkPrivate(path); !ok)
        return ok.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::BadInput,
                           SecurityText::tr("Cannot read the credentials file %1: %2.").arg(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::BadInput,
                           SecurityText::tr("The credentials file %1 is damaged (%2): restore it from a backup or "
                                            "remove it and enter the passwords again.")
                               .arg(path, parseError.errorString()));
    return doc.object();
}

Status saveSecrets(const QString &path, const QJsonObject &secrets)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::BadInput,
                           SecurityText::tr("Cannot write the credentials file %1: %2.").arg(path, file.errorString()));
    // Private before the first byte: the temporary file is renamed over the old one on commit.
    file.setPermissions(kOwnerOnly);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(Error::Kind::BadInput,
                           SecurityText::tr("Cannot write the credentials file %1: %2.").arg(path, file.errorString()));
    QFile::setPermissions(path, kOwnerOnly);
    return Done{};
}

} // namespace

// ---- async wrappers -----------------------------------------------------------------------------------

void CredentialStore::readAsync(const QString &service, const QString &account, QObject *context,
                                std::function<void(Result<QString>)> done)
{
    runDetached<Result<QString>>(context, [this, service, account] { return read(service, account); }, std::move(done));
}

void CredentialStore::writeAsync(const QString &service, const QString &account, const QString &secret,
                                 QObject *context, std::function<void(Status)> done)
{
    runDetached<Status>(context, [this, service, account, secret] { return write(service, account, secret); },
                        std::move(done));
}

void CredentialStore::removeAsync(const QString &service, const QString &account, QObject *context,
                                  std::function<void(Status)> done)
{
    runDetached<Status>(context, [this, service, account] { return remove(service, account); }, std::move(done));
}

// ---- choosing a backend -------------------------------------------------------------------------------

CredentialStore::Backend CredentialStore::chooseBackend()
{
    const QString forced = qEnvironmentVariable("BACKROOM_CREDENTIALS").trimmed().toLower();
    if (forced == QLatin1String("file"))
        return Backend::File;
    if (forced == QLatin1String("keychain"))
        return Backend::Keychain;
    if (!forced.isEmpty())
        qWarning("BACKROOM_CREDENTIALS=%s is neither file nor keychain; choosing automatically", qPrintable(forced));
    return keychainAnswers() ? Backend::Keychain : Backend::File;
}

bool CredentialStore::keychainAnswers() { return KeychainCredentialStore::answers(); }

std::unique_ptr<CredentialStore> CredentialStore::create(Backend backend)
{
    if (backend == Backend::Keychain)
        return std::make_unique<KeychainCredentialStore>();
    return std::make_unique<FileCredentialStore>(FileCredentialStore::defaultPath());
}

CredentialStore &CredentialStore::shared()
{
    static const std::unique_ptr<CredentialStore> store = create(chooseBackend());
    return *store;
}

// ---- the file backend ---------------------------------------------------------------------------------

FileCredentialStore::FileCredentialStore(QString path) : m_path(std::move(path)) {}

QString FileCredentialStore::defaultPath()
{
    const QString overridden = qEnvironmentVariable("BACKROOM_CREDENTIALS_FILE");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/credentials.json");
}

QString FileCredentialStore::location() const { return SecurityText::tr("file %1").arg(m_path); }

Result<QString> FileCredentialStore::read(const QString &service, const QString &account)
{
    QMutexLocker lock(&m_mutex);
    auto secrets = loadSecrets(m_path);
    if (!secrets)
        return secrets.error();
    const QJsonValue secret = secrets->value(service).toObject().value(account);
    if (!secret.isString())
        return Error::make(Error::Kind::NotFound,
                           SecurityText::tr("No secret is stored for %1 (%2) in %3.")
                               .arg(account, service, location()));
    return secret.toString();
}

Status FileCredentialStore::change(const std::function<void(QJsonObject &)> &edit)
{
    QMutexLocker lock(&m_mutex);
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error::make(Error::Kind::BadInput, SecurityText::tr("Cannot create the folder %1.").arg(dir));
        QFile::setPermissions(dir, kOwnerOnlyDir);
    }
    // Another Backroom process may be saving at the same time: take turns, so no change is lost.
    QLockFile fileLock(m_path + QStringLiteral(".lock"));
    if (!fileLock.tryLock(10000))
        return Error::make(Error::Kind::Conflict,
                           SecurityText::tr("The credentials file %1 is locked by another Backroom process; try "
                                            "again.").arg(m_path));
    auto secrets = loadSecrets(m_path);
    if (!secrets)
        return secrets.error();
    edit(*secrets);
    return saveSecrets(m_path, *secrets);
}

Status FileCredentialStore::write(const QString &service, const QString &account, const QString &secret)
{
    return change([&](QJsonObject &secrets) {
        QJsonObject accounts = secrets.value(service).toObject();
        accounts.insert(account, secret);
        secrets.insert(service, accounts);
    });
}

Status FileCredentialStore::remove(const QString &service, const QString &account)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!QFileInfo::exists(m_path))
            return Done{};
    }
    return change([&](QJsonObject &secrets) {
        QJsonObject accounts = secrets.value(service).toObject();
        accounts.remove(account);
        if (accounts.isEmpty())
            secrets.remove(service);
        else
            secrets.insert(service, accounts);
    });
}

} // namespace backroom::security
