#include "httpclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <deque>

namespace backroom::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("backroom::net::HttpClient", text);
}

// Where a URL leads, for messages: scheme://host:port, never the path or query (they may hold tokens).
QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int remainingMs(Clock::Duration d)
{
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(d).count();
    return int(std::max<qint64>(1, ms));
}

} // namespace

HttpRequest HttpRequest::get(const QUrl &url, QString caller)
{
    HttpRequest r;
    r.url = url;
    r.idempotent = true;
    r.caller = std::move(caller);
    return r;
}

HttpRequest HttpRequest::postJson(const QUrl &url, const QByteArray &json, QString caller)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = url;
    r.body = json;
    r.caller = std::move(caller);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

HttpRequest &HttpRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QString httpErrorKindName(HttpError::Kind kind)
{
    using K = HttpError::Kind;
    switch (kind) {
    case K::None: return QStringLiteral("none");
    case K::Timeout: return QStringLiteral("timeout");
    case K::ConnectionRefused: return QStringLiteral("connection_refused");
    case K::ConnectionLost: return QStringLiteral("connection_lost");
    case K::Tls: return QStringLiteral("tls");
    case K::Dns: return QStringLiteral("dns");
    case K::Cancelled: return QStringLiteral("cancelled");
    case K::HttpStatus: return QStringLiteral("http_status");
    case K::QueueFull: return QStringLiteral("queue_full");
    case K::InsecureUrl: return QStringLiteral("insecure_url");
    case K::BadRequest: return QStringLiteral("bad_request");
    case K::Network: return QStringLiteral("network");
    }
    return {};
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

Error HttpResponse::toError() const
{
    using K = HttpError::Kind;
    switch (error.kind) {
    case K::None: return Error::make(Error::Kind::Query, tr("No error."));
    case K::Cancelled: return Error::make(Error::Kind::Cancelled, error.message);
    case K::InsecureUrl:
    case K::BadRequest: return Error::make(Error::Kind::BadInput, error.message);
    case K::HttpStatus:
        if (status == 401) return Error::make(Error::Kind::Auth, error.message);
        if (status == 403) return Error::make(Error::Kind::Permission, error.message);
        if (status == 404) return Error::make(Error::Kind::NotFound, error.message);
        if (status == 409) return Error::make(Error::Kind::Conflict, error.message);
        if (status >= 500 || status == 429) return Error::make(Error::Kind::Connection, error.message);
        return Error::make(Error::Kind::BadInput, error.message);
    default: return Error::make(Error::Kind::Connection, error.message);
    }
}

struct HttpClient::Call {
    enum class Abort { None, Timeout, Cancel };
    CallId id = 0;
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    QString hostKey;
    Clock::TimePoint enqueuedAt{};
    Clock::TimePoint startedAt{};
    QNetworkReply *reply = nullptr;        // while running; deleted later when it finishes
    std::unique_ptr<QTimer> deadline;
    Abort abort = Abort::None;
};

struct HttpClient::Host {
    QString key;
    std::deque<std::shared_ptr<Call>> waiting;
    int inFlight = 0;
    int peakInFlight = 0;
    qint64 started = 0;
    qint64 refusedQueueFull = 0;
    bool everStarted = false;
    Clock::TimePoint lastStart{};
    QTimer pacer;   // wakes the queue when the next start is allowed
};

HttpClient::HttpClient(QObject *parent) : HttpClient(Options{}, parent) {}

HttpClient::HttpClient(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_nam(new QNetworkAccessManager(this))
{
    Q_ASSERT(m_options.clock);
    // API calls answer redirects themselves (a gateway's 302 is an answer, not a hop to follow blindly).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient()
{
    m_shuttingDown = true;   // pump() starts nothing more
    m_observers.clear();
    const auto calls = m_calls.values();
    for (const auto &call : calls) {
        if (call->reply) {
            call->abort = Call::Abort::Cancel;
            call->reply->abort();   // finishes it through onFinished
        } else {
            finish(call, HttpResponse{0, {}, {}, {HttpError::Kind::Cancelled, tr("The HTTP client was shut down.")}});
        }
    }
}

void HttpClient::setHostPolicy(const QString &host, HostPolicy policy)
{
    m_policies.insert(host.toLower(), policy);
}

QString HttpClient::hostKey(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host().toLower()).arg(port);
}

HttpClient::HostPolicy HttpClient::policyFor(const QString &key) const
{
    if (auto it = m_policies.constFind(key); it != m_policies.constEnd())
        return *it;
    const QString host = key.left(key.lastIndexOf(QLatin1Char(':')));
    return m_policies.value(host, m_options.defaultHostPolicy);
}

HttpClient::Host &HttpClient::hostFor(const QString &key)
{
    auto &slot = m_hosts[key];
    if (!slot) {
        slot = std::make_unique<Host>();
        slot->key = key;
        slot->pacer.setSingleShot(true);
        slot->pacer.setTimerType(Qt::PreciseTimer);
        Host *host = slot.get();
        connect(&host->pacer, &QTimer::timeout, this, [this, host] { pump(*host); });
    }
    return *slot;
}

std::optional<HttpError> HttpClient::checkUrl(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return HttpError{HttpError::Kind::BadRequest,
                         tr("Not an http(s) URL with a host: '%1'.").arg(url.toString(QUrl::RemoveUserInfo))};
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())
        && !m_options.insecureHostsAllowed.contains(url.host(), Qt::CaseInsensitive))
        return HttpError{HttpError::Kind::InsecureUrl,
                         tr("Refused to send to %1 without TLS: use https:// (plain http is only for this machine's "
                            "own services).").arg(where(url))};
    return std::nullopt;
}

HttpClient::CallId HttpClient::send(HttpRequest request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->id = m_nextId.fetch_add(1);
    call->request = std::move(request);
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->hostKey = hostKey(call->request.url);
    if (QThread::currentThread() == thread())
        enqueue(call);
    else
        QMetaObject::invokeMethod(this, [this, call] { enqueue(call); }, Qt::QueuedConnection);
    return call->id;
}

void HttpClient::enqueue(std::shared_ptr<Call> call)
{
    call->enqueuedAt = m_options.clock->now();
    m_calls.insert(call->id, call);
    if (auto bad = checkUrl(call->request.url))
        return refuse(call, bad->kind, bad->message);
    Host &host = hostFor(call->hostKey);
    const HostPolicy policy = policyFor(call->hostKey);
    const bool mustWait = host.inFlight >= policy.maxConcurrent || !host.waiting.empty();
    if (mustWait && int(host.waiting.size()) >= policy.maxQueued) {
        ++host.refusedQueueFull;
        return refuse(call, HttpError::Kind::QueueFull,
                      tr("Too many requests waiting for %1 (%2 running, %3 queued); try again shortly.")
                          .arg(where(call->request.url)).arg(host.inFlight).arg(host.waiting.size()));
    }
    host.waiting.push_back(std::move(call));
    pump(host);
}

// Starts waiting calls while the host has room and its pacing allows.
void HttpClient::pump(Host &host)
{
    if (m_shuttingDown)
        return;
    const HostPolicy policy = policyFor(host.key);
    while (!host.waiting.empty() && host.inFlight < policy.maxConcurrent) {
        if (policy.minInterval.count() > 0 && host.everStarted) {
            const auto next = host.lastStart + policy.minInterval;
            const auto now = m_options.clock->now();
            if (now < next) {
                if (!host.pacer.isActive())
                    host.pacer.start(remainingMs(next - now));
                return;
            }
        }
        auto call = std::move(host.waiting.front());
        host.waiting.pop_front();
        start(host, std::move(call));
    }
}

void HttpClient::start(Host &host, std::shared_ptr<Call> call)
{
    const auto now = m_options.clock->now();
    host.everStarted = true;
    host.lastStart = now;
    ++host.inFlight;
    ++host.started;
    host.peakInFlight = std::max(host.peakInFlight, host.inFlight);
    call->startedAt = now;

    QNetworkRequest request(call->request.url);
    for (const auto &h : call->request.headers)
        request.setRawHeader(h.first, h.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Callers share one client: no cookie from one gateway's answer rides along to the next call.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    call->reply = m_nam->sendCustomRequest(request, call->request.method, call->request.body);
    connect(call->reply, &QNetworkReply::finished, this, [this, call] { onFinished(call); });

    call->deadline = std::make_unique<QTimer>();
    call->deadline->setSingleShot(true);
    call->deadline->setTimerType(Qt::PreciseTimer);   // a coarse timer may fire up to 5 % early
    connect(call->deadline.get(), &QTimer::timeout, this, [call] {
        if (call->reply) {
            call->abort = Call::Abort::Timeout;
            call->reply->abort();
        }
    });
    call->deadline->start(int(std::max<qint64>(1, call->request.timeout.count())));
}

void HttpClient::onFinished(const std::shared_ptr<Call> &call)
{
    QNetworkReply *reply = call->reply;
    if (!reply)
        return;
    call->reply = nullptr;
    if (call->deadline) {   // may be the sender right now: delete it later, not here
        call->deadline->stop();
        call->deadline.release()->deleteLater();
    }
    reply->deleteLater();

    HttpResponse response;
    response.startedAt = call->startedAt;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen())   // an aborted reply is closed
        response.body = reply->readAll();
    const QString target = where(call->request.url);
    using K = HttpError::Kind;
    const auto error = reply->error();
    if (call->abort == Call::Abort::Timeout || error == QNetworkReply::TimeoutError) {
        response.error = {K::Timeout, tr("%1 did not answer within %2 ms.").arg(target).arg(call->request.timeout.count())};
    } else if (call->abort == Call::Abort::Cancel) {
        response.error = {K::Cancelled, tr("The call to %1 was cancelled.").arg(target)};
    } else if (response.status >= 400) {
        response.error = {K::HttpStatus, tr("%1 answered HTTP %2.").arg(target).arg(response.status)};
    } else if (response.status == 0 || error != QNetworkReply::NoError) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            response.error = {K::ConnectionRefused, tr("Nothing accepts connections at %1; is the service running?").arg(target)};
            break;
        case QNetworkReply::HostNotFoundError:
            response.error = {K::Dns, tr("The host name of %1 does not resolve; check the address.").arg(target)};
            break;
        case QNetworkReply::SslHandshakeFailedError:
            response.error = {K::Tls, tr("TLS with %1 failed (%2); its certificate is not trusted for this name.")
                                          .arg(target, reply->errorString())};
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            response.error = {K::ConnectionLost, tr("The connection to %1 broke before the answer was complete (%2).")
                                                     .arg(target, reply->errorString())};
            break;
        case QNetworkReply::OperationCanceledError:
            response.error = {K::Cancelled, tr("The call to %1 was cancelled.").arg(target)};
            break;
        default:
            response.error = {K::Network, tr("The call to %1 failed: %2.").arg(target, reply->errorString())};
            break;
        }
    }
    if (auto it = m_hosts.find(call->hostKey); it != m_hosts.end()) {
        --it->second->inFlight;
        finish(call, std::move(response));
        pump(*it->second);
    } else {
        finish(call, std::move(response));
    }
}

void HttpClient::finish(const std::shared_ptr<Call> &call, HttpResponse response)
{
    m_calls.remove(call->id);
    const auto now = m_options.clock->now();
    if (call->startedAt != Clock::TimePoint{}) {
        response.elapsed = now - call->startedAt;
        response.queued = call->startedAt - call->enqueuedAt;
    } else {
        response.queued = now - call->enqueuedAt;
    }
    const auto observers = m_observers;   // an observer may remove itself
    for (const auto &observe : observers)
        observe(call->request, response);
    if (!call->done)
        return;
    QObject *target = call->hasContext ? call->context.data() : this;
    if (!target)
        return;   // the caller is gone
    QMetaObject::invokeMethod(
        target, [done = std::move(call->done), response = std::move(response)] { done(response); },
        Qt::QueuedConnection);
}

void HttpClient::refuse(const std::shared_ptr<Call> &call, HttpError::Kind kind, const QString &message)
{
    // Never from inside send(): the caller sees every outcome the same way, later.
    QMetaObject::invokeMethod(
        this, [this, call, kind, message] { finish(call, HttpResponse{0, {}, {}, {kind, message}}); },
        Qt::QueuedConnection);
}

void HttpClient::cancel(CallId id)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, id] { cancelOnThisThread(id); }, Qt::QueuedConnection);
        return;
    }
    cancelOnThisThread(id);
}

void HttpClient::cancelOnThisThread(CallId id)
{
    const auto call = m_calls.value(id);
    if (!call)
        return;
    if (call->reply) {
        call->abort = Call::Abort::Cancel;
        call->reply->abort();   // onFinished reports it
        return;
    }
    if (auto it = m_hosts.find(call->hostKey); it != m_hosts.end()) {
        auto &waiting = it->second->waiting;
        const auto pos = std::find(waiting.begin(), waiting.end(), call);
        if (pos == waiting.end())
            return;   // a refusal already on its way
        waiting.erase(pos);
    }
    finish(call, HttpResponse{0, {}, {}, {HttpError::Kind::Cancelled,
                                          tr("The call to %1 was cancelled before it started.").arg(where(call->request.url))}});
}

int HttpClient::addObserver(Observer observer)
{
    const int id = m_nextObserver++;
    m_observers.insert(id, std::move(observer));
    return id;
}

void HttpClient::removeObserver(int id)
{
    m_observers.remove(id);
}

HttpClient::HostMetrics HttpClient::hostMetrics(const QString &host) const
{
    HostMetrics m;
    m.host = host.toLower();
    auto it = m_hosts.find(m.host);
    if (it == m_hosts.end()) {
        for (auto i = m_hosts.begin(); i != m_hosts.end(); ++i)
            if (i->first.startsWith(m.host + QLatin1Char(':')))
                it = i;
    }
    if (it == m_hosts.end())
        return m;
    const Host &h = *it->second;
    m.inFlight = h.inFlight;
    m.queued = int(h.waiting.size());
    m.peakInFlight = h.peakInFlight;
    m.started = h.started;
    m.refusedQueueFull = h.refusedQueueFull;
    return m;
}

} // namespace backroom::net
