#pragma once
// Checkout: reserve -> pay -> (later: pick, pack, ship) or -> cancelled / expired. The rules live in SQL
// functions (place_order, pay_order, cancel_order, expire_reservations; migration 002) so that every
// storefront sharing the database gets the same guarantee; this file is the typed C++ face of them.
// Blocking calls on a Connection: use from worker threads, AsyncDb jobs, the CLI, the store API, tests.

#include "db/connection.h"

#include <QDateTime>
#include <QList>
#include <optional>
#include <QString>

namespace backroom::orders {

enum class OrderStatus { Reserved, Paid, Picked, Packed, Shipped, Cancelled, Expired };
QString statusName(OrderStatus s);                 // "reserved", "paid", ...
bool parseStatus(const QString &name, OrderStatus *out);

struct OrderLineRequest {
    QString sku;
    int qty = 0;
};

struct PlaceOrderRequest {
    QList<OrderLineRequest> lines;     // all reserved or none
    QString idempotencyKey;            // same key twice -> the same order, created once; empty = none
    QString channel = QStringLiteral("web");   // web | shopee | lazada | pos ...
    int reservationMinutes = 15;       // reservation expires after this unless paid
};

struct OrderLine {
    QString sku;
    QString name;
    int qty = 0;
    qint64 unitPriceSatang = 0;
};

struct Order {
    qint64 id = 0;
    QString idempotencyKey;
    QString channel;
    OrderStatus status = OrderStatus::Reserved;
    qint64 totalSatang = 0;
    QDateTime createdAt;      // UTC
    QDateTime expiresAt;      // UTC; null once paid
    QList<OrderLine> lines;
    bool replayed = false;    // true when the idempotency key matched an existing order
};

// Reserves every line or none. Errors: OutOfStock (names the SKU), NotFound (unknown SKU),
// BadInput (qty <= 0, no lines, duplicate SKU lines are merged, not an error).
Result<Order> placeOrder(db::Connection &conn, const PlaceOrderRequest &request);
// reserved -> paid: on_hand and reserved both drop, with a ledger row. Paying twice is refused (Conflict).
Result<Order> payOrder(db::Connection &conn, qint64 orderId);
// reserved -> cancelled: stock goes back. A paid order cannot be cancelled here (Conflict).
Result<Order> cancelOrder(db::Connection &conn, qint64 orderId, const QString &reason = {});
// Releases reservations past their expiry; returns how many orders expired.
Result<int> expireReservations(db::Connection &conn);

Result<Order> getOrder(db::Connection &conn, qint64 orderId);

struct OrderFilter {
    std::optional<OrderStatus> status;
    QString channel;            // empty = all
    QDateTime from, to;         // UTC; null = open
    int limit = 200;
    qint64 beforeId = 0;        // keyset paging, newest first; 0 = first page
};
Result<QList<Order>> listOrders(db::Connection &conn, const OrderFilter &filter);   // lines not filled

// Flash-sale mode for a hot SKU: its available stock is split into `buckets` rows that reservations
// take from at random (SKIP LOCKED), so N buyers commit in parallel. Totals shown everywhere stay one
// number. off = merge the buckets back.
// Staff edits of on_hand for that SKU are refused (Conflict) while it is on; sales go through.
Status flashSaleOn(db::Connection &conn, const QString &sku, int buckets);
Status flashSaleOff(db::Connection &conn, const QString &sku);

struct FlashSaleState {
    bool on = false;
    int buckets = 0;            // bucket rows (across bins)
    int freeInBuckets = 0;      // units still for sale in buckets
    int takenFromBuckets = 0;   // units held by open orders in buckets
};
Result<FlashSaleState> flashSaleState(db::Connection &conn, const QString &sku);

// The checkout invariants (ledger = on_hand, reserved = allocations + bucket allotments, bucket taken =
// allocations, sold <= stocked), one line per violation; empty = healthy. For tests and drills.
Result<QStringList> checkoutViolations(db::Connection &conn);

// SQLSTATEs the checkout functions raise (migration 002) and the Error kinds they become.
constexpr const char *kOutOfStockState = "BR001";      // -> OutOfStock, message names the SKU
constexpr const char *kWrongStateState = "BR002";      // -> Conflict (pay twice, cancel a paid order)
constexpr const char *kFlashSaleEditState = "55000";   // -> Conflict (staff edit during a flash sale)
constexpr const char *kKeyReusedState = "BR003";       // -> Conflict (idempotency key reused for other lines)
// Re-types a server error from the checkout functions (the generic classifier does not know BR001...).
Error checkoutError(const Error &error);

// Money for people: satang as baht with two decimals ("1234.50").
QString formatBaht(qint64 satang);

} // namespace backroom::orders
