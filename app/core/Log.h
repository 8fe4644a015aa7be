#pragma once

#include "app/core/Error.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

namespace cc::log {

// Structured logging on top of Qt's categories. The message goes through the category's filter like any
// qCInfo(); the context object and the error travel with it to the JSON log line (`context`, `error`).
//
//   cc::log::info(lcNet(), "request finished", {{"status", 200}, {"latency_ms", 12}});
//   cc::log::warning(lcData(), "cache rebuilt", {{"file", path}}, error);
void debug(const QLoggingCategory& category, const QString& message, const QJsonObject& context = {});
void info(const QLoggingCategory& category, const QString& message, const QJsonObject& context = {});
void warning(const QLoggingCategory& category, const QString& message, const QJsonObject& context = {},
             const Error& error = {});
void critical(const QLoggingCategory& category, const QString& message, const QJsonObject& context = {},
              const Error& error = {});

// The encoding between the helpers above and the message handler: message, a record separator, then a compact
// JSON object {"context":{...},"error":{...}}. Exposed for the handler and its tests.
QString encode(const QString& message, const QJsonObject& context, const Error& error);
struct Decoded {
    QString message;
    QJsonObject context;
    QJsonObject error;
};
Decoded decode(const QString& text);

} // namespace cc::log
