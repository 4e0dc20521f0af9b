#pragma once
// runOffThread: runs a short blocking job (a verdict, a save, a list of saved runs) on Qt's global
// thread pool and hands its answer back on context's thread; dropped if context is gone by then.
// Called from the GUI thread.

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace backroom::ui {

template <typename T>
void runOffThread(QObject *context, std::function<T()> job, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, job = std::move(job), done = std::move(done)] {
        auto answer = std::make_shared<T>(job());
        if (guard)
            QMetaObject::invokeMethod(
                guard.data(), [done, answer] { done(std::move(*answer)); }, Qt::QueuedConnection);
    });
}

} // namespace backroom::ui
