#pragma once

#include "app/data/Campaign.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace cc::realtime {

struct PostgresChange;

// One column's value before and after a change, as the feed shows it.
struct FieldChange {
    QString column;
    QJsonValue before;
    QJsonValue after;

    bool operator==(const FieldChange& other) const = default;
};

// A change to one campaign as the console applies it: the server's record after the change and the one
// before it, completed from the cache when the server sent only the primary key (Supabase does unless the
// table has REPLICA IDENTITY FULL, and always for DELETE under RLS). `own` marks the echo of a write this
// console made.
struct CampaignEvent {
    enum class Kind { Created, Changed, Deleted };

    Kind kind = Kind::Changed;
    QString id;
    QJsonObject record;    // empty for Deleted
    QJsonObject oldRecord; // empty for Created (or when nothing was known before)
    QDateTime committedAt; // the server's commit time (UTC)
    bool own = false;
    // record and oldRecord as campaigns, when ChangeApplier parsed them already (on the cache's thread).
    std::optional<data::Campaign> parsedRecord;
    std::optional<data::Campaign> parsedOldRecord;

    // Built from a postgres_changes payload; nullopt when it carries no id.
    static std::optional<CampaignEvent> fromChange(const PostgresChange& change);
    static QString campaignId(const PostgresChange& change);

    QString name() const;
    // Who made the change, when the row says: `updated_by`, else the owner (`user_id`).
    QString actor() const;
    // The columns whose values differ between oldRecord and record (updated_at left out: it always changes;
    // a column the old record lacks is unknown, not changed).
    // Created and Deleted list none.
    QList<FieldChange> changes() const;
    // record and oldRecord as campaigns: the parsed copies when there are, else parsed now.
    data::Campaign recordRow() const;
    data::Campaign oldRecordRow() const;
    // False when oldRecord holds no more than the primary key.
    bool hasFullOldRecord() const;
};

} // namespace cc::realtime
