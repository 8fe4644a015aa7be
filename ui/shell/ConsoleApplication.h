#pragma once

#include "app/core/EventBus.h"
#include "app/core/Profile.h"
#include "ui/shell/ConsoleCommandLine.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cc {
class BrowserOpener;
class DemoMode;
class ProfileContext;
class ProfileStore;
} // namespace cc
namespace cc::auth {
class KeychainSecretStore;
class TokenStore;
} // namespace cc::auth

namespace cc::ui {

class AccountsPage;
class MainWindow;
class ProfileHealth;
class SettingsPage;
class ShellMenus;
class UserStatusWidget;
class WorkspacePages;

// The console's shell: sets the application up (ConsoleStartup), opens the profile store, picks the profile,
// builds the main window with its pages and binds them to the profile in use. The profile's own objects
// (session, accounts, workspace) are built by ProfileContext, the demo's by DemoMode; main() attaches the
// measuring hooks (--benchmark-startup, --screenshot) between start() and exec().
class ConsoleApplication {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::ConsoleApplication)

public:
    static constexpr int kExitFailure = 1;

    ConsoleApplication(int& argc, char** argv);
    ~ConsoleApplication();

    // From parsing the command line to the window on screen. Returns the exit code when the program must end
    // here (--help, a usage error, no display, an unknown profile), nullopt when exec() should follow.
    std::optional<int> start();
    // The event loop; returns the exit code.
    int exec();

    // Makes `profile` the one the console works with (nullopt: none): status bar, window title, pages, a new
    // ProfileContext. The demo's profile when the demo sandbox has started.
    void useProfile(const std::optional<Profile>& profile);

    MainWindow* mainWindow() const { return m_window.get(); }
    WorkspacePages* pages() const { return m_pages; }
    const ConsoleOptions& options() const { return m_options; }

private:
    std::optional<int> chooseProfile();
    void buildWindow(const QString& language);
    void setUpAuth();
    void startDemo();
    void bindProfileContext();
    void unbindProfileContext();

    int& m_argc;
    char** m_argv;
    // Declared first so it is destroyed last: every widget and network object must go before it.
    std::unique_ptr<QCoreApplication> m_app;
    // Next to last: the log is closed once everything else, which may still log while it goes, is gone.
    struct LogCloser {
        ~LogCloser();
    } m_logCloser;
    ConsoleOptions m_options;
    QString m_language;
    // The domain events of the profile in use (app/workspace/DomainEvents.h); the status bar subscribes.
    EventBus m_events;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    // The keychain and its token store, shared by every saved profile; the demo keeps its own in memory.
    std::unique_ptr<auth::KeychainSecretStore> m_keychain;
    std::unique_ptr<auth::TokenStore> m_tokens;
    std::unique_ptr<BrowserOpener> m_browser;
    std::unique_ptr<DemoMode> m_demo; // --demo only
    // Destroyed before the demo, whose token store its session uses, and after the window and health
    // (declared below) that show it.
    std::unique_ptr<ProfileContext> m_context;
    std::unique_ptr<ProfileHealth> m_health; // the Health page and its monitor
    std::unique_ptr<MainWindow> m_window;
    AccountsPage* m_accountsPage = nullptr;
    UserStatusWidget* m_userStatus = nullptr;
    WorkspacePages* m_pages = nullptr;
    SettingsPage* m_settings = nullptr;
    ShellMenus* m_menus = nullptr;
    std::optional<Profile> m_profile;
    std::optional<Profile> m_initialProfile;
};

} // namespace cc::ui
