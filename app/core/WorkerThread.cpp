#include "app/core/WorkerThread.h"

#include "app/core/BackgroundThread.h"

namespace cc {

WorkerThreadBase::WorkerThreadBase(const QString& name, WorkerPriority priority) {
    m_thread.setObjectName(name);
    if (priority == WorkerPriority::Background) {
        lowerPriorityOfBackgroundThread(m_thread);
    }
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WorkerThreadBase::~WorkerThreadBase() = default;

void WorkerThreadBase::invoke(std::function<void()> task) {
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

void WorkerThreadBase::stop(std::function<void()> last) {
    invoke([last = std::move(last)] {
        last();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

} // namespace cc
