#pragma once
// QrMatrix: a QR code symbol as a square of dark and light modules, encoded by libqrencode. Kept free of
// QtGui so that core stays GUI-free: image/qrimage.h turns a matrix into a QImage or a PNG. Any thread
// (Debian's libqrencode is built thread-safe).

#include "result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace backroom::payments {

// How much of the symbol may be damaged and still read: L 7 %, M 15 %, Q 25 %, H 30 %.
enum class QrErrorCorrection { L, M, Q, H };

class QrMatrix {
public:
    // Encodes text (ASCII or UTF-8) in the smallest QR version that holds it. BadInput if it is empty or
    // too long for any version at this level.
    static Result<QrMatrix> encode(const QByteArray &text, QrErrorCorrection level = QrErrorCorrection::M);

    int size() const { return m_size; }   // modules per side, without the quiet zone
    int version() const { return m_version; }
    bool dark(int x, int y) const { return m_dark[std::size_t(y) * std::size_t(m_size) + std::size_t(x)]; }

private:
    int m_size = 0;
    int m_version = 0;
    std::vector<bool> m_dark;   // row by row
};

} // namespace backroom::payments
