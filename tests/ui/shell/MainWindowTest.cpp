#include "ui/shell/MainWindow.h"
#include "app/core/ProfileStore.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "ui/logs/LogsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/EmptyStatePage.h"
#include "ui/shell/PlaceholderPages.h"
#include "ui/shell/ProfileChip.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cc::ui {
namespace {

Profile stagingProfile() {
    Profile p;
    p.name = QStringLiteral("Staging");
    p.projectUrl = QUrl(QStringLiteral("https://abc.supabase.co"));
    p.anonKey = QStringLiteral("anon-key");
    p.environment = QStringLiteral("staging");
    return p;
}

// Builds the window as ConsoleApplication does: the two empty states of the workspace pages, stand-ins for
// Health and Accounts, Settings and Logs.
class MainWindowTest : public test::IsolatedTest {
protected:
    void SetUp() override {
        IsolatedTest::SetUp();
        ASSERT_TRUE(m_logs.isValid());
        m_store = std::make_unique<ProfileStore>();
        m_window = makeWindow();
    }
    void TearDown() override {
        m_window.reset();
        m_store.reset();
        IsolatedTest::TearDown();
    }

    std::unique_ptr<MainWindow> makeWindow() {
        auto window = std::make_unique<MainWindow>();
        for (Page page : {Page::Campaigns, Page::LiveFeed}) {
            window->addPage(page, PlaceholderPages::title(page), PlaceholderPages::create(page));
        }
        for (Page page : {Page::Health, Page::Accounts}) {
            EXPECT_EQ(PlaceholderPages::create(page), nullptr); // their pages always have content
            window->addPage(page, PlaceholderPages::title(page), new QWidget);
        }
        window->addPage(Page::Settings, PlaceholderPages::title(Page::Settings),
                        new SettingsPage(*m_store, &m_network, QStringLiteral("en")));
        window->addPage(Page::Logs, PlaceholderPages::title(Page::Logs),
                        new LogsPage(m_logs.path(), QStringLiteral("console")));
        return window;
    }

    void showActive(QWidget* window) {
        window->show();
        QApplication::setActiveWindow(window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }

    QTemporaryDir m_logs;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, NavigationListsTheSixPagesInOrder) {
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i) {
        titles << navigation->item(i)->text();
        EXPECT_FALSE(navigation->item(i)->icon().isNull()) << titles.last().toStdString();
    }
    EXPECT_EQ(titles,
              (QStringList{QStringLiteral("Campaigns"), QStringLiteral("Live feed"), QStringLiteral("Health"),
                           QStringLiteral("Accounts"), QStringLiteral("Settings"), QStringLiteral("Logs")}));
    EXPECT_EQ(m_window->currentPage(), Page::Campaigns);
}

TEST_F(MainWindowTest, CtrlOneToSixSwitchPages) {
    showActive(m_window.get());
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    ASSERT_NE(stack, nullptr);
    const QList<Page> order = Pages::all();
    // Backwards, so that every press really changes the page.
    for (int n = 6; n >= 1; --n) {
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_0 + n), Qt::ControlModifier);
        EXPECT_EQ(m_window->currentPage(), order.at(n - 1)) << "Ctrl+" << n;
        EXPECT_EQ(stack->currentWidget(), m_window->pageWidget(order.at(n - 1))) << "Ctrl+" << n;
    }
}

TEST_F(MainWindowTest, ClickingTheNavigationShowsThePage) {
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    test::SignalCounter changes(m_window.get(), &MainWindow::currentPageChanged);
    navigation->setCurrentRow(5);
    EXPECT_EQ(m_window->currentPage(), Page::Logs);
    EXPECT_EQ(changes.count(), 1);
    EXPECT_TRUE(m_window->pageAction(Page::Logs)->isChecked());
    EXPECT_FALSE(m_window->pageAction(Page::Campaigns)->isChecked());
}

TEST_F(MainWindowTest, StatusBarShowsTheProfileWithItsEnvironmentColour) {
    m_window->setProfile(stagingProfile());
    ProfileChip* chip = m_window->profileChip();
    EXPECT_EQ(chip->accessibleName(), QStringLiteral("Staging (staging)"));
    EXPECT_TRUE(chip->text().contains(QStringLiteral("Staging (staging)")));
    EXPECT_EQ(chip->color(), QColor(Profile::defaultColor(QStringLiteral("staging"))));
    EXPECT_TRUE(chip->text().contains(QColor(QStringLiteral("#e69f00")).name()));
    EXPECT_TRUE(m_window->windowTitle().startsWith(QStringLiteral("Staging")));
}

TEST_F(MainWindowTest, StatusBarUsesTheProfilesOwnColourWhenSet) {
    Profile profile = stagingProfile();
    profile.color = QStringLiteral("#123456");
    m_window->setProfile(profile);
    EXPECT_EQ(m_window->profileChip()->color(), QColor(QStringLiteral("#123456")));
}

TEST_F(MainWindowTest, StatusBarSaysNoProfileWithoutOne) {
    m_window->setProfile(std::nullopt);
    EXPECT_EQ(m_window->profileChip()->accessibleName(), QStringLiteral("No profile"));
}

TEST_F(MainWindowTest, ConnectionStateStartsNotConnectedAndCanBeSet) {
    EXPECT_EQ(m_window->connectionText(), QStringLiteral("Not connected"));
    m_window->setConnectionState(MainWindow::ConnectionState::Connected);
    EXPECT_EQ(m_window->connectionText(), QStringLiteral("Connected"));
    m_window->setConnectionState(MainWindow::ConnectionState::Offline, QStringLiteral("retrying in 5 s"));
    EXPECT_EQ(m_window->connectionText(), QStringLiteral("Offline: retrying in 5 s"));
}

TEST_F(MainWindowTest, GeometryAndPageAreRememberedBetweenRuns) {
    m_window->restoreWindowState();
    m_window->show();
    m_window->resize(900, 640);
    m_window->setCurrentPage(Page::Health);
    ASSERT_TRUE(m_window->close());
    m_window.reset();

    auto second = makeWindow();
    second->restoreWindowState();
    EXPECT_EQ(second->size(), QSize(900, 640));
    EXPECT_EQ(second->currentPage(), Page::Health);
}

TEST_F(MainWindowTest, FirstRunUsesTheDefaultSize) {
    m_window->restoreWindowState();
    EXPECT_EQ(m_window->size(), MainWindow::defaultSize());
}

TEST_F(MainWindowTest, WindowHasTheApplicationIcon) {
    EXPECT_FALSE(m_window->windowIcon().isNull());
    EXPECT_FALSE(m_window->windowIcon().pixmap(48).isNull());
}

TEST_F(MainWindowTest, AboutShowsTheVersionWithoutBlocking) {
    m_window->show();
    m_window->showAbout(); // returns at once: the box is window-modal, not a nested event loop
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QCoreApplication::applicationVersion()));
    box->close();
}

TEST_F(MainWindowTest, EmptyPagesTellWhatToDoWithoutAProfile) {
    auto* campaigns = qobject_cast<EmptyStatePage*>(m_window->pageWidget(Page::Campaigns));
    ASSERT_NE(campaigns, nullptr);
    EXPECT_TRUE(campaigns->body().contains(QStringLiteral("add a profile in Settings")));
    EXPECT_EQ(campaigns->actionButton()->text(), QStringLiteral("Try the demo"));
    EXPECT_FALSE(campaigns->secondaryButton()->isHidden());
    EXPECT_FALSE(campaigns->body().contains(QStringLiteral("TODO")));
    EXPECT_FALSE(campaigns->actionButton()->isHidden());

    campaigns->setProfileName(QStringLiteral("Staging"));
    EXPECT_FALSE(campaigns->body().contains(QStringLiteral("add a profile")));
    EXPECT_TRUE(campaigns->secondaryButton()->isHidden());
    EXPECT_TRUE(campaigns->body().contains(QStringLiteral("Staging")));
}

TEST_F(MainWindowTest, TheEnvironmentChipStaysVisibleDuringAStatusMessage) {
    m_window->setProfile(stagingProfile());
    showActive(m_window.get());
    m_window->statusBar()->showMessage(QStringLiteral("Signed in as ada@example.org"), 10'000);
    EXPECT_TRUE(m_window->profileChip()->isVisible());
    EXPECT_FALSE(m_window->profileChip()->isHidden());
}

TEST_F(MainWindowTest, EmptyPageActionIsReported) {
    auto* feed = qobject_cast<EmptyStatePage*>(m_window->pageWidget(Page::LiveFeed));
    ASSERT_NE(feed, nullptr);
    test::SignalCounter requests(feed, &EmptyStatePage::actionRequested);
    feed->actionButton()->click();
    EXPECT_EQ(requests.count(), 1);
}

} // namespace
} // namespace cc::ui
