#pragma once
// MarketStandIn: what the Shopee- and Lazada-shaped stand-ins share. It holds the listings (SKU, item id,
// the stock each shows now), the orders placed through the control API, the log of every call received
// (time, path, values pushed, accepted or refused with the platform's error code), the platform-level
// faults (errors with the platform's body, forced 429s, bad JSON, wrong-signature answers) rolled on
// seeded dice, and a real rate limit (N calls per second per shop, on the monotonic clock). Transport
// faults (latency, hang, down, lost replies) belong to the FaultyHttpServer in front, which a fault
// change forwards to. Subclasses give the platform's shapes: signature check, endpoints, error bodies.
// Not thread-safe; lives on the sandbox's thread. Endpoints and fault names: docs/marketplaces.md.

#include "net/clock.h"
#include "result.h"
#include "sandbox/httpexchange.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <deque>
#include <optional>
#include <random>

namespace backroom::sandbox {

class FaultyHttpServer;

struct Listing {
    QString sku;
    qint64 itemId = 0;
    int stock = 0;            // what the marketplace shows buyers now
    QDateTime updated;
    qint64 acceptedPushes = 0;
    qint64 lastCallSeq = 0;   // the call that last set the stock (0: seeded)
    QJsonObject toJson() const;
};

// A listing to create: itemId 0 lets the stand-in number it.
struct ListingSeed {
    QString sku;
    int stock = 0;
    qint64 itemId = 0;
};

struct MarketOrderLine {
    QString sku;
    qint64 itemId = 0;
    int quantity = 0;
};

struct MarketOrder {
    QString id;       // Shopee order_sn, or Lazada order_id as text
    QString status;   // the platform's word (READY_TO_SHIP / CANCELLED, pending / canceled)
    QDateTime created;
    QDateTime updated;
    QList<MarketOrderLine> lines;
    QJsonObject toJson() const;
};

struct MarketCall {
    qint64 seq = 0;
    QDateTime at;
    qint64 monotonicMs = 0;   // the stand-in clock's monotonic time, for lag figures
    QString method;
    QString path;
    QString shop;             // shop_id / access token the call named, if any
    QJsonValue pushed;        // the values a stock update carried
    int status = 0;
    QString outcome;          // "accepted", or the platform's error code
    QJsonObject toJson() const;
};

// Platform-level faults, decided per call after the transport's latency, before the signature check.
struct MarketFaults {
    double errorRate = 0;        // 0..1: answered 500 with the platform's error body; nothing done
    double rateLimited = 0;      // 0..1: answered 429 with the platform's rate-limit body; nothing done
    double badJson = 0;          // 0..1: answered 200 with a body that is not JSON; nothing done
    double wrongSignature = 0;   // 0..1: answered as if the signature were wrong; nothing done
    int callsPerSecond = 0;      // the real limit per shop (sliding one-second window); 0 = none

    QJsonObject toJson() const;
};

class MarketStandIn {
public:
    enum class Refusal { None, ServerError, RateLimit, BadJson, WrongSignature };

    MarketStandIn(QString name, const net::Clock &clock, quint64 seed);
    virtual ~MarketStandIn();
    MarketStandIn(const MarketStandIn &) = delete;
    MarketStandIn &operator=(const MarketStandIn &) = delete;

    QString name() const { return m_name; }
    // The port in front of this stand-in: transport faults (latency, hang, down, ...) are passed to it.
    void attach(FaultyHttpServer *server) { m_server = server; }

    // One API call: platform faults, then the subclass's signature check and endpoint, then the record.
    HttpReply handle(const HttpRequest &request);
    // /control/<name>/...: listings, calls, orders, faults. parts are the segments after <name>.
    HttpReply handleControl(const QStringList &parts, const HttpRequest &request);

    // Applies a control request's fault changes: error_rate, rate_limited, bad_json, wrong_signature,
    // calls_per_second here; latency_ms, jitter_ms, hang, down, lose_replies to the port; reset and seed to
    // both. Validated as a whole first: BadInput names the field, and nothing changes.
    Status changeFaults(const QJsonObject &changes);
    QJsonObject faultsJson() const;
    const MarketFaults &faults() const { return m_faults; }

    // Creates or updates listings (by SKU). BadInput for an empty SKU, negative stock or a taken item id.
    Status addListings(const QList<ListingSeed> &seeds);
    const Listing *listingBySku(const QString &sku) const;
    const Listing *listingByItem(qint64 itemId) const;
    QList<Listing> listings() const { return m_listings.values(); }

    // Places an order as a buyer would: the listings' stock drops (not below zero). BadInput for an
    // unknown SKU or a quantity below 1; Conflict if the id is taken.
    Result<MarketOrder> placeOrder(const QList<MarketOrderLine> &lines, const QString &id = QString());
    Result<MarketOrder> setOrderStatus(const QString &id, const QString &status);
    const QList<MarketOrder> &orders() const { return m_orders; }

    const std::deque<MarketCall> &calls() const { return m_calls; }

    // Push notifications to the merchant (Shopee's push mechanism: an order status push when an order is
    // placed or changes). An empty URL sends none. BadInput for a platform whose stand-in sends no pushes.
    virtual Status setPushUrl(const QUrl &url);
    virtual QJsonObject pushJson() const;
    QJsonObject callsJson(qint64 sinceSeq, int limit) const;
    QJsonObject listingsJson() const;

protected:
    // Checks the call's signature, timestamp and credentials: the platform's error reply if refused.
    // Sets *shop to the shop (or seller) the call is for, the rate limit's key.
    virtual std::optional<HttpReply> authenticate(const HttpRequest &request, QString *shop) = 0;
    virtual HttpReply dispatch(const HttpRequest &request) = 0;
    virtual HttpReply refusal(Refusal why) const = 0;
    // The platform's error code in a reply (empty when it says success).
    virtual QString errorCodeIn(const HttpReply &reply) const = 0;
    virtual QString newOrderId() = 0;
    virtual bool validOrderId(const QString &id) const { return !id.trimmed().isEmpty(); }
    virtual QStringList orderStatuses() const = 0;   // the first is what a new order starts as
    virtual qint64 firstItemId() const = 0;
    // An order was placed or its status changed (the Shopee stand-in pushes it).
    virtual void orderChanged(const MarketOrder &) {}

    // A stock update: sets the listing and notes the value pushed for the call record.
    void setStock(Listing &listing, int stock);
    Listing *mutableListingBySku(const QString &sku);
    Listing *mutableListingByItem(qint64 itemId);
    void notePushed(const QJsonObject &value) { m_pushed.append(value); }
    const net::Clock &clock() const { return m_clock; }
    QString nextRequestId();

private:
    Refusal rollFaults();
    bool admitByRateLimit(const QString &shop);
    void record(const HttpRequest &request, const QString &shop, const HttpReply &reply);
    double nextUnit();
    HttpReply controlListings(const HttpRequest &request);
    HttpReply controlOrders(const QStringList &parts, const HttpRequest &request);

    QString m_name;
    const net::Clock &m_clock;
    FaultyHttpServer *m_server = nullptr;
    MarketFaults m_faults;
    std::mt19937_64 m_rng;
    QMap<qint64, Listing> m_listings;   // by item id
    QHash<QString, qint64> m_itemBySku;
    qint64 m_nextItemId = 0;
    QList<MarketOrder> m_orders;
    std::deque<MarketCall> m_calls;     // the newest kMaxCalls
    qint64 m_nextSeq = 1;
    qint64 m_currentSeq = 0;
    QJsonArray m_pushed;                // of the call being handled
    QHash<QString, std::deque<net::Clock::TimePoint>> m_recentCalls;   // per shop, the last second
    qint64 m_nextRequest = 1;
};

} // namespace backroom::sandbox
