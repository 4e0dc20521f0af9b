// Stock screen against a real PostgreSQL: SQL-side sorting and search, lazy paging, the edit dialog and
// its conflict view, live updates from other connections, and the lost-connection banner.
#include "db/notifylistener.h"
#include "inventory/demoseed.h"
#include "inventory/stock.h"
#include "mainwindow.h"
#include "stock/editdialog.h"
#include "stock/historymodel.h"
#include "stock/stockmodel.h"
#include "stock/stockscreen.h"
#include "screenshots.h"
#include "testdb.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace backroom;
using backroom::inventory::StockKey;
using backroom::inventory::StockLevel;
using backroom::ui::EditDialog;
using backroom::ui::MainWindow;
using backroom::ui::StockModel;

namespace {

constexpr int kProducts = 300;   // ~900 stock rows: several pages

using backroom::test::screenshotPath;   // <build>/screenshots, never docs/

// A seeded database, a second connection playing "another client", and the main window on top.
struct Shop {
    QString conninfo;
    std::unique_ptr<db::Connection> other;
    std::unique_ptr<MainWindow> window;

    StockModel *model() const { return window->stockScreen()->model(); }
    QTableView *table() const { return window->stockScreen()->table(); }
    EditDialog *dialog() const { return window->stockScreen()->editDialog(); }
};

std::unique_ptr<Shop> openShop()
{
    auto shop = std::make_unique<Shop>();
    shop->conninfo = test::TestCluster::instance().freshDatabase();
    shop->other = test::connectOrDie(shop->conninfo);
    inventory::SeedOptions options;
    options.products = kProducts;
    options.bins = 40;
    if (auto r = inventory::seedDemo(*shop->other, options); !r)
        qFatal("seed failed: %s", qPrintable(r.error().message));
    shop->window = std::make_unique<MainWindow>(shop->conninfo);
    shop->window->resize(1280, 800);
    shop->window->show();
    return shop;
}

int stockRows(db::Connection &conn) { return int(test::must(conn, "SELECT count(*) FROM stock").toInt64(0, 0)); }

StockLevel dbLevel(db::Connection &conn, const StockKey &key)
{
    auto level = inventory::readLevel(conn, key);
    if (!level)
        qFatal("readLevel: %s", qPrintable(level.error().message));
    return *level;
}

void otherClientAdjusts(db::Connection &conn, const StockKey &key, int delta, const QString &reason = QStringLiteral("other client"))
{
    auto r = inventory::adjustOnHand(conn, key, delta, reason, QStringLiteral("other-client"));
    if (!r)
        qFatal("adjust: %s", qPrintable(r.error().message));
}

// Waits for the edit dialog and makes it the active window, as a window manager would, so that key
// presses go to it rather than to the table's shortcuts.
EditDialog *waitForDialog(Shop &shop)
{
    if (!QTest::qWaitFor([&] { return shop.dialog() && shop.dialog()->isVisible(); }))
        return nullptr;
    EditDialog *dialog = shop.dialog();
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }))
        return nullptr;
    return dialog;
}

void clickHeader(QTableView *table, int section)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

class TestStockUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsFirstPageSortedBySku();
    void sortsInSqlWhenHeaderClicked();
    void searchFiltersRowsTypoTolerant();
    void fetchesMorePagesLazily();
    void editsQuantityThroughDialogWithKeyboard();
    void conflictOffersThreeChoices_data();
    void conflictOffersThreeChoices();
    void furtherConflictShowsConflictViewAgain();
    void refusalBelowReservedStaysInDialog();
    void updatesRowsOnNotifyKeepingSelectionAndScroll();
    void showsChangesTheNotifyGateDidNotAnnounce();
    void historyPaneShowsLedgerOfSelectedRow();
    void showsBannerWhileConnectionLostAndRecovers();
    void lostConnectionKeepsEditInDialog();
    void slowSearchDoesNotHoldUpAnEdit();
    void showsThaiTranslation();
};

void TestStockUi::initTestCase()
{
    test::TestCluster::instance();
}

void TestStockUi::listsFirstPageSortedBySku()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    QVERIFY(shop->model()->canFetchMore({}));
    const auto first = test::must(*shop->other, "SELECT p.sku FROM stock s JOIN product p ON p.id = s.product_id "
                                                "ORDER BY p.sku, s.bin_id LIMIT 1");
    QCOMPARE(shop->model()->levelAt(0).sku, first.text(0, 0));
    for (int i = 1; i < shop->model()->rowCount(); ++i)
        QVERIFY(shop->model()->levelAt(i - 1).sku <= shop->model()->levelAt(i).sku);
    // Thai names are shown too (own column and tooltip).
    const QModelIndex thai = shop->model()->index(0, StockModel::NameTh);
    QVERIFY(!thai.data().toString().isEmpty());
    QVERIFY(shop->model()->index(0, StockModel::Name).data(Qt::ToolTipRole).toString().contains(thai.data().toString()));

    // A little history for the screenshot.
    QTRY_VERIFY(shop->window->listener()->isListening());
    const StockKey key = shop->model()->levelAt(2).key;
    const int onHand = shop->model()->levelAt(2).onHand;
    otherClientAdjusts(*shop->other, key, +24, QStringLiteral("delivery from supplier"));
    otherClientAdjusts(*shop->other, key, -2, QStringLiteral("damaged in transit"));
    otherClientAdjusts(*shop->other, key, -1, QStringLiteral("sold at the counter"));
    shop->table()->setCurrentIndex(shop->model()->index(2, 0));
    QTRY_COMPARE(shop->window->stockScreen()->historyModel()->rowCount(), 4);
    QTRY_COMPARE(shop->model()->levelAt(2).onHand, onHand + 21);
    QVERIFY(shop->window->grab().save(screenshotPath(QStringLiteral("stock.png"))));
}

void TestStockUi::sortsInSqlWhenHeaderClicked()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    auto *table = shop->table();
    clickHeader(table, StockModel::OnHand);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(StockModel::OnHand));
    if (table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder)
        clickHeader(table, StockModel::OnHand);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    const int maxOnHand = int(test::must(*shop->other, "SELECT max(on_hand) FROM stock").toInt64(0, 0));
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    QTRY_COMPARE(shop->model()->levelAt(0).onHand, maxOnHand);
    for (int i = 1; i < shop->model()->rowCount(); ++i)
        QVERIFY(shop->model()->levelAt(i - 1).onHand >= shop->model()->levelAt(i).onHand);

    clickHeader(table, StockModel::Bin);
    if (table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
        clickHeader(table, StockModel::Bin);
    const QString minBin = test::must(*shop->other, "SELECT min(b.code) FROM stock s JOIN bin b ON b.id = s.bin_id").text(0, 0);
    QTRY_COMPARE(shop->model()->levelAt(0).binCode, minBin);
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    for (int i = 1; i < shop->model()->rowCount(); ++i)
        QVERIFY(shop->model()->levelAt(i - 1).binCode <= shop->model()->levelAt(i).binCode);
}

void TestStockUi::searchFiltersRowsTypoTolerant()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    QLineEdit *search = shop->window->stockScreen()->searchBox();
    shop->table()->setFocus();
    QTest::keyClick(shop->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus() || shop->window->focusWidget() == search);

    QTest::keyClicks(search, QStringLiteral("hoodie"));
    const int hoodies = int(test::must(*shop->other, "SELECT count(*) FROM stock s JOIN product p ON p.id = s.product_id "
                                                     "WHERE p.name ILIKE '%hoodie%'").toInt64(0, 0));
    QVERIFY(hoodies > 0 && hoodies < StockModel::kPageSize);
    QTRY_COMPARE(shop->model()->rowCount(), hoodies);
    for (int i = 0; i < shop->model()->rowCount(); ++i)
        QVERIFY(shop->model()->levelAt(i).name.contains(QStringLiteral("Hoodie")));

    // A typo still finds hoodies (trigram similarity in SQL).
    search->clear();
    QTest::keyClicks(search, QStringLiteral("hoodei"));
    QTRY_VERIFY(shop->model()->rowCount() > 0 && shop->model()->search() == QStringLiteral("hoodei"));
    QTRY_VERIFY(shop->model()->levelAt(0).name.contains(QStringLiteral("Hoodie")));

    // Thai search.
    search->clear();
    search->setText(QStringLiteral("เสื้อฮู้ด"));   // QTest::keyClicks takes Latin-1 only
    QTRY_COMPARE(shop->model()->rowCount(), hoodies);

    search->clear();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
}

void TestStockUi::fetchesMorePagesLazily()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    QVERIFY(shop->model()->canFetchMore({}));
    shop->table()->scrollToBottom();
    QTRY_COMPARE(shop->model()->rowCount(), 2 * StockModel::kPageSize);

    const int total = stockRows(*shop->other);
    QVERIFY(total > 3 * StockModel::kPageSize);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            shop->table()->scrollToBottom();
            return shop->model()->rowCount() == total && !shop->model()->canFetchMore({}) && !shop->model()->isLoading();
        }(),
        20000);
    QSet<QPair<qint64, int>> keys;
    for (int i = 0; i < shop->model()->rowCount(); ++i) {
        keys.insert({shop->model()->levelAt(i).key.productId, shop->model()->levelAt(i).key.binId});
        if (i > 0)
            QVERIFY(shop->model()->levelAt(i - 1).sku <= shop->model()->levelAt(i).sku);
    }
    QCOMPARE(int(keys.size()), total);
}

void TestStockUi::editsQuantityThroughDialogWithKeyboard()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const int row = 3;
    const StockLevel before = shop->model()->levelAt(row);
    shop->table()->setCurrentIndex(shop->model()->index(row, 0));
    shop->table()->setFocus();
    QTest::keyClick(shop->table(), Qt::Key_F2);
    EditDialog *dialog = waitForDialog(*shop);
    QVERIFY(dialog);
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
    QVERIFY(quantity);
    QCOMPARE(dialog->focusWidget(), quantity);
    QCOMPARE(quantity->value(), before.onHand);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("readLevel"))->text().contains(before.version));

    const int wanted = before.onHand + 37;
    QTest::keyClicks(quantity, QString::number(wanted));
    QTest::keyClick(quantity, Qt::Key_Tab);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("recount"));
    QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("stock-edit.png"))));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), Qt::Key_Return);

    QTRY_VERIFY(!shop->dialog());
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, wanted);
    QCOMPARE(shop->model()->levelAt(row).onHand, wanted);
    auto ledger = inventory::history(*shop->other, before.key, 1);
    QVERIFY(ledger && !ledger->isEmpty());
    QCOMPARE(ledger->first().reason, QStringLiteral("recount"));
    QCOMPARE(ledger->first().delta, 37);

    // Esc cancels without writing.
    QApplication::setActiveWindow(shop->window.get());
    QTRY_VERIFY(shop->table()->hasFocus());
    QTest::keyClick(shop->table(), Qt::Key_Return);
    QVERIFY(waitForDialog(*shop));
    quantity = shop->dialog()->findChild<QSpinBox *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QStringLiteral("5"));
    QTest::keyClick(quantity, Qt::Key_Escape);
    QTRY_VERIFY(!shop->dialog());
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, wanted);
}

// Searches run on their own connection: while one is stuck (here behind a lock on the word dictionary),
// saving an edit still goes through at once.
void TestStockUi::slowSearchDoesNotHoldUpAnEdit()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const StockLevel before = shop->model()->levelAt(4);
    shop->table()->setCurrentIndex(shop->model()->index(4, 0));
    shop->table()->setFocus();
    QTest::keyClick(shop->table(), Qt::Key_F2);
    EditDialog *dialog = waitForDialog(*shop);
    QVERIFY(dialog);

    auto blocker = test::connectOrDie(shop->conninfo);
    test::must(*blocker, "BEGIN");
    test::must(*blocker, "LOCK TABLE search_word IN ACCESS EXCLUSIVE MODE");
    shop->model()->setSearch(QStringLiteral("tshrit"));   // a typo: needs the dictionary, so it waits
    QTRY_VERIFY_WITH_TIMEOUT(test::must(*shop->other, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                      "current_database() AND wait_event_type = 'Lock'")
                                     .toInt(0, 0) == 1,
                             10000);

    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QString::number(before.onHand + 5));
    QTest::keyClick(quantity, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!shop->dialog(), 5000);
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand + 5);

    test::must(*blocker, "ROLLBACK");
    QTRY_VERIFY_WITH_TIMEOUT(shop->model()->rowCount() > 0, 10000);
    QVERIFY(shop->model()->levelAt(0).sku.startsWith(QLatin1String("TSH-")));
}

void TestStockUi::conflictOffersThreeChoices_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<int>("expectedDelta");   // relative to what the dialog read; theirs = +5, mine = +10
    QTest::newRow("apply as delta") << QStringLiteral("applyDelta") << 15;
    QTest::newRow("keep theirs") << QStringLiteral("keepTheirs") << 5;
    QTest::newRow("set mine anyway") << QStringLiteral("setMine") << 10;
}

void TestStockUi::conflictOffersThreeChoices()
{
    QFETCH(QString, choice);
    QFETCH(int, expectedDelta);
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const int row = 7;
    const StockLevel before = shop->model()->levelAt(row);
    shop->table()->setCurrentIndex(shop->model()->index(row, 0));
    shop->table()->setFocus();
    QTest::keyClick(shop->table(), Qt::Key_Return);
    EditDialog *dialog = waitForDialog(*shop);
    QVERIFY(dialog);

    otherClientAdjusts(*shop->other, before.key, +5, QStringLiteral("sold at the counter"));

    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QString::number(before.onHand + 10));
    QTest::keyClick(quantity, Qt::Key_Return);
    QTRY_VERIFY(dialog->isShowingConflict());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("originalOnHand"))->text(), QString::number(before.onHand));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("theirOnHand"))->text(),
             QStringLiteral("%1 (+5)").arg(before.onHand + 5));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("mineOnHand"))->text(),
             QStringLiteral("%1 (+10)").arg(before.onHand + 10));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("otherChange"))->text().contains(QStringLiteral("other-client")));
    // Nothing of ours was written yet.
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand + 5);
    if (choice == QStringLiteral("applyDelta"))
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("stock-conflict.png"))));

    auto *button = dialog->findChild<QPushButton *>(choice);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!shop->dialog());
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand + expectedDelta);
    QTRY_COMPARE(shop->model()->levelAt(row).onHand, before.onHand + expectedDelta);
    QCOMPARE(shop->table()->currentIndex().row(), row);
    QVERIFY(inventory::ledgerMismatches(*shop->other)->isEmpty());
}

void TestStockUi::furtherConflictShowsConflictViewAgain()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const int row = 11;
    const StockLevel before = shop->model()->levelAt(row);
    shop->table()->setCurrentIndex(shop->model()->index(row, 0));
    shop->window->stockScreen()->editCurrent();
    EditDialog *dialog = waitForDialog(*shop);
    QVERIFY(dialog);
    otherClientAdjusts(*shop->other, before.key, +5);
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QString::number(before.onHand + 10));
    QTest::keyClick(quantity, Qt::Key_Enter);
    QTRY_VERIFY(dialog->isShowingConflict());

    // While the user reads the conflict view, the other client changes it again.
    otherClientAdjusts(*shop->other, before.key, +3);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("setMine")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isSaving());
    QVERIFY(dialog->isShowingConflict());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("originalOnHand"))->text(), QString::number(before.onHand + 5));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("theirOnHand"))->text(),
             QStringLiteral("%1 (+3)").arg(before.onHand + 8));
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand + 8);

    // Enter takes the default choice: re-apply the user's change (+5 relative to what they last saw).
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!shop->dialog());
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand + 10 + 3);
}

void TestStockUi::refusalBelowReservedStaysInDialog()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const int row = 5;
    StockLevel before = shop->model()->levelAt(row);
    QVERIFY(before.onHand >= 5);
    test::must(*shop->other, "UPDATE stock SET reserved = 4 WHERE product_id = $1 AND bin_id = $2",
               {before.key.productId, before.key.binId});
    QTRY_COMPARE(shop->model()->levelAt(row).reserved, 4);
    shop->table()->setCurrentIndex(shop->model()->index(row, 0));
    shop->table()->setFocus();
    QTest::keyClick(shop->table(), Qt::Key_F2);
    EditDialog *dialog = waitForDialog(*shop);
    QVERIFY(dialog);
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QStringLiteral("2"));
    QTest::keyClick(quantity, Qt::Key_Return);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
    QTRY_VERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("reserved")), qPrintable(error->text()));
    QVERIFY(shop->dialog());
    QCOMPARE(quantity->value(), 2);
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand);
    // Fix the number and save: the same dialog still works.
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("6"));
    QTest::keyClick(quantity, Qt::Key_Return);
    QTRY_VERIFY(!shop->dialog());
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, 6);
}

void TestStockUi::updatesRowsOnNotifyKeepingSelectionAndScroll()
{
    auto shop = openShop();
    QTRY_VERIFY(shop->window->listener()->isListening());
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    shop->model()->fetchMore({});
    QTRY_COMPARE(shop->model()->rowCount(), 2 * StockModel::kPageSize);
    const int row = 250;
    shop->table()->setCurrentIndex(shop->model()->index(row, 0));
    shop->table()->scrollTo(shop->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scroll = shop->table()->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    const StockLevel selected = shop->model()->levelAt(row);
    const StockLevel elsewhere = shop->model()->levelAt(10);

    QElapsedTimer clock;
    clock.start();
    otherClientAdjusts(*shop->other, selected.key, +7);
    otherClientAdjusts(*shop->other, elsewhere.key, -2);
    // Changes from another client show within a second.
    QTRY_COMPARE_WITH_TIMEOUT(shop->model()->levelAt(row).onHand, selected.onHand + 7, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(shop->model()->levelAt(10).onHand, elsewhere.onHand - 2, 1000);
    qInfo("change from another client visible after %lld ms", clock.elapsed());
    QCOMPARE(shop->model()->levelAt(row).version, dbLevel(*shop->other, selected.key).version);
    QCOMPARE(shop->table()->currentIndex().row(), row);
    QCOMPARE(shop->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(shop->table()->selectionModel()->selectedRows().first().row(), row);
    QCOMPARE(shop->table()->verticalScrollBar()->value(), scroll);
    QCOMPARE(shop->model()->rowCount(), 2 * StockModel::kPageSize);

    // A bulk change ('*') re-reads every loaded row.
    test::must(*shop->other, "SELECT set_config('backroom.quiet', 'on', false)");
    test::must(*shop->other, "UPDATE stock SET reserved = 1 WHERE product_id = $1 AND bin_id = $2",
               {elsewhere.key.productId, elsewhere.key.binId});
    test::must(*shop->other, "SELECT pg_notify('stock_changed', '*')");
    QTRY_COMPARE(shop->model()->levelAt(10).reserved, 1);
    QCOMPARE(shop->table()->currentIndex().row(), row);
}

// Migration 009 lets one transaction per interval notify: with the gate closed for an hour after the
// first change, the second change is announced by nobody, and only the screen's trailing refresh
// (db::kCoalescedTrailingRefreshMs after the first notification) can show it.
void TestStockUi::showsChangesTheNotifyGateDidNotAnnounce()
{
    auto shop = openShop();
    QTRY_VERIFY(shop->window->listener()->isListening());
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const StockLevel first = shop->model()->levelAt(3);
    const StockLevel second = shop->model()->levelAt(7);
    test::must(*shop->other, "UPDATE backroom_data.notify_gate SET min_gap = '1 hour', last_sent = '-infinity'");
    otherClientAdjusts(*shop->other, first.key, +4);    // notifies, and closes the gate for an hour
    otherClientAdjusts(*shop->other, second.key, +6);   // skips notifying
    QTRY_COMPARE_WITH_TIMEOUT(shop->model()->levelAt(3).onHand, first.onHand + 4, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(shop->model()->levelAt(7).onHand, second.onHand + 6, 2000);
}

void TestStockUi::historyPaneShowsLedgerOfSelectedRow()
{
    auto shop = openShop();
    QTRY_VERIFY(shop->window->listener()->isListening());
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const StockLevel level = shop->model()->levelAt(4);
    shop->table()->setCurrentIndex(shop->model()->index(4, 0));
    ui::HistoryModel *history = shop->window->stockScreen()->historyModel();
    QTRY_COMPARE(history->rowCount(), 1);   // the seed's row
    QCOMPARE(history->entryAt(0).onHandAfter, level.onHand);

    otherClientAdjusts(*shop->other, level.key, -3, QStringLiteral("damaged"));
    QTRY_COMPARE(history->rowCount(), 2);
    QCOMPARE(history->entryAt(0).delta, -3);
    QCOMPARE(history->index(0, ui::HistoryModel::Reason).data().toString(), QStringLiteral("damaged"));
    // The login that made the change, and the name it gave as a note.
    QCOMPARE(history->index(0, ui::HistoryModel::Actor).data().toString(),
             QStringLiteral("%1 (other-client)").arg(QLatin1String(db::EmbeddedCluster::kSuperuser)));
    QCOMPARE(history->index(0, ui::HistoryModel::Delta).data().toString(), QStringLiteral("-3"));
    const QString shownTime = history->index(0, ui::HistoryModel::Time).data().toString();
    QCOMPARE(shownTime, QLocale().toString(history->entryAt(0).at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));

    shop->table()->setCurrentIndex(shop->model()->index(0, 0));
    QTRY_COMPARE(history->rowCount(), 1);
    QVERIFY(history->key() && *history->key() == shop->model()->levelAt(0).key);
}

void TestStockUi::showsBannerWhileConnectionLostAndRecovers()
{
    auto shop = openShop();
    QTRY_VERIFY(shop->window->listener()->isListening());
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    QVERIFY(!shop->window->isConnectionBannerShown());
    QSignalSpy banner(shop->window.get(), &MainWindow::connectionBannerChanged);

    test::must(*shop->other, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    QTRY_VERIFY(!banner.isEmpty());
    QCOMPARE(banner.first().first().toBool(), true);
    auto *label = shop->window->findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(label->text().contains(QStringLiteral("reconnecting")));
    QVERIFY(shop->window->grab().save(screenshotPath(QStringLiteral("stock-banner.png"))));

    QTRY_VERIFY_WITH_TIMEOUT(!shop->window->isConnectionBannerShown(), 15000);
    // Both the query connection and the listener are back: a change from elsewhere shows again.
    const StockLevel level = shop->model()->levelAt(1);
    QTRY_VERIFY_WITH_TIMEOUT(shop->window->listener()->isListening(), 15000);
    otherClientAdjusts(*shop->other, level.key, +4);
    QTRY_COMPARE_WITH_TIMEOUT(shop->model()->levelAt(1).onHand, level.onHand + 4, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!shop->window->isConnectionBannerShown(), 15000);
}

void TestStockUi::lostConnectionKeepsEditInDialog()
{
    auto shop = openShop();
    QTRY_VERIFY(shop->window->listener()->isListening());
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    const int row = 6;
    const StockLevel before = shop->model()->levelAt(row);
    shop->table()->setCurrentIndex(shop->model()->index(row, 0));
    shop->window->stockScreen()->editCurrent();
    EditDialog *dialog = waitForDialog(*shop);
    QVERIFY(dialog);
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
    QTest::keyClicks(quantity, QString::number(before.onHand + 3));

    test::must(*shop->other, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    QTRY_VERIFY(shop->window->isConnectionBannerShown());
    QTest::keyClick(quantity, Qt::Key_Return);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
    QTRY_VERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("connection"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(shop->dialog());
    QCOMPARE(quantity->value(), before.onHand + 3);
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand);

    // Once the connection is back, Save again writes the kept edit.
    QTRY_VERIFY_WITH_TIMEOUT(!shop->window->isConnectionBannerShown(), 15000);
    QTest::keyClick(quantity, Qt::Key_Return);
    QTRY_VERIFY(!shop->dialog());
    QCOMPARE(dbLevel(*shop->other, before.key).onHand, before.onHand + 3);
}

void TestStockUi::showsThaiTranslation()
{
    QTranslator thai;
    QVERIFY(thai.load(QStringLiteral(":/i18n/backroom_th.qm")));
    QCoreApplication::installTranslator(&thai);
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), StockModel::kPageSize);
    QCOMPARE(shop->model()->headerData(StockModel::Sku, Qt::Horizontal).toString(), QStringLiteral("รหัสสินค้า"));
    shop->table()->setCurrentIndex(shop->model()->index(1, 0));
    QTRY_VERIFY(shop->window->stockScreen()->historyModel()->rowCount() > 0);
    QVERIFY(shop->window->grab().save(screenshotPath(QStringLiteral("stock-th.png"))));
    QCoreApplication::removeTranslator(&thai);
}

QTEST_MAIN(TestStockUi)
#include "tst_stockui.moc"
