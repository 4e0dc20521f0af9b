#include "qrimage.h"

#include <QBuffer>

#include <QCoreApplication>
#include <QImageWriter>
#include <algorithm>

namespace backroom::image {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("backroom::image::QrImage", text); }
} // namespace

Result<QImage> renderQr(const payments::QrMatrix &matrix, const QrImageStyle &style)
{
    if (style.modulePixels < 1 || style.modulePixels > 40)
        return Error::make(Error::Kind::BadInput,
                           tr("A QR module must be 1 to 40 pixels wide, not %1.").arg(style.modulePixels));
    if (style.quietZoneModules < 0 || style.quietZoneModules > 16)
        return Error::make(Error::Kind::BadInput,
                           tr("The quiet zone must be 0 to 16 modules, not %1.").arg(style.quietZoneModules));
    const int modules = matrix.size() + 2 * style.quietZoneModules;
    const int side = modules * style.modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return Error::make(Error::Kind::BadInput, tr("A %1 x %1 pixel image is too large.").arg(side));
    image.fill(255);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (!matrix.dark(x, y))
                continue;
            const int left = (x + style.quietZoneModules) * style.modulePixels;
            const int top = (y + style.quietZoneModules) * style.modulePixels;
            for (int row = top; row < top + style.modulePixels; ++row)
                std::fill_n(image.scanLine(row) + left, style.modulePixels, uchar(0));
        }
    }
    return image;
}

Result<QImage> renderQrText(const QString &text, const QrImageStyle &style)
{
    const auto matrix = payments::QrMatrix::encode(text.toUtf8(), payments::QrErrorCorrection::M);
    if (!matrix)
        return matrix.error();
    return renderQr(*matrix, style);
}

Status writePng(const QImage &image, const QString &path)
{
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return Error::make(Error::Kind::BadInput,
                           tr("Could not write the PNG %1: %2.").arg(path, writer.errorString()));
    return Done{};
}

QByteArray qrPngForPayload(const QString &payload, const QrImageStyle &style)
{
    auto image = renderQrText(payload, style);
    if (!image)
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image->save(&buffer, "PNG"))
        return {};
    return bytes;
}

} // namespace backroom::image
