#pragma once
// StaticFiles: the reference storefront's files (resources/storefront/, compiled in as Qt resources under
// :/storefront) served with Content-Type, a strong ETag, Cache-Control and 304 on If-None-Match, so a CDN
// or HAProxy's cache can keep them. Loaded once at construction; answer() is const and reads only what was
// loaded, so it may be called from any thread. HTML is revalidated on every load (no-cache); the assets it
// references as `name?v=@hash@` are rewritten to `name?v=<their hash>` and answered with a year-long
// immutable max-age when asked for by that version, so a new build never mixes with cached old files.
//
// FileReply is transport-neutral (status, headers, body); writeFileReply() puts it on a Qt HttpServer
// responder. Unknown names answer 404 and methods other than GET/HEAD 405 with Allow, both as the store
// API's JSON errors {"error", "kind"}.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <utility>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace backroom::store {

struct FileReply {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;   // Content-Type, ETag, Cache-Control, ...
    QByteArray body;                                    // empty for 304

    QByteArray header(const QByteArray &name) const;    // case-insensitive; empty when absent
};

// The HTTP method as StaticFiles needs to know it.
enum class FileMethod { Get, Head, Other };

class StaticFiles {
public:
    // Reads every file under resourceDir (default: the compiled-in storefront).
    explicit StaticFiles(const QString &resourceDir = QStringLiteral(":/storefront"));

    // The file `name` ("index.html", "app.js"); `version` is the request's ?v= (empty when none) and
    // ifNoneMatch the request's If-None-Match header. 200, 304, 404 unknown_file or 405.
    FileReply answer(const QString &name, const QString &version, const QByteArray &ifNoneMatch,
                     FileMethod method = FileMethod::Get) const;

    bool contains(const QString &name) const { return m_files.contains(name); }
    QByteArray versionOf(const QString &name) const;   // the hash the HTML refers to it by

private:
    struct File {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;      // quoted, strong
        QByteArray version;   // first 12 hex digits of the body's SHA-256
    };
    QHash<QString, File> m_files;
};

// A strong ETag for body: "\"<first 16 hex digits of SHA-256>\"".
QByteArray etagFor(const QByteArray &body);
// True when an If-None-Match header value names etag (a list of tags, W/ prefixes, or "*").
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);
// The Content-Type for a file name by its extension (application/octet-stream when unknown).
QByteArray contentTypeFor(const QString &fileName);
// 200 with body, or 304 with no body when ifNoneMatch names its tag; Content-Type, ETag and Cache-Control
// set either way. HEAD answers like GET without the body.
FileReply cacheableReply(const QByteArray &body, const QByteArray &contentType, const QByteArray &cacheControl,
                         const QByteArray &ifNoneMatch, FileMethod method = FileMethod::Get);
// A JSON error {"error": message, "kind": kind} as a FileReply (405 also carries Allow: GET, HEAD).
FileReply fileErrorReply(int status, const QString &kind, const QString &message);

// Writes reply (status line, headers, Content-Length, body) to a Qt HttpServer responder.
void writeFileReply(QHttpServerResponder &responder, const FileReply &reply);

// GET, HEAD or anything else, from a Qt HttpServer request.
FileMethod fileMethodOf(const QHttpServerRequest &request);
// The storefront compiled into this binary, loaded on first use (thread-safe).
const StaticFiles &storefrontFiles();
// Answers a request for the storefront file `name` (its ?v= and If-None-Match read from the request).
void serveStorefrontFile(const QString &name, const QHttpServerRequest &request, QHttpServerResponder &responder);

} // namespace backroom::store
