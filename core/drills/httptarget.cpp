#include "drills/httptarget.h"
#include "coretext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace backroom::drills::detail {
namespace {


// One HTTP/1.1 response read from a socket's bytes: status line, headers, then a body framed by
// Content-Length, chunked transfer coding, or (neither) the server closing the connection.
class ResponseParser {
public:
    enum class Progress { NeedMore, Complete, Malformed };

    void reset() { *this = ResponseParser{}; }

    Progress feed(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
        if (!m_headersDone && !parseHeaders())
            return m_malformed ? Progress::Malformed : Progress::NeedMore;
        if (m_chunked)
            return parseChunks();
        if (m_contentLength >= 0) {
            if (m_buffer.size() - m_pos < m_contentLength)
                return Progress::NeedMore;
            m_body = m_buffer.mid(m_pos, m_contentLength);
            return Progress::Complete;
        }
        return Progress::NeedMore;   // until the server closes
    }

    // The server closed the connection: complete if the body ran to the close.
    bool completeAtClose()
    {
        if (!m_headersDone || m_chunked || m_contentLength >= 0)
            return false;
        m_body = m_buffer.mid(m_pos);
        return true;
    }

    int status() const { return m_status; }
    bool keepAlive() const { return m_keepAlive; }
    const QByteArray &body() const { return m_body; }

private:
    bool parseHeaders()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        bool ok = false;
        m_status = statusLine.value(1).toInt(&ok);
        if (!statusLine.value(0).startsWith("HTTP/1.") || !ok) {
            m_malformed = true;
            return false;
        }
        m_keepAlive = statusLine.value(0) == "HTTP/1.1";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length")
                m_contentLength = value.toLongLong();
            else if (name == "transfer-encoding" && value.contains("chunked"))
                m_chunked = true;
            else if (name == "connection")
                m_keepAlive = value.contains("keep-alive") || (m_keepAlive && !value.contains("close"));
        }
        m_headersDone = true;
        m_pos = end + 4;
        return true;
    }

    Progress parseChunks()
    {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_pos);
            if (lineEnd < 0)
                return Progress::NeedMore;
            bool ok = false;
            const QByteArray sizeText = m_buffer.mid(m_pos, lineEnd - m_pos).split(';').value(0).trimmed();
            const qint64 size = sizeText.toLongLong(&ok, 16);
            if (!ok || size < 0)
                return Progress::Malformed;
            if (size == 0) {   // last chunk; no trailers expected, but skip them if sent
                const qsizetype end = m_buffer.indexOf("\r\n", lineEnd + 2);
                return end < 0 ? Progress::NeedMore : Progress::Complete;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return Progress::NeedMore;
            m_body.append(m_buffer.mid(lineEnd + 2, size));
            m_pos = lineEnd + 2 + size + 2;
        }
    }

    QByteArray m_buffer;
    QByteArray m_body;
    qsizetype m_pos = 0;
    qint64 m_contentLength = -1;
    int m_status = 0;
    bool m_headersDone = false;
    bool m_chunked = false;
    bool m_keepAlive = true;
    bool m_malformed = false;
};

qint64 jsonNumberAfter(const QByteArray &body, const QByteArray &key)
{
    const qsizetype at = body.indexOf(key);
    if (at < 0)
        return -1;
    qsizetype i = at + key.size();
    while (i < body.size() && (body.at(i) == ' ' || body.at(i) == ':'))
        ++i;
    qsizetype end = i;
    while (end < body.size() && body.at(end) >= '0' && body.at(end) <= '9')
        ++end;
    return end > i ? body.mid(i, end - i).toLongLong() : -1;
}

// What every socket shares: where the store is and how to spell requests to it.
struct HttpPlan {
    QString host;
    quint16 port = 80;
    QByteArray hostHeader;
    QByteArray basePath;         // the URL's path without a trailing slash ("" or "/shop")
    QString runToken;
};

class HttpLink final : public DrillLink {
public:
    explicit HttpLink(std::shared_ptr<const HttpPlan> plan) : m_plan(std::move(plan)) {}
    ~HttpLink() override { dropSocket(); }

    bool send(const DrillRequest &request) override
    {
        m_request = request;
        m_requestBytes = requestBytes(request);
        m_resent = false;
        transmit();
        return true;
    }

    void cancel() override {}   // an HTTP request cannot be called back: the engine waits, then aborts

    void abort(const QString &why) override
    {
        if (!busy)
            return;
        dropSocket();
        DrillAnswer answer;
        if (m_request.operation == Operation::Checkout && (m_written || m_resent))
            answer.kind = DrillAnswer::Kind::Indeterminate;   // the store may have it, and commit it
        else
            answer.kind = why == QLatin1String("cancelled") ? DrillAnswer::Kind::Cancelled : DrillAnswer::Kind::Error;
        answer.errorKind = why;
        answer.attempts = m_request.operation == Operation::Checkout ? 1 : 0;
        finish(answer);
    }

    bool alive() const override { return true; }   // a closed socket reconnects on the next request

private:
    QByteArray requestBytes(const DrillRequest &r) const
    {
        QByteArray path = m_plan->basePath;
        QByteArray body;
        switch (r.operation) {
        case Operation::Checkout: {
            const QJsonArray lines{QJsonObject{{QStringLiteral("sku"), r.sku}, {QStringLiteral("qty"), 1}}};
            const QJsonObject order{{QStringLiteral("lines"), lines},
                                    {QStringLiteral("channel"), QStringLiteral("drill")},
                                    {QStringLiteral("idempotency_key"),
                                     QStringLiteral("drill-%1-%2").arg(m_plan->runToken).arg(r.serial)}};
            body = QJsonDocument(order).toJson(QJsonDocument::Compact);
            path += "/orders";
            break;
        }
        case Operation::Browse:
            if (!r.sku.isEmpty())
                path += "/products/" + QUrl::toPercentEncoding(r.sku);
            else
                path += "/products?page=" + QByteArray::number(r.page) + "&per_page=20";
            break;
        case Operation::Search:
            path += "/search?q=" + QUrl::toPercentEncoding(r.term);
            break;
        }
        QByteArray out = (body.isEmpty() ? QByteArrayLiteral("GET ") : QByteArrayLiteral("POST ")) + path
                         + " HTTP/1.1\r\nHost: " + m_plan->hostHeader + "\r\n";
        if (!body.isEmpty())
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        return out + "\r\n" + body;
    }

    void transmit()
    {
        m_parser.reset();
        m_received = false;
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
            m_written = true;
            m_socket->write(m_requestBytes);
            return;
        }
        m_written = false;
        dropSocket();
        m_socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = m_socket.get();
        QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket] {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_written = true;
            socket->write(m_requestBytes);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this] { onReadyRead(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] { onGone(socket); });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
                         [this, socket](QAbstractSocket::SocketError) { onGone(socket); });
        socket->connectToHost(m_plan->host, m_plan->port);
    }

    // Closes the socket without hearing its signals again; deleted later (we may be inside one).
    void dropSocket()
    {
        if (!m_socket)
            return;
        QTcpSocket *socket = m_socket.release();
        QObject::disconnect(socket, nullptr, nullptr, nullptr);
        socket->abort();
        socket->deleteLater();
    }

    void onReadyRead()
    {
        const QByteArray bytes = m_socket->readAll();
        if (!busy || bytes.isEmpty())
            return;
        m_received = true;
        switch (m_parser.feed(bytes)) {
        case ResponseParser::Progress::NeedMore: return;
        case ResponseParser::Progress::Malformed:
            dropSocket();
            return finish(errorAnswer(QStringLiteral("bad_response")));
        case ResponseParser::Progress::Complete:
            if (!m_parser.keepAlive())
                dropSocket();
            return finish(answerFor(m_parser.status(), m_parser.body()));
        }
    }

    // The socket closed (or never connected). A request that heard nothing back is sent once more on a
    // new socket: a keep-alive socket the server closed while idle is the usual cause, and checkout's
    // idempotency key makes the second send safe.
    void onGone(QTcpSocket *socket)
    {
        if (socket != m_socket.get() || !busy)
            return;
        if (m_parser.completeAtClose()) {
            dropSocket();
            return finish(answerFor(m_parser.status(), m_parser.body()));
        }
        dropSocket();
        if (!m_received && !m_resent && m_written) {
            m_resent = true;
            QTimer::singleShot(0, &m_context, [this, serial = m_request.serial] {
                if (busy && m_request.serial == serial && !m_socket)
                    transmit();
            });
            return;
        }
        if (!m_written && !m_resent) {   // never reached the server: nothing was sent
            DrillAnswer answer = errorAnswer(QStringLiteral("connection"));
            return finish(answer);
        }
        abort(QStringLiteral("connection"));
    }

    DrillAnswer errorAnswer(const QString &kind) const
    {
        DrillAnswer answer;
        answer.kind = DrillAnswer::Kind::Error;
        answer.errorKind = kind;
        return answer;
    }

    DrillAnswer answerFor(int status, const QByteArray &body) const
    {
        DrillAnswer answer;
        if (m_request.operation == Operation::Checkout) {
            answer.attempts = 1;
            if (status == 201 || status == 200) {
                answer.orderId = jsonNumberAfter(body, QByteArrayLiteral("\"id\""));
                if (answer.orderId > 0)
                    answer.kind = DrillAnswer::Kind::Ok;
                else
                    answer.errorKind = QStringLiteral("no order id");
                return answer;
            }
            if (status == 409 && body.contains("\"out_of_stock\"")) {
                answer.kind = DrillAnswer::Kind::Refused;
                return answer;
            }
        } else if (status == 200) {
            answer.kind = DrillAnswer::Kind::Ok;
            if (m_request.operation == Operation::Browse && m_request.sku.isEmpty())
                answer.catalogueTotal = jsonNumberAfter(body, QByteArrayLiteral("\"total\""));
            return answer;
        }
        answer.errorKind = QStringLiteral("http_%1").arg(status);
        return answer;
    }

    void finish(const DrillAnswer &answer)
    {
        if (answered)
            answered(*this, answer);
    }

    std::shared_ptr<const HttpPlan> m_plan;
    QObject m_context;           // for deferred work that must not outlive this link
    std::unique_ptr<QTcpSocket> m_socket;
    ResponseParser m_parser;
    DrillRequest m_request;
    QByteArray m_requestBytes;
    bool m_written = false;      // the request went to a connected socket
    bool m_received = false;     // any byte of the answer
    bool m_resent = false;
};

} // namespace

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<std::vector<std::unique_ptr<DrillLink>>> openHttpTarget(const QUrl &baseUrl, int sockets, const QString &runToken)
{
    if (!baseUrl.isValid() || baseUrl.scheme() != QLatin1String("http") || baseUrl.host().isEmpty())
        return Error::make(Error::Kind::BadInput,
                           DrillsText::tr("The store URL must look like http://127.0.0.1:8080 (got '%1'); https is not "
                              "supported by the drill.").arg(baseUrl.toString()));
    auto plan = std::make_shared<HttpPlan>();
    plan->host = baseUrl.host();
    plan->port = quint16(baseUrl.port(80));
    plan->hostHeader = (baseUrl.host(QUrl::FullyEncoded) + QLatin1Char(':') + QString::number(plan->port)).toUtf8();
    QByteArray path = baseUrl.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    plan->basePath = path;
    plan->runToken = runToken;
    std::vector<std::unique_ptr<DrillLink>> links;
    for (int i = 0; i < sockets; ++i)
        links.push_back(std::make_unique<HttpLink>(plan));
    return links;
}

} // namespace backroom::drills::detail
