#include "pdfpages.h"

#include "printtext.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageSize>
#include <QRawFont>
#include <QSaveFile>

namespace backroom::print {

namespace {

constexpr qreal kA4MarginMm = 10;
constexpr qreal kLabelMarginMm = 4;

QPageSize pageSizeOf(PageSize size)
{
    if (size == PageSize::Label100x150)
        return QPageSize(QSizeF(100, 150), QPageSize::Millimeter, QStringLiteral("Label 100x150mm"),
                         QPageSize::ExactMatch);
    return QPageSize(QPageSize::A4);
}

} // namespace

QString printFontFamily()
{
    static const QString chosen = [] {
        const QStringList preferred = {QStringLiteral("Loma"),     QStringLiteral("Garuda"),
                                       QStringLiteral("Sarabun"),  QStringLiteral("Laksaman"),
                                       QStringLiteral("Norasi"),   QStringLiteral("Kinnari"),
                                       QStringLiteral("Waree"),    QStringLiteral("Umpush")};
        const QStringList thai = QFontDatabase::families(QFontDatabase::Thai);
        for (const QString &family : preferred)
            if (thai.contains(family))
                return family;
        if (!thai.isEmpty())
            return thai.first();
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return chosen;
}

bool fontHasGlyphs(const QFont &font, const QString &text)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return false;
    for (const uint ucs4 : text.toUcs4()) {
        if (QChar::isSpace(ucs4))
            continue;
        if (!raw.supportsCharacter(ucs4))
            return false;
    }
    return true;
}

PdfPages::PdfPages(QIODevice *out, PageSize size, const QString &title)
    : m_size(size), m_writer(std::make_unique<QPdfWriter>(out)), m_family(printFontFamily())
{
    m_writer->setPageSize(pageSizeOf(size));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setResolution(kResolutionDpi);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Backroom"));
}

PdfPages::~PdfPages()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont PdfPages::font(qreal pointSize, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QRectF PdfPages::contentRect() const
{
    const QSizeF page = pageSizeOf(m_size).size(QPageSize::Millimeter);
    const qreal margin = m_size == PageSize::A4 ? kA4MarginMm : kLabelMarginMm;
    return QRectF(mm(margin), mm(margin), mm(page.width() - 2 * margin), mm(page.height() - 2 * margin));
}

bool PdfPages::startPage()
{
    if (m_failed)
        return false;
    if (m_pagesWritten == 0) {
        if (!m_painter.begin(m_writer.get())) {
            m_failed = true;
            return false;
        }
    } else if (!m_writer->newPage()) {
        m_failed = true;
        return false;
    }
    ++m_pagesWritten;
    return true;
}

Result<int> PdfPages::paginate(int rowCount, const Layout &layout, const HeaderPainter &header,
                               const RowPainter &row, const QString &footerText)
{
    const QRectF content = contentRect();
    const qreal bodyHeight = content.height() - mm(layout.headerMm) - mm(layout.footerMm);
    const int rowsPerPage = int(bodyHeight / mm(layout.rowMm));
    if (rowsPerPage < 1)
        return Error::make(Error::Kind::BadInput, PrintText::tr("The page is too small for one row of this document."));
    const int pages = std::max(1, (rowCount + rowsPerPage - 1) / rowsPerPage);
    const QFont footerFont = font(7);
    for (int page = 0; page < pages; ++page) {
        if (!startPage())
            return Error::make(Error::Kind::BadInput, PrintText::tr("Could not write the PDF (is the disk full?)."));
        const QRectF headerRect(content.left(), content.top(), content.width(), mm(layout.headerMm));
        header(m_painter, headerRect, page + 1, pages);
        const int first = page * rowsPerPage;
        const int last = std::min(rowCount, first + rowsPerPage);
        for (int i = first; i < last; ++i) {
            const QRectF rowRect(content.left(), headerRect.bottom() + (i - first) * mm(layout.rowMm),
                                 content.width(), mm(layout.rowMm));
            m_painter.save();
            row(m_painter, rowRect, i);
            m_painter.restore();
        }
        const QRectF footer(content.left(), content.bottom() - mm(layout.footerMm), content.width(),
                            mm(layout.footerMm));
        m_painter.setFont(footerFont);
        m_painter.setPen(Qt::black);
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerText);
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, PrintText::tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return pages;
}

Status PdfPages::finish()
{
    if (m_pagesWritten == 0 && !startPage())
        m_failed = true;
    if (m_painter.isActive())
        m_painter.end();
    if (m_failed)
        return Error::make(Error::Kind::BadInput, PrintText::tr("Could not write the PDF (is the disk full?)."));
    return Done{};
}

Result<int> renderToFile(const QString &path, const std::function<Result<int>(QIODevice *)> &render)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::BadInput, PrintText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto pages = render(&file);
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return Error::make(Error::Kind::BadInput, PrintText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace backroom::print
