#include "ui/shell/ShellMenus.h"

#include "app/core/BrowserOpener.h"
#include "app/core/ProfileStore.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspacePages.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace cc::ui {

ShellMenus::ShellMenus(MainWindow& window, WorkspacePages& pages, const ProfileStore& store,
                       BrowserOpener& opener, Places places)
    : QObject(&window)
    , m_window(window)
    , m_pages(pages)
    , m_store(store)
    , m_opener(opener)
    , m_places(std::move(places))
    , m_new(new QAction(tr("&New campaign…"), this))
    , m_export(new QAction(tr("&Export campaigns…"), this))
    , m_switch(new QMenu(tr("&Switch profile"), &window))
    , m_guide(new QAction(tr("Connecting a Supabase &project"), this))
    , m_logs(new QAction(tr("Open the &log folder"), this)) {
    // No shortcuts here: the Campaigns page's own (Ctrl+N, Ctrl+E) work wherever it has focus, and a second
    // owner of the same keys would make both ambiguous.
    connect(m_new, &QAction::triggered, this, [this] {
        m_window.setCurrentPage(Page::Campaigns);
        if (CampaignsPage* page = m_pages.campaignsPage()) {
            page->action(CampaignAction::New)->trigger();
        }
    });
    connect(m_export, &QAction::triggered, this, [this] {
        m_window.setCurrentPage(Page::Campaigns);
        if (CampaignsPage* page = m_pages.campaignsPage()) {
            page->action(CampaignAction::Export)->trigger();
        }
    });
    m_window.addToFileMenu(m_new);
    m_window.addToFileMenu(m_export);
    m_window.addToFileMenu(m_switch->menuAction());
    connect(m_window.fileMenu(), &QMenu::aboutToShow, this, &ShellMenus::updateFileMenu);
    connect(m_switch, &QMenu::aboutToShow, this, &ShellMenus::fillProfiles);

    if (m_places.guideFile.isEmpty()) {
        m_guide->setEnabled(false);
        m_guide->setToolTip(tr("The guide is not installed with this copy of the console."));
    }
    connect(m_guide, &QAction::triggered, this, [this] { open(QUrl::fromLocalFile(m_places.guideFile)); });
    connect(m_logs, &QAction::triggered, this, [this] {
        QDir().mkpath(m_places.logDirectory);
        open(QUrl::fromLocalFile(m_places.logDirectory));
    });
    m_window.addToHelpMenu(m_guide);
    m_window.addToHelpMenu(m_logs);
    updateFileMenu();
    fillProfiles();
}

QString ShellMenus::findGuide() {
    const QString relative = QStringLiteral("campaign-console/docs/real-supabase.md");
    // Installed: <prefix>/share/campaign-console/docs, found beside the program or on the data path.
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/") + relative);
    if (QFileInfo::exists(beside)) {
        return QDir::cleanPath(beside);
    }
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
}

void ShellMenus::updateFileMenu() {
    CampaignsPage* page = m_pages.campaignsPage();
    const QString why = tr("Sign in first: the campaigns of the profile are not shown yet.");
    m_new->setEnabled(page != nullptr);
    m_new->setToolTip(page ? QString() : why);
    m_export->setEnabled(page && page->action(CampaignAction::Export)->isEnabled());
    m_export->setToolTip(page ? page->action(CampaignAction::Export)->toolTip() : why);
}

void ShellMenus::fillProfiles() {
    m_switch->clear();
    auto* group = new QActionGroup(m_switch);
    QList<Profile> profiles = m_store.profiles();
    if (m_current && !m_store.find(m_current->name)) {
        profiles.append(*m_current); // the demo's profile, never saved
    }
    for (const Profile& profile : profiles) {
        QAction* item = m_switch->addAction(profile.name);
        item->setCheckable(true);
        item->setChecked(m_current && m_current->name == profile.name);
        item->setActionGroup(group);
        connect(item, &QAction::triggered, this, [this, profile] {
            if (m_use && (!m_current || m_current->name != profile.name)) {
                m_use(profile);
            }
        });
    }
    if (profiles.isEmpty()) {
        QAction* none = m_switch->addAction(tr("No profiles yet: add one in Settings"));
        connect(none, &QAction::triggered, this, [this] { m_window.setCurrentPage(Page::Settings); });
    }
}

void ShellMenus::open(const QUrl& url) {
    if (const std::optional<Error> failed = m_opener.open(url)) {
        m_window.statusBar()->showMessage(tr("Could not open %1: %2").arg(url.toLocalFile(), failed->message),
                                          15'000);
    }
}

} // namespace cc::ui
