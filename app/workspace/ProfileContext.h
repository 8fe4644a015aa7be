#pragma once

#include "app/core/Clock.h"
#include "app/core/Profile.h"
#include "app/core/RandomSource.h"
#include "app/workspace/UserWorkspace.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace cc::auth {
class ConnectedAccounts;
class Session;
class TokenStore;
} // namespace cc::auth
namespace cc::net {
class ApiClient;
}

namespace cc {

class EventBus;
class ProfileEvents;
class SessionWorkspace;

// One profile's object graph, built in this one place for the console and campaignctl alike: the sign-in
// traffic's API client (the profile's services, no user token of its own), the session kept in the given
// token store, the connected social accounts and, for the console, the signed-in user's workspace that
// follows the session. Switching profiles means dropping the context and building the next one; nothing
// outlives it that points into it. The owner chooses the token store (the keychain's, or the demo's
// memory-only one) and keeps it, the clock, the random source and the network manager alive longer than the
// context.
class ProfileContext : public QObject {
    Q_OBJECT

public:
    struct Options {
        // Build a SessionWorkspace that opens the signed-in user's data at each sign-in (the console).
        // Without it the owner opens a UserWorkspace itself (campaignctl: one per command, see
        // openUserWorkspace).
        bool followSession = true;
        // Realtime changes for the workspace that follows the session.
        bool liveChanges = true;
        // Connected social accounts: loaded now and at each sign-in, forgotten at the user's own sign-out.
        bool accounts = true;
        UserWorkspace::Options workspace;
        // Where this profile's domain events (DomainEvents.h) are published; nullptr: nowhere.
        EventBus* events = nullptr;
    };

    ProfileContext(Profile profile, auth::TokenStore& tokens, Clock& clock, RandomSource& random,
                   QNetworkAccessManager* network, Options options, QObject* parent = nullptr);
    ~ProfileContext() override;

    const Profile& profile() const { return m_profile; }
    auth::TokenStore& tokens() const { return m_tokens; }
    Clock& clock() const { return m_clock; }
    RandomSource& random() const { return m_random; }
    net::ApiClient& signInClient() const { return *m_signInClient; }
    auth::Session& session() const { return *m_session; }
    // nullptr when built without accounts.
    auth::ConnectedAccounts* accounts() const { return m_accounts.get(); }
    // nullptr when built without followSession.
    SessionWorkspace* workspace() const { return m_workspace.get(); }

    // A workspace for the user signed in now, its client attached to the session (every request carries the
    // current token, a JWT-expired 401 refreshes it). The caller opens it and keeps it no longer than this.
    std::unique_ptr<UserWorkspace> makeUserWorkspace() const;

private:
    void wireAccounts();

    Profile m_profile;
    auth::TokenStore& m_tokens;
    Clock& m_clock;
    RandomSource& m_random;
    QNetworkAccessManager* m_network;
    Options m_options;
    // Declaration order is destruction order, reversed: the workspace and the accounts use the session, the
    // session uses the sign-in client.
    std::unique_ptr<net::ApiClient> m_signInClient;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<auth::ConnectedAccounts> m_accounts;
    std::unique_ptr<SessionWorkspace> m_workspace;
    std::unique_ptr<ProfileEvents> m_events; // listens to all of the above
};

} // namespace cc
