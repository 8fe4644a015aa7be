#include "app/health/HttpHealthCheck.h"

#include "app/core/Redactor.h"
#include "app/net/ApiCall.h"
#include "app/net/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::health {

namespace {

// A short, secret-free excerpt of a body that was not what the endpoint promises.
QString excerpt(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(80)).simplified();
    if (body.size() > 80) {
        text += QStringLiteral("…");
    }
    return Redactor::redactText(text);
}

} // namespace

HttpHealthCheck::HttpHealthCheck(net::ApiClient& client, Options options, Interpreter interpreter)
    : HealthCheck(options.name, options.title, options.timeoutMs)
    , m_client(client)
    , m_options(std::move(options))
    , m_interpreter(std::move(interpreter)) {}

HttpHealthCheck::HttpHealthCheck(net::ApiClient& client, Options options, Validator validator)
    : HttpHealthCheck(client, options,
                      Interpreter([slowMs = options.slowMs,
                                   validator = std::move(validator)](const net::ApiResponse& response) {
                          return interpret(response, slowMs, validator);
                      })) {}

HttpHealthCheck::~HttpHealthCheck() {
    cancel();
}

void HttpHealthCheck::run(Done done) {
    cancel();
    net::ApiRequest request = net::ApiRequest::get(m_options.url);
    request.bodyFormat = net::ApiRequest::BodyFormat::Raw; // the interpreter judges the body itself
    request.setMaxAttempts(1).setAttemptTimeout(timeoutMs()).setDeadline(timeoutMs());
    net::ApiCall* call = m_client.send(request);
    m_call = call;
    QObject::connect(call, &net::ApiCall::finished, call,
                     [this, done = std::move(done)](const net::ApiResponse& response) {
                         m_call.clear();
                         done(m_interpreter(response));
                     });
}

void HttpHealthCheck::cancel() {
    if (m_call) {
        net::ApiCall* call = m_call.data();
        m_call.clear();
        QObject::disconnect(call, &net::ApiCall::finished, call, nullptr);
        call->cancel();
    }
}

CheckResult HttpHealthCheck::interpret(const net::ApiResponse& response, qint64 slowMs,
                                       const Validator& validator) {
    const qint64 latency = response.elapsedMs;
    if (!response.ok()) {
        const Error& error = response.error;
        if (error.kind == ErrorKind::CircuitOpen) {
            return CheckResult::unhealthy(tr("Refused by the open circuit breaker"), error.message);
        }
        const QString summary = response.httpStatus > 0 ? tr("HTTP %1").arg(response.httpStatus)
                                                        : Error::defaultMessage(error.kind);
        QString reason = error.message.isEmpty() ? Error::defaultMessage(error.kind) : error.message;
        return CheckResult::unhealthy(summary, Redactor::redactText(reason),
                                      response.httpStatus > 0 ? latency : -1);
    }
    if (validator) {
        if (auto problem = validator(response.body)) {
            return CheckResult::unhealthy(tr("Unexpected answer"),
                                          tr("%1: %2").arg(*problem, excerpt(response.body)), latency);
        }
    }
    if (slowMs > 0 && latency >= slowMs) {
        return CheckResult::degraded(tr("Slow: answered in %L1 ms").arg(latency),
                                     tr("The answer took %L1 ms (more than %L2 ms)").arg(latency).arg(slowMs),
                                     latency);
    }
    return CheckResult::healthy(tr("Answered in %L1 ms").arg(latency), latency);
}

std::optional<QString> HttpHealthCheck::expectJsonArray(const QByteArray& body) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return tr("not a JSON array");
    }
    return std::nullopt;
}

std::optional<QString> HttpHealthCheck::expectJsonObject(const QByteArray& body) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return tr("not a JSON object");
    }
    return std::nullopt;
}

std::optional<QString> HttpHealthCheck::expectGoTrueHealth(const QByteArray& body) {
    if (auto problem = expectJsonObject(body)) {
        return problem;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!object.value(QStringLiteral("version")).isString() &&
        !object.value(QStringLiteral("name")).isString()) {
        return tr("no version or name");
    }
    return std::nullopt;
}

std::optional<QString> HttpHealthCheck::expectHealthyStatus(const QByteArray& body) {
    if (auto problem = expectJsonObject(body)) {
        return problem;
    }
    const QString status = QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString();
    if (status != QStringLiteral("healthy") && status != QStringLiteral("ok")) {
        return tr("status is \"%1\"").arg(status);
    }
    return std::nullopt;
}

} // namespace cc::health
