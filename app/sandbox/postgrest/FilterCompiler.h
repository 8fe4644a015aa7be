#pragma once

#include "app/sandbox/postgrest/FilterAst.h"
#include "app/sandbox/postgrest/PostgrestError.h"
#include "app/sandbox/postgrest/Schema.h"
#include "app/sandbox/postgrest/SqlFragment.h"

#include <QStringList>
#include <QVariantList>

#include <optional>
#include <variant>

namespace cc::sandbox::postgrest {

// Turns parsed filters into one SQLite boolean expression (the filters ANDed), checking columns and value
// types against the schema the way PostgreSQL would. Column names in the SQL come from the schema; every
// value is a bound parameter.
class FilterCompiler {
public:
    static constexpr int kMaxParams = 4096;
    // Conditions over all filters and logic trees: SQLite refuses an expression deeper than 1,000 (a chain of
    // ANDs or ORs is as deep as it is long) with a 500; PostgREST itself would answer a query it cannot take
    // with a 400, so the sandbox refuses well before SQLite does.
    static constexpr int kMaxConditions = 256;

    explicit FilterCompiler(const TableSchema& schema);

    std::optional<PostgrestError> add(const FilterExpr& filter);
    std::optional<PostgrestError> add(const LogicTree& tree);

    SqlFragment result() const;

private:
    std::variant<QString, PostgrestError> compile(const FilterExpr& filter);
    std::variant<QString, PostgrestError> compile(const LogicTree& tree);
    std::variant<QString, PostgrestError> compileOperation(const FilterExpr& filter, const Column& column);
    std::variant<QString, PostgrestError> compileEnumRange(const FilterExpr& filter, const Column& column);
    std::optional<PostgrestError> bind(const QVariant& value);

    const TableSchema& m_schema;
    QStringList m_terms;
    QVariantList m_params;
    int m_conditions = 0;
};

} // namespace cc::sandbox::postgrest
