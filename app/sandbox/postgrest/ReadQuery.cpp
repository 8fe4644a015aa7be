#include "app/sandbox/postgrest/ReadQuery.h"

namespace cc::sandbox::postgrest {

namespace {
// Enum values come from the schema, never from a request, so writing them as literals is safe.
QString sqlLiteral(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

QString ReadQuery::orderBySql() const {
    QStringList parts;
    for (const OrderTerm& term : order) {
        QString key = quoteIdentifier(term.column);
        if (!term.enumOrder.isEmpty()) {
            // PostgreSQL sorts enums by declaration order, not alphabetically.
            QString cases = QStringLiteral("CASE ") + key;
            for (qsizetype i = 0; i < term.enumOrder.size(); ++i) {
                cases += QStringLiteral(" WHEN %1 THEN %2").arg(sqlLiteral(term.enumOrder.at(i))).arg(i);
            }
            key = cases + QStringLiteral(" END");
        }
        const bool nullsFirst = term.nullsFirst.value_or(term.descending);
        parts.append(key + (term.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) +
                     (nullsFirst ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST")));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace cc::sandbox::postgrest
