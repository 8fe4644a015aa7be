#pragma once

#include "app/sandbox/postgrest/SqlFragment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc::sandbox::postgrest {

struct OrderTerm {
    QString column; // a schema column name
    bool descending = false;
    std::optional<bool> nullsFirst; // unset = PostgreSQL's default: NULLS LAST for asc, NULLS FIRST for desc
    QStringList enumOrder;          // for enum columns: the declaration order, which PostgreSQL sorts by
};

// A parsed GET: what to select, which rows (where), in which order, which page.
struct ReadQuery {
    QStringList select; // schema column names in request order; empty = all columns ("*" is expanded)
    SqlFragment where;  // empty = no filter (all rows); otherwise a boolean SQL expression without "WHERE"
    QList<OrderTerm> order;
    std::optional<qint64> limit;
    std::optional<qint64> offset;

    // `"a" DESC NULLS FIRST, "b" ASC NULLS LAST` (without "ORDER BY"), empty when no order was asked for.
    // NULLS FIRST/LAST is always explicit because SQLite's default differs from PostgreSQL's.
    QString orderBySql() const;
};

} // namespace cc::sandbox::postgrest
