#pragma once

#include "app/realtime/PostgresChange.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace cc::sandbox {

// The sandbox's stand-in for PostgreSQL's logical replication: CampaignMutations records every row it
// inserts, updates or deletes while a request's transaction is open; RestApi publishes the recorded changes
// once the transaction has committed (stamped with the commit time) or discards them on rollback, so
// subscribers only ever see committed writes, in commit order.
class ChangeJournal {
public:
    using Listener = std::function<void(const QList<realtime::PostgresChange>& changes)>;

    void setListener(Listener listener) { m_listener = std::move(listener); }
    // Without a listener nobody subscribes, and the mutations skip reading pre-images.
    bool isActive() const { return static_cast<bool>(m_listener); }

    void record(realtime::PostgresChange::Type type, const QJsonObject& record, const QJsonObject& oldRecord);
    void publish(const QDateTime& commitTimestamp);
    void discard() { m_pending.clear(); }
    qsizetype pendingCount() const { return m_pending.size(); }

    // The columns of the campaigns table as postgres_changes lists them: [{"name", "type"}].
    static QJsonArray campaignColumns();

private:
    Listener m_listener;
    QList<realtime::PostgresChange> m_pending;
};

} // namespace cc::sandbox
