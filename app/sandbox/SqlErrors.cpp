#include "app/sandbox/SqlErrors.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"

#include <QRegularExpression>

namespace cc::sandbox {

postgrest::PostgrestError SqlErrors::toPostgrest(const QSqlError& error) {
    const QString text = error.databaseText();
    static const QRegularExpression check(QStringLiteral(R"(CHECK constraint failed: (\w+))"));
    static const QRegularExpression unique(QStringLiteral(R"(UNIQUE constraint failed: (\w+)\.(\w+))"));
    static const QRegularExpression notNull(QStringLiteral(R"(NOT NULL constraint failed: (\w+)\.(\w+))"));
    if (const auto match = check.match(text); match.hasMatch()) {
        return postgrest::PostgrestError::make(
            400, QStringLiteral("23514"),
            QStringLiteral("new row for relation \"campaigns\" violates check constraint \"%1\"")
                .arg(match.captured(1)),
            QStringLiteral("Failing row violates %1.").arg(match.captured(1)));
    }
    if (const auto match = unique.match(text); match.hasMatch()) {
        const QString column = match.captured(2);
        const QString constraint = column == QStringLiteral("id")
                                       ? QStringLiteral("campaigns_pkey")
                                       : QStringLiteral("campaigns_%1_key").arg(column);
        return postgrest::PostgrestError::make(
            409, QStringLiteral("23505"),
            QStringLiteral("duplicate key value violates unique constraint \"%1\"").arg(constraint),
            QStringLiteral("Key (%1) already exists.").arg(column));
    }
    if (const auto match = notNull.match(text); match.hasMatch()) {
        return postgrest::PostgrestError::make(
            400, QStringLiteral("23502"),
            QStringLiteral("null value in column \"%1\" of relation \"%2\" violates not-null constraint")
                .arg(match.captured(2), match.captured(1)));
    }
    log::warning(lcSandbox(), QStringLiteral("unexpected SQL error"),
                 {{QStringLiteral("error"), error.text()}});
    return postgrest::PostgrestError::make(500, QStringLiteral("XX000"), QStringLiteral("internal error"),
                                           error.text());
}

} // namespace cc::sandbox
