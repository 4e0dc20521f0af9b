#pragma once
// ConnectDialog: choose, edit and test how Backroom reaches its database. Saved connections
// (ConnectionProfile, in QSettings) on the left; host, port, database, user, password, TLS mode and
// root certificate on the right. "Test connection" connects off the GUI thread and says what happened
// (server version and whether it is encrypted, or the one-line reason). "Save" keeps the profile in
// QSettings and the password in the credential store; "Connect" tests, then accepts, leaving the
// password in this process's PasswordVault for the window's connections. GUI thread.

#include "db/connectionprofile.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace backroom::ui {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    // profiles: where saved connections live (outlives the dialog).
    explicit ConnectDialog(db::ProfileStore &profiles, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Shows this profile's fields (when it exists).
    void selectProfile(const QString &name);
    // After accept(): the connection string chosen (never with a password) and its profile's name
    // (empty if it was not saved).
    QString conninfo() const { return m_acceptedConninfo; }
    QString profileName() const { return m_acceptedProfile; }
    // The line under the form: the last outcome of Test, Save or Connect.
    QString statusText() const;

    // What a connection test found.
    struct TestOutcome {
        bool ok = false;
        QString serverVersion;
        bool encrypted = false;
        QString host;
        QString message;   // the one-line reason when !ok
    };

signals:
    // Emitted when a test (from "Test connection" or "Connect") has finished and the status shows it.
    void testFinished(bool ok);

private:
    void buildForm();
    void reloadProfiles(const QString &select);
    void showProfile(const db::ConnectionProfile &profile);
    db::ConnectionProfile profileFromForm() const;
    void newProfile();
    void removeProfile();
    void browseRootCertificate();
    void save();
    void startTest(bool acceptOnSuccess);
    void testDone();
    void setStatus(const QString &text, bool problem);
    void setBusy(bool busy);

    db::ProfileStore &m_profiles;
    QListWidget *m_profileList = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tlsMode = nullptr;
    QLineEdit *m_rootCertificate = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_connectButton = nullptr;

    QFutureWatcher<TestOutcome> m_test;
    bool m_acceptAfterTest = false;
    db::ConnectionProfile m_tested;
    QString m_testedPassword;
    QString m_acceptedConninfo;
    QString m_acceptedProfile;
};

} // namespace backroom::ui
