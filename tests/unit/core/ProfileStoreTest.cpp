#include "app/core/ProfileStore.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>

namespace cc {
namespace {

Profile makeProfile(const QString& name, const QString& url = QStringLiteral("https://abcd.supabase.co")) {
    Profile p;
    p.name = name;
    p.projectUrl = QUrl(url);
    p.anonKey = QStringLiteral("anon-key-public");
    return p;
}

class ProfileStoreTest : public test::IsolatedTest {};

TEST_F(ProfileStoreTest, StartsEmpty) {
    ProfileStore store;
    EXPECT_TRUE(store.profiles().isEmpty());
    EXPECT_TRUE(store.currentName().isEmpty());
}

TEST_F(ProfileStoreTest, LivesInTheStandardConfigLocationAsIni) {
    ProfileStore store;
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("Prod"))).ok());
    EXPECT_TRUE(store.fileName().startsWith(configPath())) << store.fileName().toStdString();
    EXPECT_TRUE(store.fileName().endsWith(QStringLiteral(".ini")));
    EXPECT_TRUE(QFileInfo::exists(store.fileName()));
}

TEST_F(ProfileStoreTest, AddedProfilesSurviveANewStore) {
    Profile staging = makeProfile(QStringLiteral("Staging"), QStringLiteral("https://stg.supabase.co"));
    staging.environment = QStringLiteral("staging");
    staging.color = QStringLiteral("#123456");
    staging.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    {
        ProfileStore store;
        ASSERT_TRUE(store.add(makeProfile(QStringLiteral("Prod"))).ok());
        ASSERT_TRUE(store.add(staging).ok());
    }
    ProfileStore reopened;
    ASSERT_EQ(reopened.profiles().size(), 2);
    EXPECT_EQ(reopened.find(QStringLiteral("staging")).value(), staging);
}

TEST_F(ProfileStoreTest, RefusesAnInvalidProfileAndSavesNothing) {
    ProfileStore store;
    const auto result =
        store.add(makeProfile(QStringLiteral("Remote"), QStringLiteral("http://example.com")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Validation);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("HTTPS is required")));
    EXPECT_TRUE(store.profiles().isEmpty());
}

TEST_F(ProfileStoreTest, RefusesADuplicateName) {
    ProfileStore store;
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("Prod"))).ok());
    const auto result = store.add(makeProfile(QStringLiteral("PROD")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(store.profiles().size(), 1);
}

TEST_F(ProfileStoreTest, UpdateCanRenameAndKeepsTheCurrentSelection) {
    ProfileStore store;
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("Prod"))).ok());
    store.setCurrentName(QStringLiteral("Prod"));
    ASSERT_TRUE(store.update(QStringLiteral("Prod"), makeProfile(QStringLiteral("Production"))).ok());
    EXPECT_EQ(store.names(), QStringList{QStringLiteral("Production")});
    EXPECT_EQ(store.currentName(), QStringLiteral("Production"));
}

TEST_F(ProfileStoreTest, CurrentSelectionSurvivesANewStore) {
    {
        ProfileStore store;
        ASSERT_TRUE(store.add(makeProfile(QStringLiteral("A"))).ok());
        ASSERT_TRUE(store.add(makeProfile(QStringLiteral("B"))).ok());
        store.setCurrentName(QStringLiteral("B"));
        ASSERT_FALSE(store.sync().has_value());
    }
    EXPECT_EQ(ProfileStore().currentName(), QStringLiteral("B"));
}

TEST_F(ProfileStoreTest, UpdateMayKeepItsOwnName) {
    ProfileStore store;
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("Prod"))).ok());
    Profile changed = makeProfile(QStringLiteral("Prod"), QStringLiteral("https://other.supabase.co"));
    ASSERT_TRUE(store.update(QStringLiteral("Prod"), changed).ok());
    EXPECT_EQ(store.find(QStringLiteral("Prod"))->projectUrl, changed.projectUrl);
}

TEST_F(ProfileStoreTest, UpdateOfAMissingProfileFails) {
    ProfileStore store;
    EXPECT_FALSE(store.update(QStringLiteral("Nope"), makeProfile(QStringLiteral("Nope"))).ok());
}

TEST_F(ProfileStoreTest, RemoveDeletesAndMovesTheCurrentSelection) {
    ProfileStore store;
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("A"))).ok());
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("B"))).ok());
    store.setCurrentName(QStringLiteral("A"));
    ASSERT_TRUE(store.remove(QStringLiteral("a")).ok());
    EXPECT_EQ(store.names(), QStringList{QStringLiteral("B")});
    EXPECT_EQ(store.currentName(), QStringLiteral("B"));
    EXPECT_FALSE(store.remove(QStringLiteral("A")).ok());
}

TEST_F(ProfileStoreTest, TheSettingsFileHoldsNoTokens) {
    ProfileStore store;
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("Prod"))).ok());
    QFile f(store.fileName());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray ini = f.readAll().toLower();
    EXPECT_FALSE(ini.contains("access_token"));
    EXPECT_FALSE(ini.contains("refresh_token"));
    EXPECT_FALSE(ini.contains("password"));
}

// A damaged or hand-edited file: "size=2000000000" once kept every program at 100 % CPU for minutes.
void writeIni(const QString& path, const QByteArray& text) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

TEST_F(ProfileStoreTest, AHugeDeclaredArraySizeReadsOnlyTheEntriesPresent) {
    const QString path = homePath() + QStringLiteral("/damaged.ini");
    writeIni(path, "[profiles]\nsize=2000000000\n1\\name=Prod\n1\\projectUrl=https://abcd.supabase.co\n"
                   "7\\name=Staging\n7\\projectUrl=https://stg.supabase.co\n");
    ProfileStore store(path);
    const QList<Profile> profiles = store.profiles();
    ASSERT_EQ(profiles.size(), 2);
    EXPECT_EQ(profiles[0].name, QStringLiteral("Prod"));
    EXPECT_EQ(profiles[1].name, QStringLiteral("Staging"));
    EXPECT_TRUE(store.readProblem().contains(QStringLiteral("damaged"))) << store.readProblem().toStdString();
}

TEST_F(ProfileStoreTest, AnIntactFileHasNoReadProblem) {
    ProfileStore store;
    ASSERT_TRUE(store.add(makeProfile(QStringLiteral("Prod"))).ok());
    EXPECT_EQ(ProfileStore().profiles().size(), 1);
    EXPECT_TRUE(store.readProblem().isEmpty());
}

TEST_F(ProfileStoreTest, EntriesBeyondTheDeclaredSizeAreNotRead) {
    const QString path = homePath() + QStringLiteral("/short.ini");
    writeIni(path, "[profiles]\nsize=1\n1\\name=Prod\n2\\name=Ghost\n");
    EXPECT_EQ(ProfileStore(path).names(), QStringList{QStringLiteral("Prod")});
}

TEST_F(ProfileStoreTest, AtMostTheMaximumNumberOfProfilesIsRead) {
    const QString path = homePath() + QStringLiteral("/many.ini");
    QByteArray text = "[profiles]\nsize=5000\n";
    for (int i = 1; i <= ProfileStore::kMaxProfiles + 5; ++i) {
        text += QByteArray::number(i) + "\\name=P" + QByteArray::number(i) + "\n";
    }
    writeIni(path, text);
    ProfileStore store(path);
    EXPECT_EQ(store.profiles().size(), ProfileStore::kMaxProfiles);
    EXPECT_FALSE(store.readProblem().isEmpty());
}

} // namespace
} // namespace cc
