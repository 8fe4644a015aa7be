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

class ProfilesCommandTest : public test::IsolatedTest {
protected:
    test::CtlRun addStaging(QStringList extra = {}) {
        QStringList args{QStringLiteral("profiles"),      QStringLiteral("add"),
                         QStringLiteral("--name"),        QStringLiteral("Staging"),
                         QStringLiteral("--url"),         QStringLiteral("https://stg.supabase.co"),
                         QStringLiteral("--anon-key"),    QStringLiteral("anon-key"),
                         QStringLiteral("--environment"), QStringLiteral("staging")};
        return test::runCtl(args + extra);
    }
};

TEST_F(ProfilesCommandTest, ListOnAnEmptyStoreExplainsHowToAdd) {
    const auto run = test::runCtl({QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("profiles add")));
}

TEST_F(ProfilesCommandTest, AddThenListShowsTheProfile) {
    ASSERT_EQ(addStaging().exitCode, 0);
    const auto run = test::runCtl({QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Staging")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("https://stg.supabase.co")));
}

TEST_F(ProfilesCommandTest, ListJsonIsAnArrayOfProfiles) {
    ASSERT_EQ(addStaging().exitCode, 0);
    const auto run =
        test::runCtl({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 1);
    const QJsonObject p = array.first().toObject();
    EXPECT_EQ(p.value(QStringLiteral("name")).toString(), QStringLiteral("Staging"));
    EXPECT_EQ(p.value(QStringLiteral("environment")).toString(), QStringLiteral("staging"));
    EXPECT_TRUE(p.value(QStringLiteral("current")).toBool());
}

TEST_F(ProfilesCommandTest, JsonMayComeBeforeTheCommand) {
    ASSERT_EQ(addStaging().exitCode, 0);
    const auto run =
        test::runCtl({QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EQ(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
}

TEST_F(ProfilesCommandTest, AddJsonEchoesTheProfile) {
    const auto run = addStaging({QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("name")).toString(),
              QStringLiteral("Staging"));
}

TEST_F(ProfilesCommandTest, AddWithoutRequiredOptionsIsAUsageError) {
    const auto run = test::runCtl(
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--url")));
}

TEST_F(ProfilesCommandTest, AddOfAnInvalidProfileFailsWithTheReason) {
    const auto run =
        test::runCtl({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Remote"), QStringLiteral("--url"), QStringLiteral("http://x.example"),
                      QStringLiteral("--anon-key"), QStringLiteral("k")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("HTTPS is required")));
}

TEST_F(ProfilesCommandTest, AddOfADuplicateFails) {
    ASSERT_EQ(addStaging().exitCode, 0);
    const auto run = addStaging();
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("already exists")));
}

TEST_F(ProfilesCommandTest, RemoveDeletesTheProfile) {
    ASSERT_EQ(addStaging().exitCode, 0);
    const auto run =
        test::runCtl({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Staging")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(ProfileStore().profiles().isEmpty());
}

TEST_F(ProfilesCommandTest, RemoveOfAMissingProfileFails) {
    const auto run =
        test::runCtl({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Nope")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nope")));
}

TEST_F(ProfilesCommandTest, RemoveWithoutANameIsAUsageError) {
    EXPECT_EQ(test::runCtl({QStringLiteral("profiles"), QStringLiteral("remove")}).exitCode, 2);
}

TEST_F(ProfilesCommandTest, FailureWithJsonPrintsAJsonError) {
    const auto run = test::runCtl({QStringLiteral("profiles"), QStringLiteral("remove"),
                                   QStringLiteral("Nope"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(QJsonDocument::fromJson(run.err.toUtf8()).object().contains(QStringLiteral("error")));
}

TEST_F(ProfilesCommandTest, EditChangesOnlyTheFieldsGiven) {
    ASSERT_EQ(addStaging().exitCode, 0);
    const auto run =
        test::runCtl({QStringLiteral("profiles"), QStringLiteral("edit"), QStringLiteral("Staging"),
                      QStringLiteral("--provider"), QStringLiteral("github")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const std::optional<Profile> edited = ProfileStore().find(QStringLiteral("Staging"));
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->authProvider, QStringLiteral("github"));
    EXPECT_EQ(edited->projectUrl, QUrl(QStringLiteral("https://stg.supabase.co")));
    EXPECT_EQ(edited->environment, QStringLiteral("staging"));
    EXPECT_EQ(edited->anonKey, QStringLiteral("anon-key"));
}

TEST_F(ProfilesCommandTest, EditWithANewNameRenamesAndKeepsItCurrent) {
    ASSERT_EQ(addStaging().exitCode, 0);
    ASSERT_EQ(test::runCtl({QStringLiteral("profiles"), QStringLiteral("edit"), QStringLiteral("Staging"),
                            QStringLiteral("--name"), QStringLiteral("Stage")})
                  .exitCode,
              0);
    ProfileStore store;
    EXPECT_FALSE(store.find(QStringLiteral("Staging")));
    EXPECT_TRUE(store.find(QStringLiteral("Stage")));
    EXPECT_EQ(store.currentName(), QStringLiteral("Stage"));
}

TEST_F(ProfilesCommandTest, EditOfAnInvalidValueFailsAndChangesNothing) {
    ASSERT_EQ(addStaging().exitCode, 0);
    const auto run =
        test::runCtl({QStringLiteral("profiles"), QStringLiteral("edit"), QStringLiteral("Staging"),
                      QStringLiteral("--url"), QStringLiteral("http://example.com")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(ProfileStore().find(QStringLiteral("Staging"))->projectUrl,
              QUrl(QStringLiteral("https://stg.supabase.co")));
}

TEST_F(ProfilesCommandTest, EditWithoutAFieldOrOfAMissingProfileIsRefused) {
    ASSERT_EQ(addStaging().exitCode, 0);
    EXPECT_EQ(test::runCtl({QStringLiteral("profiles"), QStringLiteral("edit"), QStringLiteral("Staging")})
                  .exitCode,
              2);
    const auto missing =
        test::runCtl({QStringLiteral("profiles"), QStringLiteral("edit"), QStringLiteral("Nope"),
                      QStringLiteral("--provider"), QStringLiteral("github")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Nope")));
}

TEST_F(ProfilesCommandTest, ShowPrintsTheCurrentProfilesFields) {
    ASSERT_EQ(addStaging({QStringLiteral("--provider"), QStringLiteral("github")}).exitCode, 0);
    const auto run = test::runCtl({QStringLiteral("profiles"), QStringLiteral("show")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Staging")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Provider:")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("github")));
    const auto json = test::runCtl({QStringLiteral("profiles"), QStringLiteral("show"),
                                    QStringLiteral("Staging"), QStringLiteral("--json")});
    EXPECT_EQ(
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("provider")).toString(),
        QStringLiteral("github"));
}

TEST_F(ProfilesCommandTest, UnknownActionIsAUsageError) {
    EXPECT_EQ(test::runCtl({QStringLiteral("profiles"), QStringLiteral("rename")}).exitCode, 2);
    EXPECT_EQ(test::runCtl({QStringLiteral("profiles")}).exitCode, 2);
}

TEST_F(ProfilesCommandTest, ConfigOptionUsesAnotherFile) {
    const QString file = homePath() + QStringLiteral("/other.ini");
    ASSERT_EQ(addStaging({QStringLiteral("--config"), file}).exitCode, 0);
    EXPECT_TRUE(ProfileStore().profiles().isEmpty());
    EXPECT_EQ(ProfileStore(file).profiles().size(), 1);
}

} // namespace
} // namespace cc
