#include "app/sandbox/RowSecurity.h"

#include "app/sandbox/CampaignTable.h"

namespace cc::sandbox {

postgrest::SqlFragment RowSecurity::visibleRows(const Caller& caller) {
    if (caller.seesAllRows()) {
        return {};
    }
    if (caller.role == Caller::Role::Authenticated) {
        return {postgrest::quoteIdentifier(CampaignTable::kOwner) + QStringLiteral(" = ?"), {caller.userId}};
    }
    return {QStringLiteral("0"), {}}; // anon: no policy, no rows
}

bool RowSecurity::canSee(const Caller& caller, const QString& ownerId) {
    return caller.seesAllRows() || (caller.role == Caller::Role::Authenticated && ownerId == caller.userId);
}

std::optional<postgrest::PostgrestError> RowSecurity::checkNewRow(const Caller& caller,
                                                                  const QString& ownerId) {
    if (canSee(caller, ownerId)) {
        return std::nullopt;
    }
    return violation(caller);
}

postgrest::PostgrestError RowSecurity::violation(const Caller& caller, bool usingExpression) {
    return postgrest::PostgrestError::make(
        caller.permissionDeniedStatus(), QStringLiteral("42501"),
        usingExpression
            ? QStringLiteral("new row violates row-level security policy (USING expression) for table "
                             "\"campaigns\"")
            : QStringLiteral("new row violates row-level security policy for table \"campaigns\""));
}

} // namespace cc::sandbox
