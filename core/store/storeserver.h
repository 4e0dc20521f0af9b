#pragma once
// StoreServer: the headless store's JSON-over-HTTP API (catalog, search, checkout, orders, health) on
// Qt HttpServer. Lives on the thread that creates it (the `serve` command's main thread) and never
// blocks there: requests that need the database run on one of two bulkheads — browse (catalog, search,
// product) and checkout (orders) — each a DbWorkerPool with its own threads, connections and limit, so
// a flood of browsing cannot starve checkout. A full bulkhead answers 503 with Retry-After at once.
// Handlers take the QHttpServerResponder rather than returning QFuture<QHttpServerResponse>: in Qt 6.4
// the future path keeps a raw socket pointer and a reference to the request until the future finishes,
// so a client that hangs up first leaves it dangling; here the socket is watched with a QPointer.

#include "result.h"
#include "store/connectionguard.h"
#include "store/dbworkerpool.h"
#include "store/storeapi.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace backroom::resilience {
class HealthRegistry;
}
namespace backroom::payments {
class PaymentLedger;
class PaymentRouter;
struct PayResult;
}

namespace backroom::store {

class StoreServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString conninfo;
        int browseConnections = 4;
        int browseMaxConcurrent = 32;     // running + queued browse requests
        int checkoutConnections = 4;
        int checkoutMaxConcurrent = 32;
        qint64 maxBodyBytes = kMaxBodyBytes;
        QString version;
        // Runs on a browse worker before each browse query. Tests use it to hold the browse bulkhead
        // busy on purpose; leave empty in production.
        std::function<void()> browseProbe;
        // How often this server releases reservations past their expiry (expire_reservations; safe to run
        // from several servers at once). 0 = never.
        int expirySweepMs = 15000;
        // Payments (docs/payments.md): the shop's PromptPay ID (phone, national/tax ID or e-wallet ID) for
        // the QR a PromptPay charge shows, and how to draw a payload as a PNG (core links no QtGui: `serve`
        // passes image/qrimage.h's renderer). Empty: the QR payload is left out / no image.
        QString promptPayId;
        std::function<QByteArray(const QString &payload)> renderQrPng;
        int paymentConnections = 2;       // its own pool, so payments never take checkout's places
        int paymentMaxConcurrent = 64;
        // Connection cap, idle and header timeouts, header and body size (ConnectionGuard). maxBodyBytes
        // above is also checked there, before the body is read.
        ConnectionGuard::Limits connectionLimits;
        // max-age of Cache-Control on catalogue answers (GET /products, /products/{sku}, /search).
        int cacheMaxAgeSeconds = 5;
        // A browse request refused because its bulkhead is full gets its 503 after this long, so a flood
        // of clients retrying at once cannot keep the HTTP thread busy writing refusals. 0 = at once.
        int busyAnswerDelayMs = 250;
        // Browse connections that may run queries while a checkout is running (DbWorkerPool::yieldTo):
        // -1 = half of browseConnections, 0 = no limit (browse never yields).
        int browseConnectionsWhileBuying = -1;
    };

    explicit StoreServer(Options options, QObject *parent = nullptr);
    ~StoreServer() override;   // waits for the requests still running on the pools

    // Starts listening; returns the port actually bound (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    DbWorkerPool::Metrics browseMetrics() const { return m_browse->metrics(); }
    DbWorkerPool::Metrics checkoutMetrics() const { return m_checkout->metrics(); }
    // Open connections and why the guard closed others (zeros before listen()).
    ConnectionGuard::Counters connectionCounters() const;
    // Runs one expiry sweep now (also run by the timer); expired(count) is emitted when it finishes.
    void sweepExpiredReservations();

    // Registers this server's parts with a health registry (for a HealthPublisher): "serve" (this
    // instance), "database" (how its latest database work fared: UP, DOWN, UNKNOWN before any),
    // "bulkhead:browse" and "bulkhead:checkout" (UP, or FULL while at their limit). The providers are
    // thread-safe; the components are removed from the registry when the server is destroyed, so the
    // registry must outlive it. Call it before the server takes requests (right after listen()).
    void publishHealthTo(resilience::HealthRegistry &registry);

    // The ledger a PaymentRouter records attempts through: it runs on this server's payments pool and
    // calls back on this server's thread. Lives as long as the server.
    payments::PaymentLedger &paymentLedger();
    // Turns on GET /payments/methods, POST /orders/{id}/pay, GET /payments/{id} and the webhooks
    // POST /webhooks/opn and /webhooks/gbp. The router lives on this thread and must outlive the server
    // (or be unset first). Without one those endpoints answer 503 payments_not_configured.
    void setPaymentRouter(payments::PaymentRouter *router) { m_router = router; }

signals:
    void expired(int orders);

private:
    struct Pending;
    using Work = std::function<ApiReply(db::Connection &)>;

    void addRoutes();
    // Runs work on pool's threads and writes its reply here; 503 + Retry-After at once if pool is full.
    // Safe to run twice: a read, or a checkout carrying an idempotency key.
    enum class Retry { Never, OnceOnLostConnection };
    // whenUnreachable answers when the pool cannot open a connection (default: 503 database_unavailable).
    // With Retry::OnceOnLostConnection a request whose connection turned out dead (the database restarted,
    // an operator killed the backend) reconnects and runs once more instead of failing.
    // ifNoneMatch: the request's If-None-Match, for a cacheable answer (304 when it holds the tag).
    void dispatch(DbWorkerPool &pool, QHttpServerResponder &&responder, Work work, Retry retry,
                  std::function<ApiReply(const Error &)> whenUnreachable = {}, QByteArray ifNoneMatch = {});
    void send(QHttpServerResponder &responder, const ApiReply &reply, const QByteArray &ifNoneMatch = {});
    // Every route calls this first: tells the connection guard the request is being handled, then
    // answers 400 bad_text (and returns true) when the request's path or query holds a control character.
    bool refuseBadText(const QHttpServerRequest &request, QHttpServerResponder &responder);

    void getProducts(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getProduct(const QString &sku, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getSearch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void postOrders(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getOrder(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getHealth(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getProductImage(const QString &file, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    ApiReply healthReply(const Error *databaseError, double latencyMs) const;
    void getPaymentMethods(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void postPay(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getPayment(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void postWebhook(const QString &gateway, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    ApiReply payReply(const payments::PayResult &result, const QDateTime &reservationExpires) const;
    // Runs work on the payments pool; its reply is then handed to `then` on this thread.
    void onPaymentsPool(Work work, std::function<void(ApiReply)> then);

    struct DatabaseHealth;
    struct BulkheadHealth;
    class PoolLedger;

    Options m_options;
    std::shared_ptr<DatabaseHealth> m_databaseHealth;
    resilience::HealthRegistry *m_healthRegistry = nullptr;
    quint16 m_port = 0;
    std::unique_ptr<DbWorkerPool> m_browse;
    std::unique_ptr<DbWorkerPool> m_checkout;
    std::unique_ptr<DbWorkerPool> m_health;
    std::unique_ptr<DbWorkerPool> m_maintenance;   // one connection for the expiry sweep
    std::unique_ptr<DbWorkerPool> m_payments;
    std::unique_ptr<PoolLedger> m_ledger;
    payments::PaymentRouter *m_router = nullptr;
    std::unique_ptr<QHttpServer> m_http;
    ConnectionGuard *m_guard = nullptr;   // owned by m_http once listening
};

} // namespace backroom::store
