#pragma once
// MarketplaceAdapter: what the sync engine needs from one marketplace's open platform, as pure request
// builders (signed, ready for net::HttpClient) and answer readers. No I/O here: the SyncWorker and the
// OrderPuller send the requests through the one HTTP client, wrapped by the channel's breaker, bulkhead
// and rate limit. Pointing an adapter at the real platform is configuration: base URL, ids, secrets.
// Implementations: ShopeeAdapter (Shopee Open Platform v2), LazadaAdapter (Lazada Open Platform).
// Immutable after construction; any thread.

#include "net/clock.h"
#include "net/httpclient.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

namespace backroom::channels {

// Configuration from the channel table (not secret) and secrets from the credential store.
struct MarketplaceConfig {
    QString channel;          // "shopee" or "lazada"
    QUrl baseUrl;             // e.g. https://partner.shopeemobile.com or a local stand-in
    QString shopId;           // Shopee shop_id
    QString partnerId;        // Shopee partner_id / Lazada app_key
    QByteArray secret;        // Shopee partner key / Lazada app secret
    QString accessToken;      // the shop's access token
};

// One quantity to set on the marketplace for one of our SKUs.
struct StockUpdate {
    QString sku;
    QString itemId;           // the marketplace's item id when it needs one (Shopee); empty otherwise
    int quantity = 0;
};

// How a marketplace answered a call, classified the same way for every platform.
struct MarketplaceAnswer {
    enum class Kind {
        Ok,
        RateLimited,    // HTTP 429 / error_rate_limit / ApiCallLimit: slow down for retryAfter
        Refused,        // the platform refused this request (bad parameter, unknown item): our side to fix
        AuthFailed,     // wrong signature, token or partner id: the whole channel is misconfigured
        ServerError,    // 5xx or the platform's own error: try again later
        Malformed,      // the answer is not what the platform documents (bad JSON)
        Transport,      // no answer: timeout, refused connection, TLS, ...
    };
    Kind kind = Kind::Ok;
    int httpStatus = 0;
    QString code;                                 // the platform's error code ("error_sign", "ApiCallLimit", ...)
    QString message;                              // one line for logs and the status screen
    std::optional<std::chrono::seconds> retryAfter;

    bool ok() const { return kind == Kind::Ok; }
    // As a backroom::Error, for the circuit breaker: Refused -> BadInput (ignored by the breaker),
    // RateLimited -> Conflict (ignored), AuthFailed -> Auth, the rest -> Connection (counted failures).
    Error toError() const;
    static QString kindName(Kind kind);           // "ok", "rate_limited", ... (logs, push log)
};

struct MarketplaceOrder {
    QString externalId;                 // order_sn / order_id
    QString status;                     // the platform's status word
    QDateTime createdUtc;
    QMap<QString, int> quantityBySku;   // our SKU -> units (Lazada lists one item per unit; summed here)
};

struct OrderPage {
    QStringList orderIds;
    QString nextCursor;      // empty when this was the last page
    QList<MarketplaceOrder> orders;   // filled when the list call already carries everything (never for now)
};

struct ItemPage {
    QStringList itemIds;
    QString nextOffset;      // empty when this was the last page
};

class MarketplaceAdapter {
public:
    virtual ~MarketplaceAdapter() = default;

    const MarketplaceConfig &config() const { return m_config; }
    const QString &channel() const { return m_config.channel; }

    // Whether a stock update needs the marketplace's item id (else the SKU is enough).
    virtual bool needsItemId() const = 0;
    virtual net::HttpRequest stockUpdateRequest(const StockUpdate &update) const = 0;
    virtual MarketplaceAnswer readStockUpdate(const net::HttpResponse &response) const = 0;

    // Listing discovery (SKU -> item id), for platforms that need item ids.
    virtual net::HttpRequest itemListRequest(const QString &offset) const;
    virtual Result<ItemPage> readItemList(const net::HttpResponse &response) const;
    virtual net::HttpRequest itemInfoRequest(const QStringList &itemIds) const;
    // item id -> item SKU
    virtual Result<QMap<QString, QString>> readItemInfo(const net::HttpResponse &response) const;

    // Orders created in [fromUtc, toUtc], a page at a time (cursor empty for the first page).
    virtual net::HttpRequest orderListRequest(const QDateTime &fromUtc, const QDateTime &toUtc,
                                              const QString &cursor) const = 0;
    virtual Result<OrderPage> readOrderList(const net::HttpResponse &response, const QString &cursor) const = 0;
    // The detail of some orders (Shopee: up to 50 per call; Lazada: one per call, the first id).
    virtual int maxOrdersPerDetailCall() const = 0;
    virtual net::HttpRequest orderDetailRequest(const QStringList &orderIds) const = 0;
    virtual Result<QList<MarketplaceOrder>> readOrderDetail(const net::HttpResponse &response,
                                                            const QStringList &orderIds) const = 0;

    // A ShopeeAdapter or LazadaAdapter for config.channel; nullptr for an unknown channel.
    static std::unique_ptr<MarketplaceAdapter> create(MarketplaceConfig config, net::Clock &clock = net::Clock::system());

protected:
    MarketplaceAdapter(MarketplaceConfig config, net::Clock &clock) : m_config(std::move(config)), m_clock(clock) {}
    // The transport and HTTP-status part every platform shares (429, 5xx, no answer). nullopt when the
    // body must be read to decide.
    std::optional<MarketplaceAnswer> classifyTransport(const net::HttpResponse &response) const;
    // A Result error from a non-Ok answer (for the order and listing readers).
    static Error answerError(const MarketplaceAnswer &answer);
    QString caller() const { return QStringLiteral("marketplace:") + m_config.channel; }

    MarketplaceConfig m_config;
    net::Clock &m_clock;
};

} // namespace backroom::channels
