#include "app/data/OutboxOperation.h"

namespace cc::data {

QString OutboxOperation::kindName(Kind kind) {
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Transaction:
        return QStringLiteral("transaction");
    }
    return QStringLiteral("update");
}

std::optional<OutboxOperation::Kind> OutboxOperation::kindFromName(const QString& name) {
    for (Kind kind : {Kind::Create, Kind::Update, Kind::Delete, Kind::Transaction}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString OutboxOperation::stateName(State state) {
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

OutboxOperation::State OutboxOperation::stateFromName(const QString& name) {
    if (name == QLatin1String("conflict")) {
        return State::Conflict;
    }
    if (name == QLatin1String("failed")) {
        return State::Failed;
    }
    return State::Pending;
}

QJsonObject OutboxOperation::toJson() const {
    QJsonObject object{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("campaign_id"), campaignId},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("created_at"), createdAt},
    };
    if (!baseUpdatedAt.isEmpty()) {
        object.insert(QStringLiteral("base_updated_at"), baseUpdatedAt);
    }
    if (!lastError.isEmpty()) {
        object.insert(QStringLiteral("last_error"), lastError);
    }
    if (server) {
        object.insert(QStringLiteral("server"), server->toJson());
    }
    return object;
}

} // namespace cc::data
