#pragma once
// How every screen shows a point in time: stored in UTC, shown in the user's local time zone, in one
// unambiguous numeric pattern (2026-11-25 18:39) whatever the language, so that a list, a detail pane
// and a tooltip never disagree. Pure functions; any thread.

#include <QString>

class QDateTime;

namespace backroom::ui {

enum class TimePrecision { Minutes, Seconds };

// A UTC (or any zone) instant as local date and time; empty for an invalid QDateTime.
QString localDateTimeText(const QDateTime &instant, TimePrecision precision = TimePrecision::Minutes);

// The display format for date pickers (QDateEdit::setDisplayFormat), matching localDateTimeText's date.
QString dateDisplayFormat();

} // namespace backroom::ui
