#pragma once
// SyncWorker: the channel sync engine inside `backroom serve`. It drains the durable outbox of migration
// 011 and pushes to each marketplace the quantity it should show (available - buffer, never below zero):
//
//   wake (NOTIFY stock_changed, or the short poll: notifications are lost across reconnects, the outbox
//   is the truth) -> per channel, as many rows as its bulkhead, rate limit and breaker allow:
//   claim (channel_claim: FOR UPDATE SKIP LOCKED lease, committed) -> push (net::HttpClient, no
//   transaction open) -> record (channel_record_push: ack only moves forward; failures retry with backoff
//   in the database's next_attempt_at).
//
// Each marketplace has its own CircuitBreaker, Bulkhead and TokenBucket: a channel that is down (breaker
// open) is simply not claimed, so it never delays the others; its rows wait in the outbox (visible as
// lag and queue depth) and drain when it answers again. A 429 pauses that channel's bucket for the
// Retry-After. Several workers (several `serve`) share the outbox without double pushes; a dead
// worker's leases expire (lease > 2 x HTTP timeout, so a push in flight never outlives its lease).
// It also pulls marketplace orders (a cursor per channel) into channel_order_intake, and learns Shopee
// item ids from the listings (item_sku = our SKU; kept in channel_listing, so a known id is never looked up
// again). A failed lookup or order call is recorded in channel_push_log (migration 016) with what the
// marketplace said, and retried with backoff through the breaker. Every few minutes it prunes the push log.
//
// Thread: lives on one thread with an event loop (in `serve`, a thread of its own): its blocking
// database calls run there. The HttpClient may live on another thread. Not copyable.

#include "channels/channelcredentials.h"
#include "channels/marketplaceadapter.h"
#include "channels/orderpush.h"
#include "channels/tokenbucket.h"
#include "db/connection.h"
#include "net/httpclient.h"
#include "resilience/bulkhead.h"
#include "resilience/circuitbreaker.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <map>
#include <memory>

namespace backroom::db {
class NotifyListener;
}
namespace backroom::resilience {
class HealthRegistry;
}

namespace backroom::channels {

class SyncWorker : public QObject {
    Q_OBJECT
public:
    // One marketplace's limits on our side. Shop-sized defaults (docs/channels.md).
    struct ChannelLimits {
        int maxConcurrent = 4;          // pushes in flight at once
        double ratePerSecond = 10;      // token bucket refill
        double burst = 20;
        resilience::CircuitBreakerConfig breaker;
    };

    struct Options {
        QString conninfo;
        QString workerId;                                   // lease owner; default "<host>:<pid>"
        int claimBatch = 20;                                // rows claimed per channel and round at most
        std::chrono::seconds lease{30};
        std::chrono::milliseconds poll{250};                // the short poll besides NOTIFY
        std::chrono::milliseconds httpTimeout{10000};       // must stay under lease / 2
        std::chrono::milliseconds configRefresh{5000};      // re-read the channel table
        std::chrono::milliseconds orderPoll{30000};         // pull marketplace orders; 0 = never
        std::chrono::milliseconds flashSalePoll{1000};      // flash-sale buckets bypass the trigger
        std::chrono::seconds firstOrderWindow{3600};        // how far back the first pull looks
        std::chrono::milliseconds prunePushLogEvery{300000}; // channel_prune_push_log; 0 = never
        std::chrono::seconds pushLogKeep{7 * 24 * 3600};    // push log rows older than this go ...
        int pushLogKeepRows = 100000;                       // ... and those beyond the newest N per channel
        bool listen = true;                                 // LISTEN stock_changed
        QHash<QString, ChannelLimits> limits;               // per channel; absent -> ChannelLimits{}
        SecretsSource secrets;                              // default: credentialStoreSecrets()
        net::Clock *clock = &net::Clock::system();
    };

    SyncWorker(Options options, net::HttpClient &http, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Connects, listens and starts draining. Call on the worker's thread.
    void start();
    // Stops claiming; pushes in flight still record their outcome when they answer.
    void stop();

    // The channel's breaker ("shopee", "lazada"), for health publishing and operator actions.
    resilience::CircuitBreaker *breaker(const QString &channel) const;
    QStringList channelNames() const;
    // Registers "breaker:<channel>" and "marketplace:<channel>" for each configured channel (enabled, with
    // URL and credentials), and removes them when it stops being one. The registry must outlive the worker
    // (which removes them when destroyed).
    void publishHealthTo(resilience::HealthRegistry &registry);
    int pushesInFlight() const { return m_inFlight; }
    // Why a channel is not pushing right now ("disabled", "no credentials ..."); empty when it is.
    QString channelProblem(const QString &channel) const;

    // A marketplace's push (ChannelPushServer): checks it against the channel's partner key and shop id and,
    // if it names orders, fetches their detail on the worker's thread and takes them in (as pulled orders:
    // idempotent). Answers at once; any thread. Refused (401/400) pushes are recorded in the push log.
    OrderPushVerdict receiveOrderPush(const QString &channel, const QString &callbackUrl, const QByteArray &body,
                                      const QByteArray &authorization);

public slots:
    // Runs a round now (also what NOTIFY and the poll do).
    void wake();

signals:
    // One push ended. outcome: channel_record_push's answer (acked, newer_pending, requeued, retry,
    // lease_lost) or "unrecorded" when the database could not be reached.
    void pushFinished(const QString &channel, const QString &sku, int quantity, bool ok, const QString &outcome,
                      const QString &error);
    void ordersTaken(const QString &channel, int accepted, int flagged);
    // A pushed order was fetched and taken in (accepted, flagged, or seen before).
    void pushedOrderTaken(const QString &channel, const QString &externalId);
    void problem(const QString &message);

private:
    struct Channel;
    struct Row;
    struct Flight;

    void round();
    bool ensureDatabase();
    void refreshConfig();
    void configureChannel(Channel &ch, bool enabled, const MarketplaceConfig &config);
    void pushDue(Channel &ch);
    QList<Row> claim(Channel &ch, int limit);
    void release(Channel &ch, qint64 token, const QList<qint64> &products);
    void send(Channel &ch, const Row &row, resilience::CircuitBreaker::Permission permission,
              resilience::Bulkhead::Permit permit);
    void onPushAnswer(const std::shared_ptr<Flight> &flight, const net::HttpResponse &response);
    QString record(const QString &channel, const Row &row, bool ok, const QString &error, qint64 latencyMs,
                   std::optional<int> retryAfterSeconds);
    void reportToBreaker(resilience::CircuitBreaker::Permission &permission, const MarketplaceAnswer &answer);
    bool breakerLetsThrough(Channel &ch, int *room) const;
    void enqueueFlashSales();
    void prunePushLog();
    void recordCallFailure(const QString &channel, const QString &call, const QString &error);
    void recordMissingItemId(Channel &ch, const Row &row);
    void lookupFailed(Channel &ch, const QString &call, const QString &error);
    void publishChannel(Channel &ch);

    // Listing discovery (Shopee item ids) and order pulling: asynchronous chains of calls.
    void discoverListings(Channel &ch, const QString &offset);
    void learnListings(Channel &ch, QStringList itemIds, QString nextOffset);
    void pullOrders(Channel &ch);
    void pullOrderPage(const QString &channel, QDateTime from, QDateTime to, QString cursor, QStringList ids);
    void takeOrderDetails(const QString &channel, QDateTime to, QStringList ids, int accepted, int flagged);
    void takeOrder(const MarketplaceOrder &order, const QString &channel, int *accepted, int *flagged);
    void fetchPushedOrders(const QString &channel, QStringList ids);
    Channel *channel(const QString &name) const;
    void sendCall(Channel &ch, net::HttpRequest request, std::function<void(const net::HttpResponse &)> done);

    Options m_options;
    net::HttpClient &m_http;
    std::map<QString, std::unique_ptr<Channel>> m_channels;
    std::unique_ptr<db::Connection> m_db;
    db::NotifyListener *m_listener = nullptr;   // child
    QTimer m_poll;
    bool m_running = false;
    bool m_roundQueued = false;
    int m_inFlight = 0;
    net::Clock::TimePoint m_configReadAt{};
    net::Clock::TimePoint m_flashSalesAt{};
    net::Clock::TimePoint m_prunedAt{};
    bool m_configRead = false;
    resilience::HealthRegistry *m_registry = nullptr;

    struct PushKeys {
        QByteArray partnerKey;
        QString shopId;
    };
    mutable QMutex m_pushKeysMutex;
    QHash<QString, PushKeys> m_pushKeys;   // per configured channel; read by receiveOrderPush on any thread
};

} // namespace backroom::channels
