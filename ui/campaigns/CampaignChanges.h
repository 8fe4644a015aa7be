#pragma once

#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "ui/campaigns/PendingChanges.h"

#include <QHash>
#include <QObject>

#include <functional>

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

    template <typename T>
    using Done = std::function<void(Result<T>)>;

    CampaignChanges(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                    QObject* parent = nullptr);

    // Every change is committed by the outbox on its own thread: `done` runs on this object's thread once the
    // change is durable (or could not be stored), never before and never from inside the call. Only then is
    // the change shown and the sender started. `done` may be empty; it is dropped with this object.

    // Create (before.id empty: a new id is chosen here) or update (only the changed fields, based on
    // before.updatedAt). `done` gets the row to show; an unchanged update gets `before` (nothing recorded).
    void save(const data::Campaign& before, const data::Campaign& after, Done<data::Campaign> done);
    void remove(const QList<data::Campaign>& rows, Done<Deletion> done);
    // Undo a deletion: withdrawn from the outbox while it is still there; re-created once the server has
    // applied it (also when it was on the wire at the time of the undo).
    void undo(const Deletion& deletion, Done<bool> done);
    void bulkUpdate(const QStringList& ids, const QJsonObject& values, Done<bool> done);

    void keepMine(qint64 seq, Done<bool> done);
    void takeTheirs(const data::OutboxOperation& op, Done<bool> done);
    void merge(qint64 seq, const QJsonObject& mine, Done<bool> done);
    // Drops a change the server refused.
    void discard(qint64 seq, Done<bool> done);

    PendingChanges pending() const;

signals:
    // The outbox changed (a change recorded, applied, set aside or resolved).
    void changed();
    void rowApplied(const cc::data::Campaign& row);
    // Not for a deletion undone while it was on the wire: its rows stay shown and are re-created.
    void rowRemoved(const QString& id);
    void conflicted(const cc::data::OutboxOperation& op);
    void refused(const cc::data::OutboxOperation& op, const cc::Error& error);
    // A deletion undone while on the wire reached the server, and its re-creation could not be recorded.
    void undoFailed(const cc::Error& error);

private:
    // Records `op`; once durable: changed(), the sender starts, then `done`.
    void enqueue(data::OutboxOperation op, Done<data::OutboxOperation> done);
    void recreate(const QList<data::Campaign>& rows, Done<bool> done);
    void onApplied(const data::OutboxOperation& op, const data::WriteOutcome& outcome);
    // Answers `done` later on the event loop (a refusal before anything reached the outbox), so callers see
    // one behaviour: the callback never runs inside the call.
    template <typename T>
    void answerLater(Done<T> done, Result<T> result);

    data::CampaignStore& m_store;
    data::Outbox& m_outbox;
    data::OutboxSender& m_sender;
    QHash<qint64, QList<data::Campaign>> m_undone; // deletions undone while possibly on the wire
};

} // namespace cc::ui
