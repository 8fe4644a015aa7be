#pragma once

#include "app/core/Profile.h"
#include "app/health/HealthCheck.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace cc::net {
class ApiClient;
}

namespace cc::health {

// The backend checks of one profile, built on the console's ApiClient (whose services must be configured
// for the profile: ServiceConfig::supabase):
//   rest     GET /rest/v1/campaigns?select=id&limit=1   a JSON array
//   auth     GET /auth/v1/health                        GoTrue's health object
//   email    GET <e-mail API>/health                    {"status":"healthy"}
//   backend  GET /health                                the backend's document, one sub-check per part
class StandardChecks {
    Q_DECLARE_TR_FUNCTIONS(cc::health::StandardChecks)

public:
    static constexpr qint64 kTimeoutMs = 10'000;

    static std::unique_ptr<HealthCheck> rest(net::ApiClient& client, const Profile& profile);
    static std::unique_ptr<HealthCheck> auth(net::ApiClient& client, const Profile& profile);
    static std::unique_ptr<HealthCheck> email(net::ApiClient& client, const Profile& profile);
    static std::unique_ptr<HealthCheck> backend(net::ApiClient& client, const Profile& profile);
    // All four, in dashboard order.
    static std::vector<std::unique_ptr<HealthCheck>> backendChecks(net::ApiClient& client,
                                                                   const Profile& profile);
};

} // namespace cc::health
