#pragma once

#include "app/core/Profile.h"
#include "app/sandbox/SandboxInfo.h"
#include "ui/shell/ConsoleCommandLine.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cc {
class BrowserOpener;
class ProfileStore;
class SessionWorkspace;
} // namespace cc
namespace cc::auth {
class ConnectedAccounts;
class KeychainSecretStore;
class MemorySecretStore;
class Session;
class TokenStore;
} // namespace cc::auth
namespace cc::net {
class ApiClient;
}

namespace cc::sandbox {
class EmbeddedSandbox;
} // namespace cc::sandbox

namespace cc::ui {

class AccountsPage;
class MainWindow;
class ProfileHealth;
class ScreenshotTaker;
class StartupBenchmark;
class SettingsPage;
class UserStatusWidget;
class WorkspacePages;

// The GUI's composition root: the one place that knows every component. It sets up the application (names,
// command line, logging, translations), opens the profile store, picks the profile and builds the main window
// with its pages.
class ConsoleApplication {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::ConsoleApplication)

public:
    static constexpr int kExitFailure = 1;

    ConsoleApplication(int& argc, char** argv);
    ~ConsoleApplication();

    // Everything from parsing the command line to the end of the event loop; returns the exit code.
    int run();

    // Makes `profile` the one the console works with: status bar, window title, pages. The --demo hook calls
    // it with the sandbox's profile once the sandbox runs.
    void useProfile(const Profile& profile);

    MainWindow* mainWindow() const { return m_window.get(); }
    const ConsoleOptions& options() const { return m_options; }

    // Whether Qt can open a window: a platform was chosen (QT_QPA_PLATFORM, -platform) or a display exists.
    static bool canOpenWindows(const QStringList& arguments);

private:
    void setUpLogging();
    QString setUpTranslations();
    std::optional<int> chooseProfile();
    void startDemo();
    void buildWindow(const QString& language);
    void applyProfile(const std::optional<Profile>& profile);
    void takeScreenshot();
    void benchmarkStartup();
    void setUpAuth();
    void useSessionFor(const std::optional<Profile>& profile);
    bool isDemo(const Profile& profile) const;
    void signInDemoUser();

    int& m_argc;
    char** m_argv;
    // Declared first so it is destroyed last: every widget and network object must go before it.
    std::unique_ptr<QCoreApplication> m_app;
    ConsoleOptions m_options;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox; // --demo only
    std::unique_ptr<QNetworkAccessManager> m_network;
    // Sign-in: the keychain (or memory), the sign-in traffic's own API client (no session hook), the browser,
    // and the session and connected accounts of the profile in use.
    std::unique_ptr<auth::KeychainSecretStore> m_keychain;
    std::unique_ptr<auth::TokenStore> m_tokens;
    std::unique_ptr<auth::MemorySecretStore> m_demoSecrets;
    std::unique_ptr<auth::TokenStore> m_demoTokens; // the demo sandbox's users: memory only
    std::unique_ptr<net::ApiClient> m_authClient;
    std::unique_ptr<BrowserOpener> m_browser;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<auth::ConnectedAccounts> m_accounts;
    std::unique_ptr<SessionWorkspace> m_workspace; // the signed-in user's data
    std::unique_ptr<ProfileHealth> m_health;       // the Health page and its monitor
    std::unique_ptr<MainWindow> m_window;
    AccountsPage* m_accountsPage = nullptr;
    UserStatusWidget* m_userStatus = nullptr;
    WorkspacePages* m_pages = nullptr;
    SettingsPage* m_settings = nullptr;
    ScreenshotTaker* m_screenshot = nullptr;
    std::unique_ptr<StartupBenchmark> m_startup; // from the constructor on: the clock of --benchmark-startup
    std::optional<Profile> m_profile;
    std::optional<Profile> m_initialProfile;
    std::optional<sandbox::SandboxInfo> m_demoInfo;
};

} // namespace cc::ui
