// libFuzzer target for the sandbox's PostgREST grammar. Each input is used as a whole query string, as one
// raw filter value, as a select list, an order list and a value for every column type. Besides the sanitizers
// it checks the grammar's promises: errors are well-formed PostgREST errors, the SQL has exactly one
// placeholder per bound value, no literal and only schema identifiers, and SQLite accepts and runs every
// statement produced.
#include "app/sandbox/postgrest/QueryParser.h"
#include "app/sandbox/postgrest/ValueCoercion.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace cc::sandbox::postgrest;

[[noreturn]] void fail(const char* what, const QString& detail) {
    std::fprintf(stderr, "postgrest_filter_fuzzer: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

TableSchema schema() {
    const QStringList statuses{QStringLiteral("draft"),     QStringLiteral("scheduled"),
                               QStringLiteral("active"),    QStringLiteral("paused"),
                               QStringLiteral("completed"), QStringLiteral("archived")};
    TableSchema table;
    table.name = QStringLiteral("campaigns");
    table.columns = {
        {QStringLiteral("id"), ColumnType::Uuid, {}, false, {}},
        {QStringLiteral("name"), ColumnType::Text, {}, false, {}},
        {QStringLiteral("status"), ColumnType::Enum, statuses, false, QStringLiteral("campaign_status")},
        {QStringLiteral("budget"), ColumnType::Number, {}, false, {}},
        {QStringLiteral("start_date"), ColumnType::Date, {}, false, {}},
        {QStringLiteral("end_date"), ColumnType::Date, {}, true, {}},
        {QStringLiteral("audience_size"), ColumnType::Integer, {}, false, {}},
        {QStringLiteral("created_at"), ColumnType::Timestamp, {}, false, {}},
        {QStringLiteral("approved"), ColumnType::Boolean, {}, true, {}},
        {QStringLiteral("notes"), ColumnType::Text, {}, true, {}},
    };
    return table;
}

const TableSchema& theSchema() {
    static const TableSchema table = schema();
    return table;
}

QSqlDatabase database() {
    return QSqlDatabase::database(QStringLiteral("fuzz"));
}

void setUpDatabase() {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.setConnectOptions(QStringLiteral("QSQLITE_ENABLE_REGEXP"));
    if (!db.open()) {
        fail("open", db.lastError().text());
    }
    QSqlQuery query(db);
    const QString statements[] = {
        QStringLiteral(
            "CREATE TABLE campaigns (id TEXT, name TEXT, status TEXT, budget REAL, start_date TEXT, "
            "end_date TEXT, audience_size INTEGER, created_at TEXT, approved INTEGER, notes TEXT)"),
        QStringLiteral(
            "INSERT INTO campaigns VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'Summer Sale', "
            "'active', 1500.5, '2024-06-01', NULL, 12000, '2024-05-01T10:00:00.000000+00:00', 1, NULL)"),
        QStringLiteral(
            "INSERT INTO campaigns VALUES ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 'ÄPFEL, \"x\" (y)', "
            "'draft', 0, '2023-01-31', '2023-02-01', 0, '2023-01-01T00:00:00.000000+00:00', NULL, '50% "
            "off')"),
    };
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            fail("setup", query.lastError().text());
        }
    }
}

void checkError(const PostgrestError& error) {
    if (error.code.isEmpty() || error.message.isEmpty() ||
        (error.httpStatus != 400 && error.httpStatus != 404)) {
        fail("malformed error", error.code + QLatin1Char(' ') + error.message);
    }
    if (error.toJson().size() != 4) {
        fail("error json", error.message);
    }
}

// The SQL may only hold schema identifiers, placeholders and the grammar's own keywords: no literal from
// input.
void checkFragment(const SqlFragment& fragment) {
    const QString& sql = fragment.sql;
    if (sql.count(QLatin1Char('?')) != fragment.params.size()) {
        fail("placeholder count", sql);
    }
    if (sql.contains(QLatin1Char('\'')) || sql.contains(QLatin1Char(';')) ||
        sql.contains(QLatin1String("--"))) {
        fail("literal in SQL", sql);
    }
    qsizetype pos = 0;
    while ((pos = sql.indexOf(QLatin1Char('"'), pos)) >= 0) {
        const qsizetype end = sql.indexOf(QLatin1Char('"'), pos + 1);
        if (end < 0 || !theSchema().find(sql.mid(pos + 1, end - pos - 1))) {
            fail("identifier not from the schema", sql);
        }
        pos = end + 1;
    }
}

void run(const ReadQuery& read) {
    for (const QString& column : read.select) {
        if (!theSchema().find(column)) {
            fail("selected column not in schema", column);
        }
    }
    QString sql = QStringLiteral("SELECT * FROM campaigns");
    if (!read.where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + read.where.sql;
    }
    if (!read.order.isEmpty()) {
        sql += QStringLiteral(" ORDER BY ") + read.orderBySql();
    }
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        fail("prepare", sql + QStringLiteral(" -> ") + query.lastError().text());
    }
    for (const QVariant& param : read.where.params) {
        query.addBindValue(param);
    }
    query.addBindValue(read.limit.value_or(-1));
    query.addBindValue(read.offset.value_or(0));
    if (!query.exec()) {
        fail("exec", sql + QStringLiteral(" -> ") + query.lastError().text());
    }
    while (query.next()) {
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    setUpDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    // 1. As a whole query string, the way the server receives it.
    const QUrlQuery urlQuery(text);
    const auto read = QueryParser::parseRead(urlQuery, theSchema());
    if (const auto* error = std::get_if<PostgrestError>(&read)) {
        checkError(*error);
    } else {
        checkFragment(std::get<ReadQuery>(read).where);
        run(std::get<ReadQuery>(read));
    }
    const auto filters = QueryParser::parseFilters(urlQuery, theSchema());
    if (const auto* error = std::get_if<PostgrestError>(&filters)) {
        checkError(*error);
    } else {
        checkFragment(std::get<SqlFragment>(filters));
    }

    // 2. As one raw key=value filter (no URL decoding: every character reaches the grammar).
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString key = equals >= 0 ? text.left(equals) : QStringLiteral("or");
    const QString value = equals >= 0 ? text.mid(equals + 1) : text;
    for (const QString& k : {key, QStringLiteral("name")}) {
        const auto filter = QueryParser::parseFilter(k, value, theSchema());
        if (const auto* error = std::get_if<PostgrestError>(&filter)) {
            checkError(*error);
        } else {
            checkFragment(std::get<SqlFragment>(filter));
            ReadQuery asRead;
            asRead.where = std::get<SqlFragment>(filter);
            run(asRead);
        }
    }

    // 3. As select and order lists.
    const auto select = QueryParser::parseSelect(text, theSchema());
    if (const auto* error = std::get_if<PostgrestError>(&select)) {
        checkError(*error);
    }
    const auto order = QueryParser::parseOrder(text, theSchema());
    if (const auto* error = std::get_if<PostgrestError>(&order)) {
        checkError(*error);
    } else {
        ReadQuery asRead;
        asRead.order = std::get<QList<OrderTerm>>(order);
        run(asRead);
    }

    // 4. As a value of every column type: an accepted value's canonical form must be accepted unchanged
    // (timestamps must keep their fixed width, or text order would stop being time order).
    for (const Column& column : theSchema().columns) {
        const auto coerced = ValueCoercion::fromText(column, text);
        if (const auto* error = std::get_if<PostgrestError>(&coerced)) {
            checkError(*error);
            continue;
        }
        const QVariant canonical = std::get<QVariant>(coerced);
        const auto again = ValueCoercion::fromText(column, canonical.toString());
        if (!std::holds_alternative<QVariant>(again) || std::get<QVariant>(again) != canonical) {
            fail("canonical form not stable", canonical.toString());
        }
        if (column.type == ColumnType::Timestamp && canonical.toString().size() != 32) {
            fail("timestamp width", canonical.toString());
        }
    }
    return 0;
}
