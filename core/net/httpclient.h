#pragma once
// HttpClient: the one way out to the network. Every payment gateway, marketplace adapter and drill sends
// its HTTP requests through an HttpClient (QNetworkAccessManager inside), which gives each call a
// deadline, keeps at most N calls in flight per host with a bounded FIFO queue behind them, spaces
// request starts per host (marketplace rate limits), refuses plain http:// except to loopback or hosts
// explicitly allowed, and lets observers see every finished exchange (health registry, chaos drill).
// Breakers, bulkheads and retries wrap it; it does none of them itself.
//
// Thread: an HttpClient lives on the thread that creates it, which must run a Qt event loop (in
// `backroom serve`, the main thread). send() and cancel() may be called from any thread: from another
// thread they are forwarded to the client's thread. The completion callback runs on the thread of its
// `context` object (dropped when the context is destroyed first); observers run on the client's thread.
// Every callback is delivered asynchronously, never from inside send(), even for refusals.

#include "net/clock.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace backroom::net {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    std::chrono::milliseconds timeout{10000};   // whole exchange, from the request's start on the wire
    // Safe to send twice (a GET, or a POST carrying an idempotency key the server honours). The client
    // never retries; retry policies read this and never repeat a call that is not idempotent.
    bool idempotent = false;
    QString caller;   // who is calling, for logs and observers: "gateway:opn", "marketplace:shopee"

    static HttpRequest get(const QUrl &url, QString caller = {});
    static HttpRequest postJson(const QUrl &url, const QByteArray &json, QString caller = {});
    HttpRequest &withHeader(const QByteArray &name, const QByteArray &value);
};

struct HttpError {
    enum class Kind {
        None,
        Timeout,             // no complete answer before the request's timeout
        ConnectionRefused,   // nothing listens there (or a firewall said no)
        ConnectionLost,      // the connection closed or broke before the answer was complete
        Tls,                 // handshake failed or the certificate is not trusted for this host
        Dns,                 // the host name does not resolve
        Cancelled,           // cancel() was called
        HttpStatus,          // the server answered with status >= 400 (the body is there to read)
        QueueFull,           // refused before sending: the host's queue was at its limit
        InsecureUrl,         // refused before sending: http:// to a host that is neither loopback nor allowed
        BadRequest,          // refused before sending: not an http(s) URL, or no host
        Network,             // any other transport failure
    };
    Kind kind = Kind::None;
    QString message;   // one line, says what happened and where

    bool isTransport() const { return kind != Kind::None && kind != Kind::HttpStatus; }
};

QString httpErrorKindName(HttpError::Kind kind);   // "timeout", "connection_refused", ... (logs, JSON)

struct HttpResponse {
    int status = 0;        // HTTP status; 0 when no answer came
    HttpHeaders headers;
    QByteArray body;
    HttpError error;
    std::chrono::nanoseconds elapsed{0};   // from the start on the wire to the end (queue wait excluded)
    std::chrono::nanoseconds queued{0};    // time waiting for the host's concurrency limit or pacing
    Clock::TimePoint startedAt{};          // client clock when it went on the wire (not set if refused)

    bool ok() const { return error.kind == HttpError::Kind::None; }
    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty when absent
    // The failure as a backroom::Error (Connection for transport failures and 5xx, BadInput for 4xx...).
    Error toError() const;
};

class HttpClient : public QObject {
    Q_OBJECT
public:
    // Limits for one host (keyed "host:port", falling back to "host", then the default policy).
    struct HostPolicy {
        int maxConcurrent = 4;                     // in flight at once; QNetworkAccessManager opens at most 6
        int maxQueued = 64;                        // waiting behind them; the next one is refused (QueueFull)
        std::chrono::milliseconds minInterval{0};  // least time between two request starts (rate limits)
    };

    struct Options {
        HostPolicy defaultHostPolicy;
        // Hosts (names or addresses) that may be called over plain http:// besides loopback. Empty in
        // production: gateways and marketplaces are https only.
        QStringList insecureHostsAllowed;
        Clock *clock = &Clock::system();   // pacing schedule, elapsed times
    };

    using CallId = quint64;
    using Callback = std::function<void(const HttpResponse &)>;
    using Observer = std::function<void(const HttpRequest &, const HttpResponse &)>;

    // Per-host figures since start.
    struct HostMetrics {
        QString host;
        int inFlight = 0;
        int queued = 0;
        int peakInFlight = 0;
        qint64 started = 0;
        qint64 refusedQueueFull = 0;
    };

    explicit HttpClient(QObject *parent = nullptr);
    explicit HttpClient(Options options, QObject *parent = nullptr);
    ~HttpClient() override;   // aborts what is in flight; their callbacks get Cancelled

    // Sets the limits for "host" or "host:port" (client thread only, before or between calls).
    void setHostPolicy(const QString &host, HostPolicy policy);

    // Queues the request; `done` runs once on context's thread with the response or the error.
    CallId send(HttpRequest request, QObject *context, Callback done);
    // Ends a queued or running call: its callback gets Kind::Cancelled. Unknown ids are ignored.
    void cancel(CallId id);

    // Observers see every finished exchange, refusals included, on the client's thread. Returns an id
    // for removeObserver. Keep them cheap: they run on the client's thread.
    int addObserver(Observer observer);
    void removeObserver(int id);

    HostMetrics hostMetrics(const QString &host) const;   // client thread; "host:port" or "host"

    // "host:port" for a URL, the key limits and metrics use.
    static QString hostKey(const QUrl &url);

private:
    struct Call;
    struct Host;

    void enqueue(std::shared_ptr<Call> call);
    void pump(Host &host);
    void start(Host &host, std::shared_ptr<Call> call);
    void onFinished(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, HttpResponse response);
    void refuse(const std::shared_ptr<Call> &call, HttpError::Kind kind, const QString &message);
    void cancelOnThisThread(CallId id);
    Host &hostFor(const QString &key);
    HostPolicy policyFor(const QString &key) const;
    std::optional<HttpError> checkUrl(const QUrl &url) const;

    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;   // child
    QHash<QString, HostPolicy> m_policies;
    std::map<QString, std::unique_ptr<Host>> m_hosts;
    QHash<CallId, std::shared_ptr<Call>> m_calls;   // queued or running
    std::atomic<CallId> m_nextId{1};
    QHash<int, Observer> m_observers;
    int m_nextObserver = 1;
    bool m_shuttingDown = false;
};

} // namespace backroom::net
