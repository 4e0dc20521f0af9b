#include "payments/qrmatrix.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>

namespace backroom::payments {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::payments::QrMatrix", text); }

QRecLevel qrencodeLevel(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::L: return QR_ECLEVEL_L;
    case QrErrorCorrection::M: return QR_ECLEVEL_M;
    case QrErrorCorrection::Q: return QR_ECLEVEL_Q;
    case QrErrorCorrection::H: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrcodeFree {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

Result<QrMatrix> QrMatrix::encode(const QByteArray &text, QrErrorCorrection level)
{
    if (text.isEmpty())
        return Error::make(Error::Kind::BadInput, tr("Nothing to put in the QR code."));
    if (text.contains('\0'))
        return Error::make(Error::Kind::BadInput, tr("The QR code text has a NUL character."));
    // Version 0: the smallest that fits. libqrencode splits the text into numeric, alphanumeric and 8-bit
    // segments itself (QR_MODE_8 only says how to treat what is neither); case-sensitive keeps lower case.
    errno = 0;
    std::unique_ptr<QRcode, QrcodeFree> code(QRcode_encodeString(text.constData(), 0, qrencodeLevel(level), QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return Error::make(Error::Kind::BadInput,
                               tr("The text is too long for a QR code (%1 bytes).").arg(text.size()));
        return Error::make(Error::Kind::Query, tr("Could not encode the QR code: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    }
    QrMatrix matrix;
    matrix.m_size = code->width;
    matrix.m_version = code->version;
    matrix.m_dark.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < matrix.m_dark.size(); ++i)
        matrix.m_dark[i] = (code->data[i] & 1) != 0;   // bit 0: dark; the other bits say which part it is
    return matrix;
}

} // namespace backroom::payments
