#include "storeapi.h"
#include "coretext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>

namespace backroom::store {

ApiReply errorReply(int status, const QString &kind, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), message);
    body.insert(QStringLiteral("kind"), kind);
    return ApiReply{status, body, 0};
}

bool hasForbiddenCharacters(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.category() == QChar::Other_Control)
            return true;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

Error badTextError(const QString &where)
{
    return Error::make(Error::Kind::BadInput,
                       StoreText::tr("%1 holds a control character (such as NUL, a tab or a line break) or broken "
                                     "Unicode; send plain text.").arg(where),
                       QString::fromLatin1(kBadTextState));
}

ApiReply replyForError(const Error &error)
{
    using K = Error::Kind;
    switch (error.kind) {
    case K::BadInput:
        if (error.sqlState == QLatin1String(kBadTextState) || error.sqlState == QLatin1String("22P05"))
            return errorReply(400, QStringLiteral("bad_text"), error.message);
        return errorReply(400, QStringLiteral("bad_request"), error.message);
    case K::NotFound: return errorReply(404, QStringLiteral("not_found"), error.message);
    case K::OutOfStock: return errorReply(409, QStringLiteral("out_of_stock"), error.message);
    case K::Conflict: return errorReply(409, QStringLiteral("conflict"), error.message);
    case K::Constraint: return errorReply(409, QStringLiteral("constraint"), error.message);
    case K::Connection: {
        ApiReply r = errorReply(503, QStringLiteral("database_unavailable"),
                                StoreText::tr("The shop database cannot be reached right now; try again shortly."));
        r.retryAfterSeconds = 5;
        return r;
    }
    case K::Schema:
        return errorReply(500, QStringLiteral("schema"), error.message);
    case K::Permission:   // the serve login lacks backroom_store: a set-up mistake, not the shopper's
        return errorReply(403, QStringLiteral("forbidden"), error.message);
    case K::Auth:
    case K::Query:
    case K::Cancelled:
        break;
    }
    return errorReply(500, QStringLiteral("internal"), error.message);
}

namespace {

Error badInput(const QString &message)
{
    return Error::make(Error::Kind::BadInput, message);
}

} // namespace

Result<orders::PlaceOrderRequest> parsePlaceOrder(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badInput(StoreText::tr("The body is not valid JSON (%1 at byte %2).")
                            .arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return badInput(StoreText::tr("The body must be a JSON object: {\"lines\": [{\"sku\": \"...\", \"qty\": 1}]}.")
                            );
    const QJsonObject root = doc.object();

    orders::PlaceOrderRequest request;
    const QJsonValue key = root.value(QStringLiteral("idempotency_key"));
    if (!key.isUndefined() && !key.isNull()) {
        if (!key.isString() || key.toString().trimmed().isEmpty())
            return badInput(StoreText::tr("idempotency_key must be a non-empty string."));
        if (hasForbiddenCharacters(key.toString()))
            return badTextError(QStringLiteral("idempotency_key"));
        if (key.toString().size() > kMaxIdempotencyKeyLength)
            return badInput(StoreText::tr("idempotency_key is too long (at most %1 characters).")
                                .arg(kMaxIdempotencyKeyLength));
        request.idempotencyKey = key.toString();
    }

    // Only the web store and the load drill order over this API: "drill" tags the drill's orders exactly
    // as its database target does, so the verdict and drill_cleanup() can tell them from real ones.
    const QJsonValue channel = root.value(QStringLiteral("channel"));
    if (!channel.isUndefined() && !channel.isNull()) {
        const QString name = channel.toString();
        if (!channel.isString() || (name != QLatin1String("web") && name != QLatin1String("drill")))
            return badInput(StoreText::tr("channel must be \"web\" (the default) or \"drill\"."));
        request.channel = name;
    }

    const QJsonValue lines = root.value(QStringLiteral("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty())
        return badInput(StoreText::tr("lines must be a non-empty array of {\"sku\": \"...\", \"qty\": n}."));
    const QJsonArray array = lines.toArray();
    if (array.size() > kMaxOrderLines)
        return badInput(StoreText::tr("Too many lines (%1, at most %2).").arg(array.size()).arg(kMaxOrderLines));
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject line = array.at(i).toObject();
        const QJsonValue sku = line.value(QStringLiteral("sku"));
        const QJsonValue qty = line.value(QStringLiteral("qty"));
        if (!sku.isString() || sku.toString().trimmed().isEmpty() || sku.toString().size() > 64)
            return badInput(StoreText::tr("lines[%1].sku must be a SKU string (1 to 64 characters).").arg(i));
        if (hasForbiddenCharacters(sku.toString()))
            return badTextError(QStringLiteral("lines[%1].sku").arg(i));
        // JSON numbers are doubles: accept only whole numbers in range, so 1.5 or 1e9 never become an int.
        const double q = qty.toDouble(0.0);
        if (!qty.isDouble() || q != double(qint64(q)) || q < 1 || q > kMaxLineQty)
            return badInput(StoreText::tr("lines[%1].qty must be a whole number from 1 to %2.")
                                .arg(i).arg(kMaxLineQty));
        request.lines.append({sku.toString(), int(q)});
    }
    return request;
}

QString skuNamedIn(const Error &error, const orders::PlaceOrderRequest &request)
{
    // The longest match wins, so "TS-10" is not reported as "TS-1".
    QString best;
    for (const auto &l : request.lines)
        if (l.sku.size() > best.size() && error.message.contains(l.sku))
            best = l.sku;
    return best;
}

QJsonObject productJson(const ProductSummary &p)
{
    return QJsonObject{{QStringLiteral("sku"), p.sku},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("name_th"), p.nameTh},
                       {QStringLiteral("price_satang"), p.priceSatang},
                       {QStringLiteral("available"), p.available}};
}

QJsonObject productDetailJson(const ProductDetail &d)
{
    QJsonObject o = productJson(d.summary);
    o.insert(QStringLiteral("barcode"), d.barcode);
    o.insert(QStringLiteral("on_hand"), d.onHand);
    o.insert(QStringLiteral("reserved"), d.reserved);
    o.insert(QStringLiteral("bins"), d.bins);
    return o;
}

QJsonObject orderJson(const orders::Order &order)
{
    QJsonArray lines;
    for (const auto &l : order.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty"), l.qty},
                                 {QStringLiteral("unit_price_satang"), l.unitPriceSatang}});
    const auto iso = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("id"), order.id},
                       {QStringLiteral("status"), orders::statusName(order.status)},
                       {QStringLiteral("channel"), order.channel},
                       {QStringLiteral("idempotency_key"),
                        order.idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(order.idempotencyKey)},
                       {QStringLiteral("total_satang"), order.totalSatang},
                       {QStringLiteral("created_at"), iso(order.createdAt)},
                       {QStringLiteral("expires_at"), iso(order.expiresAt)},
                       {QStringLiteral("lines"), lines}};
}

} // namespace backroom::store
