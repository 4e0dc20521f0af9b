#include "packingslippdf.h"

#include "barcodepainter.h"
#include "pdfpages.h"
#include "printtext.h"

#include <QLocale>

namespace backroom::print {

namespace {

constexpr qreal kPreferredModuleMm = 0.33;

void drawLine(QPainter &p, const QRectF &rect, const QFont &font, const QString &text,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(font);
    const QString elided = QFontMetricsF(font, p.device()).elidedText(text, Qt::ElideRight, rect.width());
    p.drawText(rect, int(align), elided);
}

class PackingSlipPainter {
public:
    PackingSlipPainter(const PackingSlipPrint &slip, PdfPages &pages) : m_slip(slip), m_pages(pages) {}

    Result<int> paint()
    {
        const bool label = m_pages.pageSize() == PageSize::Label100x150;
        PdfPages::Layout layout;
        layout.headerMm = label ? 56 : 62;
        layout.rowMm = label ? 19 : 20;
        auto header = [this, label](QPainter &p, const QRectF &r, int, int) { paintHeader(p, r, label); };
        auto row = [this, label](QPainter &p, const QRectF &r, int i) { paintRow(p, r, m_slip.lines.at(i), label); };
        return m_pages.paginate(int(m_slip.lines.size()), layout, header, row,
                                PrintText::tr("Backroom packing slip, order #%1").arg(m_slip.orderId));
    }

private:
    qreal mm(qreal v) const { return m_pages.mm(v); }

    void paintHeader(QPainter &p, const QRectF &r, bool label)
    {
        p.setPen(Qt::black);
        const qreal barcodeWidth = label ? r.width() : mm(80);
        const QRectF barcodeArea(r.right() - barcodeWidth, r.top(), barcodeWidth, mm(label ? 16 : 20));
        drawBarcodeText(p, orderBarcodeText(m_slip.orderId), barcodeArea, mm(label ? 0.4 : 0.45),
                        m_pages.font(label ? 8 : 9));
        const QRectF facts(r.left(), label ? barcodeArea.bottom() + mm(1) : r.top(),
                           label ? r.width() : r.width() - barcodeWidth - mm(4), mm(label ? 10 : 20));
        const qreal line = facts.height() / 2;
        drawLine(p, QRectF(facts.left(), facts.top(), facts.width(), line), m_pages.font(label ? 11 : 16, true),
                 PrintText::tr("Packing slip, order #%1").arg(m_slip.orderId));
        drawLine(p, QRectF(facts.left(), facts.top() + line, facts.width(), line), m_pages.font(label ? 7 : 9),
                 PrintText::tr("%1 · %2 · %n unit(s)", nullptr, unitCount())
                     .arg(m_slip.channel, QLocale().toString(m_slip.created.toLocalTime(), QLocale::ShortFormat)));
        const qreal shipTop = label ? facts.bottom() + mm(1) : barcodeArea.bottom() + mm(3);
        const QRectF shipTo(r.left(), shipTop, r.width(), r.bottom() - shipTop - mm(2));
        p.setPen(QPen(Qt::black, mm(0.2)));
        p.drawRect(shipTo);
        const QRectF inside = shipTo.adjusted(mm(2), mm(1), -mm(2), -mm(1));
        p.setFont(m_pages.font(label ? 7 : 8, true));
        p.drawText(inside, int(Qt::AlignLeft | Qt::AlignTop), PrintText::tr("Ship to"));
        p.setFont(m_pages.font(label ? 8 : 10));
        p.drawText(inside.adjusted(0, mm(label ? 3.5 : 4.5), 0, 0), int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap),
                   m_slip.shipTo);
        p.setPen(QPen(Qt::black, mm(0.3)));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }

    void paintRow(QPainter &p, const QRectF &r, const PackingSlipPrintLine &line, bool label)
    {
        const QRectF inner = r.adjusted(0, mm(1.5), 0, -mm(1.5));
        const qreal codeWidth = label ? mm(42) : mm(60);
        const qreal qtyWidth = label ? mm(14) : mm(20);
        const qreal tickWidth = label ? 0 : mm(10);
        p.setPen(Qt::black);
        drawBarcodeText(p, line.sku, QRectF(inner.left(), inner.top(), codeWidth - mm(2), inner.height()),
                        mm(kPreferredModuleMm), m_pages.font(label ? 6 : 8, true));
        const QRectF names(inner.left() + codeWidth, inner.top(), inner.width() - codeWidth - qtyWidth - tickWidth,
                           inner.height());
        const qreal h = names.height() / 3;
        drawLine(p, QRectF(names.left(), names.top(), names.width(), h), m_pages.font(label ? 7 : 9, true), line.name);
        drawLine(p, QRectF(names.left(), names.top() + h, names.width(), h), m_pages.font(label ? 7 : 9), line.nameTh);
        if (!line.barcode.isEmpty() && line.barcode != line.sku)
            drawLine(p, QRectF(names.left(), names.top() + 2 * h, names.width(), h), m_pages.font(6),
                     PrintText::tr("Barcode %1").arg(line.barcode));
        drawLine(p, QRectF(names.right(), inner.top(), qtyWidth - mm(2), inner.height()), m_pages.font(label ? 13 : 16, true),
                 PrintText::tr("× %1").arg(line.qty), Qt::AlignRight | Qt::AlignTop);
        if (tickWidth > 0) {
            const qreal side = mm(6);
            const QRectF tick(inner.right() - tickWidth, inner.top(), tickWidth, inner.height());
            p.setPen(QPen(Qt::black, side / 14));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(tick.center().x() - side / 2, tick.top(), side, side));
        }
        p.setPen(QPen(Qt::gray, mm(0.15)));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }

    int unitCount() const
    {
        int units = 0;
        for (const auto &line : m_slip.lines)
            units += line.qty;
        return units;
    }

    const PackingSlipPrint &m_slip;
    PdfPages &m_pages;
};

} // namespace

QString orderBarcodeText(qint64 orderId) { return QString::number(orderId); }

Result<int> renderPackingSlips(const QList<PackingSlipPrint> &slips, PageSize size, QIODevice *out)
{
    if (slips.isEmpty())
        return Error::make(Error::Kind::BadInput, PrintText::tr("No packing slip to print."));
    PdfPages pages(out, size,
                   slips.size() == 1 ? PrintText::tr("Packing slip, order #%1").arg(slips.first().orderId) : PrintText::tr("Packing slips"));
    for (const PackingSlipPrint &slip : slips) {
        auto count = PackingSlipPainter(slip, pages).paint();
        if (!count) {
            pages.finish();
            return count;
        }
    }
    const Status finished = pages.finish();
    if (!finished)
        return finished.error();
    return pages.pagesWritten();
}

Result<int> renderPackingSlip(const PackingSlipPrint &slip, PageSize size, QIODevice *out)
{
    return renderPackingSlips({slip}, size, out);
}

Result<int> renderPackingSlip(const PackingSlipPrint &slip, PageSize size, const QString &path)
{
    return renderToFile(path, [&](QIODevice *out) { return renderPackingSlip(slip, size, out); });
}

} // namespace backroom::print
