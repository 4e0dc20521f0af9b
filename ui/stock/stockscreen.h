#pragma once
// StockScreen: the stock tab: a search box, the lazily loaded stock table (StockModel), the selected
// row's ledger (HistoryModel) and the edit dialog. Follows `stock_changed` notifications, coalesced
// every 100 ms, re-reading only loaded rows so that selection and scrolling stay put, and once more
// (all loaded rows) a little later for the commits the database's notify gate did not announce.
// Lives on the GUI thread; all database work goes through DbGate (AsyncDb).

#include "editdialog.h"
#include "inventory/stock.h"

#include <QHash>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace backroom::db {
class NotifyListener;
}

namespace backroom::ui {

class DbGate;
class HistoryModel;
class StockModel;

class StockScreen : public QWidget {
    Q_OBJECT
public:
    // listing: the connection for pages and searches; db: everything else (row refresh, history, edits).
    StockScreen(DbGate *listing, DbGate *db, db::NotifyListener *listener, QWidget *parent = nullptr);

    StockModel *model() const { return m_model; }
    HistoryModel *historyModel() const { return m_history; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    EditDialog *editDialog() const { return m_dialog; }

public slots:
    void editCurrent();          // Enter / F2 / double click
    void reload();               // F5: reload from the first page
    void refreshLoaded();        // re-read loaded rows in place (after a reconnect)
    void focusSearch();          // Ctrl+F

private:
    void onNotified(const QString &channel, const QString &payload);
    void flushNotifications();
    void onCurrentRowChanged();
    void updateStatus();

    DbGate *m_db;
    StockModel *m_model = nullptr;
    HistoryModel *m_history = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_historyTitle = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_searchDebounce;
    QTimer m_notifyCoalesce;
    QTimer m_trailingRefresh;   // re-reads loaded rows once after a burst (db::kCoalescedTrailingRefreshMs)
    QHash<QPair<qint64, int>, inventory::StockKey> m_pendingKeys;
    bool m_pendingAll = false;
    QString m_lastError;
    QPointer<EditDialog> m_dialog;
};

} // namespace backroom::ui
