#include "app/core/BackgroundThread.h"

#include <QObject>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace cc {

namespace {

// Linux schedules threads, not processes: a thread's nice value weighs its share against the other threads
// (nice 5: a third of a normal thread's share when both want the same core). Qt's thread priorities do not
// reach the default scheduling policy there (only IdlePriority does, which could starve the worker).
constexpr int kBackgroundNice = 10;

void lowerCurrentThread() {
#ifdef Q_OS_LINUX
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, tid, kBackgroundNice); // best effort: a failure leaves the default
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

void lowerPriorityOfBackgroundThread(QThread& thread) {
    // Runs on the new thread itself, before its event loop starts.
    QObject::connect(&thread, &QThread::started, &thread, &lowerCurrentThread, Qt::DirectConnection);
}

} // namespace cc
