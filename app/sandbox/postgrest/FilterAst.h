#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cc::sandbox::postgrest {

// The syntax tree of horizontal filters, before any column or type is checked (PostgREST reports syntax
// errors before the database sees anything, so parsing and checking are separate steps).

enum class FilterOp {
    Eq,
    Neq,
    Gt,
    Gte,
    Lt,
    Lte,
    Like,
    ILike,
    Match,
    IMatch,
    IsDistinct,
    In,
    Is,
    Contains, // cs, cd, ov, sl, sr, nxr, nxl, adj: array/range operators PostgREST knows (no sandbox type has
              // them)
    FullText, // fts, plfts, phfts, wfts
};

enum class IsValue { Null, NotNull, True, False, Unknown };

struct FilterExpr {
    QString column;
    bool negated = false;
    FilterOp op = FilterOp::Eq;
    QString opName;   // as written ("eq", "cs", "fts"), for messages
    QString value;    // single-value operators
    QStringList list; // in
    IsValue isValue = IsValue::Null;
};

struct LogicTree {
    bool isLeaf = false;
    FilterExpr filter; // when isLeaf
    bool negated = false;
    bool isOr = false;
    std::vector<LogicTree> children; // when !isLeaf; never empty
};

} // namespace cc::sandbox::postgrest
