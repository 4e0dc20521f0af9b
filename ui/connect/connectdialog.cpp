#include "connectdialog.h"

#include "db/connection.h"
#include "db/passwordvault.h"
#include "db/tls.h"
#include "security/credentialstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace backroom::ui {

namespace {
// Runs on a worker thread: connecting may wait on the network or the keychain.
ConnectDialog::TestOutcome testConnection(const QString &conninfo, const QString &password)
{
    auto conn = password.isEmpty() ? db::Connection::open(conninfo) : db::Connection::open(conninfo, password);
    ConnectDialog::TestOutcome outcome;
    if (!conn) {
        outcome.message = conn.error().message;
        return outcome;
    }
    outcome.ok = true;
    outcome.serverVersion = (*conn)->serverVersion();
    outcome.encrypted = (*conn)->sslInUse();
    outcome.host = (*conn)->host();
    return outcome;
}
} // namespace

ConnectDialog::ConnectDialog(db::ProfileStore &profiles, QWidget *parent) : QDialog(parent), m_profiles(profiles)
{
    setWindowTitle(tr("Connect to the shop database"));
    buildForm();
    connect(&m_test, &QFutureWatcher<TestOutcome>::finished, this, &ConnectDialog::testDone);
    reloadProfiles(m_profiles.defaultProfile());
    if (m_profileList->count() == 0)
        newProfile();
}

ConnectDialog::~ConnectDialog()
{
    m_test.waitForFinished();   // the worker reads nothing of ours, but let it end before we go
}

void ConnectDialog::buildForm()
{
    m_profileList = new QListWidget;
    m_profileList->setObjectName(QStringLiteral("profiles"));
    m_newButton = new QPushButton(tr("&New"));
    m_removeButton = new QPushButton(tr("&Remove"));
    auto *savedLabel = new QLabel(tr("&Saved connections:"));
    savedLabel->setBuddy(m_profileList);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(savedLabel);
    left->addWidget(m_profileList, 1);
    left->addLayout(listButtons);

    auto named = [](QWidget *w, const char *objectName) {
        w->setObjectName(QLatin1String(objectName));
        return w;
    };
    m_name = new QLineEdit;
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("db.example.com (empty: this computer)"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: use the saved password"));
    m_tlsMode = new QComboBox;
    m_tlsMode->addItem(tr("Automatic (verify the server unless it is this computer)"), int(db::TlsMode::Automatic));
    m_tlsMode->addItem(tr("Verify the server's name and certificate (verify-full)"), int(db::TlsMode::VerifyFull));
    m_tlsMode->addItem(tr("Verify the certificate only (verify-ca)"), int(db::TlsMode::VerifyCa));
    m_tlsMode->addItem(tr("Encrypt without verifying (require)"), int(db::TlsMode::Require));
    m_tlsMode->addItem(tr("Encrypt if the server can (prefer)"), int(db::TlsMode::Prefer));
    m_tlsMode->addItem(tr("Never encrypt (disable)"), int(db::TlsMode::Disable));
    m_rootCertificate = new QLineEdit;
    m_rootCertificate->setPlaceholderText(tr("empty: ~/.postgresql/root.crt or the system's authorities"));
    auto *browse = new QPushButton(tr("&Browse..."));
    connect(browse, &QPushButton::clicked, this, &ConnectDialog::browseRootCertificate);
    auto *rootRow = new QHBoxLayout;
    rootRow->addWidget(named(m_rootCertificate, "rootCertificate"), 1);
    rootRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("N&ame:"), named(m_name, "name"));
    form->addRow(tr("&Host:"), named(m_host, "host"));
    form->addRow(tr("&Port:"), named(m_port, "port"));
    form->addRow(tr("&Database:"), named(m_database, "database"));
    form->addRow(tr("&User:"), named(m_user, "user"));
    form->addRow(tr("Pass&word:"), named(m_password, "password"));
    form->addRow(tr("&TLS:"), named(m_tlsMode, "tlsMode"));
    auto *rootLabel = new QLabel(tr("Root &certificate:"));
    rootLabel->setBuddy(m_rootCertificate);
    form->addRow(rootLabel, rootRow);
    m_testButton = new QPushButton(tr("T&est connection"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_saveButton = new QPushButton(tr("Sa&ve"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_testButton);
    formButtons->addWidget(m_saveButton);
    formButtons->addStretch(1);
    form->addRow(formButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);

    // Room for a two-line reason from the start, so that the dialog does not jump or cut it.
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox;
    m_connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_profileList, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (auto p = m_profiles.find(name))
            showProfile(*p);
    });
    connect(m_newButton, &QPushButton::clicked, this, &ConnectDialog::newProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    connect(m_testButton, &QPushButton::clicked, this, [this] { startTest(false); });
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { startTest(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConnectDialog::reloadProfiles(const QString &select)
{
    m_profileList->clear();
    for (const auto &p : m_profiles.list())
        m_profileList->addItem(p.name);
    const auto found = m_profileList->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_profileList->setCurrentItem(found.first());
    else if (m_profileList->count() > 0)
        m_profileList->setCurrentRow(0);
    m_removeButton->setEnabled(m_profileList->count() > 0);
}

void ConnectDialog::selectProfile(const QString &name) { reloadProfiles(name); }

void ConnectDialog::showProfile(const db::ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_password->clear();
    m_tlsMode->setCurrentIndex(std::max(0, m_tlsMode->findData(int(p.tlsMode))));
    m_rootCertificate->setText(p.rootCertificate);
    setStatus({}, false);
}

db::ConnectionProfile ConnectDialog::profileFromForm() const
{
    db::ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.tlsMode = db::TlsMode(m_tlsMode->currentData().toInt());
    p.rootCertificate = m_rootCertificate->text().trimmed();
    return p;
}

void ConnectDialog::newProfile()
{
    m_profileList->clearSelection();
    m_profileList->setCurrentItem(nullptr);
    db::ConnectionProfile blank;
    blank.database = QStringLiteral("backroom");
    showProfile(blank);
    m_name->setFocus();
}

void ConnectDialog::removeProfile()
{
    const auto *item = m_profileList->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    const auto removed = m_profiles.find(name);
    m_profiles.remove(name);
    reloadProfiles({});
    // The password goes too, unless another saved connection uses the same server and user.
    if (!removed)
        return;
    const QString account = removed->target().account();
    for (const auto &p : m_profiles.list())
        if (p.target().account() == account)
            return;
    security::CredentialStore::shared().removeAsync(QLatin1String(db::kPasswordService), account, this,
                                                    [this, name](Status s) {
        setStatus(s ? tr("Removed \"%1\" and its password.").arg(name) : s.error().message, !s.ok());
    });
}

void ConnectDialog::browseRootCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Root certificate of the database server"),
                                                      m_rootCertificate->text(),
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_rootCertificate->setText(path);
}

void ConnectDialog::save()
{
    const db::ConnectionProfile profile = profileFromForm();
    const QString password = m_password->text();   // before the list reselects and clears the form
    if (auto saved = m_profiles.save(profile); !saved) {
        setStatus(saved.error().message, true);
        return;
    }
    reloadProfiles(profile.name);
    if (password.isEmpty()) {
        setStatus(tr("Saved \"%1\".").arg(profile.name), false);
        return;
    }
    auto &store = security::CredentialStore::shared();
    const QString where = store.location();
    db::PasswordVault::remember(profile.target(), password);
    m_saveButton->setEnabled(false);
    store.writeAsync(QLatin1String(db::kPasswordService), profile.target().account(), password, this,
                     [this, name = profile.name, where](Status s) {
        m_saveButton->setEnabled(true);
        if (s)
            setStatus(tr("Saved \"%1\"; its password is in %2.").arg(name, where), false);
        else
            setStatus(tr("Saved \"%1\", but not its password: %2").arg(name, s.error().message), true);
    });
}

void ConnectDialog::startTest(bool acceptOnSuccess)
{
    if (m_test.isRunning())
        return;
    m_tested = profileFromForm();
    if (m_tested.database.isEmpty() || m_tested.user.isEmpty()) {
        setStatus(tr("Give the database and the user name first."), true);
        return;
    }
    m_testedPassword = m_password->text();
    m_acceptAfterTest = acceptOnSuccess;
    setBusy(true);
    setStatus(tr("Connecting to %1...").arg(m_tested.host.isEmpty() ? tr("this computer") : m_tested.host), false);
    m_test.setFuture(QtConcurrent::run(testConnection, m_tested.conninfo(), m_testedPassword));
}

void ConnectDialog::testDone()
{
    setBusy(false);
    const TestOutcome outcome = m_test.result();
    if (!outcome.ok) {
        setStatus(outcome.message, true);
        emit testFinished(false);
        return;
    }
    QString text = tr("Connected: PostgreSQL %1, %2.")
                       .arg(outcome.serverVersion, outcome.encrypted ? tr("encrypted (TLS)") : tr("not encrypted"));
    const bool warn = db::tls::mustWarnUnencrypted(outcome.host, outcome.encrypted);
    if (warn)
        text += QLatin1Char(' ') + db::tls::unencryptedWarning(outcome.host);
    setStatus(text, warn);
    if (!m_testedPassword.isEmpty())
        db::PasswordVault::remember(m_tested.target(), m_testedPassword);
    emit testFinished(true);
    if (!m_acceptAfterTest)
        return;
    m_acceptedConninfo = m_tested.conninfo();
    const auto saved = m_profiles.find(m_tested.name);
    m_acceptedProfile = saved && saved->conninfo() == m_acceptedConninfo ? m_tested.name : QString();
    if (!m_acceptedProfile.isEmpty())
        m_profiles.setDefaultProfile(m_acceptedProfile);   // `backroom gui` opens it next time
    accept();
}

void ConnectDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828; font-weight: bold") : QString());
}

QString ConnectDialog::statusText() const { return m_status->text(); }

void ConnectDialog::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_connectButton->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace backroom::ui
