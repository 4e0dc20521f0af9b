#pragma once
// The store API's JSON contract without any HTTP: reading a checkout request body, the JSON shapes of
// products and orders, and the mapping of typed Errors to HTTP status + {"error", "kind"} bodies.
// Pure functions, callable on any thread; StoreServer uses them and tests can call them directly.

#include "orders/checkout.h"
#include "result.h"
#include "store/catalog.h"

#include <QByteArray>
#include <QJsonObject>

namespace backroom::store {

constexpr int kMaxOrderLines = 100;
constexpr int kMaxLineQty = 1000;
constexpr int kMaxIdempotencyKeyLength = 200;
constexpr qint64 kMaxBodyBytes = 64 * 1024;

// The SQLSTATE an Error carries when text could not be stored as it is (a NUL or other control
// character, invalid UTF-8): PostgreSQL's character_not_in_repertoire. Such errors answer 400 bad_text.
constexpr const char *kBadTextState = "22021";

// An answer ready to be written: status, JSON body and, for 503, a Retry-After in seconds.
struct ApiReply {
    int status = 200;
    QJsonObject body;
    int retryAfterSeconds = 0;   // 0 = no header
    // A catalogue answer shared caches may keep: StoreServer adds Cache-Control and an ETag to a 200
    // and answers 304 to a request whose If-None-Match holds the current tag.
    bool cacheable = false;
    QList<std::pair<QByteArray, QByteArray>> headers = {};   // any other headers (e.g. Allow on a 405)
    // body as compact JSON, when already encoded off the HTTP thread (StoreServer's workers do); empty:
    // encoded when written.
    QByteArray encodedBody = {};
};

// An error body: {"error": message, "kind": kind} plus any extra fields (e.g. "sku").
ApiReply errorReply(int status, const QString &kind, const QString &message, const QJsonObject &extra = {});

// True when text holds a character no request string may carry: a C0/C1 control character (NUL, tab,
// line breaks, ESC, DEL...) or a lone UTF-16 surrogate. libpq would cut a string at a NUL.
bool hasForbiddenCharacters(QStringView text);
// BadInput with kBadTextState, naming what held the character (a field, "the path", ...).
Error badTextError(const QString &where);

// Maps a typed Error from core to an HTTP answer (BadInput -> 400 (bad_text for kBadTextState or
// PostgreSQL's 22P05), NotFound -> 404, OutOfStock -> 409,
// Connection -> 503 database_unavailable, anything else -> 500 with the message).
ApiReply replyForError(const Error &error);

// Reads {"lines": [{"sku": "...", "qty": n}, ...], "idempotency_key": "..."}. BadInput names the field.
Result<orders::PlaceOrderRequest> parsePlaceOrder(const QByteArray &body);

// Which requested SKU an error from placeOrder is about (the first one its message names), or empty.
QString skuNamedIn(const Error &error, const orders::PlaceOrderRequest &request);

QJsonObject productJson(const ProductSummary &p);
QJsonObject productDetailJson(const ProductDetail &d);
QJsonObject orderJson(const orders::Order &order);

} // namespace backroom::store
