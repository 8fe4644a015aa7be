#include "tests/integration/sandbox/SandboxTestClient.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QProcess>

namespace cc::sandbox::test {
namespace {

TEST(SandboxProcess, PrintsOneJsonLineServesAndStopsCleanlyOnSigterm) {
    QProcess process;
    process.start(QStringLiteral(CAMPAIGN_SANDBOX_PATH), {QStringLiteral("--seed"), QStringLiteral("25"),
                                                          QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(process.waitForStarted(10000));
    ASSERT_TRUE(cc::test::waitUntil([&] { return process.canReadLine(); }, 15000))
        << process.readAllStandardError().toStdString();
    const QJsonObject info = QJsonDocument::fromJson(process.readLine()).object();
    const QUrl url(info.value(QStringLiteral("url")).toString());
    ASSERT_TRUE(url.isValid());
    EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(info.value(QStringLiteral("client_id")).toString(), QStringLiteral("campaign-console"));
    EXPECT_EQ(info.value(QStringLiteral("users")).toArray().size(), 3);

    SandboxTestClient client(url);
    const TestReply reply =
        client.get(QStringLiteral("/rest/v1/campaigns?select=id"),
                   {{"apikey", info.value(QStringLiteral("service_role_key")).toString().toLatin1()},
                    {"Prefer", "count=exact"}});
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.header("content-range"), QByteArray("0-24/25"));

    process.terminate(); // SIGTERM
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardOutput().trimmed().isEmpty())
        << "stdout carries only the startup line";
}

TEST(SandboxProcess, RefusesANonLoopbackHostWithoutAllowRemote) {
    QProcess process;
    process.start(QStringLiteral(CAMPAIGN_SANDBOX_PATH),
                  {QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--allow-remote"));
}

} // namespace
} // namespace cc::sandbox::test
