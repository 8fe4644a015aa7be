#pragma once

#include "app/realtime/CampaignEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cc::realtime {

// One line of the live feed: what happened to which campaign, when, by whom, and which fields changed. Kept
// small (the feed holds 10,000 in memory) and stored as JSON in the feed history.
struct FeedEntry {
    QDateTime at; // the server's commit time (UTC), or when it arrived if the server sent none
    CampaignEvent::Kind kind = CampaignEvent::Kind::Changed;
    QString campaignId;
    QString campaignName;
    QString actor; // user id from the row (updated_by / owner), "" when unknown
    bool own = false;
    QList<FieldChange> changes;

    static FeedEntry fromEvent(const CampaignEvent& event, const QDateTime& receivedAt);
    static QString kindName(CampaignEvent::Kind kind);
    static std::optional<CampaignEvent::Kind> kindFromName(const QString& name);

    // A value as the feed shows it: strings bare, null or unknown as a dash, whole numbers without decimals.
    static QString displayValue(const QJsonValue& value);
    // "status: active → paused; budget: 100 → 250"
    QString changesText() const;

    QJsonObject toJson() const;
    static std::optional<FeedEntry> fromJson(const QJsonObject& object);

    bool operator==(const FeedEntry& other) const = default;
};

} // namespace cc::realtime
