#pragma once
// MainWindow: the back office's frame: one tab per screen, a banner when the database is unreachable.
// Owns the window's database connections (two AsyncDbs: one for stock pages and searches, which can
// be slow, one for everything else) and its NotifyListener, and shares them with the screens.
// Lives on the GUI thread; all database work goes through AsyncDb.

#include <QMainWindow>
#include <QSet>

class QLabel;
class QTabWidget;

namespace backroom::db {
class AsyncDb;
class NotifyListener;
}

namespace backroom::ui {

class DbGate;
class OrdersScreen;
class StockScreen;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &conninfo, QWidget *parent = nullptr);
    ~MainWindow() override;

    StockScreen *stockScreen() const { return m_stock; }
    OrdersScreen *ordersScreen() const { return m_orders; }
    QTabWidget *tabs() const { return m_tabs; }
    db::NotifyListener *listener() const { return m_listener; }
    bool isConnectionBannerShown() const;

signals:
    void connectionBannerChanged(bool shown);

private:
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
    QTabWidget *m_tabs = nullptr;
    StockScreen *m_stock = nullptr;
    OrdersScreen *m_orders = nullptr;
    bool m_listenerUp = true;
};

} // namespace backroom::ui
