#include "app/health/HealthCheck.h"

namespace cc::health {

HealthCheck::HealthCheck(QString name, QString title, qint64 timeoutMs)
    : m_name(std::move(name))
    , m_title(std::move(title))
    , m_timeoutMs(timeoutMs) {}

HealthCheck::~HealthCheck() = default;

} // namespace cc::health
