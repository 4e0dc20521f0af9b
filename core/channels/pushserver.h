#pragma once
// ChannelPushServer: where marketplaces push to us (Shopee's push mechanism: order status changes), on an
// address and port of its own: `backroom serve --channel-push-listen 0.0.0.0:8091` behind the shop's
// public HTTPS (the callback URL registered on Shopee's console, e.g. https://shop.example/shopee/push).
// Route: POST /<channel>/push (only "shopee" for now). It answers at once and never blocks: the SyncWorker
// checks the signature (401 when wrong, 400 when not a push we read) and fetches the order's detail on its
// own thread, then takes it in through channel_order_intake like a pulled order. A push is never fatal:
// whatever comes in, the server answers and goes on.
// Lives on the thread that creates it (an event loop must run there); the worker may live on another.

#include "result.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

namespace backroom::channels {

class SyncWorker;

class ChannelPushServer : public QObject {
    Q_OBJECT
public:
    // callbackBaseUrl: the public URL the marketplace calls, without the "/<channel>/push" part (what the
    // signature covers); empty: the URL of the request as received (fine when nothing is in between).
    ChannelPushServer(SyncWorker &worker, QString callbackBaseUrl, QObject *parent = nullptr);
    ~ChannelPushServer() override;

    // The port bound; Connection if the address or port cannot be taken.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    // The URL a stand-in or a marketplace should push to for `channel`, on the bound port.
    QString localPushUrl(const QString &channel) const;
    int received() const { return m_received; }

signals:
    // Every push answered: its channel, the HTTP status given and why.
    void pushAnswered(const QString &channel, int httpStatus, const QString &message);

private:
    SyncWorker &m_worker;
    QString m_callbackBaseUrl;
    std::unique_ptr<QHttpServer> m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_received = 0;
};

} // namespace backroom::channels
