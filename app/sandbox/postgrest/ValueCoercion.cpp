#include "app/sandbox/postgrest/ValueCoercion.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>
#include <limits>
#include <optional>

namespace cc::sandbox::postgrest {

namespace {

PostgrestError invalidSyntax(const Column& column, const QString& text) {
    return PostgrestError::make(
        400, QStringLiteral("22P02"),
        QStringLiteral("invalid input syntax for type %1: \"%2\"").arg(postgresTypeName(column), text));
}

PostgrestError outOfRange(const QString& text) {
    return PostgrestError::make(400, QStringLiteral("22008"),
                                QStringLiteral("date/time field value out of range: \"%1\"").arg(text));
}

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads exactly `count` ASCII digits at `pos`.
std::optional<int> digits(QStringView text, qsizetype& pos, int count) {
    if (pos + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (!isAsciiDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    pos += count;
    return value;
}

// One or two digits (PostgreSQL accepts "2024-1-5").
std::optional<int> shortNumber(QStringView text, qsizetype& pos) {
    if (auto two = digits(text, pos, 2)) {
        return two;
    }
    return digits(text, pos, 1);
}

struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
};

std::optional<DateParts> dateParts(QStringView text, qsizetype& pos) {
    auto year = digits(text, pos, 4);
    if (!year || pos >= text.size() || text.at(pos) != QLatin1Char('-')) {
        return std::nullopt;
    }
    ++pos;
    auto month = shortNumber(text, pos);
    if (!month || pos >= text.size() || text.at(pos) != QLatin1Char('-')) {
        return std::nullopt;
    }
    ++pos;
    auto day = shortNumber(text, pos);
    if (!day) {
        return std::nullopt;
    }
    return DateParts{*year, *month, *day};
}

enum class TimestampStatus { Ok, Syntax, Range };

struct TimestampValue {
    TimestampStatus status = TimestampStatus::Syntax;
    QDate date;
    QString canonical;
};

// ISO 8601 as PostgreSQL's timestamptz input takes it: date, optional [T ]HH:MM[:SS[.ffffff]], optional zone
// (Z, +HH, +HHMM, +HH:MM, possibly after a space).
TimestampValue parseTimestamp(QStringView text) {
    TimestampValue result;
    qsizetype pos = 0;
    const auto date = dateParts(text, pos);
    if (!date) {
        return result;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    int micros = 0;
    int offsetSeconds = 0;
    if (pos < text.size() && (text.at(pos) == QLatin1Char('T') || text.at(pos) == QLatin1Char('t') ||
                              text.at(pos) == QLatin1Char(' '))) {
        ++pos;
        auto h = digits(text, pos, 2);
        if (!h || pos >= text.size() || text.at(pos) != QLatin1Char(':')) {
            return result;
        }
        ++pos;
        auto m = digits(text, pos, 2);
        if (!m) {
            return result;
        }
        hour = *h;
        minute = *m;
        if (pos < text.size() && text.at(pos) == QLatin1Char(':')) {
            ++pos;
            auto s = digits(text, pos, 2);
            if (!s) {
                return result;
            }
            second = *s;
            if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
                ++pos;
                int count = 0;
                while (pos < text.size() && isAsciiDigit(text.at(pos))) {
                    if (count < 6) {
                        micros = micros * 10 + (text.at(pos).unicode() - '0');
                    }
                    ++count;
                    ++pos;
                }
                if (count == 0) {
                    return result;
                }
                for (int i = count; i < 6; ++i) {
                    micros *= 10;
                }
            }
        }
        if (pos < text.size() && text.at(pos) == QLatin1Char(' ')) {
            ++pos;
        }
        if (pos < text.size()) {
            const QChar sign = text.at(pos);
            if (sign == QLatin1Char('Z') || sign == QLatin1Char('z')) {
                ++pos;
            } else if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
                ++pos;
                auto oh = digits(text, pos, 2);
                if (!oh) {
                    return result;
                }
                int om = 0;
                if (pos < text.size() && text.at(pos) == QLatin1Char(':')) {
                    ++pos;
                }
                if (pos < text.size()) {
                    auto parsed = digits(text, pos, 2);
                    if (!parsed) {
                        return result;
                    }
                    om = *parsed;
                }
                if (*oh > 15 || om > 59) {
                    result.status = TimestampStatus::Range;
                    return result;
                }
                offsetSeconds = (*oh * 3600 + om * 60) * (sign == QLatin1Char('-') ? -1 : 1);
            }
        }
    }
    if (pos != text.size()) {
        return result;
    }
    const QDate calendarDate(date->year, date->month, date->day);
    const QTime time(hour, minute, second);
    if (!calendarDate.isValid() || !time.isValid()) {
        result.status = TimestampStatus::Range;
        return result;
    }
    // Shift by hand: QTimeZone only takes offsets up to 14 hours, PostgreSQL up to 15:59.
    const QDateTime utc = QDateTime(calendarDate, time, Qt::UTC).addSecs(-offsetSeconds);
    if (!utc.isValid() || utc.date().year() < 1 || utc.date().year() > 9999) {
        // Outside four-digit years the canonical text would lose its fixed width (and so its order).
        result.status = TimestampStatus::Range;
        return result;
    }
    result.status = TimestampStatus::Ok;
    result.date = calendarDate;
    result.canonical = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
                       QStringLiteral(".%1+00:00").arg(micros, 6, 10, QLatin1Char('0'));
    return result;
}

std::variant<QVariant, PostgrestError> uuidValue(const Column& column, const QString& text) {
    QStringView body(text);
    if (body.startsWith(QLatin1Char('{')) && body.endsWith(QLatin1Char('}'))) {
        body = body.mid(1, body.size() - 2);
    }
    QString hex;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('-')) {
            // PostgreSQL allows a hyphen after any group of four hex digits.
            if (hex.isEmpty() || hex.size() % 4 != 0 || i + 1 == body.size() || body.at(i + 1) == c) {
                return invalidSyntax(column, text);
            }
            continue;
        }
        if (!isAsciiDigit(c) && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))) {
            return invalidSyntax(column, text);
        }
        hex.append(c.toLower());
    }
    if (hex.size() != 32) {
        return invalidSyntax(column, text);
    }
    return QVariant(hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
                    QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20));
}

std::variant<QVariant, PostgrestError> integerValue(const Column& column, const QString& text) {
    const QString trimmed = text.trimmed();
    qsizetype pos = 0;
    if (pos < trimmed.size() &&
        (trimmed.at(pos) == QLatin1Char('+') || trimmed.at(pos) == QLatin1Char('-'))) {
        ++pos;
    }
    if (pos == trimmed.size()) {
        return invalidSyntax(column, text);
    }
    for (qsizetype i = pos; i < trimmed.size(); ++i) {
        if (!isAsciiDigit(trimmed.at(i))) {
            return invalidSyntax(column, text);
        }
    }
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok);
    if (!ok || value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max()) {
        return PostgrestError::make(
            400, QStringLiteral("22003"),
            QStringLiteral("value \"%1\" is out of range for type integer").arg(text));
    }
    return QVariant(qint64(value));
}

std::variant<QVariant, PostgrestError> numberValue(const Column& column, const QString& text) {
    const QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    if (lower == QLatin1String("infinity") || lower == QLatin1String("+infinity") ||
        lower == QLatin1String("inf") || lower == QLatin1String("+inf")) {
        return QVariant(std::numeric_limits<double>::infinity());
    }
    if (lower == QLatin1String("-infinity") || lower == QLatin1String("-inf")) {
        return QVariant(-std::numeric_limits<double>::infinity());
    }
    // Only sign, digits, one point and an exponent: QString::toDouble alone would also take "nan" and "inf".
    qsizetype pos = 0;
    if (pos < lower.size() && (lower.at(pos) == QLatin1Char('+') || lower.at(pos) == QLatin1Char('-'))) {
        ++pos;
    }
    int mantissaDigits = 0;
    bool point = false;
    while (pos < lower.size() &&
           (isAsciiDigit(lower.at(pos)) || (!point && lower.at(pos) == QLatin1Char('.')))) {
        point = point || lower.at(pos) == QLatin1Char('.');
        mantissaDigits += isAsciiDigit(lower.at(pos)) ? 1 : 0;
        ++pos;
    }
    if (mantissaDigits == 0) {
        return invalidSyntax(column, text);
    }
    if (pos < lower.size() && lower.at(pos) == QLatin1Char('e')) {
        ++pos;
        if (pos < lower.size() && (lower.at(pos) == QLatin1Char('+') || lower.at(pos) == QLatin1Char('-'))) {
            ++pos;
        }
        const qsizetype exponentStart = pos;
        while (pos < lower.size() && isAsciiDigit(lower.at(pos))) {
            ++pos;
        }
        if (pos == exponentStart) {
            return invalidSyntax(column, text);
        }
    }
    if (pos != lower.size()) {
        return invalidSyntax(column, text);
    }
    bool ok = false;
    const double value = lower.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        return PostgrestError::make(400, QStringLiteral("22003"),
                                    QStringLiteral("value overflows numeric format"));
    }
    return QVariant(value);
}

std::variant<QVariant, PostgrestError> dateValue(const Column& column, const QString& text) {
    const QString trimmed = text.trimmed();
    qsizetype pos = 0;
    const auto parts = dateParts(trimmed, pos);
    if (!parts) {
        return invalidSyntax(column, text);
    }
    if (pos != trimmed.size()) {
        // A full timestamp is accepted and cut to its date, as PostgreSQL's date input does.
        const TimestampValue timestamp = parseTimestamp(trimmed);
        if (timestamp.status == TimestampStatus::Syntax) {
            return invalidSyntax(column, text);
        }
        if (timestamp.status == TimestampStatus::Range) {
            return outOfRange(text);
        }
    }
    const QDate date(parts->year, parts->month, parts->day);
    if (!date.isValid()) {
        return outOfRange(text);
    }
    return QVariant(date.toString(QStringLiteral("yyyy-MM-dd")));
}

std::variant<QVariant, PostgrestError> timestampValue(const Column& column, const QString& text) {
    const TimestampValue timestamp = parseTimestamp(QString(text.trimmed()));
    switch (timestamp.status) {
    case TimestampStatus::Ok:
        return QVariant(timestamp.canonical);
    case TimestampStatus::Range:
        return outOfRange(text);
    case TimestampStatus::Syntax:
        break;
    }
    return invalidSyntax(column, text);
}

std::variant<QVariant, PostgrestError> booleanValue(const Column& column, const QString& text) {
    const QString word = text.trimmed().toLower();
    static const QStringList truthy{QStringLiteral("t"),   QStringLiteral("true"), QStringLiteral("y"),
                                    QStringLiteral("yes"), QStringLiteral("on"),   QStringLiteral("1")};
    static const QStringList falsy{QStringLiteral("f"),  QStringLiteral("false"), QStringLiteral("n"),
                                   QStringLiteral("no"), QStringLiteral("off"),   QStringLiteral("0")};
    if (truthy.contains(word)) {
        return QVariant(qint64(1));
    }
    if (falsy.contains(word)) {
        return QVariant(qint64(0));
    }
    return invalidSyntax(column, text);
}

} // namespace

std::variant<QVariant, PostgrestError> ValueCoercion::fromText(const Column& column, const QString& text) {
    if (text.contains(QChar(0))) {
        return PostgrestError::make(400, QStringLiteral("22021"),
                                    QStringLiteral("invalid byte sequence for encoding \"UTF8\": 0x00"));
    }
    switch (column.type) {
    case ColumnType::Uuid:
        return uuidValue(column, text);
    case ColumnType::Text:
        return QVariant(text);
    case ColumnType::Integer:
        return integerValue(column, text);
    case ColumnType::Number:
        return numberValue(column, text);
    case ColumnType::Date:
        return dateValue(column, text);
    case ColumnType::Timestamp:
        return timestampValue(column, text);
    case ColumnType::Enum:
        if (!column.enumValues.contains(text)) {
            return PostgrestError::make(400, QStringLiteral("22P02"),
                                        QStringLiteral("invalid input value for enum %1: \"%2\"")
                                            .arg(postgresTypeName(column), text));
        }
        return QVariant(text);
    case ColumnType::Boolean:
        return booleanValue(column, text);
    }
    return invalidSyntax(column, text);
}

} // namespace cc::sandbox::postgrest
