// Folders 0700 and files 0600 whatever the umask: what the programs keep describes what a person did.
#include "app/core/OwnerOnlyPaths.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cc {
namespace {

constexpr QFileDevice::Permissions kFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Only the mode bits that differ between users (QFile also reports ReadUser etc.).
QFileDevice::Permissions modeOf(const QString& path) {
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

class OwnerOnlyPathsTest : public test::IsolatedTest {};

TEST_F(OwnerOnlyPathsTest, NewFoldersAreOwnerOnlyAtEveryLevel) {
    const QString root = dataPath() + QStringLiteral("/CampaignConsole");
    ASSERT_TRUE(OwnerOnlyPaths::makeDirectory(root + QStringLiteral("/a/b")));
    EXPECT_EQ(modeOf(root), kFolder);
    EXPECT_EQ(modeOf(root + QStringLiteral("/a")), kFolder);
    EXPECT_EQ(modeOf(root + QStringLiteral("/a/b")), kFolder);
}

TEST_F(OwnerOnlyPathsTest, FoldersAnOlderVersionLeftOpenAreTightenedUpToTheStandardLocation) {
    const QString root = dataPath() + QStringLiteral("/CampaignConsole");
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/logs")));
    const auto open = kFolder | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                      QFileDevice::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(root, open));
    ASSERT_TRUE(QFile::setPermissions(root + QStringLiteral("/logs"), open));
    const QFileDevice::Permissions base = modeOf(dataPath());
    ASSERT_TRUE(OwnerOnlyPaths::makeDirectory(root + QStringLiteral("/logs")));
    EXPECT_EQ(modeOf(root), kFolder);
    EXPECT_EQ(modeOf(root + QStringLiteral("/logs")), kFolder);
    EXPECT_EQ(modeOf(dataPath()), base) << "the standard location itself is not ours";
}

TEST_F(OwnerOnlyPathsTest, AFileIsCreatedOwnerOnly) {
    const QString file = configPath() + QStringLiteral("/CampaignConsole/campaign-console.ini");
    ASSERT_TRUE(OwnerOnlyPaths::makeFile(file));
    EXPECT_EQ(modeOf(file), kFile);
    EXPECT_EQ(modeOf(QFileInfo(file).absolutePath()), kFolder);
}

} // namespace
} // namespace cc
