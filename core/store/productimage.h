#pragma once
// Product images for the storefront: GET /images/{sku}.svg draws a picture of the product from its SKU
// family (T-shirt, backpack, bottle, ...) and the colour its name says ("Classic T-Shirt Blue 20" is a blue
// shirt), as SVG so core needs no QtGui. The picture depends only on the SKU and the name, so its ETag stays
// put while stock and prices move; answers carry Cache-Control for a CDN and 304 on If-None-Match.
// productImageReply runs one prepared query on the connection it is given: call it on a browse worker.

#include "store/staticfiles.h"

#include "db/connection.h"

#include <QString>
#include <optional>

namespace backroom::store {

// Images are re-validated after a day; the ETag makes that a 304.
constexpr const char *kProductImageCacheControl = "public, max-age=86400";

// "TSH-0000020.svg" -> "TSH-0000020"; nullopt for anything else (other extensions, odd characters,
// a control character, more than 64 characters).
std::optional<QString> skuOfImageFile(const QString &fileName);

// The SVG picture of a product (deterministic: the same SKU and name give the same bytes).
QByteArray productImageSvg(const QString &sku, const QString &name);

// 200 image/svg+xml, 304, 404 unknown_file (not an image name) or unknown_sku, 503 database_unavailable.
FileReply productImageReply(db::Connection &conn, const QString &fileName, const QByteArray &ifNoneMatch,
                            FileMethod method = FileMethod::Get);

} // namespace backroom::store
