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

Result<bool> CampaignChanges::enqueue(OutboxOperation op) {
    Result<OutboxOperation> queued = m_outbox.enqueue(std::move(op));
    if (!queued.ok()) {
        return queued.error();
    }
    emit changed();
    m_sender.start();
    return true;
}

Result<Campaign> CampaignChanges::save(const Campaign& before, const Campaign& after) {
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
            return before;
        }
        op.kind = OutboxOperation::Kind::Update;
        op.campaignId = before.id;
        op.baseUpdatedAt = before.updatedAt;
        op.payload = after.toWriteJson(fields);
    }
    if (Result<bool> queued = enqueue(op); !queued.ok()) {
        return queued.error();
    }
    return shown;
}

Result<CampaignChanges::Deletion> CampaignChanges::remove(const QList<Campaign>& rows) {
    if (rows.isEmpty()) {
        return Error(ErrorKind::Validation, tr("Select the campaigns to delete."));
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
    Result<OutboxOperation> queued = m_outbox.enqueue(op);
    if (!queued.ok()) {
        return queued.error();
    }
    emit changed();
    m_sender.start();
    return Deletion{queued.value().seq, rows};
}

Result<bool> CampaignChanges::undo(const Deletion& deletion) {
    Result<std::optional<OutboxOperation>> found = m_outbox.find(deletion.seq);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return recreate(deletion.rows); // already applied on the server
    }
    // Still in the outbox: withdraw it. It may be on the wire right now; if the server applies it anyway,
    // onApplied re-creates the rows.
    m_undone.insert(deletion.seq, deletion.rows);
    if (Result<bool> dropped = m_outbox.discard(deletion.seq); !dropped.ok()) {
        m_undone.remove(deletion.seq);
        return dropped;
    }
    emit changed();
    return true;
}

Result<bool> CampaignChanges::recreate(const QList<Campaign>& rows) {
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
    return enqueue(op);
}

Result<bool> CampaignChanges::bulkUpdate(const QStringList& ids, const QJsonObject& values) {
    if (ids.isEmpty() || values.isEmpty()) {
        return Error(ErrorKind::Validation, tr("Select the campaigns to change."));
    }
    OutboxOperation op;
    op.kind = OutboxOperation::Kind::Transaction;
    op.payload = QJsonObject{{QStringLiteral("operations"), PendingChanges::bulkUpdate(ids, values)}};
    return enqueue(op);
}

Result<bool> CampaignChanges::keepMine(qint64 seq) {
    Result<bool> done = m_outbox.keepMine(seq);
    if (done.ok()) {
        emit changed();
        m_sender.start();
    }
    return done;
}

Result<bool> CampaignChanges::takeTheirs(const OutboxOperation& op) {
    Result<bool> done = m_outbox.discard(op.seq);
    if (done.ok()) {
        if (op.server) {
            m_store.applied(*op.server);
            emit rowApplied(*op.server);
        }
        emit changed();
    }
    return done;
}

Result<bool> CampaignChanges::merge(qint64 seq, const QJsonObject& mine) {
    Result<std::optional<OutboxOperation>> op = m_outbox.find(seq);
    if (!op.ok()) {
        return op.error();
    }
    if (mine.isEmpty() && op.value()) {
        return takeTheirs(*op.value());
    }
    Result<bool> done = m_outbox.resolveWith(seq, mine);
    if (done.ok()) {
        emit changed();
        m_sender.start();
    }
    return done;
}

Result<bool> CampaignChanges::discard(qint64 seq) {
    Result<bool> done = m_outbox.discard(seq);
    if (done.ok()) {
        emit changed();
    }
    return done;
}

void CampaignChanges::onApplied(const OutboxOperation& op, const data::WriteOutcome& outcome) {
    const auto apply = [this](const Campaign& row) {
        m_store.applied(row);
        emit rowApplied(row);
    };
    const auto drop = [this](const QString& id) {
        m_store.removed(id);
        emit rowRemoved(id);
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
    if (const auto undone = m_undone.constFind(op.seq); undone != m_undone.constEnd()) {
        // The deletion reached the server before the undo could withdraw it: bring the rows back.
        const QList<Campaign> rows = *undone;
        m_undone.erase(undone);
        recreate(rows);
    }
    emit changed();
}

} // namespace cc::ui
