// A server that answers with a refusal is not "offline": the campaigns view says the server refused, while a
// server that cannot be reached (or fails with a 5xx) still gets the offline banner.
#include "tests/ui/campaigns/CampaignsPageFixture.h"
#include "ui/campaigns/CampaignsPage.h"

#include <QLabel>

namespace cc::ui {
namespace {

class CampaignsPageRefusalTest : public test::CampaignsPageFixture {};

TEST_F(CampaignsPageRefusalTest, ARefusalShowsTheServersErrorNotOffline) {
    settle([&] { m_page->refresh(true); });
    ASSERT_FALSE(
        m_server->configureFaults({{QStringLiteral("rest"), QJsonObject{{QStringLiteral("status"), 403}}}}));
    m_page->refresh(true);
    ASSERT_TRUE(cc::test::waitUntil([&] { return !m_page->offlineBanner()->isHidden(); }, 15'000));
    EXPECT_TRUE(m_page->offlineBanner()->text().startsWith(QStringLiteral("The server refused")))
        << m_page->offlineBanner()->text().toStdString();
    EXPECT_FALSE(m_page->freshnessLabel()->text().startsWith(QStringLiteral("Offline")))
        << m_page->freshnessLabel()->text().toStdString();
}

TEST_F(CampaignsPageRefusalTest, A5xxAfterTheRetriesIsStillOffline) {
    settle([&] { m_page->refresh(true); });
    ASSERT_FALSE(
        m_server->configureFaults({{QStringLiteral("rest"), QJsonObject{{QStringLiteral("status"), 503}}}}));
    m_page->refresh(true);
    ASSERT_TRUE(cc::test::waitUntil(
        [&] { return m_page->freshnessLabel()->text().startsWith(QStringLiteral("Offline")); }, 15'000));
    EXPECT_TRUE(m_page->offlineBanner()->text().startsWith(QStringLiteral("Offline")));
}

} // namespace
} // namespace cc::ui
