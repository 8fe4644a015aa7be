#include "ui/settings/ConnectionTester.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/ui/settings/FakeHttpServer.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>

namespace cc::ui {
namespace {

class ConnectionTesterTest : public ::testing::Test {
protected:
    Profile profileFor(const QString& url) {
        Profile p;
        p.name = QStringLiteral("Local");
        p.projectUrl = QUrl(url);
        p.anonKey = QStringLiteral("anon-key-123");
        p.environment = QStringLiteral("local");
        return p;
    }

    // Runs one test and returns its result; fails the test if none arrives.
    ConnectionTestResult run(const Profile& profile) {
        ConnectionTestResult result;
        bool done = false;
        auto connection =
            QObject::connect(&m_tester, &ConnectionTester::finished, [&](const ConnectionTestResult& r) {
                result = r;
                done = true;
            });
        m_tester.test(profile);
        EXPECT_FALSE(done) << "the result must arrive through the event loop, not inside test()";
        EXPECT_TRUE(test::waitUntil([&] { return done; }, 15'000));
        QObject::disconnect(connection);
        return result;
    }

    QNetworkAccessManager m_network;
    ConnectionTester m_tester{&m_network};
    test::FakeHttpServer m_server;
};

TEST_F(ConnectionTesterTest, AsksTheAuthHealthEndpointWithTheApiKeyThenTheSignInSetup) {
    m_server.respondWith(200, R"({"version":"v2.170.0","name":"GoTrue"})");
    m_server.respondTo("/auth/v1/settings", 200, R"({"external":{"github":true,"email":true}})");
    m_server.respondTo("/auth/v1/authorize", 200, "<html>sign in</html>");
    Profile profile = profileFor(m_server.baseUrl());
    profile.authProvider = QStringLiteral("github");
    const ConnectionTestResult result = run(profile);
    EXPECT_TRUE(result.ok) << result.message.toStdString();
    EXPECT_EQ(result.httpStatus, 200);
    EXPECT_TRUE(result.message.contains(QStringLiteral("v2.170.0"))) << result.message.toStdString();
    ASSERT_EQ(m_server.paths().size(), 3);
    EXPECT_EQ(m_server.paths().at(0), QByteArray("/auth/v1/health"));
    EXPECT_EQ(m_server.paths().at(1), QByteArray("/auth/v1/settings"));
    EXPECT_TRUE(m_server.paths().at(2).startsWith("/auth/v1/authorize?provider=github&"));
    EXPECT_EQ(m_server.lastHeader("apikey"), QByteArray("anon-key-123"));
    EXPECT_EQ(result.providers, QStringList{QStringLiteral("github")});
}

TEST_F(ConnectionTesterTest, AProfileWithoutAProviderIsOfferedTheServersOnlyOne) {
    m_server.respondWith(200, R"({"version":"v2.170.0"})");
    m_server.respondTo("/auth/v1/settings", 200, R"({"external":{"github":true,"google":false}})");
    const ConnectionTestResult result = run(profileFor(m_server.baseUrl()));
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.suggestedProvider, QStringLiteral("github"));
    EXPECT_TRUE(result.message.contains(QStringLiteral("Choose github as the provider")))
        << result.message.toStdString();
}

TEST_F(ConnectionTesterTest, ARedirectTheServerDoesNotAllowIsExplainedWithItsFix) {
    m_server.respondWith(200, R"({"version":"v2.170.0"})");
    m_server.respondTo("/auth/v1/settings", 200, R"({"external":{"github":true}})");
    m_server.respondTo("/auth/v1/authorize", 400,
                       R"({"code":400,"msg":"The application's redirect address is not allowed."})");
    Profile profile = profileFor(m_server.baseUrl());
    profile.authProvider = QStringLiteral("github");
    const ConnectionTestResult result = run(profile);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("Redirect URLs"))) << result.message.toStdString();
}

TEST_F(ConnectionTesterTest, KeepsAProjectUrlPathPrefix) {
    EXPECT_EQ(ConnectionTester::healthUrl(profileFor(QStringLiteral("https://host.example/base/"))),
              QUrl(QStringLiteral("https://host.example/base/auth/v1/health")));
}

TEST_F(ConnectionTesterTest, RefusedKeyIsExplained) {
    m_server.respondWith(401, R"({"message":"Invalid API key"})");
    const ConnectionTestResult result = run(profileFor(m_server.baseUrl()));
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.httpStatus, 401);
    EXPECT_TRUE(result.message.contains(QStringLiteral("anon key"))) << result.message.toStdString();
}

TEST_F(ConnectionTesterTest, ServerErrorReportsTheStatus) {
    m_server.respondWith(503, "{}");
    const ConnectionTestResult result = run(profileFor(m_server.baseUrl()));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("503"))) << result.message.toStdString();
}

TEST_F(ConnectionTesterTest, RefusedConnectionIsAFailure) {
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        closedPort = probe.serverPort();
    }
    const ConnectionTestResult result =
        run(profileFor(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.startsWith(QStringLiteral("Could not connect")))
        << result.message.toStdString();
}

TEST_F(ConnectionTesterTest, SilentServerTimesOutWithoutBlocking) {
    m_server.staySilent();
    m_tester.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const ConnectionTestResult result = run(profileFor(m_server.baseUrl()));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("No answer within 0.3 s")))
        << result.message.toStdString();
    EXPECT_LT(clock.elapsed(), 5'000);
}

TEST_F(ConnectionTesterTest, DefaultTimeoutIsTenSeconds) {
    EXPECT_EQ(m_tester.timeout(), 10'000);
}

TEST_F(ConnectionTesterTest, PlainHttpToARemoteHostIsRefusedBeforeSending) {
    const ConnectionTestResult result = run(profileFor(QStringLiteral("http://example.com")));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("HTTPS"))) << result.message.toStdString();
}

TEST_F(ConnectionTesterTest, ANewTestAbandonsTheRunningOne) {
    m_server.staySilent();
    test::SignalCounter results(&m_tester, &ConnectionTester::finished);
    m_tester.test(profileFor(m_server.baseUrl()));
    ASSERT_TRUE(m_tester.isRunning());
    m_server.respondWith(200, "{}");
    m_tester.test(profileFor(m_server.baseUrl()));
    ASSERT_TRUE(results.waitForCount(1, 10'000));
    EXPECT_FALSE(test::waitUntil([&] { return results.count() > 1; }, 300));
    EXPECT_EQ(results.count(), 1);
}

TEST_F(ConnectionTesterTest, AProviderDisabledOnTheSandboxIsReportedWithTheFix) {
    test::ManualClock clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    sandbox::SandboxOptions options;
    options.providers = {QStringLiteral("sandbox")};
    sandbox::SandboxServer server(options, clock);
    const auto started = server.start();
    ASSERT_TRUE(started.ok());
    Profile profile = profileFor(started.value().toString());
    profile.anonKey = server.info().anonKey;
    profile.authProvider = QStringLiteral("github");
    const ConnectionTestResult result = run(profile);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("github is not enabled on the server")))
        << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("Choose sandbox as the provider")))
        << result.message.toStdString();
    EXPECT_EQ(result.providers, QStringList{QStringLiteral("sandbox")});
}

TEST_F(ConnectionTesterTest, TheSandboxsOwnProviderPassesTheSignInCheck) {
    test::ManualClock clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    sandbox::SandboxServer server(sandbox::SandboxOptions{}, clock);
    const auto started = server.start();
    ASSERT_TRUE(started.ok());
    Profile profile = profileFor(started.value().toString());
    profile.anonKey = server.info().anonKey;
    profile.authProvider = QStringLiteral("sandbox");
    const ConnectionTestResult result = run(profile);
    EXPECT_TRUE(result.ok) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("uses PKCE"))) << result.message.toStdString();
}

} // namespace
} // namespace cc::ui
