#pragma once

#include "app/health/HealthCheck.h"

#include <functional>
#include <stdexcept>

namespace cc::health::test {

// A check whose behaviour each test scripts: answer at once, hold the answer (a hang until answer()), throw,
// or answer with garbage.
class FakeCheck final : public HealthCheck {
public:
    enum class Mode { Immediate, Hold, Throw };

    explicit FakeCheck(const QString& name, qint64 timeoutMs = 1'000, QString metrics = {})
        : HealthCheck(name, name.toUpper(), timeoutMs)
        , m_metrics(std::move(metrics)) {}

    QString metricsService() const override { return m_metrics; }

    void run(Done done) override {
        ++runs;
        if (mode == Mode::Throw) {
            throw std::runtime_error("boom: the check blew up");
        }
        if (mode == Mode::Hold) {
            held = std::move(done);
            return;
        }
        done(next);
    }
    void cancel() override { ++cancels; }

    // Delivers the held answer (a late one, after a timeout, is what the monitor must ignore).
    void answer(CheckResult result) {
        if (held) {
            auto done = held;
            done(std::move(result));
        }
    }

    Mode mode = Mode::Immediate;
    CheckResult next = CheckResult::healthy(QStringLiteral("fine"), 10);
    Done held;
    int runs = 0;
    int cancels = 0;

private:
    QString m_metrics;
};

} // namespace cc::health::test
