#pragma once

#include "app/data/Campaign.h"
#include "app/data/OutboxOperation.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>

namespace cc::ui {

// What the outbox still holds, per campaign, as the view needs it: a marker per row (pending, conflict,
// failed), the pending field changes to show over the cached/server row, the campaigns deleted locally but
// not yet on the server, the campaigns created locally (new, or re-created by an undo) but not yet on the
// server, and the operation to resolve for a conflict. Bulk changes (transactions) count for every campaign
// they touch, their inserts included.
class PendingChanges {
public:
    enum class State { None, Pending, Conflict, Failed };

    static PendingChanges from(const QList<data::OutboxOperation>& operations);

    // The transaction operations of a bulk change: one update per id, with the same values.
    static QJsonArray bulkUpdate(const QStringList& ids, const QJsonObject& values);
    static QJsonArray bulkDelete(const QStringList& ids);

    State state(const QString& id) const { return m_states.value(id, State::None); }
    const QHash<QString, State>& states() const { return m_states; }
    // The outbox operation about `id` that needs the user (conflict or failure), if any.
    std::optional<data::OutboxOperation> unresolved(const QString& id) const;
    // Shows the pending edits over `rows` and drops rows whose deletion is pending.
    void overlay(QList<data::Campaign>& rows) const;
    bool isDeleted(const QString& id) const { return m_deleted.contains(id); }
    // The campaigns the outbox still has to create, as they are to be shown (later edits over them; none
    // deleted again), oldest change first. The server may have some already (the outbox learns it last).
    QList<data::Campaign> created() const;

private:
    void touch(const QString& id, const data::OutboxOperation& op);
    void create(const QJsonObject& values);

    QHash<QString, State> m_states;
    QHash<QString, QJsonObject> m_changes;
    QSet<QString> m_deleted;
    QList<data::Campaign> m_created;
    QHash<QString, data::OutboxOperation> m_unresolved;
};

} // namespace cc::ui
