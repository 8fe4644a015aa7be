#include "app/net/ServiceMetricsSnapshot.h"

#include <QJsonArray>

namespace cc::net {

QJsonObject ServiceMetricsSnapshot::toJson() const {
    QJsonObject byKind;
    for (const auto& [kind, count] : failuresByKind) {
        byKind.insert(Error::kindName(kind), static_cast<qint64>(count));
    }
    QJsonArray history;
    for (const CircuitBreaker::Transition& t : breakerHistory) {
        history.append(QJsonObject{{QStringLiteral("from"), CircuitBreaker::stateName(t.from)},
                                   {QStringLiteral("to"), CircuitBreaker::stateName(t.to)},
                                   {QStringLiteral("at_ms"), t.atMs},
                                   {QStringLiteral("reason"), t.reason}});
    }
    QJsonObject json{
        {QStringLiteral("service"), service},
        {QStringLiteral("base_url"), baseUrl.toString()},
        {QStringLiteral("requests"), static_cast<qint64>(requests)},
        {QStringLiteral("successes"), static_cast<qint64>(successes)},
        {QStringLiteral("failures"), static_cast<qint64>(failures)},
        {QStringLiteral("failures_by_kind"), byKind},
        {QStringLiteral("cancelled"), static_cast<qint64>(cancelled)},
        {QStringLiteral("in_flight"), static_cast<qint64>(inFlight)},
        {QStringLiteral("attempts"), static_cast<qint64>(attempts)},
        {QStringLiteral("attempt_failures"), static_cast<qint64>(attemptFailures)},
        {QStringLiteral("retries"), static_cast<qint64>(retries)},
        {QStringLiteral("retries_denied_by_budget"), static_cast<qint64>(retriesDeniedByBudget)},
        {QStringLiteral("session_replays"), static_cast<qint64>(sessionReplays)},
        {QStringLiteral("off_thread_decodes"), static_cast<qint64>(offThreadDecodes)},
        {QStringLiteral("latency"), QJsonObject{{QStringLiteral("samples"), latencySamples},
                                                {QStringLiteral("p50_ms"), latencyP50Ms},
                                                {QStringLiteral("p95_ms"), latencyP95Ms},
                                                {QStringLiteral("p99_ms"), latencyP99Ms},
                                                {QStringLiteral("max_ms"), latencyMaxMs}}},
        {QStringLiteral("breaker"),
         QJsonObject{{QStringLiteral("state"), CircuitBreaker::stateName(breakerState)},
                     {QStringLiteral("open_until_ms"), breakerOpenUntilMs},
                     {QStringLiteral("history"), history}}},
        {QStringLiteral("limiter"), QJsonObject{{QStringLiteral("queued"), queued},
                                                {QStringLiteral("available_tokens"), availableTokens},
                                                {QStringLiteral("throttled"), throttled}}},
        {QStringLiteral("retry_budget_tokens"), retryBudgetTokens},
    };
    if (lastError) {
        QJsonObject last = lastError->toJson();
        last.insert(QStringLiteral("at"), lastErrorAtUtc.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("last_error"), last);
    }
    return json;
}

} // namespace cc::net
