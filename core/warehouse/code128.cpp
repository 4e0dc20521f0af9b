#include "code128.h"

#include <QCoreApplication>
#include <array>

namespace backroom::warehouse {

namespace {

struct Code128Text {
    Q_DECLARE_TR_FUNCTIONS(backroom::warehouse)
};

constexpr int kStartB = 104;
constexpr int kStartC = 105;
constexpr int kSwitchToC = 99;   // "Code C" when in set B
constexpr int kSwitchToB = 100;  // "Code B" when in set C
constexpr int kStop = 106;
constexpr int kMaxLength = 80;

// Bar/space widths of every symbol value; each sums to 11 modules, the stop (106) has 7 elements and 13.
constexpr std::array<const char *, 107> kPatterns = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

int digitRunAt(const QString &text, int from)
{
    int end = from;
    while (end < text.size() && isDigit(text.at(end)))
        ++end;
    return end - from;
}

// Set C pays off for a run of at least 4 digits at the start or end of the text, or 6 in the middle
// (the switch in and out costs two symbols).
bool worthSetC(const QString &text, int at, int run)
{
    const bool touchesEdge = at == 0 || at + run == text.size();
    if (text.size() == 2 && run == 2)
        return true;
    return run >= (touchesEdge ? 4 : 6);
}

QList<int> dataCodewords(const QString &text)
{
    QList<int> out;
    bool inC = false;
    int i = 0;
    while (i < text.size()) {
        const int run = digitRunAt(text, i);
        if (!inC && run > 0 && worthSetC(text, i, run)) {
            if (run % 2 == 1) {   // the odd digit goes in set B first, the pairs follow in set C
                if (out.isEmpty())
                    out << kStartB;
                out << text.at(i).unicode() - 32;
                ++i;
            }
            out << (out.isEmpty() ? kStartC : kSwitchToC);
            inC = true;
            continue;
        }
        if (inC && run >= 2) {
            out << (text.at(i).unicode() - '0') * 10 + (text.at(i + 1).unicode() - '0');
            i += 2;
            continue;
        }
        if (inC) {
            out << kSwitchToB;
            inC = false;
        }
        if (out.isEmpty())
            out << kStartB;
        out << text.at(i).unicode() - 32;
        ++i;
    }
    return out;
}

} // namespace

int Code128::symbolModules() const
{
    int sum = 0;
    for (int w : widths)
        sum += w;
    return sum;
}

Result<Code128> encodeCode128(const QString &text)
{
    if (text.isEmpty())
        return Error::make(Error::Kind::BadInput, Code128Text::tr("A barcode needs some text to encode."));
    if (text.size() > kMaxLength)
        return Error::make(Error::Kind::BadInput,
                           Code128Text::tr("Text too long for a barcode (%1 characters, at most %2).").arg(text.size()).arg(kMaxLength));
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return Error::make(Error::Kind::BadInput,
                               Code128Text::tr("A Code 128 barcode can hold only plain ASCII letters, digits and signs; "
                                  "\"%1\" contains '%2'.").arg(text, c));
    }
    Code128 code;
    code.text = text;
    code.codewords = dataCodewords(text);
    int sum = code.codewords.first();
    for (int pos = 1; pos < code.codewords.size(); ++pos)
        sum += pos * code.codewords.at(pos);
    code.codewords << sum % 103 << kStop;
    for (int value : std::as_const(code.codewords))
        for (const char *w = kPatterns[std::size_t(value)]; *w; ++w)
            code.widths << (*w - '0');
    return code;
}

} // namespace backroom::warehouse
