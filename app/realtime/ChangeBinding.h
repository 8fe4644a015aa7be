#pragma once

#include "app/core/Error.h"
#include "app/realtime/PostgresChange.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc::realtime {

// One postgres_changes binding of a phx_join (docs/realtime-protocol.md §3):
// {"event": "INSERT|UPDATE|DELETE|*", "schema": ..., "table": ..., "filter": "column=op.value"}.
// `filter` may hold several comma-joined expressions, which are ANDed, e.g. "owner_id=eq.7,budget=gt.100";
// ops are eq, neq, lt, lte, gt, gte and in ("status=in.(active,paused)", at most 100 values).
struct ChangeBinding {
    enum class Op { Eq, Neq, Lt, Lte, Gt, Gte, In };
    struct Condition {
        QString column;
        Op op = Op::Eq;
        QStringList values; // one value, or the list of `in`
        bool operator==(const Condition& other) const = default;
    };

    static constexpr int kMaxInValues = 100;

    QString event = QStringLiteral("*"); // "INSERT", "UPDATE", "DELETE" or "*"
    QString schema = QStringLiteral("public");
    QString table = QStringLiteral("*"); // "*" = every table of the schema
    QString filter;                      // as written; empty = every row
    QList<Condition> conditions;         // `filter`, parsed
    qint64 id = 0; // the server's id for this binding (phx_reply); 0 = not assigned / not sent

    // Validates and parses one binding of a join payload. Rejected (ErrorKind::Validation): an event that is
    // not a string, an event other than INSERT/UPDATE/DELETE/* (case-insensitive, normalised to upper case),
    // a missing or empty schema, a table that is not a string, a filter that does not parse. A missing table
    // means "*".
    static Result<ChangeBinding> fromJson(const QJsonObject& json);
    // {"event","schema","table"[,"filter"][,"id"]}: what a client sends in phx_join and a server in
    // phx_reply.
    QJsonObject toJson() const;

    // Parses a filter string; an empty string is no conditions.
    static Result<QList<Condition>> parseFilter(const QString& filter);
    static QString opName(Op op);

    // Whether `change` is one this binding asks for: event, schema and table match (or are "*") and every
    // condition holds on the change's row (`record`, or `old_record` for DELETE). Comparison follows the
    // value's JSON type: numbers numerically, booleans as true/false, strings as text; a null or missing
    // column never matches (SQL's three-valued logic).
    bool matches(const PostgresChange& change) const;

    // Same subscription (what the server's id identifies): event, schema, table and filter.
    bool sameSubscription(const ChangeBinding& other) const;
};

} // namespace cc::realtime
