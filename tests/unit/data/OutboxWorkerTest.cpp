// The outbox off the calling thread: writes commit on the outbox's own thread, a callback runs only once its
// change is on disk (visible to another connection), writes keep the order they were asked in, the snapshot
// follows them, a full disk is reported, and destroying the outbox still commits what was asked for.
#include "app/data/Outbox.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QThread>

namespace cc::data {
namespace {

class OutboxWorkerTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_outbox->open().ok()); }

    static OutboxOperation update(const QString& id, int budget) {
        OutboxOperation op;
        op.kind = OutboxOperation::Kind::Update;
        op.campaignId = id;
        op.baseUpdatedAt = QStringLiteral("t0");
        op.payload = {{QStringLiteral("budget"), budget}};
        return op;
    }

    template <typename T>
    Result<T> await(const std::function<void(Outbox::Done<T>)>& start) {
        std::optional<Result<T>> result;
        start([&](Result<T> r) { result = std::move(r); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }));
        return result ? *result : Result<T>(Error(ErrorKind::Storage, QStringLiteral("timeout")));
    }

    // What another connection (another process, after a crash) finds in the file.
    QList<OutboxOperation> onDisk(const QString& connection) {
        OutboxDatabase other(path(), connection, m_clock, m_random);
        EXPECT_TRUE(other.open().ok());
        return other.all().ok() ? other.all().value() : QList<OutboxOperation>{};
    }

    QString path() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    SeededRandom m_random{11};
    std::unique_ptr<Outbox> m_outbox =
        std::make_unique<Outbox>(path(), QStringLiteral("worker-test"), m_clock, m_random);
};

TEST_F(OutboxWorkerTest, WritesCommitOnTheOutboxThreadAndAnswerOnTheCallersThread) {
    QThread* workThread = nullptr;
    QThread* answerThread = nullptr;
    const Result<bool> done = await<bool>([&](Outbox::Done<bool> finish) {
        m_outbox->run<bool>(
            [&workThread](OutboxDatabase&) {
                workThread = QThread::currentThread();
                return Result<bool>(true);
            },
            true, m_outbox.get(),
            [&answerThread, finish](Result<bool> r) {
                answerThread = QThread::currentThread();
                finish(std::move(r));
            });
    });
    ASSERT_TRUE(done.ok());
    EXPECT_NE(workThread, QThread::currentThread()) << "the commit never waits on the caller's thread";
    EXPECT_EQ(answerThread, QThread::currentThread());
}

TEST_F(OutboxWorkerTest, AnEnqueuedChangeIsOnDiskBeforeItsCallbackRuns) {
    QList<OutboxOperation> seenFromOutside;
    const Result<OutboxOperation> queued = await<OutboxOperation>([&](Outbox::Done<OutboxOperation> finish) {
        m_outbox->enqueue(update(QStringLiteral("a"), 7), m_outbox.get(),
                          [&, finish](Result<OutboxOperation> r) {
                              // Read through a connection of its own, as a restarted process would after a
                              // kill -9 right here.
                              seenFromOutside = onDisk(QStringLiteral("outside"));
                              finish(std::move(r));
                          });
    });
    ASSERT_TRUE(queued.ok()) << queued.error().toString().toStdString();
    ASSERT_EQ(seenFromOutside.size(), 1);
    EXPECT_EQ(seenFromOutside.first().seq, queued.value().seq);
    EXPECT_EQ(seenFromOutside.first().key, queued.value().key);
    EXPECT_FALSE(queued.value().key.isEmpty());
    EXPECT_EQ(queued.value().createdAt, m_clock.nowUtc().toString(Qt::ISODateWithMs));
}

TEST_F(OutboxWorkerTest, ChangesAskedForWithoutWaitingKeepTheirOrder) {
    constexpr int kCount = 200;
    QList<qint64> callbackSeqs;
    QList<int> callbackBudgets;
    for (int i = 0; i < kCount; ++i) {
        m_outbox->enqueue(update(i % 2 ? QStringLiteral("a") : QStringLiteral("b"), i), m_outbox.get(),
                          [&](Result<OutboxOperation> r) {
                              ASSERT_TRUE(r.ok());
                              callbackSeqs.append(r.value().seq);
                              callbackBudgets.append(
                                  r.value().payload.value(QStringLiteral("budget")).toInt());
                          });
    }
    ASSERT_TRUE(cc::test::waitUntil([&] { return callbackSeqs.size() == kCount; }));
    for (int i = 0; i < kCount; ++i) {
        EXPECT_EQ(callbackBudgets[i], i);
        if (i > 0) {
            EXPECT_GT(callbackSeqs[i], callbackSeqs[i - 1]);
        }
    }
    const QList<OutboxOperation> stored = onDisk(QStringLiteral("order-check"));
    ASSERT_EQ(stored.size(), kCount);
    for (int i = 0; i < kCount; ++i) {
        EXPECT_EQ(stored[i].payload.value(QStringLiteral("budget")).toInt(), i);
    }
    // And next() hands them out in that order too.
    const Result<std::optional<OutboxOperation>> first =
        await<std::optional<OutboxOperation>>([&](auto finish) { m_outbox->next(m_outbox.get(), finish); });
    ASSERT_TRUE(first.ok() && first.value().has_value());
    EXPECT_EQ(first.value()->seq, callbackSeqs.first());
}

TEST_F(OutboxWorkerTest, TheSnapshotFollowsEveryWriteBeforeItsCallback) {
    cc::test::SignalCounter changed(m_outbox.get(), &Outbox::changed);
    qint64 pendingInCallback = -1;
    const Result<OutboxOperation> queued = await<OutboxOperation>([&](auto finish) {
        m_outbox->enqueue(update(QStringLiteral("a"), 1), m_outbox.get(),
                          [&, finish](Result<OutboxOperation> r) {
                              pendingInCallback = m_outbox->pendingCount().value();
                              finish(std::move(r));
                          });
    });
    ASSERT_TRUE(queued.ok());
    EXPECT_EQ(pendingInCallback, 1);
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(m_outbox->find(queued.value().seq).value().has_value());

    ASSERT_TRUE(await<bool>([&](auto finish) {
                    m_outbox->complete(queued.value().seq, std::nullopt, m_outbox.get(), finish);
                }).ok());
    EXPECT_EQ(m_outbox->pendingCount().value(), 0);
    EXPECT_TRUE(m_outbox->all().value().isEmpty());
}

TEST_F(OutboxWorkerTest, AFullDiskIsReportedAndNothingIsClaimedSaved) {
    ASSERT_TRUE(await<bool>([&](auto finish) {
                    m_outbox->run<bool>(
                        [](OutboxDatabase& db) {
                            db.limitPages(1); // no room to grow: like a full disk
                            return Result<bool>(true);
                        },
                        false, m_outbox.get(), finish);
                }).ok());
    OutboxOperation big = update(QStringLiteral("a"), 1);
    big.payload.insert(QStringLiteral("name"), QString(64 * 1024, QLatin1Char('x')));
    const Result<OutboxOperation> queued =
        await<OutboxOperation>([&](auto finish) { m_outbox->enqueue(big, m_outbox.get(), finish); });
    ASSERT_FALSE(queued.ok());
    EXPECT_EQ(queued.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(queued.error().message.contains(QStringLiteral("disk is full")))
        << queued.error().message.toStdString();
    EXPECT_EQ(m_outbox->pendingCount().value(), 0);
}

TEST_F(OutboxWorkerTest, DestroyingTheOutboxStillCommitsWhatWasAskedFor) {
    for (int i = 0; i < 25; ++i) {
        m_outbox->enqueue(update(QStringLiteral("a"), i), nullptr, {});
    }
    m_outbox.reset(); // at once: the worker finishes its queue before it closes the file
    const QList<OutboxOperation> stored = onDisk(QStringLiteral("after-close"));
    ASSERT_EQ(stored.size(), 25);
    EXPECT_EQ(stored.last().payload.value(QStringLiteral("budget")).toInt(), 24);
}

TEST_F(OutboxWorkerTest, ReloadPicksUpAnotherProcesssWrites) {
    {
        OutboxDatabase other(path(), QStringLiteral("other-process"), m_clock, m_random);
        ASSERT_TRUE(other.open().ok());
        ASSERT_TRUE(other.enqueue(update(QStringLiteral("z"), 9)).ok());
    }
    EXPECT_EQ(m_outbox->pendingCount().value(), 0) << "the snapshot is this process's view";
    ASSERT_TRUE(await<bool>([&](auto finish) { m_outbox->reload(m_outbox.get(), finish); }).ok());
    EXPECT_EQ(m_outbox->pendingCount().value(), 1);
}

} // namespace
} // namespace cc::data
