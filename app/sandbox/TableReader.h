#pragma once

#include "app/sandbox/Caller.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/SqliteStatements.h"

#include <optional>

namespace cc::sandbox {

class SandboxDatabase;

// GET and HEAD on /rest/v1/campaigns: the grammar's ReadQuery plus row-level security, paging by limit/offset
// and by Range headers (intersected, as PostgREST does), the 1000-row cap, exact counts with Content-Range
// and 206/416, and singular responses.
class TableReader {
public:
    explicit TableReader(const SandboxDatabase& database);

    HttpResponse read(const HttpRequest& request, const Caller& caller);

    // "a-b" / "a-" of a Range header in items; nullopt when absent or not an items range.
    struct Range {
        qint64 first = 0;
        std::optional<qint64> last;
    };
    static std::optional<Range> parseRange(const HttpRequest& request);

private:
    const SandboxDatabase& m_database;
    SqliteStatements m_statements; // reads render JSON straight from SQLite (the hot path)
};

} // namespace cc::sandbox
