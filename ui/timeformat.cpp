#include "timeformat.h"

#include <QDateTime>

namespace backroom::ui {

namespace {
const QString kDate = QStringLiteral("yyyy-MM-dd");
}

QString localDateTimeText(const QDateTime &instant, TimePrecision precision)
{
    if (!instant.isValid())
        return {};
    const QString time = precision == TimePrecision::Seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    // Digits only: the pattern reads the same in every language, so no QLocale is involved.
    return instant.toLocalTime().toString(kDate + QLatin1Char(' ') + time);
}

QString dateDisplayFormat() { return kDate; }

} // namespace backroom::ui
