// Offline means unreachable: `campaigns list` answers from the cache only when the backend cannot be reached
// (or fails with a 5xx after the retries); a refusal (a wrong anon key, a bad request) is an error with the
// server's message and a non-zero exit.
#include "app/core/ProfileStore.h"
#include "tests/integration/data/CtlFixture.h"

#include <QJsonDocument>

namespace cc::data::test {
namespace {

class CtlRefusalTest : public CtlFixture {
protected:
    void SetUp() override {
        CtlFixture::SetUp();
        // Something in the cache to fall back on.
        ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("list")}).exitCode, 0);
    }
    Run listJson() {
        return ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
    }
};

TEST_F(CtlRefusalTest, AWrongAnonKeyIsAnErrorNotTheCache) {
    ProfileStore store(m_settings);
    Profile profile = *store.find(QStringLiteral("local"));
    profile.anonKey = QStringLiteral("not-the-key");
    ASSERT_TRUE(store.update(QStringLiteral("local"), profile).ok());

    const Run listed = listJson();
    EXPECT_EQ(listed.exitCode, 1) << listed.out.toStdString();
    EXPECT_FALSE(listed.out.contains(QStringLiteral("\"source\""))) << listed.out.toStdString();
    EXPECT_FALSE(listed.err.contains(QStringLiteral("offline"))) << listed.err.toStdString();
    EXPECT_TRUE(listed.err.contains(QStringLiteral("error"))) << listed.err.toStdString();
}

TEST_F(CtlRefusalTest, ABadRequestIsAnErrorWithTheServersMessage) {
    ASSERT_FALSE(
        m_server->configureFaults({{QStringLiteral("rest"), QJsonObject{{QStringLiteral("status"), 400}}}}));
    const Run listed = ctl({QStringLiteral("campaigns"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 1) << listed.out.toStdString();
    EXPECT_FALSE(listed.err.contains(QStringLiteral("offline"))) << listed.err.toStdString();
    EXPECT_TRUE(listed.err.contains(QStringLiteral("campaignctl: "))) << listed.err.toStdString();
}

TEST_F(CtlRefusalTest, AServerErrorAfterTheRetriesStillFallsBackToTheCache) {
    ASSERT_FALSE(
        m_server->configureFaults({{QStringLiteral("rest"), QJsonObject{{QStringLiteral("status"), 503}}}}));
    const Run listed = listJson();
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("source")).toString(),
        QStringLiteral("cache"));
    EXPECT_TRUE(listed.err.contains(QStringLiteral("offline"))) << listed.err.toStdString();
}

} // namespace
} // namespace cc::data::test
