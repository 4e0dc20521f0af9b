#include "dbgate.h"

#include <QTimer>

namespace backroom::ui {

DbGate::DbGate(db::AsyncDb *db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(db, &db::AsyncDb::connectionLost, this, &DbGate::setDown);
    connect(db, &db::AsyncDb::connectionRestored, this, [this] {
        m_down = false;
        pump();
    });
}

void DbGate::pump()
{
    if (m_down) {
        // Answer on the next event loop turn, as a real job would: callers never get called back
        // from inside their own run() call.
        QTimer::singleShot(0, this, &DbGate::refuseQueued);
        return;
    }
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    next.start();
}

void DbGate::finished()
{
    m_busy = false;
    pump();
}

void DbGate::setDown()
{
    m_down = true;
}

void DbGate::refuseQueued()
{
    if (!m_down)
        return pump();
    const Error lost = Error::make(Error::Kind::Connection,
                                   tr("The connection to the database is lost; Backroom is reconnecting. "
                                      "Try again when the red banner is gone."));
    while (!m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        p.refuse(lost);
    }
}

} // namespace backroom::ui
