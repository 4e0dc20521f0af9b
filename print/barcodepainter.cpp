#include "barcodepainter.h"

#include <QFontMetricsF>

namespace backroom::print {

qreal fitModuleWidth(const warehouse::Code128 &code, qreal availableWidth, qreal preferred)
{
    const int modules = code.totalModules();
    if (modules <= 0)
        return preferred;
    return std::min(preferred, availableWidth / modules);
}

QRectF drawCode128(QPainter &painter, const warehouse::Code128 &code, QPointF topLeft, const BarcodeStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    const qreal width = code.totalModules() * style.moduleWidth;
    painter.fillRect(QRectF(topLeft, QSizeF(width, style.barHeight)), Qt::white);
    qreal x = topLeft.x() + warehouse::Code128::kQuietZoneModules * style.moduleWidth;
    bool bar = true;
    for (int w : code.widths) {
        const qreal elementWidth = w * style.moduleWidth;
        if (bar)
            painter.fillRect(QRectF(x, topLeft.y(), elementWidth, style.barHeight), Qt::black);
        x += elementWidth;
        bar = !bar;
    }
    QRectF used(topLeft, QSizeF(width, style.barHeight));
    if (style.showText) {
        painter.setFont(style.textFont);
        painter.setPen(Qt::black);
        const QFontMetricsF metrics(style.textFont, painter.device());
        const QRectF textRect(topLeft.x(), topLeft.y() + style.barHeight, width, metrics.height());
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, code.text);
        used = used.united(textRect);
    }
    painter.restore();
    return used;
}

QRectF drawBarcodeText(QPainter &painter, const QString &text, const QRectF &area, qreal preferredModule,
                       const QFont &textFont)
{
    const auto code = warehouse::encodeCode128(text);
    if (!code) {
        painter.save();
        painter.setFont(textFont);
        QRectF used;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text, &used);
        painter.restore();
        return used;
    }
    const QFontMetricsF metrics(textFont, painter.device());
    BarcodeStyle style;
    style.moduleWidth = fitModuleWidth(*code, area.width(), preferredModule);
    style.barHeight = std::max<qreal>(area.height() - metrics.height(), area.height() / 2);
    style.textFont = textFont;
    return drawCode128(painter, *code, area.topLeft(), style);
}

} // namespace backroom::print
