#pragma once
// OrdersScreen: the orders tab: filters (status, channel, date), the live order list (OrdersModel),
// the selected order's detail with its lines, and cancelling a reserved order after a confirmation.
// Follows `orders_changed` notifications, coalesced every 100 ms. Lives on the GUI thread; all
// database work goes through DbGate (AsyncDb).

#include "orders/checkout.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

class QPushButton;
class QSplitter;
class QTableView;

namespace backroom::db {
class NotifyListener;
}

namespace backroom::ui {

class DbGate;
class EmptyStateOverlay;
class OrderLinesModel;
class OrdersModel;

class OrdersScreen : public QWidget {
    Q_OBJECT
public:
    OrdersScreen(DbGate *db, db::NotifyListener *listener, QWidget *parent = nullptr);

    OrdersModel *model() const { return m_model; }
    OrderLinesModel *linesModel() const { return m_lines; }
    QTableView *table() const { return m_table; }
    QTableView *linesView() const { return m_linesView; }
    QLabel *detailLabel() const { return m_detail; }
    EmptyStateOverlay *emptyState() const { return m_empty; }
    QAction *cancelAction() const { return m_cancelAction; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *channelFilter() const { return m_channel; }
    QCheckBox *dateFilter() const { return m_useDates; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QPushButton *cancelButton() const { return m_cancel; }
    QMessageBox *confirmation() const { return m_confirm; }
    std::optional<qint64> shownOrderId() const { return m_shownId; }
    // Whether cancelling asks first (the default; Settings can turn it off).
    void setConfirmDestructiveActions(bool on) { m_confirmDestructive = on; }

public slots:
    void reload();
    void refreshLoaded();
    void cancelCurrent();   // asks first, unless the user turned confirmations off in Settings

private:
    void applyFilters();
    void fitListColumns();
    void onNotified(const QString &channel, const QString &payload);
    void flushNotifications();
    void showOrder(std::optional<qint64> id);
    void showDetail(const orders::Order &order);
    void cancelConfirmed(qint64 id);
    void setMessage(const QString &text, bool error);
    QString emptyStateText() const;
    bool isFiltered() const;

    DbGate *m_db;
    OrdersModel *m_model = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cancel = nullptr;
    QAction *m_cancelAction = nullptr;
    EmptyStateOverlay *m_empty = nullptr;
    QString m_loadError;
    bool m_confirmDestructive = true;
    QPointer<QMessageBox> m_confirm;
    QTimer m_coalesce;
    QTimer m_trailingRefresh;   // re-reads loaded orders once after a burst (db::kCoalescedTrailingRefreshMs)
    QSet<qint64> m_pendingIds;
    bool m_pendingAll = false;
    std::optional<qint64> m_shownId;
    std::optional<orders::Order> m_shown;
    quint64 m_detailGeneration = 0;
};

} // namespace backroom::ui
