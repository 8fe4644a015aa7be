#include "app/realtime/CampaignEvent.h"

#include "app/realtime/PostgresChange.h"

#include <QSet>

namespace cc::realtime {

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
} // namespace

QString CampaignEvent::campaignId(const PostgresChange& change) {
    const QJsonValue id =
        change.record.value(kId).isUndefined() ? change.oldRecord.value(kId) : change.record.value(kId);
    if (id.isString()) {
        return id.toString();
    }
    if (id.isDouble()) {
        return QString::number(id.toInteger());
    }
    return {};
}

std::optional<CampaignEvent> CampaignEvent::fromChange(const PostgresChange& change) {
    CampaignEvent event;
    event.id = campaignId(change);
    if (event.id.isEmpty()) {
        return std::nullopt;
    }
    switch (change.type) {
    case PostgresChange::Type::Insert:
        event.kind = Kind::Created;
        event.record = change.record;
        break;
    case PostgresChange::Type::Update:
        event.kind = Kind::Changed;
        event.record = change.record;
        event.oldRecord = change.oldRecord;
        break;
    case PostgresChange::Type::Delete:
        event.kind = Kind::Deleted;
        event.oldRecord = change.oldRecord;
        break;
    }
    event.committedAt = change.commitTimestamp.toUTC();
    return event;
}

QString CampaignEvent::name() const {
    const QString now = record.value(kName).toString();
    return now.isEmpty() ? oldRecord.value(kName).toString() : now;
}

QString CampaignEvent::actor() const {
    for (const QJsonObject* row : {&record, &oldRecord}) {
        for (const QString& column : {QStringLiteral("updated_by"), QStringLiteral("user_id")}) {
            const QString who = row->value(column).toString();
            if (!who.isEmpty()) {
                return who;
            }
        }
    }
    return {};
}

bool CampaignEvent::hasFullOldRecord() const {
    for (auto it = oldRecord.begin(); it != oldRecord.end(); ++it) {
        if (it.key() != kId) {
            return true;
        }
    }
    return false;
}

data::Campaign CampaignEvent::recordRow() const {
    return parsedRecord ? *parsedRecord : data::Campaign::fromJson(record);
}

data::Campaign CampaignEvent::oldRecordRow() const {
    return parsedOldRecord ? *parsedOldRecord : data::Campaign::fromJson(oldRecord);
}

QList<FieldChange> CampaignEvent::changes() const {
    QList<FieldChange> out;
    if (kind != Kind::Changed || !hasFullOldRecord()) {
        return out;
    }
    static const QSet<QString> skipped = {QStringLiteral("updated_at"), kId};
    // A column the old record lacks is unknown, not changed (the cache's copy has only the known columns).
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QJsonValue before = oldRecord.value(it.key());
        if (!skipped.contains(it.key()) && !before.isUndefined() && before != it.value()) {
            out.append({it.key(), before, it.value()});
        }
    }
    return out;
}

} // namespace cc::realtime
