#include "app/net/RetryBudget.h"

#include <gtest/gtest.h>

namespace cc::net {
namespace {

TEST(RetryBudget, StartsFullAndAllowsRetries) {
    RetryBudget budget;
    EXPECT_DOUBLE_EQ(budget.tokens(), 10.0);
    EXPECT_DOUBLE_EQ(budget.maxTokens(), 10.0);
    EXPECT_TRUE(budget.canRetry());
}

TEST(RetryBudget, FiveFailuresDrainItToHalfAndStopRetries) {
    RetryBudget budget; // 10 tokens, retries only while tokens > 5
    for (int i = 0; i < 4; ++i) {
        budget.recordFailure();
        EXPECT_TRUE(budget.canRetry()) << i;
    }
    budget.recordFailure();
    EXPECT_DOUBLE_EQ(budget.tokens(), 5.0);
    EXPECT_FALSE(budget.canRetry());
}

TEST(RetryBudget, NeverGoesBelowZero) {
    RetryBudget budget;
    for (int i = 0; i < 100; ++i) {
        budget.recordFailure();
    }
    EXPECT_DOUBLE_EQ(budget.tokens(), 0.0);
    EXPECT_FALSE(budget.canRetry());
}

TEST(RetryBudget, SuccessesRefillByTokenRatioExactly) {
    RetryBudget budget;
    for (int i = 0; i < 5; ++i) {
        budget.recordFailure();
    }
    ASSERT_FALSE(budget.canRetry());
    // 5.0 + 0.1 must be strictly above half: one success reopens retries, with no floating-point drift.
    budget.recordSuccess();
    EXPECT_DOUBLE_EQ(budget.tokens(), 5.1);
    EXPECT_TRUE(budget.canRetry());
}

TEST(RetryBudget, TenSuccessesEarnBackOneFailure) {
    RetryBudget budget;
    for (int i = 0; i < 6; ++i) {
        budget.recordFailure(); // 4.0
    }
    for (int i = 0; i < 10; ++i) {
        budget.recordSuccess(); // +1.0
    }
    EXPECT_DOUBLE_EQ(budget.tokens(), 5.0);
    EXPECT_FALSE(budget.canRetry());
    budget.recordSuccess();
    EXPECT_TRUE(budget.canRetry());
}

TEST(RetryBudget, RefillStopsAtTheMaximum) {
    RetryBudget budget;
    for (int i = 0; i < 1000; ++i) {
        budget.recordSuccess();
    }
    EXPECT_DOUBLE_EQ(budget.tokens(), 10.0);
}

TEST(RetryBudget, AnOutageSettlesIntoAlternatingRetryAndNoRetry) {
    // With every attempt failing, a budget at the threshold allows at most one retry per refill: the load an
    // outage adds is bounded instead of tripling.
    RetryBudget budget;
    int retries = 0;
    for (int call = 0; call < 100; ++call) {
        budget.recordFailure();
        if (budget.canRetry()) {
            ++retries;
            budget.recordFailure();
        }
    }
    EXPECT_LE(retries, 3);
}

TEST(RetryBudget, CustomOptions) {
    RetryBudget budget({.maxTokens = 4, .tokenRatio = 0.5});
    budget.recordFailure();
    EXPECT_TRUE(budget.canRetry()); // 3 > 2
    budget.recordFailure();
    EXPECT_FALSE(budget.canRetry()); // 2 <= 2
    budget.recordSuccess();
    EXPECT_DOUBLE_EQ(budget.tokens(), 2.5);
    EXPECT_TRUE(budget.canRetry());
}

} // namespace
} // namespace cc::net
