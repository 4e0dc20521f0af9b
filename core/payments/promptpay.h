#pragma once
// PromptPay: the EMVCo merchant-presented QR payload that Thai banking apps scan to pay a PromptPay
// proxy (a mobile number, a national or tax ID, or an e-wallet ID), with or without an amount. Builds
// payloads from checked input, and parses and verifies a payload (TLV fields, CRC) for tests, the
// sandbox and the payment router. Pure functions over values: no database, no GUI, no network; safe
// from any thread. Field layout and validation rules: docs/payments.md.
//
// Layout built here, fields in ascending tag order as the banks' own QR codes have them:
//   00 "01"                payload format indicator
//   01 "11" | "12"         point of initiation: 11 static (no amount, reusable), 12 dynamic (with amount)
//   29 { 00 A000000677010111, 01 phone "0066812345678" | 02 national/tax ID | 03 e-wallet ID }
//   53 "764"               currency: Thai baht (ISO 4217)
//   54 "123.45"            amount, only in a dynamic QR
//   58 "TH"                country
//   63 "ABCD"              CRC-16/CCITT-FALSE over everything before it, including "6304"

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace backroom::payments {

// Which PromptPay sub-tag of tag 29 the proxy goes in.
enum class ProxyKind {
    Phone,        // sub-tag 01: Thai mobile number
    NationalId,   // sub-tag 02: 13-digit national ID (a person) or tax ID (a juristic person, starts with 0)
    EWallet,      // sub-tag 03: 15-digit e-wallet ID (the first 3 digits name the wallet's provider)
};

// A PromptPay proxy. Get one from parseProxy() (or the kind-specific parsers) so that it is checked.
struct PromptPayProxy {
    ProxyKind kind = ProxyKind::Phone;
    QString digits;   // the normal form a person reads: "0812345678", 13 or 15 digits

    // The value written in tag 29: a phone as 13 digits, its leading 0 replaced by 66 and zero-padded
    // ("0812345678" -> "0066812345678"); IDs as they are.
    QString encodedValue() const;
    QString subTag() const;      // "01", "02" or "03"
    // "phone", "national_id", "tax_id" (a 13-digit ID starting with 0: a juristic person) or "e_wallet".
    QString typeName() const;
};

// Reads what a person types: a mobile number with or without dashes, spaces, dots, brackets or a +66 /
// 66 prefix ("081-234-5678", "+66 81 234 5678"), a 13-digit national or tax ID ("1-2345-67890-12-1"),
// or a 15-digit e-wallet ID; the kind is told by the number of digits. BadInput with a one-line reason
// otherwise (letters, wrong length, not a mobile number, wrong ID check digit).
Result<PromptPayProxy> parseProxy(const QString &text);
Result<PromptPayProxy> parsePhoneProxy(const QString &text);
Result<PromptPayProxy> parseIdProxy(const QString &text);        // national or tax ID, check digit verified
Result<PromptPayProxy> parseEWalletProxy(const QString &text);

// The Thai 13-digit ID check digit (the last digit): 11 minus the weighted sum of the first 12 digits
// (weights 13 down to 2) modulo 11, modulo 10. Holds for national IDs and for the tax IDs of juristic
// persons (registration numbers of companies, partnerships, agencies). -1 unless given 12 digits.
int thaiIdCheckDigit(const QString &firstTwelveDigits);
bool thaiIdChecksumValid(const QString &thirteenDigits);

// Amounts are integer satang. A QR amount is more than zero and at most kMaxAmountSatang.
constexpr qint64 kMaxAmountSatang = 999'999'999;   // 9,999,999.99 THB: above any shop sale, so a typo
// "123", "123.4" or "123.45" (a dot, at most two decimals, no sign, no grouping) -> satang. BadInput
// for anything else, for zero, and above the maximum.
Result<qint64> parseAmount(const QString &text);
Status checkAmount(qint64 satang);
QString formatAmount(qint64 satang);   // 12345 -> "123.45", as tag 54 writes it

// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.
// Check value: "123456789" -> 0x29B1.
quint16 crc16CcittFalse(const QByteArray &data);
QString crcHex(quint16 crc);   // four upper-case hex digits

// Builds the payload: static (point of initiation 11) without an amount, dynamic (12) with one.
// BadInput when the amount is out of range (the proxy is checked when it is parsed).
Result<QString> buildPromptPayPayload(const PromptPayProxy &proxy, std::optional<qint64> amountSatang = {});

// One EMVCo data object: a two-digit tag, a two-digit length and the value.
struct TlvField {
    QString tag;
    QString value;
};
// Splits text into data objects (one level). BadInput if a tag or length is not two digits or a value
// runs past the end.
Result<QList<TlvField>> parseTlv(const QString &text);
// The value of the first field with this tag, or nullopt.
std::optional<QString> tlvValue(const QList<TlvField> &fields, const QString &tag);

// Checks the framing every EMVCo merchant-presented payload has, whatever it pays: 00 "01" first, the
// CRC (63, four hex digits) last and equal to the CRC computed over the rest, no tag twice.
Result<QList<TlvField>> parseEmvPayload(const QString &payload);

// A PromptPay credit-transfer payload, read back.
struct PromptPayPayload {
    PromptPayProxy proxy;
    std::optional<qint64> amountSatang;   // tag 54, if present
    bool dynamic = false;                 // point of initiation 12
    QString currency;                     // tag 53, "764"
    QString country;                      // tag 58, "TH"
    QString crc;                          // tag 63
    QList<TlvField> fields;               // every top-level field in order
};
// parseEmvPayload() plus the PromptPay rules: tag 29 holds the PromptPay AID and one proxy sub-tag of
// the right shape (a phone in its 0066 form, an ID with a valid check digit), currency 764, country TH,
// a point of initiation of 11 or 12, a positive amount with at most two decimals. BadInput naming the
// first rule broken.
Result<PromptPayPayload> parsePromptPayPayload(const QString &payload);

} // namespace backroom::payments
