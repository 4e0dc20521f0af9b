#pragma once
// WebhookSender: the sandbox's outbox of notifications to merchants (Opn-style webhooks, GBP-style background
// notifications). Each delivery is POSTed until the receiver answers 2xx, retried after 1x, 2x, 4x ... the
// base delay measured on the sandbox's clock, and given up after maxAttempts. Time only moves through the
// clock: pump() sends what is due (the sandbox calls it from its tick), so tests with a ManualClock decide
// exactly when a retry happens. Headers are signed per attempt by the delivery's signer (a fresh timestamp
// each time). Lives on the sandbox's thread.

#include "net/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace backroom::sandbox {

class WebhookSender : public QObject {
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Headers for one attempt of body sent at the given time (e.g. a timestamp and an HMAC over it).
    using Signer = std::function<Headers(const QByteArray &body, const QDateTime &at)>;

    struct Options {
        std::chrono::milliseconds retryBase{1000};
        int maxAttempts = 6;
        std::chrono::milliseconds attemptTimeout{10000};   // real time: how long one POST may take
    };

    WebhookSender(const net::Clock &clock, Options options, QObject *parent = nullptr);
    ~WebhookSender() override;

    // Queues a delivery; it is sent on the next pump(). Returns its id (whk_...).
    QString enqueue(const QString &gateway, const QString &event, const QUrl &url, const QByteArray &body,
                    const QByteArray &contentType, Signer signer);
    // Sends every delivery that is due and not already on its way.
    void pump();
    // Every delivery: id, gateway, event, url, state (pending/sending/delivered/gave_up), attempts, last_error.
    QJsonObject toJson() const;
    int undelivered() const;

signals:
    void attemptFinished(const QString &id, int httpStatus, bool delivered);

private:
    enum class State { Pending, Sending, Delivered, GaveUp };
    struct Delivery {
        QString id, gateway, event;
        QUrl url;
        QByteArray body, contentType;
        Signer signer;
        State state = State::Pending;
        int attempts = 0;
        QDateTime nextAttempt;
        QString lastError;
        int lastStatus = 0;
    };
    void send(Delivery &delivery);
    void finished(const QString &id, int status, const QString &error);
    Delivery *find(const QString &id);

    const net::Clock &m_clock;
    Options m_options;
    QNetworkAccessManager *m_network;
    QList<Delivery> m_deliveries;
    int m_nextId = 1;
};

} // namespace backroom::sandbox
