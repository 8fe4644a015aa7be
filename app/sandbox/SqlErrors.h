#pragma once

#include "app/sandbox/postgrest/PostgrestError.h"

#include <QSqlError>

namespace cc::sandbox {

// Translates SQLite's constraint errors into the PostgreSQL errors PostgREST would relay, so clients see the
// same codes as against Supabase: CHECK -> 400 23514, UNIQUE/PRIMARY KEY -> 409 23505, NOT NULL -> 400 23502;
// anything else -> 500 XX000 (an internal error: the sandbox's own bug or a broken database file).
class SqlErrors {
public:
    static postgrest::PostgrestError toPostgrest(const QSqlError& error);
};

} // namespace cc::sandbox
