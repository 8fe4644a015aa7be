#include "app/realtime/OwnWrites.h"

#include "app/realtime/CampaignEvent.h"
#include "app/realtime/PostgresChange.h"

#include <QJsonArray>

namespace cc::realtime {

namespace {
const QString kId = QStringLiteral("id");
const QString kUpdatedAt = QStringLiteral("updated_at");
// Bounded even when nothing ever echoes (a bulk change of thousands of rows with the socket down).
constexpr int kMaxExpected = 20'000;
} // namespace

OwnWrites::OwnWrites(const Clock& clock, qint64 retentionMs)
    : m_clock(clock)
    , m_retentionMs(retentionMs) {}

void OwnWrites::add(Expected expected) {
    expire();
    expected.expiresAtMs = m_clock.monotonicMs() + m_retentionMs;
    if (m_expected.size() >= kMaxExpected) {
        m_expected.removeFirst();
    }
    m_expected.append(std::move(expected));
}

void OwnWrites::expire() {
    const qint64 now = m_clock.monotonicMs();
    m_expected.removeIf([now](const Expected& e) { return e.expiresAtMs <= now; });
}

void OwnWrites::noteSending(const data::OutboxOperation& operation) {
    using Kind = data::OutboxOperation::Kind;
    switch (operation.kind) {
    case Kind::Create:
        add({operation.key, operation.campaignId, Op::Upsert, {}, operation.payload, 0});
        break;
    case Kind::Update:
        add({operation.key, operation.campaignId, Op::Upsert, {}, operation.payload, 0});
        break;
    case Kind::Delete:
        add({operation.key, operation.campaignId, Op::Delete, {}, {}, 0});
        break;
    case Kind::Transaction:
        // {"operations":[{"op":"insert|update|delete","values":{...},"match":{"id":...}}]}
        for (const QJsonValue& v : operation.payload.value(QStringLiteral("operations")).toArray()) {
            const QJsonObject step = v.toObject();
            const QString op = step.value(QStringLiteral("op")).toString();
            const QJsonObject values = step.value(QStringLiteral("values")).toObject();
            const QString id = op == QLatin1String("insert")
                                   ? values.value(kId).toString()
                                   : step.value(QStringLiteral("match")).toObject().value(kId).toString();
            if (id.isEmpty()) {
                continue;
            }
            add({operation.key, id, op == QLatin1String("delete") ? Op::Delete : Op::Upsert, {}, values, 0});
        }
        break;
    }
}

void OwnWrites::noteApplied(const data::OutboxOperation& operation, const data::WriteOutcome& outcome) {
    // The exact form replaces the in-flight guess (unless the echo already consumed it). A delete keeps its
    // in-flight form: there is no row after it.
    m_expected.removeIf([&](const Expected& e) { return e.key == operation.key && e.op == Op::Upsert; });
    if (outcome.row) {
        noteRow(outcome.row->toJson());
    }
    for (const QJsonValue& v : outcome.rpcResults) {
        const QJsonObject row = v.toObject();
        if (row.contains(kId) && row.contains(kUpdatedAt)) {
            noteRow(row);
        }
    }
}

void OwnWrites::noteRow(const QJsonObject& row) {
    const QString id = row.value(kId).toString();
    const QString updatedAt = row.value(kUpdatedAt).toString();
    if (!id.isEmpty() && !updatedAt.isEmpty()) {
        add({QString(), id, Op::Upsert, updatedAt, {}, 0});
    }
}

bool OwnWrites::isEcho(const PostgresChange& change) {
    expire();
    const QString id = CampaignEvent::campaignId(change);
    if (id.isEmpty() || m_expected.isEmpty()) {
        return false;
    }
    const bool deleted = change.type == PostgresChange::Type::Delete;
    const QString updatedAt = change.record.value(kUpdatedAt).toString();
    const auto matches = [&](const Expected& e) {
        if (e.id != id || (e.op == Op::Delete) != deleted) {
            return false;
        }
        if (deleted) {
            return true;
        }
        if (!e.updatedAt.isEmpty()) {
            return e.updatedAt == updatedAt;
        }
        for (auto it = e.values.begin(); it != e.values.end(); ++it) {
            if (change.record.value(it.key()) != it.value()) {
                return false;
            }
        }
        return true;
    };
    // Exact matches first: an in-flight guess must not consume the echo meant for a confirmed write.
    for (bool exact : {true, false}) {
        for (qsizetype i = 0; i < m_expected.size(); ++i) {
            const Expected& e = m_expected.at(i);
            if ((!e.updatedAt.isEmpty()) == exact && matches(e)) {
                m_expected.removeAt(i);
                return true;
            }
        }
    }
    return false;
}

} // namespace cc::realtime
