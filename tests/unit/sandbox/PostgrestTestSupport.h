#pragma once

#include "app/sandbox/postgrest/PostgrestError.h"
#include "app/sandbox/postgrest/QueryParser.h"
#include "app/sandbox/postgrest/Schema.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QUrlQuery>

#include <ostream>
#include <variant>

namespace cc::sandbox::postgrest {

inline void PrintTo(const PostgrestError& error, std::ostream* os) {
    *os << "PostgrestError(" << error.httpStatus << ' ' << error.code.toStdString() << ' '
        << error.message.toStdString() << " | " << error.details.toStdString() << ')';
}

namespace test {

// The sandbox's campaigns table, plus a nullable boolean and a nullable text column for IS and NULL
// semantics.
inline TableSchema campaignsSchema() {
    const QStringList statuses{QStringLiteral("draft"),     QStringLiteral("scheduled"),
                               QStringLiteral("active"),    QStringLiteral("paused"),
                               QStringLiteral("completed"), QStringLiteral("archived")};
    const QStringList channels{QStringLiteral("email"), QStringLiteral("social"), QStringLiteral("ads")};
    TableSchema schema;
    schema.name = QStringLiteral("campaigns");
    schema.columns = {
        {QStringLiteral("id"), ColumnType::Uuid, {}, false, {}},
        {QStringLiteral("user_id"), ColumnType::Uuid, {}, false, {}},
        {QStringLiteral("name"), ColumnType::Text, {}, false, {}},
        {QStringLiteral("status"), ColumnType::Enum, statuses, false, QStringLiteral("campaign_status")},
        {QStringLiteral("channel"), ColumnType::Enum, channels, false, QStringLiteral("campaign_channel")},
        {QStringLiteral("budget"), ColumnType::Number, {}, false, {}},
        {QStringLiteral("currency"), ColumnType::Text, {}, false, {}},
        {QStringLiteral("start_date"), ColumnType::Date, {}, false, {}},
        {QStringLiteral("end_date"), ColumnType::Date, {}, true, {}},
        {QStringLiteral("audience_size"), ColumnType::Integer, {}, false, {}},
        {QStringLiteral("created_at"), ColumnType::Timestamp, {}, false, {}},
        {QStringLiteral("approved"), ColumnType::Boolean, {}, true, {}},
        {QStringLiteral("notes"), ColumnType::Text, {}, true, {}},
    };
    return schema;
}

// Short UTF-8 literals for tables of test cases.
inline QString q(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// A query string as it arrives on the wire (percent-encoded).
inline QUrlQuery wire(const char* encoded) {
    return QUrlQuery(QString::fromUtf8(encoded));
}

template <typename T>
T valueOf(const std::variant<T, PostgrestError>& result) {
    if (const auto* error = std::get_if<PostgrestError>(&result)) {
        ADD_FAILURE() << "unexpected error " << ::testing::PrintToString(*error);
        return T{};
    }
    return std::get<T>(result);
}

template <typename T>
PostgrestError errorOf(const std::variant<T, PostgrestError>& result) {
    if (const auto* error = std::get_if<PostgrestError>(&result)) {
        return *error;
    }
    ADD_FAILURE() << "expected an error, got a result";
    return PostgrestError{};
}

inline SqlFragment filterSql(const char* key, const char* value) {
    return valueOf(QueryParser::parseFilter(q(key), q(value), campaignsSchema()));
}

inline PostgrestError filterError(const char* key, const char* value) {
    return errorOf(QueryParser::parseFilter(q(key), q(value), campaignsSchema()));
}

} // namespace test
} // namespace cc::sandbox::postgrest
