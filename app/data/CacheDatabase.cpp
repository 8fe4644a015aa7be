#include "app/data/CacheDatabase.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/CacheSql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::data {

namespace {

constexpr int kCacheKib = 16 * 1024;
constexpr int kWalCheckpointPages = 8'000; // 32 MiB of WAL at most between checkpoints

// Columns 0 and 1 are id and row_json. Nullopt for a row whose bytes are damaged: it is never shown.
std::optional<Campaign> rowFrom(const QSqlQuery& query) {
    return Campaign::fromStoredJson(query.value(1).toString().toUtf8(), query.value(0).toString());
}

} // namespace

CacheDatabase::CacheDatabase(QString path, QString connectionName)
    // synchronous=NORMAL (the cache can always be fetched again), 16 MiB of page cache for 100,000 rows, and
    // checkpoints of up to 32 MiB of WAL.
    : m_file(SqliteFile::Options{std::move(path), std::move(connectionName), migrations(), false, true,
                                 kCacheKib, true, kWalCheckpointPages, false}) {}

Result<bool> CacheDatabase::verify() {
    return m_file.verify();
}

const QList<QStringList>& CacheDatabase::migrations() {
    return CacheSql::migrations();
}

Result<bool> CacheDatabase::open() {
    m_searchIndex.reset();
    m_orderIndex.reset();
    return m_file.open();
}

Result<bool> CacheDatabase::rewarmSearchIndex() {
    return m_searchIndexWanted ? warmSearchIndex() : Result<bool>(true);
}

Result<bool> CacheDatabase::warmSearchIndex() {
    m_searchIndexWanted = true;
    if (m_fullSyncRunning) {
        return false;
    }
    if (m_searchIndex) {
        return true;
    }
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*), total(length(name_lower)) FROM campaigns")) ||
        !query.next()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    CampaignSearchIndex index;
    CampaignOrderIndex orders;
    index.reserve(query.value(0).toLongLong(), static_cast<qsizetype>(query.value(1).toDouble() * 1.1));
    orders.reserve(query.value(0).toLongLong());
    query.finish();
    // One pass over the rows builds both: what a search tests, and every sortable value.
    if (!query.exec(QStringLiteral("SELECT name_lower, status, channel, rowid, id, ") +
                    CacheSql::sortableColumns() + QStringLiteral(" FROM campaigns"))) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    while (query.next()) {
        index.upsert(query.value(3).toLongLong(), query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString());
        orders.upsert(CacheSql::orderRow(query, 3));
    }
    if (query.lastError().isValid()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    m_searchIndex = std::move(index);
    m_orderIndex = std::move(orders);
    return true;
}

bool CacheDatabase::deleteReturningRowIds(QSqlQuery& query, QList<qint64>& rowIds) {
    if (!query.exec()) {
        return false;
    }
    // SQLite deletes every row at the first step; the rowids come back buffered.
    while (query.next()) {
        rowIds.append(query.value(0).toLongLong());
    }
    return !query.lastError().isValid();
}

void CacheDatabase::forget(const QList<qint64>& rowIds) {
    if (m_searchIndex) {
        for (const qint64 rowId : rowIds) {
            m_searchIndex->remove(rowId);
        }
    }
    if (m_orderIndex) {
        for (const qint64 rowId : rowIds) {
            m_orderIndex->remove(rowId);
        }
    }
}

void CacheDatabase::limitPages(int maxPageCount) {
    QSqlQuery query(m_file.database());
    query.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(maxPageCount));
}

Result<bool> CacheDatabase::beginFullSync() {
    // Every row is written again: keeping the index in step row by row would cost a tenth of the sync's
    // time, building it afresh afterwards 0.3 s.
    m_searchIndex.reset();
    m_orderIndex.reset();
    m_fullSyncRunning = true;
    QSqlQuery query(m_file.database());
    // A temporary table of this connection: the ids seen so far stay out of memory and out of the file.
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS full_sync_ids (id TEXT PRIMARY KEY)")) ||
        !query.exec(QStringLiteral("DELETE FROM full_sync_ids")) ||
        !query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM campaigns)")) || !query.next()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    // Into an empty cache (a first sync) there is nothing to prune: the ids need not be noted.
    m_fullSyncPrunes = query.value(0).toBool();
    return true;
}

void CacheDatabase::abandonFullSync() {
    m_fullSyncRunning = false;
}

Result<qint64> CacheDatabase::finishFullSync(const QDateTime& at) {
    m_fullSyncRunning = false;
    QSqlDatabase db = m_file.database();
    if (const QSqlError error = SqliteFile::beginImmediate(db); error.isValid()) {
        return SqliteFile::storageError(error, tr("the cached campaigns"));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "DELETE FROM campaigns WHERE id NOT IN (SELECT id FROM full_sync_ids) RETURNING rowid"));
    QList<qint64> removedIds;
    if (m_fullSyncPrunes && !deleteReturningRowIds(query, removedIds)) {
        const Error error = SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
        query.finish();
        db.rollback();
        return error;
    }
    query.finish();
    for (const QString& key : {CampaignFilter().key(), QString::fromLatin1(kFullSyncKey)}) {
        if (Result<bool> marked = setSyncedAt(key, at); !marked.ok()) {
            db.rollback();
            return marked.error();
        }
    }
    if (!query.exec(QStringLiteral("DELETE FROM full_sync_ids")) || !db.commit()) {
        const Error error = SqliteFile::storageError(db.lastError(), tr("the cached campaigns"));
        query.finish();
        db.rollback();
        return error;
    }
    forget(removedIds);
    // Fold the sync's WAL into the file now, so the searches that follow read the file, not up to 32 MiB of
    // WAL frames. Best effort: a reader holding the WAL only postpones it.
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    query.finish();
    return static_cast<qint64>(removedIds.size());
}

Result<bool> CacheDatabase::upsert(const QList<Campaign>& rows, bool trackForFullSync) {
    QSqlDatabase db = m_file.database();
    if (const QSqlError error = SqliteFile::beginImmediate(db); error.isValid()) {
        return SqliteFile::storageError(error, tr("the cached campaigns"));
    }
    QSqlQuery query(db);
    // The rowids (and the values as stored, for the orders) only when there are in-memory indexes to keep
    // in step (there are none during a full sync).
    const bool indexed = m_searchIndex.has_value() && m_orderIndex.has_value();
    query.prepare(
        QStringLiteral(
            "INSERT INTO campaigns (id, name, status, channel, created_at, updated_at, row_json, "
            "name_lower, budget, start_date, end_date, audience_size, sent_count) VALUES (?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "status = excluded.status, channel = excluded.channel, created_at = "
            "excluded.created_at, updated_at = excluded.updated_at, row_json = excluded.row_json, "
            "name_lower = excluded.name_lower, budget = excluded.budget, start_date = "
            "excluded.start_date, end_date = excluded.end_date, audience_size = "
            "excluded.audience_size, sent_count = excluded.sent_count") +
        (indexed ? QStringLiteral(" RETURNING rowid, id, ") + CacheSql::sortableColumns() : QString()));
    QList<CampaignOrderIndex::Row> stored; // for the in-memory indexes, once committed
    stored.reserve(indexed ? rows.size() : 0);
    for (const Campaign& c : rows) {
        query.addBindValue(c.id);
        query.addBindValue(c.name);
        query.addBindValue(c.status);
        query.addBindValue(c.channel);
        query.addBindValue(c.createdAt);
        query.addBindValue(c.updatedAt);
        query.addBindValue(QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
        query.addBindValue(c.name.toLower());
        query.addBindValue(c.budget);
        query.addBindValue(CacheSql::dateValue(c.startDate));
        query.addBindValue(CacheSql::dateValue(c.endDate));
        query.addBindValue(c.audienceSize);
        query.addBindValue(c.sentCount);
        if (!query.exec() || (indexed && !query.next())) {
            const Error error = SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
            query.finish();
            db.rollback();
            return error;
        }
        if (indexed) {
            stored.append(CacheSql::orderRow(query, 0));
        }
    }
    query.finish();
    if (trackForFullSync && m_fullSyncPrunes) {
        QSqlQuery seen(db);
        seen.prepare(QStringLiteral("INSERT OR IGNORE INTO full_sync_ids (id) VALUES (?)"));
        for (const Campaign& c : rows) {
            seen.addBindValue(c.id);
            if (!seen.exec()) {
                const Error error = SqliteFile::storageError(seen.lastError(), tr("the cached campaigns"));
                seen.finish();
                query.finish();
                db.rollback();
                return error;
            }
        }
    }
    if (!db.commit()) {
        const Error error = SqliteFile::storageError(db.lastError(), tr("the cached campaigns"));
        db.rollback();
        return error;
    }
    if (indexed) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Campaign& c = rows.at(i);
            m_searchIndex->upsert(stored.at(i).rowId, c.name.toLower(), c.status, c.channel);
            m_orderIndex->upsert(stored.at(i));
        }
    }
    return true;
}

void CacheDatabase::dropDamaged(const QStringList& ids) {
    if (ids.isEmpty()) {
        return;
    }
    // Counted and logged, and removed: the next revalidation or sync fetches them again from the server.
    m_damagedRows += ids.size();
    log::warning(
        lcData(), QStringLiteral("damaged cached rows skipped and removed"),
        {{QStringLiteral("rows"), static_cast<qint64>(ids.size())}, {QStringLiteral("path"), m_file.path()}});
    remove(ids);
}

Result<bool> CacheDatabase::remove(const QStringList& ids) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ? RETURNING rowid"));
    for (const QString& id : ids) {
        query.addBindValue(id);
        QList<qint64> removed;
        if (!deleteReturningRowIds(query, removed)) {
            return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
        }
        forget(removed); // each DELETE commits by itself
    }
    return true;
}

Result<QList<Campaign>> CacheDatabase::window(const QString& where, const QVariantList& binds,
                                              const CampaignFilter& filter) {
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, row_json FROM campaigns") + where + CacheSql::orderBy(filter) +
                  QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& b : binds) {
        query.addBindValue(b);
    }
    query.addBindValue(filter.limit >= 0 ? filter.limit : -1);
    query.addBindValue(filter.offset);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    QList<Campaign> rows;
    QStringList damaged;
    while (query.next()) {
        if (std::optional<Campaign> row = rowFrom(query)) {
            rows.append(std::move(*row));
        } else {
            damaged.append(query.value(0).toString());
        }
    }
    query.finish();
    dropDamaged(damaged);
    return rows;
}

Result<CacheDatabase::Page> CacheDatabase::queryWithIndexes(const CampaignFilter& filter) {
    Page page;
    CampaignSearchIndex::Matches matches;
    if (filter.isUnfiltered()) {
        page.total = m_orderIndex->size();
    } else {
        matches = m_searchIndex->match(filter, kSearchIdsMax);
        page.total = matches.count;
    }
    if (page.total == 0 || filter.offset >= page.total || filter.limit == 0) {
        return page;
    }
    if (matches.listed) {
        // A few matches: SQLite sorts just those, looked up by rowid. One bound JSON array rather than a
        // thousand placeholders.
        QJsonArray rowIds;
        for (const qint64 rowId : matches.rowIds) {
            rowIds.append(rowId);
        }
        Result<QList<Campaign>> rows =
            window(QStringLiteral(" WHERE rowid IN (SELECT value FROM json_each(?))"),
                   {QString::fromUtf8(QJsonDocument(rowIds).toJson(QJsonDocument::Compact))}, filter);
        if (!rows.ok()) {
            return rows.error();
        }
        page.rows = std::move(rows).value();
        return page;
    }
    // Many: the window is a slice of the column's order (walked past the rows the filter does not admit),
    // at any depth, in either direction; only the rows shown are read from the file.
    int column = static_cast<int>(CampaignFilter::sortableColumns().indexOf(filter.orderColumn));
    bool descending = filter.descending;
    if (column < 0) { // newest first
        column = static_cast<int>(CampaignFilter::sortableColumns().indexOf(QStringLiteral("created_at")));
        descending = true;
    }
    const QList<qint64> rowIds =
        m_orderIndex->window(column, descending, filter.offset, filter.limit, m_searchIndex->admits(filter));
    Result<QList<Campaign>> rows = rowsByRowId(rowIds);
    if (!rows.ok()) {
        return rows.error();
    }
    page.rows = std::move(rows).value();
    return page;
}

Result<QList<Campaign>> CacheDatabase::rowsByRowId(const QList<qint64>& rowIds) {
    QJsonArray list;
    for (const qint64 rowId : rowIds) {
        list.append(rowId);
    }
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT rowid, row_json FROM campaigns WHERE rowid IN (SELECT value FROM json_each(?))"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    QHash<qint64, Campaign> byRowId;
    byRowId.reserve(rowIds.size());
    while (query.next()) {
        byRowId.insert(query.value(0).toLongLong(), CacheSql::campaign(query, 1));
    }
    QList<Campaign> rows;
    rows.reserve(rowIds.size());
    for (const qint64 rowId : rowIds) {
        if (const auto found = byRowId.constFind(rowId); found != byRowId.cend()) {
            rows.append(found.value());
        }
    }
    return rows;
}

Result<CacheDatabase::Page> CacheDatabase::query(const CampaignFilter& filter) {
    // Until the indexes are built (warmSearchIndex(), a moment after opening) SQL answers alone.
    if (m_searchIndex && m_orderIndex) {
        return queryWithIndexes(filter);
    }
    QVariantList binds;
    const QString where = CacheSql::where(filter, binds);
    Result<QList<Campaign>> rows = window(where, binds, filter);
    if (!rows.ok()) {
        return rows.error();
    }
    Page page;
    page.rows = std::move(rows).value();
    // When the window is not full it is the end of the matches and gives the total too.
    const qint64 got = page.rows.size();
    const bool windowNotFull = filter.limit < 0 || got < filter.limit;
    if (windowNotFull && (filter.offset == 0 || got > 0)) {
        page.total = filter.offset + got;
        return page;
    }
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM campaigns") + where);
    for (const QVariant& b : binds) {
        query.addBindValue(b);
    }
    if (!query.exec() || !query.next()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    page.total = query.value(0).toLongLong();
    return page;
}

Result<bool> CacheDatabase::removeMissing(const CampaignFilter& filter, const QStringList& ids) {
    QSqlDatabase db = m_file.database();
    QSqlQuery query(db);
    if (const QSqlError error = SqliteFile::beginImmediate(db); error.isValid()) {
        return SqliteFile::storageError(error, tr("the cached campaigns"));
    }
    const auto fail = [&](const QSqlError& e) {
        const Error error = SqliteFile::storageError(e, tr("the cached campaigns"));
        query.finish();
        db.rollback();
        return error;
    };
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS seen_ids (id TEXT PRIMARY KEY)")) ||
        !query.exec(QStringLiteral("DELETE FROM seen_ids"))) {
        return fail(query.lastError());
    }
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO seen_ids (id) VALUES (?)"));
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec()) {
            return fail(query.lastError());
        }
    }
    QVariantList binds;
    QString where = CacheSql::where(filter, binds);
    where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    query.prepare(QStringLiteral("DELETE FROM campaigns") + where +
                  QStringLiteral("id NOT IN (SELECT id FROM seen_ids) RETURNING rowid"));
    for (const QVariant& b : binds) {
        query.addBindValue(b);
    }
    QList<qint64> removedIds;
    if (!deleteReturningRowIds(query, removedIds)) {
        return fail(query.lastError());
    }
    query.finish();
    if (!db.commit()) {
        return fail(db.lastError());
    }
    forget(removedIds);
    return true;
}

Result<std::optional<Campaign>> CacheDatabase::find(const QString& id) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT id, row_json FROM campaigns WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    if (!query.next()) {
        return std::optional<Campaign>();
    }
    std::optional<Campaign> row = rowFrom(query);
    query.finish();
    if (!row) {
        dropDamaged({id});
    }
    return row;
}

Result<QHash<QString, CacheDatabase::StoredRow>> CacheDatabase::findMany(const QStringList& ids) {
    QHash<QString, StoredRow> rows;
    if (ids.isEmpty()) {
        return rows;
    }
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("SELECT row_json FROM campaigns WHERE id IN (SELECT value FROM json_each(?))"));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    rows.reserve(ids.size());
    while (query.next()) {
        StoredRow row;
        row.json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        row.campaign = Campaign::fromJson(row.json);
        rows.insert(row.campaign.id, std::move(row));
    }
    return rows;
}

Result<bool> CacheDatabase::setSyncedAt(const QString& key, const QDateTime& at) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("INSERT INTO sync_state (filter_key, synced_at) VALUES (?, ?) "
                                 "ON CONFLICT(filter_key) DO UPDATE SET synced_at = excluded.synced_at"));
    query.addBindValue(key);
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the sync time"));
    }
    return true;
}

Result<std::optional<QDateTime>> CacheDatabase::syncedAt(const QString& key) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT synced_at FROM sync_state WHERE filter_key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the sync time"));
    }
    if (!query.next()) {
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs));
}

Result<qint64> CacheDatabase::count() {
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM campaigns")) || !query.next()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    return query.value(0).toLongLong();
}

Result<QString> CacheDatabase::newestUpdatedAt() {
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT max(updated_at) FROM campaigns")) || !query.next()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    return query.value(0).toString();
}

} // namespace cc::data
