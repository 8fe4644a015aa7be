// End to end: the real campaignctl against the real sandbox, with test-browser playing the browser
// (CAMPAIGN_CONSOLE_BROWSER) and the real keychain (gnome-keyring in the D-Bus session scripts/test.sh
// starts). Every step is a separate process, so "restart" is real.

#include "app/auth/CommandBrowserOpener.h"
#include "app/auth/ConnectedAccounts.h"
#include "app/auth/MemorySecretStore.h"
#include "app/auth/TokenStore.h"
#include "app/core/Clock.h"
#include "app/core/Profile.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace cc::test {
namespace {

struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class AuthEndToEndTest : public IsolatedTest {
protected:
    void SetUp() override {
        IsolatedTest::SetUp();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            qEnvironmentVariable("CONSOLE_REQUIRE_KEYCHAIN") != QLatin1String("1")) {
            GTEST_SKIP() << "no D-Bus session: run the suite through scripts/test.sh, which starts one";
        }
    }

    void TearDown() override {
        if (m_sandbox) {
            m_sandbox->terminate();
            m_sandbox->waitForFinished(10000);
        }
        removeEntry(QStringLiteral("sb/session"));
        IsolatedTest::TearDown();
    }

    // Starts campaign-sandbox and adds a current profile "sb" for it.
    void startSandbox(const QString& flavor, int jwtExpiry = 3600) {
        m_sandbox = std::make_unique<QProcess>();
        m_sandbox->start(QStringLiteral(CAMPAIGN_SANDBOX_PATH),
                         {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                          QStringLiteral("5"), QStringLiteral("--jwt-expiry"), QString::number(jwtExpiry)});
        ASSERT_TRUE(m_sandbox->waitForStarted(10000));
        ASSERT_TRUE(waitUntil([&] { return m_sandbox->canReadLine(); }, 20000))
            << m_sandbox->readAllStandardError().toStdString();
        m_info = QJsonDocument::fromJson(m_sandbox->readLine()).object();
        m_url = m_info.value(QStringLiteral("url")).toString();
        const QJsonObject user = m_info.value(QStringLiteral("users")).toArray().first().toObject();
        m_email = user.value(QStringLiteral("email")).toString();
        m_password = user.value(QStringLiteral("password")).toString();
        QStringList args{QStringLiteral("profiles"),      QStringLiteral("add"),
                         QStringLiteral("--name"),        QStringLiteral("sb"),
                         QStringLiteral("--url"),         m_url,
                         QStringLiteral("--anon-key"),    m_info.value(QStringLiteral("anon_key")).toString(),
                         QStringLiteral("--environment"), QStringLiteral("local"),
                         QStringLiteral("--current"),     QStringLiteral("--provider"),
                         QStringLiteral("sandbox")};
        if (flavor == QLatin1String("oidc")) {
            args << QStringLiteral("--auth") << QStringLiteral("oidc") << QStringLiteral("--issuer")
                 << m_url + QStringLiteral("/auth/v1");
        }
        const CtlRun added = ctl(args);
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    CtlRun ctl(const QStringList& args, bool withDbus = true) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAMPAIGN_CONSOLE_BROWSER"), QStringLiteral(TEST_BROWSER_PATH));
        env.insert(QStringLiteral("TEST_BROWSER_EMAIL"), m_email);
        env.insert(QStringLiteral("TEST_BROWSER_PASSWORD"), m_password);
        if (!withDbus) {
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        p.setProcessEnvironment(env);
        QStringList all = args;
        if (args.value(0) != QLatin1String("profiles")) {
            // Named explicitly: ProfileStore does not read back its current profile across processes
            // ("general/currentProfile" comes back empty from the INI file), a bug reported to the lead.
            all << QStringLiteral("--profile") << QStringLiteral("sb");
        }
        p.start(QStringLiteral(CAMPAIGNCTL_PATH), all);
        EXPECT_TRUE(p.waitForFinished(60000));
        CtlRun run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
        m_outputs << run.out << run.err;
        return run;
    }

    std::optional<QJsonObject> storedSession() {
        QKeychain::ReadPasswordJob job(QStringLiteral("campaign-console"));
        job.setAutoDelete(false);
        job.setKey(QStringLiteral("sb/session"));
        job.start();
        EXPECT_TRUE(waitForSignal(&job, &QKeychain::Job::finished, 10000));
        if (job.error() != QKeychain::NoError) {
            return std::nullopt;
        }
        return QJsonDocument::fromJson(job.binaryData()).object();
    }

    void removeEntry(const QString& key) {
        QKeychain::DeletePasswordJob job(QStringLiteral("campaign-console"));
        job.setAutoDelete(false);
        job.setKey(key);
        job.start();
        waitForSignal(&job, &QKeychain::Job::finished, 10000);
    }

    void rememberTokens() {
        if (const auto s = storedSession()) {
            m_secrets << s->value(QStringLiteral("access_token")).toString()
                      << s->value(QStringLiteral("refresh_token")).toString();
        }
    }

    // Every file under the private HOME (config, cache, logs) and every output so far, searched for tokens.
    QStringList leaks() const {
        QStringList found;
        QDirIterator it(homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray content = file.readAll();
            for (const QString& secret : m_secrets) {
                if (!secret.isEmpty() && content.contains(secret.toUtf8())) {
                    found << path;
                }
            }
        }
        for (const QString& output : m_outputs) {
            for (const QString& secret : m_secrets) {
                if (!secret.isEmpty() && output.contains(secret)) {
                    found << QStringLiteral("process output");
                }
            }
        }
        return found;
    }

    void loginAndWhoami() {
        const CtlRun login = ctl({QStringLiteral("login")});
        ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
        EXPECT_TRUE(login.out.contains(QStringLiteral("Signed in as ") + m_email)) << login.out.toStdString();
        rememberTokens();
        ASSERT_FALSE(m_secrets.isEmpty()) << "the session is in the keychain after login";

        const CtlRun who = ctl({QStringLiteral("whoami"), QStringLiteral("--json")});
        ASSERT_EQ(who.exitCode, 0) << who.err.toStdString();
        const QJsonObject id = QJsonDocument::fromJson(who.out.toUtf8()).object();
        EXPECT_EQ(id.value(QStringLiteral("email")).toString(), m_email);
        EXPECT_FALSE(id.value(QStringLiteral("user_id")).toString().isEmpty());
        EXPECT_FALSE(id.value(QStringLiteral("expires_at")).toString().isEmpty());
        EXPECT_EQ(id.value(QStringLiteral("profile")).toString(), QStringLiteral("sb"));
    }

    std::unique_ptr<QProcess> m_sandbox;
    QJsonObject m_info;
    QString m_url;
    QString m_email;
    QString m_password;
    QStringList m_secrets;
    QStringList m_outputs;
};

TEST_F(AuthEndToEndTest, SupabaseFlavourLoginThenWhoamiInANewProcess) {
    startSandbox(QStringLiteral("supabase"));
    loginAndWhoami();
}

TEST_F(AuthEndToEndTest, OidcFlavourLoginThenWhoamiInANewProcess) {
    startSandbox(QStringLiteral("oidc"));
    loginAndWhoami();
}

TEST_F(AuthEndToEndTest, ExpiredSessionIsRefreshedAndTheRotatedTokenStored) {
    startSandbox(QStringLiteral("supabase"), 1); // a one-second token is due for refresh at once
    const CtlRun login = ctl({QStringLiteral("login")});
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    const auto before = storedSession();
    ASSERT_TRUE(before.has_value());
    rememberTokens();
    const CtlRun who = ctl({QStringLiteral("whoami"), QStringLiteral("--json")});
    ASSERT_EQ(who.exitCode, 0) << who.err.toStdString();
    const auto after = storedSession();
    ASSERT_TRUE(after.has_value());
    rememberTokens();
    EXPECT_NE(after->value(QStringLiteral("refresh_token")), before->value(QStringLiteral("refresh_token")));
    // (The access token may be byte-identical: the sandbox's JWTs have one-second resolution.)
}

TEST_F(AuthEndToEndTest, LogoutDeletesTheKeychainEntryAndNothingLeaks) {
    startSandbox(QStringLiteral("oidc"), 1);
    loginAndWhoami(); // whoami refreshed the one-second token: two generations of tokens to look for
    rememberTokens();
    const CtlRun logout = ctl({QStringLiteral("logout")});
    ASSERT_EQ(logout.exitCode, 0) << logout.err.toStdString();
    EXPECT_FALSE(storedSession().has_value());
    const CtlRun who = ctl({QStringLiteral("whoami")});
    EXPECT_NE(who.exitCode, 0);
    EXPECT_GE(m_secrets.size(), 4);
    EXPECT_EQ(leaks(), QStringList{});
}

TEST_F(AuthEndToEndTest, CampaignCommandsUseTheStoredSession) {
    startSandbox(QStringLiteral("supabase"));
    const CtlRun before = ctl({QStringLiteral("campaigns"), QStringLiteral("list")});
    EXPECT_EQ(before.exitCode, 1);
    EXPECT_TRUE(before.err.contains(QStringLiteral("campaignctl login"))) << before.err.toStdString();

    loginAndWhoami();
    const CtlRun list = ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--limit"), QStringLiteral("3")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonDocument rows = QJsonDocument::fromJson(list.out.toUtf8());
    ASSERT_TRUE(rows.isArray() || rows.isObject()) << list.out.toStdString();
    const QJsonArray array =
        rows.isArray() ? rows.array() : rows.object().value(QStringLiteral("rows")).toArray();
    ASSERT_FALSE(array.isEmpty()) << list.out.toStdString();
    const QString me =
        QJsonDocument::fromJson(ctl({QStringLiteral("whoami"), QStringLiteral("--json")}).out.toUtf8())
            .object()
            .value(QStringLiteral("user_id"))
            .toString();
    for (const QJsonValue& row : array) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("user_id")).toString(), me)
            << "a marketer sees only their rows";
    }
    EXPECT_EQ(leaks(), QStringList{});
}

TEST_F(AuthEndToEndTest, TheConsoleRestoresRefreshesAndLoadsDataWithoutWritingATokenAnywhere) {
    startSandbox(QStringLiteral("oidc"), 1); // one-second tokens: the console must refresh at start
    const CtlRun login = ctl({QStringLiteral("login")});
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    rememberTokens();

    // The GUI itself: restores the session from the keychain, refreshes it, opens the user's workspace, loads
    // the campaigns into its cache and logs all of it, then takes a screenshot and exits.
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    const QString shot = homePath() + QStringLiteral("/console.png");
    console.start(QStringLiteral(CAMPAIGN_CONSOLE_PATH),
                  {QStringLiteral("--profile"), QStringLiteral("sb"), QStringLiteral("--page"),
                   QStringLiteral("campaigns"), QStringLiteral("--screenshot"), shot,
                   QStringLiteral("--log-level"), QStringLiteral("debug")});
    ASSERT_TRUE(console.waitForFinished(60000));
    const QString consoleErr = QString::fromUtf8(console.readAllStandardError());
    m_outputs << QString::fromUtf8(console.readAllStandardOutput()) << consoleErr;
    ASSERT_EQ(console.exitCode(), 0) << consoleErr.toStdString();
    EXPECT_TRUE(QFile::exists(shot));
    rememberTokens(); // the rotated pair the console stored

    const CtlRun logout = ctl({QStringLiteral("logout")});
    ASSERT_EQ(logout.exitCode, 0) << logout.err.toStdString();

    EXPECT_GE(m_secrets.size(), 4) << "the console refreshed: two generations of tokens";
    // What the console wrote: its log, its cache with the user's campaigns, its settings.
    QStringList written;
    QDirIterator it(homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        written << it.next();
    }
    EXPECT_TRUE(written.filter(QStringLiteral("console.log")).size() >= 1)
        << written.join(u' ').toStdString();
    EXPECT_TRUE(written.filter(QStringLiteral("cache.sqlite")).size() >= 1)
        << written.join(u' ').toStdString();
    EXPECT_TRUE(consoleErr.contains(QStringLiteral("refresh"))) << "the log shows the refresh happened";
    EXPECT_EQ(leaks(), QStringList{});
}

TEST_F(AuthEndToEndTest, WithoutDbusSignInWorksForTheProcessAndSaysItWillNotBeRemembered) {
    startSandbox(QStringLiteral("supabase"));
    const CtlRun login = ctl({QStringLiteral("login")}, false);
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    EXPECT_TRUE(login.err.contains(QStringLiteral("will not be remembered"))) << login.err.toStdString();
    EXPECT_TRUE(login.err.contains(QStringLiteral("for this session only"))) << login.err.toStdString();
    EXPECT_FALSE(storedSession().has_value());
    EXPECT_NE(ctl({QStringLiteral("whoami")}, false).exitCode, 0);
}

TEST_F(AuthEndToEndTest, ConnectedAccountIsLinkedRefreshedAndDisconnectedOnTheSandbox) {
    startSandbox(QStringLiteral("supabase"));
    Profile profile;
    profile.name = QStringLiteral("sb");
    profile.projectUrl = QUrl(m_url);
    profile.anonKey = m_info.value(QStringLiteral("anon_key")).toString();
    net::ApiClient client(SystemClock::instance(), SystemRandom::instance());
    auth::MemorySecretStore keychain;
    auth::TokenStore store(keychain);
    auth::ConnectedAccounts accounts(profile, client, store, SystemRandom::instance());
    SignalCounter loaded(&accounts, &auth::ConnectedAccounts::loaded);
    accounts.load();
    ASSERT_TRUE(loaded.waitForCount(1, 10000));
    QStringList ids;
    for (const auth::SocialPlatform& p : accounts.platforms()) {
        ids << p.id;
    }
    ASSERT_TRUE(ids.contains(QStringLiteral("chirper"))) << ids.join(QLatin1Char(',')).toStdString();

    auth::CommandBrowserOpener browser(QStringLiteral(TEST_BROWSER_PATH));
    SignalCounter changed(&accounts, &auth::ConnectedAccounts::changed);
    ASSERT_NE(accounts.link(QStringLiteral("chirper"), &browser), nullptr);
    ASSERT_TRUE(changed.waitForCount(1, 30000));
    auto account = accounts.account(QStringLiteral("chirper"));
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->health, auth::ConnectedAccount::Health::Healthy) << account->problem.toStdString();
    EXPECT_FALSE(account->handle.isEmpty());
    EXPECT_FALSE(account->scopes.isEmpty());
    const QString firstRefresh = account->tokens.refreshToken;

    accounts.refresh(QStringLiteral("chirper"));
    ASSERT_TRUE(changed.waitForCount(2, 15000));
    EXPECT_NE(accounts.account(QStringLiteral("chirper"))->tokens.refreshToken, firstRefresh);
    EXPECT_EQ(accounts.account(QStringLiteral("chirper"))->health, auth::ConnectedAccount::Health::Healthy);

    accounts.disconnect(QStringLiteral("chirper"));
    ASSERT_TRUE(
        waitUntil([&] { return !keychain.entries().contains(QStringLiteral("sb/accounts/chirper")); }));
    EXPECT_FALSE(accounts.account(QStringLiteral("chirper")).has_value());
}

} // namespace
} // namespace cc::test
