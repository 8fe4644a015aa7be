#pragma once

#include "app/core/Error.h"
#include "app/data/Campaign.h"

#include <QJsonArray>

#include <optional>

namespace cc::data {

// How one write ended on the server, as the repository, the outbox and the UI need to tell the cases apart.
struct WriteOutcome {
    enum class Status {
        Applied,  // done; `row` is the server's row after the write (absent for a delete)
        Conflict, // an update's base updated_at no longer matched; `server` is the current row (if any)
        NotFound, // the row does not exist (or is not visible)
        Failed,   // `error` says why; `retryable()` says whether sending again may help
    };
    Status status = Status::Failed;
    std::optional<Campaign> row;
    std::optional<Campaign> server;
    QJsonArray rpcResults; // execute_transaction: one entry per operation
    Error error;

    // Worth sending again later: no answer, a timeout, an open breaker, throttling or a 5xx. A 4xx is final.
    bool retryable() const;
    static bool isRetryable(const Error& error);
};

} // namespace cc::data
