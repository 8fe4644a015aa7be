#include "app/sandbox/FaultInjector.h"

#include <QJsonValue>

#include <cmath>

namespace cc::sandbox {

namespace {

// A whole number in [minimum, maximum], or why not. QJsonValue::toInt() would turn 1e12 or 2.5 into its
// default without a word, and a cast of 1e300 to an integer is undefined.
std::optional<QString> readWhole(const QJsonValue& value, double minimum, double maximum, const QString& name,
                                 double& out) {
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum) {
        return QStringLiteral("%1 must be a whole number from %2 to %3")
            .arg(name)
            .arg(minimum, 0, 'f', 0)
            .arg(maximum, 0, 'f', 0);
    }
    out = number;
    return std::nullopt;
}

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
    double whole = 0;
    if (object.contains(QStringLiteral("latency_ms"))) {
        if (auto problem = readWhole(object.value(QStringLiteral("latency_ms")), 0, 120'000,
                                     service + QStringLiteral(".latency_ms"), whole)) {
            return problem;
        }
        rule.latencyMs = static_cast<int>(whole);
    }
    if (object.contains(QStringLiteral("retry_after"))) {
        // A day at most: a client told to wait longer has stopped being a test of anything.
        if (auto problem = readWhole(object.value(QStringLiteral("retry_after")), 0, 86'400,
                                     service + QStringLiteral(".retry_after"), whole)) {
            return problem;
        }
        rule.retryAfterSeconds = static_cast<int>(whole);
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
    static const QStringList names{QStringLiteral("rest"),     QStringLiteral("auth"),
                                   QStringLiteral("realtime"), QStringLiteral("email"),
                                   QStringLiteral("health"),   QStringLiteral("social")};
    return names;
}

std::optional<QString> FaultInjector::configure(const QJsonObject& config) {
    QHash<QString, Rule> rules = m_rules;
    std::optional<quint64> seed;
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (it.key() == QStringLiteral("seed")) {
            // Up to 2^53: every whole number a JSON double holds exactly.
            double whole = 0;
            if (auto problem = readWhole(it.value(), 0, 9007199254740992.0, QStringLiteral("seed"), whole)) {
                return problem;
            }
            seed = static_cast<quint64>(whole);
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
