#include "scheduler.h"

#include <QTimer>
#include <algorithm>

namespace backroom::resilience {

void QtScheduler::schedule(Duration delay, std::function<void()> callback)
{
    QObject *context = m_context.data();
    if (!context)
        return;
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(std::max(delay, Duration(0)));
    // singleShot must be started on the context's thread: hop there first, then arm the timer.
    QMetaObject::invokeMethod(
        context,
        [context, ms, callback = std::move(callback)]() mutable {
            QTimer::singleShot(ms, context, std::move(callback));
        },
        Qt::QueuedConnection);
}

void ManualScheduler::schedule(Duration delay, std::function<void()> callback)
{
    std::lock_guard lock(m_mutex);
    m_requested.push_back(delay);
    m_tasks.push_back(Task{m_clock.now() + std::max(delay, Duration(0)), m_nextOrder++, std::move(callback)});
}

bool ManualScheduler::takeNextDue(net::Clock::TimePoint until, Task *out)
{
    std::lock_guard lock(m_mutex);
    auto next = std::min_element(m_tasks.begin(), m_tasks.end(), [](const Task &a, const Task &b) {
        return a.due != b.due ? a.due < b.due : a.order < b.order;
    });
    if (next == m_tasks.end() || next->due > until)
        return false;
    *out = std::move(*next);
    m_tasks.erase(next);
    return true;
}

void ManualScheduler::advance(Duration by)
{
    const net::Clock::TimePoint until = m_clock.now() + by;
    Task task;
    while (takeNextDue(until, &task)) {
        if (task.due > m_clock.now())
            m_clock.advance(task.due - m_clock.now());
        task.callback();
    }
    if (until > m_clock.now())
        m_clock.advance(until - m_clock.now());
}

int ManualScheduler::pending() const
{
    std::lock_guard lock(m_mutex);
    return int(m_tasks.size());
}

std::vector<ManualScheduler::Duration> ManualScheduler::requestedDelays() const
{
    std::lock_guard lock(m_mutex);
    return m_requested;
}

} // namespace backroom::resilience
