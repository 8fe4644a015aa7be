#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/unit/cli/CtlRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>

namespace cc {
namespace {

class CtlApplicationTest : public test::IsolatedTest {};

TEST_F(CtlApplicationTest, HelpSucceedsAndListsTheCommands) {
    const auto run = test::runCtl({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("profiles list")));
}

TEST_F(CtlApplicationTest, VersionPrintsTheVersion) {
    const auto run = test::runCtl({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QCoreApplication::applicationVersion()));
}

TEST_F(CtlApplicationTest, NoCommandIsAUsageError) {
    const auto run = test::runCtl({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no command")));
}

TEST_F(CtlApplicationTest, UnknownCommandIsAUsageError) {
    const auto run = test::runCtl({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("frobnicate")));
}

TEST_F(CtlApplicationTest, UnknownOptionIsAUsageError) {
    EXPECT_EQ(test::runCtl({QStringLiteral("--frobnicate"), QStringLiteral("profiles")}).exitCode, 2);
}

TEST_F(CtlApplicationTest, BadLogLevelIsAUsageError) {
    const auto run = test::runCtl({QStringLiteral("--log-level"), QStringLiteral("loud"),
                                   QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 2);
}

TEST_F(CtlApplicationTest, BadLanguageIsAUsageError) {
    const auto run = test::runCtl(
        {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 2);
}

TEST_F(CtlApplicationTest, TheInstalledProgramReturnsTheSameExitCodes) {
    QProcess ok;
    ok.start(QStringLiteral(CAMPAIGNCTL_PATH),
             {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_TRUE(ok.waitForFinished(30000));
    EXPECT_EQ(ok.exitCode(), 0);
    EXPECT_EQ(ok.readAllStandardOutput().trimmed(), QByteArray("[]"));

    QProcess usage;
    usage.start(QStringLiteral(CAMPAIGNCTL_PATH), {QStringLiteral("nonsense")});
    ASSERT_TRUE(usage.waitForFinished(30000));
    EXPECT_EQ(usage.exitCode(), 2);

    QProcess failure;
    failure.start(QStringLiteral(CAMPAIGNCTL_PATH),
                  {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("missing")});
    ASSERT_TRUE(failure.waitForFinished(30000));
    EXPECT_EQ(failure.exitCode(), 1);
}

TEST_F(CtlApplicationTest, ADamagedProfileArrayIsReportedAndTheCommandStillAnswers) {
    const QString path = homePath() + QStringLiteral("/damaged.ini");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[profiles]\nsize=2000000000\n1\\name=Prod\n1\\projectUrl=https://abcd.supabase.co\n");
    file.close();
    QProcess process;
    process.start(QStringLiteral(CAMPAIGNCTL_PATH),
                  {QStringLiteral("--config"), path, QStringLiteral("profiles"), QStringLiteral("list")});
    ASSERT_TRUE(process.waitForFinished(30000)) << "it reads the entries present, not two billion";
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardOutput().contains("Prod"));
    EXPECT_TRUE(process.readAllStandardError().contains("damaged"));
}

} // namespace
} // namespace cc
