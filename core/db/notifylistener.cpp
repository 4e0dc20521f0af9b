#include "notifylistener.h"
#include "coretext.h"

#include "connectparams.h"
#include "passwordvault.h"
#include "connection.h"

#include <algorithm>

namespace backroom::db {

NotifyListener::NotifyListener(QString conninfo, QStringList channels, QObject *parent)
    : QObject(parent), m_conninfo(std::move(conninfo)), m_channels(std::move(channels))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NotifyListener::beginConnect);
}

NotifyListener::~NotifyListener()
{
    resetSocket();
}

void NotifyListener::start()
{
    if (m_state == State::Idle)
        beginConnect();
}

void NotifyListener::dropNotifiers()
{
    for (QSocketNotifier *n : {m_read, m_write}) {
        if (!n)
            continue;
        n->setEnabled(false);
        n->disconnect(this);
        n->deleteLater();
    }
    m_read = m_write = nullptr;
}

void NotifyListener::resetSocket()
{
    dropNotifiers();
    m_conn.reset();
}

void NotifyListener::watchSocket()
{
    dropNotifiers();
    const int fd = PQsocket(m_conn.get());
    m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_read, &QSocketNotifier::activated, this, &NotifyListener::onReadable);
    connect(m_write, &QSocketNotifier::activated, this, &NotifyListener::pollConnect);
}

void NotifyListener::beginConnect()
{
    resetSocket();
    m_state = State::Connecting;
    // Same defaults as Connection::open; the password only from the vault: this thread never blocks on
    // the credential store (whoever opened the window's first connection filled the vault).
    const ConnectParams params(m_conninfo, "backroom-listen", PasswordVault::find(ConnectParams::targetOf(m_conninfo)));
    m_conn.reset(PQconnectStartParams(params.keywords(), params.values(), 1));
    if (!m_conn || PQstatus(m_conn.get()) == CONNECTION_BAD) {
        fail(m_conn ? classifyConnectError(QString::fromUtf8(PQerrorMessage(m_conn.get())), m_conninfo).message
                    : DbText::tr("Out of memory."));
        return;
    }
    PQsetnonblocking(m_conn.get(), 1);
    PQsetNoticeProcessor(m_conn.get(), [](void *, const char *) {}, nullptr);   // losses are reported as signals
    watchSocket();
    m_read->setEnabled(false);
    m_write->setEnabled(true);   // PQconnectPoll starts as if PGRES_POLLING_WRITING
}

void NotifyListener::pollConnect()
{
    const int fdBefore = PQsocket(m_conn.get());
    const auto st = PQconnectPoll(m_conn.get());
    if (PQsocket(m_conn.get()) != fdBefore && st != PGRES_POLLING_FAILED) {
        watchSocket();   // libpq may switch sockets (e.g. trying the next host); follow it
    }
    switch (st) {
    case PGRES_POLLING_READING:
        m_write->setEnabled(false);
        m_read->setEnabled(true);
        return;
    case PGRES_POLLING_WRITING:
        m_read->setEnabled(false);
        m_write->setEnabled(true);
        return;
    case PGRES_POLLING_FAILED:
        fail(classifyConnectError(QString::fromUtf8(PQerrorMessage(m_conn.get())), m_conninfo).message);
        return;
    case PGRES_POLLING_OK: {
        m_write->setEnabled(false);
        m_read->setEnabled(true);
        QString sql;
        for (const auto &ch : m_channels) {
            char *quoted = PQescapeIdentifier(m_conn.get(), ch.toUtf8().constData(), size_t(ch.toUtf8().size()));
            sql += QStringLiteral("LISTEN %1;").arg(QString::fromUtf8(quoted));
            PQfreemem(quoted);
        }
        if (!PQsendQuery(m_conn.get(), sql.toUtf8().constData())) {
            fail(QString::fromUtf8(PQerrorMessage(m_conn.get())));
            return;
        }
        PQflush(m_conn.get());
        m_state = State::Subscribing;
        return;
    }
    default:
        return;
    }
}

void NotifyListener::onReadable()
{
    if (m_state == State::Connecting) {
        pollConnect();
        return;
    }
    if (!PQconsumeInput(m_conn.get())) {
        fail(DbText::tr("Lost the live-update connection: %1")
                 .arg(QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed()));
        return;
    }
    if (m_state == State::Subscribing) {
        while (!PQisBusy(m_conn.get())) {
            PGresult *r = PQgetResult(m_conn.get());
            if (!r) {
                m_state = State::Listening;
                m_backoffMs = 250;
                emit listening();
                if (m_everListened)
                    emit resynced();
                m_everListened = true;
                break;
            }
            const bool bad = PQresultStatus(r) != PGRES_COMMAND_OK;
            const QString msg = QString::fromUtf8(PQresultErrorMessage(r));
            PQclear(r);
            if (bad) {
                fail(msg);
                return;
            }
        }
    }
    drainNotifications();
    if (PQstatus(m_conn.get()) == CONNECTION_BAD)
        fail(DbText::tr("Lost the live-update connection."));
}

void NotifyListener::drainNotifications()
{
    while (PGnotify *n = PQnotifies(m_conn.get())) {
        const QString channel = QString::fromUtf8(n->relname);
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        emit notified(channel, payload);
    }
}

void NotifyListener::fail(const QString &message)
{
    resetSocket();
    m_state = State::Waiting;
    emit connectionLost(message);
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, 8000);
}

} // namespace backroom::db
