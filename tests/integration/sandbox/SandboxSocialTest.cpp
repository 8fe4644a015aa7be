#include "tests/integration/sandbox/OAuthFlowFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>

namespace cc::sandbox::test {
namespace {

class SandboxSocialTest : public OAuthFlowFixture {
protected:
    QString authorizePath(const QString& platform, const Params& overrides = {}) const {
        Params params{{QStringLiteral("response_type"), QStringLiteral("code")},
                      {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                      {QStringLiteral("redirect_uri"), redirectUri()},
                      {QStringLiteral("scope"), QStringLiteral("post read")},
                      {QStringLiteral("state"), QStringLiteral("link-1")},
                      {QStringLiteral("code_challenge"), kChallenge},
                      {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        for (const auto& [name, value] : overrides) {
            params.removeIf([&](const auto& param) { return param.first == name; });
            if (!value.isNull()) {
                params.append({name, value});
            }
        }
        return QStringLiteral("/_social/%1/oauth/authorize?").arg(platform) + encode(params);
    }

    TestReply decide(const QString& platform, const QString& decision) {
        const QString path = authorizePath(platform);
        const TestReply consent = m_client->get(path);
        EXPECT_EQ(consent.status, 200);
        return postForm(
            path, {{QStringLiteral("ticket"), ticketOf(consent)}, {QStringLiteral("decision"), decision}});
    }

    TestReply token(const QString& platform, const Params& form) {
        return postForm(QStringLiteral("/_social/%1/oauth/token").arg(platform),
                        form + Params{{QStringLiteral("client_id"), QStringLiteral("campaign-console")}});
    }

    QJsonObject connect(const QString& platform) {
        const TestReply redirect = decide(platform, QStringLiteral("allow"));
        EXPECT_EQ(redirect.status, 302);
        const TestReply reply =
            token(platform,
                  {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), locationQuery(redirect).queryItemValue(QStringLiteral("code"))},
                   {QStringLiteral("redirect_uri"), redirectUri()},
                   {QStringLiteral("code_verifier"), kVerifier}});
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.object();
    }

    TestReply me(const QString& platform, const QJsonObject& tokens) {
        return m_client->get(QStringLiteral("/_social/%1/api/me").arg(platform),
                             bearer(tokens.value(QStringLiteral("access_token")).toString()));
    }

    TestReply refresh(const QString& platform, const QString& refreshToken) {
        return token(platform, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), refreshToken}});
    }
};

TEST_F(SandboxSocialTest, DirectoryListsBothPlatformsWithTheirEndpoints) {
    const TestReply reply = m_client->get(QStringLiteral("/_social"));
    ASSERT_EQ(reply.status, 200);
    const QJsonArray list = reply.array();
    ASSERT_EQ(list.size(), 2);
    const QJsonObject chirper = list.at(0).toObject();
    EXPECT_EQ(chirper.value(QStringLiteral("id")).toString(), QStringLiteral("chirper"));
    EXPECT_EQ(list.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("photogram"));
    EXPECT_EQ(chirper.value(QStringLiteral("token")).toString(),
              info().url.toString() + QStringLiteral("/_social/chirper/oauth/token"));
    for (const QString& key : {QStringLiteral("name"), QStringLiteral("authorize"), QStringLiteral("me"),
                               QStringLiteral("revoke"), QStringLiteral("scopes")}) {
        EXPECT_TRUE(chirper.contains(key)) << key.toStdString();
    }
}

TEST_F(SandboxSocialTest, ConsentAsksToPostAsTheDemoHandle) {
    const TestReply page = m_client->get(authorizePath(QStringLiteral("chirper")));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("Allow Campaign Console to post as @campaigns_demo"));
    EXPECT_TRUE(page.body.contains("value=\"allow\""));
    EXPECT_TRUE(page.body.contains("value=\"deny\""));
}

TEST_F(SandboxSocialTest, ConnectingGivesTokensForAnHourAndTheProfile) {
    for (const QString& platform : {QStringLiteral("chirper"), QStringLiteral("photogram")}) {
        const QJsonObject tokens = connect(platform);
        EXPECT_EQ(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
        EXPECT_EQ(tokens.value(QStringLiteral("scope")).toString(), QStringLiteral("post read"));
        const TestReply profile = me(platform, tokens);
        ASSERT_EQ(profile.status, 200);
        EXPECT_FALSE(profile.object().value(QStringLiteral("handle")).toString().isEmpty());
        EXPECT_EQ(profile.object().value(QStringLiteral("scopes")).toArray(),
                  (QJsonArray{QStringLiteral("post"), QStringLiteral("read")}));
    }
}

TEST_F(SandboxSocialTest, AccessTokenExpiresAfterAnHour) {
    const QJsonObject tokens = connect(QStringLiteral("chirper"));
    m_clock.advanceSeconds(3599);
    EXPECT_EQ(me(QStringLiteral("chirper"), tokens).status, 200);
    m_clock.advanceSeconds(2);
    EXPECT_EQ(me(QStringLiteral("chirper"), tokens).status, 401);
}

TEST_F(SandboxSocialTest, TokensOfOnePlatformAreUselessOnTheOther) {
    const QJsonObject tokens = connect(QStringLiteral("chirper"));
    EXPECT_EQ(me(QStringLiteral("photogram"), tokens).status, 401);
    EXPECT_EQ(
        refresh(QStringLiteral("photogram"), tokens.value(QStringLiteral("refresh_token")).toString()).status,
        400);
}

TEST_F(SandboxSocialTest, RefreshRotatesAndReuseRevokesTheGrant) {
    const QJsonObject tokens = connect(QStringLiteral("photogram"));
    const TestReply rotated =
        refresh(QStringLiteral("photogram"), tokens.value(QStringLiteral("refresh_token")).toString());
    ASSERT_EQ(rotated.status, 200);
    EXPECT_NE(rotated.object().value(QStringLiteral("refresh_token")),
              tokens.value(QStringLiteral("refresh_token")));
    const TestReply reused =
        refresh(QStringLiteral("photogram"), tokens.value(QStringLiteral("refresh_token")).toString());
    EXPECT_EQ(reused.status, 400);
    EXPECT_EQ(reused.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(refresh(QStringLiteral("photogram"),
                      rotated.object().value(QStringLiteral("refresh_token")).toString())
                  .status,
              400);
    EXPECT_EQ(me(QStringLiteral("photogram"), rotated.object()).status, 401);
}

TEST_F(SandboxSocialTest, WrongVerifierAndCodeReuseAreInvalidGrant) {
    const TestReply redirect = decide(QStringLiteral("chirper"), QStringLiteral("allow"));
    const QString code = locationQuery(redirect).queryItemValue(QStringLiteral("code"));
    const Params exchange{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), redirectUri()}};
    const TestReply wrong = token(QStringLiteral("chirper"),
                                  exchange + Params{{QStringLiteral("code_verifier"),
                                                     QString(kVerifier).replace(0, 1, QLatin1Char('e'))}});
    EXPECT_EQ(wrong.status, 400);
    const TestReply again =
        token(QStringLiteral("chirper"), exchange + Params{{QStringLiteral("code_verifier"), kVerifier}});
    EXPECT_EQ(again.status, 400);
}

TEST_F(SandboxSocialTest, DenyRedirectsWithAccessDeniedAndTheState) {
    const TestReply reply = decide(QStringLiteral("chirper"), QStringLiteral("deny"));
    ASSERT_EQ(reply.status, 302);
    EXPECT_EQ(locationQuery(reply).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_EQ(locationQuery(reply).queryItemValue(QStringLiteral("state")), QStringLiteral("link-1"));
}

TEST_F(SandboxSocialTest, UnregisteredRedirectIsAnErrorPage) {
    const TestReply reply = m_client->get(
        authorizePath(QStringLiteral("chirper"),
                      {{QStringLiteral("redirect_uri"), QStringLiteral("http://evil.example/callback")}}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_TRUE(reply.header("location").isEmpty());
}

TEST_F(SandboxSocialTest, RevokeEndsTheGrant) {
    const QJsonObject tokens = connect(QStringLiteral("chirper"));
    EXPECT_EQ(postForm(QStringLiteral("/_social/chirper/oauth/revoke"),
                       {{QStringLiteral("token"), tokens.value(QStringLiteral("refresh_token")).toString()}})
                  .status,
              200);
    EXPECT_EQ(me(QStringLiteral("chirper"), tokens).status, 401);
    EXPECT_EQ(
        refresh(QStringLiteral("chirper"), tokens.value(QStringLiteral("refresh_token")).toString()).status,
        400);
}

TEST_F(SandboxSocialTest, SocialFaultsAreInjectable) {
    ASSERT_FALSE(m_server->configureFaults(
        QJsonObject{{QStringLiteral("social"), QJsonObject{{QStringLiteral("status"), 502}}}}));
    EXPECT_EQ(m_client->get(QStringLiteral("/_social")).status, 502);
}

} // namespace
} // namespace cc::sandbox::test
