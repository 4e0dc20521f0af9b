#pragma once
// MainWindow: the back office's frame: a menu bar (File, Edit, View, Tools, Help), one tab per screen,
// a red banner while the database is unreachable, a yellow one when the connection to a remote host
// is not encrypted, and who is connected in the status bar. Screens and menu actions are tagged with
// the capability they need; applyCapabilities() hides what the signed-in role cannot use. With
// useSettings() it restores and saves its geometry, current screen and table columns.
// Owns the window's database connections (two AsyncDbs: one for stock pages and searches, which can
// be slow, one for everything else) and its NotifyListener, and shares them with the screens.
// Lives on the GUI thread; all database work goes through AsyncDb.

#include "capabilities.h"
#include "connectionfacts.h"
#include "shortcutsdialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QTabWidget;

namespace backroom::db {
class AsyncDb;
class NotifyListener;
}

namespace backroom::ui {

class ChannelsScreen;
class DbGate;
class DrillsScreen;
class HealthScreen;
class HealthCheckScreen;
class LayoutMemory;
class OrdersScreen;
class PackingScreen;
class PickingScreen;
class SettingsDialog;
class StockScreen;
class WavesScreen;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Tools, Help };

    explicit MainWindow(const QString &conninfo, QWidget *parent = nullptr);
    ~MainWindow() override;

    StockScreen *stockScreen() const { return m_stock; }
    OrdersScreen *ordersScreen() const { return m_orders; }
    HealthScreen *healthScreen() const { return m_health; }
    DrillsScreen *drillsScreen() const { return m_drills; }
    ChannelsScreen *channelsScreen() const { return m_channels; }
    WavesScreen *wavesScreen() const { return m_waves; }
    PickingScreen *pickingScreen() const { return m_picking; }
    PackingScreen *packingScreen() const { return m_packing; }
    HealthCheckScreen *healthCheckScreen() const { return m_healthCheck; }
    QTabWidget *tabs() const { return m_tabs; }
    db::NotifyListener *listener() const { return m_listener; }
    bool isConnectionBannerShown() const;
    bool isInsecureWarningShown() const;
    QMenu *menu(Menu which) const;
    QLabel *connectedLabel() const { return m_connectedLabel; }
    const ConnectionFacts &connectionFacts() const { return m_facts; }

    // Adds a screen as a tab with a View menu entry (Ctrl+1, Ctrl+2, ... in order), shown only to roles
    // with the capability. The screen's own actions appear in the Edit menu while it is current.
    void addScreen(QWidget *screen, const QString &title, Capability capability);
    // Adds an action to a menu (before Quit in File, before the window entries in View, before About in Help),
    // shown only to roles with the capability; nullopt: everyone.
    void addMenuAction(Menu menu, QAction *action, std::optional<Capability> capability = std::nullopt);
    // Hides the screens and actions (menus and screens' own) the role cannot use; re-run on a new
    // sign-in. An empty check allows everything.
    void applyCapabilities(const CapabilityCheck &can);

    // Reads the user's settings now (saved layout, preferences), applies the Settings dialog's changes
    // as they are made, and saves the layout when the window closes or the application quits. Without
    // it the window runs on built-in defaults and never touches QSettings.
    void useSettings();
    void applyPreferences();
    void saveLayout();
    // Every action that has a shortcut, with where it works, for the shortcuts dialog.
    QList<ShortcutsDialog::Entry> shortcutEntries() const;
    // The About box's text: versions of Backroom, Qt, the PostgreSQL server, and who is connected.
    QString aboutText() const;

public slots:
    // The signed-in role's name, shown beside who is connected (the lead wires SessionInfo::roleName).
    void setRoleName(const QString &roleName);
    // A yellow banner, distinct from the red connection-lost one; detail says what and what to do.
    void setInsecureConnectionWarning(bool shown, const QString &detail);
    void resetLayout();
    void showShortcuts();
    void showSettings();
    void showAbout();

signals:
    void connectionBannerChanged(bool shown);
    void connectRequested();            // File > Connect…: opens the connection dialog (wired by the app)
    void connectionFactsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildViewMenu();
    void buildToolsMenu();
    void buildHelpMenu();
    void rebuildEditMenu();
    void showScreen(QWidget *screen);
    QList<QAction *> screenActions(QWidget *screen) const;
    void readConnectionFacts();
    void updateConnectedLabel();
    void setDatabaseUp(db::AsyncDb *which, bool up, const QString &message);
    void setListenerUp(bool up, const QString &message);
    void updateBanner(const QString &message);

    db::AsyncDb *m_db = nullptr;        // row refreshes, history, edits, orders
    DbGate *m_gate = nullptr;
    db::AsyncDb *m_listDb = nullptr;    // stock pages and searches, which can be slow
    DbGate *m_listGate = nullptr;
    QSet<db::AsyncDb *> m_downDbs;
    db::NotifyListener *m_listener = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_insecureBanner = nullptr;
    QLabel *m_connectedLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    StockScreen *m_stock = nullptr;
    OrdersScreen *m_orders = nullptr;
    HealthScreen *m_health = nullptr;
    DrillsScreen *m_drills = nullptr;
    ChannelsScreen *m_channels = nullptr;
    WavesScreen *m_waves = nullptr;       // the warehouse screens (Capability::Warehouse)
    PickingScreen *m_picking = nullptr;
    PackingScreen *m_packing = nullptr;
    HealthCheckScreen *m_healthCheck = nullptr;
    bool m_listenerUp = true;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_fileEnd = nullptr;          // separator before Quit
    QAction *m_quitAction = nullptr;
    QAction *m_viewScreensEnd = nullptr;   // separator after the screens in the View menu
    QAction *m_fullScreenAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_helpEnd = nullptr;          // separator before the About entries
    QList<QPair<QWidget *, QAction *>> m_screens;   // screen, its View menu action
    CapabilityCheck m_can;

    ConnectionFacts m_facts;
    QString m_roleName;
    std::unique_ptr<LayoutMemory> m_layout;
    bool m_usesSettings = false;
};

} // namespace backroom::ui
