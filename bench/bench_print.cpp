// Prints how long pick lists and packing slips take to render as PDF (a wave of N lines, A4 and labels)
// and how fast Code 128 encodes. Figures only, never a pass/fail. Runs without a display:
// QT_QPA_PLATFORM=offscreen build/bin/bench_print
#include "packingslippdf.h"
#include "picklistpdf.h"
#include "warehouse/code128.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <cstdio>

using namespace backroom;
using namespace backroom::print;

namespace {

PickListPrint wave(int lines)
{
    PickListPrint list;
    list.waveCode = QStringLiteral("W-000001");
    list.picker = QStringLiteral("bench");
    list.created = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < lines; ++i)
        list.lines << PickListPrintLine{QStringLiteral("A-%1-%2").arg(i / 50).arg(i % 50), i,
                                        QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0')),
                                        QStringLiteral("Jasmine rice 5 kg"), QStringLiteral("ข้าวหอมมะลิ ๕ กิโลกรัม"),
                                        QString(), 1 + i % 3, {qint64(1000 + i)}};
    return list;
}

void timePickList(int lines, PageSize size, const char *sizeName)
{
    const PickListPrint list = wave(lines);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QElapsedTimer clock;
    clock.start();
    const auto pages = renderPickList(list, size, &out);
    std::printf("pick list %5d lines %-6s %4d pages %8.1f ms %8lld KiB\n", lines, sizeName, pages ? *pages : -1,
                clock.nsecsElapsed() / 1e6, static_cast<long long>(out.size() / 1024));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    for (int lines : {10, 100, 1000, 2000}) {
        timePickList(lines, PageSize::A4, "A4");
        timePickList(lines, PageSize::Label100x150, "label");
    }
    QList<PackingSlipPrint> slips;
    for (int i = 0; i < 500; ++i)
        slips << PackingSlipPrint{100000 + i, QStringLiteral("shopee"), QDateTime::currentDateTimeUtc(),
                                  QStringLiteral("คุณสมหญิง ใจดี\n99/1 ถนนสุขุมวิท กรุงเทพฯ 10110"),
                                  {{QStringLiteral("SKU-000001"), QStringLiteral("Fish sauce"), QStringLiteral("น้ำปลา"), {}, 2}}};
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QElapsedTimer clock;
    clock.start();
    const auto pages = renderPackingSlips(slips, PageSize::Label100x150, &out);
    std::printf("packing slips %d orders on labels: %d pages %.1f ms\n", int(slips.size()), pages ? *pages : -1,
                clock.nsecsElapsed() / 1e6);
    clock.restart();
    int ok = 0;
    for (int i = 0; i < 100000; ++i)
        ok += warehouse::encodeCode128(QStringLiteral("SKU-%1").arg(i)) ? 1 : 0;
    std::printf("code 128: %d encodes in %.1f ms\n", ok, clock.nsecsElapsed() / 1e6);
    return 0;
}
