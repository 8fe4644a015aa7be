#pragma once

#include "app/sandbox/postgrest/PostgrestError.h"
#include "app/sandbox/postgrest/ReadQuery.h"
#include "app/sandbox/postgrest/Schema.h"
#include "app/sandbox/postgrest/SqlFragment.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <variant>

namespace cc::sandbox::postgrest {

// Parses PostgREST's URL grammar (select, horizontal filters, logic trees, order, limit/offset) against a
// table schema into SQLite SQL with bound parameters. Pure: no I/O, no database.
//
// Query strings are decoded the way PostgREST (wai's parseQuery) decodes them: '+' is a space and %XX is a
// byte, so a literal '+' must be sent as %2B (supabase-js's URLSearchParams does exactly that). Pass the
// QUrlQuery of the request URL (QUrlQuery(request.url())), which keeps the encoded form; a QUrlQuery filled
// with decoded pairs by addQueryItem would have its literal '+' read as spaces. Unlike wai, ';' does not
// separate parameters (QUrlQuery keeps it inside values; clients percent-encode it anyway).
//
// clang-format off
// SQL produced for the operators:
//   eq/neq/gt/gte/lt/lte  "c" = ?   (enum gt/gte/lt/lte compare by declaration order: "c" IN (?, ...))
//   like                  "c" GLOB ?  (case-sensitive; LIKE pattern, '*' read as '%', translated to GLOB)
//   ilike                 (CASE WHEN "c" IS NULL THEN NULL ELSE "c" REGEXP ? END), pattern (?is)\A...\z:
//                         needs the QSQLITE_ENABLE_REGEXP connect option; its QRegularExpression folds case
//                         for all of Unicode, unlike SQLite's ASCII-only LIKE and lower()
//   match/imatch          the same REGEXP test with the given (PCRE) pattern, imatch prefixed with (?i)
//   in                    "c" IN (?, ?)   (empty list: 0)
//   is                    "c" IS NULL / IS NOT NULL / IS TRUE / IS FALSE / IS NULL (unknown)
//   isdistinct            "c" IS NOT ?
//   not.<op>              NOT (...)
// Values are bound in the representation ValueCoercion documents (uuid lower-case text, dates "yyyy-MM-dd"...).
// clang-format on
class QueryParser {
public:
    // Limits that keep every input bounded in time and memory.
    static constexpr int kMaxDepth = 32;              // nesting of or()/and()
    static constexpr int kMaxQueryLength = 64 * 1024; // decoded characters over all keys and values
    static constexpr int kMaxParams = 4096;           // bound values in one statement
    static constexpr int kMaxSelectColumns = 1000;    // SQLite refuses more than 2,000 result columns (500)

    static std::variant<ReadQuery, PostgrestError> parseRead(const QUrlQuery& query,
                                                             const TableSchema& schema);

    // Filters only (for PATCH/DELETE): every key that is not reserved (select, order, limit, offset,
    // on_conflict, columns). Several filters are ANDed. No filter gives an empty fragment.
    static std::variant<SqlFragment, PostgrestError> parseFilters(const QUrlQuery& query,
                                                                  const TableSchema& schema);

    // "id,name" / "*" / "" (all). Unknown column: 400 42703.
    static std::variant<QStringList, PostgrestError> parseSelect(const QString& select,
                                                                 const TableSchema& schema);

    // "col.desc.nullslast,col2" into terms.
    static std::variant<QList<OrderTerm>, PostgrestError> parseOrder(const QString& order,
                                                                     const TableSchema& schema);

    // One filter as PostgREST sees it: key "name" + value "eq.x", or key "or" + value "(a.eq.1,b.eq.2)".
    static std::variant<SqlFragment, PostgrestError> parseFilter(const QString& key, const QString& value,
                                                                 const TableSchema& schema);

    static bool isReservedKey(const QString& key);

    // The query's items decoded as PostgREST decodes them ('+' = space), in order, duplicates kept.
    static QList<QPair<QString, QString>> decodedItems(const QUrlQuery& query);
};

} // namespace cc::sandbox::postgrest
