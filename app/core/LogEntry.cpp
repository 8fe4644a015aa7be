#include "app/core/LogEntry.h"

#include <QJsonDocument>

namespace cc {

LogEntry LogEntry::from(LogRecord record) {
    LogEntry entry;
    entry.searchText = record.message + QLatin1Char('\n') + record.category;
    for (const QJsonObject* part : {&record.context, &record.error}) {
        if (!part->isEmpty()) {
            entry.searchText +=
                QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(*part).toJson(QJsonDocument::Compact));
        }
    }
    entry.record = std::move(record);
    return entry;
}

} // namespace cc
