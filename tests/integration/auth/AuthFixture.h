#pragma once

#include "app/auth/MemorySecretStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/Profile.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "tests/integration/net/TestHttpServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include "app/core/BrowserOpener.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace cc::test {

// Plays the browser: reads the authorization URL like the server would and follows the redirect back to the
// loopback listener with a code (or an error), the way a real browser does after the consent page.
class RedirectingBrowser final : public BrowserOpener {
public:
    std::optional<Error> open(const QUrl& url) override {
        opened = url;
        const QUrlQuery query(url);
        QUrl redirect;
        QUrlQuery back;
        if (query.hasQueryItem(QStringLiteral("redirect_to"))) {
            redirect = QUrl(query.queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded));
            back = QUrlQuery(redirect); // GoTrue keeps redirect_to's query (our state) and adds the code
        } else {
            redirect = QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            back.addQueryItem(QStringLiteral("state"), query.queryItemValue(QStringLiteral("state")));
        }
        if (error.isEmpty()) {
            back.addQueryItem(QStringLiteral("code"), QStringLiteral("the-code"));
        } else {
            back.addQueryItem(QStringLiteral("error"), error);
        }
        redirect.setQuery(back);
        QNetworkReply* reply = nam.get(QNetworkRequest(redirect));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return std::nullopt;
    }

    QNetworkAccessManager nam;
    QUrl opened;
    QString error;
};

// A loopback server playing the auth server, a sign-in ApiClient without a hook (as the product wires it),
// a main ApiClient for the REST calls the session hooks into, and an in-memory keychain.
class AuthFixture : public ::testing::Test {
protected:
    static inline const QString kAnonKey = QStringLiteral("anon-key-public");

    void SetUp() override {
        ASSERT_TRUE(server.listen());
        profile.name = QStringLiteral("test");
        profile.projectUrl = server.url(QStringLiteral("/"));
        profile.anonKey = kAnonKey;
        profile.authFlavor = QStringLiteral("supabase");
        profile.authProvider = QStringLiteral("sandbox");
        authClient = std::make_unique<net::ApiClient>(SystemClock::instance(), random);
        api = std::make_unique<net::ApiClient>(SystemClock::instance(), random);
        net::ServiceConfig rest;
        rest.name = QStringLiteral("rest");
        rest.baseUrl = server.url(QStringLiteral("/rest/v1"));
        rest.apiKey = kAnonKey;
        rest.rateLimit = {
            .ratePerSecond = 10'000, .burst = 10'000, .maxQueue = 10'000, .defaultThrottleMs = 100};
        ASSERT_FALSE(api->addService(rest).has_value());
        tokenStore = std::make_unique<auth::TokenStore>(keychain);
        session = std::make_unique<auth::Session>(profile, *authClient, *tokenStore, clock);
    }

    void TearDown() override {
        session.reset();
        api.reset();
        authClient.reset();
    }

    static QByteArray sessionJson(const QString& access, const QString& refresh, int expiresIn = 3600) {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("access_token"), access},
                               {QStringLiteral("refresh_token"), refresh},
                               {QStringLiteral("token_type"), QStringLiteral("bearer")},
                               {QStringLiteral("expires_in"), expiresIn},
                               {QStringLiteral("user"),
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("user-1")},
                                            {QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                            {QStringLiteral("role"), QStringLiteral("authenticated")}}}})
            .toJson(QJsonDocument::Compact);
    }

    auth::SessionTokens tokens(const QString& access, const QString& refresh, int expiresIn = 3600) {
        auth::SessionTokens t;
        t.accessToken = access;
        t.refreshToken = refresh;
        t.expiresIn = expiresIn;
        t.receivedAtUtc = clock.nowUtc();
        t.userId = QStringLiteral("user-1");
        t.email = QStringLiteral("ada@example.org");
        return t;
    }

    void signIn(const QString& access = QStringLiteral("access-old"),
                const QString& refresh = QStringLiteral("refresh-old"), int expiresIn = 3600) {
        SignalCounter signedIn(session.get(), &auth::Session::signedIn);
        session->adopt(tokens(access, refresh, expiresIn));
        ASSERT_TRUE(signedIn.waitForCount(1));
    }

    int requestsTo(const QByteArray& pathPrefix) const {
        int n = 0;
        for (const auto& r : server.requests()) {
            n += r.target.startsWith(pathPrefix) ? 1 : 0;
        }
        return n;
    }

    TestHttpServer server;
    ManualClock clock;
    SeededRandom random{42};
    Profile profile;
    auth::MemorySecretStore keychain;
    std::unique_ptr<auth::TokenStore> tokenStore;
    std::unique_ptr<net::ApiClient> authClient;
    std::unique_ptr<net::ApiClient> api;
    std::unique_ptr<auth::Session> session;
};

} // namespace cc::test
