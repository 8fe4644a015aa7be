#include "ui/shell/ConsoleApplication.h"

#include "app/auth/KeychainProbe.h"
#include "app/auth/KeychainSecretStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/AppInfo.h"
#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/Logging.h"
#include "app/core/ProfileStore.h"
#include "app/core/RandomSource.h"
#include "app/workspace/DemoMode.h"
#include "app/workspace/DomainEvents.h"
#include "app/workspace/ProfileContext.h"
#include "app/workspace/SessionWorkspace.h"
#include "ui/auth/AccountsPage.h"
#include "ui/auth/DesktopBrowserOpener.h"
#include "ui/auth/UserStatusWidget.h"
#include "ui/health/HealthDashboardPage.h"
#include "ui/logs/LogsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/ConsoleStartup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PlaceholderPages.h"
#include "ui/shell/ProfileHealth.h"
#include "ui/shell/ShellMenus.h"
#include "ui/shell/StatusBarEvents.h"
#include "ui/shell/WorkspacePages.h"

#include <QNetworkAccessManager>
#include <QStatusBar>

namespace cc::ui {

namespace {

// Where the JSON log is written (the Logs page reads it, Help opens it).
QString logDirectory() {
    return Logging::directory().isEmpty() ? Logging::defaultDirectory() : Logging::directory();
}

} // namespace

ConsoleApplication::LogCloser::~LogCloser() {
    if (Logging::isInstalled()) {
        Logging::shutdown();
    }
}

ConsoleApplication::ConsoleApplication(int& argc, char** argv)
    : m_argc(argc)
    , m_argv(argv) {}

ConsoleApplication::~ConsoleApplication() = default;

std::optional<int> ConsoleApplication::start() {
    ConsoleStartup::Outcome startup = ConsoleStartup::run(m_argc, m_argv);
    m_app = std::move(startup.app);
    if (startup.exitCode) {
        return startup.exitCode;
    }
    m_options = startup.options;
    m_language = startup.language;
    m_store = std::make_unique<ProfileStore>();
    if (auto exitCode = chooseProfile()) {
        return exitCode;
    }
    buildWindow(m_language);
    setUpAuth();
    m_menus =
        new ShellMenus(*m_window, *m_pages, *m_store, *m_browser, {logDirectory(), ShellMenus::findGuide()});
    m_menus->setProfileSwitcher([this](const Profile& profile) { useProfile(profile); });
    if (m_options.common.demo) {
        startDemo();
    } else {
        useProfile(m_initialProfile);
    }
    log::info(lcUi(), QStringLiteral("console started"),
              {{QStringLiteral("version"), AppInfo::version()},
               {QStringLiteral("language"), m_language},
               {QStringLiteral("profile"), m_profile ? m_profile->name : QString()},
               {QStringLiteral("settings"), m_store->fileName()}});
    m_window->show();
    m_window->focusCurrentPage();
    return std::nullopt;
}

int ConsoleApplication::exec() {
    const int code = QCoreApplication::exec();
    log::info(lcUi(), QStringLiteral("console stopped"), {{QStringLiteral("exit_code"), code}});
    return code;
}

std::optional<int> ConsoleApplication::chooseProfile() {
    if (m_options.common.demo) {
        return std::nullopt;
    }
    if (!m_options.common.profile.isEmpty()) {
        m_initialProfile = m_store->find(m_options.common.profile);
        if (!m_initialProfile) {
            QTextStream err(stderr);
            err << QCoreApplication::applicationName() << ": "
                << tr("there is no profile named \"%1\".").arg(m_options.common.profile) << '\n';
            const QStringList names = m_store->names();
            err << (names.isEmpty() ? tr("No profiles are saved yet: add one in Settings or with "
                                         "'campaignctl profiles add'.")
                                    : tr("Saved profiles: %1").arg(names.join(QStringLiteral(", "))))
                << '\n';
            return kExitFailure;
        }
        return std::nullopt;
    }
    m_initialProfile = m_store->find(m_store->currentName());
    if (!m_initialProfile && !m_store->profiles().isEmpty()) {
        m_initialProfile = m_store->profiles().first();
    }
    return std::nullopt;
}

void ConsoleApplication::buildWindow(const QString& language) {
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<MainWindow>();
    new StatusBarEvents(*m_window, m_events);
    m_pages =
        new WorkspacePages(*m_window, SystemClock::instance(), SystemRandom::instance(), m_window.get());
    QObject::connect(m_pages, &WorkspacePages::demoRequested, m_window.get(), [this] { startDemo(); });
    QObject::connect(m_pages, &WorkspacePages::message, m_window.get(),
                     [this](const QString& text) { m_window->statusBar()->showMessage(text, 15'000); });
    m_keychain = std::make_unique<auth::KeychainSecretStore>();
    m_health = std::make_unique<ProfileHealth>(SystemClock::instance(), *m_keychain);
    m_window->addPage(Page::Health, PlaceholderPages::title(Page::Health), m_health->page());

    m_accountsPage = new AccountsPage();
    QObject::connect(m_accountsPage, &AccountsPage::profileChosen, m_window.get(),
                     [this](const QString& name) {
                         if (const auto profile = m_store->find(name)) {
                             useProfile(*profile);
                         }
                     });
    m_window->addPage(Page::Accounts, PlaceholderPages::title(Page::Accounts), m_accountsPage);
    m_userStatus = new UserStatusWidget(m_window.get());
    m_window->statusBar()->addPermanentWidget(m_userStatus);

    m_settings = new SettingsPage(*m_store, m_network.get(), language);
    QObject::connect(m_settings, &SettingsPage::profileActivated, m_window.get(),
                     [this](const Profile& profile) { useProfile(profile); });
    QObject::connect(m_settings, &SettingsPage::profileSaved, m_window.get(),
                     [this](const QString& previous, const Profile& profile) {
                         if (m_profile && m_profile->name.compare(previous, Qt::CaseInsensitive) == 0) {
                             useProfile(profile);
                         }
                     });
    QObject::connect(m_settings, &SettingsPage::profileRemoved, m_window.get(), [this](const QString& name) {
        if (m_profile && m_profile->name.compare(name, Qt::CaseInsensitive) == 0) {
            useProfile(std::nullopt);
        }
    });
    m_window->addPage(Page::Settings, PlaceholderPages::title(Page::Settings), m_settings);

    m_window->addPage(Page::Logs, PlaceholderPages::title(Page::Logs),
                      new LogsPage(logDirectory(), QStringLiteral("console")));

    if (m_options.screenshotFile.isEmpty()) {
        m_window->restoreWindowState();
    } else {
        // Screenshots are compared between runs: the default size, not whatever the user left behind.
        m_window->resize(m_options.screenshotSize.isValid() ? m_options.screenshotSize
                                                            : MainWindow::defaultSize());
    }
    if (m_options.page) {
        m_window->setCurrentPage(*m_options.page);
    }
}

void ConsoleApplication::setUpAuth() {
    m_tokens = std::make_unique<auth::TokenStore>(*m_keychain);
    m_settings->setSecretStore(&m_tokens->secrets());
    m_browser = DesktopBrowserOpener::create();
    if (m_options.common.demo) {
        return; // the demo's sessions and secrets stay in memory: the keychain is not even asked
    }
    // Whether the keychain can keep sessions; until the probe answers, the store tries the keychain.
    auto* probe = new auth::KeychainProbe(*m_keychain, m_window.get());
    QObject::connect(probe, &auth::KeychainProbe::finished, m_window.get(),
                     [this, probe](bool usable, const Error& error) {
                         probe->deleteLater();
                         if (!usable) {
                             m_tokens->setMemoryOnly(error);
                         }
                     });
    probe->start();
}

// The demo sandbox opens its database and seeds on a thread of its own; the window is up meanwhile.
void ConsoleApplication::startDemo() {
    if (m_demo) {
        return; // already started, or starting
    }
    m_window->setConnectionState(MainWindow::ConnectionState::Connecting, tr("Starting the demo sandbox…"));
    m_demo = std::make_unique<DemoMode>(SystemClock::instance());
    QObject::connect(
        m_demo.get(), &DemoMode::started, m_window.get(), [this](const Profile& profile, qint64 campaigns) {
            useProfile(profile);
            const QString url = profile.projectUrl.toString();
            m_window->setConnectionState(MainWindow::ConnectionState::Connected,
                                         tr("Demo sandbox at %1 (campaigns: %L2)").arg(url).arg(campaigns));
            log::info(lcUi(), QStringLiteral("demo sandbox started"),
                      {{QStringLiteral("url"), url}, {QStringLiteral("campaigns"), campaigns}});
        });
    QObject::connect(m_demo.get(), &DemoMode::failed, m_window.get(), [this](const Error& error) {
        m_window->setConnectionState(MainWindow::ConnectionState::Offline,
                                     tr("The demo sandbox did not start: %1").arg(error.message));
        log::critical(lcUi(), QStringLiteral("demo sandbox failed to start"), {}, error);
    });
    m_demo->start();
}

void ConsoleApplication::useProfile(const std::optional<Profile>& profile) {
    m_profile = profile;
    if (m_menus) {
        m_menus->setCurrentProfile(profile);
    }
    m_window->setProfile(profile);
    m_window->setConnectionState(MainWindow::ConnectionState::NotConnected);
    m_pages->setProfile(profile);
    m_settings->setActiveProfileName(profile ? profile->name : QString());
    unbindProfileContext();
    QStringList names = m_store->names();
    if (profile && !names.contains(profile->name)) {
        names << profile->name; // the demo's profile is never saved
    }
    m_accountsPage->setProfiles(names, profile ? profile->name : QString());
    m_events.publish(events::ProfileSwitched{profile ? profile->name : QString()});
    if (!profile) {
        return;
    }
    const bool demo = m_demo && m_demo->owns(*profile) && !m_store->find(profile->name);
    ProfileContext::Options options;
    options.events = &m_events;
    m_context = std::make_unique<ProfileContext>(*profile, demo ? m_demo->tokens() : *m_tokens,
                                                 SystemClock::instance(), SystemRandom::instance(),
                                                 m_network.get(), options);
    bindProfileContext();
    auth::Session& session = m_context->session();
    if (demo) {
        // --demo shows data at once: the sandbox's administrator signs in with the password grant. Signing
        // out and in again through the browser (Accounts) works as with any profile.
        m_demo->signInAdministrator(
            session, m_context->signInClient(), m_pages, [this](std::optional<Error> error) {
                if (error) {
                    m_pages->setPending(false);
                    log::warning(lcUi(), QStringLiteral("demo sign-in failed"), {}, *error);
                }
            });
    } else {
        session.restore();
    }
}

// Shows the new profile's context in the pages, the status bar and the Health page.
void ConsoleApplication::bindProfileContext() {
    ProfileContext& context = *m_context;
    SessionWorkspace* workspace = context.workspace();
    m_pages->setTokenStore(&context.tokens());
    m_pages->bind(workspace);
    m_health->setProfile(context.profile(), &context.signInClient(), &context.session());
    QObject::connect(
        workspace, &SessionWorkspace::ready, m_health.get(),
        [this, workspace](UserWorkspace* open) { m_health->setWorkspace(open, workspace->live()); });
    QObject::connect(workspace, &SessionWorkspace::closing, m_health.get(),
                     [this] { m_health->setWorkspace(nullptr, nullptr); });
    m_accountsPage->setContext({context.profile(), &context.session(), context.accounts(), &context.tokens(),
                                &context.signInClient(), &context.random(), m_browser.get()});
    m_userStatus->setSession(&context.session(), &context.tokens());
    // Until the session is restored (or the demo user signed in) the pages wait for data.
    m_pages->setPending(true);
    QObject::connect(&context.session(), &auth::Session::restored, m_pages, [this](bool signedIn) {
        if (!signedIn) {
            m_pages->setPending(false);
        }
    });
}

// Every view lets go of the profile's context before it is destroyed.
void ConsoleApplication::unbindProfileContext() {
    m_accountsPage->setContext({});
    m_userStatus->setSession(nullptr, nullptr);
    m_pages->bind(nullptr);
    m_pages->setTokenStore(nullptr);
    m_health->setProfile(std::nullopt, nullptr, nullptr);
    m_context.reset();
}

} // namespace cc::ui
