// PromptPay QR payloads (core/payments/promptpay.h), their QR images (image/qrimage.h) and
// `backroom payments promptpay`. Pure logic: no database is started here.
//
// Known-good payloads come from published sources, each computed by someone else's code or a bank app:
// the field layout and CRC we build must match them byte for byte.
#include "payments/promptpay.h"
#include "payments/qrmatrix.h"
#include "qrimage.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace backroom;
using namespace backroom::payments;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runBackroom(const QStringList &args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("BACKROOM_DB"));   // must not need a database
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BACKROOM_BIN), args);
    if (!p.waitForFinished(60000))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// The body of a payload with its CRC appended: for building broken payloads whose CRC is still right.
QString withCrc(const QString &bodyEndingIn6304)
{
    return bodyEndingIn6304 + crcHex(crc16CcittFalse(bodyEndingIn6304.toLatin1()));
}

QString build(const QString &id, const QString &amount = {})
{
    const auto proxy = parseProxy(id);
    if (!proxy)
        qFatal("parseProxy(%s): %s", qPrintable(id), qPrintable(proxy.error().message));
    std::optional<qint64> satang;
    if (!amount.isEmpty())
        satang = *parseAmount(amount);
    return *buildPromptPayPayload(*proxy, satang);
}

} // namespace

class TestPromptPay : public QObject {
    Q_OBJECT
private slots:
    // ---- CRC ----
    void crcMatchesTheCcittFalseCheckValue()
    {
        QCOMPARE(crc16CcittFalse("123456789"), quint16(0x29B1));   // the catalogued check value
        QCOMPARE(crc16CcittFalse(""), quint16(0xFFFF));            // the initial value, untouched
        QCOMPARE(crcHex(0x0CBD), QStringLiteral("0CBD"));          // four digits, leading zero kept
        QCOMPARE(crcHex(0xabcd), QStringLiteral("ABCD"));          // upper case
    }

    // ---- Building: byte for byte against published payloads ----
    void buildsPublishedPayloads_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("expected");
        // The README of the promptpay-parse library (a static QR for a phone number).
        QTest::newRow("phone, static") << "0812223333" << QString()
            << "00020101021129370016A0000006770101110113006681222333353037645802TH63041DCF";
        // A QR made by a Thai bank app for 23.00 THB, quoted as a test vector in a public Go project.
        QTest::newRow("phone, 23.00, real bank QR") << "092-397-9957" << "23"
            << "00020101021229370016A000000677010111011300669239799575303764540523.005802TH6304C129";
        QTest::newRow("phone +66, 1234.56") << "+66 81 234 5678" << "1234.56"
            << "00020101021229370016A00000067701011101130066812345678530376454071234.565802TH630471D1";
        // A K PLUS e-wallet ID (provider 004) from a PHP Thai QR builder's tests.
        QTest::newRow("K PLUS e-wallet, static") << "004999000288505" << QString()
            << "00020101021129390016A000000677010111031500499900028850553037645802TH6304CA9D";
        // A TrueMoney e-wallet ID (14000 + the phone without its 0) from a TypeScript Thai QR builder.
        QTest::newRow("TrueMoney e-wallet, static") << "140000801111111" << QString()
            << "00020101021129390016A000000677010111031514000080111111153037645802TH63047C0F";
    }

    void buildsPublishedPayloads()
    {
        QFETCH(QString, id);
        QFETCH(QString, amount);
        QFETCH(QString, expected);
        QCOMPARE(build(id, amount), expected);
    }

    // The published national-ID vectors use 1234567890123, whose check digit is wrong (parseProxy refuses
    // it); a proxy made by hand shows the sub-tag 02 layout still matches theirs.
    void buildsTheNationalIdLayoutOfPublishedPayloads()
    {
        const PromptPayProxy unchecked{ProxyKind::NationalId, QStringLiteral("1234567890123")};
        QCOMPARE(*buildPromptPayPayload(unchecked),
                 QStringLiteral("00020101021129370016A0000006770101110213123456789012353037645802TH630433FC"));
        QCOMPARE(*buildPromptPayPayload(unchecked, 10000),
                 QStringLiteral("00020101021229370016A0000006770101110213123456789012353037645406100.005802TH6304F1A4"));
    }

    void staticHasNoAmountAndDynamicHasOne()
    {
        const QString fixed = build(QStringLiteral("1101700207030"));
        QVERIFY(fixed.startsWith(QLatin1String("000201010211")));
        QVERIFY(!fixed.contains(QLatin1String("5406")));
        const QString priced = build(QStringLiteral("1101700207030"), QStringLiteral("690"));
        QVERIFY(priced.startsWith(QLatin1String("000201010212")));
        QVERIFY(priced.contains(QLatin1String("5303764" "5406690.00" "5802TH6304")));
        QVERIFY(priced.contains(QLatin1String("29370016A00000067701011102131101700207030")));
    }

    void buildRefusesAmountsOutOfRange_data()
    {
        QTest::addColumn<qint64>("satang");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("negative") << qint64(-100);
        QTest::newRow("over the maximum") << kMaxAmountSatang + 1;
    }

    void buildRefusesAmountsOutOfRange()
    {
        QFETCH(qint64, satang);
        const auto payload = buildPromptPayPayload(*parseProxy(QStringLiteral("0812345678")), satang);
        QVERIFY(!payload);
        QCOMPARE(payload.error().kind, Error::Kind::BadInput);
    }

    // ---- Proxies ----
    void readsPhoneNumbersInTheirUsualShapes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << "0812345678" << "0812345678";
        QTest::newRow("dashes") << "081-234-5678" << "0812345678";
        QTest::newRow("spaces") << "081 234 5678" << "0812345678";
        QTest::newRow("dots and brackets") << "(081) 234.5678" << "0812345678";
        QTest::newRow("+66") << "+66812345678" << "0812345678";
        QTest::newRow("+66 with spaces") << "+66 81 234 5678" << "0812345678";
        QTest::newRow("+66-") << "+66-89-123-4567" << "0891234567";
        QTest::newRow("66 without plus") << "66812345678" << "0812345678";
        QTest::newRow("+66 (0)") << "+66 (0)81 234 5678" << "0812345678";
        QTest::newRow("06 network") << "0612345678" << "0612345678";
        QTest::newRow("09 network") << "0955157457" << "0955157457";
    }

    void readsPhoneNumbersInTheirUsualShapes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        const auto proxy = parseProxy(typed);
        QVERIFY2(proxy, qPrintable(proxy ? QString() : proxy.error().message));
        QCOMPARE(proxy->kind, ProxyKind::Phone);
        QCOMPARE(proxy->digits, digits);
        QCOMPARE(proxy->subTag(), QStringLiteral("01"));
        QCOMPARE(proxy->encodedValue(), QStringLiteral("0066") + digits.mid(1));
        QCOMPARE(proxy->encodedValue().size(), 13);
    }

    void tellsIdsAndWalletsByTheirLength()
    {
        const auto person = parseProxy(QStringLiteral("1-2345-67890-12-1"));
        QVERIFY(person);
        QCOMPARE(person->kind, ProxyKind::NationalId);
        QCOMPARE(person->digits, QStringLiteral("1234567890121"));
        QCOMPARE(person->typeName(), QStringLiteral("national_id"));
        const auto company = parseProxy(QStringLiteral("0107536000315"));   // Kasikornbank's tax ID
        QVERIFY(company);
        QCOMPARE(company->kind, ProxyKind::NationalId);
        QCOMPARE(company->typeName(), QStringLiteral("tax_id"));
        QCOMPARE(company->encodedValue(), QStringLiteral("0107536000315"));
        const auto wallet = parseProxy(QStringLiteral("004 999 000 288 505"));
        QVERIFY(wallet);
        QCOMPARE(wallet->kind, ProxyKind::EWallet);
        QCOMPARE(wallet->encodedValue(), QStringLiteral("004999000288505"));
        QCOMPARE(wallet->subTag(), QStringLiteral("03"));
    }

    void refusesMalformedIds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");   // a word the one-line message must contain
        QTest::newRow("empty") << "" << "No PromptPay ID";
        QTest::newRow("too short") << "12345" << "5 digits";
        QTest::newRow("nine digits") << "812345678" << "9 digits";
        QTest::newRow("fourteen digits") << "12345678901234" << "14 digits";
        QTest::newRow("sixteen digits") << "0049990002885051" << "16 digits";
        QTest::newRow("letters") << "081234567a" << "digits only";
        QTest::newRow("letter l for 1") << "08l2345678" << "digits only";
        QTest::newRow("eleven digits not 66") << "08123456789" << "not a mobile number";
        QTest::newRow("landline") << "021234567" << "9 digits";
        QTest::newRow("landline 10 digits") << "0212345678" << "landlines";
        QTest::newRow("foreign") << "+1 415 555 1234" << "not a Thai number";
        QTest::newRow("+66 too short") << "+66 81 234 567" << "not a mobile number";
        QTest::newRow("bad check digit") << "1234567890123" << "last digit should be 1";
        QTest::newRow("bad check digit, dashed") << "1-1111-11111-11-1" << "last digit should be";
        QTest::newRow("bad tax ID") << "0123456789012" << "last digit should be";
        QTest::newRow("phone in QR form") << "0066812345678" << "give it as 0812345678";
    }

    void refusesMalformedIds()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        const auto proxy = parseProxy(typed);
        QVERIFY(!proxy);
        QCOMPARE(proxy.error().kind, Error::Kind::BadInput);
        QVERIFY2(proxy.error().message.contains(reason), qPrintable(proxy.error().message));
        QVERIFY(!proxy.error().message.contains(QLatin1Char('\n')));
    }

    void kindSpecificParsersRefuseOtherShapes()
    {
        QVERIFY(!parsePhoneProxy(QStringLiteral("1234567890121")));
        QVERIFY(!parseIdProxy(QStringLiteral("0812345678")));
        QVERIFY(!parseEWalletProxy(QStringLiteral("1234567890121")));
        QVERIFY(!parseEWalletProxy(QStringLiteral("00499900028850x")));
    }

    // ---- The Thai ID check digit ----
    void checksThaiIdCheckDigits_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sum % 11 == 0 -> 1") << "1234567890121" << true;
        QTest::newRow("sum % 11 == 1 -> 0") << "1101700207030" << true;
        QTest::newRow("person, 3...") << "3100602152163" << true;
        // Juristic persons' tax IDs (company registration numbers) follow the same rule:
        QTest::newRow("tax ID Kasikornbank") << "0107536000315" << true;
        QTest::newRow("tax ID PTT") << "0107544000108" << true;
        QTest::newRow("tax ID CP ALL") << "0107542000011" << true;
        QTest::newRow("tax ID agency") << "0994000165668" << true;
        QTest::newRow("last digit off by one") << "1234567890122" << false;
        QTest::newRow("two digits swapped") << "1324567890121" << false;
        QTest::newRow("all ones") << "1111111111111" << false;
        QTest::newRow("12 digits") << "123456789012" << false;
        QTest::newRow("letters") << "12345678901a1" << false;
    }

    void checksThaiIdCheckDigits()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(thaiIdChecksumValid(id), valid);
        QCOMPARE(bool(parseIdProxy(id)), valid);
    }

    void computesTheCheckDigit()
    {
        QCOMPARE(thaiIdCheckDigit(QStringLiteral("123456789012")), 1);
        QCOMPARE(thaiIdCheckDigit(QStringLiteral("110170020703")), 0);
        QCOMPARE(thaiIdCheckDigit(QStringLiteral("010754400010")), 8);
        QCOMPARE(thaiIdCheckDigit(QStringLiteral("12345")), -1);
    }

    // ---- Amounts ----
    void readsAmounts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("satang");
        QTest::newRow("two decimals") << "123.45" << qint64(12345);
        QTest::newRow("whole baht") << "123" << qint64(12300);
        QTest::newRow("one decimal") << "123.4" << qint64(12340);
        QTest::newRow("one satang") << "0.01" << qint64(1);
        QTest::newRow("spaces around") << " 5.00 " << qint64(500);
        QTest::newRow("the maximum") << "9999999.99" << kMaxAmountSatang;
    }

    void readsAmounts()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, satang);
        const auto amount = parseAmount(typed);
        QVERIFY2(amount, qPrintable(amount ? QString() : amount.error().message));
        QCOMPARE(*amount, satang);
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zero") << "0" << "more than zero";
        QTest::newRow("zero with decimals") << "0.00" << "more than zero";
        QTest::newRow("negative") << "-1" << "more than zero";
        QTest::newRow("negative satang") << "-0.50" << "more than zero";
        QTest::newRow("three decimals") << "1.234" << "more than two decimals";
        QTest::newRow("too large") << "10000000" << "at most 9999999.99";
        QTest::newRow("far too large") << "99999999999999999999" << "at most 9999999.99";
        QTest::newRow("comma") << "1,000" << "no commas";
        QTest::newRow("letters") << "abc" << "not an amount";
        QTest::newRow("empty") << "" << "not an amount";
        QTest::newRow("exponent") << "1e3" << "not an amount";
        QTest::newRow("no whole part") << ".5" << "not an amount";
        QTest::newRow("dot only") << "5." << "not an amount";
        QTest::newRow("plus sign") << "+5" << "not an amount";
    }

    void refusesBadAmounts()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        const auto amount = parseAmount(typed);
        QVERIFY(!amount);
        QCOMPARE(amount.error().kind, Error::Kind::BadInput);
        QVERIFY2(amount.error().message.contains(reason), qPrintable(amount.error().message));
    }

    void formatsAmountsWithTwoDecimals()
    {
        QCOMPARE(formatAmount(1), QStringLiteral("0.01"));
        QCOMPARE(formatAmount(12340), QStringLiteral("123.40"));
        QCOMPARE(formatAmount(kMaxAmountSatang), QStringLiteral("9999999.99"));
    }

    // ---- Parsing and verifying ----
    void roundTripsWhatItBuilds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("amount");
        QTest::newRow("phone static") << "0812345678" << QString();
        QTest::newRow("phone dynamic") << "+66 91 234 5678" << "0.01";
        QTest::newRow("national ID static") << "1101700230708" << QString();
        QTest::newRow("tax ID dynamic") << "0107536000315" << "9999999.99";
        QTest::newRow("e-wallet dynamic") << "140000801111111" << "4.22";
    }

    void roundTripsWhatItBuilds()
    {
        QFETCH(QString, id);
        QFETCH(QString, amount);
        const QString payload = build(id, amount);
        const auto parsed = parsePromptPayPayload(payload);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        const auto proxy = *parseProxy(id);
        QCOMPARE(parsed->proxy.kind, proxy.kind);
        QCOMPARE(parsed->proxy.digits, proxy.digits);
        QCOMPARE(parsed->dynamic, !amount.isEmpty());
        QCOMPARE(parsed->amountSatang.has_value(), !amount.isEmpty());
        if (!amount.isEmpty())
            QCOMPARE(*parsed->amountSatang, *parseAmount(amount));
        QCOMPARE(parsed->currency, QStringLiteral("764"));
        QCOMPARE(parsed->country, QStringLiteral("TH"));
        QCOMPARE(parsed->crc, payload.right(4));
        QStringList tags;
        for (const TlvField &f : parsed->fields)
            tags << f.tag;
        const QStringList expected = amount.isEmpty() ? QStringList{"00", "01", "29", "53", "58", "63"}
                                                      : QStringList{"00", "01", "29", "53", "54", "58", "63"};
        QCOMPARE(tags, expected);
    }

    // Payloads made elsewhere, some with the fields in another order (58 before 53), some by bank apps.
    void parsesPublishedPayloads_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<qint64>("satang");   // -1: no amount
        QTest::addColumn<bool>("dynamic");
        // promptpay-qr (JavaScript) test vectors: country before currency.
        QTest::newRow("promptpay-qr phone") << "00020101021129370016A000000677010111011300668012345675802TH530376463046197"
                                             << "0801234567" << qint64(-1) << false;
        QTest::newRow("promptpay-qr +66") << "00020101021129370016A000000677010111011300668912345675802TH5303764630429C1"
                                           << "0891234567" << qint64(-1) << false;
        QTest::newRow("Java generator, 50.23") << "00020101021229370016A000000677010111011300668123456785802TH5303764540550.236304FCDA"
                                                << "0812345678" << qint64(5023) << true;
        // A payment provider's API sample: a bank-made QR that carries an amount with point of initiation 11.
        QTest::newRow("static with amount") << "00020101021129370016A00000067701011101130066955157457530376454041.545802TH6304A299"
                                             << "0955157457" << qint64(154) << false;
        QTest::newRow("bank QR, 23.00") << "00020101021229370016A000000677010111011300669239799575303764540523.005802TH6304C129"
                                         << "0923979957" << qint64(2300) << true;
        // An amount without decimals (EMVCo allows it), national ID 3100602152163.
        QTest::newRow("amount 12") << "00020101021229370016A000000677010111021331006021521635802TH5303764540212630478E1"
                                    << "3100602152163" << qint64(1200) << true;
    }

    void parsesPublishedPayloads()
    {
        QFETCH(QString, payload);
        QFETCH(QString, digits);
        QFETCH(qint64, satang);
        QFETCH(bool, dynamic);
        const auto parsed = parsePromptPayPayload(payload);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->proxy.digits, digits);
        QCOMPARE(parsed->dynamic, dynamic);
        QCOMPARE(parsed->amountSatang.value_or(-1), satang);
    }

    // A real KBank bill-payment QR (tag 30, biller = KBank's tax ID) passes the EMVCo framing and CRC check
    // but is not a PromptPay transfer.
    void tellsBillPaymentsFromTransfers()
    {
        const QString bill = QStringLiteral(
            "00020101021230810016A00000067701011201150107536000315080214KB0000016159330320API1700277248174243631690016"
            "A00000067701011301030040214KB0000016159330420API170027724817424365303764540810295.535802TH6304FDB7");
        const auto framing = parseEmvPayload(bill);
        QVERIFY2(framing, qPrintable(framing ? QString() : framing.error().message));
        QCOMPARE(*tlvValue(*framing, QStringLiteral("54")), QStringLiteral("10295.53"));
        const auto transfer = parsePromptPayPayload(bill);
        QVERIFY(!transfer);
        QVERIFY2(transfer.error().message.contains(QLatin1String("tag 29")), qPrintable(transfer.error().message));
    }

    void refusesBrokenPayloads_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("reason");
        const QString good = QStringLiteral("00020101021229370016A000000677010111011300669239799575303764540523.005802TH6304C129");
        const QString account = QStringLiteral("29370016A00000067701011101130066923979957");
        QTest::newRow("CRC changed") << QString(good).replace(QLatin1String("C129"), QLatin1String("C128")) << "CRC";
        QTest::newRow("amount changed") << QString(good).replace(QLatin1String("23.00"), QLatin1String("93.00")) << "CRC";
        QTest::newRow("cut short") << good.left(good.size() - 2) << "runs past the end";
        QTest::newRow("no CRC") << good.left(good.size() - 8) << "CRC";
        QTest::newRow("empty") << QString() << "000201";
        QTest::newRow("not EMVCo") << withCrc("000202010212" + account + "5303764" "5802TH" "6304") << "000201";
        QTest::newRow("letters in a length") << "0002010102122A" << "two-digit tag";
        QTest::newRow("tag twice") << withCrc("000201010212" + account + "5303764" "5303764" "5802TH" "6304") << "twice";
        QTest::newRow("non-ASCII") << withCrc("000201010212" + account + "5303764" "5802TH" "5902ก" "6304") << "ASCII";
        QTest::newRow("point of initiation 13") << withCrc("000201010213" + account + "5303764" "5802TH" "6304") << "11 or 12";
        QTest::newRow("no tag 29") << withCrc("000201010212" "5303764" "5802TH" "6304") << "tag 29";
        QTest::newRow("wrong AID") << withCrc("000201010212" "29370016A00000067701011201130066923979957" "5303764" "5802TH" "6304")
                                   << "AID";
        QTest::newRow("two proxies") << withCrc("000201010212" "29540016A00000067701011101130066923979957"
                                                "02131234567890121" "5303764" "5802TH" "6304") << "exactly one";
        QTest::newRow("phone not in 0066 form") << withCrc("000201010212" "29370016A00000067701011101130923979957000"
                                                           "5303764" "5802TH" "6304") << "0066";
        QTest::newRow("landline proxy") << withCrc("000201010212" "29370016A00000067701011101130066212345678"
                                                   "5303764" "5802TH" "6304") << "landlines";
        QTest::newRow("ID check digit") << "00020101021129370016A000000677010111021311111111111115802TH530376463047B5A"
                                        << "last digit should be";
        QTest::newRow("dollars") << withCrc("000201010212" + account + "5303840" "5802TH" "6304") << "currency";
        QTest::newRow("no currency") << withCrc("000201010212" + account + "5802TH" "6304") << "currency";
        QTest::newRow("not Thailand") << withCrc("000201010212" + account + "5303764" "5802US" "6304") << "country";
        QTest::newRow("amount zero") << withCrc("000201010212" + account + "5303764" "54040.00" "5802TH" "6304") << "Tag 54";
        QTest::newRow("amount three decimals") << withCrc("000201010212" + account + "5303764" "54051.234" "5802TH" "6304")
                                               << "Tag 54";
        QTest::newRow("amount with a space") << withCrc("000201010212" + account + "5303764" "5405 1.00" "5802TH" "6304")
                                             << "Tag 54";
    }

    void refusesBrokenPayloads()
    {
        QFETCH(QString, payload);
        QFETCH(QString, reason);
        const auto parsed = parsePromptPayPayload(payload);
        QVERIFY2(!parsed, qPrintable(payload));
        QCOMPARE(parsed.error().kind, Error::Kind::BadInput);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }

    void acceptsALowerCaseCrc()
    {
        const QString lower = QStringLiteral("00020101021229370016A000000677010111011300669239799575303764540523.005802TH6304c129");
        const auto parsed = parsePromptPayPayload(lower);
        QVERIFY(parsed);
        QCOMPARE(parsed->crc, QStringLiteral("C129"));
    }

    // ---- QR code and image ----
    void encodesTheSmallestQrVersionThatFits()
    {
        const auto matrix = QrMatrix::encode(build(QStringLiteral("0812345678"), QStringLiteral("123.45")).toLatin1());
        QVERIFY(matrix);
        QCOMPARE(matrix->size(), 17 + 4 * matrix->version());
        QVERIFY2(matrix->version() >= 3 && matrix->version() <= 5, qPrintable(QString::number(matrix->version())));
        // The top-left finder pattern: a dark 7x7 ring with a light ring inside.
        QVERIFY(matrix->dark(0, 0) && matrix->dark(6, 6) && matrix->dark(3, 3));
        QVERIFY(!matrix->dark(1, 1) && !matrix->dark(7, 7));
    }

    void refusesWhatNoQrCodeHolds()
    {
        QCOMPARE(QrMatrix::encode(QByteArray()).error().kind, Error::Kind::BadInput);
        QCOMPARE(QrMatrix::encode(QByteArray(5000, 'x')).error().kind, Error::Kind::BadInput);
    }

    void rendersModulesAndTheQuietZone()
    {
        const auto matrix = QrMatrix::encode("00020101021129370016A0000006770101110113006681222333353037645802TH63041DCF");
        QVERIFY(matrix);
        const auto image = image::renderQr(*matrix, {3, 4});
        QVERIFY(image);
        QCOMPARE(image->width(), (matrix->size() + 8) * 3);
        QCOMPARE(image->height(), image->width());
        QCOMPARE(image->format(), QImage::Format_Grayscale8);
        for (int i = 0; i < 4 * 3; ++i) {   // the quiet zone is light all round
            QCOMPARE(qGray(image->pixel(i, image->height() / 2)), 255);
            QCOMPARE(qGray(image->pixel(image->width() - 1 - i, image->height() / 2)), 255);
        }
        for (int y = 0; y < matrix->size(); ++y)
            for (int x = 0; x < matrix->size(); ++x)
                QCOMPARE(qGray(image->pixel((x + 4) * 3 + 1, (y + 4) * 3 + 2)), matrix->dark(x, y) ? 0 : 255);
    }

    void refusesModuleSizesOutOfRange()
    {
        const auto matrix = QrMatrix::encode("x");
        QVERIFY(matrix);
        QVERIFY(!image::renderQr(*matrix, {0, 4}));
        QVERIFY(!image::renderQr(*matrix, {41, 4}));
        QVERIFY(!image::renderQr(*matrix, {8, -1}));
        QVERIFY(image::renderQr(*matrix, {40, 16}));
    }

    // ---- The command line ----
    void cliPrintsThePayload()
    {
        const Run r = runBackroom({"payments", "promptpay", "092-397-9957", "--amount", "23"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("00020101021229370016A000000677010111011300669239799575303764540523.005802TH6304C129\n"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void cliPrintsJsonWithTheFields()
    {
        const Run dynamicQr = runBackroom({"payments", "promptpay", "0107536000315", "--amount", "1234.5", "--json"});
        QCOMPARE(dynamicQr.exitCode, 0);
        const QJsonObject o = dynamicQr.json();
        QCOMPARE(o.value("payload").toString(), build(QStringLiteral("0107536000315"), QStringLiteral("1234.50")));
        QCOMPARE(o.value("type").toString(), QStringLiteral("tax_id"));
        QCOMPARE(o.value("sub_tag").toString(), QStringLiteral("02"));
        QCOMPARE(o.value("amount").toString(), QStringLiteral("1234.50"));
        QCOMPARE(o.value("amount_satang").toInteger(), qint64(123450));
        QCOMPARE(o.value("point_of_initiation").toString(), QStringLiteral("12"));
        QCOMPARE(o.value("crc").toString(), o.value("payload").toString().right(4));

        const Run staticQr = runBackroom({"payments", "promptpay", "0812223333", "--json"});
        QCOMPARE(staticQr.exitCode, 0);
        QCOMPARE(staticQr.json().value("payload").toString(),
                 QStringLiteral("00020101021129370016A0000006770101110113006681222333353037645802TH63041DCF"));
        QCOMPARE(staticQr.json().value("proxy_value").toString(), QStringLiteral("0066812223333"));
        QVERIFY(staticQr.json().value("amount").isNull());
        QCOMPARE(staticQr.json().value("dynamic").toBool(true), false);
    }

    void cliExitsTwoOnBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("short ID") << QStringList{"12345"};
        QTest::newRow("letters") << QStringList{"08123abcde"};
        QTest::newRow("bad check digit") << QStringList{"1234567890123"};
        QTest::newRow("amount 0") << QStringList{"0812345678", "--amount", "0"};
        QTest::newRow("negative amount") << QStringList{"0812345678", "--amount", "-5"};
        QTest::newRow("three decimals") << QStringList{"0812345678", "--amount", "1.234"};
        QTest::newRow("amount too large") << QStringList{"0812345678", "--amount", "10000000"};
        QTest::newRow("amount not a number") << QStringList{"0812345678", "--amount", "ten"};
        QTest::newRow("module size 0") << QStringList{"0812345678", "--png", "x.png", "--module-size", "0"};
        QTest::newRow("module size not a number") << QStringList{"0812345678", "--module-size", "big"};
        QTest::newRow("no ID") << QStringList{};
        QTest::newRow("two IDs") << QStringList{"0812345678", "0812345679"};
    }

    void cliExitsTwoOnBadInput()
    {
        QFETCH(QStringList, args);
        const QStringList full = QStringList{"payments", "promptpay"} + args;
        const Run r = runBackroom(full);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("backroom: ")), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.png")));
    }

    void cliReportsBadInputAsJsonWithJson()
    {
        const Run r = runBackroom({"payments", "promptpay", "1234567890123", "--json"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value("kind").toString(), QStringLiteral("bad_input"));
        QVERIFY(r.json().value("error").toString().contains(QLatin1String("last digit should be 1")));
    }

    void cliPngDecodesBackToThePayload_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("modulePixels");
        QTest::newRow("phone, static") << QStringList{"0812345678"} << 8;
        QTest::newRow("national ID, 690.00") << QStringList{"1101700207030", "--amount", "690", "--module-size", "4"} << 4;
        QTest::newRow("e-wallet, 0.01") << QStringList{"004999000288505", "--amount", "0.01", "--module-size", "12"} << 12;
    }

    void cliPngDecodesBackToThePayload()
    {
        QFETCH(QStringList, args);
        QFETCH(int, modulePixels);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        const Run r = runBackroom(QStringList{"payments", "promptpay"} + args + QStringList{"--png", png, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QString payload = r.json().value("payload").toString();
        QVERIFY(parsePromptPayPayload(payload));
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        const auto matrix = QrMatrix::encode(payload.toLatin1());
        QCOMPARE(image.width(), (matrix->size() + 2 * 4) * modulePixels);
        QCOMPARE(r.json().value("png_pixels").toInt(), image.width());

        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg is not installed (Debian: zbar-tools): the PNG was not decoded");
        QProcess decode;
        decode.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
        QVERIFY(decode.waitForFinished(30000));
        QCOMPARE(decode.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(decode.readAllStandardOutput()).trimmed(), payload);
    }

    void cliTellsWhyThePngCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("missing-folder/qr.png"));
        const Run r = runBackroom({"payments", "promptpay", "0812345678", "--png", png});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Could not write the PNG")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void paymentsListsPromptPayAsASubcommand()
    {
        const Run r = runBackroom({"payments", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("\n  promptpay ")), qPrintable(r.out));
        QCOMPARE(runBackroom({"payments"}).exitCode, 2);
        QCOMPARE(runBackroom({"payments", "refund"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPromptPay)
#include "tst_promptpay.moc"
