#include "app/auth/SessionTokens.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::auth {
namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

QJsonObject goTrueSession() {
    return {
        {QStringLiteral("access_token"), QStringLiteral("eyJ.access")},
        {QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("expires_in"), 3600},
        {QStringLiteral("expires_at"), 1764061200},
        {QStringLiteral("refresh_token"), QStringLiteral("r3fr3sh")},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("u-1")},
                     {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                     {QStringLiteral("app_metadata"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}}}}},
    };
}

TEST(SessionTokens, ParsesAGoTrueSession) {
    const auto parsed = SessionTokens::fromTokenResponse(goTrueSession(), kNow);
    ASSERT_TRUE(parsed.ok());
    const SessionTokens& t = parsed.value();
    EXPECT_EQ(t.accessToken, QStringLiteral("eyJ.access"));
    EXPECT_EQ(t.refreshToken, QStringLiteral("r3fr3sh"));
    EXPECT_EQ(t.expiresIn, 3600);
    EXPECT_EQ(t.userId, QStringLiteral("u-1"));
    EXPECT_EQ(t.email, QStringLiteral("ada@example.com"));
    EXPECT_EQ(t.role, QStringLiteral("admin"));
    EXPECT_EQ(t.expiresAtUtc(), kNow.addSecs(3600));
}

TEST(SessionTokens, ParsesAPlainOAuthTokenResponse) {
    const QJsonObject json{{QStringLiteral("access_token"), QStringLiteral("at")},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), QStringLiteral("600")},
                           {QStringLiteral("id_token"), QStringLiteral("idt")}};
    const auto parsed = SessionTokens::fromTokenResponse(json, kNow);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().expiresIn, 600);
    EXPECT_EQ(parsed.value().idToken, QStringLiteral("idt"));
}

TEST(SessionTokens, MissingAccessTokenIsADecodeError) {
    QJsonObject json = goTrueSession();
    json.remove(QStringLiteral("access_token"));
    const auto parsed = SessionTokens::fromTokenResponse(json, kNow);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().kind, ErrorKind::Decode);
}

TEST(SessionTokens, MissingLifetimeIsADecodeError) {
    QJsonObject json = goTrueSession();
    json.remove(QStringLiteral("expires_in"));
    EXPECT_FALSE(SessionTokens::fromTokenResponse(json, kNow).ok());
}

TEST(SessionTokens, NonBearerTokenTypeIsRefused) {
    QJsonObject json = goTrueSession();
    json.insert(QStringLiteral("token_type"), QStringLiteral("DPoP"));
    EXPECT_FALSE(SessionTokens::fromTokenResponse(json, kNow).ok());
}

TEST(SessionTokens, ErrorsNeverContainTheTokens) {
    QJsonObject json = goTrueSession();
    json.remove(QStringLiteral("expires_in"));
    const auto parsed = SessionTokens::fromTokenResponse(json, kNow);
    ASSERT_FALSE(parsed.ok());
    EXPECT_FALSE(parsed.error().toString().contains(QStringLiteral("r3fr3sh")));
    EXPECT_FALSE(parsed.error().toString().contains(QStringLiteral("eyJ.access")));
}

TEST(SessionTokens, RoundTripsThroughTheKeychainForm) {
    const SessionTokens original = SessionTokens::fromTokenResponse(goTrueSession(), kNow).value();
    const auto restored = SessionTokens::fromSecret(original.toSecret());
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored.value().accessToken, original.accessToken);
    EXPECT_EQ(restored.value().refreshToken, original.refreshToken);
    EXPECT_EQ(restored.value().receivedAtUtc, original.receivedAtUtc);
    EXPECT_EQ(restored.value().role, QStringLiteral("admin"));
    EXPECT_EQ(restored.value().email, original.email);
}

TEST(SessionTokens, CorruptKeychainEntryIsADecodeError) {
    EXPECT_FALSE(SessionTokens::fromSecret("not json").ok());
    EXPECT_FALSE(SessionTokens::fromSecret("{\"access_token\":\"x\"}").ok());
}

} // namespace
} // namespace cc::auth
