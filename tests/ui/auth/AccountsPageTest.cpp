#include "ui/auth/AccountsPage.h"
#include "app/auth/ConnectedAccounts.h"
#include "app/auth/MemorySecretStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/BrowserOpener.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "ui/auth/UserStatusWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace cc::ui {
namespace {

// A desktop without a browser: every open fails, as QDesktopServices does then.
class NoBrowser final : public BrowserOpener {
public:
    std::optional<Error> open(const QUrl&) override {
        ++attempts;
        return Error(ErrorKind::Config, QStringLiteral("No browser could be opened"),
                     QStringLiteral("QDesktopServices::openUrl failed"));
    }
    int attempts = 0;
};

class AccountsPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        profile.name = QStringLiteral("sandbox");
        profile.projectUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        profile.anonKey = QStringLiteral("anon");
        profile.authProvider = QStringLiteral("sandbox");
        client = std::make_unique<net::ApiClient>(SystemClock::instance(), random);
        session = std::make_unique<auth::Session>(profile, *client, store, clock);
        accounts = std::make_unique<auth::ConnectedAccounts>(profile, *client, store, random);
        page.resize(1000, 700);
        page.setProfiles({QStringLiteral("sandbox"), QStringLiteral("staging")}, QStringLiteral("sandbox"));
        page.setContext({profile, session.get(), accounts.get(), &store, client.get(), &random, nullptr});
        status.setSession(session.get(), &store);
    }

    void signIn() {
        auth::SessionTokens t;
        t.accessToken = QStringLiteral("a");
        t.refreshToken = QStringLiteral("r");
        t.expiresIn = 3600;
        t.receivedAtUtc = clock.nowUtc();
        t.email = QStringLiteral("ada@example.org");
        t.role = QStringLiteral("authenticated");
        test::SignalCounter signedIn(session.get(), &auth::Session::signedIn);
        session->adopt(t);
        ASSERT_TRUE(signedIn.waitForCount(1));
    }

    // Saved when AUTH_SCREENSHOT_DIR is set, to look at.
    void screenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("AUTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            page.show();
            ASSERT_TRUE(page.grab().save(QDir(dir).filePath(name)));
        }
    }

    Profile profile;
    SeededRandom random{7};
    test::ManualClock clock;
    auth::MemorySecretStore keychain;
    auth::TokenStore store{keychain};
    std::unique_ptr<net::ApiClient> client;
    std::unique_ptr<auth::Session> session;
    std::unique_ptr<auth::ConnectedAccounts> accounts;
    AccountsPage page;
    UserStatusWidget status;
};

TEST_F(AccountsPageTest, SignedOutShowsTheSignInButton) {
    EXPECT_EQ(page.view(), AccountsPage::View::SignedOut);
    EXPECT_EQ(status.text(), QStringLiteral("Not signed in"));
    EXPECT_FALSE(status.signOutButton()->isVisibleTo(&status));
}

TEST_F(AccountsPageTest, SignInWaitsForTheBrowserWithCancelAndCopyLink) {
    page.findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    EXPECT_EQ(page.view(), AccountsPage::View::Waiting);
    ASSERT_TRUE(test::waitUntil([&] { return !page.signInLink().isEmpty(); }));
    const QUrl link(page.signInLink());
    EXPECT_EQ(link.path(), QStringLiteral("/auth/v1/authorize"));
    EXPECT_TRUE(QUrlQuery(link).hasQueryItem(QStringLiteral("code_challenge")));
    EXPECT_TRUE(page.findChild<QPushButton*>(QStringLiteral("copySignInLink"))->isVisibleTo(&page));
    screenshot(QStringLiteral("sign-in-waiting.png"));

    page.findChild<QPushButton*>(QStringLiteral("cancelSignIn"))->click();
    EXPECT_EQ(page.view(), AccountsPage::View::SignedOut);
    EXPECT_TRUE(page.errorText().isEmpty()); // cancelling is not an error
}

TEST_F(AccountsPageTest, WithoutABrowserTheHandOffSaysSoAndOffersTheLinkToCopy) {
    NoBrowser browser;
    page.setContext({profile, session.get(), accounts.get(), &store, client.get(), &random, &browser});
    page.findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    ASSERT_TRUE(test::waitUntil([&] { return !page.browserErrorText().isEmpty(); }));
    EXPECT_EQ(browser.attempts, 1);
    EXPECT_TRUE(page.browserErrorText().startsWith(QStringLiteral("No web browser could be opened")))
        << page.browserErrorText().toStdString();
    const auto* link = page.findChild<QLineEdit*>(QStringLiteral("signInLink"));
    ASSERT_NE(link, nullptr);
    EXPECT_TRUE(link->isVisibleTo(&page));
    EXPECT_EQ(link->text(), page.signInLink());
    auto* copy = page.findChild<QPushButton*>(QStringLiteral("copySignInLink"));
    ASSERT_TRUE(copy->isEnabled());
    copy->click();
    EXPECT_EQ(QApplication::clipboard()->text(), page.signInLink());
    screenshot(QStringLiteral("sign-in-no-browser.png"));

    page.findChild<QPushButton*>(QStringLiteral("cancelSignIn"))->click();
    EXPECT_EQ(page.view(), AccountsPage::View::SignedOut);
    EXPECT_TRUE(page.errorText().isEmpty());
    page.setContext({profile, session.get(), accounts.get(), &store, client.get(), &random, nullptr});
}

TEST_F(AccountsPageTest, SignedInShowsTheUserHereAndInTheStatusBar) {
    signIn();
    EXPECT_EQ(page.view(), AccountsPage::View::SignedIn);
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("signedInText"))
                    ->text()
                    .contains(QStringLiteral("ada@example.org")));
    EXPECT_EQ(status.text(), QStringLiteral("Signed in as ada@example.org"));
    EXPECT_TRUE(status.signOutButton()->isVisibleTo(&status));
    screenshot(QStringLiteral("signed-in.png"));
}

TEST_F(AccountsPageTest, MemoryOnlySessionIsMarked) {
    store.setMemoryOnly(Error(ErrorKind::Auth, QStringLiteral("no keychain")));
    signIn();
    const QLabel* notice = page.findChild<QLabel*>(QStringLiteral("memoryOnlyNotice"));
    EXPECT_TRUE(notice->isVisibleTo(&page));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("for this session only")));
    EXPECT_TRUE(status.text().contains(QStringLiteral("this session only")));
    screenshot(QStringLiteral("signed-in-memory-only.png"));
}

TEST_F(AccountsPageTest, SignOutFromTheStatusBarReturnsToTheSignInScreen) {
    signIn();
    status.signOutButton()->click();
    EXPECT_EQ(page.view(), AccountsPage::View::SignedOut);
    EXPECT_EQ(status.text(), QStringLiteral("Not signed in"));
    EXPECT_TRUE(page.errorText().isEmpty()); // the user's own sign-out needs no explanation
    ASSERT_TRUE(test::waitUntil([&] { return keychain.entries().isEmpty(); }));
}

TEST_F(AccountsPageTest, KeychainFailureWhileSavingTheSessionIsShown) {
    keychain.failWith(Error(ErrorKind::Auth, QStringLiteral("The keychain is locked.")));
    signIn();
    const QLabel* notice = page.findChild<QLabel*>(QStringLiteral("memoryOnlyNotice"));
    EXPECT_TRUE(notice->isVisibleTo(&page));
    EXPECT_EQ(notice->text(), QStringLiteral("The keychain is locked."));
}

} // namespace
} // namespace cc::ui
