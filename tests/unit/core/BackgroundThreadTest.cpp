// Background workers run below the GUI thread's priority, so that a busy worker cannot take the window's
// time slices.
#include "app/core/BackgroundThread.h"

#include <gtest/gtest.h>

#include <QThread>

#include <atomic>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace cc {
namespace {

#ifdef Q_OS_LINUX
int currentThreadNice() {
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

TEST(BackgroundThreadTest, AWorkerRunsWithAHigherNiceValueThanTheThreadThatStartedIt) {
    std::atomic<int> workerNice = -100;
    std::unique_ptr<QThread> thread(QThread::create([&] { workerNice = currentThreadNice(); }));
    lowerPriorityOfBackgroundThread(*thread);
    thread->start();
    ASSERT_TRUE(thread->wait(10'000));
    EXPECT_GT(workerNice.load(), currentThreadNice());
}

TEST(BackgroundThreadTest, AnOrdinaryThreadKeepsItsPriority) {
    std::atomic<int> workerNice = -100;
    std::unique_ptr<QThread> thread(QThread::create([&] { workerNice = currentThreadNice(); }));
    thread->start();
    ASSERT_TRUE(thread->wait(10'000));
    EXPECT_EQ(workerNice.load(), currentThreadNice());
}
#endif

} // namespace
} // namespace cc
