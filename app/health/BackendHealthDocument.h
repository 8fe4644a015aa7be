#pragma once

#include "app/health/CheckResult.h"
#include "app/net/ApiResponse.h"

#include <QCoreApplication>

namespace cc::health {

// The backend's own GET /health document:
//   {"status":"healthy"|"unhealthy","checks":[{"name","healthy","latency_ms","error"}],"timestamp"}
// Each entry becomes a sub-check. Every part healthy: healthy. Some parts failing: degraded (the backend
// answers, a part of it does not). Every part failing, or no usable document at all: unhealthy. A document
// that does not have this shape is garbage and says so. Pure, so every case is tested without a server.
class BackendHealthDocument {
    Q_DECLARE_TR_FUNCTIONS(cc::health::BackendHealthDocument)

public:
    static CheckResult interpret(const net::ApiResponse& response);
    static CheckResult interpret(int httpStatus, const QByteArray& body, qint64 latencyMs);
};

} // namespace cc::health
