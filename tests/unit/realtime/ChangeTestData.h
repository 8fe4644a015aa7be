#pragma once

#include "app/realtime/PostgresChange.h"

#include <QJsonObject>

namespace cc::realtime::test {

// A campaigns row as the server sends it in a postgres_changes record.
inline QJsonObject row(const QString& id, const QString& name, const QString& status,
                       const QString& updatedAt, double budget = 100) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("user_id"), QStringLiteral("u-1")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("channel"), QStringLiteral("email")},
                       {QStringLiteral("budget"), budget},
                       {QStringLiteral("currency"), QStringLiteral("USD")},
                       {QStringLiteral("start_date"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("end_date"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("audience_size"), 0},
                       {QStringLiteral("sent_count"), 0},
                       {QStringLiteral("open_count"), 0},
                       {QStringLiteral("click_count"), 0},
                       {QStringLiteral("created_at"), QStringLiteral("2026-03-01T08:00:00.000Z")},
                       {QStringLiteral("updated_at"), updatedAt}};
}

inline PostgresChange change(PostgresChange::Type type, const QJsonObject& record,
                             const QJsonObject& old = {}) {
    PostgresChange c;
    c.type = type;
    c.schema = QStringLiteral("public");
    c.table = QStringLiteral("campaigns");
    c.record = record;
    c.oldRecord = old;
    c.commitTimestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return c;
}

inline PostgresChange inserted(const QJsonObject& record) {
    return change(PostgresChange::Type::Insert, record);
}
// old_record with the primary key only, as Supabase sends it without REPLICA IDENTITY FULL.
inline PostgresChange updated(const QJsonObject& record) {
    return change(PostgresChange::Type::Update, record,
                  {{QStringLiteral("id"), record.value(QStringLiteral("id"))}});
}
inline PostgresChange deleted(const QString& id) {
    return change(PostgresChange::Type::Delete, {}, {{QStringLiteral("id"), id}});
}

inline QString ts(int second) {
    return QStringLiteral("2026-03-01T09:00:%1.000Z").arg(second, 2, 10, QLatin1Char('0'));
}

} // namespace cc::realtime::test
