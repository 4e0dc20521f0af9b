#pragma once
// QR code images: draws a QrMatrix (core/payments/qrmatrix.h) as black modules on white with a quiet zone,
// and writes it as PNG. QtGui only: QImage needs no QGuiApplication and no display, so the command line
// and headless servers use it too. Any thread (each call works on its own QImage).

#include "payments/qrmatrix.h"
#include "result.h"

#include <QImage>
#include <QString>

namespace backroom::image {

struct QrImageStyle {
    int modulePixels = 8;        // each module is a square this many pixels wide (1 to 40)
    int quietZoneModules = 4;    // light border on each side, in modules (0 to 16): the QR standard asks 4
};

// An 8-bit grayscale image of (size + 2 * quiet zone) * modulePixels pixels per side: 0 dark, 255 light.
// BadInput for a module size outside 1..40 or a quiet zone outside 0..16.
Result<QImage> renderQr(const payments::QrMatrix &matrix, const QrImageStyle &style = {});

// Encodes text at error correction level M and renders it.
Result<QImage> renderQrText(const QString &text, const QrImageStyle &style = {});

// Writes the image as PNG. BadInput (with the reason) if the file cannot be written.
Status writePng(const QImage &image, const QString &path);

// The QR code of a payload as PNG bytes (the store API sends it as base64); empty if it cannot be drawn.
QByteArray qrPngForPayload(const QString &payload, const QrImageStyle &style = {});

} // namespace backroom::image
