#include "ui/shell/ShellMenus.h"

#include "app/core/BrowserOpener.h"
#include "app/core/Clock.h"
#include "app/core/ProfileStore.h"
#include "app/core/RandomSource.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspacePages.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace cc::ui {
namespace {

class RecordingOpener final : public BrowserOpener {
public:
    std::optional<Error> open(const QUrl& url) override {
        opened.append(url);
        return failure;
    }
    QList<QUrl> opened;
    std::optional<Error> failure;
};

Profile profileNamed(const QString& name) {
    Profile p;
    p.name = name;
    p.projectUrl = QUrl(QStringLiteral("https://%1.supabase.co").arg(name.toLower()));
    p.anonKey = QStringLiteral("anon");
    return p;
}

// The shell's File and Help entries over a real window, pages and profile store, with a recording opener.
class ShellMenusTest : public test::IsolatedTest {
protected:
    void SetUp() override {
        IsolatedTest::SetUp();
        m_store = std::make_unique<ProfileStore>();
        m_window = std::make_unique<MainWindow>();
        m_pages =
            new WorkspacePages(*m_window, SystemClock::instance(), SystemRandom::instance(), m_window.get());
        m_window->addPage(Page::Settings, QStringLiteral("Settings"), new QWidget);
    }
    void TearDown() override {
        m_window.reset();
        m_store.reset();
        IsolatedTest::TearDown();
    }
    ShellMenus& menus(const QString& guide = {}) {
        if (!m_menus) {
            m_menus = new ShellMenus(*m_window, *m_pages, *m_store, m_opener,
                                     {QStringLiteral("/tmp/logs-x"), guide});
            m_menus->setProfileSwitcher([this](const Profile& p) { m_used.append(p.name); });
        }
        return *m_menus;
    }
    QStringList switchEntries() {
        Q_EMIT menus().switchProfile()->aboutToShow();
        QStringList names;
        for (QAction* a : menus().switchProfile()->actions()) {
            names << a->text();
        }
        return names;
    }

    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    WorkspacePages* m_pages = nullptr;
    ShellMenus* m_menus = nullptr;
    RecordingOpener m_opener;
    QStringList m_used;
};

TEST_F(ShellMenusTest, FileOffersTheCampaignEntriesBeforeQuit) {
    menus();
    const QList<QAction*> file = m_window->fileMenu()->actions();
    ASSERT_GE(file.size(), 4);
    EXPECT_EQ(file.indexOf(menus().newCampaign()), 0);
    EXPECT_EQ(file.indexOf(menus().exportCampaigns()), 1);
    EXPECT_EQ(file.indexOf(menus().switchProfile()->menuAction()), 2);
    EXPECT_EQ(file.last()->menuRole(), QAction::QuitRole);
}

TEST_F(ShellMenusTest, CampaignEntriesWaitForTheCampaignsAndSayWhy) {
    menus();
    Q_EMIT m_window->fileMenu()->aboutToShow();
    EXPECT_FALSE(menus().newCampaign()->isEnabled());
    EXPECT_FALSE(menus().exportCampaigns()->isEnabled());
    EXPECT_TRUE(menus().newCampaign()->toolTip().contains(QStringLiteral("Sign in")));
}

TEST_F(ShellMenusTest, SwitchProfileListsTheSavedProfilesAndTheOneInUse) {
    ASSERT_TRUE(m_store->add(profileNamed(QStringLiteral("Staging"))).ok());
    ASSERT_TRUE(m_store->add(profileNamed(QStringLiteral("Production"))).ok());
    menus().setCurrentProfile(profileNamed(QStringLiteral("local"))); // the demo's, never saved
    const QStringList entries = switchEntries();
    EXPECT_TRUE(entries.contains(QStringLiteral("Staging")));
    EXPECT_TRUE(entries.contains(QStringLiteral("Production")));
    EXPECT_TRUE(entries.contains(QStringLiteral("local")));
}

TEST_F(ShellMenusTest, ChoosingAnotherProfileSwitchesToIt) {
    ASSERT_TRUE(m_store->add(profileNamed(QStringLiteral("Staging"))).ok());
    ASSERT_TRUE(m_store->add(profileNamed(QStringLiteral("Production"))).ok());
    menus().setCurrentProfile(profileNamed(QStringLiteral("Staging")));
    switchEntries();
    for (QAction* a : menus().switchProfile()->actions()) {
        if (a->text() == QStringLiteral("Staging")) {
            EXPECT_TRUE(a->isChecked());
            a->trigger(); // already in use: nothing to do
        }
    }
    for (QAction* a : menus().switchProfile()->actions()) {
        if (a->text() == QStringLiteral("Production")) {
            a->trigger();
        }
    }
    EXPECT_EQ(m_used, QStringList{QStringLiteral("Production")});
}

TEST_F(ShellMenusTest, WithoutProfilesSwitchLeadsToSettings) {
    const QStringList entries = switchEntries();
    ASSERT_EQ(entries.size(), 1);
    menus().switchProfile()->actions().first()->trigger();
    EXPECT_EQ(m_window->currentPage(), Page::Settings);
}

TEST_F(ShellMenusTest, HelpOpensTheLogFolderThroughTheOpener) {
    menus().openLogFolder()->trigger();
    ASSERT_EQ(m_opener.opened.size(), 1);
    EXPECT_EQ(m_opener.opened.first(), QUrl::fromLocalFile(QStringLiteral("/tmp/logs-x")));
}

TEST_F(ShellMenusTest, AFolderThatCannotBeOpenedIsSaidInTheStatusBar) {
    m_opener.failure = Error(ErrorKind::Config, QStringLiteral("no file manager"));
    menus().openLogFolder()->trigger();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("no file manager")));
}

TEST_F(ShellMenusTest, TheGuideOpensWhenInstalledAndSaysSoWhenNot) {
    menus(QStringLiteral("/usr/share/campaign-console/docs/real-supabase.md"));
    EXPECT_TRUE(menus().openGuide()->isEnabled());
    menus().openGuide()->trigger();
    ASSERT_EQ(m_opener.opened.size(), 1);
    EXPECT_TRUE(m_opener.opened.first().toLocalFile().endsWith(QStringLiteral("real-supabase.md")));
}

TEST_F(ShellMenusTest, AMissingGuideIsDisabledWithTheReason) {
    menus(QString());
    EXPECT_FALSE(menus().openGuide()->isEnabled());
    EXPECT_FALSE(menus().openGuide()->toolTip().isEmpty());
}

} // namespace
} // namespace cc::ui
