#include "ui/shell/ConsoleApplication.h"

#include "app/auth/ConnectedAccounts.h"
#include "app/auth/KeychainProbe.h"
#include "app/auth/KeychainSecretStore.h"
#include "app/auth/MemorySecretStore.h"
#include "app/auth/PasswordSignIn.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/AppInfo.h"
#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/Logging.h"
#include "app/core/ProfileStore.h"
#include "app/core/RandomSource.h"
#include "app/core/Redactor.h"
#include "app/core/Translations.h"
#include "app/email/EmailClient.h"
#include "app/net/ApiClient.h"
#include "app/sandbox/EmbeddedSandbox.h"
#include "app/workspace/SessionWorkspace.h"
#include "ui/auth/AccountsPage.h"
#include "ui/auth/DesktopBrowserOpener.h"
#include "ui/auth/UserStatusWidget.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/health/HealthDashboardPage.h"
#include "ui/logs/LogsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/Icons.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PlaceholderPages.h"
#include "ui/shell/ProfileHealth.h"
#include "ui/shell/ScreenshotTaker.h"
#include "ui/shell/StartupBenchmark.h"
#include "ui/shell/UiSettings.h"
#include "ui/shell/WorkspacePages.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace cc::ui {

namespace {

QStringList argumentList(int argc, char** argv) {
    QStringList list;
    for (int i = 0; i < argc; ++i) {
        list << QString::fromLocal8Bit(argv[i]);
    }
    return list;
}

} // namespace

ConsoleApplication::ConsoleApplication(int& argc, char** argv)
    : m_argc(argc)
    , m_argv(argv)
    , m_startup(std::make_unique<StartupBenchmark>()) {}

ConsoleApplication::~ConsoleApplication() {
    m_window.reset();
    m_health.reset(); // after the window: its page shows the monitor
    m_workspace.reset();
    m_accounts.reset();
    m_session.reset();
    m_authClient.reset();
    m_network.reset();
    if (Logging::isInstalled()) {
        Logging::shutdown();
    }
}

bool ConsoleApplication::canOpenWindows(const QStringList& arguments) {
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(QStringLiteral("-platform")) ||
        arguments.contains(QStringLiteral("--platform"))) {
        return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int ConsoleApplication::run() {
    AppInfo::apply();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (!canOpenWindows(argumentList(m_argc, m_argv))) {
        // Without a display QApplication aborts; a QCoreApplication still answers --help and usage errors.
        m_app = std::make_unique<QCoreApplication>(m_argc, m_argv);
        const auto parsed = ConsoleCommandLine::parse(QCoreApplication::arguments(), out, err);
        if (parsed.exitCode) {
            return *parsed.exitCode;
        }
        err << tr("%1: no display found: neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
                  "Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run without a "
                  "screen.")
                   .arg(QCoreApplication::applicationName())
            << '\n';
        return kExitFailure;
    }

    m_app = std::make_unique<QApplication>(m_argc, m_argv);
    const auto parsed = ConsoleCommandLine::parse(QCoreApplication::arguments(), out, err);
    if (parsed.exitCode) {
        return *parsed.exitCode;
    }
    m_options = parsed.options;
    QGuiApplication::setApplicationDisplayName(AppInfo::displayName());
    QGuiApplication::setDesktopFileName(QStringLiteral("campaign-console"));
    QGuiApplication::setWindowIcon(Icons::application());

    setUpLogging();
    const QString language = setUpTranslations();
    m_store = std::make_unique<ProfileStore>();
    if (auto exitCode = chooseProfile()) {
        err << QCoreApplication::applicationName() << ": "
            << tr("there is no profile named \"%1\".").arg(m_options.common.profile) << '\n';
        const QStringList names = m_store->names();
        err << (names.isEmpty() ? tr("No profiles are saved yet: add one in Settings or with "
                                     "'campaignctl profiles add'.")
                                : tr("Saved profiles: %1").arg(names.join(QStringLiteral(", "))))
            << '\n';
        return *exitCode;
    }

    buildWindow(language);
    if (m_options.benchmarkStartup) {
        benchmarkStartup();
    }
    setUpAuth();
    if (m_options.common.demo) {
        startDemo();
    } else {
        applyProfile(m_initialProfile);
    }
    log::info(lcUi(), QStringLiteral("console started"),
              {{QStringLiteral("version"), AppInfo::version()},
               {QStringLiteral("language"), language},
               {QStringLiteral("profile"), m_profile ? m_profile->name : QString()},
               {QStringLiteral("settings"), m_store->fileName()}});
    m_window->show();
    if (!m_options.screenshotFile.isEmpty()) {
        takeScreenshot();
    }
    const int code = QCoreApplication::exec();
    m_sandbox.reset(); // stopped while logging still runs
    log::info(lcUi(), QStringLiteral("console stopped"), {{QStringLiteral("exit_code"), code}});
    return code;
}

void ConsoleApplication::setUpLogging() {
    LoggingOptions logging;
    logging.directory = Logging::defaultDirectory();
    Logging::install(logging);
    if (!m_options.common.logLevel.isEmpty()) {
        Logging::applyLevel(m_options.common.logLevel);
    }
}

QString ConsoleApplication::setUpTranslations() {
    const QString saved = UiSettings::open()->value(UiSettings::kLanguage).toString();
    const QString language = Translations::choose(m_options.common.language, saved);
    Translations::install(language);
    return language;
}

std::optional<int> ConsoleApplication::chooseProfile() {
    if (m_options.common.demo) {
        return std::nullopt;
    }
    if (!m_options.common.profile.isEmpty()) {
        m_initialProfile = m_store->find(m_options.common.profile);
        if (!m_initialProfile) {
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

// The --demo hook. The in-process sandbox is wired here: start it, then call useProfile() with the profile
// pointing at it. Until then --demo works on an in-memory local profile that is never saved.
void ConsoleApplication::startDemo() {
    // The sandbox opens its database and seeds on a thread of its own; the window is up meanwhile.
    m_window->setConnectionState(MainWindow::ConnectionState::Connecting, tr("Starting the demo sandbox…"));
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>();
    QObject::connect(
        m_sandbox.get(), &sandbox::EmbeddedSandbox::started, m_window.get(),
        [this](const sandbox::SandboxInfo& info, qint64 campaigns) {
            m_demoInfo = info;
            useProfile(info.localProfile());
            const QString url = info.url.toString();
            m_window->setConnectionState(MainWindow::ConnectionState::Connected,
                                         tr("Demo sandbox at %1 (campaigns: %L2)").arg(url).arg(campaigns));
            log::info(
                lcUi(), QStringLiteral("demo sandbox started"),
                {{QStringLiteral("url"), info.url.toString()}, {QStringLiteral("campaigns"), campaigns}});
        });
    QObject::connect(
        m_sandbox.get(), &sandbox::EmbeddedSandbox::failed, m_window.get(), [this](const Error& error) {
            m_window->setConnectionState(MainWindow::ConnectionState::Offline,
                                         tr("The demo sandbox did not start: %1").arg(error.message));
            log::critical(lcUi(), QStringLiteral("demo sandbox failed to start"), {}, error);
        });
    m_sandbox->start(sandbox::SandboxOptions::demo());
}

void ConsoleApplication::buildWindow(const QString& language) {
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<MainWindow>();
    m_pages =
        new WorkspacePages(*m_window, SystemClock::instance(), SystemRandom::instance(), m_window.get());
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
            applyProfile(std::nullopt);
        }
    });
    m_window->addPage(Page::Settings, PlaceholderPages::title(Page::Settings), m_settings);

    const QString logDirectory =
        Logging::directory().isEmpty() ? Logging::defaultDirectory() : Logging::directory();
    m_window->addPage(Page::Logs, PlaceholderPages::title(Page::Logs),
                      new LogsPage(logDirectory, QStringLiteral("console")));

    if (m_options.screenshotFile.isEmpty()) {
        m_window->restoreWindowState();
    } else {
        // Screenshots are compared between runs: the default size, not whatever the user left behind.
        m_window->resize(MainWindow::defaultSize());
    }
    if (m_options.page) {
        m_window->setCurrentPage(*m_options.page);
    }
}

void ConsoleApplication::useProfile(const Profile& profile) {
    applyProfile(profile);
}

void ConsoleApplication::applyProfile(const std::optional<Profile>& profile) {
    m_profile = profile;
    if (m_window) {
        m_window->setProfile(profile);
        m_window->setConnectionState(MainWindow::ConnectionState::NotConnected);
    }
    if (m_pages) {
        m_pages->setProfile(profile);
    }
    if (m_settings) {
        m_settings->setActiveProfileName(profile ? profile->name : QString());
    }
    useSessionFor(profile);
    if (profile) {
        log::info(lcUi(), QStringLiteral("profile in use"),
                  {{QStringLiteral("profile"), profile->name},
                   {QStringLiteral("environment"), profile->environment},
                   {QStringLiteral("url"), Redactor::redactUrl(profile->projectUrl)}});
    }
}

void ConsoleApplication::setUpAuth() {
    m_tokens = std::make_unique<auth::TokenStore>(*m_keychain);
    m_settings->setSecretStore(&m_tokens->secrets());
    m_demoSecrets = std::make_unique<auth::MemorySecretStore>();
    m_demoTokens = std::make_unique<auth::TokenStore>(*m_demoSecrets);
    m_authClient =
        std::make_unique<net::ApiClient>(SystemClock::instance(), SystemRandom::instance(), m_network.get());
    m_browser = DesktopBrowserOpener::create();
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

// A new session and connected accounts for the profile in use, restored from the token store.
void ConsoleApplication::useSessionFor(const std::optional<Profile>& profile) {
    if (!m_tokens || !m_accountsPage) {
        return;
    }
    m_accountsPage->setContext({});
    m_userStatus->setSession(nullptr, nullptr);
    m_pages->bind(nullptr);
    m_health->setProfile(std::nullopt, nullptr, nullptr);
    m_workspace.reset();
    m_accounts.reset();
    m_session.reset();
    QStringList names = m_store->names();
    if (profile && !names.contains(profile->name)) {
        names << profile->name; // the --demo profile is never saved
    }
    m_accountsPage->setProfiles(names, profile ? profile->name : QString());
    if (!profile) {
        return;
    }
    for (net::ServiceConfig config : net::ServiceConfig::supabase(profile->projectUrl, profile->anonKey)) {
        config.sendBearerToken = false; // sign-in requests that need a user token set it themselves
        m_authClient->addService(config);
    }
    // The demo sandbox forgets its users' sessions when it stops: they are never written to the keychain.
    auth::TokenStore& tokens = isDemo(*profile) ? *m_demoTokens : *m_tokens;
    m_pages->setTokenStore(&tokens);
    if (isDemo(*profile)) {
        // The sandbox's e-mail key, so "Send test e-mail" works in the demo without a trip to Settings.
        m_demoSecrets->write(email::EmailClient::secretKey(profile->name), m_demoInfo->emailApiKey.toUtf8(),
                             m_window.get(), [](const auth::SecretResult&) {});
    }
    m_session = std::make_unique<auth::Session>(*profile, *m_authClient, tokens, SystemClock::instance());
    m_accounts =
        std::make_unique<auth::ConnectedAccounts>(*profile, *m_authClient, tokens, SystemRandom::instance());
    m_workspace = std::make_unique<SessionWorkspace>(*m_session, SystemClock::instance(),
                                                     SystemRandom::instance(), m_network.get());
    m_pages->bind(m_workspace.get());
    m_health->setProfile(*profile, m_authClient.get(), m_session.get());
    SessionWorkspace* workspace = m_workspace.get();
    QObject::connect(
        workspace, &SessionWorkspace::ready, m_health.get(),
        [this, workspace](UserWorkspace* open) { m_health->setWorkspace(open, workspace->live()); });
    QObject::connect(workspace, &SessionWorkspace::closing, m_health.get(),
                     [this] { m_health->setWorkspace(nullptr, nullptr); });
    auth::ConnectedAccounts* accounts = m_accounts.get();
    QObject::connect(m_session.get(), &auth::Session::signedIn, accounts, [accounts] { accounts->load(); });
    accounts->load(); // the platforms and any linked accounts show before sign-in too (linking needs it)
    QObject::connect(m_session.get(), &auth::Session::signedOut, accounts, [accounts](const QString& reason) {
        if (reason.isEmpty()) {
            accounts->disconnectAll(); // the user's own sign-out forgets the linked accounts too
        }
    });
    m_accountsPage->setContext({profile, m_session.get(), accounts, &tokens, m_authClient.get(),
                                &SystemRandom::instance(), m_browser.get()});
    m_userStatus->setSession(m_session.get(), &tokens);
    // Until the session is restored (or the demo user signed in) the pages wait for data.
    m_pages->setPending(true);
    QObject::connect(m_session.get(), &auth::Session::restored, m_pages, [this](bool signedIn) {
        if (!signedIn) {
            m_pages->setPending(false);
        }
    });
    if (isDemo(*profile)) {
        signInDemoUser();
    } else {
        m_session->restore();
    }
}

bool ConsoleApplication::isDemo(const Profile& profile) const {
    return m_demoInfo && profile.projectUrl == m_demoInfo->url && !m_store->find(profile.name);
}

// --demo shows data at once: the sandbox's administrator is signed in with the password grant. Signing out
// and in again through the browser (Accounts) works as with any profile.
void ConsoleApplication::signInDemoUser() {
    for (const sandbox::SandboxUser& user : m_demoInfo->users) {
        if (user.role != QLatin1String("admin")) {
            continue;
        }
        QPointer<auth::Session> session(m_session.get());
        auth::PasswordSignIn::signIn(*m_authClient, session->profile(), SystemClock::instance(), user.email,
                                     user.password, [this, session](Result<auth::SessionTokens> tokens) {
                                         if (!session) {
                                             return;
                                         }
                                         if (tokens) {
                                             session->adopt(tokens.value());
                                         } else {
                                             m_pages->setPending(false);
                                             log::warning(lcUi(), QStringLiteral("demo sign-in failed"), {},
                                                          tokens.error());
                                         }
                                     });
        return;
    }
}

// --benchmark-startup: the time from the process's start to the first painted campaign rows (from the
// cache when it holds them), as one JSON line on stdout; exit code 1 when no rows come within a minute.
void ConsoleApplication::benchmarkStartup() {
    m_window->setCurrentPage(Page::Campaigns);
    QObject::connect(m_pages, &WorkspacePages::campaignsPageShown, m_startup.get(),
                     [this](CampaignsPage* page) { m_startup->watch(page->table()); });
    QObject::connect(m_startup.get(), &StartupBenchmark::finished, m_window.get(),
                     [](qint64 sinceStart, qint64 sinceMain, int rows) {
                         std::printf("{\"first_rows_painted_ms\":%lld,\"since_main_ms\":%lld,\"rows\":%d}\n",
                                     static_cast<long long>(sinceStart), static_cast<long long>(sinceMain),
                                     rows);
                         std::fflush(stdout);
                         QCoreApplication::exit(0);
                     });
    QTimer::singleShot(60'000, m_window.get(), [] {
        std::fprintf(stderr, "no campaign rows were painted within 60 s (signed in? data cached?)\n");
        QCoreApplication::exit(kExitFailure);
    });
}

void ConsoleApplication::takeScreenshot() {
    MainWindow* window = m_window.get();
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    const int delayMs = m_options.screenshotDelayMs;
    m_screenshot = new ScreenshotTaker(
        window, m_options.screenshotFile,
        [window, since, delayMs] {
            if (since->elapsed() < delayMs) {
                return false;
            }
            const QWidget* page = window->pageWidget(window->currentPage());
            const bool starting = window->connectionState() == MainWindow::ConnectionState::Connecting;
            return !starting && (!page || !page->property("busy").toBool());
        },
        window);
    QObject::connect(m_screenshot, &ScreenshotTaker::finished, window,
                     [](bool saved, const QString& message) {
                         std::fprintf(saved ? stdout : stderr, "%s\n", qPrintable(message));
                         QCoreApplication::exit(saved ? 0 : kExitFailure);
                     });
}

} // namespace cc::ui
