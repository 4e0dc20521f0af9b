#include "settingsdialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace backroom::ui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    AppSettings settings;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (Language l : {Language::System, Language::English, Language::Thai})
        m_language->addItem(AppSettings::nameOf(l), int(l));
    m_language->setCurrentIndex(m_language->findData(int(settings.language())));
    auto *languageNote = new QLabel(tr("Backroom uses the new language the next time it starts."), this);
    languageNote->setWordWrap(true);

    m_confirm = new QCheckBox(tr("&Ask before cancelling an order or making any other change that cannot be undone"), this);
    m_confirm->setObjectName(QStringLiteral("confirmDestructive"));
    m_confirm->setChecked(settings.confirmDestructiveActions());

    auto *general = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(general);
    auto *languageLabel = new QLabel(tr("&Language:"), general);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), languageNote);
    form->addRow(m_confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    AppSettings settings;
    settings.setLanguage(Language(m_language->currentData().toInt()));
    settings.setConfirmDestructiveActions(m_confirm->isChecked());
    QDialog::accept();
}

} // namespace backroom::ui
