#include "app/health/HealthMonitor.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/net/ApiClient.h"

#include <exception>

namespace cc::health {

HealthMonitor::HealthMonitor(const Clock& clock, HealthScheduler& scheduler, Options options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_options(options) {}

HealthMonitor::HealthMonitor(const Clock& clock, HealthScheduler& scheduler, QObject* parent)
    : HealthMonitor(clock, scheduler, Options{}, parent) {}

HealthMonitor::~HealthMonitor() {
    stop();
    clearChecks();
}

HealthCheck* HealthMonitor::addCheck(std::unique_ptr<HealthCheck> check) {
    auto entry = std::make_unique<Entry>();
    entry->metrics = MetricsWindow(m_options.errorWindowMs);
    entry->check = std::move(check);
    HealthCheck* raw = entry->check.get();
    entry->view.name = raw->name();
    entry->view.title = raw->title();
    m_entries.push_back(std::move(entry));
    refresh(*m_entries.back());
    emit checksChanged();
    return raw;
}

void HealthMonitor::clearChecks() {
    for (const auto& entry : m_entries) {
        if (entry->running) {
            m_scheduler.cancel(entry->timeout);
            entry->check->cancel();
            --m_pending;
        }
    }
    const bool had = !m_entries.empty();
    m_entries.clear();
    m_pending = 0;
    if (had) {
        emit checksChanged();
    }
}

void HealthMonitor::watch(net::ApiClient* client) {
    QObject::disconnect(m_breakerConnection);
    m_client = client;
    if (client == nullptr) {
        m_metrics = {};
        return;
    }
    m_metrics = [this](const QString& service) -> std::optional<net::ServiceMetricsSnapshot> {
        return m_client ? m_client->metrics(service) : std::nullopt;
    };
    m_breakerConnection = connect(client, &net::ApiClient::breakerStateChanged, this,
                                  [this](const QString& service) { refreshService(service); });
}

void HealthMonitor::setMetricsSource(MetricsSource source) {
    m_metrics = std::move(source);
}

void HealthMonitor::start() {
    if (m_started) {
        return;
    }
    m_started = true;
    m_startedAtMs = m_clock.monotonicMs();
    checkNow();
    scheduleNext();
}

void HealthMonitor::stop() {
    m_started = false;
    if (m_nextRound != 0) {
        m_scheduler.cancel(m_nextRound);
        m_nextRound = 0;
    }
}

void HealthMonitor::scheduleNext() {
    if (!m_started) {
        return;
    }
    m_nextRound = m_scheduler.schedule(m_options.intervalMs, [this] {
        m_nextRound = 0;
        checkNow();
        scheduleNext();
    });
}

void HealthMonitor::checkNow() {
    int started = 0;
    for (const auto& entry : m_entries) {
        if (!entry->running) {
            ++started;
        }
    }
    if (started == 0) {
        return;
    }
    emit roundStarted();
    // Copy the names first: a check that answers at once may lead a slot to change the list.
    QStringList names;
    for (const auto& entry : m_entries) {
        if (!entry->running) {
            entry->running = true;
            ++m_pending;
            names << entry->check->name();
        }
    }
    for (const QString& name : names) {
        if (Entry* entry = find(name)) {
            runCheck(*entry);
        }
    }
}

void HealthMonitor::runCheck(Entry& entry) {
    const quint64 generation = ++entry.generation;
    const QString name = entry.check->name();
    const qint64 timeoutMs = entry.check->timeoutMs();
    entry.timeout = m_scheduler.schedule(timeoutMs, [this, name, generation, timeoutMs] {
        Entry* timedOut = find(name);
        if (timedOut == nullptr || timedOut->generation != generation || !timedOut->running) {
            return;
        }
        timedOut->timeout = 0;
        timedOut->check->cancel();
        finishRun(name, generation,
                  CheckResult::unhealthy(tr("No answer"), tr("The check did not answer within %L1 s")
                                                              .arg(static_cast<double>(timeoutMs) / 1000.0)));
    });
    QPointer<HealthMonitor> self(this);
    try {
        entry.check->run([self, name, generation](CheckResult result) {
            if (self) {
                self->finishRun(name, generation, std::move(result));
            }
        });
    } catch (const std::exception& e) {
        finishRun(name, generation,
                  CheckResult::unhealthy(tr("The check failed"), QString::fromUtf8(e.what())));
    } catch (...) {
        finishRun(name, generation,
                  CheckResult::unhealthy(tr("The check failed"), tr("It threw an unknown exception")));
    }
}

void HealthMonitor::finishRun(const QString& name, quint64 generation, CheckResult result) {
    Entry* entry = find(name);
    if (entry == nullptr || entry->generation != generation || !entry->running) {
        return; // late, repeated, or for a check that is gone
    }
    entry->running = false;
    if (entry->timeout != 0) {
        m_scheduler.cancel(entry->timeout);
        entry->timeout = 0;
    }
    QString why;
    if (!result.isWellFormed(&why)) {
        log::warning(lcHealth(), QStringLiteral("health check returned garbage"),
                     {{QStringLiteral("check"), name}, {QStringLiteral("why"), why}});
        result = CheckResult::unhealthy(tr("Invalid result"),
                                        tr("The check returned an invalid result: %1").arg(why));
    }
    result.checkedAtUtc = m_clock.nowUtc();
    if (result.state == HealthState::Healthy) {
        entry->everHealthy = true;
    }
    entry->last = result;
    refresh(*entry);
    const ServiceHealth view = entry->view; // a slot below may clear the checks
    --m_pending;
    emit checked(view);
    if (m_pending == 0) {
        emit roundFinished();
    }
}

HealthMonitor::Entry* HealthMonitor::find(const QString& name) {
    for (const auto& entry : m_entries) {
        if (entry->check->name() == name) {
            return entry.get();
        }
    }
    return nullptr;
}

void HealthMonitor::refreshService(const QString& metricsService) {
    for (const auto& entry : m_entries) {
        if (!metricsService.isEmpty() && entry->check->metricsService() == metricsService) {
            refresh(*entry);
        }
    }
}

void HealthMonitor::refresh(Entry& entry) {
    HealthAggregator::Input input;
    input.name = entry.check->name();
    input.title = entry.check->title();
    input.check = entry.last;
    input.everHealthy = entry.everHealthy;
    input.inGrace = m_started && m_clock.monotonicMs() - m_startedAtMs < m_options.graceMs;
    const QString service = entry.check->metricsService();
    if (!service.isEmpty() && m_metrics) {
        if (const auto snapshot = m_metrics(service)) {
            input.client = entry.metrics.update(*snapshot, m_clock.monotonicMs(), m_clock.nowUtc());
        }
    }
    const HealthState before = entry.view.state;
    entry.view = HealthAggregator::merge(input, m_options.thresholds);
    emit serviceUpdated(entry.view);
    if (entry.view.state != before) {
        log::info(lcHealth(), QStringLiteral("service state changed"),
                  {{QStringLiteral("service"), entry.view.name},
                   {QStringLiteral("from"), HealthStates::key(before)},
                   {QStringLiteral("to"), HealthStates::key(entry.view.state)},
                   {QStringLiteral("reason"), entry.view.reason}});
        emit stateChanged(entry.view, before);
    }
}

QList<ServiceHealth> HealthMonitor::services() const {
    QList<ServiceHealth> list;
    for (const auto& entry : m_entries) {
        list.append(entry->view);
    }
    return list;
}

std::optional<ServiceHealth> HealthMonitor::service(const QString& name) const {
    for (const auto& entry : m_entries) {
        if (entry->check->name() == name) {
            return entry->view;
        }
    }
    return std::nullopt;
}

HealthAggregator::Overall HealthMonitor::overall() const {
    return HealthAggregator::overall(services());
}

HealthCheck* HealthMonitor::check(const QString& name) const {
    for (const auto& entry : m_entries) {
        if (entry->check->name() == name) {
            return entry->check.get();
        }
    }
    return nullptr;
}

} // namespace cc::health
