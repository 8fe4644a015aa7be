#include "app/sandbox/SessionStore.h"
#include "app/core/RandomSource.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::sandbox {
namespace {

class SessionStoreTest : public ::testing::Test {
protected:
    test::ManualClock clock;
    SeededRandom random{3};
    SessionStore store{clock, random};
};

TEST_F(SessionStoreTest, RefreshRotatesTheToken) {
    const auto issued = store.create(QStringLiteral("u1"));
    const auto refreshed = store.refresh(issued.refreshToken);
    EXPECT_EQ(refreshed.outcome, SessionStore::Outcome::Rotated);
    EXPECT_NE(refreshed.refreshToken, issued.refreshToken);
    EXPECT_EQ(refreshed.sessionId, issued.sessionId);
    EXPECT_EQ(refreshed.userId, QStringLiteral("u1"));
}

TEST_F(SessionStoreTest, UnknownTokenIsNotFound) {
    EXPECT_EQ(store.refresh(QStringLiteral("nope")).outcome, SessionStore::Outcome::NotFound);
}

TEST_F(SessionStoreTest, ReuseWithinTheIntervalReturnsTheActiveToken) {
    const auto issued = store.create(QStringLiteral("u1"));
    const auto first = store.refresh(issued.refreshToken);
    const auto second = store.refresh(first.refreshToken);
    clock.advance(SessionStore::kReuseIntervalMs);
    // `first` is revoked and not the parent of the active token, but still inside the reuse interval.
    const auto again = store.refresh(first.refreshToken);
    EXPECT_EQ(again.outcome, SessionStore::Outcome::ReusedActive);
    EXPECT_EQ(again.refreshToken, second.refreshToken);
}

TEST_F(SessionStoreTest, ParentOfTheActiveTokenIsAlwaysHonoured) {
    const auto issued = store.create(QStringLiteral("u1"));
    const auto child = store.refresh(issued.refreshToken);
    clock.advance(10 * SessionStore::kReuseIntervalMs);
    const auto again = store.refresh(issued.refreshToken);
    EXPECT_EQ(again.outcome, SessionStore::Outcome::ReusedActive);
    EXPECT_EQ(again.refreshToken, child.refreshToken);
}

TEST_F(SessionStoreTest, ReuseAfterTheIntervalRevokesTheWholeSession) {
    const auto issued = store.create(QStringLiteral("u1"));
    const auto first = store.refresh(issued.refreshToken);
    const auto second = store.refresh(first.refreshToken);
    clock.advance(SessionStore::kReuseIntervalMs + 1);
    EXPECT_EQ(store.refresh(issued.refreshToken).outcome, SessionStore::Outcome::AlreadyUsed);
    EXPECT_FALSE(store.isActive(issued.sessionId));
    // Even the token that was active is now unusable.
    EXPECT_EQ(store.refresh(second.refreshToken).outcome, SessionStore::Outcome::AlreadyUsed);
}

TEST_F(SessionStoreTest, RevokingAUserKeepsTheExemptSession) {
    const auto a = store.create(QStringLiteral("u1"));
    const auto b = store.create(QStringLiteral("u1"));
    const auto other = store.create(QStringLiteral("u2"));
    store.revokeUser(QStringLiteral("u1"), b.sessionId);
    EXPECT_FALSE(store.isActive(a.sessionId));
    EXPECT_TRUE(store.isActive(b.sessionId));
    EXPECT_TRUE(store.isActive(other.sessionId));
    EXPECT_EQ(store.refresh(a.refreshToken).outcome, SessionStore::Outcome::AlreadyUsed);
}

} // namespace
} // namespace cc::sandbox
