#include "app/sandbox/postgrest/PostgrestError.h"

#include <QJsonValue>

#include <utility>

namespace cc::sandbox::postgrest {

namespace {
QJsonValue orNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject PostgrestError::toJson() const {
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("details"), orNull(details)},
                       {QStringLiteral("hint"), orNull(hint)}};
}

PostgrestError PostgrestError::make(int httpStatus, QString code, QString message, QString details,
                                    QString hint) {
    PostgrestError error;
    error.httpStatus = httpStatus;
    error.code = std::move(code);
    error.message = std::move(message);
    error.details = std::move(details);
    error.hint = std::move(hint);
    return error;
}

} // namespace cc::sandbox::postgrest
