#pragma once
// Shopee's push mechanism for orders: Shopee Open Platform POSTs a JSON notification to the shop's
// callback URL when an order's status changes (push code 3: {"shop_id", "code": 3, "timestamp",
// "data": {"ordersn", "status", "update_time"}}), signed with the partner key in the Authorization header
// (channels::shopeePushSignature over callback URL + "|" + body). readShopeeOrderPush checks one and says
// which orders to fetch; the SyncWorker then reads their detail and takes them in through the same
// channel_order_intake as pulled orders (idempotent: a pushed and a pulled order make one order).
// Pure functions, any thread.

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace backroom::channels {

constexpr int kShopeeOrderStatusPush = 3;

struct OrderPushVerdict {
    int httpStatus = 200;        // 200 taken (or nothing to do), 400 not a push we read, 401 bad signature
    QString message;             // one line for the answer body and the log
    QStringList orderIds;        // orders to fetch (empty for an availability check or another push code)
};

// Checks the signature (over callbackUrl exactly as configured on Shopee's console), that the push is for
// our shop, and reads the order number of an order status push. An empty body is Shopee's availability
// check: 200 with nothing to fetch. Other push codes are answered 200 and ignored.
OrderPushVerdict readShopeeOrderPush(const QByteArray &partnerKey, const QString &shopId, const QString &callbackUrl,
                                     const QByteArray &body, const QByteArray &authorization);

} // namespace backroom::channels
