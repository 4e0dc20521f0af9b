#include "staticfiles.h"
#include "coretext.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace backroom::store {

namespace {

// HTML is small and names the current assets: always revalidate it (a 304 costs one round trip).
constexpr const char *kHtmlCacheControl = "no-cache";
// An asset asked for by its current hash never changes under that URL.
constexpr const char *kVersionedCacheControl = "public, max-age=31536000, immutable";
// An asset asked for without (or with an old) version: revalidate, so an upgrade shows at once.
constexpr const char *kUnversionedCacheControl = "no-cache";
// The page may talk to this origin only; no inline script, no framing by other sites.
constexpr const char *kHtmlSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

QByteArray sha256Hex(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

bool isHtml(const QString &name)
{
    return name.endsWith(QLatin1String(".html"));
}

// Replaces `asset?v=@hash@` in an HTML page by `asset?v=<asset's version>` for the assets in files.
QByteArray withAssetVersions(QByteArray html, const QHash<QString, QByteArray> &versions)
{
    static const QRegularExpression marker(QStringLiteral(R"(([A-Za-z0-9._-]+)\?v=@hash@)"));
    QString text = QString::fromUtf8(html);
    QString out;
    qsizetype last = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += m.captured(1) + QStringLiteral("?v=") + QString::fromLatin1(versions.value(m.captured(1)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

} // namespace

QByteArray FileReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QByteArray etagFor(const QByteArray &body)
{
    return '"' + sha256Hex(body).left(16) + '"';
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))   // If-None-Match compares weakly
            tag = tag.mid(2);
        if (!tag.isEmpty() && tag == etag)
            return true;
    }
    return false;
}

QByteArray contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), "application/octet-stream");
}

FileReply cacheableReply(const QByteArray &body, const QByteArray &contentType, const QByteArray &cacheControl,
                         const QByteArray &ifNoneMatch, FileMethod method)
{
    FileReply reply;
    const QByteArray etag = etagFor(body);
    reply.headers = {{"Content-Type", contentType}, {"ETag", etag}, {"Cache-Control", cacheControl},
                     {"X-Content-Type-Options", "nosniff"}};
    if (etagMatches(ifNoneMatch, etag)) {
        reply.status = 304;
        return reply;
    }
    if (method == FileMethod::Head)
        reply.headers.emplaceBack("Content-Length", QByteArray::number(body.size()));
    else
        reply.body = body;
    return reply;
}

FileReply fileErrorReply(int status, const QString &kind, const QString &message)
{
    FileReply reply;
    reply.status = status;
    reply.headers = {{"Content-Type", "application/json"}};
    if (status == 405)
        reply.headers.emplaceBack("Allow", "GET, HEAD");
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("kind"), kind}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

StaticFiles::StaticFiles(const QString &resourceDir)
{
    QHash<QString, QByteArray> versions;
    for (QDirIterator it(resourceDir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        File f;
        f.body = file.readAll();
        f.contentType = contentTypeFor(path);
        f.version = sha256Hex(f.body).left(12);
        const QString name = path.mid(resourceDir.size() + 1);
        versions.insert(name, f.version);
        m_files.insert(name, f);
    }
    // The HTML names its assets by version; its own tag covers the rewritten text.
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if (isHtml(it.key()))
            it->body = withAssetVersions(it->body, versions);
        it->etag = etagFor(it->body);
    }
}

QByteArray StaticFiles::versionOf(const QString &name) const
{
    return m_files.value(name).version;
}

FileReply StaticFiles::answer(const QString &name, const QString &version, const QByteArray &ifNoneMatch,
                              FileMethod method) const
{
    if (method == FileMethod::Other)
        return fileErrorReply(405, QStringLiteral("method_not_allowed"), StoreText::tr("This path answers GET and HEAD only."));
    const auto it = m_files.constFind(name);
    if (it == m_files.constEnd())
        return fileErrorReply(404, QStringLiteral("unknown_file"),
                              StoreText::tr("The storefront has no file called '%1'.").arg(name));
    const char *cacheControl = isHtml(name) ? kHtmlCacheControl
                               : version.toLatin1() == it->version ? kVersionedCacheControl
                                                                   : kUnversionedCacheControl;
    FileReply reply = cacheableReply(it->body, it->contentType, cacheControl, ifNoneMatch, method);
    if (isHtml(name))
        reply.headers.emplaceBack("Content-Security-Policy", kHtmlSecurityPolicy);
    return reply;
}

void writeFileReply(QHttpServerResponder &responder, const FileReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    bool hasLength = false;
    for (const auto &[key, value] : reply.headers) {
        responder.writeHeader(key, value);
        hasLength = hasLength || key.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength && reply.status != 304)   // a 304 has no body and must not claim an empty one
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

FileMethod fileMethodOf(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: return FileMethod::Get;
    case QHttpServerRequest::Method::Head: return FileMethod::Head;
    default: return FileMethod::Other;
    }
}

const StaticFiles &storefrontFiles()
{
    static const StaticFiles files;
    return files;
}

void serveStorefrontFile(const QString &name, const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString version = request.query().queryItemValue(QStringLiteral("v"));
    writeFileReply(responder, storefrontFiles().answer(name, version, request.value(QByteArrayLiteral("if-none-match")),
                                                       fileMethodOf(request)));
}

} // namespace backroom::store
