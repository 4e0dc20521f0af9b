#pragma once
// HttpRequest / HttpReply: one request to the sandbox as plain values (copied out of Qt HttpServer, whose
// request object lives only during its callback) and the answer a handler gives. Pure value types.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace backroom::sandbox {

struct HttpRequest {
    QString method;        // "GET", "POST", ...
    QString path;          // decoded path, e.g. /opn/charges/chrg_test_000001
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty if absent
    bool isWrite() const { return method != QLatin1String("GET") && method != QLatin1String("HEAD"); }
    // The path's segments after a prefix: "/opn/charges/x" with "/opn" -> {"charges", "x"}.
    QStringList segmentsAfter(const QString &prefix) const;
    // The user part of "Authorization: Basic base64(user:password)", or empty.
    QString basicAuthUser() const;
};

struct HttpReply {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject &body);
    static HttpReply html(int status, const QString &text);
    // The bytes on the wire: status line, headers (with Content-Length), blank line. The body goes after.
    QByteArray head() const;
};

} // namespace backroom::sandbox
