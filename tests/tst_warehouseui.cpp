// The warehouse screens against a real PostgreSQL (migration 012): the picking screen driven by a
// synthetic keyboard-wedge scanner (characters, then Enter), a right scan confirmed in the database and a
// wrong bin or item refused on the spot; a short pick from the keyboard; packing that blocks on a missing
// or extra unit, then packs and ships; waves created, released and printed through the Waves screen; the
// picking screen at 1024 x 600 with nothing cut off. Screenshots go to the build folder.
#include "db/asyncdb.h"
#include "dbgate.h"
#include "mainwindow.h"
#include "orders/checkout.h"
#include "screenshots.h"
#include "testdb.h"
#include "warehouse/packingscreen.h"
#include "warehouse/pickingscreen.h"
#include "warehouse/warehouse.h"
#include "warehouse/wavesmodel.h"
#include "warehouse/wavesscreen.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace backroom;
using backroom::test::must;
using backroom::test::screenshotPath;
using backroom::ui::PickingScreen;

namespace {

// Two SKUs, three bins in two zones (as tst_warehouse):
//   TEE: A-01 holds 6, A-02 holds 4, B-01 holds 3.   MUG: A-01 holds 5.
void stockShop(db::Connection &admin)
{
    must(admin, "INSERT INTO product (sku, name, name_th, barcode, price_satang) VALUES "
                "('TEE', 'Cotton T-Shirt, heavyweight, crew neck, navy blue, size XL', "
                "'เสื้อยืดผ้าฝ้ายเนื้อหนา คอกลม สีกรมท่า ไซซ์ XL', '8850000000011', 19900), "
                "('MUG', 'Mug', NULL, '8850000000028', 9900)");
    must(admin, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 10), ('A-02', 'A', 20), ('B-01', 'B', 30)");
    must(admin, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, v.n FROM "
                "(VALUES ('TEE', 'A-01', 6), ('TEE', 'A-02', 4), ('TEE', 'B-01', 3), ('MUG', 'A-01', 5)) v(sku, bin, n) "
                "JOIN product p ON p.sku = v.sku JOIN bin b ON b.code = v.bin");
}

qint64 placeAndPay(db::Connection &conn, const QList<orders::OrderLineRequest> &lines)
{
    orders::PlaceOrderRequest request;
    request.lines = lines;
    request.channel = QStringLiteral("web");
    auto order = orders::placeOrder(conn, request);
    if (!order)
        qFatal("placeOrder: %s", qPrintable(order.error().message));
    if (auto paid = orders::payOrder(conn, order->id); !paid)
        qFatal("payOrder: %s", qPrintable(paid.error().message));
    return order->id;
}

// A fresh database with the shop, orders paid, and (when asked) a released wave of them; a gate for
// the screens, as the main window makes one.
struct Floor {
    QString conninfo;
    std::unique_ptr<db::Connection> admin;
    std::unique_ptr<db::AsyncDb> async;
    std::unique_ptr<ui::DbGate> gate;
    QList<qint64> orders;
    qint64 wave = 0;

    int scalar(const char *sql, const QVariantList &params = {}) const { return must(*admin, sql, params).toInt(0, 0); }
};

std::unique_ptr<Floor> openFloor(bool releasedWave)
{
    auto floor = std::make_unique<Floor>();
    floor->conninfo = test::TestCluster::instance().freshDatabase();
    floor->admin = test::connectOrDie(floor->conninfo);
    stockShop(*floor->admin);
    floor->orders << placeAndPay(*floor->admin, {{QStringLiteral("TEE"), 2}, {QStringLiteral("MUG"), 1}});
    floor->orders << placeAndPay(*floor->admin, {{QStringLiteral("TEE"), 1}});
    if (releasedWave) {
        auto wave = warehouse::createWave(*floor->admin, {});
        if (!wave)
            qFatal("createWave: %s", qPrintable(wave.error().message));
        floor->wave = *wave;
        if (auto released = warehouse::releaseWave(*floor->admin, floor->wave); !released)
            qFatal("releaseWave: %s", qPrintable(released.error().message));
    }
    floor->async = std::make_unique<db::AsyncDb>(floor->conninfo);
    floor->gate = std::make_unique<ui::DbGate>(floor->async.get());
    return floor;
}

warehouse::PickTaskLine taskOf(const Floor &floor, qint64 taskId)
{
    auto doc = warehouse::pickListDocument(*floor.admin, floor.wave);
    if (!doc)
        qFatal("pickListDocument: %s", qPrintable(doc.error().message));
    for (const auto &line : doc->lines)
        if (line.taskId == taskId)
            return line;
    qFatal("no task %lld", taskId);
}

void scan(QWidget *input, const QString &text)
{
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

} // namespace

class TestWarehouseUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::TestCluster::instance(); }
    void pickingConfirmsARightScanAndRefusesAWrongBinOrItem();
    void pickingRecordsAShortPickFromTheKeyboard();
    void packingBlocksOnAMissingOrExtraUnitThenPacksAndShips();
    void wavesAreCreatedReleasedAndPrintedThroughTheScreen();
    void pickingFitsA1024x600Screen();
    void printsPickListsAndSlipsFromTheCommandLine();
};

void TestWarehouseUi::pickingConfirmsARightScanAndRefusesAWrongBinOrItem()
{
    auto floor = openFloor(true);
    PickingScreen screen(floor->gate.get());
    screen.resize(1024, 560);
    screen.show();
    QSignalSpy loaded(&screen, &PickingScreen::tasksLoaded);
    QSignalSpy refused(&screen, &PickingScreen::scanRefused);
    QSignalSpy answered(&screen, &PickingScreen::confirmAnswered);
    auto doc = warehouse::pickListDocument(*floor->admin, floor->wave);
    QVERIFY(doc.ok() && !doc->lines.isEmpty());
    const warehouse::PickTaskLine task = doc->lines.first();
    const qint64 first = task.taskId;
    QCOMPARE(task.binCode, QStringLiteral("A-01"));   // walking order: A-01 first
    screen.openWave(floor->wave);
    // Scans typed while the list loads wait for it, then count: a wrong bin refused, then the right one.
    QVERIFY(screen.isLoading());
    scan(screen.scanInput(), QStringLiteral("B-01"));
    scan(screen.scanInput(), task.binCode.toLower());
    QCOMPARE(refused.count(), 0);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(screen.currentTaskId(), first);
    QVERIFY(screen.binLabel()->text().contains(task.binCode));
    QVERIFY(screen.progressLabel()->text().contains(QStringLiteral("1")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().at(0).toString().contains(QStringLiteral("B-01")));
    QVERIFY(refused.first().at(0).toString().contains(task.binCode));
    QCOMPARE(screen.step(), PickingScreen::Step::Item);

    // Escape starts the task over; a wrong bin now is refused at once (no database round trip), in red.
    QApplication::setActiveWindow(&screen);
    QTest::keyClick(screen.scanInput(), Qt::Key_Escape);
    QTRY_COMPARE(screen.step(), PickingScreen::Step::Bin);
    scan(screen.scanInput(), QStringLiteral("A-02"));
    QCOMPARE(refused.count(), 2);
    QVERIFY(screen.messageLabel()->text().contains(QStringLiteral("A-02")));
    QVERIFY(screen.messageLabel()->styleSheet().contains(QStringLiteral("#b3261e")));
    QCOMPARE(screen.step(), PickingScreen::Step::Bin);
    QCOMPARE(floor->scalar("SELECT coalesce(sum(picked), 0) FROM pick_task"), 0);

    // The right bin, then a wrong item: refused; then the item's own barcode.
    scan(screen.scanInput(), task.binCode);
    QCOMPARE(screen.step(), PickingScreen::Step::Item);
    const QString wrongItem = task.sku == QLatin1String("TEE") ? QStringLiteral("MUG") : QStringLiteral("TEE");
    scan(screen.scanInput(), wrongItem);
    QCOMPARE(refused.count(), 3);
    QVERIFY(screen.messageLabel()->text().contains(wrongItem));
    QCOMPARE(screen.step(), PickingScreen::Step::Item);
    scan(screen.scanInput(), task.barcode);
    QCOMPARE(screen.step(), PickingScreen::Step::Quantity);

    // Enter alone confirms every unit: the screen shows the next task at once, before the database answers.
    QTest::keyClick(screen.scanInput(), Qt::Key_Return);
    QVERIFY(screen.currentTaskId() != first);
    QCOMPARE(screen.step(), PickingScreen::Step::Bin);
    QVERIFY(answered.wait(5000));
    QCOMPARE(refused.count(), 3);
    QCOMPARE(answered.first().at(0).toLongLong(), first);
    QCOMPARE(answered.first().at(1).toInt(), 0);
    QCOMPARE(floor->scalar("SELECT picked FROM pick_task WHERE id = $1", {first}), task.qty);
    QCOMPARE(floor->scalar("SELECT count(*) FROM pick_task WHERE id = $1 AND status = 'picked'", {first}), 1);
    QCOMPARE(floor->scalar("SELECT coalesce(sum(picked), 0) FROM pick_task WHERE id <> $1", {first}), 0);
    screen.grab().save(screenshotPath(QStringLiteral("warehouse-picking.png")));
}

void TestWarehouseUi::pickingRecordsAShortPickFromTheKeyboard()
{
    auto floor = openFloor(true);
    PickingScreen screen(floor->gate.get());
    screen.show();
    QSignalSpy loaded(&screen, &PickingScreen::tasksLoaded);
    QSignalSpy shorted(&screen, &PickingScreen::shortRecorded);
    screen.openWave(floor->wave);
    QVERIFY(loaded.wait(5000));
    // The TEE task at A-01 on screen (A-02 and B-01 hold more TEE: the short pick can be covered).
    for (int i = 0; i < 3 && screen.skuLabel()->text() != QLatin1String("TEE"); ++i) {
        scan(screen.scanInput(), taskOf(*floor, screen.currentTaskId()).binCode);
        scan(screen.scanInput(), screen.skuLabel()->text());
        QTest::keyClick(screen.scanInput(), Qt::Key_Return);
    }
    const qint64 first = screen.currentTaskId();
    QVERIFY(first > 0);
    QCOMPARE(taskOf(*floor, first).binCode, QStringLiteral("A-01"));
    QCOMPARE(screen.skuLabel()->text(), QStringLiteral("TEE"));
    // F8 goes to the missing-units box, a number and Enter record it: no mouse.
    screen.activateWindow();
    QApplication::setActiveWindow(&screen);
    QTest::keyClick(screen.scanInput(), Qt::Key_F8);
    QTRY_VERIFY(screen.missingBox()->hasFocus());
    QTest::keyClicks(screen.missingBox(), QStringLiteral("1"));
    QTest::keyClick(screen.missingBox(), Qt::Key_Return);
    QVERIFY(shorted.wait(5000));
    QCOMPARE(shorted.first().at(0).toLongLong(), first);
    QCOMPARE(shorted.first().at(1).toInt(), 1);   // re-allocated from another bin
    QCOMPARE(floor->scalar("SELECT missing FROM pick_task WHERE id = $1", {first}), 1);
    QVERIFY(floor->scalar("SELECT count(*) FROM stock_ledger WHERE reason = 'short pick'") > 0);
    // The unit now comes from another bin (a new task on the list); two are left to take here.
    QCOMPARE(floor->scalar("SELECT count(*) FROM pick_task WHERE replaces = $1", {first}), 1);
    QTRY_VERIFY(loaded.count() >= 2);   // the list was re-read
    QCOMPARE(screen.currentTaskId(), first);
    QCOMPARE(screen.qtyLabel()->text(), QStringLiteral("× 2"));
}

void TestWarehouseUi::packingBlocksOnAMissingOrExtraUnitThenPacksAndShips()
{
    auto floor = openFloor(true);
    // Everything picked through core, as a picker would have.
    auto doc = warehouse::pickListDocument(*floor->admin, floor->wave);
    QVERIFY(doc.ok());
    for (const auto &line : doc->lines) {
        QVERIFY(warehouse::claimTask(*floor->admin, line.taskId).ok());
        QVERIFY(warehouse::confirmPick(*floor->admin, {line.taskId, line.binCode, line.sku, line.qty, {}, {}}).ok());
    }
    const qint64 order = floor->orders.first();   // TEE x2, MUG x1
    QCOMPARE(must(*floor->admin, "SELECT status FROM orders WHERE id = $1", {order}).text(0, 0), QStringLiteral("picked"));

    ui::PackingScreen screen(floor->gate.get());
    screen.resize(1024, 560);
    screen.show();
    QSignalSpy loaded(&screen, &ui::PackingScreen::orderLoaded);
    scan(screen.orderInput(), QString::number(order));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(screen.linesTable()->rowCount(), 2);

    scan(screen.itemInput(), QStringLiteral("TEE"));
    scan(screen.itemInput(), QStringLiteral("8850000000028"));   // the mug's barcode
    QVERIFY(!screen.packButton()->isEnabled());
    QVERIFY2(screen.reasonLabel()->text().contains(QStringLiteral("Missing: 1 × TEE")), qPrintable(screen.reasonLabel()->text()));
    // An extra unit blocks too, and says which.
    QSignalSpy refused(&screen, &ui::PackingScreen::scanRefused);
    scan(screen.itemInput(), QStringLiteral("MUG"));
    QCOMPARE(refused.count(), 1);
    QVERIFY(screen.reasonLabel()->text().contains(QStringLiteral("Extra: MUG")));
    QVERIFY(!screen.packButton()->isEnabled());
    screen.pack();   // refused by the screen: nothing sent
    QCOMPARE(must(*floor->admin, "SELECT status FROM orders WHERE id = $1", {order}).text(0, 0), QStringLiteral("picked"));
    screen.grab().save(screenshotPath(QStringLiteral("warehouse-packing-blocked.png")));

    QTest::mouseClick(screen.undoButton(), Qt::LeftButton);
    scan(screen.itemInput(), QStringLiteral("tee"));
    QVERIFY(screen.blockingReason().isEmpty());
    QVERIFY(screen.packButton()->isEnabled());
    QSignalSpy packed(&screen, &ui::PackingScreen::packed);
    QTest::mouseClick(screen.packButton(), Qt::LeftButton);
    QVERIFY(packed.wait(5000));
    QCOMPARE(must(*floor->admin, "SELECT status FROM orders WHERE id = $1", {order}).text(0, 0), QStringLiteral("packed"));
    QCOMPARE(warehouse::waveHeader(*floor->admin, floor->wave)->ordersPacked, 1);   // the Waves list's progress

    QSignalSpy shipped(&screen, &ui::PackingScreen::shipped);
    QTRY_VERIFY(screen.trackingInput()->isEnabled() && !screen.shipButton()->isEnabled());
    QTRY_VERIFY(screen.reasonLabel()->text().contains(QStringLiteral("tracking")));
    scan(screen.trackingInput(), QStringLiteral("TH123456789"));
    QVERIFY(shipped.wait(5000));
    QCOMPARE(must(*floor->admin, "SELECT status FROM orders WHERE id = $1", {order}).text(0, 0), QStringLiteral("shipped"));
    screen.grab().save(screenshotPath(QStringLiteral("warehouse-packing.png")));

    // The packing slip prints through print/.
    QString opened;
    screen.setPdfOpener([&](const QString &path) { opened = path; });
    QTRY_VERIFY(screen.printButton()->isEnabled());   // the shipped order re-read
    QTest::mouseClick(screen.printButton(), Qt::LeftButton);
    QVERIFY(!opened.isEmpty());
    QFile pdf(opened);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    pdf.close();
    QFile::remove(opened);
}

void TestWarehouseUi::wavesAreCreatedReleasedAndPrintedThroughTheScreen()
{
    auto floor = openFloor(false);
    ui::WavesScreen screen(floor->gate.get());
    screen.resize(1024, 560);
    screen.show();
    QCOMPARE(floor->scalar("SELECT count(*) FROM wave"), 0);
    screen.cutoffEdit()->setDateTime(QDateTime::currentDateTime().addSecs(60));

    // Not now: nothing created.
    QTest::mouseClick(screen.createButton(), Qt::LeftButton);
    QTRY_VERIFY(screen.confirmation() && screen.confirmation()->isVisible());
    QTest::mouseClick(screen.confirmation()->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!screen.confirmation());
    QCOMPARE(floor->scalar("SELECT count(*) FROM wave"), 0);

    QSignalSpy changed(&screen, &ui::WavesScreen::waveChanged);
    QTest::mouseClick(screen.createButton(), Qt::LeftButton);
    QTRY_VERIFY(screen.confirmation() && screen.confirmation()->isVisible());
    QTest::mouseClick(screen.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    const qint64 wave = changed.first().at(0).toLongLong();
    QCOMPARE(floor->scalar("SELECT count(*) FROM wave WHERE id = $1 AND status = 'created'", {wave}), 1);
    QCOMPARE(floor->scalar("SELECT count(*) FROM wave_order WHERE wave_id = $1", {wave}), 2);
    QCOMPARE(screen.selectedWaveId(), std::optional<qint64>(wave));
    const int row = *screen.model()->rowOfId(wave);
    QCOMPARE(screen.model()->data(screen.model()->index(row, ui::WavesModel::Orders)).toInt(), 2);
    QVERIFY(screen.releaseButton()->isEnabled());

    QTest::mouseClick(screen.releaseButton(), Qt::LeftButton);
    QTRY_VERIFY(screen.confirmation() && screen.confirmation()->isVisible());
    QVERIFY(screen.confirmation()->text().contains(QString::number(wave)));
    QTest::mouseClick(screen.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(floor->scalar("SELECT count(*) FROM wave WHERE id = $1 AND status = 'released'", {wave}), 1);
    QTRY_COMPARE(screen.model()->rowAt(row).status, QStringLiteral("released"));
    QVERIFY(!screen.releaseButton()->isEnabled());
    QVERIFY(screen.model()->data(screen.model()->index(row, ui::WavesModel::Tasks)).toString().startsWith(QStringLiteral("0 / ")));
    QCOMPARE(screen.model()->data(screen.model()->index(row, ui::WavesModel::Packed)).toString(), QStringLiteral("0 / 2"));
    screen.grab().save(screenshotPath(QStringLiteral("warehouse-waves.png")));

    // Print pick list: a PDF rendered through print/, handed to the opener.
    QString opened;
    screen.setPdfOpener([&](const QString &path) { opened = path; });
    QSignalSpy written(&screen, &ui::WavesScreen::pickListWritten);
    QTest::mouseClick(screen.printButton(), Qt::LeftButton);
    QVERIFY(written.wait(10000));
    QCOMPARE(opened, written.first().at(0).toString());
    QVERIFY(written.first().at(1).toInt() >= 1);
    QFile pdf(opened);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    pdf.close();
    QFile::remove(opened);
}

// At 1024 x 600 the whole task shows: every part of the picking screen inside the window, no label
// cut short, no scrolling.
void TestWarehouseUi::pickingFitsA1024x600Screen()
{
    auto floor = openFloor(true);
    ui::MainWindow window(floor->conninfo);
    window.resize(1024, 600);
    window.tabs()->setCurrentWidget(window.pickingScreen());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PickingScreen *screen = window.pickingScreen();
    QSignalSpy loaded(screen, &PickingScreen::tasksLoaded);
    screen->openWave(floor->wave);
    QVERIFY(loaded.wait(5000));
    // The long-named TEE on screen (walking order: A-01 MUG/TEE first).
    for (int i = 0; i < 3 && screen->skuLabel()->text() != QLatin1String("TEE"); ++i) {
        scan(screen->scanInput(), taskOf(*floor, screen->currentTaskId()).binCode);
        scan(screen->scanInput(), screen->skuLabel()->text());
        QTest::keyClick(screen->scanInput(), Qt::Key_Return);
    }
    QCOMPARE(screen->skuLabel()->text(), QStringLiteral("TEE"));
    QVERIFY(!screen->nameThLabel()->text().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(window.size(), QSize(1024, 600));
    QVERIFY2(window.minimumSizeHint().height() <= 600,
             qPrintable(QStringLiteral("minimum height %1").arg(window.minimumSizeHint().height())));
    const QRect inside = screen->rect();
    const QList<QWidget *> parts = {screen->binLabel(), screen->qtyLabel(), screen->skuLabel(), screen->nameLabel(),
                                     screen->nameThLabel(), screen->promptLabel(), screen->scanInput(),
                                     screen->messageLabel(), screen->missingBox(), screen->shortButton(),
                                     screen->progressLabel()};
    for (QWidget *part : parts) {
        QVERIFY2(part->isVisible(), qPrintable(part->objectName()));
        const QRect at(part->mapTo(screen, QPoint(0, 0)), part->size());
        QVERIFY2(inside.contains(at), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside %6x%7")
                                                    .arg(part->objectName()).arg(at.x()).arg(at.y()).arg(at.width())
                                                    .arg(at.height()).arg(inside.width()).arg(inside.height())));
        QVERIFY2(part->height() >= part->minimumSizeHint().height(), qPrintable(part->objectName()));
    }
    for (QLabel *label : {screen->binLabel(), screen->skuLabel(), screen->qtyLabel(), screen->promptLabel(),
                          screen->progressLabel()})
        QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->objectName()));
    for (QLabel *label : {screen->nameLabel(), screen->nameThLabel()})   // wrapped: all lines shown
        QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(label->objectName()));
    window.grab().save(screenshotPath(QStringLiteral("warehouse-picking-1024x600.png")));
}

// `backroom warehouse print-picklist | print-slip` with no display at all: the command picks the offscreen
// platform itself and writes a PDF; a wave that does not exist fails with a message and no file.
void TestWarehouseUi::printsPickListsAndSlipsFromTheCommandLine()
{
    auto floor = openFloor(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto run = [&](const QStringList &args, QByteArray *out) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BACKROOM_BIN), args + QStringList{QStringLiteral("--db"), floor->conninfo});
        if (!p.waitForFinished(60000))
            return -1;
        *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    const QString list = dir.filePath(QStringLiteral("picklist.pdf"));
    QCOMPARE(run({QStringLiteral("warehouse"), QStringLiteral("print-picklist"), QString::number(floor->wave),
                  QStringLiteral("--out"), list, QStringLiteral("--label"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    QCOMPARE(answer.value(QStringLiteral("wave")).toInteger(), floor->wave);
    QCOMPARE(answer.value(QStringLiteral("lines")).toInt(), 2);   // TEE and MUG at A-01
    QVERIFY(answer.value(QStringLiteral("pages")).toInt() >= 1);
    QFile pdf(list);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    const QString slip = dir.filePath(QStringLiteral("slip.pdf"));
    QCOMPARE(run({QStringLiteral("warehouse"), QStringLiteral("print-slip"), QString::number(floor->orders.first()),
                  QStringLiteral("--out"), slip}, &out), 0);
    QVERIFY(QString::fromUtf8(out).contains(slip));
    QVERIFY(QFileInfo(slip).size() > 1000);

    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    QVERIFY(run({QStringLiteral("warehouse"), QStringLiteral("print-picklist"), QStringLiteral("999999"),
                 QStringLiteral("--out"), none}, &out) != 0);
    QVERIFY(!QFile::exists(none));
}

QTEST_MAIN(TestWarehouseUi)
#include "tst_warehouseui.moc"
