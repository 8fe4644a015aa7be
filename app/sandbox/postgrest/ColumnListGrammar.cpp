#include "app/sandbox/postgrest/ColumnListGrammar.h"

#include "app/sandbox/postgrest/FilterGrammar.h"
#include "app/sandbox/postgrest/GrammarCursor.h"

#include <limits>

namespace cc::sandbox::postgrest {

namespace {

const QString kFieldExpectation = QStringLiteral("field name (* or [a..z0..9_$])");

// Skips "(...)" with nested parentheses and quoted names; false if unbalanced or nested too deep.
bool skipBalanced(GrammarCursor& cursor) {
    int depth = 0;
    do {
        if (cursor.atEnd()) {
            return false;
        }
        if (cursor.quotedValue()) {
            continue;
        }
        const QChar c = cursor.peek();
        cursor.reset(cursor.position() + 1);
        if (c == QLatin1Char('(')) {
            if (++depth > FilterGrammar::kMaxDepth) {
                return false;
            }
        } else if (c == QLatin1Char(')')) {
            --depth;
        }
    } while (depth > 0);
    return true;
}

bool atItemEnd(const GrammarCursor& cursor) {
    return cursor.atEnd() || cursor.peek() == QLatin1Char(',');
}

} // namespace

std::variant<QList<SelectField>, PostgrestError> ColumnListGrammar::parseSelect(const QString& select) {
    GrammarCursor cursor(QStringLiteral("select parameter"), select, select);
    QList<SelectField> fields;
    do {
        cursor.skipBlanks();
        SelectField field;
        if (cursor.consume(QLatin1Char('*'))) {
            field.name = QStringLiteral("*");
        } else {
            std::optional<QString> name = cursor.fieldName();
            if (!name) {
                return cursor.expected(kFieldExpectation);
            }
            if (cursor.peek() == QLatin1Char(':') && !cursor.lookingAt(QLatin1String("::"))) {
                cursor.consume(QLatin1Char(':'));
                field.alias = *name;
                cursor.skipBlanks();
                name = cursor.fieldName();
                if (!name) {
                    return cursor.expected(kFieldExpectation);
                }
            }
            field.name = *name;
            if (cursor.peek() == QLatin1Char('!') || cursor.peek() == QLatin1Char('(')) {
                field.embed = true;
                cursor.takeUntilAny(u"(,");
                if (cursor.peek() != QLatin1Char('(') || !skipBalanced(cursor)) {
                    return cursor.expected(QStringLiteral("\")\""));
                }
            } else if (cursor.consume(QLatin1String("::"))) {
                field.cast = cursor.takeUntilAny(u",").trimmed();
                if (field.cast.isEmpty()) {
                    return cursor.expected(QStringLiteral("letter or digit"));
                }
            }
        }
        cursor.skipBlanks();
        if (!atItemEnd(cursor)) {
            return cursor.expected(QStringLiteral("\"::\", \",\" or end of input"));
        }
        fields.append(field);
    } while (cursor.consume(QLatin1Char(',')));
    return fields;
}

std::variant<QList<OrderTerm>, PostgrestError> ColumnListGrammar::parseOrder(const QString& order) {
    GrammarCursor cursor(QStringLiteral("order"), order, order);
    QList<OrderTerm> terms;
    do {
        cursor.skipBlanks();
        std::optional<QString> name = cursor.fieldName();
        if (!name) {
            return cursor.expected(kFieldExpectation);
        }
        OrderTerm term;
        term.column = *name;
        cursor.skipBlanks();
        const qsizetype beforeDirection = cursor.position();
        if (cursor.consume(QLatin1String(".asc"))) {
            term.descending = false;
        } else if (cursor.consume(QLatin1String(".desc"))) {
            term.descending = true;
        }
        // ".ascending" is not ".asc" followed by something: PostgREST fails it the same way.
        const bool hadDirection = cursor.position() != beforeDirection;
        if (cursor.consume(QLatin1String(".nullsfirst"))) {
            term.nullsFirst = true;
        } else if (cursor.consume(QLatin1String(".nullslast"))) {
            term.nullsFirst = false;
        } else if (cursor.peek() == QLatin1Char('.')) {
            cursor.reset(cursor.position() + 1);
            return cursor.expected(
                hadDirection ? QStringLiteral("\"nullsfirst\" or \"nullslast\"")
                             : QStringLiteral("\"asc\", \"desc\", \"nullsfirst\" or \"nullslast\""));
        }
        cursor.skipBlanks();
        if (!atItemEnd(cursor)) {
            return cursor.expected(QStringLiteral("delimiter (.), \",\" or end of input"));
        }
        terms.append(term);
    } while (cursor.consume(QLatin1Char(',')));
    return terms;
}

std::variant<qint64, PostgrestError> ColumnListGrammar::parseCount(const QString& what,
                                                                   const QString& value) {
    GrammarCursor cursor(what + QStringLiteral(" parameter"), value, value);
    qint64 result = 0;
    if (cursor.atEnd()) {
        return cursor.expected(QStringLiteral("digit"));
    }
    while (!cursor.atEnd()) {
        const QChar c = cursor.peek();
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return cursor.expected(QStringLiteral("digit"));
        }
        if (result > (std::numeric_limits<qint64>::max() - 9) / 10) {
            return cursor.failure(QStringLiteral("number too large"));
        }
        result = result * 10 + (c.unicode() - '0');
        cursor.reset(cursor.position() + 1);
    }
    return result;
}

} // namespace cc::sandbox::postgrest
