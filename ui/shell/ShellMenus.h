#pragma once

#include "app/core/Profile.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;

namespace cc {
class BrowserOpener;
class ProfileStore;
} // namespace cc

namespace cc::ui {

class MainWindow;
class WorkspacePages;

// The shell's own entries in the main window's menus. File: New campaign and Export campaigns (the Campaigns
// page's actions, available once a user's campaigns are shown) and Switch profile (the saved profiles, and
// the one in use). Help: the guide to connecting a Supabase project and the folder of the log files, opened
// through the desktop (the injectable BrowserOpener).
class ShellMenus : public QObject {
    Q_OBJECT

public:
    struct Places {
        QString logDirectory;
        QString guideFile; // empty: no guide installed (the entry says so)
    };

    ShellMenus(MainWindow& window, WorkspacePages& pages, const ProfileStore& store, BrowserOpener& opener,
               Places places);

    // Switch profile: the console's way of making a profile the one in use.
    void setProfileSwitcher(std::function<void(const Profile&)> use) { m_use = std::move(use); }
    // The profile in use (checked in Switch profile; the demo's, never saved, is listed too).
    void setCurrentProfile(const std::optional<Profile>& profile) { m_current = profile; }

    QAction* newCampaign() const { return m_new; }
    QAction* exportCampaigns() const { return m_export; }
    QMenu* switchProfile() const { return m_switch; }
    QAction* openGuide() const { return m_guide; }
    QAction* openLogFolder() const { return m_logs; }

    // Where the installed guide to connecting a project is, or empty.
    static QString findGuide();

private:
    void updateFileMenu();
    void fillProfiles();
    void open(const QUrl& url);

    MainWindow& m_window;
    WorkspacePages& m_pages;
    const ProfileStore& m_store;
    BrowserOpener& m_opener;
    Places m_places;
    std::function<void(const Profile&)> m_use;
    std::optional<Profile> m_current;
    QAction* m_new;
    QAction* m_export;
    QMenu* m_switch;
    QAction* m_guide;
    QAction* m_logs;
};

} // namespace cc::ui
