#pragma once

#include "app/sandbox/Caller.h"
#include "app/sandbox/postgrest/PostgrestError.h"
#include "app/sandbox/postgrest/SqlFragment.h"

#include <optional>

namespace cc::sandbox {

// The campaigns table's row-level security, as a Supabase project would declare it:
//   using (auth.uid() = user_id) / with check (auth.uid() = user_id) for role authenticated,
//   using (true) / with check (true) for role admin, nothing for anon; service_role bypasses RLS.
class RowSecurity {
public:
    // The USING clause: which existing rows the caller may see, update and delete. Empty: all rows.
    static postgrest::SqlFragment visibleRows(const Caller& caller);
    static bool canSee(const Caller& caller, const QString& ownerId);
    // The WITH CHECK clause for a new or changed row owned by `ownerId`.
    static std::optional<postgrest::PostgrestError> checkNewRow(const Caller& caller, const QString& ownerId);
    // 42501 "new row violates row-level security policy ..." with PostgREST's status for the caller's role.
    static postgrest::PostgrestError violation(const Caller& caller, bool usingExpression = false);
};

} // namespace cc::sandbox
