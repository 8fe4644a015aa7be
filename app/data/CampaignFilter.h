#pragma once

#include "app/data/PostgrestQuery.h"

#include <QString>
#include <QStringList>

namespace cc::data {

// What the user asked to see: the same filter runs against the local cache (SQL) and the server (PostgREST),
// so a cached answer and a fresh one list the same rows.
struct CampaignFilter {
    QStringList statuses; // empty: any
    QStringList channels; // empty: any
    QString search;       // substring of the name, case-insensitive
    qint64 limit = -1;    // -1: all
    qint64 offset = 0;
    // The sort: one of sortableColumns(), or "" for newest first (created_at desc). NULLs always sort last,
    // in the cache and on the server alike, so a cached answer and a fresh one list rows in the same order.
    QString orderColumn;
    bool descending = false;

    static const QStringList& sortableColumns();

    // The server query (no paging: the repository pages by itself; limit/offset are the whole result's).
    PostgrestQuery toPostgrest() const;
    // "status=...;channel=...;search=...": the key the sync time is stored under (paging excluded).
    QString key() const;
    bool isUnfiltered() const { return statuses.isEmpty() && channels.isEmpty() && search.isEmpty(); }
};

} // namespace cc::data
