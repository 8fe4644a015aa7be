#include "app/auth/SignInFlow.h"
#include "app/auth/Pkce.h"
#include "app/core/BrowserOpener.h"
#include "tests/integration/auth/AuthFixture.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace cc::test {
namespace {

using auth::SignInFlow;

class SignInFlowTest : public AuthFixture {
protected:
    QString base64Url(const QByteArray& json) { return QString::fromLatin1(auth::Pkce::base64Url(json)); }

    QString idToken() {
        return base64Url(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') +
               base64Url(R"({"sub":"oidc-user","email":"grace@example.org","role":"editor"})") +
               QStringLiteral(".c2ln");
    }

    void serveOidc() {
        const QString issuer = server.url(QStringLiteral("/auth/v1")).toString();
        server.setHandler([this, issuer](const ReceivedRequest& r) {
            if (r.target == "/auth/v1/.well-known/openid-configuration") {
                QJsonObject doc{
                    {QStringLiteral("issuer"), issuer},
                    {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/oauth/authorize")},
                    {QStringLiteral("token_endpoint"), issuer + QStringLiteral("/oauth/token")},
                    {QStringLiteral("revocation_endpoint"), issuer + QStringLiteral("/oauth/revoke")},
                    {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}};
                return ScriptedResponse::json(200, QJsonDocument(doc).toJson());
            }
            if (r.target == "/auth/v1/oauth/token") {
                QJsonObject t{{QStringLiteral("access_token"), QStringLiteral("oidc-access")},
                              {QStringLiteral("refresh_token"), QStringLiteral("oidc-refresh")},
                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              {QStringLiteral("expires_in"), 600},
                              {QStringLiteral("id_token"), idToken()}};
                return ScriptedResponse::json(200, QJsonDocument(t).toJson());
            }
            return ScriptedResponse::json(404, "{}");
        });
    }
};

TEST_F(SignInFlowTest, SupabaseFlavourExchangesTheCodeWithTheVerifier) {
    server.setDefault(ScriptedResponse::json(200, sessionJson(QStringLiteral("acc"), QStringLiteral("ref"))));
    SignInFlow flow(profile, *authClient, random);
    RedirectingBrowser browser;
    std::optional<auth::SessionTokens> result;
    QObject::connect(&flow, &SignInFlow::succeeded, [&](const auth::SessionTokens& t) { result = t; });
    flow.start(&browser);
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }));
    EXPECT_EQ(result->email, QStringLiteral("ada@example.org"));

    const QUrlQuery query(browser.opened);
    EXPECT_EQ(browser.opened.path(), QStringLiteral("/auth/v1/authorize"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("provider")), QStringLiteral("sandbox"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("s256"));
    const QUrl redirectTo(query.queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded));
    EXPECT_EQ(redirectTo.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(QUrlQuery(redirectTo).queryItemValue(QStringLiteral("state")).size(), 43);

    ASSERT_EQ(requestsTo("/auth/v1/token?grant_type=pkce"), 1);
    const ReceivedRequest& exchange = server.requests().last();
    const QJsonObject body = QJsonDocument::fromJson(exchange.body).object();
    EXPECT_EQ(body.value(QStringLiteral("auth_code")).toString(), QStringLiteral("the-code"));
    const QString verifier = body.value(QStringLiteral("code_verifier")).toString();
    EXPECT_EQ(auth::Pkce::challengeS256(verifier), query.queryItemValue(QStringLiteral("code_challenge")));
    EXPECT_TRUE(exchange.header("Idempotency-Key").isEmpty());
}

TEST_F(SignInFlowTest, OidcFlavourDiscoversAndReadsTheIdentityFromTheIdToken) {
    serveOidc();
    profile.authFlavor = QStringLiteral("oidc");
    profile.oidcIssuer = server.url(QStringLiteral("/auth/v1"));
    SignInFlow flow(profile, *authClient, random);
    RedirectingBrowser browser;
    std::optional<auth::SessionTokens> result;
    QObject::connect(&flow, &SignInFlow::succeeded, [&](const auth::SessionTokens& t) { result = t; });
    QObject::connect(&flow, &SignInFlow::failed,
                     [&](const Error& e) { ADD_FAILURE() << e.toString().toStdString(); });
    flow.start(&browser);
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }));
    EXPECT_EQ(result->userId, QStringLiteral("oidc-user"));
    EXPECT_EQ(result->email, QStringLiteral("grace@example.org"));
    EXPECT_EQ(result->role, QStringLiteral("editor"));

    const QUrlQuery query(browser.opened);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("campaign-console"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              QStringLiteral("openid email profile offline_access"));
    const ReceivedRequest& exchange = server.requests().last();
    const QUrlQuery form(QString::fromLatin1(exchange.body));
    EXPECT_EQ(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    EXPECT_EQ(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
              flow.redirectUri().toString());
}

TEST_F(SignInFlowTest, WithoutAProviderAndSeveralOnTheServerItSaysWhichToChooseAndHow) {
    profile.authProvider.clear();
    server.enqueue(ScriptedResponse::json(200, R"({"external":{"github":true,"google":true,"email":true}})"));
    SignInFlow flow(profile, *authClient, random);
    std::optional<Error> error;
    QObject::connect(&flow, &SignInFlow::failed, [&](const Error& e) { error = e; });
    flow.start(nullptr);
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }));
    EXPECT_EQ(error->kind, ErrorKind::Config);
    EXPECT_TRUE(error->message.contains(QStringLiteral("the server offers: github, google")))
        << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(QStringLiteral("profiles edit"))) << error->message.toStdString();
    EXPECT_EQ(requestsTo("/auth/v1/settings"), 1);
}

TEST_F(SignInFlowTest, WithoutAProviderTheServersOnlyOneIsUsed) {
    profile.authProvider.clear();
    server.enqueue(
        ScriptedResponse::json(200, R"({"external":{"github":true,"google":false,"email":true}})"));
    server.setDefault(ScriptedResponse::json(200, sessionJson(QStringLiteral("acc"), QStringLiteral("ref"))));
    SignInFlow flow(profile, *authClient, random);
    RedirectingBrowser browser;
    std::optional<auth::SessionTokens> result;
    QObject::connect(&flow, &SignInFlow::succeeded, [&](const auth::SessionTokens& t) { result = t; });
    flow.start(&browser);
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }));
    EXPECT_EQ(QUrlQuery(browser.opened).queryItemValue(QStringLiteral("provider")), QStringLiteral("github"));
}

TEST_F(SignInFlowTest, FailedExchangeIsNotRetried) {
    server.setDefault(ScriptedResponse::json(503, R"({"message":"down"})"));
    SignInFlow flow(profile, *authClient, random);
    RedirectingBrowser browser;
    std::optional<Error> error;
    QObject::connect(&flow, &SignInFlow::failed, [&](const Error& e) { error = e; });
    flow.start(&browser);
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }));
    EXPECT_EQ(requestsTo("/auth/v1/token"), 1);
}

TEST_F(SignInFlowTest, AccessDeniedInTheBrowserFailsTheFlow) {
    SignInFlow flow(profile, *authClient, random);
    RedirectingBrowser browser;
    browser.error = QStringLiteral("access_denied");
    std::optional<Error> error;
    QObject::connect(&flow, &SignInFlow::failed, [&](const Error& e) { error = e; });
    flow.start(&browser);
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }));
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_EQ(flow.state(), SignInFlow::State::Failed);
}

TEST_F(SignInFlowTest, CancelWhileWaitingEndsTheFlowAndClosesTheListener) {
    SignInFlow flow(profile, *authClient, random);
    std::optional<Error> error;
    QObject::connect(&flow, &SignInFlow::failed, [&](const Error& e) { error = e; });
    QUrl link;
    QObject::connect(&flow, &SignInFlow::authorizationUrlReady, [&](const QUrl& u) { link = u; });
    flow.start(nullptr);
    ASSERT_TRUE(waitUntil([&] { return !link.isEmpty(); }));
    EXPECT_EQ(flow.authorizationUrl(), link);
    flow.cancel();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, ErrorKind::Cancelled);
}

TEST_F(SignInFlowTest, TimeoutFailsTheFlow) {
    SignInFlow flow(profile, *authClient, random);
    flow.setTimeoutMs(200);
    std::optional<Error> error;
    QObject::connect(&flow, &SignInFlow::failed, [&](const Error& e) { error = e; });
    flow.start(nullptr);
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }, 3000));
    EXPECT_EQ(error->kind, ErrorKind::Timeout);
}

TEST_F(SignInFlowTest, DiscoveryWithAnotherIssuerIsRefused) {
    server.setDefault(ScriptedResponse::json(
        200, R"({"issuer":"https://evil.example","authorization_endpoint":"https://evil.example/a",)"
             R"("token_endpoint":"https://evil.example/t","code_challenge_methods_supported":["S256"]})"));
    profile.authFlavor = QStringLiteral("oidc");
    profile.oidcIssuer = server.url(QStringLiteral("/auth/v1"));
    SignInFlow flow(profile, *authClient, random);
    std::optional<Error> error;
    QObject::connect(&flow, &SignInFlow::failed, [&](const Error& e) { error = e; });
    flow.start(nullptr);
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }));
    EXPECT_EQ(error->kind, ErrorKind::Config);
    EXPECT_TRUE(error->detail.contains(QStringLiteral("issuer mismatch")));
}

} // namespace
} // namespace cc::test
