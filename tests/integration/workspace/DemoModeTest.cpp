#include "app/workspace/DemoMode.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/email/EmailClient.h"
#include "app/workspace/ProfileContext.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

namespace cc {
namespace {

// A small demo: the sandbox's users and a few campaigns, no background activity.
sandbox::SandboxOptions smallDemo() {
    sandbox::SandboxOptions options;
    options.seedCount = 20;
    return options;
}

class DemoModeTest : public ::testing::Test {
protected:
    void SetUp() override {
        bool started = false;
        QObject::connect(&demo, &DemoMode::started, &demo, [&] { started = true; });
        demo.start(smallDemo());
        ASSERT_TRUE(test::waitUntil([&] { return started; }, 30'000));
    }

    DemoMode demo{SystemClock::instance()};
};

TEST_F(DemoModeTest, StartedGivesTheLocalProfileOfTheRunningSandbox) {
    ASSERT_TRUE(demo.profile());
    EXPECT_EQ(demo.profile()->name, QStringLiteral("local"));
    EXPECT_EQ(demo.profile()->projectUrl, demo.info()->url);
    EXPECT_TRUE(demo.isRunning());
}

TEST_F(DemoModeTest, OwnsItsProfileButNotAnotherPointingElsewhere) {
    Profile other = *demo.profile();
    EXPECT_TRUE(demo.owns(other));
    other.projectUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    EXPECT_FALSE(demo.owns(other));
    Profile renamed = *demo.profile();
    renamed.name = QStringLiteral("staging");
    EXPECT_FALSE(demo.owns(renamed));
}

TEST_F(DemoModeTest, TokensAreMemoryOnlyByChoice) {
    EXPECT_TRUE(demo.tokens().isMemoryOnly());
}

TEST_F(DemoModeTest, TheSandboxEmailKeyIsReadyInTheDemoStore) {
    std::optional<QByteArray> key;
    demo.tokens().secrets().read(
        email::EmailClient::secretKey(QStringLiteral("local")), &demo,
        [&](const auth::SecretResult& result) { key = result.data.value_or(QByteArray()); });
    ASSERT_TRUE(test::waitUntil([&] { return key.has_value(); }));
    EXPECT_EQ(*key, demo.info()->emailApiKey.toUtf8());
}

TEST_F(DemoModeTest, SignInAdministratorSignsTheSessionInWithoutTheKeychain) {
    ProfileContext::Options options;
    options.followSession = false;
    options.accounts = false;
    ProfileContext context(*demo.profile(), demo.tokens(), SystemClock::instance(), SystemRandom::instance(),
                           nullptr, options);
    std::optional<std::optional<Error>> outcome;
    demo.signInAdministrator(context.session(), context.signInClient(), &context,
                             [&](std::optional<Error> error) { outcome = std::move(error); });
    ASSERT_TRUE(test::waitUntil([&] { return context.session().isSignedIn(); }, 10'000));
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->has_value());
    for (const sandbox::SandboxUser& user : demo.info()->users) {
        if (user.role == QLatin1String("admin")) {
            EXPECT_EQ(context.session().tokens().email, user.email);
        }
    }
}

TEST_F(DemoModeTest, SignInAdministratorDoesNotAnswerOnceItsContextIsGone) {
    ProfileContext::Options options;
    options.followSession = false;
    options.accounts = false;
    ProfileContext context(*demo.profile(), demo.tokens(), SystemClock::instance(), SystemRandom::instance(),
                           nullptr, options);
    bool answered = false;
    auto guard = std::make_unique<QObject>();
    demo.signInAdministrator(context.session(), context.signInClient(), guard.get(),
                             [&](std::optional<Error>) { answered = true; });
    guard.reset();
    EXPECT_FALSE(test::waitUntil([&] { return answered || context.session().isSignedIn(); }, 1'000));
}

} // namespace
} // namespace cc
