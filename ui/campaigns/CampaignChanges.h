#pragma once

#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "ui/campaigns/PendingChanges.h"

#include <QHash>
#include <QObject>

namespace cc::ui {

// The write side of the campaigns view: every change (create, update, delete, bulk change, undo, conflict
// resolution) is recorded in the durable outbox first and then handed to the sender; what the server applied
// goes into the store (cache). Bulk changes and multi-row deletes are ONE transaction (one
// rpc/execute_transaction call, atomic on the server).
class CampaignChanges : public QObject {
    Q_OBJECT

public:
    // What undo needs to bring deleted campaigns back.
    struct Deletion {
        qint64 seq = 0;
        QList<data::Campaign> rows;
    };

    CampaignChanges(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                    QObject* parent = nullptr);

    // Create (before.id empty: a new id is chosen here) or update (only the changed fields, based on
    // before.updatedAt). Returns the row to show at once; an unchanged update returns `before`.
    Result<data::Campaign> save(const data::Campaign& before, const data::Campaign& after);
    Result<Deletion> remove(const QList<data::Campaign>& rows);
    // Undo a deletion: withdrawn from the outbox while it is still there; re-created once the server has
    // applied it (also when it was on the wire at the time of the undo).
    Result<bool> undo(const Deletion& deletion);
    Result<bool> bulkUpdate(const QStringList& ids, const QJsonObject& values);

    Result<bool> keepMine(qint64 seq);
    Result<bool> takeTheirs(const data::OutboxOperation& op);
    Result<bool> merge(qint64 seq, const QJsonObject& mine);
    // Drops a change the server refused.
    Result<bool> discard(qint64 seq);

    PendingChanges pending() const;

signals:
    // The outbox changed (a change recorded, applied, set aside or resolved).
    void changed();
    void rowApplied(const cc::data::Campaign& row);
    void rowRemoved(const QString& id);
    void conflicted(const cc::data::OutboxOperation& op);
    void refused(const cc::data::OutboxOperation& op, const cc::Error& error);

private:
    Result<bool> enqueue(data::OutboxOperation op);
    Result<bool> recreate(const QList<data::Campaign>& rows);
    void onApplied(const data::OutboxOperation& op, const data::WriteOutcome& outcome);

    data::CampaignStore& m_store;
    data::Outbox& m_outbox;
    data::OutboxSender& m_sender;
    QHash<qint64, QList<data::Campaign>> m_undone; // deletions undone while possibly on the wire
};

} // namespace cc::ui
