#pragma once

#include "app/core/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc::realtime {

// One row change as the server pushes it in a postgres_changes event (docs/realtime-protocol.md §4). The wire
// names are kept (`record`, `old_record`, `type`); realtime-js's `new`/`old`/`eventType` are client
// inventions.
struct PostgresChange {
    enum class Type { Insert, Update, Delete };

    Type type = Type::Insert;
    QString schema;
    QString table;
    QJsonObject record;    // the row after the change; empty for DELETE
    QJsonObject oldRecord; // the row before (or only its primary key); empty for INSERT
    QJsonArray columns;    // [{"name":..., "type":...}, ...]
    QDateTime commitTimestamp;
    QList<qint64> ids;  // the ids of the bindings this change matched
    QStringList errors; // server-side problems with this change, e.g. "Error 413: Payload Too Large"

    // Accepts the server -> client payload {"ids":[..],"data":{"type","schema","table","record","old_record",
    // "columns","commit_timestamp","errors"}}. `errors` may be null, a string or an array of strings (the
    // docs and the server disagree, §3.4). Rejected (ErrorKind::Decode): no `data` object, an unknown type,
    // an empty schema or table, records or columns of the wrong JSON type, ids that are not integers, a
    // commit_timestamp that is not an ISO 8601 date-time.
    static Result<PostgresChange> fromPayload(const QJsonObject& payload);
    QJsonObject toPayload() const;

    // "INSERT", "UPDATE", "DELETE".
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(QStringView name);

    // The row the change is about: `record`, or `old_record` for DELETE.
    const QJsonObject& row() const { return type == Type::Delete ? oldRecord : record; }

    bool operator==(const PostgresChange& other) const = default;
};

} // namespace cc::realtime
