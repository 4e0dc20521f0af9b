#pragma once
// OrdersModel: the orders tab's live list, newest first. Filters run in SQL (orders::listOrders),
// older orders load a page at a time (keyset on id, ui/pagedmodel.h) through DbGate, new orders are put on top and
// changed ones re-read in place when `orders_changed` says so. Lives on the GUI thread.

#include "orders/checkout.h"
#include "orders/orderviews.h"
#include "pagedmodel.h"

#include <QTimer>
#include <optional>

namespace backroom::ui {

struct OrdersModelRow {
    orders::Order order;
    orders::OrderItemCount items;
};

using OrdersPagedModel = PagedModel<OrdersModelRow, qint64>;   // keyed by order id

class OrdersModel : public OrdersPagedModel {
    Q_OBJECT
public:
    enum Column { Id, Status, Channel, Items, Total, Age, Created, ColumnCount };
    static constexpr int kPageSize = 200;

    using Row = OrdersModelRow;

    explicit OrdersModel(DbGate *db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const orders::OrderFilter &filter);
    const orders::OrderFilter &filter() const { return m_filter; }
    // Orders that changed (from notifications): new ones go on top, loaded ones are re-read.
    void refreshIds(const QList<qint64> &ids);
    // Re-reads every loaded order and picks up new ones (after a reconnect).
    void refreshAll();
    void updateOrder(const orders::Order &order);

    std::optional<int> rowOfId(qint64 id) const { return rowOfKey(id); }

    static QString statusText(orders::OrderStatus status);
    static QString moneyText(qint64 satang);
    static QString ageText(const QDateTime &createdUtc, const QDateTime &nowUtc);

signals:
    void ordersChanged(const QList<qint64> &ids);   // re-read or inserted

private:
    static Page fetchPage(db::Connection &conn, const orders::OrderFilter &filter);
    PageJob pageAfter(const Row *last) const override;
    qint64 keyOf(const Row &row) const override { return row.order.id; }
    void listingCleared() override;
    void fetchNewer();
    void applyRows(const QList<Row> &rows);

    DbGate *m_db;
    orders::OrderFilter m_filter;
    bool m_fetchingNewer = false;
    bool m_newerAgain = false;
    QTimer m_ageTick;
};

} // namespace backroom::ui
