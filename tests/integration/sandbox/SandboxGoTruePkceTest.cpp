#include "tests/integration/sandbox/OAuthFlowFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::sandbox::test {
namespace {

// GoTrue's flavour: /auth/v1/authorize?provider=... and /auth/v1/token?grant_type=pkce.
class SandboxGoTruePkceTest : public OAuthFlowFixture {
protected:
    QString redirectTo() const {
        return QStringLiteral("http://127.0.0.1:%1/callback?state=abc").arg(m_callbackPort);
    }

    QString authorizePath(const Params& overrides = {}) const {
        Params params{{QStringLiteral("provider"), QStringLiteral("sandbox")},
                      {QStringLiteral("redirect_to"), redirectTo()},
                      {QStringLiteral("code_challenge"), kChallenge},
                      {QStringLiteral("code_challenge_method"), QStringLiteral("s256")}};
        for (const auto& [name, value] : overrides) {
            params.removeIf([&](const auto& param) { return param.first == name; });
            if (!value.isNull()) {
                params.append({name, value});
            }
        }
        return QStringLiteral("/auth/v1/authorize?") + encode(params);
    }

    QString goTrueCode() {
        const TestReply reply = signInAndDecide(authorizePath(), marketer(), QStringLiteral("allow"));
        EXPECT_EQ(reply.status, 302);
        return locationQuery(reply).queryItemValue(QStringLiteral("code"));
    }

    TestReply pkce(const QString& code, const QString& verifier = kVerifier) {
        return m_client->postJson(
            QStringLiteral("/auth/v1/token?grant_type=pkce"),
            QJsonObject{{QStringLiteral("auth_code"), code}, {QStringLiteral("code_verifier"), verifier}},
            anon() + QPair<QByteArray, QByteArray>("X-Supabase-Api-Version", "2024-01-01"));
    }
};

TEST_F(SandboxGoTruePkceTest, AuthorizeShowsTheSameSignInPageWithoutAnApiKey) {
    const TestReply page = m_client->get(authorizePath());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("name=\"password\""));
}

TEST_F(SandboxGoTruePkceTest, SettingsListTheEnabledProvidersAsGoTrueDoes) {
    const TestReply reply = m_client->get(QStringLiteral("/auth/v1/settings"), anon());
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QJsonObject external = body.value(QStringLiteral("external")).toObject();
    EXPECT_TRUE(external.value(QStringLiteral("sandbox")).toBool());
    EXPECT_TRUE(external.value(QStringLiteral("email")).toBool());
    EXPECT_FALSE(external.value(QStringLiteral("github")).toBool());
    EXPECT_TRUE(external.contains(QStringLiteral("google"))) << "every provider GoTrue knows, on or off";
    for (const char* key : {"disable_signup", "mailer_autoconfirm", "phone_autoconfirm", "saml_enabled"}) {
        EXPECT_TRUE(body.value(QLatin1String(key)).isBool()) << key;
    }
    EXPECT_TRUE(body.value(QStringLiteral("sms_provider")).isString());
}

TEST_F(SandboxGoTruePkceTest, SettingsNeedTheApiKeyLikeEveryGatewayRoute) {
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/settings")).status, 401);
}

TEST_F(SandboxGoTruePkceTest, AuthorizeRefusesAProviderThatIsNotEnabled) {
    const TestReply reply =
        m_client->get(authorizePath({{QStringLiteral("provider"), QStringLiteral("github")}}));
    ASSERT_EQ(reply.status, 400);
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    EXPECT_EQ(body.value(QStringLiteral("error_code")).toString(), QStringLiteral("provider_disabled"));
}

TEST_F(SandboxGoTruePkceTest, AllowRedirectsToRedirectToWithOnlyTheCodeAdded) {
    const TestReply reply = signInAndDecide(authorizePath(), marketer(), QStringLiteral("allow"));
    ASSERT_EQ(reply.status, 302);
    const QUrl target = location(reply);
    EXPECT_EQ(target.port(), m_callbackPort);
    EXPECT_EQ(target.path(), QStringLiteral("/callback"));
    const QUrlQuery query(target);
    EXPECT_EQ(query.queryItems().size(), 2);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state")), QStringLiteral("abc"));
    EXPECT_FALSE(query.queryItemValue(QStringLiteral("code")).isEmpty());
}

TEST_F(SandboxGoTruePkceTest, DenyRedirectsWithAccessDenied) {
    const TestReply reply = signInAndDecide(authorizePath(), marketer(), QStringLiteral("deny"));
    ASSERT_EQ(reply.status, 302);
    EXPECT_EQ(locationQuery(reply).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
}

TEST_F(SandboxGoTruePkceTest, PkceExchangeReturnsAGoTrueSession) {
    const TestReply reply = pkce(goTrueCode());
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject session = reply.object();
    EXPECT_EQ(session.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    EXPECT_EQ(session.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
              marketer().id);
    const QString access = session.value(QStringLiteral("access_token")).toString();
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/user"), asUser(access)).status, 200);
    EXPECT_EQ(
        m_client->get(QStringLiteral("/rest/v1/campaigns?select=id&order=id"), asUser(access)).body,
        m_client
            ->get(QStringLiteral("/rest/v1/campaigns?select=id&order=id"), asUser(accessToken(marketer())))
            .body);
    const TestReply refreshed = m_client->postJson(
        QStringLiteral("/auth/v1/token?grant_type=refresh_token"),
        QJsonObject{{QStringLiteral("refresh_token"), session.value(QStringLiteral("refresh_token"))}},
        anon());
    EXPECT_EQ(refreshed.status, 200);
}

TEST_F(SandboxGoTruePkceTest, WrongVerifierIsBadCodeVerifier) {
    const TestReply reply = pkce(goTrueCode(), QString(kVerifier).replace(0, 1, QLatin1Char('e')));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad_code_verifier"));
}

TEST_F(SandboxGoTruePkceTest, CodeIsSingleUseAndReuseRevokesTheSession) {
    const QString code = goTrueCode();
    const TestReply first = pkce(code);
    ASSERT_EQ(first.status, 200);
    const TestReply second = pkce(code);
    EXPECT_EQ(second.status, 404);
    EXPECT_EQ(second.object().value(QStringLiteral("code")).toString(),
              QStringLiteral("flow_state_not_found"));
    EXPECT_EQ(m_client
                  ->get(QStringLiteral("/auth/v1/user"),
                        asUser(first.object().value(QStringLiteral("access_token")).toString()))
                  .status,
              403);
}

TEST_F(SandboxGoTruePkceTest, CodeExpiresAfterFiveMinutes) {
    const QString code = goTrueCode();
    m_clock.advanceSeconds(301);
    const TestReply reply = pkce(code);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("flow_state_expired"));
}

TEST_F(SandboxGoTruePkceTest, OidcCodesCannotBeRedeemedAsGoTrueCodes) {
    const TestReply reply = pkce(authorizationCode());
    EXPECT_EQ(reply.status, 404);
}

TEST_F(SandboxGoTruePkceTest, PkceGrantNeedsTheApiKeyLikeEveryGoTrueCall) {
    const TestReply reply =
        m_client->postJson(QStringLiteral("/auth/v1/token?grant_type=pkce"), QJsonObject{});
    EXPECT_EQ(reply.status, 401);
}

TEST_F(SandboxGoTruePkceTest, RedirectToOutsideLoopbackAndMissingChallengeAreRefused) {
    const TestReply remote = m_client->get(
        authorizePath({{QStringLiteral("redirect_to"), QStringLiteral("https://evil.example/cb")}}));
    EXPECT_EQ(remote.status, 400);
    EXPECT_TRUE(remote.header("location").isEmpty());
    const TestReply noProvider = m_client->get(authorizePath({{QStringLiteral("provider"), QString()}}));
    EXPECT_EQ(noProvider.status, 400);
    const TestReply plain =
        m_client->get(authorizePath({{QStringLiteral("code_challenge_method"), QStringLiteral("plain")}}));
    EXPECT_EQ(plain.status, 302);
    EXPECT_EQ(locationQuery(plain).queryItemValue(QStringLiteral("error")),
              QStringLiteral("invalid_request"));
    const TestReply missing = m_client->get(authorizePath({{QStringLiteral("code_challenge"), QString()}}));
    EXPECT_EQ(locationQuery(missing).queryItemValue(QStringLiteral("error")),
              QStringLiteral("invalid_request"));
}

} // namespace
} // namespace cc::sandbox::test
