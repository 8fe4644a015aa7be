#pragma once

#include "app/core/Clock.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignFilter.h"
#include "app/data/CampaignRepository.h"
#include "app/data/Freshness.h"
#include "app/data/MemoryTtlCache.h"

#include <QObject>

namespace cc::data {

// Cache-aside reads with stale-while-revalidate: a query answers from the local cache at once (with how fresh
// that answer is), and when the answer is older than the TTL, or the user asked for a refresh, the server is
// asked in the background and the cache and the caller are updated. A failed revalidation keeps the cached
// answer and says why (offline). Single lookups go through a small in-memory TTL cache first.
class CampaignStore : public QObject {
    Q_OBJECT

public:
    struct Answer {
        enum class Source { Cache, Server };
        QList<Campaign> rows;
        qint64 total = 0;
        Freshness freshness;
        Source source = Source::Cache;
        bool revalidating = false; // a server answer will follow
        Error error;               // the revalidation failed (the rows are the cached ones)
    };
    using AnswerCallback = std::function<void(const Answer&)>;

    CampaignStore(CampaignRepository& repository, CampaignCache& cache, const Clock& clock,
                  qint64 ttlMs = Freshness::kDefaultTtlMs, QObject* parent = nullptr);

    // When the server is asked, after a query's cached answer. Debounced: kRevalidateDebounceMs later, and
    // only if no newer Debounced query came meanwhile (that one's revalidation takes its place and the
    // replaced query gets no server answer): a search box asks the cache at every keystroke and the server
    // once the typing pauses.
    enum class Revalidation { Now, Debounced };
    static constexpr int kRevalidateDebounceMs = 250;

    // Calls `answer` with the cached rows, then (when revalidating) once more with the server's.
    void query(const CampaignFilter& filter, bool forceRefresh, AnswerCallback answer,
               Revalidation revalidation = Revalidation::Now);
    // The cached rows only, never revalidated (an export of what the view lists, paging included).
    void queryCached(const CampaignFilter& filter, AnswerCallback answer);
    // Memory, then the SQL cache, then the server.
    void get(const QString& id, std::function<void(Result<std::optional<Campaign>>)> done);
    // The full (initial) sync: every campaign the user can see, page by page into the cache, each page
    // written on the cache's thread in its own transaction while the next one is fetched (at most
    // kSyncPagesAhead pages held at a time), then the rows the server no longer has are removed. The pages
    // come by keyset over kSyncLanes ranges of ids at once (CampaignRepository::stream), as bulk requests.
    // `progress` after each stored page; `done` with the number of rows stored. A failure keeps what was
    // stored and removes nothing.
    static constexpr int kSyncPagesAhead = 4;
    static constexpr int kSyncLanes = 4;
    using SyncProgress = std::function<void(qint64 stored, std::optional<qint64> total)>;
    void syncAll(SyncProgress progress, std::function<void(Result<qint64>)> done);
    // When the last full sync completed (nullopt: never).
    void lastFullSync(std::function<void(Result<std::optional<QDateTime>>)> done);
    // After a local write was applied on the server: the new row replaces the cached one.
    void applied(const Campaign& row);
    void removed(const QString& id);
    // Rows changed elsewhere (realtime): the in-memory copies are dropped; the caller updates the SQL cache.
    void forget(const QStringList& ids);

    qint64 ttlMs() const { return m_ttlMs; }

private:
    void revalidate(const CampaignFilter& filter, AnswerCallback answer);

    CampaignRepository& m_repository;
    CampaignCache& m_cache;
    const Clock& m_clock;
    qint64 m_ttlMs;
    MemoryTtlCache<QString, Campaign> m_hot;
    quint64 m_debouncedQueries = 0; // the newest Debounced query's number
};

} // namespace cc::data
