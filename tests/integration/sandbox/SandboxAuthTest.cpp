#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>

namespace cc::sandbox::test {
namespace {

class SandboxAuthTest : public SandboxFixture {
protected:
    TestReply refresh(const QString& token) {
        return m_client->postJson(QStringLiteral("/auth/v1/token?grant_type=refresh_token"),
                                  QJsonObject{{QStringLiteral("refresh_token"), token}},
                                  anon() +
                                      QPair<QByteArray, QByteArray>("X-Supabase-Api-Version", "2024-01-01"));
    }
};

TEST_F(SandboxAuthTest, RequestWithoutApiKeyIsRefusedLikeTheGateway) {
    for (const QString& path : {QStringLiteral("/rest/v1/campaigns"), QStringLiteral("/auth/v1/user")}) {
        const TestReply reply = m_client->get(path);
        EXPECT_EQ(reply.status, 401);
        EXPECT_EQ(reply.object(),
                  (QJsonObject{{QStringLiteral("message"), QStringLiteral("No API key found in request")}}));
    }
}

TEST_F(SandboxAuthTest, ApiKeyThisSandboxDidNotIssueIsInvalid) {
    const TestReply reply =
        m_client->get(QStringLiteral("/rest/v1/campaigns"), {{"apikey", "eyJhbGciOiJIUzI1NiJ9.e30.x"}});
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.object().value(QStringLiteral("message")).toString(), QStringLiteral("Invalid API key"));
}

TEST_F(SandboxAuthTest, PasswordGrantReturnsAGoTrueSession) {
    const QJsonObject session = signIn(marketer());
    EXPECT_FALSE(session.value(QStringLiteral("access_token")).toString().isEmpty());
    EXPECT_EQ(session.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    EXPECT_EQ(session.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_EQ(session.value(QStringLiteral("expires_at")).toInteger(),
              m_clock.nowUtc().toSecsSinceEpoch() + 3600);
    EXPECT_FALSE(session.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject user = session.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(user.value(QStringLiteral("id")).toString(), marketer().id);
    EXPECT_EQ(user.value(QStringLiteral("email")).toString(), marketer().email);
    EXPECT_EQ(user.value(QStringLiteral("aud")).toString(), QStringLiteral("authenticated"));
}

TEST_F(SandboxAuthTest, WrongPasswordIsInvalidCredentialsInBothErrorShapes) {
    const QJsonObject body{{QStringLiteral("email"), marketer().email},
                           {QStringLiteral("password"), QStringLiteral("nope")}};
    const TestReply legacy =
        m_client->postJson(QStringLiteral("/auth/v1/token?grant_type=password"), body, anon());
    EXPECT_EQ(legacy.status, 400);
    EXPECT_EQ(legacy.object().value(QStringLiteral("error_code")).toString(),
              QStringLiteral("invalid_credentials"));
    EXPECT_EQ(legacy.object().value(QStringLiteral("code")).toInt(), 400);
    EXPECT_EQ(legacy.header("x-sb-error-code"), QByteArray("invalid_credentials"));

    const TestReply versioned =
        m_client->postJson(QStringLiteral("/auth/v1/token?grant_type=password"), body,
                           anon() + QPair<QByteArray, QByteArray>("X-Supabase-Api-Version", "2024-01-01"));
    EXPECT_EQ(versioned.object(),
              (QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_credentials")},
                           {QStringLiteral("message"), QStringLiteral("Invalid login credentials")}}));
}

TEST_F(SandboxAuthTest, RefreshRotatesTheRefreshToken) {
    const QJsonObject session = signIn(marketer());
    const QString first = session.value(QStringLiteral("refresh_token")).toString();
    const TestReply reply = refresh(first);
    ASSERT_EQ(reply.status, 200);
    const QString second = reply.object().value(QStringLiteral("refresh_token")).toString();
    EXPECT_NE(second, first);
    EXPECT_FALSE(reply.object().value(QStringLiteral("access_token")).toString().isEmpty());
}

TEST_F(SandboxAuthTest, ReuseWithinTenSecondsGetsTheActiveToken) {
    const QString first = signIn(marketer()).value(QStringLiteral("refresh_token")).toString();
    const QString second = refresh(first).object().value(QStringLiteral("refresh_token")).toString();
    const QString third = refresh(second).object().value(QStringLiteral("refresh_token")).toString();
    m_clock.advanceSeconds(9);
    const TestReply reuse = refresh(second);
    EXPECT_EQ(reuse.status, 200);
    EXPECT_EQ(reuse.object().value(QStringLiteral("refresh_token")).toString(), third);
}

TEST_F(SandboxAuthTest, ReuseAfterTheIntervalRevokesTheSession) {
    const QJsonObject session = signIn(marketer());
    const QString first = session.value(QStringLiteral("refresh_token")).toString();
    const TestReply rotated = refresh(first);
    const QString second = rotated.object().value(QStringLiteral("refresh_token")).toString();
    const QString third = refresh(second).object().value(QStringLiteral("refresh_token")).toString();
    m_clock.advanceSeconds(11);
    // `second` is the parent of the active token and always honoured; `first` is a replay.
    const TestReply reuse = refresh(first);
    EXPECT_EQ(reuse.status, 400);
    EXPECT_EQ(reuse.object().value(QStringLiteral("code")).toString(),
              QStringLiteral("refresh_token_already_used"));
    EXPECT_EQ(refresh(third).status, 400);
    const TestReply user =
        m_client->get(QStringLiteral("/auth/v1/user"),
                      asUser(rotated.object().value(QStringLiteral("access_token")).toString()));
    EXPECT_EQ(user.status, 403);
    EXPECT_EQ(user.header("x-sb-error-code"), QByteArray("session_not_found"));
}

TEST_F(SandboxAuthTest, UnknownRefreshTokenIsNotFound) {
    const TestReply reply = refresh(QStringLiteral("made-up"));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(),
              QStringLiteral("refresh_token_not_found"));
}

TEST_F(SandboxAuthTest, CurrentUserNeedsABearerToken) {
    const QString token = accessToken(admin());
    const TestReply user = m_client->get(QStringLiteral("/auth/v1/user"), asUser(token));
    ASSERT_EQ(user.status, 200);
    EXPECT_EQ(user.object().value(QStringLiteral("email")).toString(), admin().email);
    EXPECT_EQ(user.object().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));

    const TestReply missing = m_client->get(QStringLiteral("/auth/v1/user"), anon());
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(missing.header("x-sb-error-code"), QByteArray("no_authorization"));
}

TEST_F(SandboxAuthTest, ExpiredTokenOnUserEndpointIsBadJwt) {
    const QString token = accessToken(marketer());
    m_clock.advanceSeconds(3600 + 31);
    const TestReply reply = m_client->get(QStringLiteral("/auth/v1/user"), asUser(token));
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.header("x-sb-error-code"), QByteArray("bad_jwt"));
}

TEST_F(SandboxAuthTest, LogoutEndsTheSession) {
    const QJsonObject session = signIn(marketer());
    const QString token = session.value(QStringLiteral("access_token")).toString();
    const TestReply logout = m_client->send("POST", QStringLiteral("/auth/v1/logout"), {}, asUser(token));
    EXPECT_EQ(logout.status, 204);
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/user"), asUser(token)).status, 403);
    EXPECT_EQ(refresh(session.value(QStringLiteral("refresh_token")).toString()).status, 400);
}

TEST_F(SandboxAuthTest, LocalLogoutKeepsOtherSessions) {
    const QString first = accessToken(marketer());
    const QString second = accessToken(marketer());
    EXPECT_EQ(m_client->send("POST", QStringLiteral("/auth/v1/logout?scope=local"), {}, asUser(first)).status,
              204);
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/user"), asUser(first)).status, 403);
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/user"), asUser(second)).status, 200);
}

TEST_F(SandboxAuthTest, HealthAnswersLikeGoTrue) {
    const TestReply reply = m_client->get(QStringLiteral("/auth/v1/health"), anon());
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.object().value(QStringLiteral("name")).toString(), QStringLiteral("GoTrue"));
}

TEST_F(SandboxAuthTest, ExpiredJwtOnRestIsPgrst303WithWwwAuthenticate) {
    const QString token = accessToken(marketer());
    m_clock.advanceSeconds(3600 + 31);
    const TestReply reply = m_client->get(QStringLiteral("/rest/v1/campaigns"), asUser(token));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST303"));
    EXPECT_EQ(reply.object().value(QStringLiteral("message")).toString(), QStringLiteral("JWT expired"));
    EXPECT_TRUE(reply.header("www-authenticate").startsWith("Bearer error=\"invalid_token\""));
}

TEST_F(SandboxAuthTest, ForgedJwtOnRestIsPgrst301) {
    QString token = accessToken(marketer());
    token.chop(3);
    token += QStringLiteral("abc");
    const TestReply reply = m_client->get(QStringLiteral("/rest/v1/campaigns"), asUser(token));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST301"));
    EXPECT_TRUE(reply.header("www-authenticate").contains("invalid_token"));
}

TEST_F(SandboxAuthTest, RefreshedAccessTokenHasANewExpiry) {
    const QJsonObject session = signIn(marketer());
    m_clock.advanceSeconds(600);
    const TestReply reply = refresh(session.value(QStringLiteral("refresh_token")).toString());
    EXPECT_EQ(reply.object().value(QStringLiteral("expires_at")).toInteger(),
              session.value(QStringLiteral("expires_at")).toInteger() + 600);
}

} // namespace
} // namespace cc::sandbox::test
