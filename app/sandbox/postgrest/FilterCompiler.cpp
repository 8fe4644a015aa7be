#include "app/sandbox/postgrest/FilterCompiler.h"

#include "app/sandbox/postgrest/LikePattern.h"
#include "app/sandbox/postgrest/ValueCoercion.h"

#include <QRegularExpression>

namespace cc::sandbox::postgrest {

namespace {

// PostgreSQL's spelling of each operator, for "operator does not exist" errors.
QString postgresOperator(const FilterExpr& filter) {
    static const QList<QPair<QLatin1String, QLatin1String>> symbols{
        {QLatin1String("like"), QLatin1String("~~")}, {QLatin1String("ilike"), QLatin1String("~~*")},
        {QLatin1String("match"), QLatin1String("~")}, {QLatin1String("imatch"), QLatin1String("~*")},
        {QLatin1String("cs"), QLatin1String("@>")},   {QLatin1String("cd"), QLatin1String("<@")},
        {QLatin1String("ov"), QLatin1String("&&")},   {QLatin1String("sl"), QLatin1String("<<")},
        {QLatin1String("sr"), QLatin1String(">>")},   {QLatin1String("nxr"), QLatin1String("&<")},
        {QLatin1String("nxl"), QLatin1String("&>")},  {QLatin1String("adj"), QLatin1String("-|-")},
    };
    for (const auto& [name, symbol] : symbols) {
        if (filter.opName == name) {
            return symbol;
        }
    }
    return QStringLiteral("@@");
}

PostgrestError operatorDoesNotExist(const FilterExpr& filter, const Column& column) {
    // PostgREST maps SQLSTATE 42883 to 404.
    return PostgrestError::make(
        404, QStringLiteral("42883"),
        QStringLiteral("operator does not exist: %1 %2 unknown")
            .arg(postgresTypeName(column), postgresOperator(filter)),
        {},
        QStringLiteral(
            "No operator matches the given name and argument types. You might need to add explicit type "
            "casts."));
}

QString comparison(FilterOp op) {
    switch (op) {
    case FilterOp::Eq:
        return QStringLiteral(" = ?");
    case FilterOp::Neq:
        return QStringLiteral(" <> ?");
    case FilterOp::Gt:
        return QStringLiteral(" > ?");
    case FilterOp::Gte:
        return QStringLiteral(" >= ?");
    case FilterOp::Lt:
        return QStringLiteral(" < ?");
    case FilterOp::Lte:
        return QStringLiteral(" <= ?");
    default:
        return QStringLiteral(" = ?");
    }
}

// REGEXP (a Qt user function) sees NULL as an empty string; keep NULL so NOT and OR behave as in PostgreSQL.
QString regexpTest(const QString& column) {
    return QStringLiteral("(CASE WHEN %1 IS NULL THEN NULL ELSE %1 REGEXP ? END)").arg(column);
}

} // namespace

FilterCompiler::FilterCompiler(const TableSchema& schema)
    : m_schema(schema) {}

std::optional<PostgrestError> FilterCompiler::add(const FilterExpr& filter) {
    auto sql = compile(filter);
    if (auto* error = std::get_if<PostgrestError>(&sql)) {
        return *error;
    }
    m_terms.append(std::get<QString>(sql));
    return std::nullopt;
}

std::optional<PostgrestError> FilterCompiler::add(const LogicTree& tree) {
    auto sql = compile(tree);
    if (auto* error = std::get_if<PostgrestError>(&sql)) {
        return *error;
    }
    m_terms.append(std::get<QString>(sql));
    return std::nullopt;
}

SqlFragment FilterCompiler::result() const {
    return SqlFragment{m_terms.join(QStringLiteral(" AND ")), m_params};
}

std::optional<PostgrestError> FilterCompiler::bind(const QVariant& value) {
    if (m_params.size() >= kMaxParams) {
        return PostgrestError::make(
            400, QStringLiteral("54000"),
            QStringLiteral("too many filter values: at most %1 are allowed").arg(kMaxParams));
    }
    m_params.append(value);
    return std::nullopt;
}

std::variant<QString, PostgrestError> FilterCompiler::compile(const LogicTree& tree) {
    if (tree.isLeaf) {
        return compile(tree.filter);
    }
    QStringList parts;
    for (const LogicTree& child : tree.children) {
        auto sql = compile(child);
        if (auto* error = std::get_if<PostgrestError>(&sql)) {
            return *error;
        }
        parts.append(std::get<QString>(sql));
    }
    const QString joined = QLatin1Char('(') +
                           parts.join(tree.isOr ? QStringLiteral(" OR ") : QStringLiteral(" AND ")) +
                           QLatin1Char(')');
    return tree.negated ? QStringLiteral("NOT ") + joined : joined;
}

std::variant<QString, PostgrestError> FilterCompiler::compile(const FilterExpr& filter) {
    if (++m_conditions > kMaxConditions) {
        return PostgrestError::make(
            400, QStringLiteral("PGRST100"),
            QStringLiteral("too many filter conditions: at most %1 are allowed").arg(kMaxConditions));
    }
    const Column* column = m_schema.find(filter.column);
    if (!column) {
        return PostgrestError::make(
            400, QStringLiteral("42703"),
            QStringLiteral("column %1.%2 does not exist").arg(m_schema.name, filter.column));
    }
    auto sql = compileOperation(filter, *column);
    if (filter.negated) {
        if (auto* text = std::get_if<QString>(&sql)) {
            return QStringLiteral("NOT (") + *text + QLatin1Char(')');
        }
    }
    return sql;
}

std::variant<QString, PostgrestError> FilterCompiler::compileOperation(const FilterExpr& filter,
                                                                       const Column& column) {
    const QString name = quoteIdentifier(column.name);
    const bool isText = column.type == ColumnType::Text;
    switch (filter.op) {
    case FilterOp::Gt:
    case FilterOp::Gte:
    case FilterOp::Lt:
    case FilterOp::Lte:
        if (column.type == ColumnType::Enum) {
            return compileEnumRange(filter, column);
        }
        [[fallthrough]];
    case FilterOp::Eq:
    case FilterOp::Neq:
    case FilterOp::IsDistinct: {
        auto value = ValueCoercion::fromText(column, filter.value);
        if (auto* error = std::get_if<PostgrestError>(&value)) {
            return *error;
        }
        if (auto error = bind(std::get<QVariant>(value))) {
            return *error;
        }
        return filter.op == FilterOp::IsDistinct ? name + QStringLiteral(" IS NOT ?")
                                                 : name + comparison(filter.op);
    }
    case FilterOp::Like:
    case FilterOp::ILike: {
        if (!isText) {
            return operatorDoesNotExist(filter, column);
        }
        auto checked = ValueCoercion::fromText(column, filter.value);
        if (auto* error = std::get_if<PostgrestError>(&checked)) {
            return *error;
        }
        auto pattern = filter.op == FilterOp::Like ? LikePattern::toGlob(filter.value)
                                                   : LikePattern::toCaseInsensitiveRegex(filter.value);
        if (auto* error = std::get_if<PostgrestError>(&pattern)) {
            return *error;
        }
        if (auto error = bind(std::get<QString>(pattern))) {
            return *error;
        }
        return filter.op == FilterOp::Like ? name + QStringLiteral(" GLOB ?") : regexpTest(name);
    }
    case FilterOp::Match:
    case FilterOp::IMatch: {
        if (!isText) {
            return operatorDoesNotExist(filter, column);
        }
        const QString pattern =
            filter.op == FilterOp::IMatch ? QStringLiteral("(?i)") + filter.value : filter.value;
        const QRegularExpression regex(pattern);
        if (!regex.isValid() || filter.value.contains(QChar(0))) {
            return PostgrestError::make(
                400, QStringLiteral("2201B"),
                QStringLiteral("invalid regular expression: %1").arg(regex.errorString()));
        }
        if (auto error = bind(pattern)) {
            return *error;
        }
        return regexpTest(name);
    }
    case FilterOp::In: {
        if (filter.list.isEmpty()) {
            return QStringLiteral("0"); // = ANY('{}') is false, even for NULL
        }
        QStringList marks;
        for (const QString& element : filter.list) {
            auto value = ValueCoercion::fromText(column, element);
            if (auto* error = std::get_if<PostgrestError>(&value)) {
                return *error;
            }
            if (auto error = bind(std::get<QVariant>(value))) {
                return *error;
            }
            marks.append(QStringLiteral("?"));
        }
        return name + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case FilterOp::Is: {
        if (filter.isValue == IsValue::Null) {
            return name + QStringLiteral(" IS NULL");
        }
        if (filter.isValue == IsValue::NotNull) {
            return name + QStringLiteral(" IS NOT NULL");
        }
        const QString test = filter.isValue == IsValue::True    ? QStringLiteral("TRUE")
                             : filter.isValue == IsValue::False ? QStringLiteral("FALSE")
                                                                : QStringLiteral("UNKNOWN");
        if (column.type != ColumnType::Boolean) {
            return PostgrestError::make(400, QStringLiteral("42804"),
                                        QStringLiteral("argument of IS %1 must be type boolean, not type %2")
                                            .arg(test, postgresTypeName(column)));
        }
        // SQLite has IS TRUE / IS FALSE; for a boolean, IS UNKNOWN is IS NULL.
        return name + (filter.isValue == IsValue::Unknown ? QStringLiteral(" IS NULL")
                                                          : QStringLiteral(" IS ") + test);
    }
    case FilterOp::Contains:
        return operatorDoesNotExist(filter, column);
    case FilterOp::FullText:
        if (!isText) {
            return operatorDoesNotExist(filter, column);
        }
        return PostgrestError::make(
            400, QStringLiteral("0A000"),
            QStringLiteral("full-text search (%1) is not supported by the sandbox").arg(filter.opName));
    }
    return operatorDoesNotExist(filter, column);
}

std::variant<QString, PostgrestError> FilterCompiler::compileEnumRange(const FilterExpr& filter,
                                                                       const Column& column) {
    auto value = ValueCoercion::fromText(column, filter.value);
    if (auto* error = std::get_if<PostgrestError>(&value)) {
        return *error;
    }
    // PostgreSQL compares enum values by declaration order; the matching values form an IN list.
    const qsizetype pivot = column.enumValues.indexOf(std::get<QVariant>(value).toString());
    QStringList marks;
    for (qsizetype i = 0; i < column.enumValues.size(); ++i) {
        const bool keep =
            (filter.op == FilterOp::Gt && i > pivot) || (filter.op == FilterOp::Gte && i >= pivot) ||
            (filter.op == FilterOp::Lt && i < pivot) || (filter.op == FilterOp::Lte && i <= pivot);
        if (keep) {
            if (auto error = bind(column.enumValues.at(i))) {
                return *error;
            }
            marks.append(QStringLiteral("?"));
        }
    }
    const QString name = quoteIdentifier(column.name);
    if (marks.isEmpty()) {
        return QStringLiteral("(%1 <> %1)").arg(name); // false, or NULL for a NULL value, like the comparison
    }
    return name + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace cc::sandbox::postgrest
