#include "app/core/AppInfo.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc {
namespace {

// Test binaries register no commit; each test puts back what it found.
class AppInfoTest : public ::testing::Test {
protected:
    void TearDown() override { AppInfo::setCommit(nullptr); }
};

TEST_F(AppInfoTest, VersionTextWithoutACommitIsTheProjectVersion) {
    AppInfo::setCommit(nullptr);
    EXPECT_EQ(AppInfo::versionText(), QStringLiteral(CONSOLE_VERSION));
}

TEST_F(AppInfoTest, VersionTextNamesTheCommitABuildCameFrom) {
    AppInfo::setCommit("1a2b3c4d5e6f");
    EXPECT_EQ(AppInfo::versionText(), QStringLiteral(CONSOLE_VERSION " (git 1a2b3c4d5e6f)"));
}

TEST_F(AppInfoTest, AnEmptyCommitMeansNoCheckout) {
    AppInfo::setCommit("");
    EXPECT_TRUE(AppInfo::commit().isEmpty());
    EXPECT_EQ(AppInfo::versionText(), QStringLiteral(CONSOLE_VERSION));
}

} // namespace
} // namespace cc
