#include "app/sandbox/FaultInjector.h"

#include <QJsonValue>

namespace cc::sandbox {

namespace {

std::optional<QString> readRule(const QString& service, const QJsonObject& object,
                                FaultInjector::Rule& rule) {
    static const QStringList known{QStringLiteral("error_rate"), QStringLiteral("status"),
                                   QStringLiteral("latency_ms"), QStringLiteral("retry_after"),
                                   QStringLiteral("drop_rate")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return QStringLiteral("%1: unknown setting \"%2\"").arg(service, it.key());
        }
        if (!it.value().isDouble()) {
            return QStringLiteral("%1.%2 must be a number").arg(service, it.key());
        }
    }
    const auto rate = [&](const char* key, double& out) -> std::optional<QString> {
        if (object.contains(QLatin1String(key))) {
            out = object.value(QLatin1String(key)).toDouble();
            if (out < 0.0 || out > 1.0) {
                return QStringLiteral("%1.%2 must be between 0 and 1").arg(service, QLatin1String(key));
            }
        }
        return std::nullopt;
    };
    if (auto problem = rate("error_rate", rule.errorRate)) {
        return problem;
    }
    if (auto problem = rate("drop_rate", rule.dropRate)) {
        return problem;
    }
    if (object.contains(QStringLiteral("status"))) {
        rule.status = object.value(QStringLiteral("status")).toInt();
        if (rule.status < 400 || rule.status > 599) {
            return QStringLiteral("%1.status must be an HTTP error status (400-599)").arg(service);
        }
        if (!object.contains(QStringLiteral("error_rate"))) {
            rule.errorRate = 1.0;
        }
    }
    rule.latencyMs = object.value(QStringLiteral("latency_ms")).toInt(rule.latencyMs);
    rule.retryAfterSeconds = object.value(QStringLiteral("retry_after")).toInt(rule.retryAfterSeconds);
    if (rule.latencyMs < 0 || rule.latencyMs > 120'000) {
        return QStringLiteral("%1.latency_ms must be between 0 and 120000").arg(service);
    }
    if (rule.retryAfterSeconds < 0) {
        return QStringLiteral("%1.retry_after must not be negative").arg(service);
    }
    return std::nullopt;
}

} // namespace

QJsonObject FaultInjector::Rule::toJson() const {
    QJsonObject out{{QStringLiteral("error_rate"), errorRate},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("latency_ms"), latencyMs},
                    {QStringLiteral("drop_rate"), dropRate}};
    if (retryAfterSeconds > 0) {
        out.insert(QStringLiteral("retry_after"), retryAfterSeconds);
    }
    return out;
}

FaultInjector::FaultInjector(quint64 seed)
    : m_seed(seed)
    , m_random(seed) {}

const QStringList& FaultInjector::services() {
    static const QStringList names{QStringLiteral("rest"), QStringLiteral("auth"), QStringLiteral("realtime"),
                                   QStringLiteral("email"), QStringLiteral("health")};
    return names;
}

std::optional<QString> FaultInjector::configure(const QJsonObject& config) {
    QHash<QString, Rule> rules = m_rules;
    std::optional<quint64> seed;
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (it.key() == QStringLiteral("seed")) {
            if (!it.value().isDouble() || it.value().toDouble() < 0) {
                return QStringLiteral("seed must be a non-negative number");
            }
            seed = static_cast<quint64>(it.value().toDouble());
            continue;
        }
        if (!services().contains(it.key())) {
            return QStringLiteral("unknown service \"%1\" (expected one of %2)")
                .arg(it.key(), services().join(QStringLiteral(", ")));
        }
        if (!it.value().isObject()) {
            return QStringLiteral("%1 must be an object").arg(it.key());
        }
        Rule rule = rules.value(it.key());
        if (auto problem = readRule(it.key(), it.value().toObject(), rule)) {
            return problem;
        }
        rules.insert(it.key(), rule);
    }
    m_rules = rules;
    if (seed) {
        m_seed = *seed;
        m_random = SeededRandom(*seed);
    }
    return std::nullopt;
}

void FaultInjector::clear() {
    m_rules.clear();
    m_random = SeededRandom(m_seed);
}

QJsonObject FaultInjector::toJson() const {
    QJsonObject out{{QStringLiteral("seed"), static_cast<qint64>(m_seed)}};
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        out.insert(it.key(), it->toJson());
    }
    return out;
}

FaultInjector::Decision FaultInjector::decide(const QString& service) {
    Decision decision;
    const auto rule = m_rules.constFind(service);
    if (rule == m_rules.cend()) {
        return decision;
    }
    decision.delayMs = rule->latencyMs;
    // Both draws happen for every request, so one rule's rate does not shift the other's sequence.
    const double dropDraw = m_random.uniform01();
    const double errorDraw = m_random.uniform01();
    if (dropDraw < rule->dropRate) {
        decision.drop = true;
        return decision;
    }
    if (errorDraw < rule->errorRate) {
        decision.status = rule->status;
        decision.retryAfterSeconds = rule->retryAfterSeconds;
    }
    return decision;
}

std::optional<FaultInjector::Rule> FaultInjector::rule(const QString& service) const {
    const auto it = m_rules.constFind(service);
    if (it == m_rules.cend()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace cc::sandbox
