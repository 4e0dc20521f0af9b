#include "storeserver.h"
#include "coretext.h"

#include "orders/checkout.h"
#include "payments/paymentrouter.h"
#include "payments/paymentstore.h"
#include "payments/promptpay.h"
#include "resilience/healthregistry.h"
#include "resilience/retry.h"
#include "store/productimage.h"
#include "store/staticfiles.h"

#include <QTimer>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QElapsedTimer>
#include <algorithm>
#include <deque>
#include <mutex>

namespace backroom::store {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

constexpr const char *kPing = "SELECT 1";

ApiReply methodNotAllowed(const QString &allowed)
{
    ApiReply reply = errorReply(405, QStringLiteral("method_not_allowed"),
                                StoreText::tr("This path answers %1 only.").arg(allowed));
    reply.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
    return reply;
}

// A strong entity tag for an answer's bytes: equal bytes, equal tag, in every instance of the same build.
QByteArray entityTagOf(const QByteArray &body)
{
    return '"' + QByteArray::number(quint64(qHash(body, 0)), 16).rightJustified(16, '0') + '"';
}

// True when an If-None-Match value ("*", or a list of tags, weak or strong) names tag.
bool ifNoneMatchHolds(const QByteArray &ifNoneMatch, const QByteArray &tag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate.remove(0, 2);
        if (candidate == "*" || candidate == tag)
            return true;
    }
    return false;
}

ApiReply cacheable(ApiReply reply)
{
    reply.cacheable = true;
    return reply;
}

// The order an idempotency key was first used for, from place_order's BR003 message "... (#42) ...".
QJsonObject firstOrderOfKey(const QString &message)
{
    static const QRegularExpression orderNumber(QStringLiteral("\\(#(\\d+)\\)"));
    const auto match = orderNumber.match(message);
    if (!match.hasMatch())
        return {};
    return QJsonObject{{QStringLiteral("order_id"), match.captured(1).toLongLong()}};
}

ApiReply badQuery(const QString &message)
{
    return errorReply(400, QStringLiteral("bad_request"), message);
}

// Reads an optional positive integer query parameter; nullopt with *error set when it is not one.
std::optional<int> intParam(const QUrlQuery &query, const QString &name, int fallback, QString *error)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int v = query.queryItemValue(name).toInt(&ok);
    if (!ok) {
        *error = StoreText::tr("%1 must be a whole number (got '%2').").arg(name, query.queryItemValue(name));
        return std::nullopt;
    }
    return v;
}

bool isDatabaseUnavailable(const ApiReply &reply)
{
    return reply.status == 503 && reply.body.value(QStringLiteral("kind")).toString() == QLatin1String("database_unavailable");
}

// A request whose connection turned out dead (the database restarted, an operator killed the backend)
// reconnects and runs once more, at once: two attempts, the second only if the reconnect worked.
const resilience::RetryPolicy &reconnectPolicy()
{
    static const resilience::RetryPolicy policy([] {
        resilience::RetryPolicy::Config c;
        c.maxAttempts = 2;
        c.initialBackoff = std::chrono::nanoseconds(0);
        c.retryable = [](const Error &e) { return e.kind == Error::Kind::Connection; };
        return c;
    }());
    return policy;
}

// Safe only for work that may run twice: a read, or a checkout carrying an idempotency key.
template <typename Work>
ApiReply runReconnectingOnce(db::Connection &conn, const Work &work)
{
    ApiReply reply;
    reconnectPolicy().run<Done>(
        resilience::Idempotency::Idempotent,
        [&]() -> backroom::Status {
            reply = work(conn);
            if (isDatabaseUnavailable(reply) && !conn.isOk())
                return Error::make(Error::Kind::Connection, QStringLiteral("Lost the connection to the database."));
            return Done{};
        },
        [&conn](const Error &) { return conn.reset(); });
    return reply;
}

QByteArray ifNoneMatchOf(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("if-none-match"));
}

bool isJsonContentType(const QHttpServerRequest &request)
{
    const QByteArray type = request.value(QByteArrayLiteral("content-type")).trimmed().toLower();
    return type == "application/json" || type.startsWith("application/json;");
}

QJsonObject poolJson(const DbWorkerPool::Metrics &m)
{
    return QJsonObject{{QStringLiteral("connections"), m.connections},
                       {QStringLiteral("connections_open"), m.connectionsOpen},
                       {QStringLiteral("connections_busy"), m.busyConnections},
                       {QStringLiteral("max_concurrent"), m.bulkhead.maxConcurrentCalls},
                       {QStringLiteral("in_flight"), m.bulkhead.inFlight},
                       {QStringLiteral("peak_in_flight"), m.bulkhead.peakInFlight},
                       {QStringLiteral("permitted"), m.bulkhead.permitted},
                       {QStringLiteral("rejected"), m.bulkhead.rejected}};
}

} // namespace

// A request waiting for its answer from a worker thread. The socket may go away meanwhile (client gone);
// then the answer is dropped.
struct StoreServer::Pending {
    explicit Pending(QHttpServerResponder &&r) : responder(std::move(r)), socket(responder.socket()) {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QByteArray ifNoneMatch;   // for a cacheable answer
};

// How this server's database work fared lately, for the "database" health component: the last 100
// outcomes (a connection could not be had, or the work found the database unavailable = failure),
// their durations, the last error, and UP/DOWN by the latest outcome. Any thread.
struct StoreServer::DatabaseHealth {
    static constexpr size_t kWindow = 100;
    std::mutex mutex;
    std::deque<std::pair<bool, double>> recent;   // (failed, milliseconds)
    qint64 calls = 0;
    QString lastError;
    QString state = QStringLiteral("UNKNOWN");
    QDateTime since = QDateTime::currentDateTimeUtc();
    std::function<void()> onStateChange;   // set once, before any work runs

    void record(bool failed, double ms, const QString &error)
    {
        bool changed = false;
        {
            std::lock_guard lock(mutex);
            ++calls;
            recent.emplace_back(failed, ms);
            if (recent.size() > kWindow)
                recent.pop_front();
            if (failed)
                lastError = error;
            const QString now = failed ? QStringLiteral("DOWN") : QStringLiteral("UP");
            if (now != state) {
                state = now;
                since = QDateTime::currentDateTimeUtc();
                changed = true;
            }
        }
        if (changed && onStateChange)
            onStateChange();
    }

    resilience::ComponentSnapshot snapshot()
    {
        std::lock_guard lock(mutex);
        resilience::ComponentSnapshot s;
        s.kind = resilience::ComponentKind::Database;
        s.state = state;
        s.stateSince = since;
        s.calls = calls;
        s.lastError = lastError;
        if (!recent.empty()) {
            std::vector<double> ms;
            int failures = 0;
            for (const auto &[failed, took] : recent) {
                failures += failed ? 1 : 0;
                ms.push_back(took);
            }
            s.failureRate = 100.0 * failures / double(recent.size());
            const size_t rank = (ms.size() * 95 + 99) / 100 - 1;   // nearest-rank p95
            std::nth_element(ms.begin(), ms.begin() + long(rank), ms.end());
            s.p95Ms = ms[rank];
        }
        s.extra.insert(QStringLiteral("window"), int(recent.size()));
        return s;
    }
};

// A bulkhead's state (UP, or FULL while every place is taken) and when it last changed.
struct StoreServer::BulkheadHealth {
    std::mutex mutex;
    QString state = QStringLiteral("UP");
    QDateTime since = QDateTime::currentDateTimeUtc();

    resilience::ComponentSnapshot snapshot(const DbWorkerPool::Metrics &m)
    {
        resilience::ComponentSnapshot s;
        s.kind = resilience::ComponentKind::Bulkhead;
        const auto &b = m.bulkhead;
        {
            std::lock_guard lock(mutex);
            const QString now = b.available() <= 0 ? QStringLiteral("FULL") : QStringLiteral("UP");
            if (now != state) {
                state = now;
                since = QDateTime::currentDateTimeUtc();
            }
            s.state = state;
            s.stateSince = since;
        }
        s.calls = b.permitted + b.rejected;
        s.failureRate = s.calls > 0 ? 100.0 * double(b.rejected) / double(s.calls) : -1;   // refused share
        s.extra = poolJson(m);
        return s;
    }
};

StoreServer::StoreServer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_databaseHealth(std::make_shared<DatabaseHealth>()),
      m_http(std::make_unique<QHttpServer>())
{
    m_browse = std::make_unique<DbWorkerPool>(DbWorkerPool::Config{
        QStringLiteral("browse"), m_options.conninfo, m_options.browseConnections, m_options.browseMaxConcurrent});
    m_checkout = std::make_unique<DbWorkerPool>(DbWorkerPool::Config{
        QStringLiteral("checkout"), m_options.conninfo, m_options.checkoutConnections,
        m_options.checkoutMaxConcurrent});
    // Checkout first: while orders are being placed, browsing runs on fewer connections, so a flood of
    // searches cannot take the database's CPU from checkout (docs/store-api.md, "Speed").
    const int whileBuying = m_options.browseConnectionsWhileBuying < 0 ? std::max(1, m_options.browseConnections / 2)
                                                                     : m_options.browseConnectionsWhileBuying;
    if (whileBuying > 0 && whileBuying < m_options.browseConnections)
        m_browse->yieldTo(*m_checkout, whileBuying);
    // Health has its own single connection so it answers even while both bulkheads are full.
    m_health = std::make_unique<DbWorkerPool>(DbWorkerPool::Config{
        QStringLiteral("health"), m_options.conninfo, 1, 4});
    // At most one sweep at a time: a tick that finds the last one still running is skipped.
    m_maintenance = std::make_unique<DbWorkerPool>(DbWorkerPool::Config{
        QStringLiteral("maintenance"), m_options.conninfo, 1, 1});
    m_payments = std::make_unique<DbWorkerPool>(DbWorkerPool::Config{
        QStringLiteral("payments"), m_options.conninfo, m_options.paymentConnections, m_options.paymentMaxConcurrent});
    m_ledger = std::make_unique<PoolLedger>(this);
    addRoutes();
    if (m_options.expirySweepMs > 0) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &StoreServer::sweepExpiredReservations);
        timer->start(m_options.expirySweepMs);
    }
}

void StoreServer::sweepExpiredReservations()
{
    QPointer<StoreServer> self(this);
    m_maintenance->trySubmit([self, health = m_databaseHealth](Result<db::Connection *> conn) -> DbWorkerPool::Then {
        if (!conn) {
            health->record(true, 0, conn.error().message);
            return {};   // the database is away; the next tick tries again
        }
        auto n = orders::expireReservations(**conn);
        health->record(!n && n.error().kind == Error::Kind::Connection, 0, n ? QString() : n.error().message);
        if (!n) {
            qWarning("expiry sweep failed: %s", qPrintable(n.error().message));
            return {};
        }
        const int count = *n;
        return [self, count] {
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, count] { emit self->expired(count); },
                                          Qt::QueuedConnection);
        };
    });
}

void StoreServer::publishHealthTo(resilience::HealthRegistry &registry)
{
    using resilience::ComponentKind;
    m_healthRegistry = &registry;
    m_databaseHealth->onStateChange = [&registry] { registry.announceChange(); };
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    registry.add(QStringLiteral("serve"), [version = m_options.version, port = m_port, startedAt] {
        resilience::ComponentSnapshot s;
        s.kind = ComponentKind::Serve;
        s.state = QStringLiteral("UP");
        s.stateSince = startedAt;
        s.extra = QJsonObject{{QStringLiteral("version"), version}, {QStringLiteral("port"), int(port)}};
        return s;
    });
    registry.add(QStringLiteral("database"), [health = m_databaseHealth] { return health->snapshot(); });
    for (DbWorkerPool *pool : {m_browse.get(), m_checkout.get()}) {
        auto bulkhead = std::make_shared<BulkheadHealth>();
        registry.add(QStringLiteral("bulkhead:") + pool->name(), [pool, bulkhead] { return bulkhead->snapshot(pool->metrics()); });
    }
}

StoreServer::~StoreServer()
{
    if (m_healthRegistry) {   // the providers point into this object
        for (const QString &name : {QStringLiteral("serve"), QStringLiteral("database"), QStringLiteral("bulkhead:browse"),
                                    QStringLiteral("bulkhead:checkout")})
            m_healthRegistry->remove(name);
    }
    // Stop taking requests, then let running jobs finish; their answers to this object are dropped.
    m_http.reset();
    m_browse->waitForDone();
    m_checkout->waitForDone();
    m_health->waitForDone();
    m_maintenance->waitForDone();
    m_payments->waitForDone();
}

Result<quint16> StoreServer::listen(const QHostAddress &address, quint16 port)
{
    ConnectionGuard::Limits limits = m_options.connectionLimits;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    auto guard = std::make_unique<ConnectionGuard>(limits);
    const quint16 bound = guard->listen(address, port) ? guard->serverPort() : 0;
    m_port = bound;
    if (bound != 0) {
        m_guard = guard.release();
        m_http->bind(m_guard);   // m_http owns it from here
    }
    if (bound == 0)
        return Error::make(Error::Kind::Connection,
                           StoreText::tr("Cannot listen on %1:%2: the port is taken or not allowed; pick another "
                                         "with --listen.").arg(address.toString()).arg(port));
    return bound;
}

ConnectionGuard::Counters StoreServer::connectionCounters() const
{
    return m_guard ? m_guard->counters() : ConnectionGuard::Counters{};
}

bool StoreServer::refuseBadText(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (m_guard)   // every route comes here first: the request is now in the server's hands
        m_guard->requestStarted(responder.socket());
    const QUrl &url = request.url();
    if (hasForbiddenCharacters(QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8())))
        send(responder, replyForError(badTextError(StoreText::tr("The path"))));
    else if (hasForbiddenCharacters(QUrl::fromPercentEncoding(url.query(QUrl::FullyEncoded).toUtf8())))
        send(responder, replyForError(badTextError(StoreText::tr("The query"))));
    else
        return false;
    return true;
}

void StoreServer::addRoutes()
{
    using Req = const QHttpServerRequest &;
    using Resp = QHttpServerResponder &&;
    // Every route first refuses a path or query holding a control character (it would be cut at a NUL
    // on its way to libpq): 400 bad_text.
    m_http->route(QStringLiteral("/products"), [this](Req q, Resp r) {
        if (!refuseBadText(q, r)) getProducts(q, std::move(r));
    });
    m_http->route(QStringLiteral("/products/<arg>"), [this](const QString &sku, Req q, Resp r) {
        if (!refuseBadText(q, r)) getProduct(sku, q, std::move(r));
    });
    m_http->route(QStringLiteral("/search"), [this](Req q, Resp r) {
        if (!refuseBadText(q, r)) getSearch(q, std::move(r));
    });
    m_http->route(QStringLiteral("/orders"), [this](Req q, Resp r) {
        if (!refuseBadText(q, r)) postOrders(q, std::move(r));
    });
    m_http->route(QStringLiteral("/orders/<arg>/pay"), [this](const QString &id, Req q, Resp r) {
        if (!refuseBadText(q, r)) postPay(id, q, std::move(r));
    });
    m_http->route(QStringLiteral("/payments/methods"), [this](Req q, Resp r) {
        if (!refuseBadText(q, r)) getPaymentMethods(q, std::move(r));
    });
    m_http->route(QStringLiteral("/payments/<arg>"), [this](const QString &id, Req q, Resp r) {
        if (!refuseBadText(q, r)) getPayment(id, q, std::move(r));
    });
    m_http->route(QStringLiteral("/webhooks/<arg>"), [this](const QString &g, Req q, Resp r) {
        if (!refuseBadText(q, r)) postWebhook(g, q, std::move(r));
    });
    m_http->route(QStringLiteral("/orders/<arg>"), [this](const QString &id, Req q, Resp r) {
        if (!refuseBadText(q, r)) getOrder(id, q, std::move(r));
    });
    m_http->route(QStringLiteral("/health"), [this](Req q, Resp r) {
        if (!refuseBadText(q, r)) getHealth(q, std::move(r));
    });
    // The reference storefront (docs/storefront.md): its page, its files, its product pictures.
    m_http->route(QStringLiteral("/"), [this](Req q, Resp r) {
        if (!refuseBadText(q, r)) serveStorefrontFile(QStringLiteral("index.html"), q, r);
    });
    m_http->route(QStringLiteral("/shop/<arg>"), [this](const QString &f, Req q, Resp r) {
        if (!refuseBadText(q, r)) serveStorefrontFile(f, q, r);
    });
    m_http->route(QStringLiteral("/images/<arg>"), [this](const QString &f, Req q, Resp r) {
        if (!refuseBadText(q, r)) getProductImage(f, q, std::move(r));
    });
    m_http->setMissingHandler([this](Req request, Resp responder) {
        if (refuseBadText(request, responder))
            return;
        send(responder, errorReply(404, QStringLiteral("unknown_route"),
                                   StoreText::tr("No such endpoint: %1. See docs/store-api.md for the list.")
                                       .arg(request.url().path())));
    });
}

void StoreServer::send(QHttpServerResponder &responder, const ApiReply &reply, const QByteArray &ifNoneMatch)
{
    QTcpSocket *socket = responder.socket();
    const QByteArray body = reply.encodedBody.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact)
                                                        : reply.encodedBody;
    const bool cached = reply.cacheable && reply.status == 200;
    const QByteArray tag = cached ? entityTagOf(body) : QByteArray();
    const bool notModified = cached && !ifNoneMatch.isEmpty() && ifNoneMatchHolds(ifNoneMatch, tag);
    responder.writeStatusLine(notModified ? Status::NotModified : Status(reply.status));
    if (cached) {
        responder.writeHeader(QByteArrayLiteral("Cache-Control"),
                              "public, max-age=" + QByteArray::number(m_options.cacheMaxAgeSeconds));
        responder.writeHeader(QByteArrayLiteral("ETag"), tag);
    }
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (notModified) {
        responder.writeBody(QByteArray());
    } else {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        if (reply.retryAfterSeconds > 0)
            responder.writeHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(reply.retryAfterSeconds));
        responder.writeBody(body);
    }
    if (m_guard)
        m_guard->answered(socket);
}

void StoreServer::dispatch(DbWorkerPool &pool, QHttpServerResponder &&responder, Work work, Retry retry,
                           std::function<ApiReply(const Error &)> whenUnreachable, QByteArray ifNoneMatch)
{
    auto pending = std::make_shared<Pending>(std::move(responder));
    pending->ifNoneMatch = std::move(ifNoneMatch);
    const bool queued = pool.trySubmit([this, pending, work, retry, whenUnreachable](Result<db::Connection *> conn) {
        ApiReply reply;
        QElapsedTimer took;
        took.start();
        if (!conn) {
            reply = whenUnreachable ? whenUnreachable(conn.error()) : replyForError(conn.error());
            m_databaseHealth->record(true, 0, conn.error().message);
        } else {
            reply = retry == Retry::OnceOnLostConnection ? runReconnectingOnce(**conn, work) : work(**conn);
            const bool failed = isDatabaseUnavailable(reply);
            m_databaseHealth->record(failed, double(took.nsecsElapsed()) / 1e6,
                                     failed ? reply.body.value(QStringLiteral("error")).toString() : QString());
        }
        // Encoded here, on the worker, so the one HTTP thread only writes bytes.
        reply.encodedBody = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
        return [this, pending, reply] {
            QMetaObject::invokeMethod(
                this,
                [this, pending, reply] {
                    if (pending->socket && pending->socket->isOpen())
                        send(pending->responder, reply, pending->ifNoneMatch);
                },
                Qt::QueuedConnection);
        };
    });
    if (!queued) {
        ApiReply busy = errorReply(503, QStringLiteral("busy"),
                                   StoreText::tr("The %1 service is at its limit of %2 requests; retry shortly.")
                                       .arg(pool.name())
                                       .arg(pool.maxConcurrentCalls()),
                                   QJsonObject{{QStringLiteral("bulkhead"), pool.name()}});
        busy.retryAfterSeconds = int(pool.retryAfter().count());
        if (&pool != m_browse.get() || m_options.busyAnswerDelayMs <= 0)
            return send(pending->responder, busy);
        // Browse floods: the refusal waits, so clients hammering a full bulkhead slow down to its pace
        // instead of spending the HTTP thread (which checkout needs) on a stream of 503s.
        QTimer::singleShot(m_options.busyAnswerDelayMs, this, [this, pending, busy] {
            if (pending->socket && pending->socket->isOpen())
                send(pending->responder, busy);
        });
    }
}

// Drawn on a browse worker (one prepared query for the name); 503 busy like any browse request when full.
void StoreServer::getProductImage(const QString &file, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const FileMethod method = fileMethodOf(request);
    const QByteArray ifNoneMatch = request.value(QByteArrayLiteral("if-none-match"));
    auto pending = std::make_shared<Pending>(std::move(responder));
    const bool queued = m_browse->trySubmit([this, pending, file, ifNoneMatch, method](Result<db::Connection *> conn) {
        const FileReply reply = conn ? productImageReply(**conn, file, ifNoneMatch, method)
                                     : fileErrorReply(503, QStringLiteral("database_unavailable"), conn.error().message);
        return DbWorkerPool::Then([this, pending, reply] {
            QMetaObject::invokeMethod(this, [pending, reply] {
                if (pending->socket && pending->socket->isOpen())
                    writeFileReply(pending->responder, reply);
            }, Qt::QueuedConnection);
        });
    });
    if (!queued)
        writeFileReply(pending->responder, fileErrorReply(503, QStringLiteral("busy"),
                                                          StoreText::tr("The browse service is at its limit; retry shortly.")));
}

void StoreServer::getProducts(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(responder, methodNotAllowed(QStringLiteral("GET")));
    QString error;
    const auto page = intParam(request.query(), QStringLiteral("page"), 1, &error);
    const auto perPage = page ? intParam(request.query(), QStringLiteral("per_page"), 20, &error) : std::nullopt;
    if (!page || !perPage)
        return send(responder, badQuery(error));
    dispatch(*m_browse, std::move(responder), [this, p = *page, n = *perPage](db::Connection &conn) {
        if (m_options.browseProbe)
            m_options.browseProbe();
        auto result = listProducts(conn, p, n);
        if (!result)
            return replyForError(result.error());
        QJsonArray items;
        for (const auto &item : result->items)
            items.append(productJson(item));
        return cacheable(ApiReply{200, QJsonObject{{QStringLiteral("page"), result->page},
                                                   {QStringLiteral("per_page"), result->perPage},
                                                   {QStringLiteral("total"), result->total},
                                                   {QStringLiteral("items"), items}}});
    }, Retry::OnceOnLostConnection, {}, ifNoneMatchOf(request));
}

void StoreServer::getProduct(const QString &sku, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(responder, methodNotAllowed(QStringLiteral("GET")));
    const QString decoded = QUrl::fromPercentEncoding(sku.toUtf8());
    dispatch(*m_browse, std::move(responder), [this, decoded](db::Connection &conn) {
        if (m_options.browseProbe)
            m_options.browseProbe();
        auto result = productDetail(conn, decoded);
        if (!result) {
            if (result.error().kind == Error::Kind::NotFound)
                return errorReply(404, QStringLiteral("unknown_sku"), result.error().message,
                                  QJsonObject{{QStringLiteral("sku"), decoded}});
            return replyForError(result.error());
        }
        return cacheable(ApiReply{200, productDetailJson(*result)});
    }, Retry::OnceOnLostConnection, {}, ifNoneMatchOf(request));
}

void StoreServer::getSearch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(responder, methodNotAllowed(QStringLiteral("GET")));
    const QUrlQuery query = request.query();
    const QString term = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    if (term.isEmpty())
        return send(responder, badQuery(StoreText::tr("Say what to search for: /search?q=shirt")));
    if (term.size() > kMaxSearchLength)
        return send(responder, badQuery(StoreText::tr("The search term is too long (at most %1 characters).")
                                            .arg(kMaxSearchLength)));
    QString error;
    const auto limit = intParam(query, QStringLiteral("limit"), 20, &error);
    if (!limit)
        return send(responder, badQuery(error));
    dispatch(*m_browse, std::move(responder), [this, term, n = *limit](db::Connection &conn) {
        if (m_options.browseProbe)
            m_options.browseProbe();
        auto result = searchProducts(conn, term, n);
        if (!result)
            return replyForError(result.error());
        QJsonArray items;
        for (const auto &item : *result)
            items.append(productJson(item));
        return cacheable(ApiReply{200, QJsonObject{{QStringLiteral("q"), term}, {QStringLiteral("items"), items}}});
    }, Retry::OnceOnLostConnection, {}, ifNoneMatchOf(request));
}

void StoreServer::postOrders(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(responder, methodNotAllowed(QStringLiteral("POST")));
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes)
        return send(responder, errorReply(413, QStringLiteral("body_too_large"),
                                          StoreText::tr("The body is %1 bytes; at most %2 are accepted.")
                                              .arg(body.size()).arg(m_options.maxBodyBytes)));
    if (!isJsonContentType(request))
        return send(responder, errorReply(415, QStringLiteral("unsupported_media_type"),
                                          StoreText::tr("Send the order as Content-Type: application/json.")));
    auto parsed = parsePlaceOrder(body);
    if (!parsed)
        return send(responder, replyForError(parsed.error()));   // bad_request, or bad_text
    dispatch(*m_checkout, std::move(responder), [req = *parsed](db::Connection &conn) {
        auto order = orders::placeOrder(conn, req);
        if (!order) {
            const Error &e = order.error();
            const QString sku = skuNamedIn(e, req);
            if (e.kind == Error::Kind::OutOfStock)
                return errorReply(409, QStringLiteral("out_of_stock"), e.message, QJsonObject{{QStringLiteral("sku"), sku}});
            if (e.kind == Error::Kind::NotFound)
                return errorReply(422, QStringLiteral("unknown_sku"), e.message, QJsonObject{{QStringLiteral("sku"), sku}});
            if (e.sqlState == QLatin1String(orders::kKeyReusedState))   // place_order compares the lines
                return errorReply(422, QStringLiteral("idempotency_key_reused"), e.message, firstOrderOfKey(e.message));
            return replyForError(e);
        }
        return ApiReply{order->replayed ? 200 : 201, orderJson(*order)};
    }, parsed->idempotencyKey.isEmpty() ? Retry::Never : Retry::OnceOnLostConnection);
}

void StoreServer::getOrder(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(responder, methodNotAllowed(QStringLiteral("GET")));
    bool ok = false;
    const qint64 orderId = id.toLongLong(&ok);
    if (!ok || orderId <= 0)
        return send(responder, badQuery(StoreText::tr("Order ids are positive whole numbers (got '%1').").arg(id)));
    dispatch(*m_checkout, std::move(responder), [orderId](db::Connection &conn) {
        auto order = orders::getOrder(conn, orderId);
        if (!order) {
            if (order.error().kind == Error::Kind::NotFound)
                return errorReply(404, QStringLiteral("unknown_order"), StoreText::tr("No order %1.").arg(orderId));
            return replyForError(order.error());
        }
        return ApiReply{200, orderJson(*order)};
    }, Retry::OnceOnLostConnection);
}

void StoreServer::getHealth(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(responder, methodNotAllowed(QStringLiteral("GET")));
    dispatch(
        *m_health, std::move(responder),
        [this](db::Connection &conn) {
            QElapsedTimer timer;
            timer.start();
            auto ping = conn.exec(kPing);
            if (!ping && !conn.isOk() && conn.reset())   // a connection killed since last time is not "down"
                ping = conn.exec(kPing);
            const double latencyMs = double(timer.nsecsElapsed()) / 1e6;
            return ping ? healthReply(nullptr, latencyMs) : healthReply(&ping.error(), latencyMs);
        },
        Retry::Never, [this](const Error &error) { return healthReply(&error, 0); });
}

ApiReply StoreServer::healthReply(const Error *databaseError, double latencyMs) const
{
    QJsonObject database{{QStringLiteral("reachable"), databaseError == nullptr}};
    if (databaseError)
        database.insert(QStringLiteral("error"), databaseError->message);
    else
        database.insert(QStringLiteral("latency_ms"), latencyMs);
    const QJsonObject pools{{QStringLiteral("browse"), poolJson(m_browse->metrics())},
                            {QStringLiteral("checkout"), poolJson(m_checkout->metrics())}};
    ApiReply reply{databaseError ? 503 : 200,
                   QJsonObject{{QStringLiteral("status"), databaseError ? QStringLiteral("down") : QStringLiteral("ok")},
                               {QStringLiteral("version"), m_options.version},
                               {QStringLiteral("database"), database},
                               {QStringLiteral("pools"), pools}}};
    if (databaseError)
        reply.retryAfterSeconds = 5;
    return reply;
}

// ---- payments -------------------------------------------------------------------------------------

// The router's ledger: each call runs on the payments pool, its callback on the server's thread.
class StoreServer::PoolLedger : public payments::PaymentLedger {
public:
    explicit PoolLedger(StoreServer *server) : m_server(server) {}

    void recordIntent(const payments::AttemptIntent &intent,
                      std::function<void(Result<payments::IntentRecorded>)> done) override
    {
        run<payments::IntentRecorded>([intent](db::Connection &c) { return payments::recordIntent(c, intent); },
                                      std::move(done));
    }
    void recordOutcome(const payments::AttemptOutcome &outcome, std::function<void(Result<QString>)> done) override
    {
        run<QString>([outcome](db::Connection &c) { return payments::recordOutcome(c, outcome); }, std::move(done));
    }
    void unsettled(std::function<void(Result<QList<payments::PaymentAttempt>>)> done) override
    {
        run<QList<payments::PaymentAttempt>>([](db::Connection &c) {
            payments::AttemptFilter f;
            f.unsettledOnly = true;
            f.limit = 1000;
            return payments::listAttempts(c, f);
        }, std::move(done));
    }

private:
    template <typename T>
    void run(std::function<Result<T>(db::Connection &)> work, std::function<void(Result<T>)> done)
    {
        QPointer<StoreServer> server(m_server);
        auto health = m_server->m_databaseHealth;
        const bool queued = m_server->m_payments->trySubmit([server, work, done, health](Result<db::Connection *> conn) {
            auto result = std::make_shared<Result<T>>(conn ? work(**conn) : Result<T>(conn.error()));
            const bool lost = !*result && result->error().kind == Error::Kind::Connection;
            health->record(lost, 0, lost ? result->error().message : QString());
            return DbWorkerPool::Then([server, done, result] {
                if (server)
                    QMetaObject::invokeMethod(server.data(), [done, result] { done(*result); }, Qt::QueuedConnection);
            });
        });
        if (!queued) {
            const Error busy = Error::make(Error::Kind::Connection,
                                           StoreText::tr("The payments service is at its limit; retry shortly."));
            QMetaObject::invokeMethod(m_server, [done, busy] { done(busy); }, Qt::QueuedConnection);
        }
    }

    StoreServer *m_server;
};

payments::PaymentLedger &StoreServer::paymentLedger()
{
    return *m_ledger;
}

void StoreServer::onPaymentsPool(Work work, std::function<void(ApiReply)> then)
{
    QPointer<StoreServer> self(this);
    const bool queued = m_payments->trySubmit([self, work, then, health = m_databaseHealth](Result<db::Connection *> conn) {
        ApiReply reply = conn ? work(**conn) : replyForError(conn.error());
        health->record(isDatabaseUnavailable(reply), 0,
                       isDatabaseUnavailable(reply) ? reply.body.value(QStringLiteral("error")).toString() : QString());
        return DbWorkerPool::Then([self, then, reply] {
            if (self)
                QMetaObject::invokeMethod(self.data(), [then, reply] { then(reply); }, Qt::QueuedConnection);
        });
    });
    if (!queued) {
        ApiReply busy = errorReply(503, QStringLiteral("busy"), StoreText::tr("The payments service is at its limit; retry shortly."));
        busy.retryAfterSeconds = 1;
        then(busy);
    }
}

namespace {

ApiReply paymentsNotConfigured()
{
    ApiReply r = errorReply(503, QStringLiteral("payments_not_configured"),
                            StoreText::tr("Payments are not configured on this server (see docs/payments.md)."));
    r.retryAfterSeconds = 60;
    return r;
}

} // namespace

void StoreServer::getPaymentMethods(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(responder, methodNotAllowed(QStringLiteral("GET")));
    if (!m_router)
        return send(responder, paymentsNotConfigured());
    send(responder, ApiReply{200, m_router->methodsHealth()});
}

void StoreServer::postPay(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(responder, methodNotAllowed(QStringLiteral("POST")));
    if (!m_router)
        return send(responder, paymentsNotConfigured());
    bool ok = false;
    const qint64 orderId = id.toLongLong(&ok);
    if (!ok || orderId <= 0)
        return send(responder, badQuery(StoreText::tr("Order ids are positive whole numbers (got '%1').").arg(id)));
    if (request.body().size() > m_options.maxBodyBytes)
        return send(responder, errorReply(413, QStringLiteral("body_too_large"), StoreText::tr("The body is too large.")));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonObject body = doc.object();
    const auto method = payments::methodFromName(body.value(QStringLiteral("method")).toString());
    const QString key = body.value(QStringLiteral("idempotency_key")).toString().trimmed();
    if (!doc.isObject() || !method)
        return send(responder, badQuery(StoreText::tr("Send {\"method\": \"promptpay|card|truemoney|shopeepay\", "
                                                      "\"idempotency_key\": \"...\"}.")));
    if (key.isEmpty() || key.size() > kMaxIdempotencyKeyLength)
        return send(responder, badQuery(StoreText::tr("idempotency_key is required (1 to %1 characters): the same key "
                                                      "never charges twice.").arg(kMaxIdempotencyKeyLength)));
    for (const QString &field : {QStringLiteral("idempotency_key"), QStringLiteral("card_token"), QStringLiteral("return_url")})
        if (hasForbiddenCharacters(body.value(field).toString()))
            return send(responder, replyForError(badTextError(field)));
    payments::PayRequest pay;
    pay.orderId = orderId;
    pay.method = *method;
    pay.clientKey = key;
    pay.cardToken = body.value(QStringLiteral("card_token")).toString();
    pay.returnUrl = QUrl(body.value(QStringLiteral("return_url")).toString());

    auto pending = std::make_shared<Pending>(std::move(responder));
    QPointer<StoreServer> self(this);
    auto expires = std::make_shared<QDateTime>();
    onPaymentsPool([orderId, expires](db::Connection &conn) {
        auto order = orders::getOrder(conn, orderId);
        if (!order) {
            if (order.error().kind == Error::Kind::NotFound)
                return errorReply(404, QStringLiteral("unknown_order"), StoreText::tr("No order %1.").arg(orderId));
            return replyForError(order.error());
        }
        *expires = order->expiresAt;
        return ApiReply{200, QJsonObject{{QStringLiteral("total_satang"), order->totalSatang}}};
    }, [self, pending, pay, expires](ApiReply found) mutable {
        if (!self || !pending->socket)
            return;
        if (found.status != 200)
            return self->send(pending->responder, found);
        pay.amountSatang = qint64(found.body.value(QStringLiteral("total_satang")).toDouble());
        self->m_router->pay(pay, [self, pending, expires](const payments::PayResult &result) {
            if (self && pending->socket && pending->socket->isOpen())
                self->send(pending->responder, self->payReply(result, *expires));
        });
    });
}

ApiReply StoreServer::payReply(const payments::PayResult &r, const QDateTime &reservationExpires) const
{
    using K = payments::PayResult::Kind;
    QJsonObject body{{QStringLiteral("gateway"), r.gateway},
                     {QStringLiteral("attempt_key"), r.attemptKey},
                     {QStringLiteral("tried"), QJsonArray::fromStringList(r.tried)}};
    switch (r.kind) {
    case K::Charged: {
        const payments::Charge &c = *r.charge;
        body.insert(QStringLiteral("status"), payments::chargeStatusName(c.status));
        body.insert(QStringLiteral("charge_id"), c.chargeId);
        body.insert(QStringLiteral("amount_satang"), c.amountSatang);
        body.insert(QStringLiteral("order_paid"), r.recorded == QLatin1String("paid"));
        if (c.status == payments::ChargeStatus::Failed)
            body.insert(QStringLiteral("failure"), c.failureCode + QStringLiteral(": ") + c.failureMessage);
        if (c.authorizeUrl.isValid() && !c.authorizeUrl.isEmpty())
            body.insert(QStringLiteral("redirect_url"), c.authorizeUrl.toString());
        if (r.recorded == QLatin1String("reversal_needed"))
            body.insert(QStringLiteral("note"), StoreText::tr("The order could no longer take this payment; it will be reversed."));
        if (r.method == payments::PaymentMethod::PromptPay && c.status == payments::ChargeStatus::Pending
            && !m_options.promptPayId.isEmpty()) {
            auto proxy = payments::parseProxy(m_options.promptPayId);
            auto payload = proxy ? payments::buildPromptPayPayload(*proxy, c.amountSatang) : Result<QString>(proxy.error());
            if (payload) {
                QJsonObject qr{{QStringLiteral("payload"), *payload}, {QStringLiteral("reference"), c.qrReference}};
                if (m_options.renderQrPng)
                    qr.insert(QStringLiteral("png_base64"), QString::fromLatin1(m_options.renderQrPng(*payload).toBase64()));
                body.insert(QStringLiteral("promptpay"), qr);
            }
        }
        const int status = c.status == payments::ChargeStatus::Failed ? 402
                           : c.status == payments::ChargeStatus::Pending ? 202 : 200;
        if (status == 402)
            body.insert(QStringLiteral("kind"), QStringLiteral("payment_failed"));
        return ApiReply{status, body};
    }
    case K::Pending:
        body.insert(QStringLiteral("status"), QStringLiteral("pending"));
        body.insert(QStringLiteral("message"), r.message);
        return ApiReply{202, body};
    case K::Rejected:
        return errorReply(400, QStringLiteral("payment_refused"), r.message, body);
    case K::Unavailable: {
        body.insert(QStringLiteral("available_methods"), QJsonArray::fromStringList(r.availableMethods));
        body.insert(QStringLiteral("reservation_expires_at"),
                    reservationExpires.isValid() ? QJsonValue(reservationExpires.toUTC().toString(Qt::ISODateWithMs))
                                                 : QJsonValue(QJsonValue::Null));
        ApiReply reply = errorReply(503, QStringLiteral("payment_unavailable"), r.message, body);
        reply.retryAfterSeconds = std::max(1, r.retryAfterSeconds);
        return reply;
    }
    case K::NotRecorded:
        if (r.error.kind == Error::Kind::NotFound)
            return errorReply(404, QStringLiteral("unknown_order"), r.error.message);
        if (r.error.kind == Error::Kind::Conflict)
            return errorReply(409, QStringLiteral("not_payable"), r.error.message);
        return replyForError(r.error);
    }
    return errorReply(500, QStringLiteral("internal"), r.message);
}

void StoreServer::getPayment(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(responder, methodNotAllowed(QStringLiteral("GET")));
    bool ok = false;
    const qint64 paymentId = id.toLongLong(&ok);
    if (!ok || paymentId <= 0)
        return send(responder, badQuery(StoreText::tr("Payment ids are positive whole numbers (got '%1').").arg(id)));
    dispatch(*m_checkout, std::move(responder), [paymentId](db::Connection &conn) {
        auto a = payments::attemptById(conn, paymentId);
        if (!a) {
            if (a.error().kind == Error::Kind::NotFound)
                return errorReply(404, QStringLiteral("unknown_payment"), StoreText::tr("No payment %1.").arg(paymentId));
            return replyForError(a.error());
        }
        return ApiReply{200, payments::attemptJson(*a)};
    }, Retry::OnceOnLostConnection);
}

void StoreServer::postWebhook(const QString &gateway, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(responder, methodNotAllowed(QStringLiteral("POST")));
    if (!m_router)
        return send(responder, paymentsNotConfigured());
    payments::PaymentGateway *g = m_router->gateway(gateway);
    if (!g)
        return send(responder, errorReply(404, QStringLiteral("unknown_gateway"),
                                          StoreText::tr("No gateway named '%1' here.").arg(gateway)));
    const QByteArray raw = request.body();
    if (raw.size() > m_options.maxBodyBytes)
        return send(responder, errorReply(413, QStringLiteral("body_too_large"), StoreText::tr("The body is too large.")));
    auto checked = g->verifyWebhook(request.headers(), raw);
    if (!checked) {
        const bool signature = checked.error().kind == Error::Kind::Permission;
        qWarning("webhook %s refused: %s", qPrintable(gateway), qPrintable(checked.error().message));
        return send(responder, errorReply(signature ? 401 : 400,
                                          signature ? QStringLiteral("invalid_signature") : QStringLiteral("bad_request"),
                                          checked.error().message));
    }
    const payments::Charge charge = *checked;
    if (hasForbiddenCharacters(charge.chargeId) || hasForbiddenCharacters(charge.idempotencyKey))
        return send(responder, replyForError(badTextError(StoreText::tr("The charge id"))));
    dispatch(*m_payments, std::move(responder), [charge, gateway](db::Connection &conn) {
        auto attempt = charge.chargeId.isEmpty() ? Result<payments::PaymentAttempt>(Error::make(Error::Kind::NotFound, {}))
                                                 : payments::attemptByCharge(conn, gateway, charge.chargeId);
        if (!attempt && attempt.error().kind == Error::Kind::NotFound && !charge.idempotencyKey.isEmpty())
            attempt = payments::attemptByKey(conn, charge.idempotencyKey);
        if (attempt && attempt->gateway != gateway)
            attempt = Error::make(Error::Kind::NotFound, {});
        if (!attempt) {
            if (attempt.error().kind != Error::Kind::NotFound)
                return replyForError(attempt.error());
            qWarning("webhook %s refused: unknown charge %s", qPrintable(gateway), qPrintable(charge.chargeId));
            return errorReply(404, QStringLiteral("unknown_charge"),
                              StoreText::tr("No payment here for %1 charge %2.").arg(gateway, charge.chargeId));
        }
        if (charge.amountSatang != attempt->amountSatang) {
            qWarning("webhook %s refused: charge %s is %lld satang, payment %lld is %lld", qPrintable(gateway),
                     qPrintable(charge.chargeId), charge.amountSatang, attempt->id, attempt->amountSatang);
            return errorReply(422, QStringLiteral("amount_mismatch"),
                              StoreText::tr("Charge %1 is for %2 satang; payment %3 is for %4 satang.")
                                  .arg(charge.chargeId).arg(charge.amountSatang).arg(attempt->id).arg(attempt->amountSatang));
        }
        auto recorded = payments::recordOutcome(conn, payments::AttemptOutcome{attempt->idempotencyKey, charge.status,
                                                                               charge.chargeId, charge.amountSatang,
                                                                               charge.failureMessage});
        if (!recorded)
            return replyForError(recorded.error());
        return ApiReply{200, QJsonObject{{QStringLiteral("payment_id"), attempt->id},
                                         {QStringLiteral("status"), payments::chargeStatusName(charge.status)},
                                         {QStringLiteral("recorded"), *recorded}}};
    }, Retry::Never);
}

} // namespace backroom::store
