#pragma once

#include "app/health/HealthCheck.h"
#include "app/net/ApiResponse.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

namespace cc::net {
class ApiCall;
class ApiClient;
} // namespace cc::net

namespace cc::health {

// A check that GETs one URL through the console's own ApiClient (so it carries the service's apikey and is
// subject to the same breaker: a check refused by an open breaker says so). One attempt, bounded by the
// check's timeout. The interpreter turns the answer into a result; the default one wants a 2xx whose body the
// validator accepts, and calls an answer slower than `slowMs` degraded.
class HttpHealthCheck final : public HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::health::HttpHealthCheck)

public:
    // nullopt when the body is what the endpoint promises, else what is wrong with it.
    using Validator = std::function<std::optional<QString>(const QByteArray& body)>;
    using Interpreter = std::function<CheckResult(const net::ApiResponse& response)>;

    struct Options {
        QString name;
        QString title;
        QUrl url;
        QString metricsService;
        qint64 timeoutMs = 10'000;
        qint64 slowMs = 2'000;
    };

    HttpHealthCheck(net::ApiClient& client, Options options, Interpreter interpreter);
    HttpHealthCheck(net::ApiClient& client, Options options, Validator validator);
    ~HttpHealthCheck() override;

    QString metricsService() const override { return m_options.metricsService; }
    const QUrl& url() const { return m_options.url; }
    void run(Done done) override;
    void cancel() override;

    // The default interpretation, public for tests.
    static CheckResult interpret(const net::ApiResponse& response, qint64 slowMs, const Validator& validator);
    // Validators of the standard endpoints.
    static std::optional<QString> expectJsonArray(const QByteArray& body);
    static std::optional<QString> expectJsonObject(const QByteArray& body);
    // GoTrue's /auth/v1/health: an object naming the service or its version.
    static std::optional<QString> expectGoTrueHealth(const QByteArray& body);
    // The e-mail API's /health: {"status":"healthy"}.
    static std::optional<QString> expectHealthyStatus(const QByteArray& body);

private:
    net::ApiClient& m_client;
    Options m_options;
    Interpreter m_interpreter;
    QPointer<net::ApiCall> m_call;
};

} // namespace cc::health
