#include "app/auth/RefreshSchedule.h"

#include <gtest/gtest.h>

namespace cc::auth {
namespace {

TEST(RefreshSchedule, LongLivedTokenRefreshesNinetySecondsBeforeExpiry) {
    // 1 hour: 80 % is 48 min, 90 s before is 58.5 min; the earlier one wins.
    EXPECT_EQ(RefreshSchedule::refreshAtMs(1000, 3600), 1000 + 2'880'000);
}

TEST(RefreshSchedule, ShortLivedTokenRefreshesNinetySecondsBeforeExpiryWhenThatIsEarlier) {
    // 5 min: 80 % is 240 s, 90 s before is 210 s.
    EXPECT_EQ(RefreshSchedule::refreshAtMs(0, 300), 210'000);
}

TEST(RefreshSchedule, CrossoverAtSevenAndAHalfMinutes) {
    // 450 s: 80 % = 360 s = 450 - 90; both rules agree.
    EXPECT_EQ(RefreshSchedule::refreshAtMs(0, 450), 360'000);
}

TEST(RefreshSchedule, TokenShorterThanTheMarginRefreshesAtOnce) {
    EXPECT_EQ(RefreshSchedule::refreshAtMs(5000, 60), 5000);
    EXPECT_EQ(RefreshSchedule::delayMs(5000, 5000, 60), 0);
}

TEST(RefreshSchedule, NonPositiveLifetimeNeverSchedulesIntoThePast) {
    EXPECT_EQ(RefreshSchedule::refreshAtMs(7000, 0), 7000);
    EXPECT_EQ(RefreshSchedule::refreshAtMs(7000, -30), 7000);
}

TEST(RefreshSchedule, DelayCountsDownFromNow) {
    EXPECT_EQ(RefreshSchedule::delayMs(100'000, 0, 3600), 2'880'000 - 100'000);
    EXPECT_EQ(RefreshSchedule::delayMs(3'000'000, 0, 3600), 0);
}

TEST(RefreshSchedule, ExpiryIsReceiptPlusLifetime) {
    EXPECT_EQ(RefreshSchedule::expiresAtMs(1000, 3600), 1000 + 3'600'000);
}

} // namespace
} // namespace cc::auth
