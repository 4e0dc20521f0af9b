#include "channels/marketplaceadapter.h"
#include "coretext.h"

#include "channels/lazadaadapter.h"
#include "channels/shopeeadapter.h"

namespace backroom::channels {

QString MarketplaceAnswer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok: return QStringLiteral("ok");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::AuthFailed: return QStringLiteral("auth_failed");
    case Kind::ServerError: return QStringLiteral("server_error");
    case Kind::Malformed: return QStringLiteral("malformed");
    case Kind::Transport: return QStringLiteral("transport");
    }
    return QStringLiteral("unknown");
}

Error MarketplaceAnswer::toError() const
{
    const QString text = code.isEmpty() ? message : code + QStringLiteral(": ") + message;
    switch (kind) {
    case Kind::Ok: return Error::make(Error::Kind::Query, text);
    case Kind::Refused: return Error::make(Error::Kind::BadInput, text);
    case Kind::RateLimited: return Error::make(Error::Kind::Conflict, text);
    case Kind::AuthFailed: return Error::make(Error::Kind::Auth, text);
    case Kind::ServerError:
    case Kind::Malformed:
    case Kind::Transport: return Error::make(Error::Kind::Connection, text);
    }
    return Error::make(Error::Kind::Connection, text);
}

std::unique_ptr<MarketplaceAdapter> MarketplaceAdapter::create(MarketplaceConfig config, net::Clock &clock)
{
    if (config.channel == QLatin1String("shopee"))
        return std::make_unique<ShopeeAdapter>(std::move(config), clock);
    if (config.channel == QLatin1String("lazada"))
        return std::make_unique<LazadaAdapter>(std::move(config), clock);
    return nullptr;
}

std::optional<MarketplaceAnswer> MarketplaceAdapter::classifyTransport(const net::HttpResponse &response) const
{
    MarketplaceAnswer answer;
    answer.httpStatus = response.status;
    if (response.error.isTransport()) {
        answer.kind = MarketplaceAnswer::Kind::Transport;
        answer.code = net::httpErrorKindName(response.error.kind);
        answer.message = response.error.message;
        return answer;
    }
    if (response.status == 429) {
        answer.kind = MarketplaceAnswer::Kind::RateLimited;
        answer.code = QStringLiteral("http_429");
        answer.message = ChannelsText::tr("%1 asks us to slow down (HTTP 429).").arg(m_config.channel);
        bool ok = false;
        const int seconds = QString::fromLatin1(response.header("Retry-After")).trimmed().toInt(&ok);
        answer.retryAfter = std::chrono::seconds(ok && seconds >= 0 ? std::min(seconds, 3600) : 1);
        return answer;
    }
    if (response.status >= 500) {
        answer.kind = MarketplaceAnswer::Kind::ServerError;
        answer.code = QStringLiteral("http_%1").arg(response.status);
        answer.message = ChannelsText::tr("%1 answered HTTP %2.").arg(m_config.channel).arg(response.status);
        return answer;
    }
    return std::nullopt;
}

// The kind leads the message ("malformed: ...", "rate_limited: ..."), as in the push log's errors, so that a
// failed lookup or order call recorded in the channel status reads like a failed push.
Error MarketplaceAdapter::answerError(const MarketplaceAnswer &answer)
{
    Error error = answer.toError();
    error.message = MarketplaceAnswer::kindName(answer.kind) + QStringLiteral(": ") + error.message;
    return error;
}

net::HttpRequest MarketplaceAdapter::itemListRequest(const QString &) const { return {}; }
Result<ItemPage> MarketplaceAdapter::readItemList(const net::HttpResponse &) const { return ItemPage{}; }
net::HttpRequest MarketplaceAdapter::itemInfoRequest(const QStringList &) const { return {}; }
Result<QMap<QString, QString>> MarketplaceAdapter::readItemInfo(const net::HttpResponse &) const
{
    return QMap<QString, QString>{};
}

} // namespace backroom::channels
