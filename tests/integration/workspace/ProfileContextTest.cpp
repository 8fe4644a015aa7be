#include "app/workspace/ProfileContext.h"
#include "app/auth/ConnectedAccounts.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/Clock.h"
#include "app/core/EventBus.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "app/workspace/DemoMode.h"
#include "app/workspace/DomainEvents.h"
#include "app/workspace/SessionWorkspace.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

namespace cc {
namespace {

// One profile's graph against a real sandbox (the demo's, small and quiet), signed in as its administrator.
class ProfileContextTest : public ::testing::Test {
protected:
    void SetUp() override {
        sandbox::SandboxOptions options;
        options.seedCount = 20;
        bool started = false;
        QObject::connect(&demo, &DemoMode::started, &demo, [&] { started = true; });
        demo.start(options);
        ASSERT_TRUE(test::waitUntil([&] { return started; }, 30'000));
    }

    std::unique_ptr<ProfileContext> build(ProfileContext::Options options) {
        options.workspace.dataRoot = dataRoot.path();
        return std::make_unique<ProfileContext>(*demo.profile(), demo.tokens(), SystemClock::instance(),
                                                SystemRandom::instance(), nullptr, options);
    }

    void signIn(ProfileContext& context) {
        demo.signInAdministrator(context.session(), context.signInClient(), &context,
                                 [](std::optional<Error>) {});
        ASSERT_TRUE(test::waitUntil([&] { return context.session().isSignedIn(); }, 10'000));
    }

    DemoMode demo{SystemClock::instance()};
    QTemporaryDir dataRoot;
};

TEST_F(ProfileContextTest, TheConsoleGraphOpensTheWorkspaceAtSignIn) {
    auto context = build({});
    ASSERT_NE(context->workspace(), nullptr);
    EXPECT_EQ(context->workspace()->workspace(), nullptr);
    signIn(*context);
    ASSERT_TRUE(test::waitUntil([&] { return context->workspace()->workspace() != nullptr; }, 10'000));
    EXPECT_EQ(context->workspace()->workspace()->profile().name, demo.profile()->name);
}

TEST_F(ProfileContextTest, TheCommandLineGraphHasNoWorkspaceNorAccounts) {
    ProfileContext::Options options;
    options.followSession = false;
    options.accounts = false;
    auto context = build(options);
    EXPECT_EQ(context->workspace(), nullptr);
    EXPECT_EQ(context->accounts(), nullptr);
}

TEST_F(ProfileContextTest, SignInClientServesTheProjectWithoutAUserToken) {
    auto context = build({});
    signIn(*context);
    EXPECT_TRUE(context->signInClient().serviceNames().contains(QStringLiteral("auth")));
    EXPECT_TRUE(context->signInClient().serviceNames().contains(QStringLiteral("rest")));
    EXPECT_FALSE(context->signInClient().tokenProvider()); // the session hooks into workspaces' clients only
}

TEST_F(ProfileContextTest, AUserWorkspaceCarriesTheSessionsToken) {
    ProfileContext::Options options;
    options.followSession = false;
    auto context = build(options);
    signIn(*context);
    std::unique_ptr<UserWorkspace> workspace = context->makeUserWorkspace();
    ASSERT_TRUE(workspace->apiClient().tokenProvider());
    EXPECT_EQ(workspace->apiClient().tokenProvider()(), context->session().accessToken());
    EXPECT_FALSE(context->session().accessToken().isEmpty());
}

TEST_F(ProfileContextTest, AccountsLoadThePlatformsAtOnce) {
    auto context = build({});
    ASSERT_NE(context->accounts(), nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return !context->accounts()->platforms().isEmpty(); }, 10'000));
}

TEST_F(ProfileContextTest, DroppingTheContextWhileTheWorkspaceIsOpenIsClean) {
    auto context = build({});
    signIn(*context);
    ASSERT_TRUE(test::waitUntil([&] { return context->workspace()->workspace() != nullptr; }, 10'000));
    context.reset();
    // Whatever was still on its way (the full sync, the realtime socket) must find nothing freed under it.
    EXPECT_FALSE(test::waitUntil([] { return false; }, 300));
}

TEST_F(ProfileContextTest, SigningOutSaysSignedOutNotOffline) {
    EventBus bus;
    QObject listener;
    QList<events::Connectivity> states;
    Subscription subscription = bus.subscribe<events::ConnectivityChanged>(
        &listener, [&](const events::ConnectivityChanged& e) { states.append(e.state); });
    ProfileContext::Options options;
    options.events = &bus;
    auto context = build(options);
    signIn(*context);
    ASSERT_TRUE(test::waitUntil([&] { return states.contains(events::Connectivity::Reachable); }, 10'000));
    context->session().signOut();
    ASSERT_TRUE(test::waitUntil([&] { return states.contains(events::Connectivity::SignedOut); }, 10'000));
    EXPECT_FALSE(test::waitUntil([&] { return states.last() != events::Connectivity::SignedOut; }, 500));
    EXPECT_EQ(states.last(), events::Connectivity::SignedOut);
    // Not even for a moment: the live socket closing after the sign-out is not the backend going away.
    EXPECT_FALSE(states.contains(events::Connectivity::Offline));
}

TEST_F(ProfileContextTest, SignInAndSyncArePublishedAsDomainEvents) {
    EventBus bus;
    QObject listener;
    QStringList seen;
    std::vector<Subscription> subscriptions;
    subscriptions.push_back(
        bus.subscribe<events::SessionSignedIn>(&listener, [&](const events::SessionSignedIn& e) {
            seen << QStringLiteral("signed in ") + e.profile;
        }));
    subscriptions.push_back(
        bus.subscribe<events::SyncFinished>(&listener, [&](const events::SyncFinished& e) {
            seen << (e.error.isError() ? QStringLiteral("sync failed") : QStringLiteral("synced"));
        }));
    ProfileContext::Options options;
    options.events = &bus;
    auto context = build(options);
    signIn(*context);
    ASSERT_TRUE(test::waitUntil([&] { return seen.contains(QStringLiteral("synced")); }, 20'000))
        << qPrintable(seen.join(u','));
    EXPECT_EQ(seen.first(), QStringLiteral("signed in local"));
}

} // namespace
} // namespace cc
