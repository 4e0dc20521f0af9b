#include "channels/pushserver.h"
#include "coretext.h"

#include "channels/syncworker.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace backroom::channels {

ChannelPushServer::ChannelPushServer(SyncWorker &worker, QString callbackBaseUrl, QObject *parent)
    : QObject(parent), m_worker(worker), m_callbackBaseUrl(std::move(callbackBaseUrl)),
      m_http(std::make_unique<QHttpServer>())
{
    while (m_callbackBaseUrl.endsWith(QLatin1Char('/')))
        m_callbackBaseUrl.chop(1);
    m_http->route(QStringLiteral("/<arg>/push"), QHttpServerRequest::Method::Post,
                  [this](const QString &channel, const QHttpServerRequest &request) {
                      ++m_received;
                      const QString callbackUrl = m_callbackBaseUrl.isEmpty()
                                                      ? request.url().toString()
                                                      : m_callbackBaseUrl + QLatin1Char('/') + channel + QStringLiteral("/push");
                      const OrderPushVerdict verdict = m_worker.receiveOrderPush(channel, callbackUrl, request.body(),
                                                                                 request.value("Authorization"));
                      emit pushAnswered(channel, verdict.httpStatus, verdict.message);
                      const QJsonObject body{{QStringLiteral("ok"), verdict.httpStatus == 200},
                                             {QStringLiteral("message"), verdict.message}};
                      return QHttpServerResponse(body, QHttpServerResponder::StatusCode(verdict.httpStatus));
                  });
}

ChannelPushServer::~ChannelPushServer() = default;

Result<quint16> ChannelPushServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        return Error::make(Error::Kind::Connection,
                           ChannelsText::tr("Cannot listen for marketplace pushes on %1:%2: the port is taken or not "
                                            "allowed; pick another with --channel-push-listen.")
                               .arg(address.toString())
                               .arg(port));
    m_address = address;
    m_port = bound;
    return bound;
}

QString ChannelPushServer::localPushUrl(const QString &channel) const
{
    QString host = m_address.toString();
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/%3/push").arg(host).arg(m_port).arg(channel);
}

} // namespace backroom::channels
