#include "keychainstore.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <chrono>
#include <future>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace backroom::security {

namespace {
// A keychain may ask the user to unlock it: wait as long as a person might take, not for ever.
constexpr std::chrono::seconds kUserUnlockWait{120};

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
bool sessionBusConfigured()
{
    // Without an address libdbus may try X11 autolaunch, which is slow and starts daemons: don't.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}
#endif
} // namespace

bool KeychainCredentialStore::answers()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return true;   // Keychain / Credential Manager are part of the system
#elif defined(Q_OS_UNIX)
    if (!sessionBusConfigured())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList services{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                               QStringLiteral("org.kde.kwalletd5")};
    for (const QString &name : services)
        if (bus.interface()->isServiceRegistered(name))
            return true;
    // Not running yet, but the bus would start it on the first request.
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid())
        for (const QString &name : services)
            if (activatable.value().contains(name))
                return true;
    return false;
#else
    return false;
#endif
}

KeychainCredentialStore::KeychainCredentialStore()
{
    m_thread.setObjectName(QStringLiteral("keychain"));
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

KeychainCredentialStore::~KeychainCredentialStore()
{
    m_thread.quit();
    m_thread.wait();
}

QString KeychainCredentialStore::location() const { return SecurityText::tr("the system keychain"); }

Result<KeychainCredentialStore::Outcome> KeychainCredentialStore::run(const std::function<QKeychain::Job *()> &makeJob)
{
    if (!QCoreApplication::instance())
        return Error::make(Error::Kind::Connection,
                           SecurityText::tr("The system keychain can only be used once the application has started."));
    auto promise = std::make_shared<std::promise<Outcome>>();
    std::future<Outcome> outcome = promise->get_future();
    QMetaObject::invokeMethod(m_home, [makeJob, promise] {
        QKeychain::Job *job = makeJob();   // deletes itself once finished
        job->setInsecureFallback(false);   // never a clear-text QSettings file
        QObject::connect(job, &QKeychain::Job::finished, [promise](QKeychain::Job *done) {
            Outcome o{int(done->error()), done->errorString(), {}};
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                o.text = read->textData();
            promise->set_value(o);
        });
        job->start();
    }, Qt::QueuedConnection);
    if (outcome.wait_for(kUserUnlockWait) != std::future_status::ready)
        return Error::make(Error::Kind::Connection,
                           SecurityText::tr("The system keychain did not answer: unlock it, or set "
                                            "BACKROOM_CREDENTIALS=file to keep secrets in a private file instead."));
    return outcome.get();
}

Error KeychainCredentialStore::describe(const Outcome &o, const QString &account) const
{
    switch (QKeychain::Error(o.error)) {
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound, SecurityText::tr("No secret is stored for %1 in the system "
                                                                   "keychain.").arg(account));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(Error::Kind::Auth,
                           SecurityText::tr("The system keychain refused access to the secret for %1: %2")
                               .arg(account, o.errorString));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(Error::Kind::Connection,
                           SecurityText::tr("No system keychain is available (%1): set BACKROOM_CREDENTIALS=file to "
                                            "keep secrets in a private file instead.").arg(o.errorString));
    default:
        return Error::make(Error::Kind::Query,
                           SecurityText::tr("The system keychain failed (%1): unlock it, or set "
                                            "BACKROOM_CREDENTIALS=file to keep secrets in a private file instead.")
                               .arg(o.errorString));
    }
}

Result<QString> KeychainCredentialStore::read(const QString &service, const QString &account)
{
    auto outcome = run([service, account] {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(account);
        return job;
    });
    if (!outcome)
        return outcome.error();
    if (outcome->error != QKeychain::NoError)
        return describe(*outcome, account);
    return outcome->text;
}

Status KeychainCredentialStore::write(const QString &service, const QString &account, const QString &secret)
{
    auto outcome = run([service, account, secret] {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(account);
        job->setTextData(secret);
        return job;
    });
    if (!outcome)
        return outcome.error();
    if (outcome->error != QKeychain::NoError)
        return describe(*outcome, account);
    return Done{};
}

Status KeychainCredentialStore::remove(const QString &service, const QString &account)
{
    auto outcome = run([service, account] {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(account);
        return job;
    });
    if (!outcome)
        return outcome.error();
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound)
        return describe(*outcome, account);
    return Done{};
}

} // namespace backroom::security
