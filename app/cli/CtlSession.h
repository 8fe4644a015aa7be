#pragma once

#include "app/auth/KeychainSecretStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/core/Error.h"
#include "app/net/ApiClient.h"

#include <QCoreApplication>

namespace cc::cli {

// A command's signed-in user: the keychain (or memory), the sign-in client and the profile's session, as the
// console keeps them. Commands that call the API restore it (refreshing a token that is due) and attach it to
// their client, so campaignctl uses, refreshes and rotates the same session the console signed in.
class CtlSession {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CtlSession)

public:
    explicit CtlSession(const Profile& profile);

    // Restores the stored session and runs the event loop until it is usable (or not): nullopt when signed
    // in, else the reason ("not signed in to profile X: run campaignctl login").
    std::optional<Error> restore();
    // The demo sandbox's users have passwords: sign one in with the password grant, kept in memory only.
    std::optional<Error> signInDemoUser(const QString& email, const QString& password);

    auth::KeychainSecretStore keychain;
    auth::TokenStore tokens;
    net::ApiClient client;
    auth::Session session;
};

} // namespace cc::cli
