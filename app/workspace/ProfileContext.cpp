#include "app/workspace/ProfileContext.h"

#include "app/auth/ConnectedAccounts.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/Redactor.h"
#include "app/net/ApiClient.h"
#include "app/net/ServiceConfig.h"
#include "app/workspace/ProfileEvents.h"
#include "app/workspace/SessionWorkspace.h"

namespace cc {

ProfileContext::ProfileContext(Profile profile, auth::TokenStore& tokens, Clock& clock, RandomSource& random,
                               QNetworkAccessManager* network, Options options, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_tokens(tokens)
    , m_clock(clock)
    , m_random(random)
    , m_network(network)
    , m_options(std::move(options))
    , m_signInClient(std::make_unique<net::ApiClient>(clock, random, network)) {
    for (net::ServiceConfig config : net::ServiceConfig::supabase(m_profile.projectUrl, m_profile.anonKey)) {
        // Sign-in traffic never sends a user's bearer token by itself; the requests that need one set it.
        config.sendBearerToken = false;
        m_signInClient->addService(config);
    }
    m_session = std::make_unique<auth::Session>(m_profile, *m_signInClient, tokens, clock);
    if (m_options.accounts) {
        m_accounts = std::make_unique<auth::ConnectedAccounts>(m_profile, *m_signInClient, tokens, random);
        wireAccounts();
    }
    if (m_options.followSession) {
        m_workspace = std::make_unique<SessionWorkspace>(*m_session, clock, random, network,
                                                         m_options.workspace, m_options.liveChanges);
    }
    if (m_options.events) {
        m_events = std::make_unique<ProfileEvents>(*this, *m_options.events);
    }
    log::info(lcCore(), QStringLiteral("profile in use"),
              {{QStringLiteral("profile"), m_profile.name},
               {QStringLiteral("environment"), m_profile.environment},
               {QStringLiteral("url"), Redactor::redactUrl(m_profile.projectUrl)}});
}

ProfileContext::~ProfileContext() {
    // The workspace's client carries the session's hook, and the accounts use the session's store: both go
    // before the session, which goes before the client it signs in with.
    m_events.reset();
    m_workspace.reset();
    m_accounts.reset();
    m_session.reset();
}

std::unique_ptr<UserWorkspace> ProfileContext::makeUserWorkspace() const {
    auto workspace =
        std::make_unique<UserWorkspace>(m_profile, m_clock, m_random, m_network, m_options.workspace);
    m_session->attach(workspace->apiClient());
    return workspace;
}

void ProfileContext::wireAccounts() {
    auth::ConnectedAccounts* accounts = m_accounts.get();
    connect(m_session.get(), &auth::Session::signedIn, accounts, [accounts] { accounts->load(); });
    connect(m_session.get(), &auth::Session::signedOut, accounts, [accounts](const QString& reason) {
        if (reason.isEmpty()) {
            accounts->disconnectAll(); // the user's own sign-out forgets the linked accounts too
        }
    });
    accounts->load(); // the platforms and any linked accounts show before sign-in too (linking needs them)
}

} // namespace cc
