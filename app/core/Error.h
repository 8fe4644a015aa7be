#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace cc {

// What went wrong, as a value: the UI shows `message`, the log keeps `detail` (docs/architecture.md; "Errors
// are values").
enum class ErrorKind {
    None,
    Network,     // connection refused, reset, DNS, dropped mid-body
    Timeout,     // an attempt or the overall deadline ran out
    Http,        // the server answered with an error status
    CircuitOpen, // the service's breaker is open; `retryAt` says when it will try again
    RateLimited, // the client-side limiter's queue is full, or the server said 429
    Cancelled,   // the caller cancelled
    Decode,      // the body was not what the protocol promises
    Tls,         // certificate or handshake failure (never ignored)
    Validation,  // input rejected before anything was sent
    Storage,     // disk, SQLite or file errors
    Auth,        // not signed in, token refused, keychain unavailable
    Config,      // a profile or setting is unusable
    Internal,    // a bug: an invariant did not hold
};

struct Error {
    Q_DECLARE_TR_FUNCTIONS(cc::Error)

public:
    ErrorKind kind = ErrorKind::None;
    QString message;    // translated, for people
    QString detail;     // technical, for the log; never contains secrets
    int httpStatus = 0; // 0 when no HTTP answer was received
    QString
        code; // the server's machine-readable code (PostgREST "PGRST116", GoTrue "refresh_token_not_found")

    Error() = default;
    Error(ErrorKind k, QString userMessage, QString technicalDetail = {})
        : kind(k)
        , message(std::move(userMessage))
        , detail(std::move(technicalDetail)) {}

    bool isError() const { return kind != ErrorKind::None; }
    // The backend could not be reached: no answer (network, timeout, an open breaker after such failures) or
    // a 5xx (after the retries). Only then is working from the cache "offline"; a 4xx, a refused token or a
    // TLS failure is an answer, an error to show as such.
    bool isUnreachable() const;
    explicit operator bool() const { return isError(); }

    // "network", "timeout", ... : stable names for logs and JSON output.
    static QString kindName(ErrorKind kind);
    // A translated default message for a kind, used when the producer has nothing more specific to say.
    static QString defaultMessage(ErrorKind kind);

    QJsonObject toJson() const;
    // "message (detail)" for one-line output such as campaignctl's stderr.
    QString toString() const;
};

// A value or an error. Small on purpose: std::expected arrives only with C++23.
template <typename T>
class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error)) {
        Q_ASSERT(m_error.isError());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace cc
