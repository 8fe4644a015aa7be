#include "app/net/ApiClient.h"

#include "app/core/UrlPolicy.h"
#include "app/net/ApiService.h"
#include "app/net/ErrorMapper.h"

#include <QNetworkAccessManager>

namespace cc::net {

ApiClient::ApiClient(Clock& clock, RandomSource& random, QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(random)
    , m_nam(nam) {
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setStrictTransportSecurityEnabled(true);
    }
}

ApiClient::~ApiClient() {
    // Calls first: their destructors abort replies and release breaker permits held on the services.
    const QSet<ApiCall*> calls = m_calls;
    for (ApiCall* call : calls) {
        delete call;
    }
    m_services.clear();
}

std::optional<QString> ApiClient::addService(const ServiceConfig& config) {
    if (const auto refused = UrlPolicy::check(config.baseUrl)) {
        return refused;
    }
    for (auto& service : m_services) {
        if (service->name() == config.name) {
            // Replacing a service while calls use it would leave them with a dangling runtime: refuse quietly
            // unless it is idle. Profiles switch by building a new client.
            for (ApiCall* call : std::as_const(m_calls)) {
                if (call->m_service == service.get() && !call->isFinished()) {
                    return tr("The service \"%1\" is busy and cannot be reconfigured now.").arg(config.name);
                }
            }
            service = std::make_unique<ApiService>(config, m_clock);
            connect(service.get(), &ApiService::breakerStateChanged, this,
                    [this, name = config.name](CircuitBreaker::State from, CircuitBreaker::State to,
                                               const QString& reason) {
                        emit breakerStateChanged(name, from, to, reason);
                    });
            return std::nullopt;
        }
    }
    addRuntime(config);
    return std::nullopt;
}

ApiService* ApiClient::addRuntime(const ServiceConfig& config) {
    auto service = std::make_unique<ApiService>(config, m_clock);
    connect(service.get(), &ApiService::breakerStateChanged, this,
            [this, name = config.name](CircuitBreaker::State from, CircuitBreaker::State to,
                                       const QString& reason) {
                emit breakerStateChanged(name, from, to, reason);
            });
    m_services.push_back(std::move(service));
    return m_services.back().get();
}

QStringList ApiClient::serviceNames() const {
    QStringList names;
    for (const auto& service : m_services) {
        names << service->name();
    }
    return names;
}

ApiCall* ApiClient::send(ApiRequest request) {
    Error refused;
    ApiService* service = nullptr;
    if (const auto reason = UrlPolicy::check(request.url)) {
        refused = ErrorMapper::refusedUrl(*reason);
    } else {
        service = serviceFor(request.url);
    }
    auto* call = new ApiCall(*this, service, std::move(request), m_nextCallId++, refused);
    m_calls.insert(call);
    return call;
}

std::optional<ServiceMetricsSnapshot> ApiClient::metrics(const QString& service) const {
    for (const auto& s : m_services) {
        if (s->name() == service) {
            return s->snapshot();
        }
    }
    return std::nullopt;
}

QList<ServiceMetricsSnapshot> ApiClient::allMetrics() const {
    QList<ServiceMetricsSnapshot> all;
    for (const auto& s : m_services) {
        all.append(s->snapshot());
    }
    return all;
}

bool ApiClient::resetBreaker(const QString& service) {
    for (const auto& s : m_services) {
        if (s->name() == service) {
            s->resetBreaker(tr("reset by hand"));
            return true;
        }
    }
    return false;
}

ApiService* ApiClient::serviceFor(const QUrl& url) {
    ApiService* best = nullptr;
    int bestLength = -1;
    for (const auto& s : m_services) {
        const int length = s->matchLength(url);
        if (length > bestLength) {
            best = s.get();
            bestLength = length;
        }
    }
    if (best) {
        return best;
    }
    // An unconfigured origin: its own breaker and limiter, and no credentials.
    ServiceConfig config;
    config.baseUrl =
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    config.name = config.baseUrl.authority();
    config.sendBearerToken = false;
    return addRuntime(config);
}

} // namespace cc::net
