#include "app/data/CacheDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cc::data {

namespace {

constexpr int kCacheKib = 16 * 1024;
constexpr int kWalCheckpointPages = 8'000; // 32 MiB of WAL at most between checkpoints

// The indexed columns are the ones the view filters and sorts on; the JSON copy keeps the row whole.
const QStringList kV1 = {
    QStringLiteral("CREATE TABLE campaigns (id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, "
                   "channel TEXT NOT NULL, created_at TEXT, updated_at TEXT, row_json TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX campaigns_created_idx ON campaigns (created_at DESC, id)"),
    QStringLiteral("CREATE TABLE sync_state (filter_key TEXT PRIMARY KEY, synced_at TEXT NOT NULL)"),
};
// v2: status/channel filters without a table scan.
const QStringList kV2 = {
    QStringLiteral("CREATE INDEX campaigns_status_channel_idx ON campaigns (status, channel)"),
};

// v3: search without reading the rows. The name folded to lower case by Qt (Unicode, like the search text;
// SQLite's lower() folds ASCII only) and an index holding the view's order plus that column, so a search's
// count and its first window are answered from the index alone, not by reading 100,000 JSON copies.
const QStringList kV3 = {
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN name_lower TEXT NOT NULL DEFAULT ''"),
    // Existing rows: the ASCII fold until their next sync rewrites them.
    QStringLiteral("UPDATE campaigns SET name_lower = lower(name)"),
    QStringLiteral("DROP INDEX campaigns_created_idx"),
    QStringLiteral("CREATE INDEX campaigns_search_idx ON campaigns (created_at DESC, id, name_lower)"),
};

Campaign rowFrom(const QSqlQuery& query, int column) {
    return Campaign::fromJson(QJsonDocument::fromJson(query.value(column).toString().toUtf8()).object());
}

} // namespace

CacheDatabase::CacheDatabase(QString path, QString connectionName)
    // synchronous=NORMAL (the cache can always be fetched again), 16 MiB of page cache for 100,000 rows, and
    // checkpoints of up to 32 MiB of WAL.
    : m_file(SqliteFile::Options{std::move(path), std::move(connectionName), migrations(), false, true,
                                 kCacheKib, true, kWalCheckpointPages}) {}

const QList<QStringList>& CacheDatabase::migrations() {
    static const QList<QStringList> list = {kV1, kV2, kV3};
    return list;
}

Result<bool> CacheDatabase::open() {
    return m_file.open();
}

void CacheDatabase::limitPages(int maxPageCount) {
    QSqlQuery query(m_file.database());
    query.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(maxPageCount));
}

Result<bool> CacheDatabase::beginFullSync() {
    QSqlQuery query(m_file.database());
    // A temporary table of this connection: the ids seen so far stay out of memory and out of the file.
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS full_sync_ids (id TEXT PRIMARY KEY)")) ||
        !query.exec(QStringLiteral("DELETE FROM full_sync_ids"))) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    return true;
}

Result<qint64> CacheDatabase::finishFullSync(const QDateTime& at) {
    QSqlDatabase db = m_file.database();
    if (!db.transaction()) {
        return SqliteFile::storageError(db.lastError(), tr("the cached campaigns"));
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM campaigns WHERE id NOT IN (SELECT id FROM full_sync_ids)"))) {
        const Error error = SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
        query.finish();
        db.rollback();
        return error;
    }
    const qint64 removed = query.numRowsAffected();
    query.finish();
    if (Result<bool> marked = setSyncedAt(CampaignFilter().key(), at); !marked.ok()) {
        db.rollback();
        return marked.error();
    }
    if (!query.exec(QStringLiteral("DELETE FROM full_sync_ids")) || !db.commit()) {
        const Error error = SqliteFile::storageError(db.lastError(), tr("the cached campaigns"));
        query.finish();
        db.rollback();
        return error;
    }
    // Fold the sync's WAL into the file now, so the searches that follow read the file, not up to 32 MiB of
    // WAL frames. Best effort: a reader holding the WAL only postpones it.
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    query.finish();
    return removed;
}

Result<bool> CacheDatabase::upsert(const QList<Campaign>& rows, bool trackForFullSync) {
    QSqlDatabase db = m_file.database();
    if (!db.transaction()) {
        return SqliteFile::storageError(db.lastError(), tr("the cached campaigns"));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO campaigns (id, name, status, channel, created_at, updated_at, row_json, name_lower) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "status = excluded.status, channel = excluded.channel, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, row_json = excluded.row_json, name_lower = excluded.name_lower"));
    for (const Campaign& c : rows) {
        query.addBindValue(c.id);
        query.addBindValue(c.name);
        query.addBindValue(c.status);
        query.addBindValue(c.channel);
        query.addBindValue(c.createdAt);
        query.addBindValue(c.updatedAt);
        query.addBindValue(QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
        query.addBindValue(c.name.toLower());
        if (!query.exec()) {
            const Error error = SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
            query.finish();
            db.rollback();
            return error;
        }
    }
    if (trackForFullSync) {
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
    return true;
}

Result<bool> CacheDatabase::remove(const QStringList& ids) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec()) {
            return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
        }
    }
    return true;
}

QString CacheDatabase::whereClause(const CampaignFilter& filter, QVariantList& binds) const {
    QStringList terms;
    const auto inList = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks.append(QStringLiteral("?"));
            binds.append(v);
        }
        terms.append(column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    };
    if (!filter.statuses.isEmpty()) {
        inList(QStringLiteral("status"), filter.statuses);
    }
    if (!filter.channels.isEmpty()) {
        inList(QStringLiteral("channel"), filter.channels);
    }
    if (!filter.search.isEmpty()) {
        // instr is literal (no LIKE metacharacters) like the server's escaped ilike pattern.
        terms.append(QStringLiteral("instr(name_lower, ?) > 0"));
        binds.append(filter.search.toLower());
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<CacheDatabase::Page> CacheDatabase::query(const CampaignFilter& filter) {
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    // The window first: when it is not full, it is the end of the matches and gives the total too, so a
    // narrow search scans the search index once instead of twice (count, then window).
    query.prepare(QStringLiteral("SELECT row_json FROM campaigns") + where +
                  QStringLiteral(" ORDER BY created_at DESC, id ASC LIMIT ? OFFSET ?"));
    for (const QVariant& b : binds) {
        query.addBindValue(b);
    }
    query.addBindValue(filter.limit >= 0 ? filter.limit : -1);
    query.addBindValue(filter.offset);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    Page page;
    while (query.next()) {
        page.rows.append(rowFrom(query, 0));
    }
    query.finish();
    const qint64 got = page.rows.size();
    const bool windowNotFull = filter.limit < 0 || got < filter.limit;
    if (windowNotFull && (filter.offset == 0 || got > 0)) {
        page.total = filter.offset + got;
        return page;
    }
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
    if (!db.transaction()) {
        return SqliteFile::storageError(db.lastError(), tr("the cached campaigns"));
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
    QString where = whereClause(filter, binds);
    where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    query.prepare(QStringLiteral("DELETE FROM campaigns") + where +
                  QStringLiteral("id NOT IN (SELECT id FROM seen_ids)"));
    for (const QVariant& b : binds) {
        query.addBindValue(b);
    }
    if (!query.exec()) {
        return fail(query.lastError());
    }
    if (!db.commit()) {
        return fail(db.lastError());
    }
    return true;
}

Result<std::optional<Campaign>> CacheDatabase::find(const QString& id) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT row_json FROM campaigns WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the cached campaigns"));
    }
    if (!query.next()) {
        return std::optional<Campaign>();
    }
    return std::optional<Campaign>(rowFrom(query, 0));
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

} // namespace cc::data
