#pragma once
// Packing slips as PDF: the order number as a Code 128 barcode (what the packing station scans), channel,
// date and ship-to address, then the lines with the SKU barcode, English and Thai name, quantity and a
// box to tick. A4, or 100 x 150 mm labels with one order per label (a long order continues on the next
// label, "Page n of m" counting that order's labels). Needs a QGuiApplication (fonts); one thread per call.

#include "printdocuments.h"
#include "result.h"

#include <QString>

class QIODevice;

namespace backroom::print {

// Every slip starts on a new page. Returns the number of pages written; BadInput if it cannot be written
// or there is no slip.
Result<int> renderPackingSlips(const QList<PackingSlipPrint> &slips, PageSize size, QIODevice *out);
Result<int> renderPackingSlip(const PackingSlipPrint &slip, PageSize size, QIODevice *out);
Result<int> renderPackingSlip(const PackingSlipPrint &slip, PageSize size, const QString &path);

// The text of an order's barcode: its id in digits (Code 128 set C keeps it short).
QString orderBarcodeText(qint64 orderId);

} // namespace backroom::print
