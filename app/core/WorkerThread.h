#pragma once

#include "app/core/Error.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace cc {

// Background: below the GUI thread (BackgroundThread.h), for work nobody waits for at once (the cache's
// writes, the outbox, the feed's history). Normal: work a view waits for.
enum class WorkerPriority { Background, Normal };

// What every WorkerThread shares: the thread itself and the object on it that queued tasks are delivered to.
class WorkerThreadBase {
public:
    WorkerThreadBase(const WorkerThreadBase&) = delete;
    WorkerThreadBase& operator=(const WorkerThreadBase&) = delete;

protected:
    WorkerThreadBase(const QString& name, WorkerPriority priority);
    ~WorkerThreadBase();

    // Runs `task` on the thread after every task queued before it.
    void invoke(std::function<void()> task);
    // Runs `last` on the thread after every task queued before it, then ends the thread and waits for it.
    void stop(std::function<void()> last);

private:
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
};

// A resource that must live on a thread of its own (a Qt SQL connection belongs to the thread that opened
// it) and the tasks that use it: they run there one after the other, in order, and results come back on the
// caller's thread through a callback, unless the caller's context object is gone by then. The resource is
// released on the thread, after every task queued before, when the WorkerThread is destroyed.
template <typename Resource>
class WorkerThread : private WorkerThreadBase {
public:
    WorkerThread(const QString& name, std::shared_ptr<Resource> resource,
                 WorkerPriority priority = WorkerPriority::Background)
        : WorkerThreadBase(name, priority)
        , m_resource(std::move(resource)) {}

    ~WorkerThread() {
        // Moved into the last task, not copied: a copy released here could be the last reference (the
        // thread may run first) and close the resource on the wrong thread.
        stop([resource = std::move(m_resource)]() mutable { resource.reset(); });
    }

    void post(std::function<void(Resource&)> task) {
        invoke([resource = m_resource, task = std::move(task)] { task(*resource); });
    }

    // Runs `work` on the thread; `done` gets its result on the calling thread.
    template <typename T>
    void run(std::function<Result<T>(Resource&)> work, QObject* context,
             std::function<void(Result<T>)> done) {
        QPointer<QObject> guard(context);
        post([work = std::move(work), guard, done = std::move(done)](Resource& resource) {
            auto result = std::make_shared<Result<T>>(work(resource));
            if (!guard) {
                return;
            }
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard) {
                        done(std::move(*result));
                    }
                },
                Qt::QueuedConnection);
        });
    }

    // Destroys `value` on the thread, after the tasks before it. For large results the caller is done with:
    // thousands of small frees of memory the thread allocated cost the GUI thread milliseconds, and more
    // when they wait for the allocator's lock while the thread allocates.
    template <typename T>
    void discard(T value) {
        invoke([held = std::make_shared<T>(std::move(value))] {});
    }

private:
    std::shared_ptr<Resource> m_resource;
};

} // namespace cc
