#include "marketstandin.h"

#include "sandbox/faultplan.h"
#include "sandbox/faultyhttpserver.h"

#include <QJsonDocument>
#include <QStringList>
#include <cmath>

namespace backroom::sandbox {

namespace {

constexpr size_t kMaxCalls = 50000;
constexpr int kMaxControlCalls = 5000;

const QStringList kMarketFaultFields = {QStringLiteral("error_rate"), QStringLiteral("rate_limited"),
                                        QStringLiteral("bad_json"), QStringLiteral("wrong_signature"),
                                        QStringLiteral("calls_per_second")};
const QStringList kTransportFaultFields = {QStringLiteral("latency_ms"), QStringLiteral("jitter_ms"),
                                           QStringLiteral("hang"), QStringLiteral("down"),
                                           QStringLiteral("lose_replies")};
const QStringList kSharedFaultFields = {QStringLiteral("reset"), QStringLiteral("seed")};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Error badField(const QString &field, const QString &what)
{
    return Error::make(Error::Kind::BadInput, QStringLiteral("%1 must be %2.").arg(field, what));
}

Status readRate(const QJsonObject &changes, const QString &field, double *rate)
{
    if (!changes.contains(field))
        return Done{};
    const QJsonValue v = changes.value(field);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
        return badField(field, QStringLiteral("a number from 0 to 1"));
    *rate = v.toDouble();
    return Done{};
}

Status readCount(const QJsonObject &changes, const QString &field, int *count)
{
    if (!changes.contains(field))
        return Done{};
    const QJsonValue v = changes.value(field);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1000000 || d != std::floor(d))
        return badField(field, QStringLiteral("a whole number from 0 to 1000000"));
    *count = int(d);
    return Done{};
}

Result<MarketFaults> mergedMarketFaults(const MarketFaults &base, const QJsonObject &changes)
{
    MarketFaults f = changes.value(QStringLiteral("reset")).toBool() ? MarketFaults{} : base;
    for (const Status &read : {readRate(changes, QStringLiteral("error_rate"), &f.errorRate),
                               readRate(changes, QStringLiteral("rate_limited"), &f.rateLimited),
                               readRate(changes, QStringLiteral("bad_json"), &f.badJson),
                               readRate(changes, QStringLiteral("wrong_signature"), &f.wrongSignature),
                               readCount(changes, QStringLiteral("calls_per_second"), &f.callsPerSecond)})
        if (!read)
            return read.error();
    return f;
}

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

Result<QList<ListingSeed>> seedsIn(const QJsonArray &array)
{
    QList<ListingSeed> seeds;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ListingSeed seed;
        seed.sku = o.value(QStringLiteral("sku")).toString();
        const double stock = o.value(QStringLiteral("stock")).toDouble(-1);
        const double item = o.value(QStringLiteral("item_id")).toDouble(0);
        if (stock < 0 || stock != std::floor(stock) || stock > 1e9 || item < 0 || item != std::floor(item))
            return Error::make(Error::Kind::BadInput, QStringLiteral("Each listing needs sku, stock (a whole number "
                                                                     ">= 0) and optionally item_id (a whole number)."));
        seed.stock = int(stock);
        seed.itemId = qint64(item);
        seeds.append(seed);
    }
    return seeds;
}

Result<QList<MarketOrderLine>> orderLinesIn(const QJsonArray &array)
{
    QList<MarketOrderLine> lines;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const double quantity = o.value(QStringLiteral("quantity")).toDouble(1);
        if (quantity < 1 || quantity > 1e6 || quantity != std::floor(quantity))
            return Error::make(Error::Kind::BadInput, QStringLiteral("quantity must be a whole number from 1."));
        lines.append({o.value(QStringLiteral("sku")).toString(), 0, int(quantity)});
    }
    if (lines.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           QStringLiteral("An order needs items: [{\"sku\": \"...\", \"quantity\": n}, ...]."));
    return lines;
}

} // namespace

QJsonObject Listing::toJson() const
{
    return QJsonObject{{QStringLiteral("sku"), sku},
                       {QStringLiteral("item_id"), itemId},
                       {QStringLiteral("stock"), stock},
                       {QStringLiteral("updated_at"), iso(updated)},
                       {QStringLiteral("accepted_pushes"), acceptedPushes},
                       {QStringLiteral("last_call_seq"), lastCallSeq}};
}

QJsonObject MarketOrder::toJson() const
{
    QJsonArray items;
    for (const MarketOrderLine &line : lines)
        items.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("item_id"), line.itemId},
                                 {QStringLiteral("quantity"), line.quantity}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("created_at"), iso(created)},
                       {QStringLiteral("updated_at"), iso(updated)},
                       {QStringLiteral("items"), items}};
}

QJsonObject MarketCall::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("at"), iso(at)},
                       {QStringLiteral("monotonic_ms"), monotonicMs},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("shop"), shop},
                       {QStringLiteral("pushed"), pushed},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("accepted"), outcome == QLatin1String("accepted")},
                       {QStringLiteral("outcome"), outcome}};
}

QJsonObject MarketFaults::toJson() const
{
    return QJsonObject{{QStringLiteral("error_rate"), errorRate},
                       {QStringLiteral("rate_limited"), rateLimited},
                       {QStringLiteral("bad_json"), badJson},
                       {QStringLiteral("wrong_signature"), wrongSignature},
                       {QStringLiteral("calls_per_second"), callsPerSecond}};
}

MarketStandIn::MarketStandIn(QString name, const net::Clock &clock, quint64 seed)
    : m_name(std::move(name)), m_clock(clock), m_rng(seed)
{
}

MarketStandIn::~MarketStandIn() = default;

// ---- the API -------------------------------------------------------------------------------------------

HttpReply MarketStandIn::handle(const HttpRequest &request)
{
    m_pushed = QJsonArray();
    m_currentSeq = m_nextSeq++;
    QString shop;
    HttpReply reply;
    const Refusal injected = rollFaults();
    if (injected != Refusal::None) {
        reply = refusal(injected);
    } else if (auto refused = authenticate(request, &shop)) {
        reply = *refused;
    } else if (!admitByRateLimit(shop)) {
        reply = refusal(Refusal::RateLimit);
    } else {
        reply = dispatch(request);
    }
    record(request, shop, reply);
    return reply;
}

double MarketStandIn::nextUnit()
{
    return double(m_rng() >> 11) * (1.0 / 9007199254740992.0);   // as FaultPlan: the same on every platform
}

MarketStandIn::Refusal MarketStandIn::rollFaults()
{
    // One draw per fault whose rate is above zero, always in this order; the first that strikes wins.
    Refusal strike = Refusal::None;
    const std::pair<double, Refusal> rolls[] = {{m_faults.errorRate, Refusal::ServerError},
                                                {m_faults.rateLimited, Refusal::RateLimit},
                                                {m_faults.badJson, Refusal::BadJson},
                                                {m_faults.wrongSignature, Refusal::WrongSignature}};
    for (const auto &[rate, refusal] : rolls)
        if (rate > 0 && nextUnit() < rate && strike == Refusal::None)
            strike = refusal;
    return strike;
}

bool MarketStandIn::admitByRateLimit(const QString &shop)
{
    if (m_faults.callsPerSecond <= 0)
        return true;
    auto &recent = m_recentCalls[shop];
    const net::Clock::TimePoint now = m_clock.now();
    while (!recent.empty() && now - recent.front() >= std::chrono::seconds(1))
        recent.pop_front();
    if (int(recent.size()) >= m_faults.callsPerSecond)
        return false;
    recent.push_back(now);
    return true;
}

void MarketStandIn::record(const HttpRequest &request, const QString &shop, const HttpReply &reply)
{
    MarketCall call;
    call.seq = m_currentSeq;
    call.at = m_clock.utcNow();
    call.monotonicMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.now().time_since_epoch()).count();
    call.method = request.method;
    call.path = request.path;
    call.shop = shop;
    if (!m_pushed.isEmpty())
        call.pushed = m_pushed;
    call.status = reply.status;
    const QString code = errorCodeIn(reply);
    call.outcome = reply.status == 200 && code.isEmpty() ? QStringLiteral("accepted") : code;
    if (call.outcome.isEmpty())
        call.outcome = QStringLiteral("http_%1").arg(reply.status);
    m_calls.push_back(call);
    while (m_calls.size() > kMaxCalls)
        m_calls.pop_front();
}

QString MarketStandIn::nextRequestId()
{
    return QStringLiteral("sbx%1").arg(m_nextRequest++, 13, 10, QLatin1Char('0'));
}

// ---- listings and orders -----------------------------------------------------------------------------

Status MarketStandIn::addListings(const QList<ListingSeed> &seeds)
{
    for (const ListingSeed &seed : seeds) {
        if (seed.sku.trimmed().isEmpty() || seed.stock < 0)
            return Error::make(Error::Kind::BadInput, QStringLiteral("A listing needs a SKU and a stock of 0 or more."));
        const auto taken = m_listings.constFind(seed.itemId);
        if (seed.itemId != 0 && taken != m_listings.constEnd() && taken->sku != seed.sku)
            return Error::make(Error::Kind::BadInput, QStringLiteral("Item id %1 is already listed as %2.")
                                                          .arg(seed.itemId).arg(taken->sku));
    }
    for (const ListingSeed &seed : seeds) {
        Listing listing;
        listing.sku = seed.sku;
        if (const qint64 existing = m_itemBySku.value(seed.sku))
            listing = m_listings.take(existing);
        if (seed.itemId != 0)
            listing.itemId = seed.itemId;
        while (listing.itemId == 0 || (seed.itemId == 0 && m_listings.contains(listing.itemId)))
            listing.itemId = firstItemId() + m_nextItemId++;
        listing.stock = seed.stock;
        listing.updated = m_clock.utcNow();
        m_itemBySku.insert(listing.sku, listing.itemId);
        m_listings.insert(listing.itemId, listing);
    }
    return Done{};
}

const Listing *MarketStandIn::listingBySku(const QString &sku) const
{
    const auto it = m_listings.constFind(m_itemBySku.value(sku));
    return it == m_listings.constEnd() ? nullptr : &*it;
}

const Listing *MarketStandIn::listingByItem(qint64 itemId) const
{
    const auto it = m_listings.constFind(itemId);
    return it == m_listings.constEnd() ? nullptr : &*it;
}

Listing *MarketStandIn::mutableListingBySku(const QString &sku)
{
    const auto it = m_listings.find(m_itemBySku.value(sku));
    return it == m_listings.end() ? nullptr : &*it;
}

Listing *MarketStandIn::mutableListingByItem(qint64 itemId)
{
    const auto it = m_listings.find(itemId);
    return it == m_listings.end() ? nullptr : &*it;
}

void MarketStandIn::setStock(Listing &listing, int stock)
{
    listing.stock = stock;
    listing.updated = m_clock.utcNow();
    ++listing.acceptedPushes;
    listing.lastCallSeq = m_currentSeq;
}

Result<MarketOrder> MarketStandIn::placeOrder(const QList<MarketOrderLine> &lines, const QString &id)
{
    MarketOrder order;
    for (MarketOrderLine line : lines) {
        const Listing *listing = listingBySku(line.sku);
        if (!listing)
            return Error::make(Error::Kind::BadInput, QStringLiteral("%1 has no listing with SKU '%2'; add it first "
                                                                     "(POST /control/%1/listings).").arg(m_name, line.sku));
        if (line.quantity < 1)
            return Error::make(Error::Kind::BadInput, QStringLiteral("quantity must be 1 or more."));
        line.itemId = listing->itemId;
        order.lines.append(line);
    }
    order.id = id.isEmpty() ? newOrderId() : id;
    if (!validOrderId(order.id))
        return Error::make(Error::Kind::BadInput, QStringLiteral("'%1' is not an order id %2 uses.").arg(order.id, m_name));
    for (const MarketOrder &other : std::as_const(m_orders))
        if (other.id == order.id)
            return Error::make(Error::Kind::Conflict, QStringLiteral("Order %1 already exists.").arg(order.id));
    order.status = orderStatuses().first();
    order.created = order.updated = m_clock.utcNow();
    for (const MarketOrderLine &line : std::as_const(order.lines)) {
        Listing *listing = mutableListingBySku(line.sku);
        listing->stock = std::max(0, listing->stock - line.quantity);   // a buyer's order takes it off the shelf
        listing->updated = order.created;
    }
    m_orders.append(order);
    orderChanged(order);
    return order;
}

Result<MarketOrder> MarketStandIn::setOrderStatus(const QString &id, const QString &status)
{
    if (!orderStatuses().contains(status))
        return Error::make(Error::Kind::BadInput, QStringLiteral("status must be one of %1 (got '%2').")
                                                      .arg(orderStatuses().join(QStringLiteral(", ")), status));
    for (MarketOrder &order : m_orders) {
        if (order.id != id)
            continue;
        order.status = status;
        order.updated = m_clock.utcNow();
        orderChanged(order);
        return order;
    }
    return Error::make(Error::Kind::NotFound, QStringLiteral("%1 has no order %2.").arg(m_name, id));
}

QJsonObject MarketStandIn::listingsJson() const
{
    QJsonArray list;
    for (const Listing &listing : m_listings)
        list.append(listing.toJson());
    return QJsonObject{{QStringLiteral("marketplace"), m_name}, {QStringLiteral("listings"), list}};
}

QJsonObject MarketStandIn::callsJson(qint64 sinceSeq, int limit) const
{
    QJsonArray list;
    qint64 last = sinceSeq;
    for (const MarketCall &call : m_calls) {
        if (call.seq <= sinceSeq)
            continue;
        if (list.size() >= limit)
            break;
        list.append(call.toJson());
        last = call.seq;
    }
    return QJsonObject{{QStringLiteral("marketplace"), m_name},
                       {QStringLiteral("calls"), list},
                       {QStringLiteral("next_since"), last},
                       {QStringLiteral("total"), m_nextSeq - 1}};
}

// ---- faults --------------------------------------------------------------------------------------------

Status MarketStandIn::changeFaults(const QJsonObject &changes)
{
    QJsonObject transport;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (kTransportFaultFields.contains(it.key()) || kSharedFaultFields.contains(it.key()))
            transport.insert(it.key(), it.value());
        else if (!kMarketFaultFields.contains(it.key()))
            return Error::make(Error::Kind::BadInput,
                               QStringLiteral("Unknown fault '%1'; known: %2.")
                                   .arg(it.key(), (kMarketFaultFields + kTransportFaultFields + kSharedFaultFields)
                                                      .join(QStringLiteral(", "))));
    }
    if (changes.contains(QStringLiteral("reset")) && !changes.value(QStringLiteral("reset")).isBool())
        return badField(QStringLiteral("reset"), QStringLiteral("true or false"));
    auto next = mergedMarketFaults(m_faults, changes);
    if (!next)
        return next.error();
    auto seed = seedIn(changes);
    if (!seed)
        return seed.error();
    if (m_server) {
        if (auto valid = FaultSettings::merged(m_server->faults(), transport); !valid)
            return valid.error();
        if (auto changed = m_server->changeFaults(transport); !changed)
            return changed;
    }
    m_faults = *next;
    if (*seed)
        m_rng.seed(**seed);
    return Done{};
}

QJsonObject MarketStandIn::faultsJson() const
{
    QJsonObject o = m_server ? m_server->faultsJson() : QJsonObject{};
    const QJsonObject market = m_faults.toJson();
    for (auto it = market.begin(); it != market.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("marketplace"), m_name);
    o.remove(QStringLiteral("gateway"));
    o.insert(QStringLiteral("calls"), m_nextSeq - 1);
    return o;
}

// ---- control API ---------------------------------------------------------------------------------------

HttpReply MarketStandIn::handleControl(const QStringList &parts, const HttpRequest &request)
{
    const bool get = request.method == QLatin1String("GET");
    const bool post = request.method == QLatin1String("POST");
    const QString first = parts.value(0);
    if (parts.size() == 1 && first == QLatin1String("listings") && (get || post))
        return controlListings(request);
    if (parts.size() == 1 && first == QLatin1String("calls") && get) {
        const qint64 since = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
        return HttpReply::json(200, callsJson(since, limit > 0 ? std::min(limit, kMaxControlCalls) : kMaxControlCalls));
    }
    if (!parts.isEmpty() && first == QLatin1String("orders"))
        return controlOrders(parts, request);
    if (parts.size() == 1 && first == QLatin1String("push") && (get || post)) {
        if (post) {
            HttpReply error;
            const auto body = controlBody(request, &error);
            if (!body)
                return error;
            const QString url = body->value(QStringLiteral("url")).toString();
            if (auto set = setPushUrl(QUrl(url)); !set)
                return replyFor(set.error());
        }
        return HttpReply::json(200, pushJson());
    }
    if (parts.size() == 1 && first == QLatin1String("faults") && (get || post)) {
        if (post) {
            HttpReply error;
            const auto body = controlBody(request, &error);
            if (!body)
                return error;
            if (auto changed = changeFaults(*body); !changed)
                return replyFor(changed.error());
        }
        return HttpReply::json(200, faultsJson());
    }
    return controlError(404, QStringLiteral("unknown_route"),
                        QStringLiteral("No such control endpoint: %1 %2. See docs/marketplaces.md.")
                            .arg(request.method, request.path));
}

Status MarketStandIn::setPushUrl(const QUrl &)
{
    return Error::make(Error::Kind::BadInput, QStringLiteral("%1 sends no pushes here; its orders are pulled.").arg(m_name));
}

QJsonObject MarketStandIn::pushJson() const
{
    return QJsonObject{{QStringLiteral("url"), QString()}, {QStringLiteral("supported"), false}};
}

HttpReply MarketStandIn::controlListings(const HttpRequest &request)
{
    if (request.method == QLatin1String("POST")) {
        HttpReply error;
        const auto body = controlBody(request, &error);
        if (!body)
            return error;
        auto seeds = seedsIn(body->value(QStringLiteral("listings")).toArray());
        if (!seeds)
            return replyFor(seeds.error());
        if (auto added = addListings(*seeds); !added)
            return replyFor(added.error());
    }
    return HttpReply::json(200, listingsJson());
}

HttpReply MarketStandIn::controlOrders(const QStringList &parts, const HttpRequest &request)
{
    const bool post = request.method == QLatin1String("POST");
    if (parts.size() == 1 && request.method == QLatin1String("GET")) {
        QJsonArray list;
        for (const MarketOrder &order : std::as_const(m_orders))
            list.append(order.toJson());
        return HttpReply::json(200, QJsonObject{{QStringLiteral("marketplace"), m_name}, {QStringLiteral("orders"), list}});
    }
    HttpReply error;
    const auto body = controlBody(request, &error);
    if (!body)
        return error;
    if (parts.size() == 1 && post) {
        auto lines = orderLinesIn(body->value(QStringLiteral("items")).toArray());
        if (!lines)
            return replyFor(lines.error());
        auto order = placeOrder(*lines, body->value(QStringLiteral("id")).toVariant().toString());
        return order ? HttpReply::json(200, order->toJson()) : replyFor(order.error());
    }
    if (parts.size() == 3 && parts[2] == QLatin1String("status") && post) {
        auto order = setOrderStatus(parts[1], body->value(QStringLiteral("status")).toString());
        return order ? HttpReply::json(200, order->toJson()) : replyFor(order.error());
    }
    return controlError(404, QStringLiteral("unknown_route"),
                        QStringLiteral("No such control endpoint: %1 %2. See docs/marketplaces.md.")
                            .arg(request.method, request.path));
}

} // namespace backroom::sandbox
