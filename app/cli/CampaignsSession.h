#pragma once

#include "app/cli/CtlSession.h"
#include "app/core/Error.h"
#include "app/core/Profile.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignRepository.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "app/net/ApiClient.h"
#include "app/workspace/UserWorkspace.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

namespace cc::cli {

class CtlContext;

// What `campaignctl campaigns ...` works with: the signed-in user's workspace (API client, repository, cache
// and outbox files). The user is the profile's session from the keychain (what `campaignctl login` or the
// console stored; refreshed when due), the demo sandbox's administrator with --demo, or, for automation
// that manages tokens itself, the access token in CAMPAIGN_CONSOLE_ACCESS_TOKEN (used as is, never
// refreshed).
class CampaignsSession {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CampaignsSession)

public:
    static constexpr const char* kTokenVariable = "CAMPAIGN_CONSOLE_ACCESS_TOKEN";

    explicit CampaignsSession(CtlContext& context);
    ~CampaignsSession();

    // Finds the profile (--profile, else the current one), signs the user in, opens the cache and the outbox.
    std::optional<Error> open();

    data::CampaignRepository& repository() { return m_workspace->repository(); }
    data::CampaignStore& store() { return m_workspace->store(); }
    data::Outbox& outbox() { return m_workspace->outbox(); }
    data::CampaignCache& cache() { return m_workspace->cache(); }
    net::ApiClient& apiClient() { return m_workspace->apiClient(); }
    const Profile& profile() const { return m_profile; }
    // The signed-in user's current access token (the session's, refreshed as needed).
    QString accessToken() const;
    // Refreshes the session's token (single-flight); `done(false)` for a fixed token from the environment.
    void refreshToken(std::function<void(bool refreshed)> done);

    // Runs the event loop until `done` is called. campaignctl has no other event loop: this is its main loop
    // for the duration of one command, not a nested one.
    void runUntil(const std::function<void(std::function<void()> quit)>& start);

    // Replays the outbox (stopping, not waiting, when the backend is unreachable) and reports as it goes.
    struct SyncReport {
        int applied = 0;
        QList<data::OutboxOperation> conflicts;
        QList<QPair<data::OutboxOperation, Error>> failures;
        std::optional<Error> stoppedBy; // unreachable, or the outbox failed
        QList<data::WriteOutcome> outcomes;
    };
    SyncReport sync();

private:
    std::optional<Error> signIn();

    CtlContext& m_context;
    Profile m_profile;
    QString m_fixedToken; // CAMPAIGN_CONSOLE_ACCESS_TOKEN
    std::unique_ptr<CtlSession> m_session;
    std::unique_ptr<UserWorkspace> m_workspace;
};

} // namespace cc::cli
