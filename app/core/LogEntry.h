#pragma once

#include "app/core/LogRecord.h"

#include <QList>
#include <QString>

namespace cc {

// A log record prepared for display and search. The search text is built once, off the GUI thread, so that
// filtering 100,000 entries is a substring test per entry and not a JSON serialisation.
struct LogEntry {
    LogRecord record;
    QString searchText; // message, category, then context and error as compact JSON

    static LogEntry from(LogRecord record);
};

using LogChunk = QList<LogEntry>;

} // namespace cc
