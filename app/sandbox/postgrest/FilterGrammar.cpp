#include "app/sandbox/postgrest/FilterGrammar.h"

#include "app/sandbox/postgrest/GrammarCursor.h"

#include <optional>

namespace cc::sandbox::postgrest {

namespace {

const QString kOperatorExpectation = QStringLiteral("\"not\" or operator (eq, gt, ...)");

std::optional<FilterOp> simpleOperator(const QString& name) {
    static const QList<QPair<QLatin1String, FilterOp>> operators{
        {QLatin1String("eq"), FilterOp::Eq},
        {QLatin1String("neq"), FilterOp::Neq},
        {QLatin1String("gt"), FilterOp::Gt},
        {QLatin1String("gte"), FilterOp::Gte},
        {QLatin1String("lt"), FilterOp::Lt},
        {QLatin1String("lte"), FilterOp::Lte},
        {QLatin1String("like"), FilterOp::Like},
        {QLatin1String("ilike"), FilterOp::ILike},
        {QLatin1String("match"), FilterOp::Match},
        {QLatin1String("imatch"), FilterOp::IMatch},
        {QLatin1String("isdistinct"), FilterOp::IsDistinct},
        {QLatin1String("cs"), FilterOp::Contains},
        {QLatin1String("cd"), FilterOp::Contains},
        {QLatin1String("ov"), FilterOp::Contains},
        {QLatin1String("sl"), FilterOp::Contains},
        {QLatin1String("sr"), FilterOp::Contains},
        {QLatin1String("nxr"), FilterOp::Contains},
        {QLatin1String("nxl"), FilterOp::Contains},
        {QLatin1String("adj"), FilterOp::Contains},
    };
    for (const auto& [text, op] : operators) {
        if (name == text) {
            return op;
        }
    }
    return std::nullopt;
}

bool isFullTextOperator(const QString& name) {
    return name == QLatin1String("fts") || name == QLatin1String("plfts") || name == QLatin1String("phfts") ||
           name == QLatin1String("wfts");
}

} // namespace

std::variant<FilterExpr, PostgrestError> FilterGrammar::parseFilter(const QString& column,
                                                                    const QString& value) {
    GrammarCursor cursor(QStringLiteral("filter"), value, value);
    auto parsed = opExpr(cursor, ValueStyle::Rest);
    if (auto* expr = std::get_if<FilterExpr>(&parsed)) {
        cursor.skipBlanks();
        if (!cursor.atEnd()) {
            return cursor.expected(QStringLiteral("end of input"));
        }
        expr->column = column;
    }
    return parsed;
}

std::variant<LogicTree, PostgrestError> FilterGrammar::parseLogic(const QString& key, const QString& value) {
    // PostgREST parses "or" + "(...)" as one tree, so "?or=(...)" and a nested "or(...)" share the grammar.
    GrammarCursor cursor(QStringLiteral("logic tree"), value, key + value);
    auto parsed = logicTree(cursor, 1);
    if (std::holds_alternative<LogicTree>(parsed)) {
        cursor.skipBlanks();
        if (!cursor.atEnd()) {
            return cursor.expected(QStringLiteral("end of input"));
        }
        if (std::get<LogicTree>(parsed).isLeaf) {
            // "?or=.eq.1" would otherwise parse as a bare filter on a column named "or".
            cursor.reset(key.size());
            return cursor.expected(QStringLiteral("\"(\""));
        }
    }
    return parsed;
}

std::variant<FilterExpr, PostgrestError> FilterGrammar::opExpr(GrammarCursor& cursor, ValueStyle style) {
    FilterExpr expr;
    const qsizetype start = cursor.position();
    if (cursor.consume(QLatin1String("not."))) {
        expr.negated = true;
    }
    if (cursor.consume(QLatin1String("in."))) {
        expr.op = FilterOp::In;
        expr.opName = QStringLiteral("in");
        auto list = listValue(cursor);
        if (auto* error = std::get_if<PostgrestError>(&list)) {
            return *error;
        }
        expr.list = std::get<QStringList>(list);
        return expr;
    }
    if (cursor.consume(QLatin1String("is."))) {
        expr.op = FilterOp::Is;
        expr.opName = QStringLiteral("is");
        // not_null before null's prefix cousins; case-insensitive as PostgREST's ciString.
        if (cursor.consumeCaseInsensitive(QLatin1String("not_null"))) {
            expr.isValue = IsValue::NotNull;
        } else if (cursor.consumeCaseInsensitive(QLatin1String("null"))) {
            expr.isValue = IsValue::Null;
        } else if (cursor.consumeCaseInsensitive(QLatin1String("unknown"))) {
            expr.isValue = IsValue::Unknown;
        } else if (cursor.consumeCaseInsensitive(QLatin1String("true"))) {
            expr.isValue = IsValue::True;
        } else if (cursor.consumeCaseInsensitive(QLatin1String("false"))) {
            expr.isValue = IsValue::False;
        } else {
            return cursor.expected(QStringLiteral("null or trilean value (unknown, true, false)"));
        }
        return expr;
    }

    const qsizetype opStart = cursor.position();
    const QString ftsName = cursor.takeUntilAny(u".(");
    if (isFullTextOperator(ftsName)) {
        expr.op = FilterOp::FullText;
        expr.opName = ftsName;
        if (cursor.consume(QLatin1Char('('))) {
            const QString language = cursor.takeUntilAny(u")");
            if (language.isEmpty() || !cursor.consume(QLatin1Char(')'))) {
                return cursor.expected(QStringLiteral("letter or digit"));
            }
        }
        if (!cursor.consume(QLatin1Char('.'))) {
            return cursor.expected(QStringLiteral("delimiter (.)"));
        }
        expr.value = style == ValueStyle::Rest ? cursor.takeRest() : treeValue(cursor);
        return expr;
    }
    cursor.reset(opStart);
    const QString opName = cursor.takeUntilAny(u".");
    if (!cursor.consume(QLatin1Char('.'))) {
        cursor.reset(opStart == start ? start : opStart);
        return cursor.expected(kOperatorExpectation);
    }
    const std::optional<FilterOp> op = simpleOperator(opName);
    if (!op) {
        return cursor.failure(QStringLiteral("unknown single value operator ") + opName);
    }
    expr.op = *op;
    expr.opName = opName;
    expr.value = style == ValueStyle::Rest ? cursor.takeRest() : treeValue(cursor);
    return expr;
}

std::variant<QStringList, PostgrestError> FilterGrammar::listValue(GrammarCursor& cursor) {
    cursor.skipBlanks();
    if (!cursor.consume(QLatin1Char('('))) {
        return cursor.expected(QStringLiteral("\"(\""));
    }
    cursor.skipBlanks();
    QStringList elements;
    bool anyQuoted = false;
    do {
        const qsizetype start = cursor.position();
        std::optional<QString> quoted = cursor.quotedValue();
        // A quoted element must end at ',' or ')'; otherwise the quotes are part of a plain element.
        if (quoted &&
            (cursor.atEnd() || cursor.peek() == QLatin1Char(',') || cursor.peek() == QLatin1Char(')'))) {
            elements.append(*quoted);
            anyQuoted = true;
        } else {
            cursor.reset(start);
            elements.append(cursor.takeUntilAny(u",)"));
        }
    } while (cursor.consume(QLatin1Char(',')));
    cursor.skipBlanks();
    if (!cursor.consume(QLatin1Char(')'))) {
        return cursor.expected(QStringLiteral("\",\" or \")\""));
    }
    cursor.skipBlanks();
    // "in.()" is the empty list (no row matches), not a list holding one empty string; "in.(\"\")" is the
    // latter.
    if (elements.size() == 1 && elements.first().isEmpty() && !anyQuoted) {
        elements.clear();
    }
    return elements;
}

QString FilterGrammar::treeValue(GrammarCursor& cursor) {
    const qsizetype start = cursor.position();
    if (std::optional<QString> quoted = cursor.quotedValue()) {
        if (cursor.atEnd() || cursor.peek() == QLatin1Char(',') || cursor.peek() == QLatin1Char(')')) {
            return *quoted;
        }
        cursor.reset(start);
    }
    // A PostgreSQL array literal "{a,b}" may contain commas.
    if (cursor.consume(QLatin1Char('{'))) {
        const QString inner = cursor.takeUntilAny(u"{}");
        if (cursor.consume(QLatin1Char('}'))) {
            return QLatin1Char('{') + inner + QLatin1Char('}');
        }
        cursor.reset(start);
    }
    return cursor.takeUntilAny(u",)");
}

std::variant<LogicTree, PostgrestError> FilterGrammar::logicTree(GrammarCursor& cursor, int depth) {
    const qsizetype start = cursor.position();

    // First alternative: a filter "field.op.value".
    std::optional<PostgrestError> leafError;
    cursor.skipBlanks();
    if (std::optional<QString> field = cursor.fieldName()) {
        cursor.skipBlanks();
        if (cursor.consume(QLatin1Char('.'))) {
            auto expr = opExpr(cursor, ValueStyle::InTree);
            if (auto* filter = std::get_if<FilterExpr>(&expr)) {
                LogicTree leaf;
                leaf.isLeaf = true;
                leaf.filter = *filter;
                leaf.filter.column = *field;
                return leaf;
            }
            leafError = std::get<PostgrestError>(expr);
        }
    }
    const qsizetype leafReach = cursor.position();
    cursor.reset(start);

    // Second alternative: "[not.]and|or(tree, ...)".
    LogicTree node;
    cursor.skipBlanks();
    node.negated = cursor.consume(QLatin1String("not."));
    if (cursor.consume(QLatin1String("and"))) {
        node.isOr = false;
    } else if (cursor.consume(QLatin1String("or"))) {
        node.isOr = true;
    } else {
        // Report whichever alternative got further, as Parsec does.
        if (leafError && leafReach > cursor.position()) {
            return *leafError;
        }
        return cursor.expected(node.negated
                                   ? QStringLiteral("logic operator (and, or)")
                                   : QStringLiteral("field name (* or [a..z0..9_$]), negation operator "
                                                    "(not) or logic operator (and, or)"));
    }
    cursor.skipBlanks();
    if (!cursor.consume(QLatin1Char('('))) {
        if (leafError && leafReach > cursor.position()) {
            return *leafError;
        }
        return cursor.expected(QStringLiteral("\"(\""));
    }
    // Bounds the recursion (and so the stack) whatever the input.
    if (depth > kMaxDepth) {
        return cursor.failure(QStringLiteral("logic tree nested deeper than %1 levels").arg(kMaxDepth));
    }
    do {
        auto child = logicTree(cursor, depth + 1);
        if (auto* error = std::get_if<PostgrestError>(&child)) {
            return *error;
        }
        node.children.push_back(std::move(std::get<LogicTree>(child)));
        cursor.skipBlanks();
    } while (cursor.consume(QLatin1Char(',')));
    if (!cursor.consume(QLatin1Char(')'))) {
        return cursor.expected(QStringLiteral("\",\" or \")\""));
    }
    cursor.skipBlanks();
    return node;
}

} // namespace cc::sandbox::postgrest
