#pragma once

#include "app/sandbox/CampaignMutations.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/IdempotencyStore.h"
#include "app/sandbox/RpcHandler.h"
#include "app/sandbox/TableReader.h"
#include "app/sandbox/TableWriter.h"
#include "app/sandbox/realtime/ChangeJournal.h"

#include <functional>

namespace cc::sandbox {

class KeyRing;

// The PostgREST part of the sandbox under /rest/v1: the key check and JWT role switch, then the campaigns
// table or the RPC. Every write runs in exactly one SQLite transaction (rolled back on any error, so bulk
// inserts and RPCs are all-or-nothing), and honours Idempotency-Key through IdempotencyStore inside that
// transaction.
class RestApi {
public:
    RestApi(const SandboxDatabase& database, const KeyRing& keys, const Clock& clock, RandomSource& ids);

    // A request whose path starts with /rest/v1; `subPath` is the rest ("/campaigns", "/rpc/name").
    HttpResponse handle(const HttpRequest& request, const QString& subPath);
    // True when the table answers a trivial query (for /health).
    bool probe(QString* error = nullptr) const;
    // Committed row changes, for the realtime server (set its listener).
    ChangeJournal& changes() { return m_changes; }

private:
    HttpResponse inTransaction(const HttpRequest& request, const Caller& caller,
                               const std::function<HttpResponse()>& work);

    const SandboxDatabase& m_database;
    const KeyRing& m_keys;
    const Clock& m_clock;
    ChangeJournal m_changes;
    CampaignMutations m_mutations;
    TableReader m_reader;
    TableWriter m_writer;
    RpcHandler m_rpc;
    IdempotencyStore m_idempotency;
};

} // namespace cc::sandbox
