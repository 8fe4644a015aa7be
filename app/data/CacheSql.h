#pragma once

#include "app/data/Campaign.h"
#include "app/data/CampaignFilter.h"
#include "app/data/CampaignOrderIndex.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cc::data {

// The SQL of the campaign cache (CacheDatabase): its schema, a filter as WHERE and ORDER BY clauses, and how
// values go in and rows come out.
class CacheSql {
public:
    // migrations()[i] brings the cache's schema from version i to i + 1.
    static const QList<QStringList>& migrations();
    // "name, status, ...": the sortable columns (CampaignFilter::sortableColumns()), each a table column.
    static QString sortableColumns();
    // " WHERE ..." for the filter's statuses, channels and search (empty for none); appends the binds.
    static QString where(const CampaignFilter& filter, QVariantList& binds);
    // " ORDER BY ...": the filter's column, NULLs last in both directions, then id; newest first by default.
    static QString orderBy(const CampaignFilter& filter);
    // A date column's value: yyyy-MM-dd, or NULL for an unset date.
    static QVariant dateValue(const QDate& date);
    // The campaign from the row_json column at `column`.
    static Campaign campaign(const QSqlQuery& query, int column);
    // An order index row: the rowid at `first`, the id next, then the sortable columns.
    static CampaignOrderIndex::Row orderRow(const QSqlQuery& query, int first);
};

} // namespace cc::data
