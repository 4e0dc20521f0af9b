// Orders screen against a real PostgreSQL: the live list (newest first), filters by status, channel and
// date, the detail pane, orders from other connections appearing within a second, and cancelling.
#include "db/notifylistener.h"
#include "inventory/demoseed.h"
#include "mainwindow.h"
#include "orders/checkout.h"
#include "orders/orderlinesmodel.h"
#include "orders/ordersmodel.h"
#include "orders/ordersscreen.h"
#include "screenshots.h"
#include "testdb.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace backroom;
using backroom::orders::Order;
using backroom::orders::OrderStatus;
using backroom::ui::OrdersModel;
using backroom::ui::OrdersScreen;

namespace {

using backroom::test::screenshotPath;   // <build>/screenshots, never docs/

// A demo shop with a dozen orders in every state and channel, a second connection playing the
// store front, and the main window showing the orders tab.
struct Shop {
    QString conninfo;
    std::unique_ptr<db::Connection> other;
    QStringList skus;
    QList<Order> placed;           // in creation order
    std::unique_ptr<ui::MainWindow> window;

    OrdersScreen *screen() const { return window->ordersScreen(); }
    OrdersModel *model() const { return screen()->model(); }
    int count(const char *where) const
    {
        return int(test::must(*other, QStringLiteral("SELECT count(*) FROM orders WHERE %1").arg(QLatin1String(where)).toUtf8().constData())
                       .toInt64(0, 0));
    }
};

Order place(Shop &shop, const QString &channel, int lines, int firstSku)
{
    orders::PlaceOrderRequest request;
    request.channel = channel;
    for (int i = 0; i < lines; ++i)
        request.lines.append({shop.skus.at((firstSku + i) % shop.skus.size()), 1 + i});
    auto order = orders::placeOrder(*shop.other, request);
    if (!order)
        qFatal("placeOrder: %s", qPrintable(order.error().message));
    return *order;
}

std::unique_ptr<Shop> openShop()
{
    auto shop = std::make_unique<Shop>();
    shop->conninfo = test::TestCluster::instance().freshDatabase();
    shop->other = test::connectOrDie(shop->conninfo);
    inventory::SeedOptions options;
    options.products = 40;
    options.bins = 20;
    if (auto r = inventory::seedDemo(*shop->other, options); !r)
        qFatal("seed: %s", qPrintable(r.error().message));
    auto skus = test::must(*shop->other, "SELECT sku FROM product ORDER BY id LIMIT 20");
    for (int i = 0; i < skus.rows(); ++i)
        shop->skus << skus.text(i, 0);
    const QStringList channels = {QStringLiteral("web"), QStringLiteral("shopee"), QStringLiteral("lazada")};
    for (int i = 0; i < 12; ++i)
        shop->placed << place(*shop, channels.at(i % 3), 1 + i % 3, i);
    for (int i : {1, 4, 7, 10})
        orders::payOrder(*shop->other, shop->placed.at(i).id);
    for (int i : {2, 5})
        orders::cancelOrder(*shop->other, shop->placed.at(i).id, QStringLiteral("test"));
    // Three old orders, to filter by date.
    for (int i : {0, 1, 2})
        test::must(*shop->other, "UPDATE orders SET created_at = now() - interval '10 days' WHERE id = $1",
                   {shop->placed.at(i).id});
    shop->window = std::make_unique<ui::MainWindow>(shop->conninfo);
    shop->window->resize(1280, 760);
    shop->window->tabs()->setCurrentWidget(shop->window->ordersScreen());
    shop->window->show();
    return shop;
}

qint64 reservedOf(db::Connection &conn, const QString &sku)
{
    return test::must(conn, "SELECT coalesce(sum(s.reserved), 0) FROM stock s JOIN product p ON p.id = s.product_id "
                            "WHERE p.sku = $1", {sku}).toInt64(0, 0);
}

} // namespace

class TestOrdersUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::TestCluster::instance(); }
    void listsOrdersNewestFirstWithDetail();
    void filtersByStatusChannelAndDate();
    void newAndChangedOrdersAppearWithinASecond();
    void cancelsReservedOrderOnlyAfterConfirmation();
};

void TestOrdersUi::listsOrdersNewestFirstWithDetail()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), 12);
    for (int row = 0; row < 12; ++row)
        QCOMPARE(shop->model()->rowAt(row).order.id, shop->placed.at(11 - row).id);
    const Order &newest = shop->placed.last();   // 3 lines: qty 1 + 2 + 3
    QCOMPARE(shop->model()->index(0, OrdersModel::Items).data().toInt(), 6);
    QCOMPARE(shop->model()->index(0, OrdersModel::Channel).data().toString(), newest.channel);
    QCOMPARE(shop->model()->index(0, OrdersModel::Status).data().toString(), QStringLiteral("Reserved"));
    QVERIFY(shop->model()->index(0, OrdersModel::Total).data().toString().startsWith(QStringLiteral("฿")));
    QCOMPARE(shop->model()->index(0, OrdersModel::Age).data().toString(), QStringLiteral("just now"));
    QCOMPARE(shop->model()->index(11, OrdersModel::Age).data().toString(), QStringLiteral("10 d"));
    QCOMPARE(OrdersModel::moneyText(123456), QStringLiteral("฿1,234.56"));
    QCOMPARE(shop->model()->index(1, OrdersModel::Status).data().toString(), QStringLiteral("Paid"));   // placed[10]

    shop->screen()->table()->setCurrentIndex(shop->model()->index(0, 0));
    QTRY_COMPARE(shop->screen()->linesModel()->rowCount(), 3);
    QTRY_VERIFY(shop->screen()->cancelButton()->isEnabled());
    auto *detail = shop->screen()->findChild<QLabel *>(QStringLiteral("orderDetail"));
    QVERIFY(detail->text().contains(QStringLiteral("#%1").arg(newest.id)));
    QVERIFY(shop->window->grab().save(screenshotPath(QStringLiteral("orders.png"))));

    shop->screen()->table()->setCurrentIndex(shop->model()->index(1, 0));   // placed[10]: paid
    QTRY_COMPARE(shop->screen()->shownOrderId(), std::optional<qint64>(shop->placed.at(10).id));
    QTRY_COMPARE(shop->screen()->linesModel()->rowCount(), 2);
    QVERIFY(!shop->screen()->cancelButton()->isEnabled());
}

void TestOrdersUi::filtersByStatusChannelAndDate()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), 12);
    OrdersScreen *screen = shop->screen();

    screen->statusFilter()->setCurrentIndex(screen->statusFilter()->findData(QStringLiteral("paid")));
    const int paid = shop->count("status = 'paid'");
    QCOMPARE(paid, 4);
    QTRY_COMPARE(shop->model()->rowCount(), paid);
    for (int i = 0; i < paid; ++i)
        QCOMPARE(shop->model()->rowAt(i).order.status, OrderStatus::Paid);

    screen->statusFilter()->setCurrentIndex(0);
    screen->channelFilter()->setCurrentIndex(screen->channelFilter()->findData(QStringLiteral("shopee")));
    QTRY_COMPARE(shop->model()->rowCount(), shop->count("channel = 'shopee'"));
    for (int i = 0; i < shop->model()->rowCount(); ++i)
        QCOMPARE(shop->model()->rowAt(i).order.channel, QStringLiteral("shopee"));

    screen->statusFilter()->setCurrentIndex(screen->statusFilter()->findData(QStringLiteral("reserved")));
    QTRY_COMPARE(shop->model()->rowCount(), shop->count("channel = 'shopee' AND status = 'reserved'"));

    screen->statusFilter()->setCurrentIndex(0);
    screen->channelFilter()->setCurrentIndex(0);
    QTRY_COMPARE(shop->model()->rowCount(), 12);
    screen->fromDate()->setDate(QDate::currentDate().addDays(-3));
    screen->toDate()->setDate(QDate::currentDate());
    screen->dateFilter()->setChecked(true);
    QTRY_COMPARE(shop->model()->rowCount(), 9);   // the three backdated orders drop out
    screen->fromDate()->setDate(QDate::currentDate().addDays(-11));
    screen->toDate()->setDate(QDate::currentDate().addDays(-9));
    QTRY_COMPARE(shop->model()->rowCount(), 3);
    screen->dateFilter()->setChecked(false);
    QTRY_COMPARE(shop->model()->rowCount(), 12);
}

void TestOrdersUi::newAndChangedOrdersAppearWithinASecond()
{
    auto shop = openShop();
    QTRY_VERIFY(shop->window->listener()->isListening());
    QTRY_COMPARE(shop->model()->rowCount(), 12);
    QTableView *table = shop->screen()->table();
    table->setCurrentIndex(shop->model()->index(2, 0));
    const qint64 selectedId = shop->model()->rowAt(2).order.id;

    QElapsedTimer clock;
    clock.start();
    const Order fresh = place(*shop, QStringLiteral("lazada"), 2, 5);
    QTRY_COMPARE_WITH_TIMEOUT(shop->model()->rowCount(), 13, 1000);
    qInfo("new order listed after %lld ms", clock.elapsed());
    QCOMPARE(shop->model()->rowAt(0).order.id, fresh.id);
    QCOMPARE(shop->model()->rowAt(0).items.units, 3);
    // The selection stays on the same order.
    QCOMPARE(shop->model()->rowAt(table->currentIndex().row()).order.id, selectedId);

    // Paid elsewhere: the row changes in place.
    const qint64 reservedId = shop->placed.at(11).id;
    const int row = *shop->model()->rowOfId(reservedId);
    QCOMPARE(shop->model()->rowAt(row).order.status, OrderStatus::Reserved);
    QVERIFY(orders::payOrder(*shop->other, reservedId));
    QTRY_COMPARE_WITH_TIMEOUT(shop->model()->rowAt(row).order.status, OrderStatus::Paid, 1000);

    // With a status filter on, a new order that does not match stays out.
    shop->screen()->statusFilter()->setCurrentIndex(shop->screen()->statusFilter()->findData(QStringLiteral("paid")));
    QTRY_COMPARE(shop->model()->rowCount(), 5);
    const Order another = place(*shop, QStringLiteral("web"), 1, 3);
    QVERIFY(orders::payOrder(*shop->other, another.id));
    QTRY_COMPARE(shop->model()->rowCount(), 6);
    QCOMPARE(shop->model()->rowAt(0).order.id, another.id);
}

void TestOrdersUi::cancelsReservedOrderOnlyAfterConfirmation()
{
    auto shop = openShop();
    QTRY_COMPARE(shop->model()->rowCount(), 12);
    const Order target = shop->placed.at(9);   // reserved, web, 1 line
    const QString sku = target.lines.first().sku;
    const qint64 reservedBefore = reservedOf(*shop->other, sku);
    const int row = *shop->model()->rowOfId(target.id);
    shop->screen()->table()->setCurrentIndex(shop->model()->index(row, 0));
    QTRY_VERIFY(shop->screen()->cancelButton()->isEnabled());

    // "Keep the order" leaves it alone.
    QTest::mouseClick(shop->screen()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(shop->screen()->confirmation() && shop->screen()->confirmation()->isVisible());
    QTest::mouseClick(shop->screen()->confirmation()->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!shop->screen()->confirmation());
    QCOMPARE(shop->count(qPrintable(QStringLiteral("status = 'reserved' AND id = %1").arg(target.id))), 1);

    // Confirmed: cancelled in the database, the row and the stock follow.
    QTest::mouseClick(shop->screen()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(shop->screen()->confirmation() && shop->screen()->confirmation()->isVisible());
    QVERIFY(shop->screen()->confirmation()->text().contains(QStringLiteral("#%1").arg(target.id)));
    QTest::mouseClick(shop->screen()->confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(shop->model()->rowAt(row).order.status, OrderStatus::Cancelled);
    QCOMPARE(shop->count(qPrintable(QStringLiteral("status = 'cancelled' AND id = %1").arg(target.id))), 1);
    QCOMPARE(reservedOf(*shop->other, sku), reservedBefore - target.lines.first().qty);
    QTRY_VERIFY(!shop->screen()->cancelButton()->isEnabled());
    QVERIFY(orders::checkoutViolations(*shop->other)->isEmpty());
}

QTEST_MAIN(TestOrdersUi)
#include "tst_ordersui.moc"
