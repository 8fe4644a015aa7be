#include "app/data/Campaign.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace cc::data {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QJsonValue dateValue(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(kDateFormat)) : QJsonValue(QJsonValue::Null);
}

// PostgREST renders bigint as a JSON number; a string is accepted too (CSV-ish imports, the CLI).
bool readInteger(const QJsonValue& value, qint64& out) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Outside qint64 the cast would be undefined; the rules refuse anything above the column's range.
        constexpr double kLimit = 9223372036854775808.0; // 2^63
        if (std::floor(d) != d || d >= kLimit || d < -kLimit) {
            return false;
        }
        out = static_cast<qint64>(d);
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok) {
            out = parsed;
        }
        return ok;
    }
    return false;
}

bool readDate(const QJsonValue& value, QDate& out) {
    if (value.isNull() || value.isUndefined()) {
        out = QDate();
        return true;
    }
    if (!value.isString()) {
        return false;
    }
    if (value.toString().isEmpty()) {
        out = QDate();
        return true;
    }
    const QDate parsed = QDate::fromString(value.toString().left(10), kDateFormat);
    if (!parsed.isValid()) {
        return false;
    }
    out = parsed;
    return true;
}

} // namespace

const QStringList& Campaign::columns() {
    static const QStringList all = {
        QStringLiteral("id"),          QStringLiteral("user_id"),
        QStringLiteral("name"),        QStringLiteral("status"),
        QStringLiteral("channel"),     QStringLiteral("budget"),
        QStringLiteral("currency"),    QStringLiteral("start_date"),
        QStringLiteral("end_date"),    QStringLiteral("audience_size"),
        QStringLiteral("sent_count"),  QStringLiteral("open_count"),
        QStringLiteral("click_count"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
    };
    return all;
}

const QStringList& Campaign::writableColumns() {
    static const QStringList writable = {
        QStringLiteral("name"),       QStringLiteral("status"),        QStringLiteral("channel"),
        QStringLiteral("budget"),     QStringLiteral("currency"),      QStringLiteral("start_date"),
        QStringLiteral("end_date"),   QStringLiteral("audience_size"), QStringLiteral("sent_count"),
        QStringLiteral("open_count"), QStringLiteral("click_count"),
    };
    return writable;
}

Campaign Campaign::fromJson(const QJsonObject& object) {
    Campaign c;
    c.id = object.value(QStringLiteral("id")).toString();
    c.userId = object.value(QStringLiteral("user_id")).toString();
    c.createdAt = object.value(QStringLiteral("created_at")).toString();
    c.updatedAt = object.value(QStringLiteral("updated_at")).toString();
    for (const QString& column : writableColumns()) {
        if (object.contains(column)) {
            c.setValue(column, object.value(column));
        }
    }
    return c;
}

std::optional<Campaign> Campaign::fromStoredJson(const QByteArray& json, const QString& expectedId) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QString id = object.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || (!expectedId.isEmpty() && id != expectedId) ||
        !object.value(QStringLiteral("name")).isString()) {
        return std::nullopt;
    }
    Campaign c = fromJson(object);
    for (const QString& column : writableColumns()) {
        if (object.contains(column) && !Campaign(c).setValue(column, object.value(column))) {
            return std::nullopt;
        }
    }
    return c;
}

QJsonValue Campaign::value(const QString& column) const {
    if (column == QLatin1String("id")) {
        return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
    }
    if (column == QLatin1String("user_id")) {
        return userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(userId);
    }
    if (column == QLatin1String("name")) {
        return name;
    }
    if (column == QLatin1String("status")) {
        return status;
    }
    if (column == QLatin1String("channel")) {
        return channel;
    }
    if (column == QLatin1String("budget")) {
        return budget;
    }
    if (column == QLatin1String("currency")) {
        return currency;
    }
    if (column == QLatin1String("start_date")) {
        return dateValue(startDate);
    }
    if (column == QLatin1String("end_date")) {
        return dateValue(endDate);
    }
    if (column == QLatin1String("audience_size")) {
        return audienceSize;
    }
    if (column == QLatin1String("sent_count")) {
        return sentCount;
    }
    if (column == QLatin1String("open_count")) {
        return openCount;
    }
    if (column == QLatin1String("click_count")) {
        return clickCount;
    }
    if (column == QLatin1String("created_at")) {
        return createdAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(createdAt);
    }
    if (column == QLatin1String("updated_at")) {
        return updatedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(updatedAt);
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool Campaign::setValue(const QString& column, const QJsonValue& v) {
    if (column == QLatin1String("name") || column == QLatin1String("status") ||
        column == QLatin1String("channel") || column == QLatin1String("currency")) {
        if (!v.isString()) {
            return false;
        }
        QString& target = column == QLatin1String("name")      ? name
                          : column == QLatin1String("status")  ? status
                          : column == QLatin1String("channel") ? channel
                                                               : currency;
        target = v.toString();
        return true;
    }
    if (column == QLatin1String("budget")) {
        if (v.isDouble()) {
            budget = v.toDouble();
            return true;
        }
        bool ok = false;
        const double parsed = v.toString().toDouble(&ok);
        if (v.isString() && ok && std::isfinite(parsed)) {
            budget = parsed;
            return true;
        }
        return false;
    }
    if (column == QLatin1String("start_date")) {
        return readDate(v, startDate);
    }
    if (column == QLatin1String("end_date")) {
        return readDate(v, endDate);
    }
    if (column == QLatin1String("audience_size")) {
        return readInteger(v, audienceSize);
    }
    if (column == QLatin1String("sent_count")) {
        return readInteger(v, sentCount);
    }
    if (column == QLatin1String("open_count")) {
        return readInteger(v, openCount);
    }
    if (column == QLatin1String("click_count")) {
        return readInteger(v, clickCount);
    }
    return false;
}

QJsonObject Campaign::toJson() const {
    QJsonObject object;
    for (const QString& column : columns()) {
        object.insert(column, value(column));
    }
    return object;
}

QJsonObject Campaign::toWriteJson(const QStringList& fields) const {
    QJsonObject object;
    for (const QString& column : fields.isEmpty() ? writableColumns() : fields) {
        if (writableColumns().contains(column)) {
            object.insert(column, value(column));
        }
    }
    return object;
}

QStringList Campaign::changedFields(const Campaign& before, const Campaign& after) {
    QStringList changed;
    for (const QString& column : writableColumns()) {
        if (before.value(column) != after.value(column)) {
            changed.append(column);
        }
    }
    return changed;
}

} // namespace cc::data
