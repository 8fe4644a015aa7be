#include "app/sandbox/CampaignMutations.h"

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/sandbox/CampaignTable.h"
#include "app/sandbox/RowSecurity.h"
#include "app/sandbox/SandboxDatabase.h"
#include "app/sandbox/SqlErrors.h"
#include "app/sandbox/postgrest/ValueCoercion.h"
#include "app/sandbox/realtime/ChangeJournal.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace cc::sandbox {

using postgrest::PostgrestError;
using postgrest::quoteIdentifier;
using postgrest::SqlFragment;

namespace {

QString jsonScalarText(const QJsonValue& value) {
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15) {
            return QString::number(static_cast<qint64>(d));
        }
        return QString::number(d, 'g', 17);
    }
    if (value.isString()) {
        return value.toString();
    }
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

PostgrestError unknownColumn(const QString& name) {
    return PostgrestError::make(
        400, QStringLiteral("PGRST204"),
        QStringLiteral("Could not find the '%1' column of 'campaigns' in the schema cache").arg(name));
}

// Executes and collects RETURNING rows.
std::variant<QJsonArray, PostgrestError> run(QSqlQuery& query, const QStringList& returning) {
    if (!query.exec()) {
        return SqlErrors::toPostgrest(query.lastError());
    }
    QJsonArray rows;
    while (query.next()) {
        rows.append(CampaignTable::rowToJson(query, returning));
    }
    return rows;
}

void bindAll(QSqlQuery& query, const QVariantList& values) {
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
}

} // namespace

CampaignMutations::CampaignMutations(const SandboxDatabase& database, const Clock& clock, RandomSource& ids)
    : m_database(database)
    , m_clock(clock)
    , m_ids(ids) {}

QVariant CampaignMutations::TypedRow::value(const QString& column) const {
    const qsizetype i = columns.indexOf(column);
    return i < 0 ? QVariant() : values.at(i);
}

CampaignMutations::Outcome CampaignMutations::finish(QSqlQuery& query, const QStringList& returning,
                                                     int Result::*count, realtime::PostgresChange::Type type,
                                                     const QHash<QString, QJsonObject>& before) {
    auto rows = run(query, {});
    if (auto* error = std::get_if<PostgrestError>(&rows)) {
        return *error;
    }
    Result result;
    for (const QJsonValue& value : std::as_const(std::get<QJsonArray>(rows))) {
        const QJsonObject full = value.toObject();
        if (m_journal != nullptr) {
            const QJsonObject old = before.value(full.value(CampaignTable::kPrimaryKey).toString());
            if (type == realtime::PostgresChange::Type::Delete) {
                m_journal->record(type, {}, full);
            } else {
                m_journal->record(type, full, old);
            }
        }
        if (returning.isEmpty()) {
            result.rows.append(full);
            continue;
        }
        QJsonObject projected;
        for (const QString& column : returning) {
            projected.insert(column, full.value(column));
        }
        result.rows.append(projected);
    }
    result.*count = static_cast<int>(result.rows.size());
    return result;
}

QHash<QString, QJsonObject> CampaignMutations::preImages(const SqlFragment& where) const {
    QHash<QString, QJsonObject> rows;
    if (m_journal == nullptr || !m_journal->isActive()) {
        return rows;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM campaigns%2")
                      .arg(CampaignTable::selectList({}),
                           where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql));
    bindAll(query, where.params);
    if (query.exec()) {
        while (query.next()) {
            const QJsonObject row = CampaignTable::rowToJson(query, {});
            rows.insert(row.value(CampaignTable::kPrimaryKey).toString(), row);
        }
    }
    return rows;
}

QString CampaignMutations::now() const {
    return m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00"));
}

QString CampaignMutations::newId() {
    QByteArray bytes = m_ids.bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

SqlFragment CampaignMutations::conjunction(const SqlFragment& a, const SqlFragment& b) {
    if (a.isEmpty()) {
        return b;
    }
    if (b.isEmpty()) {
        return a;
    }
    return {QStringLiteral("(%1) AND (%2)").arg(a.sql, b.sql), a.params + b.params};
}

std::variant<QVariant, PostgrestError> CampaignMutations::coerce(const postgrest::Column& column,
                                                                 const QJsonValue& value) {
    if (value.isNull() || value.isUndefined()) {
        return QVariant();
    }
    if (column.type == postgrest::ColumnType::Number && value.isDouble()) {
        return QVariant(value.toDouble());
    }
    return postgrest::ValueCoercion::fromText(column, jsonScalarText(value));
}

std::variant<CampaignMutations::TypedRow, PostgrestError>
CampaignMutations::typedRow(const QJsonObject& object, const QStringList& columns,
                            bool missingDefault) const {
    TypedRow row;
    const auto& schema = CampaignTable::schema();
    for (const QString& name : columns) {
        const postgrest::Column* column = schema.find(name);
        if (column == nullptr) {
            return unknownColumn(name);
        }
        if (CampaignTable::isServerSet(name)) {
            continue; // set by the server, like a trigger would
        }
        if (!object.contains(name) && missingDefault) {
            continue; // DEFAULT
        }
        auto value = coerce(*column, object.value(name));
        if (auto* error = std::get_if<PostgrestError>(&value)) {
            return *error;
        }
        row.columns.append(name);
        row.values.append(std::get<QVariant>(value));
    }
    return row;
}

CampaignMutations::Outcome CampaignMutations::insert(const Caller& caller, const QList<QJsonObject>& rows,
                                                     const InsertOptions& options) {
    Result total;
    if (rows.isEmpty()) {
        return total;
    }
    const QStringList keys = options.columns.isEmpty() ? rows.first().keys() : options.columns;
    if (!options.onConflict.isEmpty() && options.onConflict != QStringList{CampaignTable::kPrimaryKey}) {
        for (const QString& column : options.onConflict) {
            if (CampaignTable::schema().find(column) == nullptr) {
                return PostgrestError::make(400, QStringLiteral("42703"),
                                            QStringLiteral("column \"%1\" does not exist").arg(column));
            }
        }
        return PostgrestError::make(
            400, QStringLiteral("42P10"),
            QStringLiteral(
                "there is no unique or exclusion constraint matching the ON CONFLICT specification"));
    }
    for (const QJsonObject& object : rows) {
        if (options.columns.isEmpty() && object.keys() != keys) {
            return PostgrestError::make(400, QStringLiteral("PGRST102"),
                                        QStringLiteral("All object keys must match"));
        }
        auto typed = typedRow(object, keys, options.missingDefault);
        if (auto* error = std::get_if<PostgrestError>(&typed)) {
            return *error;
        }
        TypedRow row = std::get<TypedRow>(std::move(typed));
        Outcome outcome;
        QString existingOwner;
        bool exists = false;
        if (options.conflict != Conflict::Error && row.columns.contains(CampaignTable::kPrimaryKey)) {
            QSqlQuery lookup(m_database.connection());
            lookup.prepare(QStringLiteral("SELECT user_id FROM campaigns WHERE id = ?"));
            lookup.addBindValue(row.value(CampaignTable::kPrimaryKey));
            if (lookup.exec() && lookup.next()) {
                exists = true;
                existingOwner = lookup.value(0).toString();
            }
        }
        if (exists && options.conflict == Conflict::IgnoreDuplicates) {
            continue;
        }
        outcome = exists ? mergeOne(caller, row, existingOwner, options.returning)
                         : insertOne(caller, std::move(row), options.returning);
        if (auto* error = std::get_if<PostgrestError>(&outcome)) {
            return *error;
        }
        const Result& one = std::get<Result>(outcome);
        total.inserted += one.inserted;
        total.updated += one.updated;
        for (const QJsonValue& value : one.rows) {
            total.rows.append(value);
        }
    }
    return total;
}

CampaignMutations::Outcome CampaignMutations::insertOne(const Caller& caller, TypedRow row,
                                                        const QStringList& returning) {
    if (!row.columns.contains(CampaignTable::kPrimaryKey)) {
        row.columns.append(CampaignTable::kPrimaryKey);
        row.values.append(newId());
    }
    if (!row.columns.contains(CampaignTable::kOwner) && !caller.userId.isEmpty()) {
        row.columns.append(CampaignTable::kOwner); // DEFAULT auth.uid()
        row.values.append(caller.userId);
    }
    if (caller.role != Caller::Role::ServiceRole) {
        if (auto violation = RowSecurity::checkNewRow(caller, row.value(CampaignTable::kOwner).toString())) {
            return *violation;
        }
    }
    const QString timestamp = now();
    row.columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    row.values << timestamp << timestamp;

    QStringList quoted;
    QStringList marks;
    for (const QString& column : std::as_const(row.columns)) {
        quoted.append(quoteIdentifier(column));
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO campaigns (%1) VALUES (%2) RETURNING %3")
                      .arg(quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                           CampaignTable::selectList({})));
    bindAll(query, row.values);
    return finish(query, returning, &Result::inserted, realtime::PostgresChange::Type::Insert, {});
}

CampaignMutations::Outcome CampaignMutations::mergeOne(const Caller& caller, const TypedRow& row,
                                                       const QString& ownerId, const QStringList& returning) {
    if (caller.role != Caller::Role::ServiceRole) {
        if (!RowSecurity::canSee(caller, ownerId)) {
            return RowSecurity::violation(caller, true);
        }
        const QVariant newOwner = row.value(CampaignTable::kOwner);
        if (auto violation =
                RowSecurity::checkNewRow(caller, newOwner.isValid() ? newOwner.toString() : ownerId)) {
            return *violation;
        }
    }
    QStringList assignments;
    QVariantList params;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        if (row.columns[i] != CampaignTable::kPrimaryKey) {
            assignments.append(quoteIdentifier(row.columns[i]) + QStringLiteral(" = ?"));
            params.append(row.values[i]);
        }
    }
    assignments.append(QStringLiteral("\"updated_at\" = ?"));
    params << now() << row.value(CampaignTable::kPrimaryKey);
    const QHash<QString, QJsonObject> before =
        preImages({QStringLiteral("\"id\" = ?"), {row.value(CampaignTable::kPrimaryKey)}});
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET %1 WHERE \"id\" = ? RETURNING %2")
                      .arg(assignments.join(QStringLiteral(", ")), CampaignTable::selectList({})));
    bindAll(query, params);
    return finish(query, returning, &Result::updated, realtime::PostgresChange::Type::Update, before);
}

CampaignMutations::Outcome CampaignMutations::update(const Caller& caller, const SqlFragment& where,
                                                     const QJsonObject& values,
                                                     const QStringList& returning) {
    auto typed = typedRow(values, values.keys(), false);
    if (auto* error = std::get_if<PostgrestError>(&typed)) {
        return *error;
    }
    const TypedRow row = std::get<TypedRow>(std::move(typed));
    if (row.columns.isEmpty()) {
        return Result{};
    }
    const SqlFragment condition = conjunction(where, RowSecurity::visibleRows(caller));
    const QString whereSql = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.sql;
    if (row.columns.contains(CampaignTable::kOwner) && caller.role != Caller::Role::ServiceRole &&
        RowSecurity::checkNewRow(caller, row.value(CampaignTable::kOwner).toString())) {
        // WITH CHECK fails for every row this would change; PostgreSQL only complains if there is one.
        QSqlQuery probe(m_database.connection());
        probe.prepare(QStringLiteral("SELECT 1 FROM campaigns%1 LIMIT 1").arg(whereSql));
        bindAll(probe, condition.params);
        if (probe.exec() && probe.next()) {
            return RowSecurity::violation(caller);
        }
        return Result{};
    }
    QStringList assignments;
    QVariantList params;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        assignments.append(quoteIdentifier(row.columns[i]) + QStringLiteral(" = ?"));
        params.append(row.values[i]);
    }
    assignments.append(QStringLiteral("\"updated_at\" = ?"));
    params.append(now());
    const QHash<QString, QJsonObject> before = preImages(condition);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET %1%2 RETURNING %3")
                      .arg(assignments.join(QStringLiteral(", ")), whereSql, CampaignTable::selectList({})));
    bindAll(query, params + condition.params);
    return finish(query, returning, &Result::updated, realtime::PostgresChange::Type::Update, before);
}

CampaignMutations::Outcome CampaignMutations::remove(const Caller& caller, const SqlFragment& where,
                                                     const QStringList& returning) {
    const SqlFragment condition = conjunction(where, RowSecurity::visibleRows(caller));
    const QString whereSql = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.sql;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM campaigns%1 RETURNING %2").arg(whereSql, CampaignTable::selectList({})));
    bindAll(query, condition.params);
    return finish(query, returning, &Result::deleted, realtime::PostgresChange::Type::Delete, {});
}

} // namespace cc::sandbox
