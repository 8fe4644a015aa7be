#include "app/sandbox/realtime/ChangeJournal.h"

#include "app/sandbox/CampaignTable.h"

namespace cc::sandbox {

void ChangeJournal::record(realtime::PostgresChange::Type type, const QJsonObject& record,
                           const QJsonObject& oldRecord) {
    if (!isActive()) {
        return;
    }
    realtime::PostgresChange change;
    change.type = type;
    change.schema = QStringLiteral("public");
    change.table = CampaignTable::kName;
    change.record = record;
    change.oldRecord = oldRecord;
    change.columns = campaignColumns();
    m_pending.append(std::move(change));
}

void ChangeJournal::publish(const QDateTime& commitTimestamp) {
    if (m_pending.isEmpty()) {
        return;
    }
    QList<realtime::PostgresChange> changes;
    changes.swap(m_pending);
    for (realtime::PostgresChange& change : changes) {
        change.commitTimestamp = commitTimestamp;
    }
    if (m_listener) {
        m_listener(changes);
    }
}

QJsonArray ChangeJournal::campaignColumns() {
    static const QJsonArray columns = [] {
        QJsonArray list;
        for (const postgrest::Column& column : CampaignTable::schema().columns) {
            list.append(QJsonObject{{QStringLiteral("name"), column.name},
                                    {QStringLiteral("type"), postgrest::postgresTypeName(column)}});
        }
        return list;
    }();
    return columns;
}

} // namespace cc::sandbox
