#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace backroom::sandbox {

namespace {

HttpReply controlError(int status, const QString &kind, const QString &message)
{
    return HttpReply::json(status, QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("kind"), kind}});
}

HttpReply replyFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::BadInput: return controlError(400, QStringLiteral("bad_request"), error.message);
    case Error::Kind::NotFound: return controlError(404, QStringLiteral("not_found"), error.message);
    case Error::Kind::Conflict: return controlError(409, QStringLiteral("conflict"), error.message);
    default: return controlError(500, QStringLiteral("failed"), error.message);
    }
}

// The JSON object body of a control request; an empty body counts as {}.
std::optional<QJsonObject> controlBody(const HttpRequest &request, HttpReply *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        *error = controlError(400, QStringLiteral("bad_request"),
                              QStringLiteral("The body is not a JSON object (%1).").arg(parseError.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

const QStringList &Sandbox::gatewayNames()
{
    static const QStringList names{QStringLiteral("opn"), QStringLiteral("gbp")};
    return names;
}

const QStringList &Sandbox::marketplaceNames()
{
    static const QStringList names{QStringLiteral("shopee"), QStringLiteral("lazada")};
    return names;
}

Sandbox::Sandbox(Options options, const net::Clock &clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock),
      m_webhooks(new WebhookSender(clock, m_options.webhooks, this)),
      m_opn(std::make_unique<OpnGateway>(m_book, *m_webhooks, clock, m_options.opn)),
      m_gbp(std::make_unique<GbpGateway>(m_book, *m_webhooks, clock, m_options.gbp)),
      m_shopee(std::make_unique<ShopeeStandIn>(clock, m_options.shopee, m_options.seed + 2)),
      m_lazada(std::make_unique<LazadaStandIn>(clock, m_options.lazada, m_options.seed + 3))
{
    // Every request first brings the charges up to the clock, so a read never shows an overdue "pending".
    m_opnServer = new FaultyHttpServer(QStringLiteral("opn"), [this](const HttpRequest &r) {
        m_book.settleDue(m_clock.utcNow());
        return m_opn->handle(r);
    }, this);
    m_gbpServer = new FaultyHttpServer(QStringLiteral("gbp"), [this](const HttpRequest &r) {
        m_book.settleDue(m_clock.utcNow());
        return m_gbp->handle(r);
    }, this);
    m_controlServer = new FaultyHttpServer(QStringLiteral("control"), [this](const HttpRequest &r) {
        m_book.settleDue(m_clock.utcNow());
        return handleControl(r);
    }, this);
    m_shopeeServer = new FaultyHttpServer(QStringLiteral("shopee"), [this](const HttpRequest &r) {
        return m_shopee->handle(r);
    }, this);
    m_lazadaServer = new FaultyHttpServer(QStringLiteral("lazada"), [this](const HttpRequest &r) {
        return m_lazada->handle(r);
    }, this);
    m_opnServer->reseed(m_options.seed);
    m_gbpServer->reseed(m_options.seed + 1);
    m_shopeeServer->reseed(m_options.seed + 2);
    m_lazadaServer->reseed(m_options.seed + 3);
    m_shopee->attach(m_shopeeServer);
    m_lazada->attach(m_lazadaServer);
    m_book.setChangeListener([this](const ChargeRecord &charge) {
        if (charge.gateway == QLatin1String("opn"))
            m_opn->chargeChanged(charge);
        else
            m_gbp->chargeChanged(charge);
    });
}

Sandbox::~Sandbox() = default;

Status Sandbox::start()
{
    if (!m_options.stateFile.isEmpty()) {
        m_book.setStateFile(m_options.stateFile);
        if (auto loaded = m_book.load(); !loaded)
            return loaded;
    }
    const quint16 first = m_options.firstPort;
    auto opnPort = m_opnServer->start(m_options.address, first);
    if (!opnPort)
        return opnPort.error();
    auto gbpPort = m_gbpServer->start(m_options.address, first ? quint16(first + 1) : 0);
    if (!gbpPort)
        return gbpPort.error();
    auto controlPort = m_controlServer->start(m_options.address, first ? quint16(first + 2) : 0);
    if (!controlPort)
        return controlPort.error();
    m_opn->setBaseUrl(hostUrl(*opnPort));
    m_gbp->setBaseUrl(hostUrl(*gbpPort));
    if (auto started = startMarketplaces(); !started)
        return started;
    if (m_options.tickMs > 0) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &Sandbox::tick);
        timer->start(m_options.tickMs);
    }
    return Done{};
}

Status Sandbox::startMarketplaces()
{
    for (MarketStandIn *market : {static_cast<MarketStandIn *>(m_shopee.get()), static_cast<MarketStandIn *>(m_lazada.get())})
        if (auto listed = market->addListings(m_options.listings); !listed)
            return listed;
    const quint16 first = m_options.firstPort;
    const quint16 shopeePort = m_options.shopeePort ? m_options.shopeePort : first ? quint16(first + 3) : quint16(0);
    const quint16 lazadaPort = m_options.lazadaPort ? m_options.lazadaPort : first ? quint16(first + 4) : quint16(0);
    if (auto port = m_shopeeServer->start(m_options.address, shopeePort); !port)
        return port.error();
    if (auto port = m_lazadaServer->start(m_options.address, lazadaPort); !port)
        return port.error();
    return Done{};
}

QUrl Sandbox::hostUrl(quint16 port) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port);
    return url;
}

QUrl Sandbox::baseUrl(const QString &gateway) const
{
    const FaultyHttpServer *s = server(gateway);
    if (!s)
        return {};
    QUrl url = hostUrl(s->port());
    if (gateway == QLatin1String("lazada"))
        url.setPath(QStringLiteral("/rest"));
    else if (gateway != QLatin1String("shopee"))
        url.setPath(QLatin1Char('/') + gateway);
    return url;
}

QUrl Sandbox::controlUrl() const
{
    QUrl url = hostUrl(m_controlServer->port());
    url.setPath(QStringLiteral("/control"));
    return url;
}

FaultyHttpServer *Sandbox::server(const QString &gateway) const
{
    if (gateway == QLatin1String("opn"))
        return m_opnServer;
    if (gateway == QLatin1String("gbp"))
        return m_gbpServer;
    if (gateway == QLatin1String("shopee"))
        return m_shopeeServer;
    if (gateway == QLatin1String("lazada"))
        return m_lazadaServer;
    return nullptr;
}

MarketStandIn *Sandbox::marketplace(const QString &name) const
{
    if (name == QLatin1String("shopee"))
        return m_shopee.get();
    if (name == QLatin1String("lazada"))
        return m_lazada.get();
    return nullptr;
}

void Sandbox::tick()
{
    m_book.settleDue(m_clock.utcNow());
    m_webhooks->pump();
}

Status Sandbox::changeFaults(const QString &gateway, const QJsonObject &changes)
{
    if (MarketStandIn *market = marketplace(gateway))
        return market->changeFaults(changes);
    FaultyHttpServer *s = server(gateway);
    if (!s)
        return Error::make(Error::Kind::NotFound, QStringLiteral("No gateway '%1'; the sandbox has %2.")
                                                      .arg(gateway, gatewayNames().join(QStringLiteral(" and "))));
    return s->changeFaults(changes);
}

HttpReply Sandbox::handleControl(const HttpRequest &request)
{
    const QStringList parts = request.segmentsAfter(QStringLiteral("/control"));
    const bool get = request.method == QLatin1String("GET");
    const bool post = request.method == QLatin1String("POST");
    if (parts.isEmpty() && get)
        return controlInfo();
    if (MarketStandIn *market = marketplace(parts.value(0)))
        return market->handleControl(parts.mid(1), request);
    if (parts == QStringList{QStringLiteral("charges")} && get)
        return HttpReply::json(200, m_book.toJson(request.query.queryItemValue(QStringLiteral("gateway"))));
    if (parts.size() == 3 && parts[0] == QLatin1String("charges") && parts[2] == QLatin1String("complete") && post)
        return completeCharge(parts[1], request);
    if (parts == QStringList{QStringLiteral("webhooks")} && get)
        return HttpReply::json(200, m_webhooks->toJson());
    if (parts.size() == 2 && parts[1] == QLatin1String("faults") && (get || post))
        return faultsEndpoint(parts[0], request);
    if (parts.size() == 2 && parts[1] == QLatin1String("webhook") && (get || post))
        return webhookEndpoint(parts[0], request);
    return controlError(404, QStringLiteral("unknown_route"),
                        QStringLiteral("No such control endpoint: %1 %2. See docs/sandbox.md.").arg(request.method, request.path));
}

HttpReply Sandbox::controlInfo() const
{
    QJsonObject gateways;
    for (const QString &name : gatewayNames())
        gateways.insert(name, QJsonObject{{QStringLiteral("base_url"), baseUrl(name).toString()},
                                          {QStringLiteral("faults"), server(name)->faultsJson()}});
    QJsonObject marketplaces;
    for (const QString &name : marketplaceNames())
        marketplaces.insert(name, QJsonObject{{QStringLiteral("base_url"), baseUrl(name).toString()},
                                              {QStringLiteral("faults"), marketplace(name)->faultsJson()},
                                              {QStringLiteral("listings"), marketplace(name)->listings().size()},
                                              {QStringLiteral("orders"), marketplace(name)->orders().size()}});
    return HttpReply::json(200, QJsonObject{{QStringLiteral("control_url"), controlUrl().toString()},
                                            {QStringLiteral("gateways"), gateways},
                                            {QStringLiteral("marketplaces"), marketplaces},
                                            {QStringLiteral("now"), m_clock.utcNow().toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("charges"), m_book.all().size()},
                                            {QStringLiteral("webhooks_undelivered"), m_webhooks->undelivered()}});
}

HttpReply Sandbox::completeCharge(const QString &id, const HttpRequest &request)
{
    HttpReply error;
    const auto body = controlBody(request, &error);
    if (!body)
        return error;
    const QString wanted = body->value(QStringLiteral("status")).toString(QStringLiteral("successful"));
    const auto status = chargeStatusFromName(wanted);
    if (!status || *status == ChargeStatus::Pending)
        return controlError(400, QStringLiteral("bad_request"),
                            QStringLiteral("status must be successful, failed, expired or reversed (got '%1').").arg(wanted));
    const QString failure = *status == ChargeStatus::Failed    ? QStringLiteral("payment_rejected")
                            : *status == ChargeStatus::Expired ? QStringLiteral("expired")
                                                               : QString();
    if (auto moved = m_book.setStatus(id, *status, m_clock.utcNow(), failure); !moved)
        return replyFor(moved.error());
    return HttpReply::json(200, m_book.find(id)->toJson());
}

HttpReply Sandbox::faultsEndpoint(const QString &gateway, const HttpRequest &request)
{
    FaultyHttpServer *s = server(gateway);
    if (!s)
        return replyFor(Error::make(Error::Kind::NotFound, QStringLiteral("No gateway '%1'; the sandbox has %2.")
                                                               .arg(gateway, gatewayNames().join(QStringLiteral(" and ")))));
    if (request.method == QLatin1String("POST")) {
        HttpReply error;
        const auto body = controlBody(request, &error);
        if (!body)
            return error;
        if (auto changed = s->changeFaults(*body); !changed)
            return replyFor(changed.error());
    }
    return HttpReply::json(200, s->faultsJson());
}

HttpReply Sandbox::webhookEndpoint(const QString &gateway, const HttpRequest &request)
{
    if (!server(gateway))
        return replyFor(Error::make(Error::Kind::NotFound, QStringLiteral("No gateway '%1'.").arg(gateway)));
    QUrl &url = gateway == QLatin1String("opn") ? m_opn->config().webhookUrl : m_gbp->config().notifyUrl;
    if (request.method == QLatin1String("POST")) {
        HttpReply error;
        const auto body = controlBody(request, &error);
        if (!body)
            return error;
        const QUrl next(body->value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        if (!next.isEmpty() && (!next.isValid() || !next.scheme().startsWith(QLatin1String("http"))))
            return controlError(400, QStringLiteral("bad_request"), QStringLiteral("url must be an http(s) URL, or \"\" "
                                                                                   "to stop sending."));
        url = next;
    }
    return HttpReply::json(200, QJsonObject{{QStringLiteral("gateway"), gateway}, {QStringLiteral("url"), url.toString()}});
}

} // namespace backroom::sandbox
