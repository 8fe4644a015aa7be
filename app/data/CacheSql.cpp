#include "app/data/CacheSql.h"

#include <QJsonDocument>

namespace cc::data {

namespace {

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

// v4: every sortable column a column of its own (numbers and dates were read from the JSON copy with
// json_extract, 260 ms for the first page sorted by budget), and read with the rows for the in-memory orders.
const QStringList kV4 = {
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN budget REAL"),
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN start_date TEXT"),
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN end_date TEXT"),
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN audience_size INTEGER"),
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN sent_count INTEGER"),
    QStringLiteral("UPDATE campaigns SET budget = json_extract(row_json, '$.budget'), "
                   "start_date = json_extract(row_json, '$.start_date'), "
                   "end_date = json_extract(row_json, '$.end_date'), "
                   "audience_size = json_extract(row_json, '$.audience_size'), "
                   "sent_count = json_extract(row_json, '$.sent_count')"),
};

} // namespace

const QList<QStringList>& CacheSql::migrations() {
    static const QList<QStringList> list = {kV1, kV2, kV3, kV4};
    return list;
}

QString CacheSql::sortableColumns() {
    return CampaignFilter::sortableColumns().join(QStringLiteral(", "));
}

QVariant CacheSql::dateValue(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(QStringLiteral("yyyy-MM-dd")))
                          : QVariant(QMetaType::fromType<QString>());
}

CampaignOrderIndex::Row CacheSql::orderRow(const QSqlQuery& query, int first) {
    CampaignOrderIndex::Row row;
    row.rowId = query.value(first).toLongLong();
    row.id = query.value(first + 1).toString();
    const auto columns = static_cast<int>(CampaignFilter::sortableColumns().size());
    row.values.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        row.values.append(query.value(first + 2 + i));
    }
    return row;
}

Campaign CacheSql::campaign(const QSqlQuery& query, int column) {
    return Campaign::fromJson(QJsonDocument::fromJson(query.value(column).toString().toUtf8()).object());
}

QString CacheSql::where(const CampaignFilter& filter, QVariantList& binds) {
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

QString CacheSql::orderBy(const CampaignFilter& filter) {
    const QString& column = filter.orderColumn;
    if (!CampaignFilter::sortableColumns().contains(column)) {
        return QStringLiteral(" ORDER BY created_at DESC, id ASC");
    }
    // Every sortable column is a column of the table (v4). NULLs last in both directions, as the server is
    // asked to (nullslast); id makes the order total.
    return QStringLiteral(" ORDER BY (%1 IS NULL), %1 %2, id ASC")
        .arg(column, filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

} // namespace cc::data
