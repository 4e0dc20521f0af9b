#include "appsettings.h"

#include <QLibraryInfo>

namespace backroom::ui {

namespace {
const QString kLanguage = QStringLiteral("general/language");
const QString kConfirm = QStringLiteral("general/confirmDestructiveActions");
} // namespace

const QString AppSettings::kLayoutGroup = QStringLiteral("layout");

AppSettings::AppSettings()
    : m_settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Backroom"), QStringLiteral("backroom"))
{
}

Language AppSettings::language() const
{
    const QString name = m_settings.value(kLanguage).toString();
    if (name == QLatin1String("en"))
        return Language::English;
    if (name == QLatin1String("th"))
        return Language::Thai;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    switch (language) {
    case Language::System: m_settings.remove(kLanguage); break;
    case Language::English: m_settings.setValue(kLanguage, QStringLiteral("en")); break;
    case Language::Thai: m_settings.setValue(kLanguage, QStringLiteral("th")); break;
    }
}

QLocale AppSettings::localeOf(Language language)
{
    switch (language) {
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Thai: return QLocale(QLocale::Thai, QLocale::Thailand);
    case Language::System: break;
    }
    return QLocale::system();
}

QString AppSettings::nameOf(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("English");
    case Language::Thai: return QStringLiteral("ไทย");   // each language by its own name, untranslated
    case Language::System: break;
    }
    return tr("System (%1)").arg(QLocale::system().nativeLanguageName());
}

bool AppSettings::confirmDestructiveActions() const { return m_settings.value(kConfirm, true).toBool(); }
void AppSettings::setConfirmDestructiveActions(bool on) { m_settings.setValue(kConfirm, on); }

QList<QTranslator *> installTranslations(QCoreApplication &app, Language language)
{
    const QLocale locale = AppSettings::localeOf(language);
    QLocale::setDefault(locale);
    QList<QTranslator *> installed;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("backroom"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        QCoreApplication::installTranslator(ours))
        installed << ours;
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt))
        installed << qt;
    else
        delete qt;
    return installed;
}

} // namespace backroom::ui
