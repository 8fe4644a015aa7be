// The feed's 24 h on disk: newest first, pruned by the clock, owner-only file; entries survive as JSON.
#include "app/realtime/FeedHistory.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QTemporaryDir>

namespace cc::realtime {
namespace {

FeedEntry entry(const QString& id, const QDateTime& at,
                CampaignEvent::Kind kind = CampaignEvent::Kind::Changed) {
    FeedEntry e;
    e.at = at;
    e.kind = kind;
    e.campaignId = id;
    e.campaignName = QStringLiteral("Campaign ") + id;
    e.actor = QStringLiteral("u-7");
    e.changes = {{QStringLiteral("status"), QStringLiteral("active"), QStringLiteral("paused")}};
    return e;
}

class FeedHistoryTest : public ::testing::Test {
protected:
    QList<FeedEntry> load(FeedHistory& history, int limit = 100) {
        QList<FeedEntry> out;
        bool done = false;
        history.load(limit, &m_context, [&](Result<QList<FeedEntry>> r) {
            EXPECT_TRUE(r.ok());
            out = r.ok() ? r.value() : QList<FeedEntry>();
            done = true;
        });
        EXPECT_TRUE(cc::test::waitUntil([&] { return done; }));
        return out;
    }

    QTemporaryDir m_dir;
    QObject m_context;
    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
};

TEST_F(FeedHistoryTest, EntriesComeBackNewestFirstAndWhole) {
    const QString path = FeedHistory::fileIn(m_dir.path());
    {
        FeedHistory history(path, m_clock);
        EXPECT_TRUE(load(history).isEmpty());
        history.append(
            {entry(QStringLiteral("a"), m_clock.nowUtc()), entry(QStringLiteral("b"), m_clock.nowUtc())});
        history.append({entry(QStringLiteral("c"), m_clock.nowUtc(), CampaignEvent::Kind::Deleted)});
    }
    FeedHistory reopened(path, m_clock);
    const QList<FeedEntry> loaded = load(reopened);
    ASSERT_EQ(loaded.size(), 3);
    EXPECT_EQ(loaded[0].campaignId, QStringLiteral("c"));
    EXPECT_EQ(loaded[0].kind, CampaignEvent::Kind::Deleted);
    EXPECT_EQ(loaded[2], entry(QStringLiteral("a"), m_clock.nowUtc()));
    EXPECT_EQ(load(reopened, 2).size(), 2);
    EXPECT_EQ(QFileInfo(path).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
}

TEST_F(FeedHistoryTest, EntriesOlderThan24HoursArePruned) {
    FeedHistory history(FeedHistory::fileIn(m_dir.path()), m_clock);
    history.append({entry(QStringLiteral("old"), m_clock.nowUtc())});
    m_clock.advance(2 * 60 * 60 * 1000);
    history.append({entry(QStringLiteral("recent"), m_clock.nowUtc())});
    m_clock.advance(23 * 60 * 60 * 1000); // "old" is now 25 h old, "recent" 23 h
    int removed = -1;
    history.prune(&m_context, [&](Result<int> r) { removed = r.ok() ? r.value() : -2; });
    ASSERT_TRUE(cc::test::waitUntil([&] { return removed >= 0; }));
    EXPECT_EQ(removed, 1);
    const QList<FeedEntry> loaded = load(history);
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded[0].campaignId, QStringLiteral("recent"));
    m_clock.advance(60 * 60 * 1000 + 1);
    EXPECT_TRUE(load(history).isEmpty());
}

TEST(FeedEntryTest, ChangesReadAsOldToNew) {
    FeedEntry e = entry(QStringLiteral("a"), QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    e.changes.append({QStringLiteral("budget"), 100.0, 250.5});
    e.changes.append(
        {QStringLiteral("end_date"), QJsonValue(QJsonValue::Null), QStringLiteral("2026-04-01")});
    EXPECT_EQ(e.changesText(),
              QStringLiteral("status: active → paused; budget: 100 → 250.5; end_date: — → 2026-04-01"));
    EXPECT_EQ(FeedEntry::fromJson(e.toJson()), e);
}

} // namespace
} // namespace cc::realtime
