// After a whole campaignctl session (a profile added, campaigns created, listed, synced into the cache),
// every folder the programs made is 0700 and every file 0600: settings, caches and the outbox describe what a
// person did and are no other local account's to read.
#include "tests/integration/data/CtlFixture.h"

#include <QDirIterator>
#include <QFileInfo>

namespace cc::data::test {
namespace {

class CtlPermissionsTest : public CtlFixture {
protected:
    // Every entry under `root` (root included) whose mode is not owner-only.
    static QStringList openEntries(const QString& root) {
        constexpr auto kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                       QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteOther | QFileDevice::ExeOther;
        QStringList open;
        QStringList paths{root};
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            paths.append(it.next());
        }
        for (const QString& path : std::as_const(paths)) {
            const QFileInfo info(path);
            if ((info.permissions() & kGroupOrOther).toInt() != 0 ||
                (info.isDir() && !info.permission(QFileDevice::ExeOwner))) {
                open.append(path + QStringLiteral(" ") + QString::number(info.permissions().toInt(), 16));
            }
        }
        return open;
    }
};

TEST_F(CtlPermissionsTest, EveryFolderAndFileOfASessionIsOwnerOnly) {
    // The profile is in a settings file of its own (--config): the standard one is made by ProfileStore too.
    ASSERT_EQ(ctl({QStringLiteral("profiles"), QStringLiteral("list")}).exitCode, 0);
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Private")})
                  .exitCode,
              0);
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("list")}).exitCode, 0);
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("sync"), QStringLiteral("--all")}).exitCode,
              0);

    const QString data = dataPath() + QStringLiteral("/CampaignConsole");
    ASSERT_TRUE(QFileInfo::exists(outboxPath()));
    EXPECT_EQ(openEntries(data), QStringList{});
    EXPECT_EQ(openEntries(m_settings), QStringList{});
    const QString config = configPath() + QStringLiteral("/CampaignConsole");
    if (QFileInfo::exists(config)) {
        EXPECT_EQ(openEntries(config), QStringList{});
    }
}

} // namespace
} // namespace cc::data::test
