#include "app/auth/LoopbackRedirectListener.h"
#include "app/auth/Pkce.h"
#include "app/core/RandomSource.h"
#include "tests/integration/sandbox/OAuthFlowFixture.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <QProcess>

namespace cc::sandbox::test {
namespace {

// The whole authorization-code flow as the console will run it: a loopback listener, the test browser as
// the system browser, then the token request.
class SandboxBrowserFlowTest : public OAuthFlowFixture {
protected:
    struct Outcome {
        QString code;
        QString error;
        int browserExit = -1;
        QString browserOutput;
    };

    Outcome run(const QString& state, const std::function<QUrl(const QUrl& redirectUri)>& authorizeUrl,
                const QString& decision = QStringLiteral("allow"), const QString& password = {}) {
        Outcome outcome;
        auth::LoopbackRedirectListener listener(state);
        EXPECT_FALSE(listener.listen().has_value());
        m_redirect = listener.redirectUri();
        QObject::connect(&listener, &auth::LoopbackRedirectListener::codeReceived,
                         [&](const QString& code) { outcome.code = code; });
        QObject::connect(&listener, &auth::LoopbackRedirectListener::failed,
                         [&](const Error& error) { outcome.error = error.toString(); });
        QProcess browser;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TEST_BROWSER_EMAIL"), marketer().email);
        environment.insert(QStringLiteral("TEST_BROWSER_PASSWORD"),
                           password.isNull() ? marketer().password : password);
        environment.insert(QStringLiteral("TEST_BROWSER_DECISION"), decision);
        browser.setProcessEnvironment(environment);
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.start(QStringLiteral(TEST_BROWSER_PATH),
                      {authorizeUrl(m_redirect).toString(QUrl::FullyEncoded)});
        EXPECT_TRUE(cc::test::waitUntil([&] { return browser.state() == QProcess::NotRunning; }, 30000));
        outcome.browserExit = browser.exitStatus() == QProcess::NormalExit ? browser.exitCode() : -2;
        outcome.browserOutput = QString::fromUtf8(browser.readAll());
        return outcome;
    }

    QUrl oidcAuthorizeUrl(const QUrl& redirectUri, const QString& state, const QString& challenge) const {
        QUrl url = info().url;
        url.setPath(QStringLiteral("/auth/v1/oauth/authorize"));
        url.setQuery(encode({{QStringLiteral("response_type"), QStringLiteral("code")},
                             {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                             {QStringLiteral("redirect_uri"), redirectUri.toString()},
                             {QStringLiteral("scope"), QStringLiteral("openid email offline_access")},
                             {QStringLiteral("state"), state},
                             {QStringLiteral("code_challenge"), challenge},
                             {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}),
                     QUrl::StrictMode);
        return url;
    }

    QUrl m_redirect;
};

TEST_F(SandboxBrowserFlowTest, TestBrowserCompletesTheOidcFlowIntoTheLoopbackListener) {
    SystemRandom& random = SystemRandom::instance();
    const QString verifier = auth::Pkce::createVerifier(random);
    const QString state = auth::Pkce::createState(random);
    const Outcome outcome = run(state, [&](const QUrl& redirect) {
        return oidcAuthorizeUrl(redirect, state, auth::Pkce::challengeS256(verifier));
    });
    ASSERT_EQ(outcome.browserExit, 0) << outcome.browserOutput.toStdString();
    ASSERT_FALSE(outcome.code.isEmpty()) << outcome.error.toStdString();
    const TestReply tokens = postForm(QStringLiteral("/auth/v1/oauth/token"),
                                      {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                       {QStringLiteral("code"), outcome.code},
                                       {QStringLiteral("redirect_uri"), m_redirect.toString()},
                                       {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                                       {QStringLiteral("code_verifier"), verifier}});
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    const TestReply user =
        m_client->get(QStringLiteral("/auth/v1/oauth/userinfo"),
                      bearer(tokens.object().value(QStringLiteral("access_token")).toString()));
    EXPECT_EQ(user.object().value(QStringLiteral("email")).toString(), marketer().email);
}

TEST_F(SandboxBrowserFlowTest, DenyingInTheBrowserReachesTheListenerAsAccessDenied) {
    const QString state = QStringLiteral("deny-state-0123456789");
    const Outcome outcome = run(
        state, [&](const QUrl& redirect) { return oidcAuthorizeUrl(redirect, state, kChallenge); },
        QStringLiteral("deny"));
    EXPECT_TRUE(outcome.code.isEmpty());
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("access_denied"))) << outcome.error.toStdString();
}

TEST_F(SandboxBrowserFlowTest, WrongPasswordMakesTheBrowserFail) {
    const QString state = QStringLiteral("pw-state-0123456789");
    const Outcome outcome = run(
        state, [&](const QUrl& redirect) { return oidcAuthorizeUrl(redirect, state, kChallenge); },
        QStringLiteral("allow"), QStringLiteral("wrong"));
    EXPECT_EQ(outcome.browserExit, 1);
    EXPECT_TRUE(outcome.code.isEmpty());
    EXPECT_TRUE(outcome.browserOutput.contains(QStringLiteral("refused")))
        << outcome.browserOutput.toStdString();
}

TEST_F(SandboxBrowserFlowTest, TestBrowserCompletesTheGoTrueProviderFlow) {
    const QString state = QStringLiteral("gotrue-state-0123456789");
    const Outcome outcome = run(state, [&](const QUrl& redirect) {
        QUrl redirectTo = redirect;
        redirectTo.setQuery(QStringLiteral("state=") + state);
        QUrl url = info().url;
        url.setPath(QStringLiteral("/auth/v1/authorize"));
        url.setQuery(encode({{QStringLiteral("provider"), QStringLiteral("sandbox")},
                             {QStringLiteral("redirect_to"), redirectTo.toString()},
                             {QStringLiteral("code_challenge"), kChallenge},
                             {QStringLiteral("code_challenge_method"), QStringLiteral("s256")}}),
                     QUrl::StrictMode);
        return url;
    });
    ASSERT_EQ(outcome.browserExit, 0) << outcome.browserOutput.toStdString();
    ASSERT_FALSE(outcome.code.isEmpty()) << outcome.error.toStdString();
    const TestReply session = m_client->postJson(QStringLiteral("/auth/v1/token?grant_type=pkce"),
                                                 QJsonObject{{QStringLiteral("auth_code"), outcome.code},
                                                             {QStringLiteral("code_verifier"), kVerifier}},
                                                 anon());
    EXPECT_EQ(session.status, 200) << session.body.toStdString();
}

} // namespace
} // namespace cc::sandbox::test
