#pragma once
// Where GUI tests save their screenshots: <build>/screenshots (BACKROOM_SCREENSHOT_DIR), never the
// source tree, so that running the tests changes no tracked file. `scripts/refresh-screenshots` runs
// the GUI tests and copies these into docs/screenshots when the documentation should change.

#include <QDir>
#include <QString>

namespace backroom::test {

inline QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(BACKROOM_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

} // namespace backroom::test
