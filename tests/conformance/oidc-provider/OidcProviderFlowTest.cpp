// The console's oidc flavour against a real, independent OpenID Connect provider (panva/oidc-provider, see
// provider.mjs): discovery, the loopback listener, test-browser through the provider's login and consent
// pages, the code exchange with PKCE, userinfo and a refresh.
#include "app/auth/CommandBrowserOpener.h"
#include "app/auth/LoopbackRedirectListener.h"
#include "app/auth/MemorySecretStore.h"
#include "app/auth/Pkce.h"
#include "app/auth/Session.h"
#include "app/auth/SignInFlow.h"
#include "app/auth/TokenStore.h"
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace cc::test {
namespace {

const QString kPassword = QStringLiteral("conformance-password");
const QString kEmail = QStringLiteral("maria.marketer@campaigns.test");

struct Reply {
    int status = 0;
    QJsonObject json;
};

QByteArray formEncode(const QList<QPair<QString, QString>>& params) {
    QByteArray out;
    for (const auto& [name, value] : params) {
        out +=
            (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

class OidcProviderFlowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OIDC_TEST_PASSWORD"), kPassword);
        m_provider.setProcessEnvironment(environment);
        m_provider.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_provider.start(QStringLiteral(OIDC_PROVIDER_SCRIPT), {});
        // The first run installs the locked npm packages.
        ASSERT_TRUE(waitUntil(
            [&] { return m_provider.canReadLine() || m_provider.state() == QProcess::NotRunning; }, 240000));
        const QJsonObject started = QJsonDocument::fromJson(m_provider.readLine()).object();
        m_issuer = QUrl(started.value(QStringLiteral("issuer")).toString());
        ASSERT_TRUE(m_issuer.isValid()) << "provider did not start";
        const Reply discovery =
            get(QUrl(m_issuer.toString() + QStringLiteral("/.well-known/openid-configuration")));
        ASSERT_EQ(discovery.status, 200);
        m_discovery = discovery.json;
    }

    void TearDown() override {
        m_provider.terminate(); // SIGTERM: provider.mjs closes its server and exits
        if (!waitUntil([&] { return m_provider.state() == QProcess::NotRunning; }, 10000)) {
            m_provider.kill();
            waitUntil([&] { return m_provider.state() == QProcess::NotRunning; }, 5000);
        }
    }

    Reply finish(QNetworkReply* reply) {
        Reply out;
        if (!reply->isFinished()) {
            waitForSignal(reply, &QNetworkReply::finished, 15000);
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    Reply get(const QUrl& url, const QString& bearer = {}) {
        QNetworkRequest request(url);
        if (!bearer.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        }
        return finish(m_network.get(request));
    }

    Reply postForm(const QString& endpoint, const QList<QPair<QString, QString>>& params) {
        QNetworkRequest request{QUrl(endpoint)};
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        return finish(m_network.post(request, formEncode(params)));
    }

    QString endpoint(const char* name) const { return m_discovery.value(QLatin1String(name)).toString(); }

    struct Flow {
        QString code;
        QString error;
        int browserExit = -1;
        QString browserOutput;
        QUrl redirectUri;
    };

    Flow run(const QString& verifier, const QString& decision, const QString& password) {
        Flow flow;
        const QString state = auth::Pkce::createState(SystemRandom::instance());
        auth::LoopbackRedirectListener listener(state);
        EXPECT_FALSE(listener.listen().has_value());
        flow.redirectUri = listener.redirectUri();
        QObject::connect(&listener, &auth::LoopbackRedirectListener::codeReceived,
                         [&](const QString& code) { flow.code = code; });
        QObject::connect(&listener, &auth::LoopbackRedirectListener::failed,
                         [&](const Error& error) { flow.error = error.toString(); });
        QUrl authorize(endpoint("authorization_endpoint"));
        authorize.setQuery(
            QString::fromLatin1(
                formEncode({{QStringLiteral("response_type"), QStringLiteral("code")},
                            {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                            {QStringLiteral("redirect_uri"), flow.redirectUri.toString()},
                            {QStringLiteral("scope"), QStringLiteral("openid email profile offline_access")},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("code_challenge"), auth::Pkce::challengeS256(verifier)},
                            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}})),
            QUrl::StrictMode);
        QProcess browser;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TEST_BROWSER_EMAIL"), kEmail);
        environment.insert(QStringLiteral("TEST_BROWSER_PASSWORD"), password);
        environment.insert(QStringLiteral("TEST_BROWSER_DECISION"), decision);
        browser.setProcessEnvironment(environment);
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.start(QStringLiteral(TEST_BROWSER_PATH), {authorize.toString(QUrl::FullyEncoded)});
        EXPECT_TRUE(waitUntil([&] { return browser.state() == QProcess::NotRunning; }, 30000));
        waitUntil([&] { return !flow.code.isEmpty() || !flow.error.isEmpty(); }, 2000);
        flow.browserExit = browser.exitStatus() == QProcess::NormalExit ? browser.exitCode() : -2;
        flow.browserOutput = QString::fromUtf8(browser.readAll());
        return flow;
    }

    QProcess m_provider;
    QUrl m_issuer;
    QJsonObject m_discovery;
    QNetworkAccessManager m_network;
};

TEST_F(OidcProviderFlowTest, DiscoveryAdvertisesPkceS256AndTheEndpointsTheConsoleUses) {
    EXPECT_EQ(m_discovery.value(QStringLiteral("issuer")).toString(), m_issuer.toString());
    EXPECT_TRUE(m_discovery.value(QStringLiteral("code_challenge_methods_supported"))
                    .toArray()
                    .contains(QStringLiteral("S256")));
    for (const char* name :
         {"authorization_endpoint", "token_endpoint", "userinfo_endpoint", "revocation_endpoint"}) {
        EXPECT_FALSE(endpoint(name).isEmpty()) << name;
    }
}

TEST_F(OidcProviderFlowTest, TestBrowserSignsInAndTheCodeBuysTokensUserInfoAndARefresh) {
    const QString verifier = auth::Pkce::createVerifier(SystemRandom::instance());
    const Flow flow = run(verifier, QStringLiteral("allow"), kPassword);
    ASSERT_EQ(flow.browserExit, 0) << flow.browserOutput.toStdString();
    ASSERT_FALSE(flow.code.isEmpty()) << flow.error.toStdString();
    const Reply tokens = postForm(endpoint("token_endpoint"),
                                  {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                   {QStringLiteral("code"), flow.code},
                                   {QStringLiteral("redirect_uri"), flow.redirectUri.toString()},
                                   {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                                   {QStringLiteral("code_verifier"), verifier}});
    ASSERT_EQ(tokens.status, 200) << QJsonDocument(tokens.json).toJson().toStdString();
    EXPECT_FALSE(tokens.json.value(QStringLiteral("id_token")).toString().isEmpty());
    const QString refresh = tokens.json.value(QStringLiteral("refresh_token")).toString();
    ASSERT_FALSE(refresh.isEmpty());

    const Reply user = get(QUrl(endpoint("userinfo_endpoint")),
                           tokens.json.value(QStringLiteral("access_token")).toString());
    ASSERT_EQ(user.status, 200);
    EXPECT_EQ(user.json.value(QStringLiteral("sub")).toString(), kEmail);
    EXPECT_EQ(user.json.value(QStringLiteral("email")).toString(), kEmail);

    const Reply refreshed = postForm(endpoint("token_endpoint"),
                                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                      {QStringLiteral("refresh_token"), refresh},
                                      {QStringLiteral("client_id"), QStringLiteral("campaign-console")}});
    ASSERT_EQ(refreshed.status, 200);
    EXPECT_NE(refreshed.json.value(QStringLiteral("refresh_token")).toString(),
              refresh); // rotated for public clients
}

TEST_F(OidcProviderFlowTest, WrongVerifierIsRefusedByTheProvider) {
    const Flow flow =
        run(auth::Pkce::createVerifier(SystemRandom::instance()), QStringLiteral("allow"), kPassword);
    ASSERT_FALSE(flow.code.isEmpty()) << flow.browserOutput.toStdString();
    const Reply tokens =
        postForm(endpoint("token_endpoint"),
                 {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), flow.code},
                  {QStringLiteral("redirect_uri"), flow.redirectUri.toString()},
                  {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                  {QStringLiteral("code_verifier"), auth::Pkce::createVerifier(SystemRandom::instance())}});
    EXPECT_EQ(tokens.status, 400);
    EXPECT_EQ(tokens.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

TEST_F(OidcProviderFlowTest, CancellingInTheBrowserReachesTheListenerAsAccessDenied) {
    const Flow flow =
        run(auth::Pkce::createVerifier(SystemRandom::instance()), QStringLiteral("deny"), kPassword);
    EXPECT_TRUE(flow.code.isEmpty());
    EXPECT_TRUE(flow.error.contains(QStringLiteral("access_denied")))
        << flow.error.toStdString() << flow.browserOutput.toStdString();
}

TEST_F(OidcProviderFlowTest, WrongPasswordStopsTheBrowser) {
    const Flow flow = run(auth::Pkce::createVerifier(SystemRandom::instance()), QStringLiteral("allow"),
                          QStringLiteral("wrong"));
    EXPECT_EQ(flow.browserExit, 1) << flow.browserOutput.toStdString();
    EXPECT_TRUE(flow.code.isEmpty());
}

// The console's own code end to end against the provider: SignInFlow (discovery, loopback, browser through
// CAMPAIGN_CONSOLE_BROWSER's opener, exchange, ID token) and a Session refresh with rotation.
class ConsoleOidcTest : public OidcProviderFlowTest {};

TEST_F(ConsoleOidcTest, SignInFlowAndSessionRefreshWorkAgainstAnIndependentProvider) {
    qputenv("TEST_BROWSER_EMAIL", kEmail.toUtf8());
    qputenv("TEST_BROWSER_PASSWORD", kPassword.toUtf8());
    Profile profile;
    profile.name = QStringLiteral("oidc-provider");
    profile.authFlavor = QStringLiteral("oidc");
    profile.oidcIssuer = m_issuer;
    profile.projectUrl = m_issuer;
    net::ApiClient client(SystemClock::instance(), SystemRandom::instance());
    auth::CommandBrowserOpener browser(QStringLiteral(TEST_BROWSER_PATH));
    auth::SignInFlow flow(profile, client, SystemRandom::instance());
    std::optional<auth::SessionTokens> tokens;
    QString failure;
    QObject::connect(&flow, &auth::SignInFlow::succeeded, [&](const auth::SessionTokens& t) { tokens = t; });
    QObject::connect(&flow, &auth::SignInFlow::failed, [&](const Error& e) { failure = e.toString(); });
    flow.start(&browser);
    ASSERT_TRUE(waitUntil([&] { return tokens.has_value() || !failure.isEmpty(); }, 60000));
    ASSERT_TRUE(tokens.has_value()) << failure.toStdString();
    EXPECT_EQ(tokens->email, kEmail);
    EXPECT_FALSE(tokens->userId.isEmpty());
    ASSERT_FALSE(tokens->refreshToken.isEmpty());

    auth::MemorySecretStore keychain;
    auth::TokenStore store(keychain);
    auth::Session session(profile, client, store, SystemClock::instance());
    SignalCounter signedIn(&session, &auth::Session::signedIn);
    session.adopt(*tokens);
    ASSERT_TRUE(signedIn.waitForCount(1));
    bool refreshed = false;
    bool done = false;
    session.refresh([&](bool ok) {
        refreshed = ok;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 15000));
    EXPECT_TRUE(refreshed);
    EXPECT_NE(session.tokens().refreshToken, tokens->refreshToken);
    EXPECT_EQ(session.tokens().email, kEmail);
}

} // namespace
} // namespace cc::test
