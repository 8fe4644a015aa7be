#pragma once

#include "app/auth/SessionTokens.h"
#include "app/core/Profile.h"

#include <functional>

namespace cc {
class Clock;
}
namespace cc::net {
class ApiClient;
}

namespace cc::auth {

// Signs in one of the demo sandbox's generated users with GoTrue's password grant, so `--demo` shows data at
// once without a browser round trip. Never offered for a real project: there, sign-in is the browser flow.
class PasswordSignIn {
public:
    // Sends the grant through `authClient` (a sign-in client: no bearer of its own) and calls `done` with the
    // session's tokens or the server's error.
    static void signIn(net::ApiClient& authClient, const Profile& profile, const Clock& clock,
                       const QString& email, const QString& password,
                       std::function<void(Result<SessionTokens>)> done);
};

} // namespace cc::auth
