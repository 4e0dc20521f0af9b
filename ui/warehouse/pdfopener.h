#pragma once
// What the warehouse screens do with a PDF they rendered: by default open it in the desktop's viewer
// (QDesktopServices), where it is printed or saved. Tests install their own opener. GUI thread.

#include <QString>
#include <functional>

namespace backroom::ui {

using PdfOpener = std::function<void(const QString &path)>;
PdfOpener desktopPdfOpener();
// Where a screen writes a PDF it is about to open: the temp folder, name plus a timestamp.
QString temporaryPdfPath(const QString &baseName);

} // namespace backroom::ui
