#pragma once

#include "app/sandbox/Caller.h"
#include "app/sandbox/CampaignMutations.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

namespace cc::sandbox {

// POST /rest/v1/rpc/<function>. The sandbox has one function, execute_transaction, the console's unit of
// work:
//   {"operations":[{"op":"insert|update|delete","table":"campaigns","values":{...},"match":{...}}, ...]}
// Every operation runs under the caller's row-level security inside the request's single transaction, so the
// batch applies entirely or not at all. The answer lists each operation's affected rows:
//   {"operations":[{"index":0,"op":"insert","count":1,"rows":[{...}]}, ...]}
// An error keeps PostgREST's shape and code and names the failing operation: "operation 2 (update): ...".
class RpcHandler {
public:
    static constexpr int kMaxOperations = 1000;

    explicit RpcHandler(CampaignMutations& mutations);

    HttpResponse call(const HttpRequest& request, const QString& function, const Caller& caller);

private:
    HttpResponse executeTransaction(const HttpRequest& request, const Caller& caller);
    // `match` as an equality filter ("a" = ? AND "b" IS NULL), typed per column.
    static std::variant<postgrest::SqlFragment, postgrest::PostgrestError>
    matchFilter(const QJsonObject& match);

    CampaignMutations& m_mutations;
};

} // namespace cc::sandbox
