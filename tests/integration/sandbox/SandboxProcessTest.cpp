#include "app/sandbox/SandboxOptions.h"
#include "tests/integration/sandbox/SandboxTestClient.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

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

TEST(SandboxProcess, DemoSeedsTheConsolesDataSetAndProfileSavesALocalProfile) {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CAMPAIGN_SANDBOX_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("sandbox-run")});
    ASSERT_TRUE(process.waitForStarted(10000));
    ASSERT_TRUE(cc::test::waitUntil([&] { return process.canReadLine(); }, 15000))
        << process.readAllStandardError().toStdString();
    const QJsonObject info = QJsonDocument::fromJson(process.readLine()).object();
    const QUrl url(info.value(QStringLiteral("url")).toString());

    SandboxTestClient client(url);
    const TestReply reply =
        client.get(QStringLiteral("/rest/v1/campaigns?select=id&limit=1"),
                   {{"apikey", info.value(QStringLiteral("service_role_key")).toString().toLatin1()},
                    {"Prefer", "count=exact"}});
    EXPECT_EQ(reply.header("content-range"),
              QByteArrayLiteral("0-0/") + QByteArray::number(SandboxOptions::kDemoCampaigns));

    QSettings settings(home.path() + QStringLiteral("/.config/CampaignConsole/campaign-console.ini"),
                       QSettings::IniFormat);
    const QString ini = QString::fromUtf8([&] {
        QFile f(settings.fileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    EXPECT_TRUE(ini.contains(QStringLiteral("name=sandbox-run"))) << ini.toStdString();
    EXPECT_TRUE(ini.contains(url.toString())) << ini.toStdString();
    EXPECT_TRUE(ini.contains(QStringLiteral("environment=local")));
    process.terminate();
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0);
}

// Starts the program, waits for its startup line, stops it and returns what it logged on stderr.
QString stderrOfARun(const QStringList& arguments, const QString& loggingRules) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (loggingRules.isEmpty()) {
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
    } else {
        env.insert(QStringLiteral("QT_LOGGING_RULES"), loggingRules);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CAMPAIGN_SANDBOX_PATH), arguments);
    EXPECT_TRUE(process.waitForStarted(10000));
    EXPECT_TRUE(cc::test::waitUntil([&] { return process.canReadLine(); }, 15000));
    process.terminate();
    EXPECT_TRUE(process.waitForFinished(10000));
    return QString::fromUtf8(process.readAllStandardError());
}

TEST(SandboxProcess, LogLevelWarningSilencesInfoLines) {
    EXPECT_TRUE(stderrOfARun({}, {}).contains(QStringLiteral("sandbox listening")));
    EXPECT_FALSE(stderrOfARun({QStringLiteral("--log-level"), QStringLiteral("warning")}, {})
                     .contains(QStringLiteral("sandbox listening")));
}

TEST(SandboxProcess, QtLoggingRulesWinOverLogLevel) {
    const QString both = stderrOfARun({QStringLiteral("--log-level"), QStringLiteral("warning")},
                                      QStringLiteral("console.sandbox.info=true"));
    EXPECT_TRUE(both.contains(QStringLiteral("sandbox listening"))) << both.toStdString();
    const QString rulesOnly = stderrOfARun({}, QStringLiteral("console.sandbox.info=false"));
    EXPECT_FALSE(rulesOnly.contains(QStringLiteral("sandbox listening"))) << rulesOnly.toStdString();
}

TEST(SandboxProcess, UnknownLogLevelIsAUsageError) {
    QProcess process;
    process.start(QStringLiteral(CAMPAIGN_SANDBOX_PATH),
                  {QStringLiteral("--log-level"), QStringLiteral("loud")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("loud"));
}

} // namespace
} // namespace cc::sandbox::test
