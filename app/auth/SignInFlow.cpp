#include "app/auth/SignInFlow.h"

#include "app/auth/AuthSettings.h"
#include "app/auth/IdToken.h"
#include "app/auth/LoopbackRedirectListener.h"
#include "app/auth/OidcDiscovery.h"
#include "app/auth/Pkce.h"
#include "app/auth/TokenRequests.h"
#include "app/core/BrowserOpener.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"

#include <QTimer>
#include <QUrlQuery>

namespace cc::auth {

SignInFlow::SignInFlow(Profile profile, net::ApiClient& client, RandomSource& random, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_client(client)
    , m_random(random)
    , m_scopes(m_profile.scopes) {}

SignInFlow::~SignInFlow() {
    if (m_call) {
        m_call->cancel();
    }
}

QUrl SignInFlow::redirectUri() const {
    return m_listener ? m_listener->redirectUri() : QUrl();
}

void SignInFlow::setState(State state) {
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void SignInFlow::start(BrowserOpener* browser) {
    Q_ASSERT(m_state == State::Idle);
    if (m_endpoints) {
        onEndpoints(browser);
        return;
    }
    setState(State::Discovering);
    if (m_profile.authFlavor != QLatin1String("oidc") && m_profile.authProvider.isEmpty()) {
        chooseProvider(browser);
        return;
    }
    resolveEndpoints(browser);
}

void SignInFlow::chooseProvider(BrowserOpener* browser) {
    // GoTrue's authorize endpoint needs a provider. A profile that names none uses the project's only
    // enabled one, as GoTrue's public settings list them; with several, the user has to choose.
    QUrl url = m_profile.projectUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/auth/v1/settings"));
    net::ApiRequest request = net::ApiRequest::get(url);
    request.bodyFormat = net::ApiRequest::BodyFormat::Json;
    m_call = m_client.send(request);
    connect(m_call, &net::ApiCall::finished, this, [this, browser](const net::ApiResponse& response) {
        if (m_state != State::Discovering) {
            return; // cancelled meanwhile
        }
        const std::optional<AuthSettings> settings =
            response.ok() ? AuthSettings::fromJson(response.json.toObject()) : std::nullopt;
        const QString sole = settings ? settings->soleProvider() : QString();
        if (sole.isEmpty()) {
            const QString offered =
                settings ? settings->browserProviders.join(QStringLiteral(", ")) : QString();
            const QString fix =
                tr("Choose one under Provider in Settings, or run: campaignctl profiles edit %1 "
                   "--provider NAME.")
                    .arg(m_profile.name);
            fail(Error(ErrorKind::Config,
                       offered.isEmpty()
                           ? tr("The profile names no sign-in provider and the server did not say which it "
                                "offers. %1")
                                 .arg(fix)
                           : tr("The profile names no sign-in provider; the server offers: %1. %2")
                                 .arg(offered, fix),
                       QStringLiteral("supabase flavour without authProvider")));
            return;
        }
        m_profile.authProvider = sole;
        resolveEndpoints(browser);
    });
}

void SignInFlow::resolveEndpoints(BrowserOpener* browser) {
    // The opener is only used if it is still the one passed in; the composition root keeps it alive.
    OidcDiscovery::resolve(m_profile, m_client, this, [this, browser](const Result<AuthEndpoints>& result) {
        if (m_state != State::Discovering) {
            return; // cancelled meanwhile
        }
        if (!result) {
            fail(result.error());
            return;
        }
        m_endpoints = result.value();
        onEndpoints(browser);
    });
}

QUrl SignInFlow::buildAuthorizationUrl(const AuthEndpoints& endpoints, const Profile& profile,
                                       const QStringList& scopes, const QUrl& redirectUri,
                                       const QString& state, const QString& challenge) {
    QUrl url = endpoints.authorization;
    QUrlQuery query(url);
    if (!endpoints.isOidc()) {
        // GoTrue puts only `code` on the redirect, so our state travels inside redirect_to's own query and
        // comes back with it.
        QUrl redirectTo = redirectUri;
        QUrlQuery redirectQuery;
        redirectQuery.addQueryItem(QStringLiteral("state"), state);
        redirectTo.setQuery(redirectQuery);
        if (!profile.authProvider.isEmpty()) {
            query.addQueryItem(QStringLiteral("provider"), profile.authProvider);
        }
        query.addQueryItem(QStringLiteral("redirect_to"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                              redirectTo.toString(QUrl::FullyEncoded))));
        query.addQueryItem(QStringLiteral("code_challenge"), challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("s256"));
    } else {
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"),
                           QString::fromLatin1(QUrl::toPercentEncoding(profile.clientId)));
        query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                               redirectUri.toString(QUrl::FullyEncoded))));
        query.addQueryItem(QStringLiteral("scope"),
                           QString::fromLatin1(QUrl::toPercentEncoding(scopes.join(QLatin1Char(' ')))));
        query.addQueryItem(QStringLiteral("state"), state);
        query.addQueryItem(QStringLiteral("code_challenge"), challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        if (scopes.contains(QLatin1String("offline_access"))) {
            // OIDC Core §11: offline_access is only honoured together with prompt=consent.
            query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
        }
    }
    url.setQuery(query);
    return url;
}

void SignInFlow::onEndpoints(BrowserOpener* browser) {
    m_verifier = Pkce::createVerifier(m_random);
    const QString state = Pkce::createState(m_random);
    LoopbackRedirectListener::Options options;
    options.timeoutMs = m_timeoutMs;
    if (m_endpoints->isOidc()) {
        options.expectedIssuer = m_endpoints->issuer.toString(QUrl::FullyEncoded);
        options.issuerRequired = m_endpoints->issParameterSupported;
    }
    m_listener = new LoopbackRedirectListener(state, options, this);
    if (auto error = m_listener->listen()) {
        fail(*error);
        return;
    }
    connect(m_listener, &LoopbackRedirectListener::codeReceived, this, &SignInFlow::onCode);
    connect(m_listener, &LoopbackRedirectListener::failed, this, [this](const Error& error) {
        if (m_state == State::WaitingForBrowser) {
            fail(error);
        }
    });
    m_authorizationUrl = buildAuthorizationUrl(*m_endpoints, m_profile, m_scopes, m_listener->redirectUri(),
                                               state, Pkce::challengeS256(m_verifier));
    setState(State::WaitingForBrowser);
    log::info(lcAuth(), QStringLiteral("sign-in started"),
              {{QStringLiteral("flavor"),
                m_endpoints->isOidc() ? QStringLiteral("oidc") : QStringLiteral("supabase")},
               {QStringLiteral("redirect_uri"), m_listener->redirectUri().toString()}});
    Q_EMIT authorizationUrlReady(m_authorizationUrl);
    if (browser && m_state == State::WaitingForBrowser) {
        if (auto error = browser->open(m_authorizationUrl)) {
            Q_EMIT browserFailed(*error);
        }
    }
}

void SignInFlow::onCode(const QString& code) {
    if (m_state != State::WaitingForBrowser) {
        return;
    }
    setState(State::Exchanging);
    m_call = m_client.send(
        TokenRequests::codeExchange(*m_endpoints, m_profile, code, m_verifier, m_listener->redirectUri()));
    connect(m_call, &net::ApiCall::finished, this, [this](const net::ApiResponse& response) {
        if (m_state != State::Exchanging) {
            return;
        }
        Result<SessionTokens> tokens = TokenRequests::read(response, m_client.clock().nowUtc());
        if (!tokens) {
            Error error = tokens.error();
            if (error.kind != ErrorKind::Cancelled) {
                error.message = tr("The sign-in could not be completed: %1").arg(error.message);
            }
            fail(error);
            return;
        }
        // Providers may keep the e-mail out of the ID token (oidc-provider does: OIDC Core §5.4 lets scope
        // claims go to userinfo only), so ask userinfo for whatever the ID token did not say.
        const SessionTokens& t = tokens.value();
        if (m_endpoints->isOidc() && (t.userId.isEmpty() || t.email.isEmpty()) &&
            !m_endpoints->userinfo.isEmpty()) {
            fetchUserinfo(tokens.value());
            return;
        }
        setState(State::Succeeded);
        log::info(lcAuth(), QStringLiteral("sign-in succeeded"));
        Q_EMIT succeeded(tokens.value());
    });
}

void SignInFlow::fetchUserinfo(SessionTokens tokens) {
    net::ApiRequest request = net::ApiRequest::get(m_endpoints->userinfo);
    request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + tokens.accessToken.toUtf8());
    request.bodyFormat = net::ApiRequest::BodyFormat::Json;
    m_call = m_client.send(request);
    connect(m_call, &net::ApiCall::finished, this, [this, tokens](const net::ApiResponse& response) mutable {
        if (m_state != State::Exchanging) {
            return;
        }
        if (!response.ok()) {
            fail(response.error);
            return;
        }
        IdToken::applyClaims(response.json.toObject(), tokens);
        setState(State::Succeeded);
        Q_EMIT succeeded(tokens);
    });
}

void SignInFlow::cancel() {
    if (m_state == State::Succeeded || m_state == State::Failed) {
        return;
    }
    if (m_call) {
        m_call->cancel(); // the exchange is not retried: a cancelled code is simply abandoned
    }
    fail(Error(ErrorKind::Cancelled, tr("Sign-in cancelled."), QStringLiteral("cancelled by the user")));
}

void SignInFlow::fail(const Error& error) {
    if (m_state == State::Failed || m_state == State::Succeeded) {
        return;
    }
    setState(State::Failed);
    if (m_listener && m_listener->isListening()) {
        m_listener->blockSignals(true);
        m_listener->cancel();
    }
    log::warning(lcAuth(), QStringLiteral("sign-in failed"), {}, error);
    Q_EMIT failed(error);
}

} // namespace cc::auth
