// A resource on a thread of its own: tasks run there in order, results come back to the caller's thread
// (unless the caller is gone), discarded values and the resource itself are destroyed there.
#include "app/core/WorkerThread.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace cc {
namespace {

// Where it was destroyed, told to whoever holds the shared record.
struct Witness {
    std::shared_ptr<std::atomic<QThread*>> destroyedOn = std::make_shared<std::atomic<QThread*>>(nullptr);

    Witness() = default;
    Witness(const Witness&) = delete;
    Witness(Witness&& other) noexcept
        : destroyedOn(std::move(other.destroyedOn)) {} // the moved-from one no longer counts
    ~Witness() {
        if (destroyedOn) {
            *destroyedOn = QThread::currentThread();
        }
    }
};

struct Resource {
    QList<int> seen;
    QThread* thread = nullptr;
    Witness witness;
};

TEST(WorkerThreadTest, TasksRunInOrderOnTheWorkersThreadAndAnswerOnTheCallers) {
    WorkerThread<Resource> worker(QStringLiteral("test-worker"), std::make_shared<Resource>());
    for (int i = 1; i <= 3; ++i) {
        worker.post([i](Resource& r) {
            r.seen.append(i);
            r.thread = QThread::currentThread();
        });
    }
    QObject context;
    std::optional<Result<QList<int>>> answer;
    QThread* answeredOn = nullptr;
    QThread* ranOn = nullptr;
    worker.run<QList<int>>(
        [&ranOn](Resource& r) -> Result<QList<int>> {
            ranOn = r.thread;
            return r.seen;
        },
        &context,
        [&](Result<QList<int>> result) {
            answer = std::move(result);
            answeredOn = QThread::currentThread();
        });
    ASSERT_TRUE(cc::test::waitUntil([&] { return answer.has_value(); }, 10'000));
    EXPECT_EQ(answer->value(), (QList<int>{1, 2, 3}));
    EXPECT_NE(ranOn, QThread::currentThread());
    EXPECT_EQ(answeredOn, QThread::currentThread());
}

TEST(WorkerThreadTest, NoAnswerReachesACallerThatIsGone) {
    WorkerThread<Resource> worker(QStringLiteral("test-worker"), std::make_shared<Resource>());
    bool answered = false;
    QSemaphore contextGone;
    {
        QObject context;
        worker.run<bool>(
            [&contextGone](Resource&) -> Result<bool> {
                contextGone.acquire(); // the work finishes after its caller is gone
                return true;
            },
            &context, [&answered](Result<bool>) { answered = true; });
    }
    contextGone.release();
    bool after = false;
    QObject later;
    worker.run<bool>([](Resource&) -> Result<bool> { return true; }, &later,
                     [&after](Result<bool>) { after = true; });
    ASSERT_TRUE(cc::test::waitUntil([&] { return after; }, 10'000));
    EXPECT_FALSE(answered);
}

TEST(WorkerThreadTest, ADiscardedValueIsDestroyedOnTheWorkersThread) {
    WorkerThread<Resource> worker(QStringLiteral("test-worker"), std::make_shared<Resource>());
    Witness value;
    const auto destroyedOn = value.destroyedOn;
    worker.discard(std::move(value));
    ASSERT_TRUE(cc::test::waitUntil([&] { return destroyedOn->load() != nullptr; }, 10'000));
    EXPECT_NE(destroyedOn->load(), QThread::currentThread());
}

TEST(WorkerThreadTest, TheResourceIsReleasedOnItsThreadAfterEveryTaskQueuedBefore) {
    auto resource = std::make_shared<Resource>();
    const auto destroyedOn = resource->witness.destroyedOn;
    auto ran = std::make_shared<std::atomic<int>>(0);
    {
        WorkerThread<Resource> worker(QStringLiteral("test-worker"), std::move(resource));
        for (int i = 0; i < 100; ++i) {
            worker.post([ran](Resource&) { ++*ran; });
        }
    } // waits for the thread
    EXPECT_EQ(ran->load(), 100);
    ASSERT_NE(destroyedOn->load(), nullptr);
    EXPECT_NE(destroyedOn->load(), QThread::currentThread());
}

#ifdef Q_OS_LINUX
int threadNice() {
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

int niceOfWorker(WorkerPriority priority) {
    WorkerThread<Resource> worker(QStringLiteral("test-worker"), std::make_shared<Resource>(), priority);
    QObject context;
    std::optional<int> nice;
    worker.run<int>([](Resource&) -> Result<int> { return threadNice(); }, &context,
                    [&nice](Result<int> n) { nice = n.value(); });
    EXPECT_TRUE(cc::test::waitUntil([&] { return nice.has_value(); }, 10'000));
    return nice.value_or(-100);
}

TEST(WorkerThreadTest, ABackgroundWorkerYieldsToTheCaller) {
    EXPECT_GT(niceOfWorker(WorkerPriority::Background), threadNice());
}

TEST(WorkerThreadTest, ANormalWorkerRunsAtTheCallersPriority) {
    EXPECT_EQ(niceOfWorker(WorkerPriority::Normal), threadNice());
}
#endif

} // namespace
} // namespace cc
