#include "warehouseprint.h"

#include "packingslippdf.h"
#include "picklistpdf.h"

namespace backroom::ui {

QString waveCode(qint64 waveId)
{
    return QStringLiteral("W%1").arg(waveId);
}

print::PickListPrint pickListPrint(const warehouse::PickListDocument &doc)
{
    print::PickListPrint out;
    out.waveId = doc.wave.id;
    out.waveCode = waveCode(doc.wave.id);
    out.picker = doc.picker;
    out.created = doc.printedAt.isValid() ? doc.printedAt : doc.wave.createdAt;
    for (const warehouse::PickTaskLine &t : doc.lines) {
        print::PickListPrintLine line;
        line.binCode = t.binCode;
        line.pickSeq = t.pickSeq;
        line.sku = t.sku;
        line.name = t.nameEn;
        line.nameTh = t.nameTh;
        line.barcode = t.barcode;
        line.qty = t.qty;
        line.orderIds = t.orderIds;
        out.lines.append(line);
    }
    return out;
}

print::PackingSlipPrint packingSlipPrint(const warehouse::PackingSlipDocument &doc)
{
    print::PackingSlipPrint out;
    out.orderId = doc.orderId;
    out.channel = doc.channel;
    out.created = doc.paidAt.isValid() ? doc.paidAt : doc.printedAt;
    for (const warehouse::PackingLine &l : doc.lines)
        out.lines.append(print::PackingSlipPrintLine{l.sku, l.nameEn, l.nameTh, l.barcode, l.qty});
    return out;
}

Result<int> writePickListPdf(const warehouse::PickListDocument &doc, print::PageSize size, const QString &path)
{
    return print::renderPickList(pickListPrint(doc), size, path);
}

Result<int> writePackingSlipPdf(const warehouse::PackingSlipDocument &doc, print::PageSize size, const QString &path)
{
    return print::renderPackingSlip(packingSlipPrint(doc), size, path);
}

} // namespace backroom::ui
