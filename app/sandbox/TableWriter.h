#pragma once

#include "app/sandbox/Caller.h"
#include "app/sandbox/CampaignMutations.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

namespace cc::sandbox {

// POST, PATCH and DELETE on /rest/v1/campaigns with PostgREST's statuses and preferences: 201/200 for inserts
// and upserts, 204 or 200 + rows for updates and deletes, return=minimal|representation|headers-only,
// count=exact, ?columns=, ?on_conflict= and resolution=merge-duplicates|ignore-duplicates. Like a Supabase
// project (which runs pg-safeupdate), an UPDATE or DELETE without any filter is refused. Runs inside the
// caller's transaction.
class TableWriter {
public:
    explicit TableWriter(CampaignMutations& mutations);

    // Rows in one insert. The sandbox serves every client on one thread, so one request's writes hold up
    // everyone else's: 1,000 rows took 444 ms in a Debug build (about 0.44 ms a row), this many keep it under
    // 100 ms (tests/integration/sandbox/SandboxHostileClientTest), where 60,000 rows in one request once
    // blocked every other client for 16 s. More is refused with 413; the client sends them in several
    // requests.
    static constexpr int kMaxInsertRows = 150;

    HttpResponse insert(const HttpRequest& request, const Caller& caller);
    HttpResponse update(const HttpRequest& request, const Caller& caller);
    HttpResponse remove(const HttpRequest& request, const Caller& caller);

    // ?columns=a,b or "a","b" (postgrest-js quotes them); nullopt (with the error) for an unknown column.
    static std::variant<QStringList, postgrest::PostgrestError> parseColumns(const QString& value);

private:
    // Turns a mutation's outcome into the response the preferences ask for.
    HttpResponse respond(const HttpRequest& request, const CampaignMutations::Outcome& outcome, int status);
    std::variant<QStringList, postgrest::PostgrestError> returningColumns(const HttpRequest& request) const;

    CampaignMutations& m_mutations;
};

} // namespace cc::sandbox
