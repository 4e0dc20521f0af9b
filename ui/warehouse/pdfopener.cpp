#include "pdfopener.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace backroom::ui {

PdfOpener desktopPdfOpener()
{
    return [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
}

QString temporaryPdfPath(const QString &baseName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("backroom-%1-%2.pdf")
                                  .arg(baseName, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
}

} // namespace backroom::ui
