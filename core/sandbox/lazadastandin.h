#pragma once
// LazadaStandIn: a local stand-in shaped like Lazada Open Platform (REST under /rest) for one seller:
// price/quantity update (XML payload), item lookup by seller SKU and orders with their items, with the
// platform's request signing (app_key, timestamp in ms, sign_method=sha256, access_token, sign =
// channels::lazadaSignature over every query and form parameter), its error envelope ({"code", "type",
// "message", "request_id"}; "code":"0" is success) and its rate-limit answer (HTTP 429 ApiCallLimit).
// Listings, orders, the call record and the faults are the base's (MarketStandIn). Written from the
// public shapes only. Endpoints: docs/marketplaces.md. Not thread-safe; lives on the sandbox's thread.

#include "sandbox/marketstandin.h"

#include <QMap>

namespace backroom::sandbox {

struct LazadaConfig {
    QString appKey = QStringLiteral("100001");
    QByteArray appSecret = "lazada_app_secret_sandbox";
    QString accessToken = QStringLiteral("lazada_access_token_sandbox");
};

class LazadaStandIn : public MarketStandIn {
public:
    LazadaStandIn(const net::Clock &clock, LazadaConfig config, quint64 seed = 0);
    const LazadaConfig &config() const { return m_config; }

    // The API path a request is signed over: its URL path without the /rest prefix.
    static QString apiPath(const HttpRequest &request);

protected:
    std::optional<HttpReply> authenticate(const HttpRequest &request, QString *shop) override;
    HttpReply dispatch(const HttpRequest &request) override;
    HttpReply refusal(Refusal why) const override;
    QString errorCodeIn(const HttpReply &reply) const override;
    QString newOrderId() override;
    bool validOrderId(const QString &id) const override;   // a positive number, as the platform's
    QStringList orderStatuses() const override;
    qint64 firstItemId() const override { return 2000001000; }

private:
    HttpReply updatePriceQuantity(const QMap<QString, QString> &params);
    HttpReply getItem(const QMap<QString, QString> &params);
    HttpReply getOrders(const QMap<QString, QString> &params);
    HttpReply getOrderItems(const QMap<QString, QString> &params);
    HttpReply success(const QJsonValue &data);
    HttpReply error(int status, const QString &code, const QString &message, const QJsonArray &detail = {}) const;
    QString lazadaTime(const QDateTime &utc) const;

    LazadaConfig m_config;
    qint64 m_nextOrder = 300000001;
    QMap<QString, QString> m_params;   // of the call being handled: query and form parameters
};

} // namespace backroom::sandbox
