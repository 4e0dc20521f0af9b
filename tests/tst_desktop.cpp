// The window as a desktop product, against a real PostgreSQL: menus with standard shortcuts, the
// shortcuts dialog built from the actions, layout remembered across a window re-creation, the Settings
// dialog, role gating hooks, who is connected, and the orders screen's first-run defects (empty state,
// header separation, one date format, the full product name in the detail pane).
// Settings go to a temporary directory: the user's real settings are never read or written.
#include "appsettings.h"
#include "capabilities.h"
#include "connectionfacts.h"
#include "db/notifylistener.h"
#include "emptystate.h"
#include "inventory/demoseed.h"
#include "mainwindow.h"
#include "orders/checkout.h"
#include "orders/orderlinesmodel.h"
#include "orders/ordersmodel.h"
#include "orders/ordersscreen.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "stock/stockmodel.h"
#include "stock/stockscreen.h"
#include "screenshots.h"
#include "testdb.h"
#include "timeformat.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace backroom;
using backroom::ui::MainWindow;
using backroom::ui::OrderLinesModel;
using backroom::ui::OrdersModel;
using backroom::ui::OrdersScreen;
using backroom::test::screenshotPath;   // <build>/screenshots, never docs/

namespace {


struct Shop {
    QString conninfo;
    std::unique_ptr<db::Connection> other;   // plays the store front and the CLI
    std::unique_ptr<MainWindow> window;

    OrdersScreen *orders() const { return window->ordersScreen(); }
    OrdersModel *ordersModel() const { return orders()->model(); }
};

std::unique_ptr<Shop> openShop(int products)
{
    auto shop = std::make_unique<Shop>();
    shop->conninfo = test::TestCluster::instance().freshDatabase();
    shop->other = test::connectOrDie(shop->conninfo);
    if (products > 0) {
        inventory::SeedOptions options;
        options.products = products;
        options.bins = 20;
        if (auto r = inventory::seedDemo(*shop->other, options); !r)
            qFatal("seed: %s", qPrintable(r.error().message));
    }
    return shop;
}

std::unique_ptr<MainWindow> showWindow(const QString &conninfo, bool useSettings = false)
{
    auto window = std::make_unique<MainWindow>(conninfo);
    if (useSettings)
        window->useSettings();
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active: shortcuts may not reach it");
    return window;
}

orders::Order placeOrder(db::Connection &conn, const QStringList &skus)
{
    orders::PlaceOrderRequest request;
    request.channel = QStringLiteral("shopee");
    for (const QString &sku : skus)
        request.lines.append({sku, 1});
    auto order = orders::placeOrder(conn, request);
    if (!order)
        qFatal("placeOrder: %s", qPrintable(order.error().message));
    return *order;
}

QAction *actionNamed(QWidget *root, const char *name)
{
    return root->findChild<QAction *>(QLatin1String(name));
}

QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const auto keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

// Where a header section's text is actually painted: the first and last pixel columns with dark ink,
// away from the separator lines at the section's edges. {-1, -1} when the section shows no text.
struct TextExtent {
    int left = -1;
    int right = -1;
};

TextExtent paintedHeaderText(const QImage &image, const QHeaderView *header, int logical)
{
    const int from = header->sectionViewportPosition(logical) + 3;
    const int to = from + header->sectionSize(logical) - 6;
    TextExtent e;
    for (int x = std::max(0, from); x < std::min(to, image.width()); ++x)
        for (int y = image.height() / 4; y < image.height() * 3 / 4; ++y)
            if (qGray(image.pixel(x, y)) < 100) {
                if (e.left < 0)
                    e.left = x;
                e.right = x;
                break;
            }
    return e;
}

} // namespace

class TestDesktop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void menusFollowDesktopConventions();
    void screensAndEditActionsWorkFromTheKeyboard();
    void altKeysDoNotClashOnTheOrdersScreen();
    void shortcutsDialogListsEveryShortcut();
    void layoutSurvivesWindowRecreationAndResets();
    void settingsDialogStoresPreferences();
    void chosenLanguageIsInstalled();
    void confirmationCanBeTurnedOff();
    void capabilitiesHideWhatTheRoleCannotUse();
    void showsWhoIsConnectedAndWarnsAboutPlainConnections();
    void aLoginSeesOnlyWhatItsJobRoleMayDo_data();
    void aLoginSeesOnlyWhatItsJobRoleMayDo();
    void emptyOrdersListExplainsItselfUntilAnOrderArrives();
    void neighbouringHeadersReadAsSeparateColumns();
    void datesUseOneFormatEverywhere();
    void detailPaneShowsFullProductNameAtDefaultSize();

private:
    QTemporaryDir m_settingsDir;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
    test::TestCluster::instance();
}

void TestDesktop::init()
{
    ui::AppSettings settings;
    QVERIFY2(settings.raw().fileName().startsWith(m_settingsDir.path()), qPrintable(settings.raw().fileName()));
    settings.raw().clear();
}

void TestDesktop::menusFollowDesktopConventions()
{
    auto shop = openShop(20);
    auto window = showWindow(shop->conninfo);
    QStringList titles;
    for (QAction *a : window->menuBar()->actions())
        titles << a->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                  QStringLiteral("&Tools"), QStringLiteral("&Help")}));

    QCOMPARE(actionNamed(window.get(), "quitAction")->shortcuts(), standardOr(QKeySequence::Quit, QKeySequence(QStringLiteral("Ctrl+Q"))));
    QCOMPARE(actionNamed(window.get(), "quitAction")->menuRole(), QAction::QuitRole);
    QCOMPARE(actionNamed(window.get(), "fullScreenAction")->shortcuts(), standardOr(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    QCOMPARE(actionNamed(window.get(), "settingsAction")->shortcuts(),
             standardOr(QKeySequence::Preferences, QKeySequence(QStringLiteral("Ctrl+,"))));
    QCOMPARE(actionNamed(window.get(), "settingsAction")->menuRole(), QAction::PreferencesRole);
    QCOMPARE(actionNamed(window.get(), "shortcutsAction")->shortcuts(), QKeySequence::keyBindings(QKeySequence::HelpContents));
    QCOMPARE(actionNamed(window.get(), "aboutAction")->menuRole(), QAction::AboutRole);
    QCOMPARE(actionNamed(window.get(), "aboutQtAction")->menuRole(), QAction::AboutQtRole);
    QCOMPARE(actionNamed(window.get(), "stockScreenViewAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+1")));
    QCOMPARE(actionNamed(window.get(), "ordersScreenViewAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+2")));
    QVERIFY(window->menu(MainWindow::Menu::View)->actions().contains(actionNamed(window.get(), "resetLayoutAction")));
    QVERIFY(window->menu(MainWindow::Menu::Tools)->actions().contains(actionNamed(window.get(), "settingsAction")));

    // File > Connect… stays disabled until the application wires a connection dialog to it.
    QAction *connectAction = actionNamed(window.get(), "connectAction");
    emit window->menu(MainWindow::Menu::File)->aboutToShow();
    QVERIFY(!connectAction->isEnabled());
    QSignalSpy requested(window.get(), &MainWindow::connectRequested);
    emit window->menu(MainWindow::Menu::File)->aboutToShow();
    QVERIFY(connectAction->isEnabled());
    connectAction->trigger();
    QCOMPARE(requested.count(), 1);

    // The Edit menu holds the current screen's own actions.
    window->tabs()->setCurrentWidget(window->stockScreen());
    QMap<QString, QKeySequence> edit;
    for (QAction *a : window->menu(MainWindow::Menu::Edit)->actions())
        edit.insert(ui::ShortcutsDialog::plainText(a), a->shortcut());
    QCOMPARE(edit.value(QStringLiteral("Refresh")), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(edit.value(QStringLiteral("Search")), QKeySequence(QKeySequence::Find));
    QCOMPARE(edit.value(QStringLiteral("Edit quantity")), QKeySequence(Qt::Key_F2));
    window->tabs()->setCurrentWidget(window->ordersScreen());
    edit.clear();
    for (QAction *a : window->menu(MainWindow::Menu::Edit)->actions())
        edit.insert(ui::ShortcutsDialog::plainText(a), a->shortcut());
    QCOMPARE(edit.keys(), (QStringList{QStringLiteral("Cancel order"), QStringLiteral("Refresh")}));
    QCOMPARE(edit.value(QStringLiteral("Cancel order")), QKeySequence(QKeySequence::Delete));
}

void TestDesktop::screensAndEditActionsWorkFromTheKeyboard()
{
    auto shop = openShop(20);
    auto window = showWindow(shop->conninfo);
    QTRY_VERIFY(window->stockScreen()->model()->rowCount() > 0);
    QCOMPARE(window->tabs()->currentWidget(), window->stockScreen());

    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->tabs()->currentWidget(), window->ordersScreen());
    QVERIFY(QApplication::focusWidget() && window->ordersScreen()->isAncestorOf(QApplication::focusWidget()));

    // F5 from wherever the focus landed reloads the orders list.
    QSignalSpy reset(window->ordersScreen()->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QCOMPARE(reset.count(), 1);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->tabs()->currentWidget(), window->stockScreen());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window->stockScreen()->searchBox());
}

// The letter after '&' in a label, lower-cased; a null QChar when there is none.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

void TestDesktop::altKeysDoNotClashOnTheOrdersScreen()
{
    auto shop = openShop(0);
    auto window = showWindow(shop->conninfo);
    window->tabs()->setCurrentWidget(window->ordersScreen());
    // Alt+letter must reach one thing: a menu, a tab, or a field on the current screen.
    QMap<QChar, QString> owners;
    auto claim = [&](const QString &text) {
        const QChar m = mnemonicOf(text);
        if (m.isNull())
            return;
        QVERIFY2(!owners.contains(m), qPrintable(QStringLiteral("Alt+%1: %2 and %3").arg(m, owners.value(m), text)));
        owners.insert(m, text);
    };
    for (QAction *menu : window->menuBar()->actions())
        claim(menu->text());
    for (int i = 0; i < window->tabs()->count(); ++i)
        claim(window->tabs()->tabText(i));
    for (QLabel *label : window->ordersScreen()->findChildren<QLabel *>())
        if (label->buddy())
            claim(label->text());
    for (QAbstractButton *button : window->ordersScreen()->findChildren<QAbstractButton *>())
        claim(button->text());
    QVERIFY(owners.size() >= 10);
}

void TestDesktop::shortcutsDialogListsEveryShortcut()
{
    auto shop = openShop(0);
    auto window = showWindow(shop->conninfo);
    QAction *help = actionNamed(window.get(), "shortcutsAction");
    help->trigger();
    auto *dialog = window->findChild<ui::ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableWidget *table = dialog->table();
    QSet<QPair<QString, QString>> listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed.insert({table->item(row, 0)->text(), table->item(row, 1)->text()});

    // Every action with a shortcut anywhere in the window, menus and screens alike, is in the list.
    int withShortcut = 0;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || !a->isVisible())
            continue;
        ++withShortcut;
        const QPair<QString, QString> entry{ui::ShortcutsDialog::plainText(a), ui::ShortcutsDialog::shortcutText(a)};
        QVERIFY2(listed.contains(entry), qPrintable(entry.first + QStringLiteral(" / ") + entry.second));
    }
    QVERIFY(withShortcut >= 9);   // quit, full screen, settings, help, 2 screens, refresh x2, find, edit, cancel
    QVERIFY(listed.contains({QStringLiteral("Quit"), ui::ShortcutsDialog::shortcutText(actionNamed(window.get(), "quitAction"))}));
    QVERIFY(listed.contains({QStringLiteral("Edit quantity"), QStringLiteral("F2, Return, Enter")}));
    QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("shortcuts.png"))));
    QCOMPARE(ui::ShortcutsDialog::withoutMnemonic(QStringLiteral("สต็อก (&S)")), QStringLiteral("สต็อก"));
    QCOMPARE(ui::ShortcutsDialog::withoutMnemonic(QStringLiteral("Stock && &Bins")), QStringLiteral("Stock & Bins"));

    // A shortcut added later shows up without touching the dialog.
    auto *extra = new QAction(QStringLiteral("Run a drill"), window.get());
    extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    window->addMenuAction(MainWindow::Menu::Tools, extra, ui::Capability::RunDrills);
    ui::ShortcutsDialog again(window->shortcutEntries());
    bool found = false;
    for (int row = 0; row < again.table()->rowCount(); ++row)
        found |= again.table()->item(row, 0)->text() == QLatin1String("Run a drill");
    QVERIFY(found);
}

void TestDesktop::layoutSurvivesWindowRecreationAndResets()
{
    auto shop = openShop(30);
    QSize chosenSize(1010, 640);
    int statusWidth = 0;
    int channelVisual = 0;
    {
        auto window = showWindow(shop->conninfo, true);
        QCOMPARE(window->size(), QSize(1200, 760));   // nothing saved yet: the built-in default
        window->resize(chosenSize);
        window->tabs()->setCurrentWidget(window->ordersScreen());
        QHeaderView *orders = window->ordersScreen()->table()->horizontalHeader();
        statusWidth = orders->sectionSize(OrdersModel::Status) + 57;
        orders->resizeSection(OrdersModel::Status, statusWidth);
        orders->moveSection(orders->visualIndex(OrdersModel::Channel), 0);
        channelVisual = orders->visualIndex(OrdersModel::Channel);
        QTableView *stock = window->stockScreen()->table();
        stock->sortByColumn(ui::StockModel::Name, Qt::DescendingOrder);
        auto *split = window->ordersScreen()->findChild<QSplitter *>(QStringLiteral("ordersSplit"));
        QTRY_VERIFY(split->sizes().value(0) > 0);
        const int total = split->sizes().value(0) + split->sizes().value(1);
        split->setSizes({400, total - 400});
        window->close();   // saves
    }
    ui::AppSettings saved;
    QVERIFY(saved.raw().childGroups().contains(ui::AppSettings::kLayoutGroup));

    auto window = showWindow(shop->conninfo, true);
    QCOMPARE(window->size(), chosenSize);
    QCOMPARE(window->tabs()->currentWidget(), window->ordersScreen());
    QHeaderView *orders = window->ordersScreen()->table()->horizontalHeader();
    QCOMPARE(orders->sectionSize(OrdersModel::Status), statusWidth);
    QCOMPARE(orders->visualIndex(OrdersModel::Channel), channelVisual);
    QCOMPARE(channelVisual, 0);
    QCOMPARE(window->ordersScreen()->findChild<QSplitter *>(QStringLiteral("ordersSplit"))->sizes().value(0), 400);
    QHeaderView *stock = window->stockScreen()->table()->horizontalHeader();
    QCOMPARE(stock->sortIndicatorSection(), int(ui::StockModel::Name));
    QCOMPARE(stock->sortIndicatorOrder(), Qt::DescendingOrder);
    // The model sorts as the restored indicator says (in SQL).
    QTRY_VERIFY(window->stockScreen()->model()->rowCount() > 1);
    const QString first = window->stockScreen()->model()->index(0, ui::StockModel::Name).data().toString();
    const QString second = window->stockScreen()->model()->index(1, ui::StockModel::Name).data().toString();
    QVERIFY2(first.localeAwareCompare(second) >= 0 || first >= second, qPrintable(first + QStringLiteral(" / ") + second));

    // View > Reset layout: the built-in layout back, the saved one forgotten.
    actionNamed(window.get(), "resetLayoutAction")->trigger();
    QCOMPARE(window->size(), QSize(1200, 760));
    QVERIFY(orders->sectionSize(OrdersModel::Status) != statusWidth);
    QCOMPARE(orders->visualIndex(OrdersModel::Channel), int(OrdersModel::Channel));
    QVERIFY(!ui::AppSettings().raw().childGroups().contains(ui::AppSettings::kLayoutGroup));
}

void TestDesktop::settingsDialogStoresPreferences()
{
    auto shop = openShop(0);
    auto window = showWindow(shop->conninfo);
    QTest::keyClick(window.get(), actionNamed(window.get(), "settingsAction")->shortcut()[0].key(),
                    actionNamed(window.get(), "settingsAction")->shortcut()[0].keyboardModifiers());
    QTRY_VERIFY(window->findChild<ui::SettingsDialog *>());
    auto *dialog = window->findChild<ui::SettingsDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->languageBox()->currentData().toInt(), int(ui::Language::System));
    QVERIFY(dialog->confirmBox()->isChecked());
    QCOMPARE(dialog->languageBox()->count(), 3);
    QCOMPARE(dialog->languageBox()->itemText(2), QStringLiteral("ไทย"));
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(int(ui::Language::Thai)));
    dialog->confirmBox()->setChecked(false);
    QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("settings.png"))));
    QTest::keyClick(dialog, Qt::Key_Return);   // OK is the default button
    QTRY_VERIFY(!window->findChild<ui::SettingsDialog *>());

    ui::AppSettings settings;
    QCOMPARE(settings.language(), ui::Language::Thai);
    QVERIFY(!settings.confirmDestructiveActions());
    // Nothing but preferences: no password, no connection string.
    for (const QString &key : settings.raw().allKeys()) {
        QVERIFY2(!key.contains(QStringLiteral("pass"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY(!settings.raw().value(key).toString().contains(QStringLiteral("dbname")));
    }

    // Cancel leaves them alone.
    ui::SettingsDialog second;
    QCOMPARE(second.languageBox()->currentData().toInt(), int(ui::Language::Thai));
    QVERIFY(!second.confirmBox()->isChecked());
    second.languageBox()->setCurrentIndex(0);
    second.reject();
    QCOMPARE(ui::AppSettings().language(), ui::Language::Thai);
}

void TestDesktop::chosenLanguageIsInstalled()
{
    const QString english = QStringLiteral("&File");
    const auto translators = ui::installTranslations(*qApp, ui::Language::Thai);
    const QString thai = QCoreApplication::translate("backroom::ui::MainWindow", "&File");
    const QString noOrders = QCoreApplication::translate("backroom::ui::OrdersScreen", "Loading orders…");
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!translators.isEmpty());
    QVERIFY2(thai != english, qPrintable(thai));
    QVERIFY2(noOrders != QStringLiteral("Loading orders…"), qPrintable(noOrders));
    QCOMPARE(QCoreApplication::translate("backroom::ui::MainWindow", "&File"), english);
}

void TestDesktop::confirmationCanBeTurnedOff()
{
    auto shop = openShop(10);
    const QString sku = test::must(*shop->other, "SELECT sku FROM product ORDER BY id LIMIT 1").text(0, 0);
    const orders::Order order = placeOrder(*shop->other, {sku});
    ui::AppSettings().setConfirmDestructiveActions(false);
    shop->window = showWindow(shop->conninfo, true);
    shop->window->tabs()->setCurrentWidget(shop->orders());
    QTRY_COMPARE(shop->ordersModel()->rowCount(), 1);
    shop->orders()->table()->setCurrentIndex(shop->ordersModel()->index(0, 0));
    QTRY_VERIFY(shop->orders()->cancelButton()->isEnabled());
    QTest::mouseClick(shop->orders()->cancelButton(), Qt::LeftButton);
    QVERIFY(!shop->orders()->confirmation());   // no question asked
    QTRY_COMPARE(shop->ordersModel()->rowAt(0).order.status, orders::OrderStatus::Cancelled);
    QCOMPARE(test::must(*shop->other, "SELECT status FROM orders WHERE id = $1", {order.id}).text(0, 0),
             QStringLiteral("cancelled"));
}

void TestDesktop::capabilitiesHideWhatTheRoleCannotUse()
{
    auto shop = openShop(10);
    auto window = showWindow(shop->conninfo);
    using ui::Capability;
    // A warehouse-like role: sees stock, cannot edit it, no orders at all.
    const QSet<Capability> allowed{Capability::ViewStock, Capability::MoveStock};
    window->applyCapabilities([&](Capability c) { return allowed.contains(c); });
    const int ordersTab = window->tabs()->indexOf(window->ordersScreen());
    QVERIFY(!window->tabs()->isTabVisible(ordersTab));
    QVERIFY(!actionNamed(window.get(), "ordersScreenViewAction")->isVisible());
    QVERIFY(!window->ordersScreen()->cancelAction()->isVisible());
    QVERIFY(window->ordersScreen()->cancelButton()->isHidden());
    QAction *editStock = nullptr;
    for (QAction *a : window->stockScreen()->table()->actions())
        if (ui::requiredCapability(a) == Capability::EditStock)
            editStock = a;
    QVERIFY(editStock);
    QVERIFY(!editStock->isVisible());
    for (QAction *a : window->menu(MainWindow::Menu::Edit)->actions())
        QVERIFY(a->isVisible() == (a != editStock));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->tabs()->currentWidget(), window->stockScreen());
    for (const auto &entry : window->shortcutEntries())
        QVERIFY(!entry.action->isVisible() || ui::isAllowed(entry.action, [&](Capability c) { return allowed.contains(c); }));

    // A screen added later (the health tab) follows the same gate in one line.
    auto *health = new QWidget;
    health->setObjectName(QStringLiteral("healthScreen"));
    window->addScreen(health, QStringLiteral("&Health"), Capability::RunDrills);
    QVERIFY(!window->tabs()->isTabVisible(window->tabs()->indexOf(health)));
    QCOMPARE(actionNamed(window.get(), "healthScreenViewAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+3")));

    window->applyCapabilities([](Capability) { return true; });   // the owner
    QVERIFY(window->tabs()->isTabVisible(ordersTab));
    QVERIFY(window->tabs()->isTabVisible(window->tabs()->indexOf(health)));
    QVERIFY(editStock->isVisible());
    QVERIFY(!window->ordersScreen()->cancelButton()->isHidden());
}

void TestDesktop::showsWhoIsConnectedAndWarnsAboutPlainConnections()
{
    auto shop = openShop(0);
    auto window = showWindow(shop->conninfo);
    QTRY_VERIFY(window->connectionFacts().known);
    const QString user = test::must(*shop->other, "SELECT current_user").text(0, 0);
    const QString dbname = test::must(*shop->other, "SELECT current_database()").text(0, 0);
    const QString label = window->connectedLabel()->text();
    QVERIFY2(label.startsWith(user + QStringLiteral(" @ ")), qPrintable(label));
    // The role comes from backroom_whoami(): the test cluster's superuser is the administrator.
    QTRY_VERIFY2(window->connectedLabel()->text().endsWith(QLatin1Char('/') + dbname + QStringLiteral(" · ")
                                                           + security::jobRoleName(security::JobRole::Admin)),
                 qPrintable(window->connectedLabel()->text()));
    window->setRoleName(QStringLiteral("Owner"));
    QVERIFY(window->connectedLabel()->text().endsWith(QStringLiteral(" · Owner")));
    QVERIFY(!window->isInsecureWarningShown());   // the test cluster is local

    const QString about = window->aboutText();
    QVERIFY(about.contains(QStringLiteral("9.8.7-test")));
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    const QString serverVersion = test::must(*shop->other, "SHOW server_version").text(0, 0);
    QVERIFY2(about.contains(serverVersion.toHtmlEscaped()), qPrintable(about));
    QVERIFY(about.contains(user));
    QVERIFY(about.contains(QStringLiteral("(Owner)")));

    window->setInsecureConnectionWarning(true, QStringLiteral("not encrypted"));
    auto *insecure = window->findChild<QLabel *>(QStringLiteral("insecureBanner"));
    auto *lost = window->findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(window->isInsecureWarningShown() && insecure->isVisible());
    QVERIFY(!window->isConnectionBannerShown());
    QVERIFY(insecure->styleSheet() != lost->styleSheet());
    QVERIFY(insecure->styleSheet().contains(QStringLiteral("#fff4c2")));   // yellow, not the red of a lost connection
    QVERIFY(window->grab().save(screenshotPath(QStringLiteral("insecure-banner.png"))));
    window->setInsecureConnectionWarning(false, {});
    QVERIFY(!window->isInsecureWarningShown());

    ui::ConnectionFacts remote;
    remote.host = QStringLiteral("db.example.com");
    QVERIFY(!remote.isLocal());
    remote.host = QStringLiteral("10.0.0.5");
    QVERIFY(!remote.isLocal());
    for (const char *host : {"127.0.0.1", "::1", "localhost"}) {
        remote.host = QLatin1String(host);
        QVERIFY2(remote.isLocal(), host);
    }
    remote.host = QStringLiteral("/var/run/postgresql");
    remote.viaUnixSocket = true;
    QVERIFY(remote.isLocal());
}

void TestDesktop::emptyOrdersListExplainsItselfUntilAnOrderArrives()
{
    auto shop = openShop(10);
    shop->window = showWindow(shop->conninfo);
    shop->window->tabs()->setCurrentWidget(shop->orders());
    ui::EmptyStateOverlay *empty = shop->orders()->emptyState();
    QTRY_VERIFY(shop->window->listener()->isListening());
    QTRY_VERIFY(!shop->ordersModel()->isLoading() && empty->isVisible());
    QCOMPARE(shop->ordersModel()->rowCount(), 0);
    QVERIFY2(empty->text().contains(QStringLiteral("No orders yet")), qPrintable(empty->text()));
    QVERIFY(empty->text().contains(QStringLiteral("backroom order place")));
    QVERIFY(empty->text().contains(QStringLiteral("Shopee")));
    QCOMPARE(empty->geometry(), shop->orders()->table()->viewport()->rect());
    QVERIFY(shop->window->grab().save(screenshotPath(QStringLiteral("orders-empty.png"))));

    // A filter that matches nothing says so, and what to do.
    QComboBox *status = shop->orders()->statusFilter();
    status->setCurrentIndex(status->findData(QStringLiteral("paid")));
    QTRY_VERIFY(!shop->ordersModel()->isLoading() && empty->text().contains(QStringLiteral("No orders match")));
    QVERIFY(empty->isVisible());
    status->setCurrentIndex(0);
    QTRY_VERIFY(!shop->ordersModel()->isLoading() && empty->text().contains(QStringLiteral("No orders yet")));

    // An order placed elsewhere arrives through LISTEN/NOTIFY and the message gives way to it.
    const QString sku = test::must(*shop->other, "SELECT sku FROM product ORDER BY id LIMIT 1").text(0, 0);
    placeOrder(*shop->other, {sku});
    QTRY_COMPARE_WITH_TIMEOUT(shop->ordersModel()->rowCount(), 1, 2000);
    QVERIFY(!empty->isVisible());
}

void TestDesktop::neighbouringHeadersReadAsSeparateColumns()
{
    auto shop = openShop(10);
    const QString sku = test::must(*shop->other, "SELECT sku FROM product ORDER BY id LIMIT 1").text(0, 0);
    placeOrder(*shop->other, {sku});
    shop->window = showWindow(shop->conninfo);
    shop->window->tabs()->setCurrentWidget(shop->orders());
    QTRY_COMPARE(shop->ordersModel()->rowCount(), 1);
    shop->orders()->table()->setCurrentIndex(shop->ordersModel()->index(0, 0));
    QTRY_COMPARE(shop->orders()->linesModel()->rowCount(), 1);

    for (QTableView *view : {shop->orders()->table(), shop->orders()->linesView()}) {
        QHeaderView *header = view->horizontalHeader();
        QAbstractItemModel *model = view->model();
        const int em = header->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const QImage image = header->grab().toImage();
        for (int visual = 0; visual + 1 < header->count(); ++visual) {
            const int left = header->logicalIndex(visual);
            const int right = header->logicalIndex(visual + 1);
            // Each header sits over its figures: the same alignment as its cells.
            for (int c : {left, right})
                QCOMPARE(Qt::Alignment(model->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask,
                         Qt::Alignment(model->index(0, c).data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask);
            const TextExtent l = paintedHeaderText(image, header, left);
            const TextExtent r = paintedHeaderText(image, header, right);
            QVERIFY(l.right > 0 && r.left > 0);
            const int gap = r.left - l.right;
            QVERIFY2(gap * 2 >= em * 3,
                     qPrintable(QStringLiteral("%1 | %2: %3 px apart, want 1.5 em (%4 px)")
                                    .arg(model->headerData(left, Qt::Horizontal).toString(),
                                         model->headerData(right, Qt::Horizontal).toString())
                                    .arg(gap)
                                    .arg(em * 3 / 2)));
        }
    }
    QVERIFY(shop->window->grab().save(screenshotPath(QStringLiteral("orders.png"))));
}

void TestDesktop::datesUseOneFormatEverywhere()
{
    const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    QCOMPARE(ui::localDateTimeText(utc), local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(ui::localDateTimeText(utc, ui::TimePrecision::Seconds), local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(ui::localDateTimeText(QDateTime()), QString());

    auto shop = openShop(10);
    const QString sku = test::must(*shop->other, "SELECT sku FROM product ORDER BY id LIMIT 1").text(0, 0);
    const orders::Order order = placeOrder(*shop->other, {sku});
    shop->window = showWindow(shop->conninfo);
    shop->window->tabs()->setCurrentWidget(shop->orders());
    QTRY_COMPARE(shop->ordersModel()->rowCount(), 1);
    shop->orders()->table()->setCurrentIndex(shop->ordersModel()->index(0, 0));
    QTRY_COMPARE(shop->orders()->linesModel()->rowCount(), 1);

    const QString created = ui::localDateTimeText(order.createdAt);
    QCOMPARE(shop->ordersModel()->index(0, OrdersModel::Created).data().toString(), created);
    const QString detail = shop->orders()->detailLabel()->text();
    QVERIFY2(detail.contains(created), qPrintable(detail));
    QVERIFY2(detail.contains(ui::localDateTimeText(order.expiresAt)), qPrintable(detail));
    const QString tooltip = shop->ordersModel()->index(0, OrdersModel::Status).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(ui::localDateTimeText(order.expiresAt)), qPrintable(tooltip));
    // No other rendering of a date: every date-like text on the screen has the one pattern.
    const QRegularExpression anyDate(QStringLiteral("\\d{1,4}[-/. ](\\d{1,2}|[A-Za-z]{3,})[-/. ]\\d{2,4}"));
    const QRegularExpression ours(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (auto it = anyDate.globalMatch(detail + QLatin1Char(' ') + tooltip); it.hasNext();) {
        const QString found = it.next().captured();
        QVERIFY2(ours.match(found).hasMatch(), qPrintable(found));
    }
    for (QDateEdit *edit : {shop->orders()->fromDate(), shop->orders()->toDate()})
        QCOMPARE(edit->displayFormat(), ui::dateDisplayFormat());
    QVERIFY(ours.match(shop->orders()->fromDate()->text()).hasMatch());
}

void TestDesktop::detailPaneShowsFullProductNameAtDefaultSize()
{
    auto shop = openShop(2000);   // the demo catalogue, whose longest names are the hardest case
    const auto longest = test::must(*shop->other, "SELECT sku, name FROM product ORDER BY length(name) DESC, id LIMIT 1");
    const QString longSku = longest.text(0, 0);
    const QString longName = longest.text(0, 1);
    const QString second = test::must(*shop->other, "SELECT sku FROM product WHERE sku <> $1 ORDER BY id LIMIT 1", {longSku}).text(0, 0);
    placeOrder(*shop->other, {second, longSku});
    shop->window = showWindow(shop->conninfo);   // the default size, as a new user sees it
    QCOMPARE(shop->window->size(), QSize(1200, 760));
    shop->window->tabs()->setCurrentWidget(shop->orders());
    QTRY_COMPARE(shop->ordersModel()->rowCount(), 1);
    shop->orders()->table()->setCurrentIndex(shop->ordersModel()->index(0, 0));
    QTRY_COMPARE(shop->orders()->linesModel()->rowCount(), 2);

    QVERIFY(shop->window->grab().save(screenshotPath(QStringLiteral("orders-long-name.png"))));
    QTableView *lines = shop->orders()->linesView();
    int row = -1;
    for (int r = 0; r < 2; ++r)
        if (lines->model()->index(r, OrderLinesModel::Name).data().toString() == longName)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex name = lines->model()->index(row, OrderLinesModel::Name);
    QStyleOptionViewItem option;
    option.initFrom(lines);
    option.widget = lines;
    option.font = lines->font();
    option.fontMetrics = lines->fontMetrics();
    const int needed = lines->itemDelegateForIndex(name)->sizeHint(option, name).width();
    QVERIFY2(lines->columnWidth(OrderLinesModel::Name) >= needed,
             qPrintable(QStringLiteral("\"%1\" needs %2 px, the column has %3")
                            .arg(longName)
                            .arg(needed)
                            .arg(lines->columnWidth(OrderLinesModel::Name))));
    // ... and the whole column is on screen, no horizontal scrolling.
    QVERIFY(lines->columnViewportPosition(OrderLinesModel::Name) + lines->columnWidth(OrderLinesModel::Name)
            <= lines->viewport()->width());
    QVERIFY(!lines->horizontalScrollBar()->isVisible());
    // The list keeps all its columns readable beside it.
    QTableView *list = shop->orders()->table();
    for (int c = 0; c < OrdersModel::ColumnCount; ++c)   // wide enough for what they show: nothing elided
        QVERIFY2(list->columnWidth(c) >= static_cast<QAbstractItemView *>(list)->sizeHintForColumn(c),
                 qPrintable(list->model()->index(0, c).data().toString()));
    for (int c = 0; c < OrdersModel::ColumnCount - 1; ++c)
        QVERIFY(list->columnViewportPosition(c) + list->columnWidth(c) <= list->viewport()->width());
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"

void TestDesktop::aLoginSeesOnlyWhatItsJobRoleMayDo_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<security::JobRole>("role");
    QTest::addColumn<bool>("editsStock");
    QTest::addColumn<bool>("seesOrders");
    QTest::addColumn<bool>("cancelsOrders");
    QTest::newRow("staff") << "backroom_staff" << security::JobRole::Staff << true << true << false;
    QTest::newRow("warehouse") << "backroom_warehouse" << security::JobRole::Warehouse << false << true << false;
    QTest::newRow("owner") << "backroom_owner" << security::JobRole::Owner << true << true << true;
}

// The window asks the database who is connected (backroom_whoami) and hides what the role cannot do.
void TestDesktop::aLoginSeesOnlyWhatItsJobRoleMayDo()
{
    QFETCH(QString, group);
    QFETCH(security::JobRole, role);
    QFETCH(bool, editsStock);
    QFETCH(bool, seesOrders);
    QFETCH(bool, cancelsOrders);
    auto shop = openShop(5);
    static int counter = 0;
    const QString login = QStringLiteral("gui_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    // Names are generated here; roles are cluster-wide. The test cluster trusts local socket logins.
    test::must(*shop->other, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(login, group).toUtf8().constData());
    auto window = showWindow(shop->conninfo + QStringLiteral(" user=") + login);
    QTRY_VERIFY2(window->connectedLabel()->text().endsWith(QStringLiteral(" · ") + security::jobRoleName(role)),
                 qPrintable(window->connectedLabel()->text()));
    QVERIFY(window->connectedLabel()->text().startsWith(login + QStringLiteral(" @ ")));
    QAction *editStock = nullptr;
    for (QAction *a : window->stockScreen()->table()->actions())
        if (ui::requiredCapability(a) == ui::Capability::EditStock)
            editStock = a;
    QVERIFY(editStock);
    QCOMPARE(editStock->isVisible(), editsStock);
    // A double-click on a row opens the editor only for a role that may edit.
    QTRY_VERIFY(window->stockScreen()->table()->model()->rowCount() > 0);
    auto *table = window->stockScreen()->table();
    const QModelIndex first = table->model()->index(0, 0);
    table->setCurrentIndex(first);
    emit table->doubleClicked(first);   // what the view emits for a double-click on that row
    QCOMPARE(window->stockScreen()->editDialog() != nullptr, editsStock);
    if (auto *dialog = window->stockScreen()->editDialog())
        dialog->close();
    QCOMPARE(window->tabs()->isTabVisible(window->tabs()->indexOf(window->ordersScreen())), seesOrders);
    QCOMPARE(window->ordersScreen()->cancelAction()->isVisible(), cancelsOrders);
    QCOMPARE(!window->ordersScreen()->cancelButton()->isHidden(), cancelsOrders);
}
