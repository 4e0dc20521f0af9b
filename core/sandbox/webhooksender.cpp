#include "webhooksender.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace backroom::sandbox {

namespace {
QString stateName(int state)
{
    static const char *names[] = {"pending", "sending", "delivered", "gave_up"};
    return QString::fromLatin1(names[state]);
}
} // namespace

WebhookSender::WebhookSender(const net::Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(options), m_network(new QNetworkAccessManager(this))
{
}

WebhookSender::~WebhookSender() = default;

QString WebhookSender::enqueue(const QString &gateway, const QString &event, const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, Signer signer)
{
    Delivery d;
    d.id = QStringLiteral("whk_test_%1").arg(m_nextId++, 6, 10, QLatin1Char('0'));
    d.gateway = gateway;
    d.event = event;
    d.url = url;
    d.body = body;
    d.contentType = contentType;
    d.signer = std::move(signer);
    d.nextAttempt = m_clock.utcNow();
    m_deliveries.append(d);
    return d.id;
}

void WebhookSender::pump()
{
    const QDateTime now = m_clock.utcNow();
    for (auto &d : m_deliveries)
        if (d.state == State::Pending && d.nextAttempt <= now)
            send(d);
}

void WebhookSender::send(Delivery &d)
{
    d.state = State::Sending;
    ++d.attempts;
    QNetworkRequest request(d.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, d.contentType);
    request.setTransferTimeout(int(m_options.attemptTimeout.count()));
    if (d.signer)
        for (const auto &h : d.signer(d.body, m_clock.utcNow()))
            request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network->post(request, d.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id = d.id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finished(id, status, reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
    });
}

void WebhookSender::finished(const QString &id, int status, const QString &error)
{
    Delivery *d = find(id);
    if (!d)
        return;
    d->lastStatus = status;
    const bool delivered = status >= 200 && status < 300;
    if (delivered) {
        d->state = State::Delivered;
        d->lastError.clear();
    } else {
        d->lastError = error.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : error;
        if (d->attempts >= m_options.maxAttempts) {
            d->state = State::GaveUp;
        } else {
            d->state = State::Pending;
            const auto wait = m_options.retryBase * (qint64(1) << std::min(d->attempts - 1, 20));
            d->nextAttempt = m_clock.utcNow().addMSecs(wait.count());
        }
    }
    emit attemptFinished(id, status, delivered);
}

WebhookSender::Delivery *WebhookSender::find(const QString &id)
{
    for (auto &d : m_deliveries)
        if (d.id == id)
            return &d;
    return nullptr;
}

int WebhookSender::undelivered() const
{
    return int(std::count_if(m_deliveries.begin(), m_deliveries.end(),
                             [](const Delivery &d) { return d.state == State::Pending || d.state == State::Sending; }));
}

QJsonObject WebhookSender::toJson() const
{
    QJsonArray list;
    for (const auto &d : m_deliveries)
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("gateway"), d.gateway},
                                {QStringLiteral("event"), d.event},
                                {QStringLiteral("url"), d.url.toString()},
                                {QStringLiteral("state"), stateName(int(d.state))},
                                {QStringLiteral("attempts"), d.attempts},
                                {QStringLiteral("last_status"), d.lastStatus},
                                {QStringLiteral("last_error"), d.lastError},
                                {QStringLiteral("next_attempt"), d.state == State::Pending
                                                                     ? d.nextAttempt.toString(Qt::ISODateWithMs)
                                                                     : QString()}});
    return QJsonObject{{QStringLiteral("deliveries"), list}};
}

} // namespace backroom::sandbox
