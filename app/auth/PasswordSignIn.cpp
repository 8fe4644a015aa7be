#include "app/auth/PasswordSignIn.h"

#include "app/auth/AuthEndpoints.h"
#include "app/auth/TokenRequests.h"
#include "app/core/Clock.h"
#include "app/net/ApiCall.h"
#include "app/net/ApiClient.h"

namespace cc::auth {

void PasswordSignIn::signIn(net::ApiClient& authClient, const Profile& profile, const Clock& clock,
                            const QString& email, const QString& password,
                            std::function<void(Result<SessionTokens>)> done) {
    const AuthEndpoints endpoints = AuthEndpoints::supabase(profile.projectUrl);
    net::ApiCall* call = authClient.send(TokenRequests::passwordGrant(endpoints, profile, email, password));
    QObject::connect(call, &net::ApiCall::finished, call,
                     [&clock, done = std::move(done)](const net::ApiResponse& response) {
                         done(TokenRequests::read(response, clock.nowUtc()));
                     });
}

} // namespace cc::auth
