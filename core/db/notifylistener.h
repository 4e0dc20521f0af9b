#pragma once
// NotifyListener: LISTENs on PostgreSQL channels and delivers each NOTIFY as a Qt signal. Uses libpq
// non-blocking (PQconnectStart/PQconnectPoll, PQconsumeInput) driven by QSocketNotifier, so it never
// blocks the thread it lives on (normally the GUI thread). Reconnects with backoff when the
// connection drops and then emits `resynced` so views can reload what they might have missed.

#include <QObject>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>
#include <libpq-fe.h>
#include <memory>

namespace backroom::db {

// stock_changed and orders_changed are coalesced in the database (migration 009's notify gate): at most
// one transaction per 100 ms notifies, and the changes of those that skipped are announced by nobody.
// A listener refreshes what it shows once more this long after it handled a notification on them,
// which covers the skipped transactions' commits (100 ms gap plus a margin for their commit).
constexpr int kCoalescedTrailingRefreshMs = 300;

class NotifyListener : public QObject {
    Q_OBJECT
public:
    NotifyListener(QString conninfo, QStringList channels, QObject *parent = nullptr);
    ~NotifyListener() override;

    void start();
    bool isListening() const { return m_state == State::Listening; }

signals:
    void notified(const QString &channel, const QString &payload);
    void listening();                        // LISTEN is in place (first time and after each reconnect)
    void resynced();                         // listening again after a loss: notifications may be missed
    void connectionLost(const QString &message);

private:
    enum class State { Idle, Connecting, Subscribing, Listening, Waiting };
    void beginConnect();
    void pollConnect();
    void onReadable();
    void drainNotifications();
    void fail(const QString &message);
    void resetSocket();

    struct Closer { void operator()(PGconn *c) const { PQfinish(c); } };
    QString m_conninfo;
    QStringList m_channels;
    std::unique_ptr<PGconn, Closer> m_conn;
    void watchSocket();
    void dropNotifiers();
    QSocketNotifier *m_read = nullptr;    // children; deleted later, never inside their own signal
    QSocketNotifier *m_write = nullptr;
    QTimer m_retry;
    State m_state = State::Idle;
    int m_backoffMs = 250;
    bool m_everListened = false;
};

} // namespace backroom::db
