#pragma once

#include "app/core/Error.h"
#include "app/core/Profile.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignRepository.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "app/net/ApiClient.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

namespace cc::cli {

class CtlContext;

// What `campaignctl campaigns ...` works with: the profile's API client, the repository, the user's cache and
// outbox files. The access token comes from CAMPAIGN_CONSOLE_ACCESS_TOKEN for now: a stopgap until the
// session component (issue 6) stores one that campaignctl can read.
class CampaignsSession {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CampaignsSession)

public:
    static constexpr const char* kTokenVariable = "CAMPAIGN_CONSOLE_ACCESS_TOKEN";

    explicit CampaignsSession(CtlContext& context);
    ~CampaignsSession();

    // Finds the profile (--profile, else the current one), reads the token, opens the cache and the outbox.
    std::optional<Error> open();

    data::CampaignRepository& repository() { return *m_repository; }
    data::CampaignStore& store() { return *m_store; }
    data::Outbox& outbox() { return *m_outbox; }
    data::CampaignCache& cache() { return *m_cache; }
    const Profile& profile() const { return m_profile; }

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
    CtlContext& m_context;
    Profile m_profile;
    QString m_token;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<data::CampaignRepository> m_repository;
    std::unique_ptr<data::CampaignCache> m_cache;
    std::unique_ptr<data::CampaignStore> m_store;
    std::unique_ptr<data::Outbox> m_outbox;
};

} // namespace cc::cli
