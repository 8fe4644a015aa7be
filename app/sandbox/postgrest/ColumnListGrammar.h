#pragma once

#include "app/sandbox/postgrest/PostgrestError.h"
#include "app/sandbox/postgrest/ReadQuery.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace cc::sandbox::postgrest {

// One item of select=, as written (columns are checked against the schema later).
struct SelectField {
    QString name;       // "*" for all columns
    QString alias;      // "alias:name"
    QString cast;       // "name::text"
    bool embed = false; // "name(...)" / "name!hint(...)": a related table
};

// Recursive-descent parsers for the column lists of select= and order=, after PostgREST's grammar:
//   select := item ("," item)*
//   item   := "*" | [alias ":"] field ["::" cast] | [alias ":"] field ["!" hint] "(" select ")"
//   order  := term ("," term)*
//   term   := field ["." ("asc" | "desc")] ["." ("nullsfirst" | "nullslast")]
// Embedded resources are recognised (so they can be refused with PostgREST's own error) but not descended
// into beyond balanced parentheses, and the depth of those is bounded.
class ColumnListGrammar {
public:
    static std::variant<QList<SelectField>, PostgrestError> parseSelect(const QString& select);
    // Terms whose `column` is the name as written.
    static std::variant<QList<OrderTerm>, PostgrestError> parseOrder(const QString& order);
    // A non-negative integer for limit/offset.
    static std::variant<qint64, PostgrestError> parseCount(const QString& what, const QString& value);
};

} // namespace cc::sandbox::postgrest
