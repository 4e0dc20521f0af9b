#pragma once
// Pick lists as PDF: one table per wave in walking order, each line with the bin's and the SKU's Code 128
// barcode, the item's English and Thai name, the quantity and a box to tick. The header (wave code as a
// barcode, picker, date) and "Page n of m" repeat on every page. A4 or 100 x 150 mm labels.
// Needs a QGuiApplication (fonts); any one thread per call.

#include "printdocuments.h"
#include "result.h"

#include <QString>

class QIODevice;

namespace backroom::print {

// Writes the PDF to out (open for writing) and returns the number of pages. BadInput if it cannot be
// written.
Result<int> renderPickList(const PickListPrint &list, PageSize size, QIODevice *out);
Result<int> renderPickList(const PickListPrint &list, PageSize size, const QString &path);

} // namespace backroom::print
