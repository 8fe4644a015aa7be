#include "app/core/ProfileStore.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/unit/cli/CtlRunner.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {
namespace {

class CtlDemoTest : public test::IsolatedTest {};

TEST_F(CtlDemoTest, DemoRunsACommandAgainstTheBuiltInSandbox) {
    const auto run =
        test::runCtl({QStringLiteral("--demo"), QStringLiteral("doctor"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("profile")).toString(), QStringLiteral("local"));
    EXPECT_TRUE(ProfileStore().profiles().isEmpty()) << "the demo profile is never saved";
}

TEST_F(CtlDemoTest, DemoMayComeAfterTheCommand) {
    const auto run = test::runCtl({QStringLiteral("doctor"), QStringLiteral("--demo")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("local")));
}

TEST_F(CtlDemoTest, DemoAndProfileExcludeEachOther) {
    const auto run = test::runCtl({QStringLiteral("--demo"), QStringLiteral("doctor"),
                                   QStringLiteral("--profile"), QStringLiteral("x")});
    EXPECT_EQ(run.exitCode, 2);
}

TEST_F(CtlDemoTest, ProfileAfterTheCommandIsHonoured) {
    const auto run =
        test::runCtl({QStringLiteral("doctor"), QStringLiteral("--profile"), QStringLiteral("nope")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("nope"))) << run.err.toStdString();
}

} // namespace
} // namespace cc
