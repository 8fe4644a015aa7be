// The demo's colleagues: each act is one real write by a demo marketer, through REST, to their own campaign.
#include "app/sandbox/DemoActivity.h"
#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cc::sandbox::test {
namespace {

class SandboxDemoActivityTest : public SandboxFixture {
protected:
    SandboxOptions options() const override {
        SandboxOptions o = SandboxFixture::options();
        o.seedCount = 40;
        o.activityIntervalMs = 3'600'000; // the timer never fires here: the test calls act() itself
        return o;
    }

    // The most recently changed campaign, as the administrator sees it.
    QJsonObject newest() {
        const auto reply = m_client->get(QStringLiteral("/rest/v1/campaigns?select=id,user_id,updated_at"
                                                        "&order=updated_at.desc&limit=1"),
                                         asUser(accessToken(admin())));
        return reply.array().first().toObject();
    }
};

TEST_F(SandboxDemoActivityTest, IsOffUnlessAsked) {
    EXPECT_EQ(SandboxOptions().activityIntervalMs, 0);
    EXPECT_GT(SandboxOptions::demo().activityIntervalMs, 0);
}

TEST_F(SandboxDemoActivityTest, EachActChangesOneCampaignOfAMarketerNow) {
    ASSERT_NE(m_server->activity(), nullptr);
    m_clock.advance(60'000);
    ASSERT_TRUE(m_server->activity()->act());
    EXPECT_EQ(m_server->activity()->changesMade(), 1);
    const QJsonObject row = newest();
    const QDateTime changedAt =
        QDateTime::fromString(row.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    EXPECT_EQ(changedAt, m_clock.nowUtc());
    const QString owner = row.value(QStringLiteral("user_id")).toString();
    EXPECT_TRUE(owner == marketer(0).id || owner == marketer(1).id) << owner.toStdString();
}

TEST_F(SandboxDemoActivityTest, ManyActsKeepTheDataValid) {
    for (int i = 0; i < 25; ++i) {
        m_clock.advance(1'000);
        EXPECT_TRUE(m_server->activity()->act()) << "act " << i;
    }
    EXPECT_EQ(m_server->activity()->changesMade(), 25);
}

} // namespace
} // namespace cc::sandbox::test
