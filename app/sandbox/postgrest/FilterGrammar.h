#pragma once

#include "app/sandbox/postgrest/FilterAst.h"
#include "app/sandbox/postgrest/PostgrestError.h"

#include <QString>

#include <variant>

namespace cc::sandbox::postgrest {

class GrammarCursor;

// Recursive-descent parser for PostgREST's horizontal filters:
//   filter     := ["not."] operation
//   operation  := "in." list | "is." trilean | fts-op ["(" lang ")"] "." value | op "." value
//   list       := "(" element ("," element)* ")"        element := quoted | [^,)]*
//   logic      := field "." filter-in-tree | ["not."] ("and"|"or") "(" logic ("," logic)* ")"
//   quoted     := '"' ([^"\\] | "\" any)* '"'
// Top-level values are taken verbatim; inside logic trees a value ends at ',' or ')' unless quoted.
// Nesting is limited to kMaxDepth, so the recursion is bounded whatever the input.
class FilterGrammar {
public:
    static constexpr int kMaxDepth = 32;

    // `column=value`, e.g. "name", "not.in.(a,\"b,c\")".
    static std::variant<FilterExpr, PostgrestError> parseFilter(const QString& column, const QString& value);
    // `key=value` where key is "or", "and", "not.or" or "not.and", e.g. "or", "(a.eq.1,b.gt.2)".
    static std::variant<LogicTree, PostgrestError> parseLogic(const QString& key, const QString& value);

private:
    enum class ValueStyle { Rest, InTree };
    static std::variant<FilterExpr, PostgrestError> opExpr(GrammarCursor& cursor, ValueStyle style);
    static std::variant<LogicTree, PostgrestError> logicTree(GrammarCursor& cursor, int depth);
    static std::variant<QStringList, PostgrestError> listValue(GrammarCursor& cursor);
    static QString treeValue(GrammarCursor& cursor);
};

} // namespace cc::sandbox::postgrest
