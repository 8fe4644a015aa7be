#include "app/realtime/FailurePolicy.h"

#include <gtest/gtest.h>

namespace cc::realtime {
namespace {

using Action = FailurePolicy::Action;

TEST(FailurePolicy, AnExpiredTokenIsRefreshedThenRejoined) {
    EXPECT_EQ(
        FailurePolicy::forJoinError(QStringLiteral("InvalidJWTToken: Token has expired 12 seconds ago")),
        Action::RefreshAndRejoin);
    EXPECT_EQ(FailurePolicy::forJoinError(QStringLiteral("InvalidJWTExpiration: Token has expired")),
              Action::RefreshAndRejoin);
}

TEST(FailurePolicy, RefusedTokensAreAuthErrors) {
    for (const char* reason :
         {"MalformedJWT: The token provided is not a valid JWT",
          "JwtSignatureError: Failed to validate JWT signature", "Unauthorized: nope",
          "InvalidJWTToken: bad claims", "Fields `role` and `exp` are required in JWT"}) {
        EXPECT_EQ(FailurePolicy::forJoinError(QString::fromUtf8(reason)), Action::AuthError) << reason;
    }
}

TEST(FailurePolicy, TenantProblemsAreFatal) {
    for (const char* reason : {"RealtimeDisabledForTenant: Realtime disabled", "TenantNotFound: no tenant",
                               "TopicNameRequired: You must provide a topic name"}) {
        EXPECT_EQ(FailurePolicy::forJoinError(QString::fromUtf8(reason)), Action::Fatal) << reason;
    }
}

TEST(FailurePolicy, RateLimitsAndDatabaseTroubleAreRetried) {
    for (const char* reason :
         {"ClientJoinRateLimitReached: Too many joins", "ChannelRateLimitReached: x",
          "ConnectionRateLimitReached: x", "InitializingProjectConnection: wait",
          "DatabaseLackOfConnections: x", "UnableToConnectToProject: x", "something new"}) {
        EXPECT_EQ(FailurePolicy::forJoinError(QString::fromUtf8(reason)), Action::Retry) << reason;
    }
}

TEST(FailurePolicy, ATokenExpiredSystemErrorClosesAndAsksForARefresh) {
    const auto verdict = FailurePolicy::forSystemError(QStringLiteral("system"),
                                                       QStringLiteral("Token has expired 3 seconds ago"));
    EXPECT_TRUE(verdict.closesChannel);
    EXPECT_EQ(verdict.action, Action::RefreshAndRejoin);
}

TEST(FailurePolicy, PostgresSubscriptionErrorsLeaveTheChannelOpen) {
    const auto verdict = FailurePolicy::forSystemError(QStringLiteral("postgres_changes"),
                                                       QStringLiteral("Unable to subscribe to changes"));
    EXPECT_FALSE(verdict.closesChannel);
}

TEST(FailurePolicy, OtherSystemErrorsCloseTheChannelAndAreRetried) {
    const auto verdict = FailurePolicy::forSystemError(QStringLiteral("system"),
                                                       QStringLiteral("Too many messages per second"));
    EXPECT_TRUE(verdict.closesChannel);
    EXPECT_EQ(verdict.action, Action::Retry);
}

TEST(FailurePolicy, ARefusedTokenSystemErrorIsAnAuthError) {
    const auto verdict = FailurePolicy::forSystemError(
        QStringLiteral("system"), QStringLiteral("Fields `role` and `exp` are required in JWT"));
    EXPECT_TRUE(verdict.closesChannel);
    EXPECT_EQ(verdict.action, Action::AuthError);
}

} // namespace
} // namespace cc::realtime
