#include "ui/campaigns/CampaignChanges.h"

#include <QJsonArray>
#include <QUuid>

namespace cc::ui {

using data::Campaign;
using data::OutboxOperation;

CampaignChanges::CampaignChanges(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                                 QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_sender(sender) {
    connect(&m_sender, &data::OutboxSender::applied, this, &CampaignChanges::onApplied);
    connect(&m_sender, &data::OutboxSender::conflict, this,
            [this](const OutboxOperation& op, const Campaign&) {
                emit conflicted(op);
                emit changed();
            });
    connect(&m_sender, &data::OutboxSender::failed, this, [this](const OutboxOperation& op, const Error& e) {
        emit refused(op, e);
        emit changed();
    });
}

PendingChanges CampaignChanges::pending() const {
    const Result<QList<OutboxOperation>> ops = m_outbox.all();
    return ops.ok() ? PendingChanges::from(ops.value()) : PendingChanges();
}

template <typename T>
void CampaignChanges::answerLater(Done<T> done, Result<T> result) {
    if (!done) {
        return;
    }
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void CampaignChanges::enqueue(OutboxOperation op, Done<OutboxOperation> done) {
    m_outbox.enqueue(std::move(op), this, [this, done = std::move(done)](Result<OutboxOperation> queued) {
        if (queued.ok()) {
            // Durable now: shown as pending, and sent.
            emit changed();
            m_sender.start();
        }
        if (done) {
            done(std::move(queued));
        }
    });
}

void CampaignChanges::save(const Campaign& before, const Campaign& after, Done<Campaign> done) {
    OutboxOperation op;
    Campaign shown = after;
    if (before.id.isEmpty()) {
        op.kind = OutboxOperation::Kind::Create;
        shown.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        shown.createdAt.clear();
        shown.updatedAt.clear();
        op.campaignId = shown.id;
        op.payload = shown.toWriteJson();
        op.payload.insert(QStringLiteral("id"), shown.id);
    } else {
        const QStringList fields = Campaign::changedFields(before, after);
        if (fields.isEmpty()) {
            answerLater<Campaign>(std::move(done), before);
            return;
        }
        op.kind = OutboxOperation::Kind::Update;
        op.campaignId = before.id;
        op.baseUpdatedAt = before.updatedAt;
        op.payload = after.toWriteJson(fields);
    }
    enqueue(op, [shown, done = std::move(done)](Result<OutboxOperation> queued) {
        if (!done) {
            return;
        }
        done(queued.ok() ? Result<Campaign>(shown) : Result<Campaign>(queued.error()));
    });
}

void CampaignChanges::remove(const QList<Campaign>& rows, Done<Deletion> done) {
    if (rows.isEmpty()) {
        answerLater<Deletion>(std::move(done),
                              Error(ErrorKind::Validation, tr("Select the campaigns to delete.")));
        return;
    }
    OutboxOperation op;
    if (rows.size() == 1) {
        op.kind = OutboxOperation::Kind::Delete;
        op.campaignId = rows.first().id;
    } else {
        QStringList ids;
        for (const Campaign& c : rows) {
            ids.append(c.id);
        }
        op.kind = OutboxOperation::Kind::Transaction;
        op.payload = QJsonObject{{QStringLiteral("operations"), PendingChanges::bulkDelete(ids)}};
    }
    enqueue(op, [rows, done = std::move(done)](Result<OutboxOperation> queued) {
        if (!done) {
            return;
        }
        done(queued.ok() ? Result<Deletion>(Deletion{queued.value().seq, rows})
                         : Result<Deletion>(queued.error()));
    });
}

void CampaignChanges::undo(const Deletion& deletion, Done<bool> done) {
    // The snapshot is current for this process's writes: the sender's commit of an applied deletion and its
    // applied() signal come in one step, so "not found" here means onApplied has already run for it.
    Result<std::optional<OutboxOperation>> found = m_outbox.find(deletion.seq);
    if (!found.ok()) {
        answerLater<bool>(std::move(done), found.error());
        return;
    }
    if (!found.value()) {
        recreate(deletion.rows, std::move(done)); // already applied on the server
        return;
    }
    // Still in the outbox: withdraw it. It may be on the wire right now (or be read by the sender before the
    // withdrawal commits); if the server applies it anyway, onApplied re-creates the rows.
    m_undone.insert(deletion.seq, deletion.rows);
    const qint64 seq = deletion.seq;
    m_outbox.discard(seq, this, [this, seq, done = std::move(done)](Result<bool> dropped) {
        // Gone from m_undone: the server applied the deletion first and onApplied is re-creating the rows, so
        // the undo happens even if the withdrawal could not be stored (it had nothing left to withdraw).
        const bool recreating = !m_undone.contains(seq);
        if (dropped.ok() || recreating) {
            emit changed();
        } else {
            m_undone.remove(seq); // still queued: the deletion stands
        }
        if (done) {
            done(recreating ? Result<bool>(true) : std::move(dropped));
        }
    });
}

void CampaignChanges::recreate(const QList<Campaign>& rows, Done<bool> done) {
    OutboxOperation op;
    const auto values = [](const Campaign& c) {
        QJsonObject v = c.toWriteJson();
        v.insert(QStringLiteral("id"), c.id);
        return v;
    };
    if (rows.size() == 1) {
        op.kind = OutboxOperation::Kind::Create;
        op.campaignId = rows.first().id;
        op.payload = values(rows.first());
    } else {
        QJsonArray inserts;
        for (const Campaign& c : rows) {
            inserts.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("insert")},
                                       {QStringLiteral("table"), QStringLiteral("campaigns")},
                                       {QStringLiteral("values"), values(c)}});
        }
        op.kind = OutboxOperation::Kind::Transaction;
        op.payload = QJsonObject{{QStringLiteral("operations"), inserts}};
    }
    enqueue(op, [done = std::move(done)](Result<OutboxOperation> queued) {
        if (done) {
            done(queued.ok() ? Result<bool>(true) : Result<bool>(queued.error()));
        }
    });
}

void CampaignChanges::bulkUpdate(const QStringList& ids, const QJsonObject& values, Done<bool> done) {
    if (ids.isEmpty() || values.isEmpty()) {
        answerLater<bool>(std::move(done),
                          Error(ErrorKind::Validation, tr("Select the campaigns to change.")));
        return;
    }
    OutboxOperation op;
    op.kind = OutboxOperation::Kind::Transaction;
    op.payload = QJsonObject{{QStringLiteral("operations"), PendingChanges::bulkUpdate(ids, values)}};
    enqueue(op, [done = std::move(done)](Result<OutboxOperation> queued) {
        if (done) {
            done(queued.ok() ? Result<bool>(true) : Result<bool>(queued.error()));
        }
    });
}

void CampaignChanges::keepMine(qint64 seq, Done<bool> done) {
    m_outbox.keepMine(seq, this, [this, done = std::move(done)](Result<bool> kept) {
        if (kept.ok()) {
            emit changed();
            m_sender.start();
        }
        if (done) {
            done(std::move(kept));
        }
    });
}

void CampaignChanges::takeTheirs(const OutboxOperation& op, Done<bool> done) {
    const std::optional<Campaign> server = op.server;
    m_outbox.discard(op.seq, this, [this, server, done = std::move(done)](Result<bool> dropped) {
        if (dropped.ok()) {
            if (server) {
                m_store.applied(*server);
                emit rowApplied(*server);
            }
            emit changed();
        }
        if (done) {
            done(std::move(dropped));
        }
    });
}

void CampaignChanges::merge(qint64 seq, const QJsonObject& mine, Done<bool> done) {
    Result<std::optional<OutboxOperation>> op = m_outbox.find(seq);
    if (!op.ok()) {
        answerLater<bool>(std::move(done), op.error());
        return;
    }
    if (mine.isEmpty() && op.value()) {
        takeTheirs(*op.value(), std::move(done));
        return;
    }
    m_outbox.resolveWith(seq, mine, this, [this, done = std::move(done)](Result<bool> resolved) {
        if (resolved.ok()) {
            emit changed();
            m_sender.start();
        }
        if (done) {
            done(std::move(resolved));
        }
    });
}

void CampaignChanges::discard(qint64 seq, Done<bool> done) {
    m_outbox.discard(seq, this, [this, done = std::move(done)](Result<bool> dropped) {
        if (dropped.ok()) {
            emit changed();
        }
        if (done) {
            done(std::move(dropped));
        }
    });
}

void CampaignChanges::onApplied(const OutboxOperation& op, const data::WriteOutcome& outcome) {
    // A deletion undone while it was on the wire: the server deleted the rows and they are re-created below.
    // The view is not told they are gone: undo's answer shows them again (before this when the withdrawal was
    // asked for while the deletion was on the wire, after it when it was asked for just after the server's
    // answer; undo answers success then even if the withdrawal failed), and a rowRemoved would hide them
    // until the re-creation's rowApplied.
    const std::optional<QList<Campaign>> undone =
        m_undone.contains(op.seq) ? std::optional<QList<Campaign>>(m_undone.take(op.seq)) : std::nullopt;
    const auto apply = [this](const Campaign& row) {
        m_store.applied(row);
        emit rowApplied(row);
    };
    const auto drop = [this, restored = undone.has_value()](const QString& id) {
        m_store.removed(id);
        if (!restored) {
            emit rowRemoved(id);
        }
    };
    switch (op.kind) {
    case OutboxOperation::Kind::Create:
    case OutboxOperation::Kind::Update:
        if (outcome.row) {
            apply(*outcome.row);
        }
        break;
    case OutboxOperation::Kind::Delete:
        drop(op.campaignId);
        break;
    case OutboxOperation::Kind::Transaction: {
        const QJsonArray steps = op.payload.value(QStringLiteral("operations")).toArray();
        for (const QJsonValue& value : outcome.rpcResults) {
            const QJsonObject result = value.toObject();
            const QString kind = result.value(QStringLiteral("op")).toString();
            const int index = result.value(QStringLiteral("index")).toInt(-1);
            if (kind == QStringLiteral("delete")) {
                drop(steps.at(index)
                         .toObject()
                         .value(QStringLiteral("match"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString());
                continue;
            }
            for (const QJsonValue& row : result.value(QStringLiteral("rows")).toArray()) {
                apply(Campaign::fromJson(row.toObject()));
            }
        }
        break;
    }
    }
    if (undone) {
        // The deletion reached the server before the undo could withdraw it: bring the rows back.
        recreate(*undone, [this](Result<bool> queued) {
            if (!queued.ok()) {
                emit undoFailed(queued.error());
            }
        });
    }
    emit changed();
}

} // namespace cc::ui
