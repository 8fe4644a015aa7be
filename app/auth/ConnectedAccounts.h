#pragma once

#include "app/auth/ConnectedAccount.h"
#include "app/core/Profile.h"

#include <QHash>
#include <QObject>

namespace cc {
class BrowserOpener;
class RandomSource;
} // namespace cc
namespace cc::net {
class ApiClient;
}

namespace cc::auth {

class SignInFlow;
class TokenStore;

// A profile's linked social-platform accounts: which platforms exist (GET <project>/_social), linking one
// through the same browser flow as sign-in (authorization code + PKCE S256 against the platform's endpoints),
// each account's name, scopes, expiry and health (its /me answer), refresh and disconnect. Tokens live in the
// token store under "<profile>/accounts/<platform>", like the session's.
class ConnectedAccounts : public QObject {
    Q_OBJECT

public:
    ConnectedAccounts(Profile profile, net::ApiClient& client, TokenStore& store, RandomSource& random,
                      QObject* parent = nullptr);

    // Fetches the platforms, reads the stored accounts and checks each one's health.
    void load();
    const QList<SocialPlatform>& platforms() const { return m_platforms; }
    // One entry per platform, linked or not, in the platforms' order.
    QList<ConnectedAccount> accounts() const;
    std::optional<ConnectedAccount> account(const QString& platform) const;

    // Starts linking `platform`; the returned flow (owned by this object) offers cancel and the link. Null
    // for an unknown platform.
    SignInFlow* link(const QString& platform, BrowserOpener* browser);
    void refresh(const QString& platform);
    void checkHealth(const QString& platform);
    // Revokes the tokens on the platform and deletes the entry.
    void disconnect(const QString& platform);
    // After sign-out: every account of the profile goes.
    void disconnectAll();

Q_SIGNALS:
    void loaded();
    void changed(const QString& platform);
    void problem(const cc::Error& error);

private:
    std::optional<SocialPlatform> platform(const QString& id) const;
    void readStored();
    void store(const ConnectedAccount& account);
    void identify(ConnectedAccount account);

    Profile m_profile;
    net::ApiClient& m_client;
    TokenStore& m_store;
    RandomSource& m_random;
    QList<SocialPlatform> m_platforms;
    QHash<QString, ConnectedAccount> m_accounts;
};

} // namespace cc::auth
