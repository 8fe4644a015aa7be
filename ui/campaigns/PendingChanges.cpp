#include "ui/campaigns/PendingChanges.h"

namespace cc::ui {

using data::OutboxOperation;

namespace {

PendingChanges::State stateOf(const OutboxOperation& op) {
    switch (op.state) {
    case OutboxOperation::State::Pending:
        return PendingChanges::State::Pending;
    case OutboxOperation::State::Conflict:
        return PendingChanges::State::Conflict;
    case OutboxOperation::State::Failed:
        return PendingChanges::State::Failed;
    }
    return PendingChanges::State::Pending;
}

void merge(QJsonObject& into, const QJsonObject& values) {
    for (auto it = values.begin(); it != values.end(); ++it) {
        into.insert(it.key(), it.value());
    }
}

} // namespace

QJsonArray PendingChanges::bulkUpdate(const QStringList& ids, const QJsonObject& values) {
    QJsonArray operations;
    for (const QString& id : ids) {
        operations.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("update")},
                                      {QStringLiteral("table"), QStringLiteral("campaigns")},
                                      {QStringLiteral("values"), values},
                                      {QStringLiteral("match"), QJsonObject{{QStringLiteral("id"), id}}}});
    }
    return operations;
}

QJsonArray PendingChanges::bulkDelete(const QStringList& ids) {
    QJsonArray operations;
    for (const QString& id : ids) {
        operations.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("delete")},
                                      {QStringLiteral("table"), QStringLiteral("campaigns")},
                                      {QStringLiteral("match"), QJsonObject{{QStringLiteral("id"), id}}}});
    }
    return operations;
}

void PendingChanges::touch(const QString& id, const OutboxOperation& op) {
    const State state = stateOf(op);
    // The worst state wins: a conflict or failure needs the user even when later edits are pending.
    if (state != State::Pending || !m_states.contains(id)) {
        m_states.insert(id, state);
    }
    if (state != State::Pending && !m_unresolved.contains(id)) {
        m_unresolved.insert(id, op);
    }
}

void PendingChanges::create(const QJsonObject& values) {
    const data::Campaign campaign = data::Campaign::fromJson(values);
    m_deleted.remove(campaign.id); // re-created after a delete (undo)
    m_created.append(campaign);
}

PendingChanges PendingChanges::from(const QList<OutboxOperation>& operations) {
    PendingChanges pending;
    for (const OutboxOperation& op : operations) {
        if (op.kind == OutboxOperation::Kind::Transaction) {
            const QJsonArray steps = op.payload.value(QStringLiteral("operations")).toArray();
            for (const QJsonValue& value : steps) {
                const QJsonObject step = value.toObject();
                const QString kind = step.value(QStringLiteral("op")).toString();
                const QJsonObject values = step.value(QStringLiteral("values")).toObject();
                const QString id = kind == QStringLiteral("insert")
                                       ? values.value(QStringLiteral("id")).toString()
                                       : step.value(QStringLiteral("match"))
                                             .toObject()
                                             .value(QStringLiteral("id"))
                                             .toString();
                if (id.isEmpty()) {
                    continue;
                }
                pending.touch(id, op);
                if (kind == QStringLiteral("insert")) {
                    pending.create(values); // shown whatever its state: it exists nowhere else
                    continue;
                }
                if (op.state != OutboxOperation::State::Pending) {
                    continue;
                }
                if (kind == QStringLiteral("update")) {
                    merge(pending.m_changes[id], step.value(QStringLiteral("values")).toObject());
                } else if (kind == QStringLiteral("delete")) {
                    pending.m_deleted.insert(id);
                }
            }
            continue;
        }
        if (op.campaignId.isEmpty()) {
            continue;
        }
        pending.touch(op.campaignId, op);
        if (op.kind == OutboxOperation::Kind::Create) {
            pending.create(op.payload); // shown whatever its state: it exists nowhere else
            continue;
        }
        if (op.state != OutboxOperation::State::Pending) {
            continue;
        }
        if (op.kind == OutboxOperation::Kind::Update) {
            merge(pending.m_changes[op.campaignId], op.payload);
        } else if (op.kind == OutboxOperation::Kind::Delete) {
            pending.m_deleted.insert(op.campaignId);
        }
    }
    return pending;
}

std::optional<OutboxOperation> PendingChanges::unresolved(const QString& id) const {
    const auto it = m_unresolved.constFind(id);
    return it == m_unresolved.constEnd() ? std::nullopt : std::optional<OutboxOperation>(*it);
}

QList<data::Campaign> PendingChanges::created() const {
    QList<data::Campaign> rows = m_created;
    overlay(rows);
    return rows;
}

void PendingChanges::overlay(QList<data::Campaign>& rows) const {
    if (m_changes.isEmpty() && m_deleted.isEmpty()) {
        return;
    }
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        data::Campaign& row = rows[i];
        if (m_deleted.contains(row.id)) {
            rows.removeAt(i);
            continue;
        }
        const auto changes = m_changes.constFind(row.id);
        if (changes != m_changes.constEnd()) {
            for (auto it = changes->begin(); it != changes->end(); ++it) {
                row.setValue(it.key(), it.value());
            }
        }
    }
}

} // namespace cc::ui
