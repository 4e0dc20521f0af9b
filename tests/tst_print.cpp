// Printing: Code 128 encoding (known vectors), pick lists and packing slips as PDF in A4 and 100 x 150 mm
// label sizes with Thai and English text, page breaks with the header repeated, and the barcodes read
// back from the rendered pages. Reading back needs poppler-utils (pdftoppm, pdftotext, pdfinfo, pdffonts)
// and zbar-tools (zbarimg): without them those checks are skipped with the reason. No PostgreSQL here.

#include "barcodepainter.h"
#include "packingslippdf.h"
#include "pdfpages.h"
#include "picklistpdf.h"
#include "screenshots.h"
#include "warehouse/code128.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace backroom;
using namespace backroom::print;
using warehouse::encodeCode128;

namespace {

const QStringList kThaiNames = {QStringLiteral("ผ้าขนหนูสีขาว"), QStringLiteral("แก้วกาแฟเซรามิก"),
                                QStringLiteral("เสื้อยืดสีแดง ไซซ์ใหญ่"), QStringLiteral("น้ำปลาแท้ ๗๐๐ มล."),
                                QStringLiteral("ข้าวหอมมะลิ ๕ กิโลกรัม")};
const QStringList kEnglishNames = {QStringLiteral("White bath towel"), QStringLiteral("Ceramic coffee mug"),
                                   QStringLiteral("Red T-shirt, size L"), QStringLiteral("Fish sauce 700 ml"),
                                   QStringLiteral("Jasmine rice 5 kg")};

PickListPrint pickList(int lines)
{
    PickListPrint list;
    list.waveId = 42;
    list.waveCode = QStringLiteral("W-000042");
    list.picker = QStringLiteral("Somchai");
    list.created = QDateTime(QDate(2026, 11, 29), QTime(8, 30), Qt::UTC);
    for (int i = 0; i < lines; ++i) {
        PickListPrintLine line;
        line.pickSeq = (i + 1) * 10;
        line.binCode = QStringLiteral("A-%1-%2").arg(i / 10 + 1, 2, 10, QLatin1Char('0')).arg(i % 10 + 1, 2, 10, QLatin1Char('0'));
        line.sku = QStringLiteral("SKU-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        line.name = kEnglishNames.at(i % kEnglishNames.size());
        line.nameTh = kThaiNames.at(i % kThaiNames.size());
        line.barcode = QStringLiteral("885%1").arg(1000000000 + i);
        line.qty = i % 4 + 1;
        line.orderIds = {1000 + i, 2000 + i};
        list.lines << line;
    }
    return list;
}

PackingSlipPrint packingSlip(qint64 orderId, int lines)
{
    PackingSlipPrint slip;
    slip.orderId = orderId;
    slip.channel = QStringLiteral("shopee");
    slip.created = QDateTime(QDate(2026, 11, 29), QTime(9, 15), Qt::UTC);
    slip.shipTo = QStringLiteral("คุณสมหญิง ใจดี\n99/1 ถนนสุขุมวิท แขวงคลองเตย\nกรุงเทพฯ 10110\n081-234-5678");
    for (int i = 0; i < lines; ++i)
        slip.lines << PackingSlipPrintLine{QStringLiteral("SKU-%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                                           kEnglishNames.at(i % kEnglishNames.size()),
                                           kThaiNames.at(i % kThaiNames.size()), QString(), i % 3 + 1};
    return slip;
}

QString tool(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

// Runs a tool to completion and returns its standard output (empty on failure, with a warning).
QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << program << args << "did not finish";
        return {};
    }
    return process.readAllStandardOutput();
}

int pdfPageCount(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(tool("pdfinfo"), {pdf}));
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(runTool(tool("pdftotext"), args));
}

// Renders one page to PNG (prefix.png) and returns its path.
QString renderPage(const QString &pdf, int page, int dpi, const QString &prefix)
{
    runTool(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                               QString::number(page), QStringLiteral("-l"), QString::number(page),
                               QStringLiteral("-singlefile"), pdf, prefix});
    return prefix + QStringLiteral(".png");
}

QStringList decodeBarcodes(const QString &png)
{
    const QString out = QString::fromUtf8(runTool(tool("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                                     QStringLiteral("-Sdisable"),
                                                                     QStringLiteral("-Scode128.enable"), png}));
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Text as pdftotext gives it back, made comparable: no spaces, ligatures unfolded (NFKC), and no Thai
// marks above or below the line: the Thai font draws some tone marks with shifted glyphs that come back as
// private-use characters (U+F70x, the page shows them right: see the screenshots), so the check is on the
// base letters, in order.
QString comparable(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    s.remove(QRegularExpression(QStringLiteral("[\\p{Mn}\\p{Co}]")));
    return s;
}

} // namespace

class TestPrint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void code128EncodesKnownVectors_data();
    void code128EncodesKnownVectors();
    void code128WidthsFollowTheSymbols();
    void code128RefusesWhatItCannotHold_data();
    void code128RefusesWhatItCannotHold();

    void printFontHasThaiGlyphs();
    void pickListA4HasThaiTextAndReadableBarcodes();
    void pickListLabelHasReadableBarcodes();
    void longPickListBreaksPagesWithHeaderOnEach();
    void packingSlipA4ShowsOrderBarcodeAndThaiAddress();
    void packingSlipLabelsPutOneOrderPerLabel();
    void unwritablePathIsBadInput();

private:
    bool havePoppler() const { return !tool("pdftoppm").isEmpty() && !tool("pdftotext").isEmpty() && !tool("pdfinfo").isEmpty(); }
    bool haveZbar() const { return !tool("zbarimg").isEmpty(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPrint::code128EncodesKnownVectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("codewords");   // without the stop symbol
    // Checksums worked out by hand: (start + sum of position * value) mod 103.
    QTest::newRow("set B letters") << QStringLiteral("AB") << QList<int>{104, 33, 34, 102};
    QTest::newRow("short digit run stays in B") << QStringLiteral("PJJ123C")
                                                << QList<int>{104, 48, 42, 42, 17, 18, 19, 35, 55};
    QTest::newRow("even digits start in C") << QStringLiteral("12345678") << QList<int>{105, 12, 34, 56, 78, 47};
    QTest::newRow("odd digits: one in B, then C") << QStringLiteral("12345") << QList<int>{104, 17, 99, 23, 45, 53};
    QTest::newRow("digit tail switches to C") << QStringLiteral("SKU-1234567890")
                                              << QList<int>{104, 51, 43, 53, 13, 99, 12, 34, 56, 78, 90, 11};
    // B, 6 digits in the middle in C, back to B: 104+33+2*99+3*12+4*34+5*56+6*100+7*34 = 1625, mod 103 = 80
    QTest::newRow("middle run goes to C and back") << QStringLiteral("A123456B")
                                                   << QList<int>{104, 33, 99, 12, 34, 56, 100, 34, 80};
    QTest::newRow("two digits") << QStringLiteral("42") << QList<int>{105, 42, 44};
}

void TestPrint::code128EncodesKnownVectors()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, codewords);
    const auto code = encodeCode128(text);
    QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
    QCOMPARE(code->text, text);
    QCOMPARE(code->codewords.last(), 106);
    QCOMPARE(code->codewords.mid(0, code->codewords.size() - 1), codewords);
    QCOMPARE(code->checksum(), codewords.last());
}

void TestPrint::code128WidthsFollowTheSymbols()
{
    const auto code = encodeCode128(QStringLiteral("BIN-A-01-07"));
    QVERIFY(code);
    const int symbols = int(code->codewords.size());
    QCOMPARE(code->widths.size(), 6 * (symbols - 1) + 7);
    QCOMPARE(code->symbolModules(), 11 * (symbols - 1) + 13);
    QCOMPARE(code->totalModules(), code->symbolModules() + 20);
    for (int w : code->widths)
        QVERIFY(w >= 1 && w <= 4);
    QCOMPARE(code->widths.mid(0, 6), (QList<int>{2, 1, 1, 2, 1, 4}));   // start B
    QCOMPARE(code->widths.mid(code->widths.size() - 7), (QList<int>{2, 3, 3, 1, 1, 1, 2}));   // stop
}

void TestPrint::code128RefusesWhatItCannotHold_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("thai") << QStringLiteral("ผ้า");
    QTest::newRow("tab") << QStringLiteral("A\tB");
    QTest::newRow("too long") << QString(81, QLatin1Char('X'));
}

void TestPrint::code128RefusesWhatItCannotHold()
{
    QFETCH(QString, text);
    const auto code = encodeCode128(text);
    QVERIFY(!code);
    QCOMPARE(code.error().kind, Error::Kind::BadInput);
    QVERIFY(!code.error().message.isEmpty());
}

void TestPrint::printFontHasThaiGlyphs()
{
    const QString family = printFontFamily();
    QVERIFY2(QFontDatabase::families(QFontDatabase::Thai).contains(family),
             qPrintable(QStringLiteral("%1 has no Thai: install fonts-thai-tlwg").arg(family)));
    QFont font(family);
    for (const QString &name : kThaiNames)
        QVERIFY2(fontHasGlyphs(font, name), qPrintable(name));
    // Sanity of the check itself: a script the Thai fonts do not cover fails it.
    QVERIFY(!fontHasGlyphs(font, QStringLiteral("\u10D0\u10D1")));   // Georgian
}

void TestPrint::pickListA4HasThaiTextAndReadableBarcodes()
{
    const PickListPrint list = pickList(5);
    const QString pdf = path(QStringLiteral("picklist-a4.pdf"));
    const auto pages = renderPickList(list, PageSize::A4, pdf);
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    QCOMPARE(*pages, 1);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    if (!havePoppler())
        QSKIP("poppler-utils (pdftoppm, pdftotext, pdfinfo) not installed: cannot read the PDF back");
    QCOMPARE(pdfPageCount(pdf), 1);
    const QString text = comparable(pdfText(pdf));
    for (const auto &line : list.lines) {
        QVERIFY2(text.contains(comparable(line.nameTh)), qPrintable(line.nameTh));
        QVERIFY2(text.contains(comparable(line.name)), qPrintable(line.name));
    }
    QVERIFY(text.contains(QStringLiteral("Page1of1")));
    if (!tool("pdffonts").isEmpty())
        QVERIFY(QString::fromUtf8(runTool(tool("pdffonts"), {pdf})).contains(printFontFamily()));
    QFile::remove(test::screenshotPath(QStringLiteral("print-picklist-a4.png")));
    QVERIFY(QFile::copy(renderPage(pdf, 1, 100, path(QStringLiteral("a4-100dpi"))),
                        test::screenshotPath(QStringLiteral("print-picklist-a4.png"))));
    if (!haveZbar())
        QSKIP("zbar-tools (zbarimg) not installed: cannot decode the barcodes");
    const QStringList decoded = decodeBarcodes(renderPage(pdf, 1, 300, path(QStringLiteral("a4-300dpi"))));
    QSet<QString> expected{list.waveCode};
    for (const auto &line : list.lines)
        expected << line.binCode << line.sku;
    QCOMPARE(QSet<QString>(decoded.begin(), decoded.end()), expected);
}

void TestPrint::pickListLabelHasReadableBarcodes()
{
    const PickListPrint list = pickList(3);
    const QString pdf = path(QStringLiteral("picklist-label.pdf"));
    const auto pages = renderPickList(list, PageSize::Label100x150, pdf);
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    QCOMPARE(*pages, 1);
    if (!havePoppler())
        QSKIP("poppler-utils not installed: cannot read the PDF back");
    const QString info = QString::fromUtf8(runTool(tool("pdfinfo"), {pdf}));
    QVERIFY2(info.contains(QStringLiteral("283 x 425 pts")), qPrintable(info));   // 100 x 150 mm in points
    QVERIFY(comparable(pdfText(pdf)).contains(comparable(list.lines.at(2).nameTh)));
    QFile::remove(test::screenshotPath(QStringLiteral("print-picklist-label.png")));
    QVERIFY(QFile::copy(renderPage(pdf, 1, 100, path(QStringLiteral("label-100dpi"))),
                        test::screenshotPath(QStringLiteral("print-picklist-label.png"))));
    if (!haveZbar())
        QSKIP("zbar-tools not installed: cannot decode the barcodes");
    const QStringList decoded = decodeBarcodes(renderPage(pdf, 1, 300, path(QStringLiteral("label-300dpi"))));
    QSet<QString> expected{list.waveCode};
    for (const auto &line : list.lines)
        expected << line.binCode << line.sku;
    QCOMPARE(QSet<QString>(decoded.begin(), decoded.end()), expected);
}

void TestPrint::longPickListBreaksPagesWithHeaderOnEach()
{
    const PickListPrint list = pickList(60);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto pages = renderPickList(list, PageSize::A4, &buffer);
    QVERIFY(pages);
    QVERIFY2(*pages >= 5 && *pages <= 10, qPrintable(QString::number(*pages)));   // 60 rows of 24 mm on A4
    const QString pdf = path(QStringLiteral("long.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    if (!havePoppler())
        QSKIP("poppler-utils not installed: cannot read the pages back");
    QCOMPARE(pdfPageCount(pdf), *pages);
    int lastPageSeen = 1;
    int nextLine = 0;
    for (int page = 1; page <= *pages; ++page) {
        const QString text = comparable(pdfText(pdf, page));
        QVERIFY2(text.contains(QStringLiteral("PicklistW-000042")), qPrintable(QString::number(page)));
        QVERIFY(text.contains(QStringLiteral("Page%1of%2").arg(page).arg(*pages)));
        // The lines continue in walking order: each page holds the next SKUs, none twice.
        while (nextLine < list.lines.size() && text.contains(list.lines.at(nextLine).sku)) {
            QCOMPARE(text.count(list.lines.at(nextLine).sku), 1);
            lastPageSeen = page;
            ++nextLine;
        }
    }
    QCOMPARE(nextLine, int(list.lines.size()));
    QCOMPARE(lastPageSeen, *pages);
}

void TestPrint::packingSlipA4ShowsOrderBarcodeAndThaiAddress()
{
    const PackingSlipPrint slip = packingSlip(1234567, 4);
    const QString pdf = path(QStringLiteral("slip-a4.pdf"));
    const auto pages = renderPackingSlip(slip, PageSize::A4, pdf);
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    QCOMPARE(*pages, 1);
    if (!havePoppler())
        QSKIP("poppler-utils not installed: cannot read the PDF back");
    const QString text = comparable(pdfText(pdf));
    QVERIFY(text.contains(comparable(QStringLiteral("ถนนสุขุมวิท แขวงคลองเตย"))));
    QVERIFY(text.contains(comparable(slip.lines.at(1).nameTh)));
    QFile::remove(test::screenshotPath(QStringLiteral("print-packingslip-a4.png")));
    QVERIFY(QFile::copy(renderPage(pdf, 1, 100, path(QStringLiteral("slip-100dpi"))),
                        test::screenshotPath(QStringLiteral("print-packingslip-a4.png"))));
    if (!haveZbar())
        QSKIP("zbar-tools not installed: cannot decode the barcodes");
    const QStringList decoded = decodeBarcodes(renderPage(pdf, 1, 300, path(QStringLiteral("slip-300dpi"))));
    QSet<QString> expected{orderBarcodeText(slip.orderId)};
    for (const auto &line : slip.lines)
        expected << line.sku;
    QCOMPARE(QSet<QString>(decoded.begin(), decoded.end()), expected);
}

void TestPrint::packingSlipLabelsPutOneOrderPerLabel()
{
    const QList<PackingSlipPrint> slips{packingSlip(501, 2), packingSlip(502, 1), packingSlip(503, 3)};
    const QString pdf = path(QStringLiteral("slips-label.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const auto pages = renderPackingSlips(slips, PageSize::Label100x150, &file);
    file.close();
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    QCOMPARE(*pages, 3);
    if (!havePoppler())
        QSKIP("poppler-utils not installed: cannot read the PDF back");
    QCOMPARE(pdfPageCount(pdf), 3);
    for (int page = 1; page <= 3; ++page) {
        const QString text = comparable(pdfText(pdf, page));
        QVERIFY(text.contains(QStringLiteral("order#%1").arg(slips.at(page - 1).orderId)));
        QVERIFY(text.contains(QStringLiteral("Page1of1")));
    }
    QFile::remove(test::screenshotPath(QStringLiteral("print-packingslip-label.png")));
    QVERIFY(QFile::copy(renderPage(pdf, 3, 100, path(QStringLiteral("slips-100dpi"))),
                        test::screenshotPath(QStringLiteral("print-packingslip-label.png"))));
    if (haveZbar()) {
        const QStringList decoded = decodeBarcodes(renderPage(pdf, 3, 300, path(QStringLiteral("slips-300dpi"))));
        QCOMPARE(QSet<QString>(decoded.begin(), decoded.end()),
                 (QSet<QString>{QStringLiteral("503"), QStringLiteral("SKU-0001"), QStringLiteral("SKU-0002"),
                                QStringLiteral("SKU-0003")}));
    }
    // A long order continues on a second label of its own, counted "Page n of 2".
    const QString longPdf = path(QStringLiteral("slip-long-label.pdf"));
    const auto longPages = renderPackingSlip(packingSlip(777, 9), PageSize::Label100x150, longPdf);
    QVERIFY(longPages);
    QVERIFY(*longPages >= 2);
    QVERIFY(comparable(pdfText(longPdf, *longPages)).contains(QStringLiteral("Page%1of%1").arg(*longPages)));
}

void TestPrint::unwritablePathIsBadInput()
{
    const auto pages = renderPickList(pickList(1), PageSize::A4, path(QStringLiteral("no/such/dir/x.pdf")));
    QVERIFY(!pages);
    QCOMPARE(pages.error().kind, Error::Kind::BadInput);
    QVERIFY(!QFile::exists(path(QStringLiteral("no/such/dir/x.pdf"))));
    QVERIFY(!renderPackingSlips({}, PageSize::A4, nullptr));
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
