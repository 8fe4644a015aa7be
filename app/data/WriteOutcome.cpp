#include "app/data/WriteOutcome.h"

namespace cc::data {

bool WriteOutcome::isRetryable(const Error& error) {
    switch (error.kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::CircuitOpen:
    case ErrorKind::RateLimited:
        return true;
    case ErrorKind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 408 || error.httpStatus == 429;
    // An expired session is renewed by the session component; the edit waits for it.
    case ErrorKind::Auth:
        return true;
    default:
        return false;
    }
}

bool WriteOutcome::retryable() const {
    return status == Status::Failed && isRetryable(error);
}

} // namespace cc::data
