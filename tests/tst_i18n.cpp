// Thai in the window. Core's errors come out in Thai through their real code paths against a real
// PostgreSQL (a stock edit refused, an unknown SKU, a wrong password over TCP, a login with no job role),
// and in today's English when no translator is installed (the command line's case). The Thai catalogue
// translations/backroom_th.ts is complete and keeps every placeholder, and the Orders and Stock screens
// and the menus read Thai (screenshots in <build>/screenshots).
#include "appsettings.h"
#include "inventory/demoseed.h"
#include "inventory/stock.h"
#include "inventory/stocktake.h"
#include "mainwindow.h"
#include "orders/checkout.h"
#include "orders/orderlinesmodel.h"
#include "orders/ordersmodel.h"
#include "orders/ordersscreen.h"
#include "screenshots.h"
#include "security/session.h"
#include "security/users.h"
#include "stock/stockmodel.h"
#include "stock/stockscreen.h"
#include "testdb.h"

#include <QFile>
#include <QProcess>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace backroom;
using test::connectOrDie;
using test::must;

namespace {

// The translators Settings would install for Thai, removed again (and the default locale restored) when
// it goes out of scope, so that tests after it see the English sources.
class ThaiTranslation {
public:
    ThaiTranslation() : m_locale(QLocale()), m_translators(ui::installTranslations(*qApp, ui::Language::Thai)) {}
    ~ThaiTranslation()
    {
        for (QTranslator *t : m_translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(m_locale);
    }
    bool loaded() const { return !m_translators.isEmpty(); }

private:
    QLocale m_locale;
    QList<QTranslator *> m_translators;
};

bool hasThai(const QString &text)
{
    static const QRegularExpression thai(QStringLiteral("[\\x{0E01}-\\x{0E5B}]"));
    return text.contains(thai);
}

QString describe(const Error &e)
{
    return QStringLiteral("%1: %2").arg(errorKindName(e.kind), e.message);
}

QString dbNameOf(const QString &conninfo)
{
    return QRegularExpression(QStringLiteral("dbname=(\\S+)")).match(conninfo).captured(1);
}

QString asLogin(const QString &conninfo, const QString &login)
{
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + login);
    return out;
}

// A login unique in the cluster (roles are cluster-wide), with no job role: it may do nothing.
QString createLoginWithoutRole(db::Connection &admin)
{
    static int counter = 0;
    const QString name = QStringLiteral("i18n_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    must(admin, QStringLiteral("CREATE ROLE %1 LOGIN").arg(name).toUtf8().constData());   // generated name
    return name;
}

struct Shop {
    QString conninfo;
    std::unique_ptr<db::Connection> admin;
    inventory::StockLevel level;   // a row with stock on hand
};

std::unique_ptr<Shop> openShop(int products = 8)
{
    auto shop = std::make_unique<Shop>();
    shop->conninfo = test::TestCluster::instance().freshDatabase();
    shop->admin = connectOrDie(shop->conninfo);
    inventory::SeedOptions options;
    options.products = products;
    options.bins = 4;
    if (auto r = inventory::seedDemo(*shop->admin, options); !r)
        qFatal("seed: %s", qPrintable(r.error().message));
    const QString sku = must(*shop->admin, "SELECT p.sku FROM stock s JOIN product p ON p.id = s.product_id "
                                           "WHERE s.on_hand >= 5 AND s.reserved = 0 ORDER BY p.sku LIMIT 1")
                            .text(0, 0);
    auto levels = inventory::readStock(*shop->admin, sku);
    if (!levels || levels->isEmpty())
        qFatal("no stock row for %s", qPrintable(sku));
    shop->level = levels->first();
    return shop;
}

orders::Order placeOrder(db::Connection &conn, const QString &sku, int qty, const QString &channel)
{
    orders::PlaceOrderRequest request;
    request.channel = channel;
    request.lines.append({sku, qty});
    auto order = orders::placeOrder(conn, request);
    if (!order)
        qFatal("placeOrder: %s", qPrintable(order.error().message));
    return *order;
}

// What is wrong with a .ts catalogue: unfinished or empty translations, placeholders (%1, %n) dropped
// or added, a menu mnemonic lost, and core messages whose context lupdate did not resolve to an area.
QStringList catalogueProblems(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read %1").arg(path)};
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    // The area contexts of core/coretext.h, and the classes that declare their own with
    // Q_DECLARE_TR_FUNCTIONS or QCoreApplication::translate (one named context each, never empty).
    const QSet<QString> coreContexts{QStringLiteral("backroom::db"), QStringLiteral("backroom::inventory"),
                                     QStringLiteral("backroom::orders"), QStringLiteral("backroom::store"),
                                     QStringLiteral("backroom::security"), QStringLiteral("backroom::backup"),
                                     QStringLiteral("backroom::payments"), QStringLiteral("backroom::payments::PromptPay"),
                                     QStringLiteral("backroom::payments::QrMatrix"), QStringLiteral("backroom::resilience"),
                                     QStringLiteral("backroom::net::HttpClient"), QStringLiteral("backroom::net::HttpResponse"),
                                     QStringLiteral("CircuitBreaker"), QStringLiteral("RetryPolicy"),
                                     QStringLiteral("backroom::drills"), QStringLiteral("backroom::drills::LoadDrill"),
                                     QStringLiteral("backroom::drills::ShootoutRunner"), QStringLiteral("backroom::channels"),
                                     QStringLiteral("backroom::channels::SyncWorker"), QStringLiteral("backroom::warehouse"),
                                     QStringLiteral("backroom::healthcheck"), QStringLiteral("backroom::chaos"),
                                     QStringLiteral("backroom::stack")};
    auto placeholders = [](const QString &s) {
        QSet<QString> found;
        for (auto it = placeholder.globalMatch(s); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    };
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context, source, location, translationType;
    QStringList forms;   // the translation, or each numerus form
    bool numerus = false;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                location.clear();
                forms.clear();
            } else if (name == QLatin1String("location") && location.isEmpty())
                location = xml.attributes().value(QLatin1String("filename")).toString();
            else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                forms << xml.readElementText();
        } else if (xml.isEndElement() && name == QLatin1String("message")) {
            ++messages;
            const QString where = QStringLiteral("[%1] \"%2\"").arg(context, source.left(60));
            if (!translationType.isEmpty())
                problems << where + QStringLiteral(": translation is %1").arg(translationType);
            if (forms.isEmpty())
                problems << where + QStringLiteral(": no translation");
            for (const QString &form : forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral(": empty translation");
                else if (placeholders(form) != placeholders(source))
                    problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(form);
                else if (source.contains(mnemonic) && !form.contains(mnemonic))
                    problems << where + QStringLiteral(": the & mnemonic is lost in \"%1\"").arg(form);
            }
            if (location.startsWith(QLatin1String("../core/")) && !coreContexts.contains(context))
                problems << where + QStringLiteral(": core message in context %1 (use core/coretext.h)").arg(context);
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    if (messages == 0)
        problems << QStringLiteral("%1 has no messages").arg(path);
    return problems;
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void stockEditRefusalsAreThai();
    void unknownSkuIsThai();
    void wrongPasswordOverTcpIsThai();
    void refusalForALoginWithoutRoleIsThaiAroundTheServersWords();
    void refusalNamesTheNeededRoleInThai();
    void withoutTranslatorTheMessagesStayEnglish();
    void commandLineStaysEnglishInAThaiLocale();

    void thaiCatalogueIsCompleteAndKeepsPlaceholders();
    void catalogueCheckFindsEveryKindOfMistake();

    void screensAndMenusReadThai();

private:
    QTemporaryDir m_settingsDir;
};

void TestI18n::initTestCase()
{
    // The window reads no settings unless asked; keep any stray QSettings away from the user's anyway.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, m_settingsDir.path());
    test::TestCluster::instance();
}

void TestI18n::stockEditRefusalsAreThai()
{
    auto shop = openShop();
    const inventory::StockLevel &level = shop->level;
    // Two units reserved by an order: on hand may not go below them (the database refuses, 23514).
    placeOrder(*shop->admin, level.sku, 2, QStringLiteral("shopee"));
    auto reserved = inventory::readLevel(*shop->admin, level.key);
    QVERIFY(reserved.ok());
    QCOMPARE(reserved->reserved, 2);

    ThaiTranslation thai;
    QVERIFY(thai.loaded());
    // A negative quantity: refused before the database.
    auto negative = inventory::setOnHand(*shop->admin, level.key, -3, reserved->version, QStringLiteral("recount"));
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().kind, Error::Kind::BadInput);
    QCOMPARE(negative.error().message, QStringLiteral("จำนวนต้องเป็น 0 ขึ้นไป (ได้รับ -3)"));

    // Below what orders hold: the database refuses the guarded write, the message says why in Thai.
    auto belowReserved = inventory::setOnHand(*shop->admin, level.key, 1, reserved->version, QStringLiteral("recount"));
    QVERIFY(!belowReserved.ok());
    QCOMPARE(belowReserved.error().kind, Error::Kind::Constraint);
    QCOMPARE(belowReserved.error().sqlState, QStringLiteral("23514"));
    QVERIFY2(hasThai(belowReserved.error().message), qPrintable(describe(belowReserved.error())));
    QVERIFY2(belowReserved.error().message.startsWith(QStringLiteral("ไม่อนุญาต: %1 ในช่อง %2 มี 2 ชิ้นที่จองไว้")
                                                          .arg(level.sku, level.binCode)),
             qPrintable(belowReserved.error().message));

    // A delta that would take stock below zero.
    auto belowZero = inventory::adjustOnHand(*shop->admin, level.key, -(reserved->onHand + 5), QStringLiteral("loss"));
    QVERIFY(!belowZero.ok());
    QCOMPARE(belowZero.error().kind, Error::Kind::Constraint);
    QVERIFY2(belowZero.error().message.contains(QStringLiteral("สต็อกติดลบไม่ได้")), qPrintable(belowZero.error().message));
}

void TestI18n::unknownSkuIsThai()
{
    auto shop = openShop(2);
    ThaiTranslation thai;
    auto read = inventory::readStock(*shop->admin, QStringLiteral("NO-SUCH-SKU-42"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::NotFound);
    QCOMPARE(read.error().message, QStringLiteral("ไม่พบ SKU 'NO-SUCH-SKU-42'"));
    auto bin = inventory::readStock(*shop->admin, shop->level.sku, QStringLiteral("Z-99"));
    QVERIFY(!bin.ok());
    QCOMPARE(bin.error().message, QStringLiteral("ไม่พบช่องเก็บ 'Z-99'"));
}

void TestI18n::wrongPasswordOverTcpIsThai()
{
    auto shop = openShop(2);
    const QString login = QStringLiteral("i18n_pw_%1").arg(QCoreApplication::applicationPid());
    const QByteArray password = "Som-tam-" + QByteArray::number(QCoreApplication::applicationPid());
    QVERIFY(security::addUser(*shop->admin, login, security::JobRole::Staff, password));
    const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password=not-the-password")
                            .arg(test::TestCluster::instance().cluster().port())
                            .arg(dbNameOf(shop->conninfo), login);
    ThaiTranslation thai;
    auto conn = db::Connection::open(tcp);
    QVERIFY(!conn.ok());
    QCOMPARE(conn.error().kind, Error::Kind::Auth);
    const QString where = QStringLiteral("127.0.0.1:%1 ฐานข้อมูล \"%2\" ในชื่อผู้ใช้ \"%3\"")
                              .arg(test::TestCluster::instance().cluster().port())
                              .arg(dbNameOf(shop->conninfo), login);
    QCOMPARE(conn.error().message,
             QStringLiteral("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้องสำหรับ %1: ตรวจสอบชื่อผู้ใช้และรหัสผ่านใน --db หรือ BACKROOM_DB")
                 .arg(where));
    QVERIFY(!conn.error().message.contains(QStringLiteral("not-the-password")));
}

void TestI18n::refusalForALoginWithoutRoleIsThaiAroundTheServersWords()
{
    auto shop = openShop(2);
    auto nobody = connectOrDie(asLogin(shop->conninfo, createLoginWithoutRole(*shop->admin)));
    ThaiTranslation thai;
    auto read = inventory::readStock(*nobody, shop->level.sku);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Permission);
    QCOMPARE(read.error().sqlState, QStringLiteral("42501"));
    // Backroom's wording is Thai; PostgreSQL's own words stay as the server sent them.
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("บทบาทของคุณไม่มีสิทธิ์ทำรายการนี้: permission denied for ")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral(" โปรดติดต่อเจ้าของร้าน")), qPrintable(message));
    // The command line's path words it the same way when the function is not one Backroom knows.
    QCOMPARE(security::notAllowedMessage(read.error()), message);
}

void TestI18n::refusalNamesTheNeededRoleInThai()
{
    auto shop = openShop(2);
    const QString login = QStringLiteral("i18n_staff_%1").arg(QCoreApplication::applicationPid());
    must(*shop->admin, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE backroom_staff").arg(login).toUtf8().constData());
    auto staff = connectOrDie(asLogin(shop->conninfo, login));
    const int otherBin = must(*shop->admin, "SELECT id FROM bin WHERE id <> $1 ORDER BY id LIMIT 1", {shop->level.key.binId})
                             .toInt(0, 0);
    ThaiTranslation thai;
    auto move = inventory::moveStock(*staff, shop->level.key.productId, shop->level.key.binId, otherBin, 1);
    QVERIFY(!move.ok());
    QCOMPARE(move.error().kind, Error::Kind::Permission);
    const QString message = security::notAllowedMessage(move.error());
    QCOMPARE(message, QStringLiteral("บทบาทของคุณไม่มีสิทธิ์ทำรายการนี้: permission denied for function stock_move "
                                     "ต้องใช้บทบาท คลังสินค้า / เจ้าของร้าน เจ้าของร้านเปลี่ยนบทบาทของคุณได้ด้วยคำสั่ง "
                                     "`backroom users set-role`"));
}

void TestI18n::withoutTranslatorTheMessagesStayEnglish()
{
    // The command line installs no translator: today's English, word for word (scripts parse it).
    auto shop = openShop(2);
    auto read = inventory::readStock(*shop->admin, QStringLiteral("NO-SUCH-SKU-42"));
    QCOMPARE(read.error().message, QStringLiteral("Unknown SKU 'NO-SUCH-SKU-42'."));
    auto negative = inventory::setOnHand(*shop->admin, shop->level.key, -3, shop->level.version, QString());
    QCOMPARE(negative.error().message, QStringLiteral("Quantity must be 0 or more (got -3)."));
    auto nobody = connectOrDie(asLogin(shop->conninfo, createLoginWithoutRole(*shop->admin)));
    auto refused = inventory::readStock(*nobody, shop->level.sku);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Not allowed for your role: permission denied for ")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.endsWith(QStringLiteral(". Ask an owner.")));
    QVERIFY(!hasThai(refused.error().message));
    // The count in a stocktake's rejection reads as it always did (%n without a translator).
    const QByteArray csv = "sku,bin,counted\nNOPE," + shop->level.binCode.toUtf8() + ",3\n";
    auto take = inventory::importStocktake(*shop->admin, csv, QStringLiteral("me"), QStringLiteral("t1"));
    QVERIFY(!take.ok());
    QVERIFY2(take.error().message.startsWith(QStringLiteral("Stocktake rejected, nothing was written (1 problem(s)):\n")),
             qPrintable(take.error().message));
}

void TestI18n::commandLineStaysEnglishInAThaiLocale()
{
    // Scripts parse the CLI's output: a Thai desktop session must not change it (no translator there).
    auto shop = openShop(2);
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("th_TH.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("th_TH.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("th"));
    env.insert(QStringLiteral("BACKROOM_DB"), shop->conninfo);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("NO-SUCH-SKU-42")});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);   // bad input: no such SKU
    QCOMPARE(err.trimmed(), QStringLiteral("backroom: Unknown SKU 'NO-SUCH-SKU-42'."));
}

void TestI18n::thaiCatalogueIsCompleteAndKeepsPlaceholders()
{
    const QString dir = QStringLiteral(BACKROOM_SOURCE_DIR "/translations/");
    const QStringList thai = catalogueProblems(dir + QStringLiteral("backroom_th.ts"));
    QVERIFY2(thai.isEmpty(), qPrintable(thai.join(QLatin1Char('\n'))));
}

void TestI18n::catalogueCheckFindsEveryKindOfMistake()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken_th.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>backroom::ui::Example</name>
    <message><source>Fine %1</source><translation>ดี %1</translation></message>
    <message><source>Not done</source><translation type="unfinished"></translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Dropped %1 and %2</source><translation>ทิ้ง %1</translation></message>
    <message><source>Added</source><translation>เพิ่ม %1</translation></message>
    <message><source>&amp;File</source><translation>ไฟล์</translation></message>
    <message numerus="yes"><source>%n row(s)</source><translation><numerusform>แถว</numerusform></translation></message>
</context>
<context>
    <name>StockText</name>
    <message><location filename="../core/inventory/stock.cpp" line="1"/><source>Core</source><translation>แกน</translation></message>
</context>
</TS>
)");
    file.close();
    const QStringList problems = catalogueProblems(path);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.size() == 8, qPrintable(all));   // the unfinished one is empty too
    QVERIFY2(all.contains(QStringLiteral("\"Not done\": translation is unfinished")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"Empty\": empty translation")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"Dropped %1 and %2\": placeholders differ")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"Added\": placeholders differ")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"&File\": the & mnemonic is lost")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"%n row(s)\": placeholders differ")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("core message in context StockText")), qPrintable(all));
}

void TestI18n::screensAndMenusReadThai()
{
    auto shop = openShop(30);
    placeOrder(*shop->admin, shop->level.sku, 1, QStringLiteral("lazada"));
    placeOrder(*shop->admin, shop->level.sku, 1, QStringLiteral("web"));

    ThaiTranslation thai;   // before the window is built, as at start-up
    ui::MainWindow window(shop->conninfo);
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Menus.
    using Menu = ui::MainWindow::Menu;
    const QList<QPair<Menu, const char *>> menus{{Menu::File, "&File"}, {Menu::Edit, "&Edit"}, {Menu::View, "&View"},
                                                 {Menu::Tools, "&Tools"}, {Menu::Help, "&Help"}};
    for (const auto &[which, english] : menus) {
        const QString title = window.menu(which)->title();
        QVERIFY2(hasThai(title) && title != QLatin1String(english), qPrintable(title));
        QVERIFY2(title.contains(QLatin1Char('&')), qPrintable(title));   // still reachable with Alt
    }
    QCOMPARE(window.menu(Menu::File)->title(), QStringLiteral("ไฟล์ (&F)"));
    for (QAction *action : window.menu(Menu::Help)->actions())
        if (!action->isSeparator())
            QVERIFY2(hasThai(action->text()) || action->text().contains(QLatin1String("Qt")), qPrintable(action->text()));

    // Stock screen: tab, column headers, and the rows.
    ui::StockScreen *stock = window.stockScreen();
    window.tabs()->setCurrentWidget(stock);
    QTRY_VERIFY(stock->model()->rowCount() > 0);
    QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(stock)), QStringLiteral("สต็อก (&S)"));
    QCOMPARE(stock->model()->headerData(ui::StockModel::Sku, Qt::Horizontal).toString(), QStringLiteral("รหัสสินค้า"));
    QCOMPARE(stock->model()->headerData(ui::StockModel::OnHand, Qt::Horizontal).toString(), QStringLiteral("คงคลัง"));
    QTest::qWait(0);
    const QString stockShot = test::screenshotPath(QStringLiteral("i18n-th-stock.png"));
    QVERIFY(window.grab().save(stockShot));

    // Orders screen: tab, headers, a status, and the detail pane.
    ui::OrdersScreen *ordersScreen = window.ordersScreen();
    window.tabs()->setCurrentWidget(ordersScreen);
    QTRY_COMPARE(ordersScreen->model()->rowCount(), 2);
    QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(ordersScreen)), QStringLiteral("คำสั่งซื้อ (&O)"));
    QStringList headers;
    for (int c = 0; c < ordersScreen->model()->columnCount(); ++c)
        headers << ordersScreen->model()->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("คำสั่งซื้อ")) && headers.contains(QStringLiteral("สถานะ")),
             qPrintable(headers.join(QStringLiteral(", "))));
    for (const QString &h : headers)
        QVERIFY2(hasThai(h), qPrintable(h));
    QStringList statuses;
    for (int r = 0; r < ordersScreen->model()->rowCount(); ++r)
        for (int c = 0; c < ordersScreen->model()->columnCount(); ++c)
            statuses << ordersScreen->model()->index(r, c).data().toString();
    QVERIFY2(statuses.contains(QStringLiteral("จองแล้ว")), qPrintable(statuses.join(QStringLiteral(", "))));
    ordersScreen->table()->setCurrentIndex(ordersScreen->model()->index(0, 0));
    QTRY_COMPARE(ordersScreen->linesModel()->rowCount(), 1);
    QTest::qWait(0);
    QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("i18n-th-orders.png"))));

    // An open menu, as the user sees it.
    QMenu *file = window.menu(Menu::File);
    file->popup(window.mapToGlobal(QPoint(10, 30)));
    QTRY_VERIFY(file->isVisible());
    QVERIFY(file->grab().save(test::screenshotPath(QStringLiteral("i18n-th-file-menu.png"))));
    for (QAction *action : file->actions())
        if (!action->isSeparator())
            QVERIFY2(hasThai(action->text()), qPrintable(action->text()));
    file->hide();
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
