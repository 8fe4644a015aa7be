// The pages that need a signed-in user, against the in-process sandbox: the empty state says what to do until
// a user signs in, the campaigns page appears over that user's own workspace, and signing out takes it away.
#include "ui/shell/WorkspacePages.h"

#include "app/auth/MemorySecretStore.h"
#include "app/auth/PasswordSignIn.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/net/ApiClient.h"
#include "app/net/ServiceConfig.h"
#include "app/sandbox/SandboxServer.h"
#include "app/workspace/SessionWorkspace.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/shell/EmptyStatePage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PageSlot.h"

#include <QPushButton>

#include <gtest/gtest.h>

namespace cc::ui {
namespace {

class WorkspacePagesTest : public test::IsolatedTest {
protected:
    void SetUp() override {
        IsolatedTest::SetUp();
        sandbox::SandboxOptions options;
        options.port = 0;
        options.seedCount = 30;
        options.seedRandom = 7;
        m_server = std::make_unique<sandbox::SandboxServer>(options, m_clock);
        const auto started = m_server->start();
        ASSERT_TRUE(started.ok());
        m_profile.name = QStringLiteral("sb");
        m_profile.projectUrl = started.value();
        m_profile.anonKey = m_server->info().anonKey;
        m_authClient = std::make_unique<net::ApiClient>(m_clock, m_random);
        for (net::ServiceConfig config :
             net::ServiceConfig::supabase(m_profile.projectUrl, m_profile.anonKey)) {
            config.sendBearerToken = false;
            m_authClient->addService(config);
        }
        m_session = std::make_unique<auth::Session>(m_profile, *m_authClient, m_tokens, m_clock);
        m_pages = std::make_unique<WorkspacePages>(m_window, m_clock, m_random);
        m_window.addPage(Page::Accounts, QStringLiteral("Accounts"), new QWidget);
        m_window.addPage(Page::Settings, QStringLiteral("Settings"), new QWidget);
        m_pages->setProfile(m_profile);
        m_workspace = std::make_unique<SessionWorkspace>(*m_session, m_clock, m_random, nullptr);
        m_pages->bind(m_workspace.get());
    }

    void TearDown() override {
        m_pages->bind(nullptr);
        m_workspace.reset();
        m_session.reset();
        m_authClient.reset();
        m_server.reset();
        IsolatedTest::TearDown();
    }

    void signIn(int userIndex) {
        const sandbox::SandboxUser user = m_server->info().users.at(userIndex);
        bool done = false;
        auth::PasswordSignIn::signIn(*m_authClient, m_profile, m_clock, user.email, user.password,
                                     [&](Result<auth::SessionTokens> tokens) {
                                         ASSERT_TRUE(tokens.ok());
                                         m_session->adopt(tokens.value());
                                         done = true;
                                     });
        ASSERT_TRUE(test::waitUntil([&] { return done && m_pages->campaignsPage() != nullptr; }, 10'000));
        ASSERT_TRUE(
            test::waitUntil([&] { return m_pages->campaignsPage()->model().rowCount() > 0; }, 10'000));
    }

    PageSlot* campaigns() const { return m_pages->slot(Page::Campaigns); }

    test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    SeededRandom m_random{3};
    std::unique_ptr<sandbox::SandboxServer> m_server;
    Profile m_profile;
    auth::MemorySecretStore m_secrets;
    auth::TokenStore m_tokens{m_secrets};
    std::unique_ptr<net::ApiClient> m_authClient;
    std::unique_ptr<auth::Session> m_session;
    MainWindow m_window;
    std::unique_ptr<WorkspacePages> m_pages;
    std::unique_ptr<SessionWorkspace> m_workspace;
};

TEST_F(WorkspacePagesTest, SignedOutTheEmptyStateLeadsToTheAccountsPage) {
    EXPECT_EQ(campaigns()->currentWidget(), campaigns()->placeholder());
    EXPECT_TRUE(campaigns()->placeholder()->heading().contains(QStringLiteral("Sign in")));
    campaigns()->placeholder()->actionButton()->click();
    EXPECT_EQ(m_window.currentPage(), Page::Accounts);
}

TEST_F(WorkspacePagesTest, WithoutAProfileConnectingLeadsToSettings) {
    m_pages->setProfile(std::nullopt);
    campaigns()->placeholder()->secondaryButton()->click();
    EXPECT_EQ(m_window.currentPage(), Page::Settings);
}

TEST_F(WorkspacePagesTest, WithoutAProfileTheFirstChoiceAsksForTheDemo) {
    m_pages->setProfile(std::nullopt);
    test::SignalCounter demo(m_pages.get(), &WorkspacePages::demoRequested);
    EXPECT_TRUE(campaigns()->placeholder()->heading().contains(QStringLiteral("Welcome")));
    campaigns()->placeholder()->actionButton()->click();
    EXPECT_EQ(demo.count(), 1);
}

TEST_F(WorkspacePagesTest, SigningInShowsTheUsersOwnCampaigns) {
    signIn(0);
    EXPECT_EQ(campaigns()->currentWidget(), m_pages->campaignsPage());
    const QString me = m_server->info().users.at(0).id;
    const CampaignTableModel& model = m_pages->campaignsPage()->model();
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.campaign(row).userId, me);
    }
}

TEST_F(WorkspacePagesTest, RequestsCarryTheSessionsCurrentToken) {
    signIn(0);
    ASSERT_NE(m_workspace->workspace(), nullptr);
    // The data client asks the session for the token on every request, so a refresh is picked up at once.
    EXPECT_FALSE(m_session->accessToken().isEmpty());
    EXPECT_EQ(m_workspace->workspace()->apiClient().tokenProvider()(), m_session->accessToken());
}

TEST_F(WorkspacePagesTest, SigningOutReturnsToTheEmptyStateAndClosesTheWorkspace) {
    signIn(0);
    test::SignalCounter closing(m_workspace.get(), &SessionWorkspace::closing);
    m_session->signOut();
    ASSERT_TRUE(test::waitUntil([&] { return closing.count() == 1; }, 10'000));
    EXPECT_EQ(campaigns()->currentWidget(), campaigns()->placeholder());
    EXPECT_EQ(m_workspace->workspace(), nullptr);
}

TEST_F(WorkspacePagesTest, AnotherUserGetsAnotherCacheFolder) {
    signIn(0);
    const QString first = m_workspace->workspace()->directory();
    m_session->signOut();
    ASSERT_TRUE(test::waitUntil([&] { return m_workspace->workspace() == nullptr; }, 10'000));
    signIn(1);
    EXPECT_NE(m_workspace->workspace()->directory(), first);
    EXPECT_TRUE(m_workspace->workspace()->directory().contains(m_server->info().users.at(1).id));
}

TEST_F(WorkspacePagesTest, PagesAreBusyUntilTheDataArrives) {
    m_pages->setPending(true);
    EXPECT_TRUE(campaigns()->isBusy());
    signIn(0);
    EXPECT_TRUE(test::waitUntil([&] { return !campaigns()->isBusy(); }, 10'000));
}

} // namespace
} // namespace cc::ui
