// The durable outbox file (OutboxDatabase): order, idempotency keys, blocking after a conflict, rebasing,
// resolution, backoff.
#include "app/data/OutboxDatabase.h"
#include "app/data/OutboxSender.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QTemporaryDir>

namespace cc::data {
namespace {

class OutboxTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_outbox.open().ok()); }

    OutboxOperation update(const QString& id, const QString& base, int budget) {
        OutboxOperation op;
        op.kind = OutboxOperation::Kind::Update;
        op.campaignId = id;
        op.baseUpdatedAt = base;
        op.payload = {{QStringLiteral("budget"), budget}};
        Result<OutboxOperation> queued = m_outbox.enqueue(op);
        EXPECT_TRUE(queued.ok()) << (queued.ok() ? std::string() : queued.error().toString().toStdString());
        return queued.ok() ? queued.value() : op;
    }

    Campaign server(const QString& id, const QString& updatedAt) {
        Campaign c;
        c.id = id;
        c.name = QStringLiteral("n");
        c.updatedAt = updatedAt;
        return c;
    }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    SeededRandom m_random{7};
    OutboxDatabase m_outbox{m_dir.filePath(QStringLiteral("outbox.sqlite")), QStringLiteral("outbox-test"),
                            m_clock, m_random};
};

TEST_F(OutboxTest, OperationsComeOutInTheOrderTheyWereMade) {
    update(QStringLiteral("a"), QStringLiteral("t0"), 1);
    update(QStringLiteral("b"), QStringLiteral("t0"), 2);
    update(QStringLiteral("a"), QStringLiteral("t0"), 3);
    QList<int> budgets;
    while (auto next = m_outbox.next().value()) {
        budgets.append(next->payload.value(QStringLiteral("budget")).toInt());
        ASSERT_TRUE(m_outbox.complete(next->seq, std::nullopt).ok());
    }
    EXPECT_EQ(budgets, (QList<int>{1, 2, 3}));
}

TEST_F(OutboxTest, EveryOperationHasItsOwnStableKey) {
    QSet<QString> keys;
    for (int i = 0; i < 50; ++i) {
        keys.insert(update(QStringLiteral("a"), {}, i).key);
    }
    EXPECT_EQ(keys.size(), 50);
    const OutboxOperation first = m_outbox.next().value().value();
    ASSERT_TRUE(m_outbox.recordAttempt(first.seq, QStringLiteral("offline")).ok());
    const OutboxOperation again = m_outbox.next().value().value();
    EXPECT_EQ(again.key, first.key) << "a retry reuses the key";
    EXPECT_EQ(again.attempts, 1);
}

TEST_F(OutboxTest, ItSurvivesReopening) {
    const OutboxOperation op = update(QStringLiteral("a"), QStringLiteral("t0"), 5);
    OutboxDatabase reopened(m_dir.filePath(QStringLiteral("outbox.sqlite")), QStringLiteral("outbox-test-2"),
                            m_clock, m_random);
    ASSERT_TRUE(reopened.open().ok());
    const auto next = reopened.next().value();
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->key, op.key);
    EXPECT_EQ(next->payload, op.payload);
}

TEST_F(OutboxTest, CompletingRebasesLaterUpdatesOfTheSameCampaign) {
    const OutboxOperation first = update(QStringLiteral("a"), QStringLiteral("t0"), 1);
    update(QStringLiteral("b"), QStringLiteral("t0"), 2);
    update(QStringLiteral("a"), QStringLiteral("t0"), 3);
    ASSERT_TRUE(m_outbox.complete(first.seq, server(QStringLiteral("a"), QStringLiteral("t1"))).ok());
    const auto ops = m_outbox.all().value();
    ASSERT_EQ(ops.size(), 2);
    EXPECT_EQ(ops[0].baseUpdatedAt, QStringLiteral("t0")) << "another campaign is untouched";
    EXPECT_EQ(ops[1].baseUpdatedAt, QStringLiteral("t1"));
}

TEST_F(OutboxTest, AConflictHoldsBackOnlyTheSameCampaign) {
    const OutboxOperation a1 = update(QStringLiteral("a"), QStringLiteral("t0"), 1);
    update(QStringLiteral("a"), QStringLiteral("t0"), 2);
    const OutboxOperation b = update(QStringLiteral("b"), QStringLiteral("t0"), 3);
    ASSERT_TRUE(m_outbox
                    .markConflict(a1.seq, server(QStringLiteral("a"), QStringLiteral("t9")),
                                  QStringLiteral("changed"))
                    .ok());
    EXPECT_EQ(m_outbox.next().value()->seq, b.seq);
    ASSERT_TRUE(m_outbox.complete(b.seq, std::nullopt).ok());
    EXPECT_FALSE(m_outbox.next().value().has_value());
    const auto conflicted = m_outbox.find(a1.seq).value().value();
    EXPECT_EQ(conflicted.state, OutboxOperation::State::Conflict);
    ASSERT_TRUE(conflicted.server.has_value());
    EXPECT_EQ(conflicted.server->updatedAt, QStringLiteral("t9"));
}

TEST_F(OutboxTest, KeepMineResendsOnTheServersVersionWithANewKey) {
    const OutboxOperation a1 = update(QStringLiteral("a"), QStringLiteral("t0"), 1);
    ASSERT_TRUE(m_outbox.markConflict(a1.seq, server(QStringLiteral("a"), QStringLiteral("t9")), {}).ok());
    ASSERT_TRUE(m_outbox.keepMine(a1.seq).ok());
    const auto next = m_outbox.next().value().value();
    EXPECT_EQ(next.seq, a1.seq);
    EXPECT_EQ(next.baseUpdatedAt, QStringLiteral("t9"));
    EXPECT_NE(next.key, a1.key);
    EXPECT_EQ(next.state, OutboxOperation::State::Pending);
}

TEST_F(OutboxTest, DiscardTakesTheServersSide) {
    const OutboxOperation a1 = update(QStringLiteral("a"), QStringLiteral("t0"), 1);
    ASSERT_TRUE(m_outbox.markConflict(a1.seq, server(QStringLiteral("a"), QStringLiteral("t9")), {}).ok());
    ASSERT_TRUE(m_outbox.discard(a1.seq).ok());
    EXPECT_TRUE(m_outbox.all().value().isEmpty());
    EXPECT_FALSE(m_outbox.keepMine(a1.seq).ok());
}

TEST_F(OutboxTest, ACorruptOutboxIsReportedNeverReplaced) {
    const QString path = m_dir.filePath(QStringLiteral("bad-outbox.sqlite"));
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    OutboxDatabase bad(path, QStringLiteral("bad-outbox"), m_clock, m_random);
    EXPECT_FALSE(bad.open().ok());
    EXPECT_EQ(QFile(path).size(), 4096) << "the file is left alone for recovery";
}

TEST(OutboxBackoff, DoublesUpToTheCapWithFullJitter) {
    SeededRandom random(3);
    for (int failures = 0; failures < 12; ++failures) {
        const qint64 cap = qMin<qint64>(1'000LL << failures, 60'000);
        qint64 maximum = 0;
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = OutboxSender::backoffMs(failures, 1'000, 60'000, random);
            EXPECT_GE(delay, 0);
            EXPECT_LE(delay, cap);
            maximum = qMax(maximum, delay);
        }
        EXPECT_GT(maximum, cap / 2) << "jitter spans the whole window";
    }
}

} // namespace
} // namespace cc::data
