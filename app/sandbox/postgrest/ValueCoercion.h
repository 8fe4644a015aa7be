#pragma once

#include "app/sandbox/postgrest/PostgrestError.h"
#include "app/sandbox/postgrest/Schema.h"

#include <QString>
#include <QVariant>

#include <variant>

namespace cc::sandbox::postgrest {

// Checks a textual value against a column type as PostgreSQL's input functions would, and converts it to the
// representation the sandbox stores in SQLite, so that comparisons in SQLite agree with PostgreSQL's:
//   Uuid      QString, lower-case canonical "8-4-4-4-12" (input may be upper-case, braced or without hyphens)
//   Text      QString as given (NUL characters are refused like PostgreSQL does)
//   Integer   qint64 within PostgreSQL's integer range (22003 otherwise)
//   Number    double (finite or +-Infinity)
//   Date      QString "yyyy-MM-dd"
//   Timestamp QString UTC "yyyy-MM-ddTHH:mm:ss.ffffff+00:00" (fixed width, so text order is time order);
//             input without a zone is taken as UTC (the Supabase session time zone)
//   Enum      QString, one of Column::enumValues
//   Boolean   qint64 1 or 0 (input: true/false/t/f/yes/no/on/off/1/0, any case)
// A bad value gives 400 22P02 "invalid input syntax for type integer: \"abc\"" (or 22008/22003/22021 as
// PostgreSQL).
class ValueCoercion {
public:
    static std::variant<QVariant, PostgrestError> fromText(const Column& column, const QString& text);
};

} // namespace cc::sandbox::postgrest
