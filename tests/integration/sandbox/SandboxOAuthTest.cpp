#include "app/sandbox/LoginPages.h"
#include "tests/integration/sandbox/OAuthFlowFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::sandbox::test {
namespace {

QJsonObject jwtClaims(const QString& token) {
    const QByteArray payload = token.section(QLatin1Char('.'), 1, 1).toLatin1();
    return QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding)).object();
}

class SandboxOAuthTest : public OAuthFlowFixture {
protected:
    QString authorizePath(const Params& overrides = {}) const {
        return QStringLiteral("/auth/v1/oauth/authorize?") + encode(authorizeParams(overrides));
    }
};

TEST_F(SandboxOAuthTest, DiscoveryNamesTheEndpointsWithoutAnApiKey) {
    const TestReply reply = m_client->get(QStringLiteral("/auth/v1/.well-known/openid-configuration"));
    ASSERT_EQ(reply.status, 200);
    const QJsonObject doc = reply.object();
    const QString issuer = info().url.toString() + QStringLiteral("/auth/v1");
    EXPECT_EQ(doc.value(QStringLiteral("issuer")).toString(), issuer);
    EXPECT_EQ(doc.value(QStringLiteral("authorization_endpoint")).toString(),
              issuer + QStringLiteral("/oauth/authorize"));
    EXPECT_EQ(doc.value(QStringLiteral("token_endpoint")).toString(),
              issuer + QStringLiteral("/oauth/token"));
    EXPECT_EQ(doc.value(QStringLiteral("userinfo_endpoint")).toString(),
              issuer + QStringLiteral("/oauth/userinfo"));
    EXPECT_EQ(doc.value(QStringLiteral("revocation_endpoint")).toString(),
              issuer + QStringLiteral("/oauth/revoke"));
    EXPECT_EQ(doc.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
              QJsonArray{QStringLiteral("S256")});
    EXPECT_EQ(doc.value(QStringLiteral("token_endpoint_auth_methods_supported")).toArray(),
              QJsonArray{QStringLiteral("none")});
    EXPECT_EQ(doc.value(QStringLiteral("response_types_supported")).toArray(),
              QJsonArray{QStringLiteral("code")});
    EXPECT_TRUE(
        doc.value(QStringLiteral("scopes_supported")).toArray().contains(QStringLiteral("offline_access")));
}

TEST_F(SandboxOAuthTest, AuthorizeShowsASignInFormListingTheDemoUsers) {
    const TestReply page = m_client->get(authorizePath());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("content-type").startsWith("text/html"));
    EXPECT_EQ(page.header("x-frame-options"), QByteArray("DENY"));
    const QString html = QString::fromUtf8(page.body);
    EXPECT_TRUE(html.contains(QStringLiteral("<form method=\"post\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("name=\"email\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("name=\"password\"")));
    for (const SandboxUser& user : info().users) {
        EXPECT_TRUE(html.contains(user.email)) << user.email.toStdString();
        EXPECT_FALSE(html.contains(user.password));
    }
}

TEST_F(SandboxOAuthTest, WrongPasswordShowsTheSignInFormAgainWithoutAConsentTicket) {
    const TestReply page = postForm(authorizePath(), {{QStringLiteral("email"), marketer().email},
                                                      {QStringLiteral("password"), QStringLiteral("wrong")}});
    EXPECT_EQ(page.status, 401);
    EXPECT_TRUE(ticketOf(page).isEmpty());
    EXPECT_TRUE(page.body.contains("name=\"password\""));
}

TEST_F(SandboxOAuthTest, SignInLeadsToAConsentFormWithAllowAndDeny) {
    const TestReply page = postForm(authorizePath(), {{QStringLiteral("email"), marketer().email},
                                                      {QStringLiteral("password"), marketer().password}});
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(ticketOf(page).isEmpty());
    EXPECT_TRUE(page.body.contains("name=\"decision\" value=\"allow\""));
    EXPECT_TRUE(page.body.contains("name=\"decision\" value=\"deny\""));
    EXPECT_TRUE(page.body.contains(marketer().email.toUtf8()));
}

TEST_F(SandboxOAuthTest, AllowRedirectsToTheLoopbackUriWithCodeStateAndIssuer) {
    const QString state = QStringLiteral("s p+a&c=e/\"<>");
    const TestReply reply = signInAndDecide(authorizePath({{QStringLiteral("state"), state}}), marketer(),
                                            QStringLiteral("allow"));
    ASSERT_EQ(reply.status, 302);
    const QUrl target = location(reply);
    EXPECT_EQ(target.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(target.port(), m_callbackPort);
    EXPECT_EQ(target.path(), QStringLiteral("/callback"));
    const QUrlQuery query(target);
    EXPECT_FALSE(query.queryItemValue(QStringLiteral("code")).isEmpty());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
              info().url.toString() + QStringLiteral("/auth/v1"));
}

TEST_F(SandboxOAuthTest, DenyRedirectsWithAccessDeniedAndTheState) {
    const TestReply reply = signInAndDecide(authorizePath(), marketer(), QStringLiteral("deny"));
    ASSERT_EQ(reply.status, 302);
    const QUrlQuery query = locationQuery(reply);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state")), QStringLiteral("state-123"));
    EXPECT_FALSE(query.hasQueryItem(QStringLiteral("code")));
}

TEST_F(SandboxOAuthTest, ConsentTicketOnlyWorksForItsOwnRequest) {
    const TestReply consent = postForm(authorizePath(), {{QStringLiteral("email"), marketer().email},
                                                         {QStringLiteral("password"), marketer().password}});
    const TestReply replayed = postForm(authorizePath({{QStringLiteral("state"), QStringLiteral("other")}}),
                                        {{QStringLiteral("ticket"), ticketOf(consent)},
                                         {QStringLiteral("decision"), QStringLiteral("allow")}});
    EXPECT_EQ(replayed.status, 400);
    EXPECT_TRUE(replayed.header("location").isEmpty());
}

TEST_F(SandboxOAuthTest, CodeExchangeReturnsTokensThatRestAcceptsWithTheSameRowSecurity) {
    const QJsonObject tokens = oauthTokens({{QStringLiteral("nonce"), QStringLiteral("n-42")}});
    EXPECT_EQ(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    EXPECT_EQ(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_EQ(tokens.value(QStringLiteral("scope")).toString(),
              QStringLiteral("openid email profile offline_access"));
    EXPECT_FALSE(tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject idToken = jwtClaims(tokens.value(QStringLiteral("id_token")).toString());
    EXPECT_EQ(idToken.value(QStringLiteral("sub")).toString(), marketer().id);
    EXPECT_EQ(idToken.value(QStringLiteral("aud")).toString(), QStringLiteral("campaign-console"));
    EXPECT_EQ(idToken.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-42"));
    EXPECT_EQ(idToken.value(QStringLiteral("email")).toString(), marketer().email);

    const QString path = QStringLiteral("/rest/v1/campaigns?select=id&order=id");
    const TestReply viaOAuth =
        m_client->get(path, asUser(tokens.value(QStringLiteral("access_token")).toString()));
    const TestReply viaPassword = m_client->get(path, asUser(accessToken(marketer())));
    const TestReply asAdmin = m_client->get(path, asUser(accessToken(admin())));
    ASSERT_EQ(viaOAuth.status, 200);
    EXPECT_EQ(viaOAuth.body, viaPassword.body);
    EXPECT_LT(viaOAuth.array().size(), asAdmin.array().size());
}

TEST_F(SandboxOAuthTest, WithoutOpenIdScopeThereIsNoIdToken) {
    const QJsonObject tokens = oauthTokens({{QStringLiteral("scope"), QStringLiteral("email")}});
    EXPECT_FALSE(tokens.contains(QStringLiteral("id_token")));
}

TEST_F(SandboxOAuthTest, WrongCodeVerifierIsInvalidGrant) {
    const TestReply reply =
        exchange(authorizationCode(),
                 {{QStringLiteral("code_verifier"), QString(kVerifier).replace(0, 1, QLatin1Char('e'))}});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

TEST_F(SandboxOAuthTest, MissingCodeVerifierIsInvalidGrant) {
    const TestReply reply = exchange(authorizationCode(), {{QStringLiteral("code_verifier"), QString()}});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

TEST_F(SandboxOAuthTest, MissingOrPlainChallengeIsRefusedThroughTheRedirect) {
    const Params missing{{QStringLiteral("code_challenge"), QString()},
                         {QStringLiteral("code_challenge_method"), QString()}};
    const Params plain{{QStringLiteral("code_challenge"), kVerifier},
                       {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}};
    const Params noMethod{{QStringLiteral("code_challenge_method"), QString()}};
    for (const Params& overrides : {missing, plain, noMethod}) {
        const TestReply reply = m_client->get(authorizePath(overrides));
        ASSERT_EQ(reply.status, 302);
        const QUrlQuery query = locationQuery(reply);
        EXPECT_EQ(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        EXPECT_EQ(query.queryItemValue(QStringLiteral("state")), QStringLiteral("state-123"));
        EXPECT_EQ(location(reply).port(), m_callbackPort);
    }
}

TEST_F(SandboxOAuthTest, UnregisteredRedirectUrisGetAnErrorPageAndNoRedirect) {
    const int port = m_callbackPort;
    const QStringList uris{QStringLiteral("http://127.0.0.1:%1/other").arg(port),
                           QStringLiteral("http://127.0.0.1:%1/callback/").arg(port),
                           QStringLiteral("http://127.0.0.1:%1/callback?next=x").arg(port),
                           QStringLiteral("http://127.0.0.1:%1/callback#f").arg(port),
                           QStringLiteral("http://user@127.0.0.1:%1/callback").arg(port),
                           QStringLiteral("https://127.0.0.1:%1/callback").arg(port),
                           QStringLiteral("http://localhost:%1/callback").arg(port),
                           QStringLiteral("http://evil.example/callback"),
                           QStringLiteral("http://192.168.1.20:%1/callback").arg(port),
                           QStringLiteral("http://127.0.0.1.evil.example:%1/callback").arg(port),
                           QString()};
    for (const QString& uri : uris) {
        const TestReply reply = m_client->get(authorizePath({{QStringLiteral("redirect_uri"), uri}}));
        EXPECT_EQ(reply.status, 400) << uri.toStdString();
        EXPECT_TRUE(reply.header("location").isEmpty()) << uri.toStdString();
        EXPECT_TRUE(reply.header("content-type").startsWith("text/html"));
    }
}

TEST_F(SandboxOAuthTest, IPv6LoopbackRedirectIsRegisteredToo) {
    const TestReply reply = m_client->get(
        authorizePath({{QStringLiteral("redirect_uri"), QStringLiteral("http://[::1]:4321/callback")}}));
    EXPECT_EQ(reply.status, 200);
}

TEST_F(SandboxOAuthTest, UnknownClientGetsAnErrorPageAndNoRedirect) {
    const TestReply reply =
        m_client->get(authorizePath({{QStringLiteral("client_id"), QStringLiteral("someone-else")}}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_TRUE(reply.header("location").isEmpty());
}

TEST_F(SandboxOAuthTest, UnknownScopeAndResponseTypeAreRefusedThroughTheRedirect) {
    const TestReply scope =
        m_client->get(authorizePath({{QStringLiteral("scope"), QStringLiteral("openid admin")}}));
    EXPECT_EQ(locationQuery(scope).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
    const TestReply type =
        m_client->get(authorizePath({{QStringLiteral("response_type"), QStringLiteral("token")}}));
    EXPECT_EQ(locationQuery(type).queryItemValue(QStringLiteral("error")),
              QStringLiteral("unsupported_response_type"));
}

TEST_F(SandboxOAuthTest, TokenRequestMustRepeatTheExactRedirectUri) {
    const QString code = authorizationCode();
    const TestReply reply =
        exchange(code, {{QStringLiteral("redirect_uri"),
                         QStringLiteral("http://127.0.0.1:%1/callback").arg(m_callbackPort + 1)}});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

TEST_F(SandboxOAuthTest, CodeIsSingleUseAndReuseRevokesTheTokensIssuedFromIt) {
    const QString code = authorizationCode();
    const TestReply first = exchange(code);
    ASSERT_EQ(first.status, 200);
    const TestReply second = exchange(code);
    EXPECT_EQ(second.status, 400);
    EXPECT_EQ(second.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    const QJsonObject tokens = first.object();
    EXPECT_EQ(refreshToken(tokens.value(QStringLiteral("refresh_token")).toString()).status, 400);
    EXPECT_EQ(m_client
                  ->get(QStringLiteral("/auth/v1/oauth/userinfo"),
                        bearer(tokens.value(QStringLiteral("access_token")).toString()))
                  .status,
              401);
}

TEST_F(SandboxOAuthTest, CodeIsValidForFiveMinutesOnly) {
    const QString fresh = authorizationCode();
    m_clock.advanceSeconds(299);
    EXPECT_EQ(exchange(fresh).status, 200);
    const QString stale = authorizationCode();
    m_clock.advanceSeconds(301);
    const TestReply reply = exchange(stale);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

TEST_F(SandboxOAuthTest, RefreshRotatesTheRefreshToken) {
    const QJsonObject tokens = oauthTokens();
    m_clock.advanceSeconds(60);
    const TestReply reply = refreshToken(tokens.value(QStringLiteral("refresh_token")).toString());
    ASSERT_EQ(reply.status, 200);
    const QJsonObject next = reply.object();
    EXPECT_NE(next.value(QStringLiteral("refresh_token")), tokens.value(QStringLiteral("refresh_token")));
    EXPECT_NE(next.value(QStringLiteral("access_token")), tokens.value(QStringLiteral("access_token")));
    EXPECT_EQ(next.value(QStringLiteral("scope")), tokens.value(QStringLiteral("scope")));
    EXPECT_EQ(m_client
                  ->get(QStringLiteral("/auth/v1/oauth/userinfo"),
                        bearer(next.value(QStringLiteral("access_token")).toString()))
                  .status,
              200);
}

TEST_F(SandboxOAuthTest, ReplayedRefreshTokenRevokesTheWholeFamily) {
    const QString first = oauthTokens().value(QStringLiteral("refresh_token")).toString();
    const QString second = refreshToken(first).object().value(QStringLiteral("refresh_token")).toString();
    const QJsonObject third = refreshToken(second).object();
    m_clock.advanceSeconds(11); // past GoTrue's reuse interval
    const TestReply replay = refreshToken(first);
    EXPECT_EQ(replay.status, 400);
    EXPECT_EQ(replay.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(refreshToken(third.value(QStringLiteral("refresh_token")).toString()).status, 400);
    EXPECT_EQ(m_client
                  ->get(QStringLiteral("/auth/v1/oauth/userinfo"),
                        bearer(third.value(QStringLiteral("access_token")).toString()))
                  .status,
              401);
}

TEST_F(SandboxOAuthTest, PasswordSessionRefreshTokenIsNotAcceptedByTheOAuthClient) {
    const QString goTrueToken = signIn(marketer()).value(QStringLiteral("refresh_token")).toString();
    EXPECT_EQ(refreshToken(goTrueToken).status, 400);
}

TEST_F(SandboxOAuthTest, UserInfoDescribesTheSignedInUser) {
    const QJsonObject tokens = oauthTokens();
    const TestReply reply = m_client->get(QStringLiteral("/auth/v1/oauth/userinfo"),
                                          bearer(tokens.value(QStringLiteral("access_token")).toString()));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.object(), (QJsonObject{{QStringLiteral("sub"), marketer().id},
                                           {QStringLiteral("email"), marketer().email},
                                           {QStringLiteral("email_verified"), true},
                                           {QStringLiteral("name"), QStringLiteral("Maria Marketer")},
                                           {QStringLiteral("role"), QStringLiteral("marketer")}}));
    const TestReply anonymous = m_client->get(QStringLiteral("/auth/v1/oauth/userinfo"));
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_TRUE(anonymous.header("www-authenticate").startsWith("Bearer"));
}

TEST_F(SandboxOAuthTest, RevokeEndsTheSessionAndAnswers200ForUnknownTokens) {
    const QJsonObject tokens = oauthTokens();
    const TestReply revoked =
        postForm(QStringLiteral("/auth/v1/oauth/revoke"),
                 {{QStringLiteral("token"), tokens.value(QStringLiteral("refresh_token")).toString()}});
    EXPECT_EQ(revoked.status, 200);
    EXPECT_EQ(refreshToken(tokens.value(QStringLiteral("refresh_token")).toString()).status, 400);
    EXPECT_EQ(m_client
                  ->get(QStringLiteral("/auth/v1/oauth/userinfo"),
                        bearer(tokens.value(QStringLiteral("access_token")).toString()))
                  .status,
              401);
    EXPECT_EQ(postForm(QStringLiteral("/auth/v1/oauth/revoke"),
                       {{QStringLiteral("token"), QStringLiteral("never-issued")}})
                  .status,
              200);
}

TEST_F(SandboxOAuthTest, TokenEndpointRefusesOtherClientsAndGrants) {
    const TestReply client =
        exchange(authorizationCode(), {{QStringLiteral("client_id"), QStringLiteral("other")}});
    EXPECT_EQ(client.status, 401);
    EXPECT_EQ(client.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    const TestReply grant = postForm(QStringLiteral("/auth/v1/oauth/token"),
                                     {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("client_id"), QStringLiteral("campaign-console")}});
    EXPECT_EQ(grant.status, 400);
    EXPECT_EQ(grant.object().value(QStringLiteral("error")).toString(),
              QStringLiteral("unsupported_grant_type"));
}

TEST_F(SandboxOAuthTest, AuthFaultsCoverTheAuthorizationServer) {
    ASSERT_FALSE(m_server->configureFaults(
        QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("status"), 503}}}}));
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/.well-known/openid-configuration")).status, 503);
    EXPECT_EQ(m_client->get(authorizePath()).status, 503);
    EXPECT_EQ(postForm(QStringLiteral("/auth/v1/oauth/token"), {}).status, 503);
}

TEST(LoginPagesTest, EverythingEchoedIsHtmlEscaped) {
    const QString hostile = QStringLiteral("<script>alert('x')</script>\"&");
    const HttpResponse consent =
        LoginPages::consent(hostile, {hostile}, {{QStringLiteral("ticket"), hostile}});
    const HttpResponse error = LoginPages::error(400, hostile);
    const HttpResponse signIn = LoginPages::signIn(hostile, {hostile}, {}, hostile);
    for (const HttpResponse& page : {consent, error, signIn}) {
        EXPECT_FALSE(page.body.contains("<script>"));
        EXPECT_FALSE(page.body.contains("'x'"));
        EXPECT_TRUE(page.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;"));
    }
}

} // namespace
} // namespace cc::sandbox::test
