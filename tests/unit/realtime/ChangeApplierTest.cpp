// The applier: one coalesced batch per frame into the cache, last write wins, stale events skipped, old
// records completed from the cache for the feed, echoes of our own writes marked.
#include "app/realtime/ChangeApplier.h"
#include "app/data/CampaignCache.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/unit/realtime/ChangeTestData.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace cc::realtime {
namespace {

using namespace cc::realtime::test;

class ChangeApplierTest : public ::testing::Test {
protected:
    void SetUp() override {
        bool opened = false;
        m_cache.open(&m_cache, [&](Result<bool> r, QString) { opened = r.ok(); });
        ASSERT_TRUE(cc::test::waitUntil([&] { return opened; }));
        QObject::connect(&m_applier, &ChangeApplier::changesApplied, [this](const QList<CampaignEvent>& c) {
            m_applied.append(c);
            ++m_appliedSignals;
        });
        QObject::connect(&m_applier, &ChangeApplier::feedEntriesRecorded,
                         [this](const QList<FeedEntry>& e) { m_events.append(e); });
    }

    void seed(const QJsonObject& record) {
        bool done = false;
        const data::Campaign row = data::Campaign::fromJson(record);
        m_cache.run<bool>([row](data::CacheDatabase& db) { return db.upsert({row}); }, &m_cache,
                          [&](Result<bool>) { done = true; });
        ASSERT_TRUE(cc::test::waitUntil([&] { return done; }));
    }

    std::optional<data::Campaign> cached(const QString& id) {
        std::optional<data::Campaign> found;
        bool done = false;
        m_cache.run<std::optional<data::Campaign>>([id](data::CacheDatabase& db) { return db.find(id); },
                                                   &m_cache,
                                                   [&](Result<std::optional<data::Campaign>> r) {
                                                       found = r.ok() ? r.value() : std::nullopt;
                                                       done = true;
                                                   });
        EXPECT_TRUE(cc::test::waitUntil([&] { return done; }));
        return found;
    }

    bool settle() {
        return cc::test::waitUntil([&] { return m_applier.isIdle() && !m_events.isEmpty(); });
    }

    QTemporaryDir m_dir;
    cc::test::ManualClock m_clock;
    data::CampaignCache m_cache{m_dir.filePath(QStringLiteral("cache.sqlite"))};
    ChangeApplier m_applier{m_cache, m_clock};
    QList<CampaignEvent> m_applied;
    QList<FeedEntry> m_events; // what the feed is given
    int m_appliedSignals = 0;
};

TEST_F(ChangeApplierTest, ManyChangesInOneFrameAreAppliedAsOneBatch) {
    for (int i = 0; i < 90; ++i) {
        const QString id = QStringLiteral("c%1").arg(i % 3);
        m_applier.submit(
            updated(row(id, QStringLiteral("n%1").arg(i), QStringLiteral("active"), ts(i % 60))));
    }
    ASSERT_TRUE(settle());
    EXPECT_EQ(m_applier.batchCount(), 1);
    EXPECT_EQ(m_appliedSignals, 1);
    EXPECT_EQ(m_applied.size(), 3); // one per campaign
    EXPECT_EQ(m_events.size(), 90); // the feed sees every event
    EXPECT_EQ(m_applier.receivedCount(), 90);
    ASSERT_TRUE(cached(QStringLiteral("c0")));
}

TEST_F(ChangeApplierTest, QuietChangesReachTheCacheAndTableButNotTheFeed) {
    m_applier.setQuiet(true);
    m_applier.submit(
        updated(row(QStringLiteral("q"), QStringLiteral("caught up"), QStringLiteral("active"), ts(1))));
    m_applier.setQuiet(false);
    m_applier.submit(
        updated(row(QStringLiteral("n"), QStringLiteral("news"), QStringLiteral("paused"), ts(2))));
    ASSERT_TRUE(settle());
    EXPECT_EQ(m_applied.size(), 2);
    ASSERT_EQ(m_events.size(), 1);
    EXPECT_EQ(m_events[0].campaignId, QStringLiteral("n"));
    EXPECT_TRUE(cached(QStringLiteral("q")));
}

TEST_F(ChangeApplierTest, TheLatestUpdatedAtWinsWithinABatchWhateverTheArrivalOrder) {
    m_applier.submit(
        updated(row(QStringLiteral("a"), QStringLiteral("newest"), QStringLiteral("paused"), ts(30))));
    m_applier.submit(
        updated(row(QStringLiteral("a"), QStringLiteral("older"), QStringLiteral("active"), ts(10))));
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_applied.size(), 1);
    EXPECT_EQ(m_applied[0].name(), QStringLiteral("newest"));
    const std::optional<data::Campaign> row = cached(QStringLiteral("a"));
    ASSERT_TRUE(row);
    EXPECT_EQ(row->name, QStringLiteral("newest"));
    EXPECT_EQ(row->updatedAt, ts(30));
}

TEST_F(ChangeApplierTest, AnEventOlderThanTheCachedRowIsNotApplied) {
    seed(row(QStringLiteral("a"), QStringLiteral("fresh"), QStringLiteral("active"), ts(50)));
    m_applier.submit(
        updated(row(QStringLiteral("a"), QStringLiteral("late"), QStringLiteral("paused"), ts(20))));
    ASSERT_TRUE(settle());
    EXPECT_TRUE(m_applied.isEmpty());
    EXPECT_EQ(m_events.size(), 1); // it did happen: the feed lists it
    EXPECT_EQ(cached(QStringLiteral("a"))->name, QStringLiteral("fresh"));
}

TEST_F(ChangeApplierTest, AKeyOnlyOldRecordIsCompletedFromTheCacheSoTheFeedSeesTheDiff) {
    seed(row(QStringLiteral("a"), QStringLiteral("Spring"), QStringLiteral("active"), ts(1)));
    m_applier.submit(
        updated(row(QStringLiteral("a"), QStringLiteral("Spring"), QStringLiteral("paused"), ts(2), 250)));
    m_applier.submit(
        updated(row(QStringLiteral("a"), QStringLiteral("Spring"), QStringLiteral("active"), ts(3), 250)));
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_events.size(), 2);
    const QList<FieldChange> first = m_events[0].changes;
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[0], (FieldChange{QStringLiteral("budget"), 100.0, 250.0}));
    EXPECT_EQ(first[1],
              (FieldChange{QStringLiteral("status"), QStringLiteral("active"), QStringLiteral("paused")}));
    // The second event's "before" is the first event's "after", not the cache's.
    const QList<FieldChange> second = m_events[1].changes;
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0],
              (FieldChange{QStringLiteral("status"), QStringLiteral("paused"), QStringLiteral("active")}));
}

TEST_F(ChangeApplierTest, FeedEntriesArriveBuiltWithTheirTimeAndAuthor) {
    seed(row(QStringLiteral("a"), QStringLiteral("Spring"), QStringLiteral("active"), ts(1)));
    PostgresChange change =
        updated(row(QStringLiteral("a"), QStringLiteral("Spring"), QStringLiteral("paused"), ts(2), 250));
    change.commitTimestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    m_applier.submit(change);
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_events.size(), 1);
    EXPECT_EQ(m_events[0].at, change.commitTimestamp);
    EXPECT_EQ(m_events[0].campaignId, QStringLiteral("a"));
    EXPECT_EQ(m_events[0].campaignName, QStringLiteral("Spring"));
    EXPECT_EQ(m_events[0].changes.size(), 2);
}

TEST_F(ChangeApplierTest, AFeedEntryWithoutACommitTimeTakesTheTimeItWasReceived) {
    m_clock.setWallTime(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    PostgresChange change =
        inserted(row(QStringLiteral("n"), QStringLiteral("New"), QStringLiteral("draft"), ts(1)));
    change.commitTimestamp = {};
    m_applier.submit(change);
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_events.size(), 1);
    EXPECT_EQ(m_events[0].at, m_clock.nowUtc());
}

TEST_F(ChangeApplierTest, ADeleteRemovesTheCachedRowAndNamesItFromTheCache) {
    seed(row(QStringLiteral("a"), QStringLiteral("Autumn"), QStringLiteral("active"), ts(1)));
    m_applier.submit(deleted(QStringLiteral("a")));
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_applied.size(), 1);
    EXPECT_EQ(m_applied[0].kind, CampaignEvent::Kind::Deleted);
    EXPECT_EQ(m_applied[0].name(), QStringLiteral("Autumn"));
    EXPECT_EQ(m_events[0].campaignName, QStringLiteral("Autumn"));
    EXPECT_FALSE(cached(QStringLiteral("a")));
}

TEST_F(ChangeApplierTest, AnUpdateAfterADeleteInTheSameFrameDoesNotResurrectTheRow) {
    seed(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("active"), ts(1)));
    m_applier.submit(deleted(QStringLiteral("a")));
    m_applier.submit(
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(59))));
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_applied.size(), 1);
    EXPECT_EQ(m_applied[0].kind, CampaignEvent::Kind::Deleted);
    EXPECT_FALSE(cached(QStringLiteral("a")));
}

TEST_F(ChangeApplierTest, InsertedAndChangedWithinOneFrameIsOneCreatedRow) {
    m_applier.submit(
        inserted(row(QStringLiteral("n"), QStringLiteral("New"), QStringLiteral("draft"), ts(1))));
    m_applier.submit(
        updated(row(QStringLiteral("n"), QStringLiteral("New"), QStringLiteral("active"), ts(2))));
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_applied.size(), 1);
    EXPECT_EQ(m_applied[0].kind, CampaignEvent::Kind::Created);
    EXPECT_EQ(m_applied[0].record.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    ASSERT_EQ(m_events.size(), 2);
    EXPECT_EQ(m_events[0].kind, CampaignEvent::Kind::Created);
    EXPECT_EQ(m_events[1].changes.size(), 1);
    EXPECT_EQ(cached(QStringLiteral("n"))->status, QStringLiteral("active"));
}

TEST_F(ChangeApplierTest, OtherTablesAreIgnored) {
    PostgresChange other =
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("active"), ts(1)));
    other.table = QStringLiteral("profiles");
    m_applier.submit(other);
    EXPECT_EQ(m_applier.receivedCount(), 0);
    EXPECT_TRUE(m_applier.isIdle());
}

TEST_F(ChangeApplierTest, TheEchoOfOurOwnWriteIsMarkedOwnAndAForeignOneIsNot) {
    data::OutboxOperation op;
    op.kind = data::OutboxOperation::Kind::Update;
    op.key = QStringLiteral("k1");
    op.campaignId = QStringLiteral("a");
    op.payload = {{QStringLiteral("status"), QStringLiteral("paused")}};
    data::WriteOutcome outcome;
    outcome.status = data::WriteOutcome::Status::Applied;
    outcome.row = data::Campaign::fromJson(
        row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(5)));
    m_applier.ownWrites().noteSending(op);
    m_applier.ownWrites().noteApplied(op, outcome);
    m_applier.submit(updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(5))));
    m_applier.submit(updated(row(QStringLiteral("b"), QStringLiteral("y"), QStringLiteral("paused"), ts(6))));
    ASSERT_TRUE(settle());
    ASSERT_EQ(m_events.size(), 2);
    EXPECT_TRUE(m_events[0].own);
    EXPECT_FALSE(m_events[1].own);
    ASSERT_EQ(m_applied.size(), 2);
    EXPECT_TRUE(m_applied[0].own);
    EXPECT_FALSE(m_applied[1].own);
}

TEST_F(ChangeApplierTest, BatchesNeverComeFasterThanOncePerFrame) {
    QList<qint64> at;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&m_applier, &ChangeApplier::feedEntriesRecorded, [&] { at.append(elapsed.elapsed()); });
    QTimer feeder;
    int sent = 0;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        for (int i = 0; i < 20; ++i, ++sent) {
            m_applier.submit(updated(row(QStringLiteral("c%1").arg(sent % 50), QStringLiteral("n"),
                                         QStringLiteral("active"), ts(sent % 60))));
        }
    });
    feeder.start(1);
    ASSERT_TRUE(cc::test::waitUntil([&] { return elapsed.elapsed() > 200; }, 2000));
    feeder.stop();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_applier.isIdle(); }));
    ASSERT_GE(at.size(), 3);
    for (qsizetype i = 1; i < at.size(); ++i) {
        EXPECT_GE(at[i] - at[i - 1], ChangeApplier::kFrameMs - 1) << "batch " << i;
    }
    EXPECT_EQ(m_events.size(), sent);
}

} // namespace
} // namespace cc::realtime
