#pragma once
// SettingsDialog: Tools > Settings… (Preferences on macOS): this computer's preferences, stored with
// AppSettings when the user presses OK. Holds no password: those live in the credential store.
// GUI thread.

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace backroom::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *confirmBox() const { return m_confirm; }

    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QCheckBox *m_confirm = nullptr;
};

} // namespace backroom::ui
