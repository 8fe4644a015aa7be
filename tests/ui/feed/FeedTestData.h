#pragma once

#include "app/core/Clock.h"
#include "app/data/Campaign.h"
#include "app/realtime/CampaignEvent.h"
#include "app/realtime/FeedEntry.h"

#include <QJsonObject>

namespace cc::ui::test {

inline data::Campaign campaign(const QString& id, const QString& name, const QString& status,
                               int createdMinute, double budget = 100) {
    data::Campaign c;
    c.id = id;
    c.userId = QStringLiteral("u-1");
    c.name = name;
    c.status = status;
    c.budget = budget;
    c.createdAt = QStringLiteral("2026-03-01T08:%1:00.000Z").arg(createdMinute, 2, 10, QLatin1Char('0'));
    c.updatedAt = c.createdAt;
    return c;
}

inline realtime::CampaignEvent changed(const data::Campaign& before, const data::Campaign& after,
                                       bool own = false) {
    realtime::CampaignEvent e;
    e.kind = realtime::CampaignEvent::Kind::Changed;
    e.id = after.id;
    e.record = after.toJson();
    e.oldRecord = before.toJson();
    e.committedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    e.own = own;
    return e;
}

inline realtime::CampaignEvent created(const data::Campaign& row) {
    realtime::CampaignEvent e = changed({}, row);
    e.kind = realtime::CampaignEvent::Kind::Created;
    e.oldRecord = {};
    return e;
}

inline realtime::CampaignEvent deleted(const data::Campaign& row) {
    realtime::CampaignEvent e = changed(row, {});
    e.kind = realtime::CampaignEvent::Kind::Deleted;
    e.id = row.id;
    e.record = {};
    return e;
}

// The feed entries ChangeApplier would hand the feed for these events, received now.
inline QList<realtime::FeedEntry> entries(const QList<realtime::CampaignEvent>& events, const Clock& clock) {
    QList<realtime::FeedEntry> out;
    for (const realtime::CampaignEvent& event : events) {
        out.append(realtime::FeedEntry::fromEvent(event, clock.nowUtc()));
    }
    return out;
}

} // namespace cc::ui::test
