#include "app/realtime/ReconnectBackoff.h"
#include "app/core/RandomSource.h"

#include <gtest/gtest.h>

#include <limits>

namespace cc::realtime {
namespace {

// uniform01() of this source is fixed: 0 -> 0.0 (the low edge of the jitter), max -> just under 1.0.
class FixedRandom final : public RandomSource {
public:
    explicit FixedRandom(quint64 value)
        : m_value(value) {}
    quint64 next64() override { return m_value; }

private:
    quint64 m_value;
};

constexpr quint64 kMid = quint64(1) << 63; // uniform01() == 0.5: no jitter
constexpr quint64 kHigh = std::numeric_limits<quint64>::max();

TEST(ReconnectBackoff, StartsAtOneSecondAndGrowsByOnePointSix) {
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(0), 1'000);
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(1), 1'600);
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(2), 2'560);
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(3), 4'096);
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(8), 42'950); // 1.6^8 = 42.94967296
}

TEST(ReconnectBackoff, NominalDelayIsCappedAtSixtySeconds) {
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(9), 60'000); // 68.7 s uncapped
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(50), 60'000);
    EXPECT_EQ(ReconnectBackoff::nominalDelayMs(1'000'000), 60'000);
}

TEST(ReconnectBackoff, WithoutJitterTheSequenceIsTheNominalOne) {
    FixedRandom random(kMid);
    ReconnectBackoff backoff(random);
    for (int attempt = 0; attempt < 12; ++attempt) {
        EXPECT_EQ(backoff.nextDelayMs(), ReconnectBackoff::nominalDelayMs(attempt)) << attempt;
    }
    EXPECT_EQ(backoff.attempts(), 12);
}

TEST(ReconnectBackoff, JitterReachesTwentyPercentBelow) {
    FixedRandom random(0);
    ReconnectBackoff backoff(random);
    EXPECT_EQ(backoff.nextDelayMs(), 800);
    EXPECT_EQ(backoff.nextDelayMs(), 1'280);
}

TEST(ReconnectBackoff, JitterReachesAlmostTwentyPercentAbove) {
    FixedRandom random(kHigh);
    ReconnectBackoff backoff(random);
    EXPECT_EQ(backoff.nextDelayMs(), 1'200);
    EXPECT_EQ(backoff.nextDelayMs(), 1'920);
}

TEST(ReconnectBackoff, JitteredDelaysStayWithinTwentyPercentAndTheCap) {
    SeededRandom random(7);
    ReconnectBackoff backoff(random);
    for (int attempt = 0; attempt < 200; ++attempt) {
        const qint64 nominal = ReconnectBackoff::nominalDelayMs(attempt);
        const qint64 delay = backoff.nextDelayMs();
        EXPECT_GE(delay, static_cast<qint64>(nominal * 0.8) - 1) << attempt;
        EXPECT_LE(delay, std::min<qint64>(static_cast<qint64>(nominal * 1.2) + 1, 60'000)) << attempt;
    }
}

TEST(ReconnectBackoff, JitterSpreadsClientsApart) {
    SeededRandom a(1);
    SeededRandom b(2);
    ReconnectBackoff first(a);
    ReconnectBackoff second(b);
    int differences = 0;
    for (int i = 0; i < 10; ++i) {
        differences += first.nextDelayMs() != second.nextDelayMs() ? 1 : 0;
    }
    EXPECT_GE(differences, 8);
}

TEST(ReconnectBackoff, TheCapHoldsAfterJitterToo) {
    FixedRandom random(kHigh);
    ReconnectBackoff backoff(random);
    for (int i = 0; i < 30; ++i) {
        EXPECT_LE(backoff.nextDelayMs(), 60'000);
    }
}

TEST(ReconnectBackoff, ResetStartsAgainFromOneSecond) {
    FixedRandom random(kMid);
    ReconnectBackoff backoff(random);
    for (int i = 0; i < 5; ++i) {
        backoff.nextDelayMs();
    }
    backoff.reset();
    EXPECT_EQ(backoff.attempts(), 0);
    EXPECT_EQ(backoff.nextDelayMs(), 1'000);
}

} // namespace
} // namespace cc::realtime
