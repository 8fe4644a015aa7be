#pragma once

#include "app/core/Error.h"
#include "app/data/Campaign.h"
#include "app/data/CampaignFilter.h"
#include "app/data/SqliteFile.h"

#include <QDateTime>

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

    Result<bool> open();
    const QString& movedAsideTo() const { return m_file.movedAsideTo(); }
    int schemaVersion() const { return m_file.schemaVersion(); }

    // `trackForFullSync`: the ids are also noted for finishFullSync() (in the same transaction).
    Result<bool> upsert(const QList<Campaign>& rows, bool trackForFullSync = false);
    // A full sync, page by page: begin, upsert each page with trackForFullSync, then finish, which removes
    // the cached rows the server no longer has and records `at` as the unfiltered view's sync time. Returns
    // how many rows it removed.
    Result<bool> beginFullSync();
    Result<qint64> finishFullSync(const QDateTime& at);
    Result<bool> remove(const QStringList& ids);
    // After a complete server answer for `filter`: rows matching it locally but absent from `ids` were
    // deleted (or hidden) on the server, so they go.
    Result<bool> removeMissing(const CampaignFilter& filter, const QStringList& ids);
    Result<Page> query(const CampaignFilter& filter);
    Result<std::optional<Campaign>> find(const QString& id);
    Result<bool> setSyncedAt(const QString& key, const QDateTime& at);
    Result<std::optional<QDateTime>> syncedAt(const QString& key);
    Result<qint64> count();

    // For tests: caps the file size, so the next write fails with SQLITE_FULL like a full disk.
    void limitPages(int maxPageCount);

private:
    QString whereClause(const CampaignFilter& filter, QVariantList& binds) const;

    SqliteFile m_file;
};

} // namespace cc::data
