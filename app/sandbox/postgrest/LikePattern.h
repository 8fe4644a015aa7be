#pragma once

#include "app/sandbox/postgrest/PostgrestError.h"

#include <QString>

#include <variant>

namespace cc::sandbox::postgrest {

// Translates a PostgREST like/ilike value into patterns SQLite can match with PostgreSQL's semantics.
// PostgREST turns every '*' into '%' first; then LIKE rules apply: '%' any run, '_' one character, '\'
// escapes the next character (a trailing '\' is PostgreSQL's error 22025).
// like -> a GLOB pattern. GLOB is case-sensitive like PostgreSQL's LIKE, whereas SQLite's LIKE ignores ASCII
// case (and the pragma that changes this is connection-wide and deprecated).
// ilike -> the regular expression "(?is)\A...\z" for SQLite's REGEXP (Qt's QSQLITE_ENABLE_REGEXP, backed by
// QRegularExpression/PCRE2 in UTF mode), which folds case for all of Unicode; SQLite's LIKE and lower() fold
// ASCII only, so "ÄPFEL" ilike "äpfel" would fail with them.
class LikePattern {
public:
    static constexpr int kMaxPatternLength = 4096;

    static std::variant<QString, PostgrestError> toGlob(const QString& postgrestPattern);
    static std::variant<QString, PostgrestError> toCaseInsensitiveRegex(const QString& postgrestPattern);
};

} // namespace cc::sandbox::postgrest
