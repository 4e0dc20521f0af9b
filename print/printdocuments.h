#pragma once
// What a printed pick list and packing slip show: plain values, filled by whoever reads the warehouse
// tables (core/warehouse) and handed to print/picklistpdf.h and print/packingslippdf.h. No database here.
// Any thread.

#include <QDateTime>
#include <QList>
#include <QString>

namespace backroom::print {

// A4 portrait with a table, or a 100 x 150 mm thermal label (one packing slip per label).
enum class PageSize { A4, Label100x150 };

struct PickListPrintLine {
    QString binCode;        // printed as a Code 128 barcode and as text
    int pickSeq = 0;        // the bin's place in the walking order
    QString sku;            // printed as a Code 128 barcode and as text
    QString name;           // English
    QString nameTh;         // Thai
    QString barcode;        // the product's own barcode (EAN etc.), shown as text when it differs from the SKU
    int qty = 0;
    QList<qint64> orderIds; // the orders whose units are picked together on this line
};

struct PickListPrint {
    qint64 waveId = 0;
    QString waveCode;       // printed as a Code 128 barcode in every page's header
    QString picker;
    QDateTime created;      // UTC; printed in local time
    QList<PickListPrintLine> lines;   // in walking order (the caller sorts by pick sequence)
};

struct PackingSlipPrintLine {
    QString sku;
    QString name;
    QString nameTh;
    QString barcode;
    int qty = 0;
};

struct PackingSlipPrint {
    qint64 orderId = 0;     // printed as a Code 128 barcode of its digits
    QString channel;        // web, shopee, lazada
    QDateTime created;      // UTC; printed in local time
    QString shipTo;         // several lines: name, address, phone
    QList<PackingSlipPrintLine> lines;
};

} // namespace backroom::print
