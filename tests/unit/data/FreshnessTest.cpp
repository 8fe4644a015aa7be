// Cache freshness rules and the in-memory TTL cache.
#include "app/data/Freshness.h"
#include "app/data/CampaignFilter.h"
#include "app/data/MemoryTtlCache.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::data {
namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

TEST(Freshness, NeverSyncedIsNeverAndRevalidates) {
    const Freshness f = Freshness::classify(std::nullopt, kNow);
    EXPECT_EQ(f.state, Freshness::State::Never);
    EXPECT_TRUE(f.needsRevalidation(false));
}

TEST(Freshness, YoungerThanTheTtlIsFresh) {
    const Freshness f = Freshness::classify(kNow.addSecs(-299), kNow);
    EXPECT_EQ(f.state, Freshness::State::Fresh);
    EXPECT_EQ(f.ageMs, 299'000);
    EXPECT_FALSE(f.needsRevalidation(false));
}

TEST(Freshness, AtTheTtlItIsStale) {
    EXPECT_EQ(Freshness::classify(kNow.addSecs(-300), kNow).state, Freshness::State::Stale);
}

TEST(Freshness, AManualRefreshAlwaysGoesToTheServer) {
    EXPECT_TRUE(Freshness::classify(kNow, kNow).needsRevalidation(true));
}

TEST(Freshness, ASyncTimeInTheFutureIsStale) {
    EXPECT_EQ(Freshness::classify(kNow.addSecs(3600), kNow).state, Freshness::State::Stale);
}

TEST(Freshness, TheTtlIsConfigurable) {
    EXPECT_EQ(Freshness::classify(kNow.addSecs(-10), kNow, 5'000).state, Freshness::State::Stale);
}

TEST(CampaignFilter, KeyIgnoresOrderAndCaseButNotContent) {
    CampaignFilter a;
    a.statuses = {QStringLiteral("paused"), QStringLiteral("active")};
    a.search = QStringLiteral("Sale");
    CampaignFilter b;
    b.statuses = {QStringLiteral("active"), QStringLiteral("paused")};
    b.search = QStringLiteral("sale");
    b.limit = 10;
    EXPECT_EQ(a.key(), b.key());
    b.channels = {QStringLiteral("ads")};
    EXPECT_NE(a.key(), b.key());
}

TEST(CampaignFilter, ServerQueryAsksForTheExactCount) {
    CampaignFilter f;
    f.search = QStringLiteral("50%");
    f.statuses = {QStringLiteral("active")};
    const PostgrestQuery q = f.toPostgrest();
    EXPECT_TRUE(q.wantsExactCount());
    EXPECT_EQ(q.toQueryString(),
              QStringLiteral("status=in.%28active%29&name=ilike.%2A50%5C%25%2A&order=created_at.desc"));
}

TEST(MemoryTtlCache, EntriesExpireAfterTheTtl) {
    test::ManualClock clock;
    MemoryTtlCache<QString, int> cache(clock, 1'000, 10);
    cache.put(QStringLiteral("a"), 1);
    clock.advance(999);
    EXPECT_EQ(cache.get(QStringLiteral("a")), 1);
    clock.advance(1);
    EXPECT_FALSE(cache.get(QStringLiteral("a")).has_value());
}

TEST(MemoryTtlCache, TheOldestEntryIsEvictedWhenFull) {
    test::ManualClock clock;
    MemoryTtlCache<QString, int> cache(clock, 60'000, 2);
    cache.put(QStringLiteral("a"), 1);
    cache.put(QStringLiteral("b"), 2);
    cache.put(QStringLiteral("c"), 3);
    EXPECT_EQ(cache.size(), 2);
    EXPECT_FALSE(cache.get(QStringLiteral("a")).has_value());
    EXPECT_EQ(cache.get(QStringLiteral("c")), 3);
}

TEST(MemoryTtlCache, InvalidateRemovesOneEntry) {
    test::ManualClock clock;
    MemoryTtlCache<QString, int> cache(clock, 60'000, 4);
    cache.put(QStringLiteral("a"), 1);
    cache.put(QStringLiteral("b"), 2);
    cache.invalidate(QStringLiteral("a"));
    EXPECT_FALSE(cache.get(QStringLiteral("a")).has_value());
    EXPECT_EQ(cache.get(QStringLiteral("b")), 2);
}

} // namespace
} // namespace cc::data
