#include "app/sandbox/postgrest/QueryParser.h"

#include "app/sandbox/postgrest/ColumnListGrammar.h"
#include "app/sandbox/postgrest/FilterCompiler.h"
#include "app/sandbox/postgrest/FilterGrammar.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace cc::sandbox::postgrest {

static_assert(QueryParser::kMaxDepth == FilterGrammar::kMaxDepth);
static_assert(QueryParser::kMaxParams == FilterCompiler::kMaxParams);

namespace {

using Item = QPair<QString, QString>;

// A filter or logic tree after the syntax pass, kept in query order for the semantic pass.
using ParsedFilter = std::variant<FilterExpr, LogicTree>;

QString decodeComponent(QByteArray bytes) {
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

bool isLogicKey(const QString& key) {
    return key == QLatin1String("or") || key == QLatin1String("and") || key == QLatin1String("not.or") ||
           key == QLatin1String("not.and");
}

QString lastSegment(const QString& key) {
    return key.mid(key.lastIndexOf(QLatin1Char('.')) + 1);
}

PostgrestError notEmbedded(const QString& key) {
    const QString resource = key.left(key.indexOf(QLatin1Char('.')));
    return PostgrestError::make(
        400, QStringLiteral("PGRST108"),
        QStringLiteral("'%1' is not an embedded resource in this request").arg(resource), {},
        QStringLiteral("Verify that '%1' is included in the 'select' query parameter.").arg(resource));
}

std::optional<PostgrestError> checkLength(const QList<Item>& items) {
    qsizetype total = 0;
    for (const Item& item : items) {
        total += item.first.size() + item.second.size();
    }
    if (total > QueryParser::kMaxQueryLength) {
        return PostgrestError::make(
            400, QStringLiteral("PGRST100"),
            QStringLiteral("query string too long: at most %1 characters").arg(QueryParser::kMaxQueryLength));
    }
    return std::nullopt;
}

// Syntax pass over every filter and logic tree of the query, in order.
std::variant<QList<ParsedFilter>, PostgrestError> parseFilterItems(const QList<Item>& items) {
    QList<ParsedFilter> parsedLogic;
    QList<ParsedFilter> parsed;
    // PostgREST reports logic-tree errors before filter errors; the query order is kept for the SQL.
    std::optional<PostgrestError> filterError;
    for (const Item& item : items) {
        const QString& key = item.first;
        if (QueryParser::isReservedKey(key)) {
            continue;
        }
        const QString last = lastSegment(key);
        if (last == QLatin1String("and") || last == QLatin1String("or")) {
            if (!isLogicKey(key)) {
                return notEmbedded(key);
            }
            auto tree = FilterGrammar::parseLogic(key, item.second);
            if (auto* error = std::get_if<PostgrestError>(&tree)) {
                return *error;
            }
            parsed.append(std::get<LogicTree>(std::move(tree)));
            continue;
        }
        if (filterError) {
            continue;
        }
        if (key.contains(QLatin1Char('.'))) {
            filterError = notEmbedded(key);
            continue;
        }
        auto filter = FilterGrammar::parseFilter(key, item.second);
        if (auto* error = std::get_if<PostgrestError>(&filter)) {
            filterError = *error;
            continue;
        }
        parsed.append(std::get<FilterExpr>(std::move(filter)));
    }
    if (filterError) {
        return *filterError;
    }
    return parsed;
}

std::variant<SqlFragment, PostgrestError> compileFilters(const QList<ParsedFilter>& filters,
                                                         const TableSchema& schema) {
    FilterCompiler compiler(schema);
    for (const ParsedFilter& filter : filters) {
        const auto error = std::visit([&](const auto& node) { return compiler.add(node); }, filter);
        if (error) {
            return *error;
        }
    }
    return compiler.result();
}

PostgrestError unknownColumn(const TableSchema& schema, const QString& column) {
    return PostgrestError::make(400, QStringLiteral("42703"),
                                QStringLiteral("column %1.%2 does not exist").arg(schema.name, column));
}

std::variant<QStringList, PostgrestError> resolveSelect(const QList<SelectField>& fields,
                                                        const TableSchema& schema) {
    QStringList columns;
    for (const SelectField& field : fields) {
        if (columns.size() > QueryParser::kMaxSelectColumns) {
            break; // refused below; no need to resolve thousands more
        }
        if (field.embed) {
            return PostgrestError::make(
                400, QStringLiteral("PGRST200"),
                QStringLiteral("Could not find a relationship between '%1' and '%2' in the schema cache")
                    .arg(schema.name, field.name),
                QStringLiteral("Searched for a foreign key relationship between '%1' and '%2' in the schema "
                               "'public', but no matches were found.")
                    .arg(schema.name, field.name));
        }
        if (field.name == QLatin1String("*")) {
            columns.append(schema.columnNames());
            continue;
        }
        if (!schema.find(field.name)) {
            return unknownColumn(schema, field.name);
        }
        if (!field.alias.isEmpty() || !field.cast.isEmpty()) {
            // ReadQuery carries plain column names, so renaming and casting cannot be honoured; refuse rather
            // than answer with keys the client did not ask for.
            return PostgrestError::make(
                400, QStringLiteral("PGRST100"),
                QStringLiteral("\"failed to parse select parameter (%1)\"")
                    .arg(field.alias.isEmpty() ? field.name + QStringLiteral("::") + field.cast
                                               : field.alias + QLatin1Char(':') + field.name),
                QStringLiteral("renaming and casting columns is not supported by the sandbox"));
        }
        columns.append(field.name);
    }
    if (columns.size() > QueryParser::kMaxSelectColumns) {
        return PostgrestError::make(
            400, QStringLiteral("PGRST100"),
            QStringLiteral("\"failed to parse select parameter\": at most %1 columns are allowed")
                .arg(QueryParser::kMaxSelectColumns));
    }
    return columns;
}

std::variant<QList<OrderTerm>, PostgrestError> resolveOrder(QList<OrderTerm> terms,
                                                            const TableSchema& schema) {
    for (OrderTerm& term : terms) {
        const Column* column = schema.find(term.column);
        if (!column) {
            return unknownColumn(schema, term.column);
        }
        if (column->type == ColumnType::Enum) {
            term.enumOrder = column->enumValues;
        }
    }
    return terms;
}

std::optional<QString> firstValue(const QList<Item>& items, QLatin1String key) {
    for (const Item& item : items) {
        if (item.first == key) {
            return item.second;
        }
    }
    return std::nullopt;
}

} // namespace

bool QueryParser::isReservedKey(const QString& key) {
    return key == QLatin1String("select") || key == QLatin1String("order") || key == QLatin1String("limit") ||
           key == QLatin1String("offset") || key == QLatin1String("on_conflict") ||
           key == QLatin1String("columns");
}

QList<QPair<QString, QString>> QueryParser::decodedItems(const QUrlQuery& query) {
    // Work on the encoded form: decoding first would lose the difference between '+' (a space, as wai's
    // parseQuery reads it) and %2B (a plus sign).
    const QByteArray encoded = query.query(QUrl::FullyEncoded).toLatin1();
    QList<Item> items;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = start;
        while (end < encoded.size() && encoded.at(end) != '&') {
            ++end;
        }
        const QByteArray piece = encoded.mid(start, end - start);
        start = end + 1;
        const qsizetype equals = piece.indexOf('=');
        // A key without '=' has no value; PostgREST ignores it.
        if (piece.isEmpty() || equals < 0) {
            continue;
        }
        items.append({decodeComponent(piece.left(equals)), decodeComponent(piece.mid(equals + 1))});
    }
    return items;
}

std::variant<SqlFragment, PostgrestError> QueryParser::parseFilter(const QString& key, const QString& value,
                                                                   const TableSchema& schema) {
    auto parsed = parseFilterItems({{key, value}});
    if (auto* error = std::get_if<PostgrestError>(&parsed)) {
        return *error;
    }
    return compileFilters(std::get<QList<ParsedFilter>>(parsed), schema);
}

std::variant<SqlFragment, PostgrestError> QueryParser::parseFilters(const QUrlQuery& query,
                                                                    const TableSchema& schema) {
    const QList<Item> items = decodedItems(query);
    if (auto error = checkLength(items)) {
        return *error;
    }
    auto parsed = parseFilterItems(items);
    if (auto* error = std::get_if<PostgrestError>(&parsed)) {
        return *error;
    }
    return compileFilters(std::get<QList<ParsedFilter>>(parsed), schema);
}

std::variant<QStringList, PostgrestError> QueryParser::parseSelect(const QString& select,
                                                                   const TableSchema& schema) {
    if (select.trimmed().isEmpty()) {
        return schema.columnNames();
    }
    auto fields = ColumnListGrammar::parseSelect(select);
    if (auto* error = std::get_if<PostgrestError>(&fields)) {
        return *error;
    }
    return resolveSelect(std::get<QList<SelectField>>(fields), schema);
}

std::variant<QList<OrderTerm>, PostgrestError> QueryParser::parseOrder(const QString& order,
                                                                       const TableSchema& schema) {
    auto terms = ColumnListGrammar::parseOrder(order);
    if (auto* error = std::get_if<PostgrestError>(&terms)) {
        return *error;
    }
    return resolveOrder(std::get<QList<OrderTerm>>(terms), schema);
}

std::variant<ReadQuery, PostgrestError> QueryParser::parseRead(const QUrlQuery& query,
                                                               const TableSchema& schema) {
    const QList<Item> items = decodedItems(query);
    if (auto error = checkLength(items)) {
        return *error;
    }
    const std::optional<QString> select = firstValue(items, QLatin1String("select"));
    const std::optional<QString> order = firstValue(items, QLatin1String("order"));
    const std::optional<QString> limit = firstValue(items, QLatin1String("limit"));
    const std::optional<QString> offset = firstValue(items, QLatin1String("offset"));
    for (const Item& item : items) {
        const QString last = lastSegment(item.first);
        if (item.first.contains(QLatin1Char('.')) &&
            (last == QLatin1String("order") || last == QLatin1String("limit") ||
             last == QLatin1String("offset"))) {
            return notEmbedded(item.first);
        }
    }

    // Syntax first, in PostgREST's order (order, logic trees and filters, select), then limit/offset...
    std::variant<QList<OrderTerm>, PostgrestError> orderTerms = QList<OrderTerm>();
    if (order) {
        orderTerms = ColumnListGrammar::parseOrder(*order);
        if (auto* error = std::get_if<PostgrestError>(&orderTerms)) {
            return *error;
        }
    }
    auto filters = parseFilterItems(items);
    if (auto* error = std::get_if<PostgrestError>(&filters)) {
        return *error;
    }
    std::variant<QList<SelectField>, PostgrestError> selectFields = QList<SelectField>();
    if (select && !select->trimmed().isEmpty()) {
        selectFields = ColumnListGrammar::parseSelect(*select);
        if (auto* error = std::get_if<PostgrestError>(&selectFields)) {
            return *error;
        }
    }
    ReadQuery result;
    if (limit) {
        auto value = ColumnListGrammar::parseCount(QStringLiteral("limit"), *limit);
        if (auto* error = std::get_if<PostgrestError>(&value)) {
            return *error;
        }
        result.limit = std::get<qint64>(value);
    }
    if (offset) {
        auto value = ColumnListGrammar::parseCount(QStringLiteral("offset"), *offset);
        if (auto* error = std::get_if<PostgrestError>(&value)) {
            return *error;
        }
        result.offset = std::get<qint64>(value);
    }

    // ...then what the database would check, in its order: the select list, the WHERE clause, ORDER BY.
    const auto& fields = std::get<QList<SelectField>>(selectFields);
    if (!fields.isEmpty()) {
        auto columns = resolveSelect(fields, schema);
        if (auto* error = std::get_if<PostgrestError>(&columns)) {
            return *error;
        }
        result.select = std::get<QStringList>(columns);
    }
    auto where = compileFilters(std::get<QList<ParsedFilter>>(filters), schema);
    if (auto* error = std::get_if<PostgrestError>(&where)) {
        return *error;
    }
    result.where = std::get<SqlFragment>(where);
    auto terms = resolveOrder(std::get<QList<OrderTerm>>(orderTerms), schema);
    if (auto* error = std::get_if<PostgrestError>(&terms)) {
        return *error;
    }
    result.order = std::get<QList<OrderTerm>>(terms);
    return result;
}

} // namespace cc::sandbox::postgrest
