#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <set>

namespace cc {
namespace {

TEST(ManualClock, AdvancesMonotonicAndWallTimeTogether) {
    test::ManualClock clock;
    const qint64 mono = clock.monotonicMs();
    const QDateTime wall = clock.nowUtc();
    clock.advance(1500);
    EXPECT_EQ(clock.monotonicMs(), mono + 1500);
    EXPECT_EQ(clock.nowUtc(), wall.addMSecs(1500));
}

TEST(ManualClock, WallTimeJumpLeavesMonotonicTimeAlone) {
    test::ManualClock clock;
    const qint64 mono = clock.monotonicMs();
    clock.setWallTime(clock.nowUtc().addDays(-1));
    EXPECT_EQ(clock.monotonicMs(), mono);
}

TEST(SystemClock, MonotonicTimeNeverGoesBack) {
    SystemClock& clock = SystemClock::instance();
    const qint64 a = clock.monotonicMs();
    const qint64 b = clock.monotonicMs();
    EXPECT_LE(a, b);
    EXPECT_EQ(clock.nowUtc().timeSpec(), Qt::UTC);
}

TEST(SeededRandom, SameSeedGivesSameSequence) {
    SeededRandom a(42);
    SeededRandom b(42);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(a.next64(), b.next64());
    }
}

TEST(SeededRandom, DifferentSeedsDiverge) {
    SeededRandom a(1);
    SeededRandom b(2);
    EXPECT_NE(a.next64(), b.next64());
}

TEST(RandomSource, Uniform01StaysInHalfOpenUnitInterval) {
    SeededRandom random(7);
    for (int i = 0; i < 10000; ++i) {
        const double x = random.uniform01();
        ASSERT_GE(x, 0.0);
        ASSERT_LT(x, 1.0);
    }
}

TEST(RandomSource, BetweenIsInclusiveAndCoversTheRange) {
    SeededRandom random(3);
    std::set<qint64> seen;
    for (int i = 0; i < 1000; ++i) {
        const qint64 v = random.between(-2, 2);
        ASSERT_GE(v, -2);
        ASSERT_LE(v, 2);
        seen.insert(v);
    }
    EXPECT_EQ(seen.size(), 5u);
}

TEST(RandomSource, BytesHaveTheRequestedLength) {
    SeededRandom random(9);
    EXPECT_EQ(random.bytes(0).size(), 0);
    EXPECT_EQ(random.bytes(13).size(), 13);
    EXPECT_EQ(SystemRandom::instance().bytes(32).size(), 32);
    EXPECT_NE(SystemRandom::instance().bytes(32), SystemRandom::instance().bytes(32));
}

} // namespace
} // namespace cc
