#pragma once
// The page work shared by every printed document: a QPdfWriter at a fixed resolution with sizes given in
// millimetres, one font family that has Thai and Latin glyphs (fonts-thai-tlwg), and a paginator that
// repeats the header and "Page n of m" on every page of a table. Needs a QGuiApplication (fonts); lives
// on the thread that paints (the GUI thread or a worker: one PdfPages per document).

#include "printdocuments.h"
#include "result.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <functional>
#include <memory>

class QIODevice;

namespace backroom::print {

// The first installed family of Loma, Garuda, Sarabun, Laksaman, Norasi, Kinnari, Waree, Umpush that has
// Thai glyphs, else any family that has them, else the default family (Thai would print as boxes: the
// caller can tell with fontHasGlyphs).
QString printFontFamily();
// True if the font has a glyph for every character of text (spaces and line breaks aside).
bool fontHasGlyphs(const QFont &font, const QString &text);

class PdfPages {
public:
    static constexpr int kResolutionDpi = 600;

    // Regions of one page, in millimetres from the page's top-left corner.
    struct Layout {
        qreal headerMm = 0;   // repeated on every page, above the rows
        qreal rowMm = 0;      // every row has this height
        qreal footerMm = 6;   // "Page n of m" and the footer text
    };
    // Paints the header of page (1-based) of pages into rect (device units).
    using HeaderPainter = std::function<void(QPainter &, const QRectF &rect, int page, int pages)>;
    // Paints row index (0-based) into rect (device units).
    using RowPainter = std::function<void(QPainter &, const QRectF &rect, int index)>;

    // out must be open for writing and outlive this object.
    PdfPages(QIODevice *out, PageSize size, const QString &title);
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    qreal mm(qreal millimetres) const { return millimetres * kResolutionDpi / 25.4; }
    PageSize pageSize() const { return m_size; }
    QFont font(qreal pointSize, bool bold = false) const;
    // The printable part of the page (inside the margins), in device units.
    QRectF contentRect() const;

    // Paints rowCount rows on as many pages as they need, starting a new page (the first call uses the
    // document's first page). Returns the number of pages this table took (at least one).
    Result<int> paginate(int rowCount, const Layout &layout, const HeaderPainter &header, const RowPainter &row,
                         const QString &footerText);
    int pagesWritten() const { return m_pagesWritten; }
    // Ends the document; BadInput if the device could not be painted on.
    Status finish();

private:
    bool startPage();

    PageSize m_size;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QString m_family;
    int m_pagesWritten = 0;
    bool m_failed = false;
};

// Opens path for writing and calls render with the device; BadInput with the reason if the file cannot be
// written.
Result<int> renderToFile(const QString &path, const std::function<Result<int>(QIODevice *)> &render);

} // namespace backroom::print
