#pragma once
// Draws a Code 128 symbol (core/warehouse/code128.h) with QPainter: black bars on white, the quiet zone
// left white, the text under the bars. Works on any paint device (PDF, image); sizes are in the painter's
// device units. Thread of the painter.

#include "warehouse/code128.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

namespace backroom::print {

struct BarcodeStyle {
    qreal moduleWidth = 0;    // width of the narrowest bar, in device units
    qreal barHeight = 0;
    bool showText = true;     // human-readable text centred under the bars
    QFont textFont;
};

// The module width that fits the whole symbol (quiet zones included) into availableWidth, at most
// preferred. Under about 0.25 mm a scanner may fail: callers make the space wide enough.
qreal fitModuleWidth(const warehouse::Code128 &code, qreal availableWidth, qreal preferred);

// Paints the symbol with its top-left quiet zone corner at topLeft; returns the area used (quiet zones
// and text included).
QRectF drawCode128(QPainter &painter, const warehouse::Code128 &code, QPointF topLeft, const BarcodeStyle &style);

// Encodes text and paints it fitted into area (bars at most preferredModule wide, left-aligned);
// text that cannot be encoded (non-ASCII) is printed as plain text instead, so a page never fails.
QRectF drawBarcodeText(QPainter &painter, const QString &text, const QRectF &area, qreal preferredModule,
                       const QFont &textFont);

} // namespace backroom::print
