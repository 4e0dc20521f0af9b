#include "httpexchange.h"

#include <QJsonDocument>

namespace backroom::sandbox {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    return {};
}

QStringList HttpRequest::segmentsAfter(const QString &prefix) const
{
    if (path != prefix && !path.startsWith(prefix + QLatin1Char('/')))
        return {};
    return path.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString HttpRequest::basicAuthUser() const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
    const int colon = decoded.indexOf(':');
    return QString::fromUtf8(colon < 0 ? decoded : decoded.left(colon));
}

HttpReply HttpReply::json(int status, const QJsonObject &body)
{
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpReply HttpReply::html(int status, const QString &text)
{
    HttpReply r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = QStringLiteral("<!doctype html><html><body><p>%1</p></body></html>").arg(text.toHtmlEscaped()).toUtf8();
    return r;
}

QByteArray HttpReply::head() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n";
}

} // namespace backroom::sandbox
