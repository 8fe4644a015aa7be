#pragma once

#include "app/realtime/RealtimeClient.h"

#include <QObject>
#include <QPointer>

namespace cc::data {
class CampaignCache;
class CampaignRepository;
} // namespace cc::data

namespace cc::realtime {

// The catch-up after every (re)join of the campaigns channel: whatever changed while the client was not
// subscribed is fetched over REST — rows with `updated_at` at or after the newest one the console knows (the
// newest in the SQL cache, or the newest change the client delivered, whichever is later) — and handed back
// to the client as changes, which delivers each one once (its ChangeLedger drops what already came live). A
// row the cache already holds at that version is not reported. INSERT vs UPDATE: a row the cache does not
// hold and whose created_at equals its updated_at was created; otherwise it changed (old_record from the
// cache if any).
//
// First join with nothing known (empty cache, no change seen): there is nothing to catch up with; the newest
// `updated_at` on the server becomes the starting point for later rejoins.
//
// Rows deleted while disconnected are not found this way (a deleted row has no updated_at); the store's
// revalidation (CampaignStore::query with removeMissing) removes them.
class ChangeCatchUp : public QObject {
    Q_OBJECT

public:
    // `cache` may be null (campaignctl watch without a cache): then every fetched row counts as changed.
    ChangeCatchUp(data::CampaignRepository& repository, data::CampaignCache* cache,
                  QObject* parent = nullptr);

    // Installs itself as `client`'s catch-up hook (the client must outlive this object or be detached).
    void attach(RealtimeClient& client);

    // One catch-up from `since` (an updated_at; empty: establish the starting point only). `raise` receives
    // the newest updated_at seen on the server.
    void run(const QString& since, std::function<void(const QString& newest)> raise,
             RealtimeClient::CatchUpDone done);

    int runs() const { return m_runs; }
    // Rows the last catch-up fetched (before filtering what was already known).
    int lastFetched() const { return m_lastFetched; }

private:
    void fetchSince(const QString& since, std::function<void(const QString&)> raise,
                    RealtimeClient::CatchUpDone done);

    data::CampaignRepository& m_repository;
    QPointer<data::CampaignCache> m_cache;
    int m_runs = 0;
    int m_lastFetched = 0;
};

} // namespace cc::realtime
