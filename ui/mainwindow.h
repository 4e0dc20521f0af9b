#pragma once
// MainWindow: the back office's frame: one tab per screen, a banner when the database is unreachable.
// Owns the window's AsyncDb and its NotifyListener and shares them with the screens.
// Lives on the GUI thread; all database work goes through AsyncDb.

#include <QMainWindow>

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
    void setDatabaseUp(bool up, const QString &message);
    void setListenerUp(bool up, const QString &message);
    void updateBanner(const QString &message);

    db::AsyncDb *m_db = nullptr;
    DbGate *m_gate = nullptr;
    db::NotifyListener *m_listener = nullptr;
    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    StockScreen *m_stock = nullptr;
    OrdersScreen *m_orders = nullptr;
    bool m_dbUp = true;
    bool m_listenerUp = true;
};

} // namespace backroom::ui
