#include "payments/promptpay.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace backroom::payments {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::payments::PromptPay", text); }

const QString kPromptPayAid = QStringLiteral("A000000677010111");
const QString kCurrencyBaht = QStringLiteral("764");
const QString kCountryThailand = QStringLiteral("TH");
const QString kStaticQr = QStringLiteral("11");
const QString kDynamicQr = QStringLiteral("12");

namespace Tag {
const QString formatIndicator = QStringLiteral("00");
const QString pointOfInitiation = QStringLiteral("01");
const QString promptPayAccount = QStringLiteral("29");
const QString currency = QStringLiteral("53");
const QString amount = QStringLiteral("54");
const QString country = QStringLiteral("58");
const QString crc = QStringLiteral("63");
} // namespace Tag

namespace SubTag {
const QString aid = QStringLiteral("00");
const QString phone = QStringLiteral("01");
const QString nationalId = QStringLiteral("02");
const QString eWallet = QStringLiteral("03");
} // namespace SubTag

Error badInput(const QString &message) { return Error::make(Error::Kind::BadInput, message); }

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Drops what people put between digit groups: spaces, dashes, dots, brackets.
QString withoutSeparators(const QString &text)
{
    QString kept;
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('(')
            && c != QLatin1Char(')'))
            kept += c;
    return kept;
}

QString field(const QString &tag, const QString &value)
{
    return tag + QStringLiteral("%1").arg(value.size(), 2, 10, QLatin1Char('0')) + value;
}

// "0812345678" from a phone's tag-29 form "0066812345678" (13 digits, 66 and the number without its 0).
std::optional<QString> phoneFromEncoded(const QString &encoded)
{
    if (encoded.size() != 13 || !allDigits(encoded) || !encoded.startsWith(QLatin1String("0066")))
        return std::nullopt;
    return QLatin1Char('0') + encoded.mid(4);
}

Status checkMerchantAccount(const QList<TlvField> &account)
{
    const auto aid = tlvValue(account, SubTag::aid);
    if (!aid || *aid != kPromptPayAid)
        return badInput(tr("Tag 29 does not hold the PromptPay AID %1.").arg(kPromptPayAid));
    return Done{};
}

Result<PromptPayProxy> proxyFromAccount(const QString &accountValue)
{
    const auto account = parseTlv(accountValue);
    if (!account)
        return badInput(tr("Tag 29 (PromptPay account) is malformed: %1").arg(account.error().message));
    if (auto st = checkMerchantAccount(*account); !st)
        return st.error();
    QList<TlvField> proxies;
    for (const TlvField &f : *account)
        if (f.tag == SubTag::phone || f.tag == SubTag::nationalId || f.tag == SubTag::eWallet)
            proxies.append(f);
    if (proxies.size() != 1)
        return badInput(tr("Tag 29 must hold exactly one proxy (01 phone, 02 national/tax ID, 03 e-wallet), "
                           "found %1.").arg(proxies.size()));
    const TlvField &proxy = proxies.first();
    if (proxy.tag == SubTag::phone) {
        const auto phone = phoneFromEncoded(proxy.value);
        if (!phone)
            return badInput(tr("Tag 29.01 must be a phone number as 13 digits starting 0066, got '%1'.")
                                .arg(proxy.value));
        return parsePhoneProxy(*phone);
    }
    if (proxy.tag == SubTag::nationalId)
        return parseIdProxy(proxy.value);
    return parseEWalletProxy(proxy.value);
}

Status requireValue(const QList<TlvField> &fields, const QString &tag, const QString &expected, const char *what)
{
    const auto value = tlvValue(fields, tag);
    if (!value || *value != expected)
        return badInput(tr("Tag %1 (%2) must be '%3', found '%4'.")
                            .arg(tag, tr(what), expected, value.value_or(tr("nothing"))));
    return Done{};
}

} // namespace

// ---- Proxies ----

QString PromptPayProxy::encodedValue() const
{
    if (kind != ProxyKind::Phone)
        return digits;
    return (QStringLiteral("66") + digits.mid(1)).rightJustified(13, QLatin1Char('0'));
}

QString PromptPayProxy::subTag() const
{
    switch (kind) {
    case ProxyKind::Phone: return SubTag::phone;
    case ProxyKind::NationalId: return SubTag::nationalId;
    case ProxyKind::EWallet: return SubTag::eWallet;
    }
    return SubTag::phone;
}

QString PromptPayProxy::typeName() const
{
    switch (kind) {
    case ProxyKind::Phone: return QStringLiteral("phone");
    case ProxyKind::NationalId:
        return digits.startsWith(QLatin1Char('0')) ? QStringLiteral("tax_id") : QStringLiteral("national_id");
    case ProxyKind::EWallet: return QStringLiteral("e_wallet");
    }
    return QString();
}

Result<PromptPayProxy> parsePhoneProxy(const QString &text)
{
    QString digits = withoutSeparators(text);
    if (digits.startsWith(QLatin1Char('+'))) {
        if (!digits.startsWith(QLatin1String("+66")))
            return badInput(tr("'%1' is not a Thai number: PromptPay takes Thai mobile numbers (+66 or 0...).")
                                .arg(text));
        digits = digits.mid(1);
    }
    if (!allDigits(digits))
        return badInput(tr("'%1' is not a phone number: use digits, with or without dashes or spaces.").arg(text));
    QString local;
    if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')))
        local = digits;
    else if (digits.size() == 11 && digits.startsWith(QLatin1String("66")))
        local = QLatin1Char('0') + digits.mid(2);
    else if (digits.size() == 12 && digits.startsWith(QLatin1String("660")))   // "+66 081..."
        local = digits.mid(2);
    else
        return badInput(tr("'%1' is not a mobile number: write 10 digits starting with 0 (081-234-5678) or +66 "
                           "and 9 digits.").arg(text));
    const QChar network = local.at(1);
    if (network != QLatin1Char('6') && network != QLatin1Char('8') && network != QLatin1Char('9'))
        return badInput(tr("'%1' is not a Thai mobile number (06, 08 or 09): PromptPay does not take landlines.")
                            .arg(text));
    return PromptPayProxy{ProxyKind::Phone, local};
}

int thaiIdCheckDigit(const QString &firstTwelveDigits)
{
    if (firstTwelveDigits.size() != 12 || !allDigits(firstTwelveDigits))
        return -1;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += firstTwelveDigits.at(i).digitValue() * (13 - i);
    return (11 - sum % 11) % 10;
}

bool thaiIdChecksumValid(const QString &thirteenDigits)
{
    return thirteenDigits.size() == 13 && allDigits(thirteenDigits)
        && thaiIdCheckDigit(thirteenDigits.left(12)) == thirteenDigits.at(12).digitValue();
}

Result<PromptPayProxy> parseIdProxy(const QString &text)
{
    const QString digits = withoutSeparators(text);
    if (!allDigits(digits))
        return badInput(tr("'%1' is not a national or tax ID: use its 13 digits, with or without dashes.").arg(text));
    if (digits.size() != 13)
        return badInput(tr("'%1' has %2 digits: a national or tax ID has 13.").arg(text).arg(digits.size()));
    if (!thaiIdChecksumValid(digits)) {
        QString hint;
        if (digits.startsWith(QLatin1String("0066")))
            hint = tr(" For a phone number, give it as 0%1, not in its QR form.").arg(digits.mid(4));
        return badInput(tr("'%1' is not a valid national or tax ID: its last digit should be %2. Check it for a "
                           "typing error.%3").arg(text).arg(thaiIdCheckDigit(digits.left(12))).arg(hint));
    }
    return PromptPayProxy{ProxyKind::NationalId, digits};
}

Result<PromptPayProxy> parseEWalletProxy(const QString &text)
{
    const QString digits = withoutSeparators(text);
    if (!allDigits(digits) || digits.size() != 15)
        return badInput(tr("'%1' is not an e-wallet ID: it has 15 digits.").arg(text));
    return PromptPayProxy{ProxyKind::EWallet, digits};
}

Result<PromptPayProxy> parseProxy(const QString &text)
{
    const QString cleaned = withoutSeparators(text);
    if (cleaned.startsWith(QLatin1Char('+')))
        return parsePhoneProxy(text);
    if (cleaned.isEmpty())
        return badInput(tr("No PromptPay ID given: give a mobile number, a 13-digit national or tax ID, or a "
                           "15-digit e-wallet ID."));
    if (!allDigits(cleaned))
        return badInput(tr("'%1' is not a PromptPay ID: use digits only (a mobile number, a 13-digit national or "
                           "tax ID, or a 15-digit e-wallet ID).").arg(text));
    switch (cleaned.size()) {
    case 10:
    case 11:
    case 12:
        return parsePhoneProxy(text);
    case 13:
        return parseIdProxy(text);
    case 15:
        return parseEWalletProxy(text);
    default:
        return badInput(tr("'%1' has %2 digits: a PromptPay ID is a mobile number (10 digits), a national or tax "
                           "ID (13) or an e-wallet ID (15).").arg(text).arg(cleaned.size()));
    }
}

// ---- Amounts ----

Status checkAmount(qint64 satang)
{
    if (satang <= 0)
        return badInput(tr("The amount must be more than zero."));
    if (satang > kMaxAmountSatang)
        return badInput(tr("The amount must be at most %1 THB.").arg(formatAmount(kMaxAmountSatang)));
    return Done{};
}

Result<qint64> parseAmount(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?$"));
    const QString trimmed = text.trimmed();
    const auto match = shape.match(trimmed);
    if (trimmed.startsWith(QLatin1Char('-')))
        return badInput(tr("The amount '%1' must be more than zero.").arg(text));
    if (!match.hasMatch())
        return badInput(tr("'%1' is not an amount in baht: write it like 123.45 (a dot, no commas).").arg(text));
    const QString whole = match.captured(1);
    const QString decimals = match.captured(2);
    if (decimals.size() > 2)
        return badInput(tr("The amount '%1' has more than two decimals: baht have 100 satang.").arg(text));
    if (whole.size() > 12)   // keeps the arithmetic below far from overflow; checkAmount gives the message
        return badInput(tr("The amount must be at most %1 THB.").arg(formatAmount(kMaxAmountSatang)));
    const qint64 satang = whole.toLongLong() * 100 + decimals.leftJustified(2, QLatin1Char('0')).toLongLong();
    if (auto st = checkAmount(satang); !st)
        return st.error();
    return satang;
}

QString formatAmount(qint64 satang)
{
    return QStringLiteral("%1.%2").arg(satang / 100).arg(satang % 100, 2, 10, QLatin1Char('0'));
}

// ---- CRC ----

quint16 crc16CcittFalse(const QByteArray &data)
{
    quint16 crc = 0xFFFF;
    for (const char byte : data) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QString crcHex(quint16 crc)
{
    return QStringLiteral("%1").arg(crc, 4, 16, QLatin1Char('0')).toUpper();
}

// ---- Building ----

Result<QString> buildPromptPayPayload(const PromptPayProxy &proxy, std::optional<qint64> amountSatang)
{
    if (amountSatang)
        if (auto st = checkAmount(*amountSatang); !st)
            return st.error();
    const QString account = field(SubTag::aid, kPromptPayAid) + field(proxy.subTag(), proxy.encodedValue());
    QString payload = field(Tag::formatIndicator, QStringLiteral("01"))
                    + field(Tag::pointOfInitiation, amountSatang ? kDynamicQr : kStaticQr)
                    + field(Tag::promptPayAccount, account)
                    + field(Tag::currency, kCurrencyBaht);
    if (amountSatang)
        payload += field(Tag::amount, formatAmount(*amountSatang));
    payload += field(Tag::country, kCountryThailand) + Tag::crc + QStringLiteral("04");
    return payload + crcHex(crc16CcittFalse(payload.toLatin1()));
}

// ---- Parsing ----

Result<QList<TlvField>> parseTlv(const QString &text)
{
    QList<TlvField> fields;
    qsizetype at = 0;
    while (at < text.size()) {
        const QString tag = text.mid(at, 2);
        const QString length = text.mid(at + 2, 2);
        if (tag.size() < 2 || length.size() < 2 || !allDigits(tag) || !allDigits(length))
            return badInput(tr("No two-digit tag and length at position %1.").arg(at));
        const int size = length.toInt();
        if (at + 4 + size > text.size())
            return badInput(tr("The value of tag %1 at position %2 runs past the end.").arg(tag).arg(at));
        fields.append(TlvField{tag, text.mid(at + 4, size)});
        at += 4 + size;
    }
    return fields;
}

std::optional<QString> tlvValue(const QList<TlvField> &fields, const QString &tag)
{
    for (const TlvField &f : fields)
        if (f.tag == tag)
            return f.value;
    return std::nullopt;
}

Result<QList<TlvField>> parseEmvPayload(const QString &payload)
{
    for (const QChar c : payload)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return badInput(tr("The payload has a character that is not printable ASCII."));
    auto fields = parseTlv(payload);
    if (!fields)
        return fields.error();
    if (fields->isEmpty() || fields->first().tag != Tag::formatIndicator || fields->first().value != QLatin1String("01"))
        return badInput(tr("The payload does not start with 000201 (EMVCo payload format indicator)."));
    const TlvField &last = fields->last();
    static const QRegularExpression hex4(QStringLiteral("^[0-9A-Fa-f]{4}$"));
    if (last.tag != Tag::crc || !hex4.match(last.value).hasMatch())
        return badInput(tr("The payload does not end with a CRC (tag 63, four hex digits)."));
    const QString expected = crcHex(crc16CcittFalse(payload.left(payload.size() - 4).toLatin1()));
    if (last.value.toUpper() != expected)
        return badInput(tr("The payload's CRC is %1 but its content gives %2: it was changed or cut.")
                            .arg(last.value, expected));
    QSet<QString> seen;
    for (const TlvField &f : *fields) {
        if (seen.contains(f.tag))
            return badInput(tr("Tag %1 appears twice.").arg(f.tag));
        seen.insert(f.tag);
    }
    return fields;
}

Result<PromptPayPayload> parsePromptPayPayload(const QString &payload)
{
    const auto fields = parseEmvPayload(payload);
    if (!fields)
        return fields.error();
    PromptPayPayload parsed;
    parsed.fields = *fields;
    const QString initiation = tlvValue(*fields, Tag::pointOfInitiation).value_or(kStaticQr);
    if (initiation != kStaticQr && initiation != kDynamicQr)
        return badInput(tr("Tag 01 (point of initiation) must be 11 or 12, found '%1'.").arg(initiation));
    parsed.dynamic = initiation == kDynamicQr;
    const auto account = tlvValue(*fields, Tag::promptPayAccount);
    if (!account)
        return badInput(tr("Not a PromptPay transfer: there is no tag 29 (a bill payment uses tag 30)."));
    const auto proxy = proxyFromAccount(*account);
    if (!proxy)
        return proxy.error();
    parsed.proxy = *proxy;
    if (auto st = requireValue(*fields, Tag::currency, kCurrencyBaht, QT_TRANSLATE_NOOP("backroom::payments::PromptPay", "currency")); !st)
        return st.error();
    if (auto st = requireValue(*fields, Tag::country, kCountryThailand, QT_TRANSLATE_NOOP("backroom::payments::PromptPay", "country")); !st)
        return st.error();
    parsed.currency = kCurrencyBaht;
    parsed.country = kCountryThailand;
    if (const auto amount = tlvValue(*fields, Tag::amount)) {
        const auto satang = parseAmount(*amount);
        if (!satang || amount->trimmed() != *amount)
            return badInput(tr("Tag 54 (amount) must be an amount above zero like 123.45, found '%1'.").arg(*amount));
        parsed.amountSatang = *satang;
    }
    parsed.crc = fields->last().value.toUpper();
    return parsed;
}

} // namespace backroom::payments
