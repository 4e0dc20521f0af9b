#include "channels/syncworker.h"

#include "db/notifylistener.h"
#include "resilience/healthregistry.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace backroom::channels {
namespace {

constexpr const char *kReadChannels =
    "SELECT name, enabled, coalesce(base_url, ''), coalesce(shop_id, ''), coalesce(partner_id, ''), order_cursor "
    "FROM channel WHERE remote ORDER BY name";
constexpr const char *kClaim =
    "SELECT product_id, sku, seq, lease_token, target_qty, coalesce(item_id, '') FROM channel_claim($1, $2, $3, $4)";
constexpr const char *kRecord = "SELECT channel_record_push($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr const char *kRelease = "SELECT channel_release($1, $2, $3::bigint[])";
constexpr const char *kFlashSales = "SELECT channel_enqueue_flash_sales()";
constexpr const char *kListingSet = "SELECT channel_listing_set($1, $2, $3)";
constexpr const char *kIntake = "SELECT order_id, status, reason, replayed FROM channel_order_intake($1, $2, $3::jsonb)";
constexpr const char *kCursorSet = "SELECT channel_order_cursor_set($1, $2)";
constexpr const char *kCallFailure = "SELECT channel_record_call_failure($1, $2, $3, $4)";
constexpr const char *kPrune = "SELECT channel_prune_push_log(make_interval(secs => $1), $2)";

const QStringList kMarketplaces = {QStringLiteral("lazada"), QStringLiteral("shopee")};
constexpr int kDetailChunk = 50;

QString defaultWorkerId()
{
    return QHostInfo::localHostName() + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid());
}

bool isCancelled(const QString &status)
{
    const QString s = status.toLower();
    return s == QLatin1String("cancelled") || s == QLatin1String("canceled") || s == QLatin1String("in_cancel");
}

qint64 msSince(net::Clock &clock, net::Clock::TimePoint start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock.now() - start).count();
}

} // namespace

struct SyncWorker::Channel {
    QString name;
    std::unique_ptr<resilience::CircuitBreaker> breaker;
    std::unique_ptr<resilience::Bulkhead> bulkhead;
    std::unique_ptr<TokenBucket> bucket;
    std::shared_ptr<MarketplaceAdapter> adapter;   // null while disabled or not configured
    QString configKey;
    QString problem;
    QDateTime orderCursor;
    bool discovering = false;
    bool pulling = false;
    net::Clock::TimePoint pulledAt{};
    bool everPulled = false;
    bool published = false;   // its components are in the health registry
    bool listingsLearned = false;   // a whole listing lookup completed
    QString lookupError;            // why the last listing lookup failed; empty after one that worked
    std::chrono::milliseconds lookupBackoff{0};   // grows while lookups fail (through the breaker)
    net::Clock::TimePoint lookupNotBefore{};      // no new lookup before this
};

struct SyncWorker::Row {
    qint64 productId = 0;
    QString sku;
    qint64 seq = 0;
    qint64 token = 0;
    int quantity = 0;
    QString itemId;
};

struct SyncWorker::Flight {
    QString channel;
    Row row;
    std::shared_ptr<MarketplaceAdapter> adapter;
    resilience::CircuitBreaker::Permission permission;
    resilience::Bulkhead::Permit permit;
    net::Clock::TimePoint started;
};

SyncWorker::SyncWorker(Options options, net::HttpClient &http, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_http(http)
{
    if (m_options.workerId.isEmpty())
        m_options.workerId = defaultWorkerId();
    if (!m_options.secrets)
        m_options.secrets = credentialStoreSecrets();
    // A push still in flight must never outlive its lease, or a slow old push could land after a newer one.
    const auto leaseMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_options.lease);
    m_options.httpTimeout = std::min(m_options.httpTimeout, leaseMs / 2);
    for (const QString &name : kMarketplaces) {
        auto ch = std::make_unique<Channel>();
        ch->name = name;
        const ChannelLimits limits = m_options.limits.value(name);
        ch->breaker = std::make_unique<resilience::CircuitBreaker>(QStringLiteral("breaker:") + name, limits.breaker,
                                                                   *m_options.clock);
        ch->bulkhead = std::make_unique<resilience::Bulkhead>(QStringLiteral("marketplace:") + name,
                                                              resilience::Bulkhead::Config{limits.maxConcurrent});
        ch->bucket = std::make_unique<TokenBucket>(limits.ratePerSecond, limits.burst, *m_options.clock);
        ch->problem = tr("not configured yet");
        m_channels.emplace(name, std::move(ch));
    }
    m_poll.setParent(this);   // moves with the worker to its thread
    m_poll.setInterval(int(m_options.poll.count()));
    connect(&m_poll, &QTimer::timeout, this, &SyncWorker::wake);
}

SyncWorker::~SyncWorker()
{
    if (m_registry)
        for (const auto &[name, ch] : m_channels) {
            m_registry->remove(QStringLiteral("breaker:") + name);
            m_registry->remove(QStringLiteral("marketplace:") + name);
        }
}

void SyncWorker::start()
{
    m_running = true;
    if (m_options.listen && !m_listener) {
        m_listener = new db::NotifyListener(m_options.conninfo, {QStringLiteral("stock_changed")}, this);
        connect(m_listener, &db::NotifyListener::notified, this, &SyncWorker::wake);
        connect(m_listener, &db::NotifyListener::resynced, this, &SyncWorker::wake);
        m_listener->start();
    }
    m_poll.start();
    wake();
}

void SyncWorker::stop()
{
    m_running = false;
    m_poll.stop();
}

void SyncWorker::wake()
{
    if (!m_running || m_roundQueued)
        return;
    m_roundQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_roundQueued = false;
        round();
    }, Qt::QueuedConnection);
}

SyncWorker::Channel *SyncWorker::channel(const QString &name) const
{
    const auto it = m_channels.find(name);
    return it == m_channels.end() ? nullptr : it->second.get();
}

resilience::CircuitBreaker *SyncWorker::breaker(const QString &name) const
{
    Channel *ch = channel(name);
    return ch ? ch->breaker.get() : nullptr;
}

QStringList SyncWorker::channelNames() const { return kMarketplaces; }

QString SyncWorker::channelProblem(const QString &name) const
{
    Channel *ch = channel(name);
    return ch ? ch->problem : tr("unknown channel");
}

void SyncWorker::round()
{
    if (!m_running || !ensureDatabase())
        return;
    const auto now = m_options.clock->now();
    if (!m_configRead || now - m_configReadAt >= m_options.configRefresh)
        refreshConfig();
    if (now - m_flashSalesAt >= m_options.flashSalePoll) {
        m_flashSalesAt = now;
        enqueueFlashSales();
    }
    if (m_options.prunePushLogEvery.count() > 0
        && (m_prunedAt == net::Clock::TimePoint{} || now - m_prunedAt >= m_options.prunePushLogEvery)) {
        m_prunedAt = now;
        prunePushLog();
    }
    for (auto &[name, ch] : m_channels) {
        pushDue(*ch);
        if (m_options.orderPoll.count() > 0 && ch->adapter && !ch->pulling
            && (!ch->everPulled || now - ch->pulledAt >= m_options.orderPoll))
            pullOrders(*ch);
    }
}

bool SyncWorker::ensureDatabase()
{
    if (m_db && m_db->isOk())
        return true;
    if (m_db && m_db->reset())
        return true;
    auto opened = db::Connection::open(m_options.conninfo);
    if (!opened) {
        emit problem(tr("Channel sync cannot reach the database: %1").arg(opened.error().message));
        return false;
    }
    m_db = std::move(*opened);
    return true;
}

void SyncWorker::refreshConfig()
{
    auto r = m_db->exec(kReadChannels);
    if (!r) {
        emit problem(tr("Channel sync cannot read the channel settings: %1").arg(r.error().message));
        return;
    }
    m_configRead = true;
    m_configReadAt = m_options.clock->now();
    for (int i = 0; i < r->rows(); ++i) {
        Channel *ch = channel(r->text(i, 0));
        if (!ch)
            continue;
        MarketplaceConfig config;
        config.channel = ch->name;
        config.baseUrl = QUrl(r->text(i, 2));
        config.shopId = r->text(i, 3);
        config.partnerId = r->text(i, 4);
        if (!r->isNull(i, 5))
            ch->orderCursor = QDateTime::fromString(r->text(i, 5), Qt::ISODateWithMs).toUTC();
        configureChannel(*ch, r->toBool(i, 1), config);
    }
}

void SyncWorker::configureChannel(Channel &ch, bool enabled, const MarketplaceConfig &config)
{
    const QString key = QStringList{enabled ? QStringLiteral("on") : QStringLiteral("off"), config.baseUrl.toString(),
                                    config.shopId, config.partnerId}.join(QLatin1Char('|'));
    if (key == ch.configKey && (ch.adapter || !enabled))
        return;
    ch.configKey = key;
    ch.adapter.reset();
    {
        QMutexLocker lock(&m_pushKeysMutex);
        m_pushKeys.remove(ch.name);
    }
    publishChannel(ch);
    if (!enabled) {
        ch.problem = tr("disabled");
        return;
    }
    if (!config.baseUrl.isValid() || config.baseUrl.isEmpty()) {
        ch.problem = tr("no base URL; set one with `backroom channels set %1 --url ...`").arg(ch.name);
        return;
    }
    auto secrets = m_options.secrets(ch.name);
    if (!secrets) {
        ch.problem = secrets.error().message;
        ch.configKey.clear();   // try again at the next refresh
        return;
    }
    MarketplaceConfig full = config;
    full.secret = secrets->secret;
    full.accessToken = secrets->accessToken;
    ch.adapter = MarketplaceAdapter::create(full, *m_options.clock);
    {
        QMutexLocker lock(&m_pushKeysMutex);
        m_pushKeys.insert(ch.name, PushKeys{full.secret, full.shopId});
    }
    ch.problem.clear();
    publishChannel(ch);
}

bool SyncWorker::breakerLetsThrough(Channel &ch, int *room) const
{
    using resilience::BreakerState;
    const BreakerState state = ch.breaker->state();
    if (state == BreakerState::ForcedOpen)
        return false;
    if (state == BreakerState::Open) {
        if (ch.breaker->metrics().retryAfter.count() > 0)
            return false;   // its rows wait in the outbox; the other channels go on
        *room = std::min(*room, 1);   // the break is over: the next call is a trial
    }
    if (state == BreakerState::HalfOpen)
        *room = std::min(*room, 1);
    return true;
}

void SyncWorker::pushDue(Channel &ch)
{
    if (!ch.adapter)
        return;
    int room = std::min({ch.bulkhead->metrics().available(), ch.bucket->available(), m_options.claimBatch});
    if (!breakerLetsThrough(ch, &room) || room <= 0)
        return;
    const QList<Row> rows = claim(ch, room);
    QList<qint64> giveBack;
    qint64 token = 0;
    for (const Row &row : rows) {
        token = row.token;
        if (ch.adapter->needsItemId() && row.itemId.isEmpty()) {
            recordMissingItemId(ch, row);
            continue;
        }
        auto admission = ch.breaker->tryAcquirePermission();
        auto permit = admission ? ch.bulkhead->tryAcquire() : std::nullopt;
        if (!admission || !permit || !ch.bucket->tryTake()) {
            giveBack << row.productId;
            continue;
        }
        send(ch, row, admission.takePermission(), std::move(*permit));
    }
    if (!giveBack.isEmpty())
        release(ch, token, giveBack);
}

// A row whose listing has no item id known yet (they are kept in channel_listing once learnt, so only a
// product never looked up successfully comes here). Backoff from the database (0.5 s doubling): usually
// the lookup has the id by the next try. Once a whole lookup found no such listing, ask again only every
// 10 minutes (resync forces it). When the lookup itself fails, the row's error says what the marketplace
// answered, so the channel status shows it.
void SyncWorker::recordMissingItemId(Channel &ch, const Row &row)
{
    QString error;
    std::optional<int> retryAfter;
    if (!ch.lookupError.isEmpty()) {
        // Retry when the next lookup may go (its own backoff), not on the row's growing backoff.
        error = tr("no %1 item id for %2 yet: the listing lookup failed: %3").arg(ch.name, row.sku, ch.lookupError);
        const auto wait = std::chrono::duration_cast<std::chrono::seconds>(ch.lookupNotBefore - m_options.clock->now());
        retryAfter = int(std::clamp<qint64>(wait.count() + 1, 1, 60));
    } else if (ch.listingsLearned) {
        error = tr("no %1 listing has item_sku %2").arg(ch.name, row.sku);
        retryAfter = 600;
    } else {
        error = tr("no %1 listing with item_sku %2 known yet; looking it up").arg(ch.name, row.sku);
    }
    const QString outcome = record(ch.name, row, false, error, 0, retryAfter);
    emit pushFinished(ch.name, row.sku, row.quantity, false, outcome, error);
    discoverListings(ch, QString());
}

QList<SyncWorker::Row> SyncWorker::claim(Channel &ch, int limit)
{
    QList<Row> rows;
    const int leaseSeconds = int(std::max<qint64>(1, m_options.lease.count()));
    auto r = m_db->execPrepared("channel_claim", kClaim, {ch.name, m_options.workerId, limit, leaseSeconds});
    if (!r) {
        emit problem(tr("Channel sync could not claim %1 work: %2").arg(ch.name, r.error().message));
        return rows;
    }
    for (int i = 0; i < r->rows(); ++i)
        rows.append(Row{r->toInt64(i, 0), r->text(i, 1), r->toInt64(i, 2), r->toInt64(i, 3), r->toInt(i, 4), r->text(i, 5)});
    return rows;
}

void SyncWorker::release(Channel &ch, qint64 token, const QList<qint64> &products)
{
    QStringList ids;
    for (qint64 id : products)
        ids << QString::number(id);
    auto r = m_db->execPrepared("channel_release", kRelease, {ch.name, token, QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')))});
    if (!r)
        emit problem(tr("Channel sync could not give back %1 rows (their lease expires on its own): %2")
                         .arg(ch.name, r.error().message));
}

void SyncWorker::send(Channel &ch, const Row &row, resilience::CircuitBreaker::Permission permission,
                      resilience::Bulkhead::Permit permit)
{
    auto flight = std::make_shared<Flight>(Flight{ch.name, row, ch.adapter, std::move(permission), std::move(permit),
                                                  m_options.clock->now()});
    net::HttpRequest request = ch.adapter->stockUpdateRequest(StockUpdate{row.sku, row.itemId, row.quantity});
    request.timeout = m_options.httpTimeout;
    ++m_inFlight;
    m_http.send(std::move(request), this, [this, flight](const net::HttpResponse &response) {
        onPushAnswer(flight, response);
    });
}

void SyncWorker::reportToBreaker(resilience::CircuitBreaker::Permission &permission, const MarketplaceAnswer &answer)
{
    if (answer.ok())
        permission.onSuccess();
    else if (answer.kind == MarketplaceAnswer::Kind::RateLimited)
        permission.onIgnoredError(answer.toError().message);   // the platform is up; we were too fast
    else
        permission.onError(answer.toError());   // Refused (BadInput) is ignored by the default predicate
}

void SyncWorker::onPushAnswer(const std::shared_ptr<Flight> &flight, const net::HttpResponse &response)
{
    --m_inFlight;
    const MarketplaceAnswer answer = flight->adapter->readStockUpdate(response);
    reportToBreaker(flight->permission, answer);
    Channel *ch = channel(flight->channel);
    std::optional<int> retryAfter;
    if (answer.retryAfter) {
        retryAfter = int(answer.retryAfter->count());
        ch->bucket->pauseFor(*answer.retryAfter);
    } else if (answer.kind != MarketplaceAnswer::Kind::Ok && answer.kind != MarketplaceAnswer::Kind::Refused) {
        // The breaker counts this failure and, if the marketplace is down, opens with breaks that grow:
        // the row itself retries after a second, so it goes out right after the marketplace is back.
        // Refusals of this one request (bad item, ...) keep the database's growing backoff instead.
        retryAfter = 1;
    }
    const QString error = answer.ok() ? QString()
                                      : QStringLiteral("%1: %2 %3").arg(MarketplaceAnswer::kindName(answer.kind),
                                                                         answer.code, answer.message).trimmed();
    const QString outcome = record(flight->channel, flight->row, answer.ok(), error,
                                   msSince(*m_options.clock, flight->started), retryAfter);
    flight->permit.release();
    emit pushFinished(flight->channel, flight->row.sku, flight->row.quantity, answer.ok(), outcome, error);
    wake();
}

QString SyncWorker::record(const QString &channelName, const Row &row, bool ok, const QString &error, qint64 latencyMs,
                           std::optional<int> retryAfterSeconds)
{
    if (!ensureDatabase())
        return QStringLiteral("unrecorded");
    auto r = m_db->execPrepared("channel_record_push", kRecord, {channelName, row.productId, row.seq, row.token, row.quantity, ok,
                                  error.isEmpty() ? QVariant() : QVariant(error), latencyMs,
                                  retryAfterSeconds ? QVariant(*retryAfterSeconds) : QVariant()});
    if (!r) {
        emit problem(tr("Channel sync could not record a %1 push of %2 (it will be pushed again): %3")
                         .arg(channelName, row.sku, r.error().message));
        return QStringLiteral("unrecorded");
    }
    return r->text(0, 0);
}

void SyncWorker::enqueueFlashSales()
{
    auto r = m_db->execPrepared("channel_enqueue_flash_sales", kFlashSales);
    if (!r)
        emit problem(tr("Channel sync could not look at flash sales: %1").arg(r.error().message));
}

void SyncWorker::prunePushLog()
{
    const auto keepSeconds = std::chrono::duration_cast<std::chrono::seconds>(m_options.pushLogKeep).count();
    auto r = m_db->execPrepared("channel_prune_push_log", kPrune, {double(keepSeconds), m_options.pushLogKeepRows});
    if (!r)
        emit problem(tr("Channel sync could not prune the push log: %1").arg(r.error().message));
}

// A listing or order call that failed: in the push log (channel status shows it as the last error, with
// what the marketplace said) and in the worker's problems.
void SyncWorker::recordCallFailure(const QString &channelName, const QString &call, const QString &error)
{
    emit problem(tr("%1 %2 failed: %3").arg(channelName, call, error));
    if (!ensureDatabase())
        return;
    auto r = m_db->execPrepared("channel_record_call_failure", kCallFailure, {channelName, call, error, QVariant()});
    if (!r)
        emit problem(tr("Channel sync could not record a failed %1 %2 call: %3").arg(channelName, call, r.error().message));
}

// Listing and order calls go through the channel's breaker too, so that a marketplace that is down is
// noticed (and left alone) even before any stock push is due. Refused by the breaker, `done` hears a
// cancelled call.
void SyncWorker::sendCall(Channel &ch, net::HttpRequest request, std::function<void(const net::HttpResponse &)> done)
{
    auto admission = ch.breaker->tryAcquirePermission();
    if (!admission) {
        net::HttpResponse refused;
        refused.error = {net::HttpError::Kind::Cancelled, ch.breaker->rejectionError(admission.rejection()).message};
        QMetaObject::invokeMethod(this, [done, refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    auto permission = std::make_shared<resilience::CircuitBreaker::Permission>(admission.takePermission());
    request.timeout = m_options.httpTimeout;
    m_http.send(std::move(request), this, [permission, done](const net::HttpResponse &response) {
        if (response.error.isTransport() || response.status >= 500)
            permission->onError(Error::make(Error::Kind::Connection, response.error.message));
        else
            permission->onSuccess();
        done(response);
    });
}

// ---- listing discovery (Shopee: which item_id carries our SKU) ----

void SyncWorker::discoverListings(Channel &ch, const QString &offset)
{
    const auto now = m_options.clock->now();
    if (offset.isEmpty()) {
        if (ch.discovering || now < ch.lookupNotBefore)
            return;
        ch.discovering = true;
    }
    auto adapter = ch.adapter;
    const QString name = ch.name;
    sendCall(ch, adapter->itemListRequest(offset), [this, adapter, name](const net::HttpResponse &response) {
        Channel *c = channel(name);
        auto page = adapter->readItemList(response);
        if (!page)
            return lookupFailed(*c, QStringLiteral("item_list"), page.error().message);
        learnListings(*c, page->itemIds, page->nextOffset);
    });
}

void SyncWorker::learnListings(Channel &ch, QStringList itemIds, QString nextOffset)
{
    if (itemIds.isEmpty()) {
        if (nextOffset.isEmpty()) {
            ch.discovering = false;
            ch.listingsLearned = true;
            ch.lookupError.clear();
            ch.lookupBackoff = std::chrono::milliseconds(0);
            ch.lookupNotBefore = m_options.clock->now() + std::chrono::seconds(20);   // a whole lookup is costly
            wake();
        } else {
            discoverListings(ch, nextOffset);
        }
        return;
    }
    const QStringList chunk = itemIds.mid(0, kDetailChunk);
    itemIds = itemIds.mid(kDetailChunk);
    auto adapter = ch.adapter;
    const QString name = ch.name;
    sendCall(ch, adapter->itemInfoRequest(chunk), [this, adapter, name, itemIds, nextOffset](const net::HttpResponse &response) {
        Channel *c = channel(name);
        auto skus = adapter->readItemInfo(response);
        if (!skus)
            return lookupFailed(*c, QStringLiteral("item_info"), skus.error().message);
        if (ensureDatabase())
            for (auto it = skus->cbegin(); it != skus->cend(); ++it)
                m_db->execPrepared("channel_listing_set", kListingSet, {name, it.value(), it.key()});   // unknown SKUs (P0002) are not ours
        learnListings(*c, itemIds, nextOffset);
    });
}

// The item ids learnt so far stay in channel_listing: only products never looked up wait for the next
// lookup, which comes after a backoff (1 s doubling to 60 s) and through the breaker like any call.
void SyncWorker::lookupFailed(Channel &ch, const QString &call, const QString &error)
{
    ch.discovering = false;
    ch.lookupError = error;
    ch.lookupBackoff = std::clamp(ch.lookupBackoff * 2, std::chrono::milliseconds(1000), std::chrono::milliseconds(60000));
    ch.lookupNotBefore = m_options.clock->now() + ch.lookupBackoff;
    recordCallFailure(ch.name, call, error);
}

// ---- marketplace orders in ----

void SyncWorker::pullOrders(Channel &ch)
{
    ch.pulling = true;
    ch.everPulled = true;
    ch.pulledAt = m_options.clock->now();
    const QDateTime to = m_options.clock->utcNow();
    // Five minutes of overlap: an order created just before the last pull may show up late; intake is idempotent.
    // Shopee refuses windows over 15 days: after a long stop, look back 14 days at most.
    const QDateTime from = std::max(ch.orderCursor.isValid() ? ch.orderCursor.addSecs(-300)
                                                             : to.addSecs(-m_options.firstOrderWindow.count()),
                                    to.addDays(-14));
    pullOrderPage(ch.name, from, to, QString(), {});
}

void SyncWorker::pullOrderPage(const QString &name, QDateTime from, QDateTime to, QString cursor, QStringList ids)
{
    Channel *ch = channel(name);
    if (!ch->adapter) {
        ch->pulling = false;
        return;
    }
    auto adapter = ch->adapter;
    sendCall(*ch, adapter->orderListRequest(from, to, cursor),
             [this, adapter, name, from, to, cursor, ids](const net::HttpResponse &response) mutable {
                 auto page = adapter->readOrderList(response, cursor);
                 if (!page) {
                     channel(name)->pulling = false;
                     recordCallFailure(name, QStringLiteral("order_list"), page.error().message);
                     return;
                 }
                 ids << page->orderIds;
                 if (!page->nextCursor.isEmpty())
                     return pullOrderPage(name, from, to, page->nextCursor, ids);
                 takeOrderDetails(name, to, ids, 0, 0);
             });
}

void SyncWorker::takeOrderDetails(const QString &name, QDateTime to, QStringList ids, int accepted, int flagged)
{
    Channel *ch = channel(name);
    if (ids.isEmpty() || !ch->adapter) {
        if (ids.isEmpty() && ensureDatabase()) {
            if (auto r = m_db->execPrepared("channel_order_cursor_set", kCursorSet, {name, to.toString(Qt::ISODateWithMs)}); r)
                ch->orderCursor = to;
        }
        ch->pulling = false;
        if (accepted + flagged > 0)
            emit ordersTaken(name, accepted, flagged);
        return;
    }
    const int n = ch->adapter->maxOrdersPerDetailCall();
    const QStringList chunk = ids.mid(0, n);
    ids = ids.mid(n);
    auto adapter = ch->adapter;
    sendCall(*ch, adapter->orderDetailRequest(chunk),
             [this, adapter, name, to, ids, chunk, accepted, flagged](const net::HttpResponse &response) mutable {
                 auto orders = adapter->readOrderDetail(response, chunk);
                 if (!orders) {
                     channel(name)->pulling = false;   // the cursor stays: the next pull sees them again
                     recordCallFailure(name, QStringLiteral("order_detail"), orders.error().message);
                     return;
                 }
                 for (const MarketplaceOrder &order : *orders)
                     takeOrder(order, name, &accepted, &flagged);
                 takeOrderDetails(name, to, ids, accepted, flagged);
             });
}

void SyncWorker::takeOrder(const MarketplaceOrder &order, const QString &name, int *accepted, int *flagged)
{
    if (isCancelled(order.status) || !ensureDatabase())
        return;
    QJsonArray lines;
    for (auto it = order.quantityBySku.cbegin(); it != order.quantityBySku.cend(); ++it)
        lines.append(QJsonObject{{QStringLiteral("sku"), it.key()}, {QStringLiteral("qty"), it.value()}});
    auto r = m_db->execPrepared("channel_order_intake", kIntake, {name, order.externalId, QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact))});
    if (!r) {
        emit problem(tr("Could not take in %1 order %2: %3").arg(name, order.externalId, r.error().message));
        return;
    }
    if (r->toBool(0, 3))
        return;   // seen before
    if (r->text(0, 1) == QLatin1String("accepted"))
        ++*accepted;
    else
        ++*flagged;
}

// ---- marketplace pushes in ----

OrderPushVerdict SyncWorker::receiveOrderPush(const QString &channelName, const QString &callbackUrl,
                                              const QByteArray &body, const QByteArray &authorization)
{
    PushKeys keys;
    bool configured = false;
    {
        QMutexLocker lock(&m_pushKeysMutex);
        configured = m_pushKeys.contains(channelName);
        keys = m_pushKeys.value(channelName);
    }
    OrderPushVerdict verdict;
    if (channelName != QLatin1String("shopee"))
        verdict = {404, tr("No pushes are read from %1; its orders are pulled.").arg(channelName), {}};
    else if (!configured)
        verdict = {503, tr("%1 is not enabled and configured here: push refused.").arg(channelName), {}};
    else
        verdict = readShopeeOrderPush(keys.partnerKey, keys.shopId, callbackUrl, body, authorization);
    QMetaObject::invokeMethod(this, [this, channelName, verdict] {
        if (verdict.httpStatus == 401 || verdict.httpStatus == 400)
            recordCallFailure(channelName, QStringLiteral("order_push"), verdict.message);
        else if (!verdict.orderIds.isEmpty())
            fetchPushedOrders(channelName, verdict.orderIds);
    }, Qt::QueuedConnection);
    return verdict;
}

// The detail of pushed orders, through the channel's breaker like every call. The order cursor does not
// move (pulls still look at their own window): a push that fails here is taken by the next pull.
void SyncWorker::fetchPushedOrders(const QString &name, QStringList ids)
{
    Channel *ch = channel(name);
    if (!ch || !ch->adapter || ids.isEmpty())
        return;
    const int n = ch->adapter->maxOrdersPerDetailCall();
    const QStringList chunk = ids.mid(0, n);
    ids = ids.mid(n);
    auto adapter = ch->adapter;
    sendCall(*ch, adapter->orderDetailRequest(chunk), [this, adapter, name, chunk, ids](const net::HttpResponse &response) {
        auto orders = adapter->readOrderDetail(response, chunk);
        if (!orders) {
            recordCallFailure(name, QStringLiteral("order_push_detail"), orders.error().message);
            return;
        }
        int accepted = 0;
        int flagged = 0;
        for (const MarketplaceOrder &order : *orders) {
            takeOrder(order, name, &accepted, &flagged);
            emit pushedOrderTaken(name, order.externalId);
        }
        if (accepted + flagged > 0)
            emit ordersTaken(name, accepted, flagged);
        fetchPushedOrders(name, ids);
    });
}

// ---- health ----

void SyncWorker::publishHealthTo(resilience::HealthRegistry &registry)
{
    m_registry = &registry;
    for (auto &[name, chPtr] : m_channels) {
        chPtr->breaker->addListener([&registry](const resilience::CircuitBreaker::Event &e) {
            if (e.type == resilience::CircuitBreaker::Event::Type::StateTransition
                || e.type == resilience::CircuitBreaker::Event::Type::Reset)
                registry.announceChange();
        });
        publishChannel(*chPtr);
    }
}

// Only a configured marketplace is shown on the health screen: a shop that sells on the web alone sees no
// marketplace components.
void SyncWorker::publishChannel(Channel &chRef)
{
    Channel *ch = &chRef;
    const bool show = ch->adapter != nullptr;
    if (!m_registry || show == ch->published)
        return;
    ch->published = show;
    const QString breakerName = QStringLiteral("breaker:") + ch->name;
    const QString marketName = QStringLiteral("marketplace:") + ch->name;
    if (!show) {
        m_registry->remove(breakerName);
        m_registry->remove(marketName);
        return;
    }
    auto snapshot = [ch](resilience::ComponentKind kind) {
        const auto m = ch->breaker->metrics();
        resilience::ComponentSnapshot s;
        s.kind = kind;
        s.state = resilience::breakerStateName(m.state);
        s.calls = m.callsInWindow;
        s.failureRate = m.failureRate;
        s.slowCallRate = m.slowCallRate;
        s.p95Ms = m.latency.count > 0 ? double(m.latency.p95.count()) / 1e6 : -1;
        s.lastError = m.lastError;
        s.stateSince = m.stateSinceUtc;
        return s;
    };
    m_registry->add(breakerName, [snapshot] { return snapshot(resilience::ComponentKind::Breaker); });
    m_registry->add(marketName, [ch, snapshot] {
        auto s = snapshot(resilience::ComponentKind::Marketplace);
        const auto b = ch->bulkhead->metrics();
        s.extra.insert(QStringLiteral("in_flight"), b.inFlight);
        s.extra.insert(QStringLiteral("max_concurrent"), b.maxConcurrentCalls);
        s.extra.insert(QStringLiteral("rate_limited"), ch->bucket->paused());
        return s;
    });
}

} // namespace backroom::channels
