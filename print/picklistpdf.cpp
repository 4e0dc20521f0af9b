#include "picklistpdf.h"

#include "barcodepainter.h"
#include "pdfpages.h"
#include "printtext.h"

#include <QLocale>

namespace backroom::print {

namespace {

constexpr qreal kPreferredModuleMm = 0.33;

QString localTimeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString orderIdsText(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QStringLiteral("#%1").arg(id);
    return PrintText::tr("Orders: %1").arg(parts.join(QStringLiteral(", ")));
}

int totalUnits(const PickListPrint &list)
{
    int units = 0;
    for (const auto &line : list.lines)
        units += line.qty;
    return units;
}

// Draws text elided to the rect's width, one line.
void drawLine(QPainter &p, const QRectF &rect, const QFont &font, const QString &text,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(font);
    const QString elided = QFontMetricsF(font, p.device()).elidedText(text, Qt::ElideRight, rect.width());
    p.drawText(rect, int(align), elided);
}

void drawTickBox(QPainter &p, const QRectF &rect, qreal side)
{
    p.setPen(QPen(Qt::black, side / 14));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side));
}

class PickListPainter {
public:
    PickListPainter(const PickListPrint &list, PdfPages &pages) : m_list(list), m_pages(pages) {}

    Result<int> paint()
    {
        const bool label = m_pages.pageSize() == PageSize::Label100x150;
        PdfPages::Layout layout;
        layout.headerMm = label ? 28 : 38;
        layout.rowMm = label ? 34 : 24;
        auto header = [this, label](QPainter &p, const QRectF &r, int, int) { paintHeader(p, r, label); };
        auto row = [this, label](QPainter &p, const QRectF &r, int i) {
            if (label)
                paintLabelRow(p, r, m_list.lines.at(i));
            else
                paintA4Row(p, r, m_list.lines.at(i));
        };
        return m_pages.paginate(int(m_list.lines.size()), layout, header, row,
                                PrintText::tr("Backroom pick list, wave %1").arg(m_list.waveCode));
    }

private:
    qreal mm(qreal v) const { return m_pages.mm(v); }

    void paintHeader(QPainter &p, const QRectF &r, bool label)
    {
        p.setPen(Qt::black);
        const qreal barcodeWidth = label ? r.width() : mm(80);
        const QRectF barcodeArea(r.right() - barcodeWidth, r.top(), barcodeWidth, mm(label ? 12 : 17));
        const QRectF textArea(r.left(), label ? barcodeArea.bottom() + mm(1) : r.top(),
                              label ? r.width() : r.width() - barcodeWidth - mm(4), mm(label ? 14 : 24));
        drawBarcodeText(p, m_list.waveCode, barcodeArea, mm(kPreferredModuleMm), m_pages.font(label ? 7 : 8));
        const qreal line = textArea.height() / 3;
        drawLine(p, QRectF(textArea.left(), textArea.top(), textArea.width(), line),
                 m_pages.font(label ? 11 : 16, true), PrintText::tr("Pick list %1").arg(m_list.waveCode));
        drawLine(p, QRectF(textArea.left(), textArea.top() + line, textArea.width(), line),
                 m_pages.font(label ? 7 : 9), PrintText::tr("Picker: %1 · Created %2")
                                            .arg(m_list.picker.isEmpty() ? PrintText::tr("anyone") : m_list.picker,
                                                 localTimeText(m_list.created)));
        drawLine(p, QRectF(textArea.left(), textArea.top() + 2 * line, textArea.width(), line),
                 m_pages.font(label ? 7 : 9),
                 PrintText::tr("%n line(s)", nullptr, int(m_list.lines.size())) + QStringLiteral(" · ")
                     + PrintText::tr("%n unit(s)", nullptr, totalUnits(m_list)));
        if (!label)
            paintColumnTitles(p, QRectF(r.left(), r.bottom() - mm(6), r.width(), mm(6)));
        p.setPen(QPen(Qt::black, mm(0.3)));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }

    // A4 columns, in millimetres: seq 10, bin 50, SKU 56, item rest, qty 16, tick 10.
    struct Columns {
        QRectF seq, bin, sku, item, qty, tick;
    };
    Columns columnsOf(const QRectF &r) const
    {
        Columns c;
        qreal x = r.left();
        auto take = [&](qreal width) {
            QRectF col(x, r.top(), width, r.height());
            x += width;
            return col;
        };
        c.seq = take(mm(10));
        c.bin = take(mm(50));
        c.sku = take(mm(56));
        c.item = take(r.width() - mm(10 + 50 + 56 + 16 + 10));
        c.qty = take(mm(16));
        c.tick = take(mm(10));
        return c;
    }

    void paintColumnTitles(QPainter &p, const QRectF &r)
    {
        const Columns c = columnsOf(r);
        const QFont f = m_pages.font(8, true);
        drawLine(p, c.seq, f, PrintText::tr("Seq"));
        drawLine(p, c.bin, f, PrintText::tr("Bin"));
        drawLine(p, c.sku, f, PrintText::tr("SKU"));
        drawLine(p, c.item, f, PrintText::tr("Item"));
        drawLine(p, c.qty, f, PrintText::tr("Qty"), Qt::AlignRight | Qt::AlignVCenter);
        drawLine(p, c.tick, f, PrintText::tr("Done"), Qt::AlignHCenter | Qt::AlignVCenter);
    }

    void paintA4Row(QPainter &p, const QRectF &r, const PickListPrintLine &line)
    {
        const Columns c = columnsOf(r.adjusted(0, mm(2), 0, -mm(2)));
        p.setPen(Qt::black);
        drawLine(p, c.seq, m_pages.font(12, true), QString::number(line.pickSeq), Qt::AlignLeft | Qt::AlignTop);
        drawBarcodeText(p, line.binCode, c.bin.adjusted(0, 0, -mm(2), 0), mm(kPreferredModuleMm), m_pages.font(8, true));
        drawBarcodeText(p, line.sku, c.sku.adjusted(0, 0, -mm(2), 0), mm(kPreferredModuleMm), m_pages.font(8, true));
        const QRectF item = c.item.adjusted(mm(1), 0, -mm(1), 0);
        const qreal h = item.height() / 4;
        drawLine(p, QRectF(item.left(), item.top(), item.width(), h), m_pages.font(9, true), line.name);
        drawLine(p, QRectF(item.left(), item.top() + h, item.width(), h), m_pages.font(9), line.nameTh);
        if (!line.barcode.isEmpty() && line.barcode != line.sku)
            drawLine(p, QRectF(item.left(), item.top() + 2 * h, item.width(), h), m_pages.font(7),
                     PrintText::tr("Barcode %1").arg(line.barcode));
        drawLine(p, QRectF(item.left(), item.top() + 3 * h, item.width(), h), m_pages.font(7),
                 orderIdsText(line.orderIds));
        drawLine(p, c.qty, m_pages.font(16, true), QString::number(line.qty), Qt::AlignRight | Qt::AlignTop);
        drawTickBox(p, c.tick, mm(6));
        p.setPen(QPen(Qt::gray, mm(0.15)));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }

    // Label rows: seq, bin and quantity on top, the two barcodes side by side, names and orders under.
    void paintLabelRow(QPainter &p, const QRectF &r, const PickListPrintLine &line)
    {
        const QRectF inner = r.adjusted(0, mm(1.5), 0, -mm(1.5));
        const qreal half = inner.width() / 2;
        p.setPen(Qt::black);
        drawLine(p, QRectF(inner.left(), inner.top(), inner.width() - mm(18), mm(5)), m_pages.font(10, true),
                 PrintText::tr("%1. Bin %2").arg(line.pickSeq).arg(line.binCode));
        drawLine(p, QRectF(inner.right() - mm(18), inner.top(), mm(18), mm(7)), m_pages.font(16, true),
                 PrintText::tr("× %1").arg(line.qty), Qt::AlignRight | Qt::AlignTop);
        const QRectF codes(inner.left(), inner.top() + mm(6.5), inner.width(), mm(11.5));
        drawBarcodeText(p, line.binCode, QRectF(codes.left(), codes.top(), half - mm(1), codes.height()),
                        mm(kPreferredModuleMm), m_pages.font(6));
        drawBarcodeText(p, line.sku, QRectF(codes.left() + half + mm(1), codes.top(), half - mm(1), codes.height()),
                        mm(kPreferredModuleMm), m_pages.font(6));
        const qreal y = codes.bottom() + mm(1);
        drawLine(p, QRectF(inner.left(), y, inner.width(), mm(4.5)), m_pages.font(8, true), line.name);
        drawLine(p, QRectF(inner.left(), y + mm(4.5), inner.width(), mm(4.5)), m_pages.font(8), line.nameTh);
        drawLine(p, QRectF(inner.left(), y + mm(9), inner.width(), mm(4)), m_pages.font(6), orderIdsText(line.orderIds));
        p.setPen(QPen(Qt::gray, mm(0.15)));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }

    const PickListPrint &m_list;
    PdfPages &m_pages;
};

} // namespace

Result<int> renderPickList(const PickListPrint &list, PageSize size, QIODevice *out)
{
    PdfPages pages(out, size, PrintText::tr("Pick list %1").arg(list.waveCode));
    auto count = PickListPainter(list, pages).paint();
    const Status finished = pages.finish();
    if (!count)
        return count;
    if (!finished)
        return finished.error();
    return count;
}

Result<int> renderPickList(const PickListPrint &list, PageSize size, const QString &path)
{
    return renderToFile(path, [&](QIODevice *out) { return renderPickList(list, size, out); });
}

} // namespace backroom::print
