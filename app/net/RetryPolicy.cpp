#include "app/net/RetryPolicy.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace cc::net {

namespace {

// Far beyond any cap, far below overflow when added to a monotonic timestamp.
constexpr qint64 kSaturatedMs = std::numeric_limits<qint64>::max() / 4;

int monthNumber(const QString& name) {
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    return static_cast<int>(months.indexOf(name.toLower())) + 1; // 0 when unknown
}

std::optional<QDateTime> makeUtc(int year, int month, int day, int hour, int minute, int second) {
    const QDate date(year, month, day);
    // RFC 9110 allows a leap second (60); clamp it rather than reject a real server's answer.
    const QTime time(hour, minute, std::min(second, 59));
    if (month == 0 || !date.isValid() || !time.isValid() || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

RetryPolicy::RetryPolicy(Options options)
    : m_options(options) {}

bool RetryPolicy::isIdempotentMethod(const QByteArray& method) {
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "OPTIONS" || m == "PUT" || m == "DELETE";
}

bool RetryPolicy::isRetryableMethod(const QByteArray& method, bool hasIdempotencyKey) {
    return hasIdempotencyKey || isIdempotentMethod(method);
}

bool RetryPolicy::isRetryableStatus(int httpStatus) {
    return httpStatus == 408 || httpStatus == 429 || httpStatus == 502 || httpStatus == 503 ||
           httpStatus == 504;
}

bool RetryPolicy::isRetryableFailure(const Outcome& outcome) {
    if (outcome.httpStatus != 0) {
        return isRetryableStatus(outcome.httpStatus);
    }
    return outcome.kind == ErrorKind::Network || outcome.kind == ErrorKind::Timeout;
}

qint64 RetryPolicy::backoffCeilingMs(int retryNumber) const {
    if (retryNumber < 1) {
        return 0;
    }
    qint64 ceiling = std::max<qint64>(0, m_options.baseDelayMs);
    // Doubling stops at the cap, so no shift can overflow however many retries are configured.
    for (int i = 1; i < retryNumber && ceiling < m_options.maxDelayMs; ++i) {
        ceiling *= 2;
    }
    return std::min(ceiling, m_options.maxDelayMs);
}

qint64 RetryPolicy::backoffMs(int retryNumber, RandomSource& random) const {
    const qint64 ceiling = backoffCeilingMs(retryNumber);
    return ceiling <= 0 ? 0 : random.between(0, ceiling);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc) {
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const bool allDigits = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        // More than 12 digits is over 30,000 years: saturate rather than overflow.
        if (text.size() > 12) {
            return kSaturatedMs;
        }
        return text.toLongLong() * 1000;
    }
    const std::optional<QDateTime> when = parseHttpDate(text, nowUtc);
    if (!when) {
        return std::nullopt;
    }
    const qint64 delta = nowUtc.msecsTo(*when);
    return std::clamp<qint64>(delta, 0, kSaturatedMs);
}

std::optional<QDateTime> RetryPolicy::parseHttpDate(const QByteArray& value, const QDateTime& nowUtc) {
    const QString text = QString::fromLatin1(value.trimmed());
    // Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(
        QStringLiteral(R"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    // Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    // Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));

    auto num = [](const QRegularExpressionMatch& m, int i) { return m.captured(i).trimmed().toInt(); };
    if (const auto m = imf.match(text); m.hasMatch()) {
        return makeUtc(num(m, 3), monthNumber(m.captured(2)), num(m, 1), num(m, 4), num(m, 5), num(m, 6));
    }
    if (const auto m = rfc850.match(text); m.hasMatch()) {
        // RFC 9110 §5.6.7: a two-digit year more than 50 years ahead belongs to the previous century.
        int year = 2000 + num(m, 3);
        if (year > nowUtc.date().year() + 50) {
            year -= 100;
        }
        return makeUtc(year, monthNumber(m.captured(2)), num(m, 1), num(m, 4), num(m, 5), num(m, 6));
    }
    if (const auto m = asctime.match(text); m.hasMatch()) {
        return makeUtc(num(m, 6), monthNumber(m.captured(1)), num(m, 2), num(m, 3), num(m, 4), num(m, 5));
    }
    return std::nullopt;
}

RetryPolicy::Decision RetryPolicy::decide(const QByteArray& method, bool hasIdempotencyKey,
                                          const Outcome& outcome, int attemptsMade, qint64 nowMs,
                                          qint64 deadlineMs, RandomSource& random) const {
    Decision d;
    if (outcome.kind == ErrorKind::None) {
        d.reason = QStringLiteral("succeeded");
        return d;
    }
    if (!isRetryableFailure(outcome)) {
        d.reason = QStringLiteral("failure is not retryable");
        return d;
    }
    if (!isRetryableMethod(method, hasIdempotencyKey)) {
        d.reason =
            QStringLiteral("%1 without Idempotency-Key is not retried").arg(QString::fromLatin1(method));
        return d;
    }
    if (attemptsMade >= m_options.maxAttempts) {
        d.reason = QStringLiteral("attempts exhausted (%1)").arg(m_options.maxAttempts);
        return d;
    }
    qint64 delay = 0;
    if (outcome.retryAfterMs) {
        if (*outcome.retryAfterMs > m_options.maxRetryAfterMs) {
            d.reason = QStringLiteral("Retry-After %1 ms exceeds the cap of %2 ms")
                           .arg(*outcome.retryAfterMs)
                           .arg(m_options.maxRetryAfterMs);
            return d;
        }
        delay = *outcome.retryAfterMs;
        d.fromRetryAfter = true;
    } else {
        delay = backoffMs(attemptsMade, random);
    }
    // A retry that could only start at or after the deadline would be cut off before it could answer.
    if (nowMs + delay >= deadlineMs) {
        d.fromRetryAfter = false;
        d.reason = QStringLiteral("a retry in %1 ms would pass the deadline").arg(delay);
        return d;
    }
    d.retry = true;
    d.delayMs = delay;
    d.reason = d.fromRetryAfter ? QStringLiteral("retrying after the server's Retry-After")
                                : QStringLiteral("retrying with backoff");
    return d;
}

} // namespace cc::net
