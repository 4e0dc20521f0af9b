#pragma once
// AppSettings: the user's preferences for this computer (language, confirmations) and the keys the window
// uses to remember its layout, typed over QSettings (organisation "Backroom", application "backroom":
// the registry on Windows, a plist on macOS, ~/.config/Backroom/backroom.conf on Linux). Never holds a
// password or any other secret: those go to the credential store. Tests point QSettings elsewhere with
// QSettings::setPath or QStandardPaths::setTestModeEnabled before creating one. GUI thread.

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace backroom::ui {

enum class Language { System, English, Thai };

class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    AppSettings();

    Language language() const;
    void setLanguage(Language language);
    static QLocale localeOf(Language language);   // System: the operating system's locale
    static QString nameOf(Language language);     // as shown in the language chooser

    // Ask before cancelling an order and other actions that cannot be undone.
    bool confirmDestructiveActions() const;
    void setConfirmDestructiveActions(bool on);

    QSettings &raw() { return m_settings; }

    static const QString kLayoutGroup;   // everything the window remembers about its layout

private:
    QSettings m_settings;
};

// Installs Backroom's and Qt's translations for the chosen language on the application and makes its
// locale the default one (numbers, money). Returns the installed translators (owned by app).
QList<QTranslator *> installTranslations(QCoreApplication &app, Language language);

} // namespace backroom::ui
