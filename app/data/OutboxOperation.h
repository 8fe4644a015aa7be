#pragma once

#include "app/data/Campaign.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cc::data {

// One change waiting in the outbox. `key` is its Idempotency-Key: chosen once when the change is recorded and
// sent with every attempt, so a response lost to a crash or a dropped connection is answered by the server's
// stored response instead of applying the change again.
struct OutboxOperation {
    enum class Kind { Create, Update, Delete, Transaction };
    enum class State { Pending, Conflict, Failed };

    qint64 seq = 0; // the order changes were made in, and are sent in
    QString key;
    Kind kind = Kind::Update;
    QString campaignId;
    QString baseUpdatedAt; // an update's base version ("" = unconditional)
    QJsonObject payload;   // create: the row; update: the changed columns; transaction: {"operations":[...]}
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    std::optional<Campaign> server; // the server's row, for a conflict
    QString createdAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    static QString stateName(State state);
    static State stateFromName(const QString& name);
    QJsonObject toJson() const;
};

} // namespace cc::data
