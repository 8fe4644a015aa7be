#include "app/net/RetryBudget.h"

#include <algorithm>
#include <cmath>

namespace cc::net {

RetryBudget::RetryBudget()
    : RetryBudget(Options{}) {}

RetryBudget::RetryBudget(Options options)
    : m_maxMilliTokens(std::max<qint64>(1, options.maxTokens) * 1000)
    , m_ratioMilliTokens(std::max<qint64>(0, std::llround(options.tokenRatio * 1000.0)))
    , m_milliTokens(m_maxMilliTokens) {}

bool RetryBudget::canRetry() const {
    return m_milliTokens > m_maxMilliTokens / 2;
}

void RetryBudget::recordFailure() {
    m_milliTokens = std::max<qint64>(0, m_milliTokens - 1000);
}

void RetryBudget::recordSuccess() {
    m_milliTokens = std::min(m_maxMilliTokens, m_milliTokens + m_ratioMilliTokens);
}

} // namespace cc::net
