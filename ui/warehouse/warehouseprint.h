#pragma once
// From what the warehouse reads (core/warehouse/documents.h) to what print/ draws (print/printdocuments.h):
// the one mapping the Waves and Packing screens and `backroom warehouse print-picklist|print-slip` share.
// Plain values in, plain values out: any thread. Rendering needs a QGuiApplication (fonts).

#include "printdocuments.h"
#include "result.h"
#include "warehouse/documents.h"

#include <QString>

namespace backroom::ui {

// The code printed (as Code 128) in every page header of a wave's pick list: "W" and the wave id.
QString waveCode(qint64 waveId);

// Lines of every status except cancelled-and-empty (the reader already drops those), in walking order.
print::PickListPrint pickListPrint(const warehouse::PickListDocument &doc);
print::PackingSlipPrint packingSlipPrint(const warehouse::PackingSlipDocument &doc);

// Renders to a PDF file. Returns the page count; BadInput when the file cannot be written.
Result<int> writePickListPdf(const warehouse::PickListDocument &doc, print::PageSize size, const QString &path);
Result<int> writePackingSlipPdf(const warehouse::PackingSlipDocument &doc, print::PageSize size, const QString &path);

} // namespace backroom::ui
