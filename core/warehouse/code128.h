#pragma once
// Code 128 barcodes for bins, SKUs, waves and orders: text in, the symbol's bar and space widths out
// (ISO/IEC 15417). Uses code set B for printable ASCII and switches to code set C (two digits per symbol)
// for runs of digits, so numeric order ids and long digit runs print short. Pure QtCore, no painting:
// print/barcodepainter.h draws the widths. Any thread (no shared state).

#include "result.h"

#include <QList>
#include <QString>

namespace backroom::warehouse {

struct Code128 {
    // Light margin each side, in modules: the standard asks at least ten.
    static constexpr int kQuietZoneModules = 10;

    QString text;           // what a scanner reads back
    QList<int> codewords;   // symbol values: start, data (with code set switches), checksum, stop (106)
    QList<int> widths;      // element widths in modules, bar first, alternating bar and space, stop included

    int checksum() const { return codewords.size() >= 2 ? codewords.at(codewords.size() - 2) : -1; }
    // Width of the bars and spaces alone, and with a quiet zone each side.
    int symbolModules() const;
    int totalModules() const { return symbolModules() + 2 * kQuietZoneModules; }
};

// Encodes text of printable ASCII (space to '~', 1 to 80 characters). BadInput, saying which character,
// for anything else (control characters, Thai or other non-ASCII text, empty or too long text).
Result<Code128> encodeCode128(const QString &text);

} // namespace backroom::warehouse
