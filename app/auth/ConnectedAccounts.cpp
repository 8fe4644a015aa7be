#include "app/auth/ConnectedAccounts.h"
#include "app/core/UrlPaths.h"

#include "app/auth/SignInFlow.h"
#include "app/auth/TokenRequests.h"
#include "app/auth/TokenStore.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/net/ApiClient.h"

#include <QJsonArray>

namespace cc::auth {

namespace {

AuthEndpoints endpointsOf(const SocialPlatform& p) {
    AuthEndpoints e;
    e.flavor = AuthEndpoints::Flavor::Oidc;
    e.authorization = p.authorize;
    e.token = p.token;
    e.revocation = p.revoke;
    return e;
}

QStringList scopesOf(const QJsonValue& value) {
    QStringList scopes;
    if (value.isArray()) {
        for (const QJsonValue& s : value.toArray()) {
            scopes << s.toString();
        }
    } else {
        scopes = value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return scopes;
}

} // namespace

ConnectedAccounts::ConnectedAccounts(Profile profile, net::ApiClient& client, TokenStore& store,
                                     RandomSource& random, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_client(client)
    , m_store(store)
    , m_random(random) {}

std::optional<SocialPlatform> ConnectedAccounts::platform(const QString& id) const {
    for (const SocialPlatform& p : m_platforms) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

QList<ConnectedAccount> ConnectedAccounts::accounts() const {
    QList<ConnectedAccount> list;
    for (const SocialPlatform& p : m_platforms) {
        ConnectedAccount a = m_accounts.value(p.id);
        a.platform = p.id;
        list << a;
    }
    return list;
}

std::optional<ConnectedAccount> ConnectedAccounts::account(const QString& platform) const {
    if (!m_accounts.contains(platform)) {
        return std::nullopt;
    }
    return m_accounts.value(platform);
}

void ConnectedAccounts::load() {
    // The sandbox's list of social platforms, beside the project's services (not a Supabase API).
    net::ApiRequest request = net::ApiRequest::get(UrlPaths::join(m_profile.projectUrl, u"_social"));
    request.bodyFormat = net::ApiRequest::BodyFormat::Json;
    net::ApiCall* call = m_client.send(request);
    connect(call, &net::ApiCall::finished, this, [this](const net::ApiResponse& response) {
        if (!response.ok()) {
            Q_EMIT problem(response.error);
            Q_EMIT loaded();
            return;
        }
        m_platforms.clear();
        for (const QJsonValue& v : response.json.toArray()) {
            m_platforms << SocialPlatform::fromJson(v.toObject(), m_profile.projectUrl);
        }
        readStored();
    });
}

void ConnectedAccounts::readStored() {
    auto pending = std::make_shared<int>(static_cast<int>(m_platforms.size()));
    if (*pending == 0) {
        Q_EMIT loaded();
        return;
    }
    for (const SocialPlatform& p : m_platforms) {
        const QString id = p.id;
        m_store.secrets().read(TokenStore::accountKey(m_profile.name, id), this,
                               [this, id, pending](const SecretResult& r) {
                                   if (!r.ok()) {
                                       Q_EMIT problem(r.error);
                                   } else if (r.data) {
                                       if (auto account = ConnectedAccount::fromSecret(id, *r.data)) {
                                           m_accounts.insert(id, *account);
                                           checkHealth(id);
                                       }
                                   }
                                   if (--*pending == 0) {
                                       Q_EMIT loaded();
                                   }
                               });
    }
}

SignInFlow* ConnectedAccounts::link(const QString& id, BrowserOpener* browser) {
    const std::optional<SocialPlatform> p = platform(id);
    if (!p) {
        return nullptr;
    }
    auto* flow = new SignInFlow(m_profile, m_client, m_random, this);
    flow->setEndpoints(endpointsOf(*p));
    flow->setScopes(p->scopes);
    connect(flow, &SignInFlow::succeeded, this, [this, id, flow](const SessionTokens& tokens) {
        ConnectedAccount account;
        account.platform = id;
        account.tokens = tokens;
        identify(account);
        flow->deleteLater();
    });
    connect(flow, &SignInFlow::failed, flow, &QObject::deleteLater);
    flow->start(browser);
    return flow;
}

// Asks the platform who the account is (and so whether its token works), then stores it.
void ConnectedAccounts::identify(ConnectedAccount account) {
    const std::optional<SocialPlatform> p = platform(account.platform);
    if (!p) {
        return;
    }
    net::ApiRequest request = net::ApiRequest::get(p->me);
    request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + account.tokens.accessToken.toUtf8());
    request.bodyFormat = net::ApiRequest::BodyFormat::Json;
    net::ApiCall* call = m_client.send(request);
    connect(call, &net::ApiCall::finished, this, [this, account](const net::ApiResponse& response) mutable {
        if (response.ok()) {
            const QJsonObject me = response.json.toObject();
            account.handle = me.value(QStringLiteral("handle")).toString();
            account.displayName = me.value(QStringLiteral("name")).toString();
            const QStringList scopes = scopesOf(me.value(QStringLiteral("scopes")));
            account.scopes = scopes.isEmpty() ? account.scopes : scopes;
            account.health = ConnectedAccount::Health::Healthy;
            account.problem.clear();
        } else {
            account.health = account.tokens.expiresAtUtc() <= m_client.clock().nowUtc()
                                 ? ConnectedAccount::Health::Expired
                                 : ConnectedAccount::Health::Failing;
            account.problem = response.error.message;
        }
        const bool isNew = !m_accounts.contains(account.platform);
        m_accounts.insert(account.platform, account);
        if (isNew || response.ok()) {
            store(account);
        }
        Q_EMIT changed(account.platform);
    });
}

void ConnectedAccounts::store(const ConnectedAccount& account) {
    m_store.secrets().write(TokenStore::accountKey(m_profile.name, account.platform), account.toSecret(),
                            this, [this](const SecretResult& r) {
                                if (!r.ok()) {
                                    Q_EMIT problem(r.error);
                                }
                            });
}

void ConnectedAccounts::checkHealth(const QString& id) {
    if (m_accounts.contains(id)) {
        identify(m_accounts.value(id));
    }
}

void ConnectedAccounts::refresh(const QString& id) {
    const std::optional<SocialPlatform> p = platform(id);
    if (!p || !m_accounts.contains(id)) {
        return;
    }
    const ConnectedAccount current = m_accounts.value(id);
    net::ApiCall* call = m_client.send(TokenRequests::refresh(endpointsOf(*p), m_profile, current.tokens));
    connect(call, &net::ApiCall::finished, this, [this, current](const net::ApiResponse& response) {
        Result<SessionTokens> tokens = TokenRequests::read(response, m_client.clock().nowUtc());
        if (!tokens) {
            ConnectedAccount failed = current;
            failed.health = ConnectedAccount::Health::Failing;
            failed.problem = tokens.error().message;
            m_accounts.insert(current.platform, failed);
            Q_EMIT problem(tokens.error());
            Q_EMIT changed(current.platform);
            return;
        }
        ConnectedAccount next = current;
        next.tokens = tokens.value();
        if (next.tokens.refreshToken.isEmpty()) {
            next.tokens.refreshToken = current.tokens.refreshToken;
        }
        // Stored before use, as for the session: the old refresh token is spent.
        store(next);
        identify(next);
    });
}

void ConnectedAccounts::disconnect(const QString& id) {
    const std::optional<SocialPlatform> p = platform(id);
    if (!m_accounts.contains(id)) {
        return;
    }
    const ConnectedAccount gone = m_accounts.take(id);
    if (p && !p->revoke.isEmpty()) {
        net::ApiCall* call = m_client.send(TokenRequests::revoke(endpointsOf(*p), m_profile, gone.tokens));
        connect(call, &net::ApiCall::finished, this, [](const net::ApiResponse& response) {
            if (!response.ok()) {
                log::warning(lcAuth(), QStringLiteral("account revocation failed"), {}, response.error);
            }
        });
    }
    m_store.secrets().remove(TokenStore::accountKey(m_profile.name, id), this, [this](const SecretResult& r) {
        if (!r.ok()) {
            Q_EMIT problem(r.error);
        }
    });
    log::info(lcAuth(), QStringLiteral("account disconnected"), {{QStringLiteral("platform"), id}});
    Q_EMIT changed(id);
}

void ConnectedAccounts::disconnectAll() {
    for (const QString& id : m_accounts.keys()) {
        disconnect(id);
    }
}

} // namespace cc::auth
