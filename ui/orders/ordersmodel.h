#pragma once
// OrdersModel: the orders tab's live list, newest first. Filters run in SQL (orders::listOrders),
// older orders load a page at a time (keyset on id) through DbGate (AsyncDb), new orders are put on top and
// changed ones re-read in place when `orders_changed` says so. Lives on the GUI thread.

#include "orders/checkout.h"
#include "orders/orderviews.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <optional>

namespace backroom::ui {

class DbGate;
class OrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Status, Channel, Items, Total, Age, Created, ColumnCount };
    static constexpr int kPageSize = 200;

    struct Row {
        orders::Order order;
        orders::OrderItemCount items;
    };

    explicit OrdersModel(DbGate *db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const orders::OrderFilter &filter);
    const orders::OrderFilter &filter() const { return m_filter; }
    void reload();
    // Orders that changed (from notifications): new ones go on top, loaded ones are re-read.
    void refreshIds(const QList<qint64> &ids);
    // Re-reads every loaded order and picks up new ones (after a reconnect).
    void refreshAll();
    void updateOrder(const orders::Order &order);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    std::optional<int> rowOfId(qint64 id) const;
    bool isLoading() const { return m_pending > 0; }

    static QString statusText(orders::OrderStatus status);
    static QString moneyText(qint64 satang);
    static QString ageText(const QDateTime &createdUtc, const QDateTime &nowUtc);

signals:
    void pageLoaded(int rows);
    void loadingChanged(bool loading);
    void ordersChanged(const QList<qint64> &ids);   // re-read or inserted
    void loadFailed(const QString &message);

private:
    using Page = Result<QList<Row>>;
    static Page fetchPage(db::Connection &conn, const orders::OrderFilter &filter);
    void fetchNewer();
    void applyRows(const QList<Row> &rows);
    void beginJob();
    void endJob();

    DbGate *m_db;
    orders::OrderFilter m_filter;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;   // rebuilt after inserts at the top
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_fetchingNewer = false;
    bool m_newerAgain = false;
    bool m_atEnd = false;
    int m_pending = 0;
    QTimer m_ageTick;
};

} // namespace backroom::ui
