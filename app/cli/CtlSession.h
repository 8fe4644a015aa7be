#pragma once

#include "app/auth/KeychainSecretStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/Error.h"
#include "app/net/ApiClient.h"
#include "app/workspace/ProfileContext.h"

#include <QCoreApplication>

#include <memory>

namespace cc {
class DemoMode;
}

namespace cc::cli {

// A command's signed-in user: the profile's object graph as the console builds it (ProfileContext, without
// the workspace that follows the session and without social accounts), over the keychain's token store, or
// over the demo's memory-only one with --demo. Commands that call the API restore the session (refreshing a
// token that is due) and attach it to their client, so campaignctl uses, refreshes and rotates the same
// session the console signed in.
class CtlSession {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CtlSession)

public:
    // `demo`: the running demo whose profile this is, or nullptr.
    explicit CtlSession(const Profile& profile, DemoMode* demo = nullptr);
    ~CtlSession();

    // How campaignctl builds a profile's graph: no workspace following the session (a command opens its own),
    // no realtime, no social accounts; the outbox stops sending when the backend is unreachable.
    static ProfileContext::Options contextOptions();

    // Restores the stored session and runs the event loop until it is usable (or not): nullopt when signed
    // in, else the reason ("not signed in to profile X: run campaignctl login").
    std::optional<Error> restore();
    // With --demo: signs the sandbox's administrator in (kept in memory only).
    std::optional<Error> signInDemoUser();

    // A workspace for the signed-in user, attached to the session; opened by the caller.
    std::unique_ptr<UserWorkspace> makeUserWorkspace() const { return m_context->makeUserWorkspace(); }

private:
    DemoMode* m_demo;
    auth::KeychainSecretStore m_keychain;
    auth::TokenStore m_keychainTokens;
    std::unique_ptr<ProfileContext> m_context;

public:
    // The parts the commands use directly (declared after what they refer to).
    auth::KeychainSecretStore& keychain;
    auth::TokenStore& tokens;
    net::ApiClient& client;
    auth::Session& session;
};

} // namespace cc::cli
