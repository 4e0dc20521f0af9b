#pragma once
// The load drill's HTTP target: the store API (`backroom serve`) over hand-written HTTP/1.1 on
// QTcpSocket keep-alive sockets, one request in flight each (QNetworkAccessManager would cap a host at 6
// connections). Each socket connects lazily, reconnects when the server closed it, and parses the status
// line, Content-Length or chunked bodies. Checkout is POST /orders with "channel":"drill" and an
// idempotency key unique to the run, so a request lost with its socket before any answer byte is sent
// again once (the server answers the same order if the first one got through). Browse is
// GET /products?page=N&per_page=20 (or GET /products/<sku> when pinned), search GET /search?q=term.
// Answers: 201/200 with an order id -> Ok, 409 out_of_stock -> Refused, any other status -> Error
// "http_<status>"; a lost or timed-out checkout is Indeterminate (it may have committed), a lost browse
// or search an Error ("connection", "timeout"). Lives on the drill's thread. Internal to core/drills.

#include "drills/drilllink.h"
#include "result.h"

#include <QUrl>
#include <memory>
#include <vector>

namespace backroom::drills::detail {

// True when the URL's host is this machine (localhost, 127/8, ::1).
bool isLoopbackUrl(const QUrl &url);

// Makes `sockets` links to the store at baseUrl (nothing connects until the first request).
// runToken makes the checkout idempotency keys unique to this run: drill-<runToken>-<serial>.
// Errors: BadInput (not an http:// URL with a host).
Result<std::vector<std::unique_ptr<DrillLink>>> openHttpTarget(const QUrl &baseUrl, int sockets, const QString &runToken);

} // namespace backroom::drills::detail
