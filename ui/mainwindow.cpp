#include "mainwindow.h"

#include "appsettings.h"
#include "db/asyncdb.h"
#include "db/notifylistener.h"
#include "db/tls.h"
#include "channels/channelsscreen.h"
#include "dbgate.h"
#include "drills/drillsscreen.h"
#include "health/healthscreen.h"
#include "healthcheck/healthcheckscreen.h"
#include "layoutmemory.h"
#include "orders/ordersscreen.h"
#include "warehouse/packingscreen.h"
#include "warehouse/pickingscreen.h"
#include "warehouse/wavesscreen.h"
#include "settingsdialog.h"
#include "stock/stockscreen.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <libpq-fe.h>

namespace backroom::ui {

namespace {

constexpr QSize kDefaultSize(1200, 760);

// The platform's standard keys for a command, or the fallback where the platform has none.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QAction *addEntry(QMenu *menu, const QString &text, const char *name, const QList<QKeySequence> &keys = {},
                  QAction::MenuRole role = QAction::NoRole)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    action->setMenuRole(role);
    return action;
}

QLabel *makeBanner(QWidget *parent, const char *name, const QString &style)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QLatin1String(name));
    banner->setWordWrap(true);
    banner->setAlignment(Qt::AlignCenter);
    banner->setStyleSheet(style);
    banner->hide();
    return banner;
}

} // namespace

MainWindow::MainWindow(const QString &conninfo, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Backroom"));
    m_db = new db::AsyncDb(conninfo, this);
    m_gate = new DbGate(m_db, this);
    m_listDb = new db::AsyncDb(conninfo, this);
    m_listGate = new DbGate(m_listDb, this);
    m_listener = new db::NotifyListener(conninfo, {QStringLiteral("stock_changed"), QStringLiteral("orders_changed"),
                                         QStringLiteral("component_health"), QStringLiteral("health_command_done")},
                                        this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = makeBanner(central, "connectionBanner",
                          QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 8px; }"));
    m_insecureBanner = makeBanner(central, "insecureBanner",
                                  QStringLiteral("QLabel { background: #fff4c2; color: #3d3000; border-bottom: 1px solid "
                                                 "#d9b300; padding: 6px; }"));
    layout->addWidget(m_banner);
    layout->addWidget(m_insecureBanner);

    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    buildMenus();
    m_stock = new StockScreen(m_listGate, m_gate, m_listener, m_tabs);
    addScreen(m_stock, tr("&Stock"), Capability::ViewStock);
    m_orders = new OrdersScreen(m_gate, m_listener, m_tabs);
    addScreen(m_orders, tr("&Orders"), Capability::ViewOrders);
    m_health = new HealthScreen(m_gate, m_listener, m_tabs);
    addScreen(m_health, tr("Hea&lth"), Capability::ViewHealth);
    // Drills write (tagged) orders and read the whole database back for the verdict: owners only.
    m_drills = new DrillsScreen(std::make_shared<DrillBackend>(conninfo), m_tabs);
    addScreen(m_drills, tr("&Drills"), Capability::RunDrills);
    // Owner only (channel_status(), channel_configure() and channel_resync_batch() are owner-only): a
    // capability of its own. Alt+Y: every letter of "Channels" is taken (menus, tabs, the orders screen).
    m_channels = new ChannelsScreen(m_gate, m_listener, m_tabs);
    addScreen(m_channels, tr("Channel s&ync"), Capability::ManageChannels);
    m_waves = new WavesScreen(m_gate, m_tabs);
    addScreen(m_waves, tr("&Waves"), Capability::Warehouse);
    m_picking = new PickingScreen(m_gate, m_tabs);
    addScreen(m_picking, tr("&Picking"), Capability::Warehouse);
    m_packing = new PackingScreen(m_gate, m_tabs);
    addScreen(m_packing, tr("Packin&g"), Capability::Warehouse);
    // The seed's 10-point check reads drills, component health and channel lag: owners, like Health.
    m_healthCheck = new HealthCheckScreen(HealthCheckScreen::checkerFor(conninfo), m_tabs);
    addScreen(m_healthCheck, tr("Health chec&k"), Capability::ViewHealth);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::rebuildEditMenu);
    rebuildEditMenu();

    m_connectedLabel = new QLabel(this);
    m_connectedLabel->setObjectName(QStringLiteral("connectedAs"));
    statusBar()->addPermanentWidget(m_connectedLabel);

    for (db::AsyncDb *async : {m_db, m_listDb}) {
        connect(async, &db::AsyncDb::connectionLost, this, [this, async](const QString &m) { setDatabaseUp(async, false, m); });
        connect(async, &db::AsyncDb::connectionRestored, this, [this, async] { setDatabaseUp(async, true, {}); });
    }
    connect(m_listener, &db::NotifyListener::connectionLost, this, [this](const QString &m) { setListenerUp(false, m); });
    connect(m_listener, &db::NotifyListener::listening, this, [this] { setListenerUp(true, {}); });
    m_listener->start();
    readConnectionFacts();

    statusBar()->showMessage(tr("Ready"), 3000);
    resize(kDefaultSize);
    m_layout = std::make_unique<LayoutMemory>(this, m_tabs);
    m_layout->captureDefaults();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    buildFileMenu();
    m_editMenu = menuBar()->addMenu(tr("&Edit"));   // filled from the current screen: rebuildEditMenu
    buildViewMenu();
    buildToolsMenu();
    buildHelpMenu();
}

void MainWindow::buildFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_connectAction = addEntry(m_fileMenu, tr("&Connect to another database…"), "connectAction");
    m_connectAction->setStatusTip(tr("Switch to another connection profile or database"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_fileMenu, &QMenu::aboutToShow, this, [this] {
        // Usable once the application has wired a connection dialog to connectRequested.
        m_connectAction->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&MainWindow::connectRequested)));
    });
    m_fileEnd = m_fileMenu->addSeparator();
    m_quitAction = addEntry(m_fileMenu, tr("&Quit"), "quitAction",
                            standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)), QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewScreensEnd = m_viewMenu->addSeparator();   // addScreen puts the screens above it
    m_fullScreenAction = addEntry(m_viewMenu, tr("&Full screen"), "fullScreenAction",
                                  standardOr(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::triggered, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    QAction *reset = addEntry(m_viewMenu, tr("&Reset layout"), "resetLayoutAction");
    reset->setStatusTip(tr("Put the window size, columns and panes back as they were at first start"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);
}

void MainWindow::buildToolsMenu()
{
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_settingsAction = addEntry(m_toolsMenu, tr("&Settings…"), "settingsAction",
                                standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)),
                                QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::buildHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = addEntry(m_helpMenu, tr("&Keyboard shortcuts…"), "shortcutsAction",
                             QKeySequence::keyBindings(QKeySequence::HelpContents));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_helpEnd = m_helpMenu->addSeparator();
    QAction *about = addEntry(m_helpMenu, tr("&About Backroom"), "aboutAction", {}, QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = addEntry(m_helpMenu, tr("About &Qt"), "aboutQtAction", {}, QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File: return m_fileMenu;
    case Menu::Edit: return m_editMenu;
    case Menu::View: return m_viewMenu;
    case Menu::Tools: return m_toolsMenu;
    case Menu::Help: return m_helpMenu;
    }
    return nullptr;
}

void MainWindow::addScreen(QWidget *screen, const QString &title, Capability capability)
{
    requireCapability(screen, capability);
    m_tabs->addTab(screen, title);
    auto *show = new QAction(title, this);
    show->setObjectName(screen->objectName() + QStringLiteral("ViewAction"));
    if (m_screens.size() < 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_screens.size())));
    requireCapability(show, capability);
    connect(show, &QAction::triggered, this, [this, screen] { showScreen(screen); });
    m_viewMenu->insertAction(m_viewScreensEnd, show);
    addAction(show);   // works while the menu bar is hidden (full screen on some platforms)
    m_screens.append({screen, show});
    if (m_can)
        applyCapabilities(m_can);
}

void MainWindow::addMenuAction(Menu which, QAction *action, std::optional<Capability> capability)
{
    if (capability)
        requireCapability(action, *capability);
    QMenu *m = menu(which);
    if (which == Menu::View)
        m->insertAction(m_viewScreensEnd, action);
    else if (which == Menu::Help)
        m->insertAction(m_helpEnd, action);
    else if (which == Menu::File)
        m->insertAction(m_fileEnd, action);
    else
        m->addAction(action);
    action->setVisible(isAllowed(action, m_can));
}

void MainWindow::showScreen(QWidget *screen)
{
    const int index = m_tabs->indexOf(screen);
    if (index < 0 || !m_tabs->isTabVisible(index))
        return;
    m_tabs->setCurrentIndex(index);
    // Keyboard users land inside the screen: where they were last, else its first field.
    QWidget *target = screen->focusWidget();
    for (QWidget *w = screen->nextInFocusChain(); !target && w && w != screen; w = w->nextInFocusChain())
        if (screen->isAncestorOf(w) && w->isVisibleTo(screen) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            target = w;
    (target ? target : screen)->setFocus(Qt::ShortcutFocusReason);
}

QList<QAction *> MainWindow::screenActions(QWidget *screen) const
{
    QList<QAction *> out;
    auto take = [&out](const QList<QAction *> &actions) {
        for (QAction *a : actions)
            if (!a->isSeparator() && !a->text().isEmpty() && !out.contains(a))
                out << a;
    };
    take(screen->actions());
    for (QWidget *child : screen->findChildren<QWidget *>())
        take(child->actions());
    return out;
}

void MainWindow::rebuildEditMenu()
{
    m_editMenu->clear();
    if (QWidget *current = m_tabs->currentWidget())
        for (QAction *a : screenActions(current))
            m_editMenu->addAction(a);
    if (m_editMenu->isEmpty())
        m_editMenu->addAction(tr("Nothing to edit on this screen"))->setEnabled(false);
}

void MainWindow::applyCapabilities(const CapabilityCheck &can)
{
    m_can = can;
    for (QMenu *m : {m_fileMenu, m_viewMenu, m_toolsMenu, m_helpMenu})
        for (QAction *a : m->actions())
            a->setVisible(isAllowed(a, can));
    for (const auto &[screen, show] : std::as_const(m_screens)) {
        const bool allowed = isAllowed(screen, can);
        m_tabs->setTabVisible(m_tabs->indexOf(screen), allowed);
        show->setVisible(allowed);
        for (QAction *a : screenActions(screen))
            a->setVisible(allowed && isAllowed(a, can));
    }
    if (QWidget *current = m_tabs->currentWidget(); current && !isAllowed(current, can))
        for (const auto &entry : std::as_const(m_screens))
            if (isAllowed(entry.first, can)) {
                m_tabs->setCurrentWidget(entry.first);
                break;
            }
    rebuildEditMenu();
}

QList<ShortcutsDialog::Entry> MainWindow::shortcutEntries() const
{
    QList<ShortcutsDialog::Entry> entries;
    for (QMenu *m : {m_fileMenu, m_viewMenu, m_toolsMenu, m_helpMenu})
        for (QAction *a : m->actions())
            entries.append({tr("%1 menu").arg(ShortcutsDialog::withoutMnemonic(m->title())), a});
    for (const auto &entry : m_screens)
        for (QAction *a : screenActions(entry.first))
            entries.append({tr("%1 screen").arg(ShortcutsDialog::withoutMnemonic(m_tabs->tabText(m_tabs->indexOf(entry.first)))), a});
    return entries;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutEntries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_usesSettings)
            applyPreferences();
    });
    dialog->open();
}

QString MainWindow::aboutText() const
{
    QString text = tr("<h3>Backroom %1</h3><p>The back office for shops selling on their web store, Shopee and "
                      "Lazada, with one PostgreSQL database as the single source of truth.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    text += tr("<p>Qt %1 · libpq %2</p>").arg(QString::fromLatin1(qVersion())).arg(PQlibVersion());
    if (m_facts.known) {
        text += tr("<p>PostgreSQL server %1<br>Connected as %2%3<br>%4</p>")
                    .arg(m_facts.serverVersion.toHtmlEscaped(), m_facts.whoAndWhere().toHtmlEscaped(),
                         m_roleName.isEmpty() ? QString() : tr(" (%1)").arg(m_roleName.toHtmlEscaped()),
                         m_facts.encrypted ? tr("Encrypted connection (TLS)") : tr("Connection not encrypted"));
    } else {
        text += tr("<p>Not connected to the database yet.</p>");
    }
    return text;
}

void MainWindow::showAbout() { QMessageBox::about(this, tr("About Backroom"), aboutText()); }

void MainWindow::readConnectionFacts()
{
    m_db->run<ConnectionFacts>(
        this, [](db::Connection &conn) { return ConnectionFacts::read(conn); },
        [this](ConnectionFacts facts) {
            if (!facts.known)
                return;   // read again when the connection is back
            m_facts = facts;
            updateConnectedLabel();
            if (!facts.viaUnixSocket && db::tls::mustWarnUnencrypted(facts.host, facts.encrypted))
                setInsecureConnectionWarning(true, db::tls::unencryptedWarning(facts.host));
            if (facts.sessionKnown) {
                const security::SessionInfo session = facts.session;
                applyCapabilities([session](Capability c) { return session.can(c); });
                setRoleName(session.roleName());
            }
            emit connectionFactsChanged();
        });
}

void MainWindow::updateConnectedLabel()
{
    if (!m_facts.known)
        return;
    const QString who = m_facts.whoAndWhere();
    m_connectedLabel->setText(m_roleName.isEmpty() ? who : tr("%1 · %2").arg(who, m_roleName));
    m_connectedLabel->setToolTip(tr("PostgreSQL %1, %2")
                                     .arg(m_facts.serverVersion,
                                          m_facts.encrypted ? tr("encrypted (TLS)") : tr("not encrypted")));
}

void MainWindow::setRoleName(const QString &roleName)
{
    m_roleName = roleName;
    updateConnectedLabel();
}

void MainWindow::setInsecureConnectionWarning(bool shown, const QString &detail)
{
    m_insecureBanner->setText(detail);
    m_insecureBanner->setVisible(shown);
}

bool MainWindow::isInsecureWarningShown() const { return !m_insecureBanner->isHidden(); }

void MainWindow::useSettings()
{
    if (m_usesSettings)
        return;
    m_usesSettings = true;
    m_layout->captureDefaults();   // screens added since construction included
    AppSettings settings;
    m_layout->restore(settings.raw());
    applyPreferences();
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);
}

void MainWindow::applyPreferences()
{
    const AppSettings settings;
    m_orders->setConfirmDestructiveActions(settings.confirmDestructiveActions());
}

void MainWindow::saveLayout()
{
    if (!m_usesSettings)
        return;
    AppSettings settings;
    m_layout->save(settings.raw());
}

void MainWindow::resetLayout()
{
    m_layout->reset();
    if (m_usesSettings)
        m_layout->forget(AppSettings().raw());
    statusBar()->showMessage(tr("Layout reset."), 3000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_fullScreenAction->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

bool MainWindow::isConnectionBannerShown() const { return !m_banner->isHidden(); }

void MainWindow::setDatabaseUp(db::AsyncDb *which, bool up, const QString &message)
{
    const bool wasUp = m_downDbs.isEmpty();
    if (up)
        m_downDbs.remove(which);
    else
        m_downDbs.insert(which);
    up = m_downDbs.isEmpty();
    updateBanner(message);
    // Whatever failed while the connection was down is read again now.
    if (up && !wasUp) {
        m_stock->refreshLoaded();
        m_orders->refreshLoaded();
        m_health->refresh();
        if (m_channels->isVisible())
            m_channels->refresh();
        if (!m_facts.known)
            readConnectionFacts();
    }
}

void MainWindow::setListenerUp(bool up, const QString &message)
{
    m_listenerUp = up;   // the listener emits resynced itself; the screens re-read on that
    updateBanner(message);
}

void MainWindow::updateBanner(const QString &message)
{
    const bool wasShown = !m_banner->isHidden();
    if (m_downDbs.isEmpty() && m_listenerUp) {
        if (!wasShown)
            return;
        statusBar()->showMessage(tr("Connection to the database restored."), 5000);
        m_banner->hide();
        emit connectionBannerChanged(false);
        return;
    }
    m_banner->setText(tr("Connection to the database lost — reconnecting…"));
    m_banner->setToolTip(message);
    m_banner->show();
    if (!wasShown)
        emit connectionBannerChanged(true);
}

} // namespace backroom::ui
