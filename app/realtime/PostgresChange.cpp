#include "app/realtime/PostgresChange.h"

#include <QCoreApplication>

#include <cmath>

namespace cc::realtime {
namespace {

Error malformed(const QString& detail) {
    return Error(
        ErrorKind::Decode,
        QCoreApplication::translate("cc::realtime::PostgresChange",
                                    "The realtime server sent a row change the console does not understand."),
        detail);
}

// Absent and null both mean "no row" (INSERT has no old row, DELETE no new one).
bool readObject(const QJsonValue& value, QJsonObject* out) {
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    *out = value.toObject();
    return true;
}

bool isInteger(double value) {
    return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= 9007199254740992.0;
}

} // namespace

QString PostgresChange::typeName(Type type) {
    switch (type) {
    case Type::Insert:
        return QStringLiteral("INSERT");
    case Type::Update:
        return QStringLiteral("UPDATE");
    case Type::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

std::optional<PostgresChange::Type> PostgresChange::typeFromName(QStringView name) {
    if (name == QLatin1String("INSERT"))
        return Type::Insert;
    if (name == QLatin1String("UPDATE"))
        return Type::Update;
    if (name == QLatin1String("DELETE"))
        return Type::Delete;
    return std::nullopt;
}

Result<PostgresChange> PostgresChange::fromPayload(const QJsonObject& payload) {
    PostgresChange change;
    const QJsonValue ids = payload.value(QLatin1String("ids"));
    if (!ids.isUndefined() && !ids.isNull()) {
        if (!ids.isArray())
            return malformed(QStringLiteral("ids is not an array"));
        for (const QJsonValue& id : ids.toArray()) {
            if (!id.isDouble() || !isInteger(id.toDouble()))
                return malformed(QStringLiteral("ids contains a value that is not an integer"));
            change.ids.append(static_cast<qint64>(id.toDouble()));
        }
    }
    const QJsonValue dataValue = payload.value(QLatin1String("data"));
    if (!dataValue.isObject())
        return malformed(QStringLiteral("data is missing or not an object"));
    const QJsonObject data = dataValue.toObject();

    const std::optional<Type> type = typeFromName(data.value(QLatin1String("type")).toString());
    if (!type)
        return malformed(QStringLiteral("type is not INSERT, UPDATE or DELETE"));
    change.type = *type;

    const QJsonValue schema = data.value(QLatin1String("schema"));
    const QJsonValue table = data.value(QLatin1String("table"));
    if (!schema.isString() || schema.toString().isEmpty())
        return malformed(QStringLiteral("schema is missing, empty or not a string"));
    if (!table.isString() || table.toString().isEmpty())
        return malformed(QStringLiteral("table is missing, empty or not a string"));
    change.schema = schema.toString();
    change.table = table.toString();

    if (!readObject(data.value(QLatin1String("record")), &change.record))
        return malformed(QStringLiteral("record is not an object"));
    if (!readObject(data.value(QLatin1String("old_record")), &change.oldRecord))
        return malformed(QStringLiteral("old_record is not an object"));

    const QJsonValue columns = data.value(QLatin1String("columns"));
    if (!columns.isUndefined() && !columns.isNull()) {
        if (!columns.isArray())
            return malformed(QStringLiteral("columns is not an array"));
        change.columns = columns.toArray();
    }

    const QJsonValue timestamp = data.value(QLatin1String("commit_timestamp"));
    if (!timestamp.isString())
        return malformed(QStringLiteral("commit_timestamp is missing or not a string"));
    change.commitTimestamp = QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
    if (!change.commitTimestamp.isValid())
        return malformed(QStringLiteral("commit_timestamp is not an ISO 8601 date-time"));
    change.commitTimestamp = change.commitTimestamp.toUTC();

    const QJsonValue errors = data.value(QLatin1String("errors"));
    if (errors.isString()) {
        change.errors.append(errors.toString());
    } else if (errors.isArray()) {
        for (const QJsonValue& error : errors.toArray()) {
            if (!error.isString())
                return malformed(QStringLiteral("errors contains a value that is not a string"));
            change.errors.append(error.toString());
        }
    } else if (!errors.isUndefined() && !errors.isNull()) {
        return malformed(QStringLiteral("errors is neither null, a string nor an array"));
    }
    return change;
}

QJsonObject PostgresChange::toPayload() const {
    QJsonArray idArray;
    for (const qint64 id : ids)
        idArray.append(id);
    QJsonObject data{
        {QLatin1String("type"), typeName(type)},
        {QLatin1String("schema"), schema},
        {QLatin1String("table"), table},
        {QLatin1String("columns"), columns},
        {QLatin1String("commit_timestamp"), commitTimestamp.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("errors"),
         errors.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(errors))},
    };
    // Supabase sends old_record only for UPDATE/DELETE and record only for INSERT/UPDATE.
    if (type != Type::Delete)
        data.insert(QLatin1String("record"), record);
    if (type != Type::Insert)
        data.insert(QLatin1String("old_record"), oldRecord);
    return {{QLatin1String("ids"), idArray}, {QLatin1String("data"), data}};
}

} // namespace cc::realtime
