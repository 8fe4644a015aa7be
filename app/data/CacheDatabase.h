#pragma once

#include "app/core/Error.h"
#include "app/data/Campaign.h"
#include "app/data/CampaignFilter.h"
#include "app/data/CampaignOrderIndex.h"
#include "app/data/CampaignSearchIndex.h"
#include "app/data/SqliteFile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace cc::data {

// The local SQL cache of campaigns, synchronous: CampaignCache runs it on its worker thread. Rows are stored
// as the server sent them (plus a JSON copy of the whole row), and the time each filter was last synced from
// the server is kept so freshness survives restarts.
class CacheDatabase {
    Q_DECLARE_TR_FUNCTIONS(cc::data::CacheDatabase)

public:
    struct Page {
        QList<Campaign> rows;
        qint64 total = 0; // rows matching the filter, paging ignored
    };

    CacheDatabase(QString path, QString connectionName);

    static const QList<QStringList>& migrations();

    // Opens after checking the header only (start-up time counts); verify() is the full check, run by the
    // cache after its first tasks.
    Result<bool> open();
    Result<bool> verify();
    const QString& movedAsideTo() const { return m_file.movedAsideTo(); }
    int schemaVersion() const { return m_file.schemaVersion(); }

    // `trackForFullSync`: the ids are also noted for finishFullSync() (in the same transaction).
    Result<bool> upsert(const QList<Campaign>& rows, bool trackForFullSync = false);
    // A full sync, page by page: begin, upsert each page with trackForFullSync, then finish, which removes
    // the cached rows the server no longer has and records `at` as the unfiltered view's sync time. Returns
    // how many rows it removed.
    // The syncedAt() key of the last completed full sync.
    static constexpr const char* kFullSyncKey = "full-sync";
    // The search index is dropped at the beginning and built again by a warmSearchIndex() after the end.
    Result<bool> beginFullSync();
    Result<qint64> finishFullSync(const QDateTime& at);
    // A full sync that failed half way: nothing to undo (its rows are good rows), but it no longer runs.
    void abandonFullSync();
    Result<bool> remove(const QStringList& ids);
    // After a complete server answer for `filter`: rows matching it locally but absent from `ids` were
    // deleted (or hidden) on the server, so they go.
    Result<bool> removeMissing(const CampaignFilter& filter, const QStringList& ids);
    Result<Page> query(const CampaignFilter& filter);
    Result<std::optional<Campaign>> find(const QString& id);
    // A cached row as stored: its JSON and the campaign read from it.
    struct StoredRow {
        QJsonObject json;
        Campaign campaign;
    };
    // The cached rows among `ids`, by id, in one statement (ids the cache does not hold are absent).
    Result<QHash<QString, StoredRow>> findMany(const QStringList& ids);
    Result<bool> setSyncedAt(const QString& key, const QDateTime& at);
    Result<std::optional<QDateTime>> syncedAt(const QString& key);
    Result<qint64> count();
    // The newest `updated_at` among the cached rows (empty when there are none): where a realtime catch-up
    // starts. Rows hold the server's own text, so the text order is the time order.
    Result<QString> newestUpdatedAt();

    // Builds the in-memory search index and the sortable values (CampaignOrderIndex) (0.3 s for 100,000 rows,
    // so the cache calls it a moment after opening, not before the first screenful). Searches use SQL alone
    // until then. false: not now, a full sync is running (ask again later).
    Result<bool> warmSearchIndex();
    // After a full sync: builds the index again if it was built (or asked for) before. A program that
    // never searches (campaignctl campaigns sync --all) does not pay for it.
    Result<bool> rewarmSearchIndex();
    bool hasSearchIndex() const { return m_searchIndex.has_value(); }

    // For tests: caps the file size, so the next write fails with SQLITE_FULL like a full disk.
    void limitPages(int maxPageCount);

    // Rows found damaged (and dropped) since this connection opened.
    qint64 damagedRows() const { return m_damagedRows; }

private:
    void dropDamaged(const QStringList& ids);

    // A window through the in-memory indexes: counted by the search index, sliced from an order.
    Result<Page> queryWithIndexes(const CampaignFilter& filter);
    // The rows with these rowids, in this order.
    Result<QList<Campaign>> rowsByRowId(const QList<qint64>& rowIds);
    // SELECT row_json ... ORDER BY ... LIMIT ... OFFSET ... for `where` and its binds.
    Result<QList<Campaign>> window(const QString& where, const QVariantList& binds,
                                   const CampaignFilter& filter);
    // Runs a DELETE ... RETURNING rowid, appending the deleted rowids; forget() them once committed.
    static bool deleteReturningRowIds(QSqlQuery& query, QList<qint64>& rowIds);
    void forget(const QList<qint64>& rowIds);

    // Most searches match few rows or many: up to this many matches are selected by id (primary key
    // lookups); more are found by walking the view's order until the window is full, which ends early.
    static constexpr qsizetype kSearchIdsMax = 1'000;

    SqliteFile m_file;
    std::optional<CampaignSearchIndex> m_searchIndex; // built by warmSearchIndex()
    std::optional<CampaignOrderIndex> m_orderIndex;   // built with it, dropped with it
    bool m_fullSyncRunning = false;
    bool m_fullSyncPrunes = true; // false when the full sync began on an empty cache
    bool m_searchIndexWanted = false;
    qint64 m_damagedRows = 0;
};

} // namespace cc::data
