#pragma once

#include "app/auth/AuthEndpoints.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace cc {
struct Profile;
}
namespace cc::net {
class ApiClient;
}

namespace cc::auth {

// Finds a profile's sign-in endpoints: GoTrue's fixed paths for the supabase flavour, a fetched and
// validated `{issuer}/.well-known/openid-configuration` for the oidc flavour.
class OidcDiscovery {
    Q_DECLARE_TR_FUNCTIONS(cc::auth::OidcDiscovery)

public:
    using Done = std::function<void(const Result<AuthEndpoints>&)>;

    // `done` runs on `context`'s thread, asynchronously, and not at all if `context` is gone first.
    static void resolve(const Profile& profile, net::ApiClient& client, QObject* context, Done done);
};

} // namespace cc::auth
