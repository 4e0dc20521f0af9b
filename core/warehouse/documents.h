#pragma once
// The data a pick list and a packing slip print, as plain values read from the database
// (warehouse::pickListDocument / packingSlipDocument in core/warehouse/warehouse.h fill them).
// No database or GUI types here: the PDF renderer (print/) takes these structs and nothing else.
// Plain values: safe to copy between threads.

#include <QDateTime>
#include <QList>
#include <QString>

namespace backroom::warehouse {

// The head of a wave: what was grouped and how far it is.
struct WaveHeader {
    qint64 id = 0;
    QString status;          // "created" | "released" | "closed"
    QDateTime cutoff;        // UTC: paid orders up to this time were taken
    QString channel;         // empty = every channel (the channel names the carrier: shopee, lazada, web ...)
    QString zone;            // empty = every zone
    QDateTime createdAt;     // UTC
    QString createdBy;       // login
    QDateTime releasedAt;    // UTC; null until released
    QDateTime closedAt;      // UTC; null until closed
    int orders = 0;          // orders in the wave
    int tasks = 0;           // pick tasks (one per bin and SKU)
    int tasksDone = 0;       // picked or closed short
    int unitsToPick = 0;     // sum of the tasks' quantities
    int unitsPicked = 0;
    int unitsMissing = 0;    // recorded by short picks
    int ordersPacked = 0;    // orders of the wave packed or shipped
};

// One line of a pick list: one bin, one SKU, the units of every order of the wave that sit there.
struct PickTaskLine {
    qint64 taskId = 0;
    int pickSeq = 0;         // the bin's walking order; lines come sorted by it
    QString binCode;         // print as Code 128
    QString zone;
    QString sku;             // print as Code 128
    QString barcode;         // the product's own barcode (EAN ...), may be empty
    QString nameEn;
    QString nameTh;          // may be empty
    int qty = 0;             // units to take from the bin
    int picked = 0;
    int missing = 0;
    QString status;          // "open" | "claimed" | "picked" | "short" | "cancelled"
    QString picker;          // assigned picker (release), or who claimed it; empty = anyone
    QList<qint64> orderIds;  // orders sharing this line: units are split between them at packing
};

// A picker's list (or the whole wave's when picker is empty), lines in walking order.
struct PickListDocument {
    WaveHeader wave;
    QString picker;
    QList<PickTaskLine> lines;
    QDateTime printedAt;     // UTC
};

// One line of a packing slip: what the parcel must contain.
struct PackingLine {
    QString sku;
    QString barcode;
    QString nameEn;
    QString nameTh;
    int qty = 0;
};

struct PackingSlipDocument {
    qint64 orderId = 0;      // print as Code 128
    QString channel;
    QString status;          // orders.status
    qint64 waveId = 0;       // 0 = not in a wave
    QString tracking;        // empty until shipped
    qint64 totalSatang = 0;
    QDateTime paidAt;        // UTC
    QList<PackingLine> lines;
    QDateTime printedAt;     // UTC
};

} // namespace backroom::warehouse
