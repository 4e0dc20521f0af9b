#pragma once
// Translatable text of the printed documents: write `PrintText::tr("...")`. lupdate reads the context
// from the macro, QCoreApplication::translate gets the same one at run time. Any thread.

#include <QCoreApplication>

namespace backroom::print {
struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(backroom::print)
};
} // namespace backroom::print
