// Grabs the Accounts page's browser hand-off when no browser can be opened, in English and German, at the
// two window sizes the project checks. Usage: auth-screenshots OUTPUT_DIR   (run offscreen or under Xvfb)
#include "app/auth/ConnectedAccounts.h"
#include "app/auth/MemorySecretStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/BrowserOpener.h"
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/core/Translations.h"
#include "app/net/ApiClient.h"
#include "ui/auth/AccountsPage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace {

class NoBrowser final : public cc::BrowserOpener {
public:
    std::optional<cc::Error> open(const QUrl&) override {
        return cc::Error(cc::ErrorKind::Config, QStringLiteral("No browser could be opened"));
    }
};

bool shoot(const QString& file, QSize size) {
    cc::Profile profile;
    profile.name = QStringLiteral("Staging");
    profile.projectUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.anonKey = QStringLiteral("anon");
    profile.authProvider = QStringLiteral("github");
    cc::SeededRandom random(7);
    cc::auth::MemorySecretStore keychain;
    cc::auth::TokenStore store(keychain);
    cc::net::ApiClient client(cc::SystemClock::instance(), random);
    cc::auth::Session session(profile, client, store, cc::SystemClock::instance());
    cc::auth::ConnectedAccounts accounts(profile, client, store, random);
    NoBrowser browser;
    cc::ui::AccountsPage page;
    page.resize(size);
    page.setProfiles({QStringLiteral("Staging")}, QStringLiteral("Staging"));
    page.setContext({profile, &session, &accounts, &store, &client, &random, &browser});
    page.show();
    page.findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!page.browserErrorText().isEmpty()) {
            loop.quit();
        }
    });
    poll.start(20);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = !page.browserErrorText().isEmpty() && page.grab().save(file);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    page.cancelSignIn();
    return ok;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp");
    QDir().mkpath(dir);
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        cc::Translations::install(language);
        for (const QSize size : {QSize(1024, 640), QSize(1920, 1080)}) {
            ok = shoot(dir + QStringLiteral("/hand-off-no-browser-%1-%2.png").arg(language).arg(size.width()),
                       size) &&
                 ok;
        }
    }
    return ok ? 0 : 1;
}
